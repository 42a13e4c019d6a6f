// The PDF report: laid out twice with the same code, first without painting (to learn the page
// count and where each section starts, for "page X of Y" and the contents), then for real.

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include <QBuffer>
#include <QFileDevice>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRawFont>
#include <QSaveFile>

#include "core/report/cellformat.h"
#include "ui/report/chartpainter.h"
#include "ui/report/pdftextlayer.h"
#include "ui/report/reportwriters.h"

namespace kinsight::ui {

using core::CellFormat;
using core::Report;
using core::ReportBlock;
using core::ReportChart;
using core::ReportSection;
using core::ReportTable;
using core::TableRole;

namespace {

bool isNumeric(CellFormat f)
{
    return f != CellFormat::Text;
}

class PdfComposer {
public:
    PdfComposer(
        const Report& report, QPdfWriter& writer, QPainter* painter, int totalPages, std::vector<int> sectionPages)
        : m_report(report)
        , m_writer(writer)
        , m_painter(painter)
        , m_totalPages(totalPages)
        , m_sectionPages(std::move(sectionPages))
    {
        m_u = writer.resolution() / 72.0;
        const QRectF page = writer.pageLayout().paintRectPixels(writer.resolution());
        // Painting coordinates start at the paint rect's corner.
        m_page = QRectF(0, 0, page.width(), page.height());
        m_body = m_page.adjusted(0, 26 * m_u, 0, -26 * m_u);
    }

    void run()
    {
        cover();
        for (const ReportSection& section : m_report.sections) {
            m_chartScale = chartScaleFor(section);
            paintSection(section);
        }
    }
    int pages() const { return m_pageNumber; }
    const std::vector<int>& sectionStarts() const { return m_starts; }

private:
    /// A section ends on a page of its own; when its last page would hold little (a few rows of
    /// a table pushed over by a chart), its charts are drawn lower, as little as takes that page
    /// away. Laid out with the same code, so both passes agree.
    double chartScaleFor(const ReportSection& section) const
    {
        constexpr double fewOnLastPage = 0.35; // of the body's height
        const auto [pages, fill] = measure(section, 1.0);
        if (pages <= 1 || fill >= fewOnLastPage || section.charts.empty())
            return 1.0;
        for (const double scale : { 0.9, 0.8, 0.7, 0.6, 0.5 }) {
            if (measure(section, scale).first < pages)
                return scale;
        }
        return 1.0;
    }

    /// The pages `section` takes with its charts at `scale`, and how full its last page is (0–1).
    std::pair<int, double> measure(const ReportSection& section, double scale) const
    {
        PdfComposer dry(m_report, m_writer, nullptr, 0, {});
        dry.m_chartScale = scale;
        dry.paintSection(section);
        return { dry.m_pageNumber, (dry.m_y - m_body.top()) / m_body.height() };
    }

    double pt(double points) const { return points * m_u; }
    QFontMetricsF metrics(const QFont& font) const { return QFontMetricsF(font, &m_writer); }

    void newPage(const QString& sectionTitle)
    {
        if (m_pageNumber > 0 && m_painter)
            m_writer.newPage();
        ++m_pageNumber;
        m_y = m_body.top();
        m_sectionTitle = sectionTitle;
        if (!m_painter)
            return;
        const bool cover = m_pageNumber == 1;
        QPainter& p = *m_painter;
        const QFont small = reportFont(7);
        const double h = metrics(small).height();
        p.setFont(small);
        if (!cover) {
            // The running head; the cover has none, only its page number.
            p.setPen(mutedColor());
            const QString left = m_report.community.isEmpty()
                ? m_report.title
                : m_report.community + QStringLiteral(" \u00b7 ") + m_report.title;
            p.drawText(
                QRectF(m_page.left(), m_page.top(), m_page.width() / 2, h), Qt::AlignLeft | Qt::AlignVCenter, left);
            p.drawText(QRectF(m_page.center().x(), m_page.top(), m_page.width() / 2, h),
                Qt::AlignRight | Qt::AlignVCenter, sectionTitle);
            p.setPen(QPen(QColor(0xd5, 0xda, 0xe1), pt(0.5)));
            p.drawLine(
                QPointF(m_page.left(), m_page.top() + h + pt(4)), QPointF(m_page.right(), m_page.top() + h + pt(4)));
        }
        p.setPen(mutedColor());
        p.drawText(QRectF(m_page.left(), m_page.bottom() - h, m_page.width(), h), Qt::AlignCenter,
            m_report.labels.page.arg(m_pageNumber).arg(std::max(m_totalPages, m_pageNumber)));
        if (m_report.personalData) {
            p.setPen(QColor(0xb4, 0x23, 0x18));
            p.drawText(QRectF(m_page.left(), m_page.bottom() - h, m_page.width(), h), Qt::AlignRight | Qt::AlignVCenter,
                m_report.labels.personalShort);
        }
    }

    /// Starts a new page unless `height` still fits on this one.
    void ensure(double height)
    {
        if (m_y + height > m_body.bottom() && m_y > m_body.top() + 1)
            newPage(m_sectionTitle);
    }

    double textHeight(const QString& text, const QFont& font, double width) const
    {
        return metrics(font).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
    }

    void paragraph(const QString& text, const QFont& font, const QColor& colour, double spaceAfter)
    {
        const double h = textHeight(text, font, m_body.width());
        ensure(h);
        if (m_painter) {
            m_painter->setFont(font);
            m_painter->setPen(colour);
            m_painter->drawText(QRectF(m_body.left(), m_y, m_body.width(), h), Qt::TextWordWrap, text);
        }
        m_y += h + spaceAfter;
    }

    void cover()
    {
        newPage(QString());
        // The cover has no running head: paint over nothing, start lower.
        m_y = m_body.top() + pt(90);
        QPainter* p = m_painter;
        const QFont title = reportFont(28, true);
        const double th = metrics(title).height();
        if (p) {
            p->setPen(Qt::NoPen);
            p->setBrush(accentColor());
            p->drawRect(QRectF(m_body.left(), m_y - pt(24), pt(60), pt(6)));
            p->setFont(title);
            p->setPen(inkColor());
            p->drawText(
                QRectF(m_body.left(), m_y, m_body.width(), th), Qt::AlignLeft | Qt::AlignVCenter, m_report.title);
        }
        m_y += th + pt(8);
        if (!m_report.community.isEmpty())
            paragraph(m_report.community, reportFont(16), accentColor(), pt(28));

        const QString range = m_report.dataRangeText();
        const std::vector<std::pair<QString, QString>> facts = {
            { m_report.labels.data, range },
            { m_report.labels.generated,
                m_report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") },
            { m_report.labels.database, m_report.source },
            { m_report.labels.members,
                m_report.personalData ? m_report.labels.personalNote : m_report.labels.pseudonymNote },
        };
        const QFont label = reportFont(9, true);
        const QFont value = reportFont(9);
        const double labelWidth = pt(80);
        for (const auto& [k, v] : facts) {
            const double h = std::max(metrics(label).height(), textHeight(v, value, m_body.width() - labelWidth));
            if (p) {
                p->setFont(label);
                p->setPen(mutedColor());
                p->drawText(QRectF(m_body.left(), m_y, labelWidth, h), Qt::AlignLeft | Qt::AlignTop, k);
                p->setFont(value);
                p->setPen(inkColor());
                p->drawText(
                    QRectF(m_body.left() + labelWidth, m_y, m_body.width() - labelWidth, h), Qt::TextWordWrap, v);
            }
            m_y += h + pt(6);
        }

        m_y += pt(30);
        paragraph(m_report.labels.contents, reportFont(13, true), inkColor(), pt(8));
        const QFont entry = reportFont(10);
        const double eh = metrics(entry).height() + pt(5);
        for (size_t i = 0; i < m_report.sections.size(); ++i) {
            if (p) {
                p->setFont(entry);
                p->setPen(inkColor());
                const QRectF line(m_body.left(), m_y, m_body.width(), eh);
                p->drawText(line, Qt::AlignLeft | Qt::AlignVCenter,
                    QStringLiteral("%1.  %2").arg(i + 1).arg(m_report.sections[i].title));
                if (i < m_sectionPages.size())
                    p->drawText(line, Qt::AlignRight | Qt::AlignVCenter, QString::number(m_sectionPages[i]));
                p->setPen(QPen(QColor(0xe3, 0xe6, 0xea), pt(0.5)));
                p->drawLine(QPointF(line.left(), line.bottom()), QPointF(line.right(), line.bottom()));
            }
            m_y += eh;
        }
    }

    void paintSection(const ReportSection& section)
    {
        newPage(section.title);
        m_starts.push_back(m_pageNumber);
        const QFont title = reportFont(18, true);
        const double h = metrics(title).height();
        if (m_painter) {
            m_painter->setFont(title);
            m_painter->setPen(accentColor());
            m_painter->drawText(
                QRectF(m_body.left(), m_y, m_body.width(), h), Qt::AlignLeft | Qt::AlignVCenter, section.title);
        }
        m_y += h + pt(8);
        for (const ReportBlock& block : section.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Paragraph:
                paragraph(block.text, reportFont(9), inkColor(), pt(10));
                break;
            case ReportBlock::Kind::Kpis:
                kpis(section, block.text);
                break;
            case ReportBlock::Kind::Chart:
                chart(section, section.charts[static_cast<size_t>(block.index)]);
                break;
            case ReportBlock::Kind::Table: {
                const ReportTable& table = section.tables[static_cast<size_t>(block.index)];
                if (table.role == TableRole::Document)
                    this->table(table);
                break;
            }
            }
        }
    }

    void kpis(const ReportSection& section, const QString& heading)
    {
        const int perRow = 3;
        const double gap = pt(8);
        const double w = (m_body.width() - gap * (perRow - 1)) / perRow;
        const double h = pt(62);
        if (!heading.isEmpty() && !section.kpis.empty()) {
            // The heading stays with the first row of cards, as a table's title with its rows.
            const QFont font = reportFont(10.5, true);
            const double th = metrics(font).height() + pt(4);
            ensure(th + h);
            if (m_painter) {
                m_painter->setFont(font);
                m_painter->setPen(inkColor());
                m_painter->drawText(
                    QRectF(m_body.left(), m_y, m_body.width(), th), Qt::AlignLeft | Qt::AlignTop, heading);
            }
            m_y += th;
        }
        for (size_t i = 0; i < section.kpis.size(); ++i) {
            const int column = static_cast<int>(i % perRow);
            if (column == 0 && i > 0)
                m_y += h + gap;
            if (column == 0)
                ensure(h);
            if (!m_painter)
                continue;
            const core::KpiCard& k = section.kpis[i];
            const QRectF card(m_body.left() + column * (w + gap), m_y, w, h);
            QPainter& p = *m_painter;
            p.setPen(QPen(QColor(0xd5, 0xda, 0xe1), pt(0.5)));
            p.setBrush(QColor(0xf7, 0xf9, 0xfc));
            p.drawRoundedRect(card, pt(4), pt(4));
            const QRectF inner = card.adjusted(pt(8), pt(6), -pt(8), -pt(6));
            p.setFont(reportFont(7.5));
            p.setPen(mutedColor());
            p.drawText(
                QRectF(inner.left(), inner.top(), inner.width(), pt(12)), Qt::AlignLeft | Qt::AlignVCenter, k.label);
            p.setFont(reportFont(15, true));
            p.setPen(inkColor());
            p.drawText(QRectF(inner.left(), inner.top() + pt(13), inner.width(), pt(22)),
                Qt::AlignLeft | Qt::AlignVCenter, core::formatValue(k.value, k.format, m_report.currency));
            const double change = std::isfinite(k.value) && std::isfinite(k.previous) && k.previous != 0
                ? (k.value - k.previous) / std::abs(k.previous)
                : std::nan("");
            QString line = m_report.labels.previous.arg(core::formatValue(k.previous, k.format, m_report.currency));
            if (std::isfinite(change))
                line += QStringLiteral("  (") + (change >= 0 ? QStringLiteral("+") : QString())
                    + core::formatPercent(change) + QLatin1Char(')');
            p.setFont(reportFont(7));
            p.setPen(!std::isfinite(change) || change == 0 ? mutedColor()
                    : change > 0                           ? QColor(0x2e, 0x7d, 0x32)
                                                           : QColor(0xc6, 0x28, 0x28));
            p.drawText(QRectF(inner.left(), inner.bottom() - pt(12), inner.width(), pt(12)),
                Qt::AlignLeft | Qt::AlignVCenter, line);
        }
        if (!section.kpis.empty())
            m_y += h + pt(14);
    }

    void chart(const ReportSection& section, const ReportChart& chart)
    {
        const double preferred = preferredChartHeight(section, chart, m_body.width() / m_u);
        const double h = std::min(pt(std::max(preferred * m_chartScale, std::min(preferred, 120.0))), m_body.height());
        ensure(h);
        if (m_painter)
            paintReportChart(*m_painter, QRectF(m_body.left(), m_y, m_body.width(), h), section, chart,
                m_report.currency, m_report.labels);
        m_y += h + pt(14);
    }

    void table(const ReportTable& table)
    {
        const QFont font = reportFont(7.5);
        const QFont bold = reportFont(7.5, true);
        const QFontMetricsF fm = metrics(font);
        const QFontMetricsF bm = metrics(bold);
        const double padX = pt(4);
        const double padY = pt(2.5);
        const size_t columns = table.columns.size();

        // Cell texts once.
        std::vector<std::vector<QString>> texts(table.rows.size(), std::vector<QString>(columns));
        for (size_t r = 0; r < table.rows.size(); ++r) {
            for (size_t c = 0; c < columns && c < table.rows[r].size(); ++c)
                texts[r][c] = core::formatCell(table.rows[r][c], table.formatOf(r, c), m_report.currency);
        }
        // Natural widths; numbers keep theirs, text columns share what is left and wrap.
        std::vector<double> natural(columns, 0.0);
        std::vector<double> headerWord(columns, 0.0);
        for (size_t c = 0; c < columns; ++c) {
            for (const QString& word : table.columns[c].header.split(QLatin1Char(' ')))
                headerWord[c] = std::max(headerWord[c], bm.horizontalAdvance(word));
            natural[c] = bm.horizontalAdvance(table.columns[c].header);
            for (const auto& row : texts)
                natural[c] = std::max(natural[c], fm.horizontalAdvance(row[c]));
            natural[c] += 2 * padX;
            headerWord[c] += 2 * padX;
        }
        std::vector<double> width(columns, 0.0);
        const double available = m_body.width();
        double total = 0;
        for (size_t c = 0; c < columns; ++c)
            total += natural[c];
        if (total <= available) {
            // Stretch to the full width, in proportion.
            for (size_t c = 0; c < columns; ++c)
                width[c] = natural[c] * available / std::max(total, 1.0);
        } else {
            // Headers of numeric columns may wrap at spaces; their numbers never.
            double fixed = 0;
            for (size_t c = 0; c < columns; ++c) {
                if (isNumeric(table.columns[c].format)) {
                    double numbers = 0;
                    for (const auto& row : texts)
                        numbers = std::max(numbers, fm.horizontalAdvance(row[c]));
                    width[c] = std::max(numbers + 2 * padX, headerWord[c]);
                    fixed += width[c];
                }
            }
            // Text columns get at least their longest word (an id does not wrap), capped at a
            // third of the page; what is left goes to them in proportion to what more they want.
            const double left = std::max(available - fixed, available * 0.25);
            double minimum = 0;
            double wanted = 0;
            std::vector<double> least(columns, 0.0);
            for (size_t c = 0; c < columns; ++c) {
                if (isNumeric(table.columns[c].format))
                    continue;
                double word = headerWord[c];
                for (const auto& row : texts) {
                    for (const QString& w : row[c].split(QLatin1Char(' ')))
                        word
                            = std::max(word, fm.horizontalAdvance(w) + 2 * padX + pt(1)); // + slack for layout rounding
                }
                least[c] = std::min({ word, natural[c], available / 3 });
                minimum += least[c];
                wanted += natural[c] - least[c];
            }
            const double spare = std::max(0.0, left - minimum);
            for (size_t c = 0; c < columns; ++c) {
                if (!isNumeric(table.columns[c].format))
                    width[c] = least[c] + (wanted > 0 ? (natural[c] - least[c]) / wanted * spare : 0);
            }
            double sum = 0;
            for (const double w : width)
                sum += w;
            if (sum > available) {
                for (double& w : width)
                    w *= available / sum;
            }
        }
        auto rowHeight = [&](const std::vector<QString>& cells, const QFont& f) {
            double h = metrics(f).height();
            for (size_t c = 0; c < columns; ++c)
                h = std::max(h, textHeight(cells[c], f, std::max(1.0, width[c] - 2 * padX)));
            return h + 2 * padY;
        };
        std::vector<QString> headers(columns);
        for (size_t c = 0; c < columns; ++c)
            headers[c] = table.columns[c].header;
        const double headerHeight = rowHeight(headers, bold);

        auto paintRow = [&](const std::vector<QString>& cells, double h, const QFont& f, const QColor& background,
                            const QColor& ink, bool header) {
            if (!m_painter)
                return;
            QPainter& p = *m_painter;
            p.setPen(Qt::NoPen);
            p.setBrush(background);
            if (background.alpha() > 0)
                p.drawRect(QRectF(m_body.left(), m_y, available, h));
            p.setFont(f);
            p.setPen(ink);
            double x = m_body.left();
            for (size_t c = 0; c < columns; ++c) {
                const bool numeric = isNumeric(table.columns[c].format);
                const int align
                    = (numeric ? Qt::AlignRight : Qt::AlignLeft) | (header ? Qt::AlignBottom : Qt::AlignTop);
                p.drawText(QRectF(x + padX, m_y + padY, width[c] - 2 * padX, h - 2 * padY), align | Qt::TextWordWrap,
                    cells[c]);
                x += width[c];
            }
        };
        auto header = [&] {
            paintRow(headers, headerHeight, bold, accentColor(), Qt::white, true);
            m_y += headerHeight;
        };

        const QFont titleFont = reportFont(10.5, true);
        const double titleHeight = metrics(titleFont).height() + pt(4);
        const double firstRow = texts.empty() ? 0 : rowHeight(texts[0], font);
        // Keep the title with the header and the first rows.
        ensure(titleHeight + headerHeight + std::min(3.0, static_cast<double>(texts.size())) * firstRow);
        if (m_painter) {
            m_painter->setFont(titleFont);
            m_painter->setPen(inkColor());
            m_painter->drawText(
                QRectF(m_body.left(), m_y, available, titleHeight), Qt::AlignLeft | Qt::AlignTop, table.title);
        }
        m_y += titleHeight;
        header();
        for (size_t r = 0; r < texts.size(); ++r) {
            const double h = rowHeight(texts[r], font);
            if (m_y + h > m_body.bottom()) {
                newPage(m_sectionTitle);
                header();
            }
            paintRow(
                texts[r], h, font, r % 2 == 1 ? QColor(0xf2, 0xf4, 0xf7) : QColor(Qt::transparent), inkColor(), false);
            m_y += h;
        }
        if (m_painter) {
            m_painter->setPen(QPen(QColor(0xc9, 0xcf, 0xd8), pt(0.5)));
            m_painter->drawLine(QPointF(m_body.left(), m_y), QPointF(m_body.left() + available, m_y));
        }
        if (texts.empty())
            paragraph(m_report.labels.noRows, font, mutedColor(), 0);
        m_y += pt(4);
        if (!table.note.isEmpty())
            paragraph(table.note, reportFont(7), mutedColor(), 0);
        m_y += pt(12);
    }

    const Report& m_report;
    QPdfWriter& m_writer;
    QPainter* m_painter;
    int m_totalPages;
    std::vector<int> m_sectionPages;
    double m_u = 1;
    double m_chartScale = 1; ///< charts' height against their preferred one
    QRectF m_page;
    QRectF m_body;
    double m_y = 0;
    int m_pageNumber = 0;
    QString m_sectionTitle;
    std::vector<int> m_starts;
};

} // namespace

core::Status writePdfReport(const Report& report, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error { "cannot write " + path.toStdString() + ": " + file.errorString().toStdString(),
            { "report.write_failed", { path.toStdString(), file.errorString().toStdString() } } };
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // Written in memory first: the text layer of CJK text is repaired before the file is.
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(QPageLayout(
            QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(18, 16, 18, 16), QPageLayout::Millimeter));
        writer.setTitle(
            report.title + (report.community.isEmpty() ? QString() : QStringLiteral(" \u2013 ") + report.community));
        writer.setCreator(QStringLiteral("Kinsight " KINSIGHT_VERSION));

        // Pass 1: layout only.
        PdfComposer dry(report, writer, nullptr, 0, {});
        dry.run();
        // Pass 2: paint, knowing the page count and where sections start.
        QPainter painter;
        if (!painter.begin(&writer))
            return core::Error { "cannot paint the PDF " + path.toStdString(),
                { "report.pdf_failed", { path.toStdString() } } };
        PdfComposer real(report, writer, &painter, dry.pages(), dry.sectionStarts());
        real.run();
        painter.end();
    }
    buffer.close();
    pdf = repairCjkTextLayer(pdf, QRawFont::fromFont(reportFont(10)));
    if (file.write(pdf) != pdf.size() || !file.commit())
        return core::Error { "cannot write " + path.toStdString() + ": " + file.errorString().toStdString(),
            { "report.write_failed", { path.toStdString(), file.errorString().toStdString() } } };
    return core::Status::success();
}

} // namespace kinsight::ui
