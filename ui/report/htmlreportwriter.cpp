// The HTML report: one XHTML file with everything inline (CSS, SVG charts), so it can be mailed
// or archived as it is and opened in any browser without a network.

#include <cmath>

#include <QBuffer>
#include <QFileDevice>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include "core/report/cellformat.h"
#include "ui/report/chartpainter.h"
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

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

constexpr double chartWidth = 720; // points (= SVG user units at 72 dpi)

const char* const css = R"(
body { font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", "Helvetica Neue", Arial, sans-serif;
  color: #222933; background: #eef1f5; margin: 0; line-height: 1.45; }
main { max-width: 1000px; margin: 0 auto; padding: 24px; }
.cover, section { background: #fff; border-radius: 8px; padding: 24px 32px; margin-bottom: 24px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
.cover h1 { margin: 0; font-size: 32px; } .cover .community { color: #1f4e9a; font-size: 20px; margin: 4px 0 16px; }
.facts { border-collapse: collapse; } .facts th { text-align: left; color: #6b7280; padding: 2px 16px 2px 0; font-weight: 600; vertical-align: top; }
.personal { color: #b42318; font-weight: 600; }
nav ol { padding-left: 20px; } nav a { color: #1f4e9a; text-decoration: none; }
h2 { color: #1f4e9a; font-size: 24px; margin-top: 0; } h3 { font-size: 16px; margin: 20px 0 6px; }
.kpis { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: 12px; margin: 12px 0 20px; }
.kpi { border: 1px solid #d5dae1; background: #f7f9fc; border-radius: 6px; padding: 10px 14px; }
.kpi .label { color: #6b7280; font-size: 13px; } .kpi .value { font-size: 24px; font-weight: 700; }
.kpi .previous { font-size: 12px; color: #6b7280; } .up { color: #2e7d32 !important; } .down { color: #c62828 !important; }
.chart svg { width: 100%; height: auto; display: block; margin: 8px 0 16px; }
.scroll { overflow-x: auto; }
table.data { border-collapse: collapse; width: 100%; font-size: 13px; }
table.data th { background: #1f4e9a; color: #fff; text-align: left; padding: 5px 8px; font-weight: 600; vertical-align: bottom; }
table.data td { padding: 4px 8px; vertical-align: top; border-bottom: 1px solid #eef0f3; }
table.data tr:nth-child(even) td { background: #f2f4f7; }
table.data .n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.note { color: #6b7280; font-size: 12px; margin: 4px 0 12px; }
details { margin: 8px 0 16px; } summary { cursor: pointer; color: #1f4e9a; }
footer { text-align: center; color: #6b7280; font-size: 12px; padding-bottom: 24px; }
)";

QString svgOf(const ReportSection& section, const ReportChart& chart, const Report& report)
{
    const double height = preferredChartHeight(section, chart, chartWidth);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setResolution(72);
    generator.setSize(QSize(static_cast<int>(chartWidth), static_cast<int>(std::ceil(height))));
    generator.setViewBox(QRectF(0, 0, chartWidth, std::ceil(height)));
    generator.setTitle(chart.title);
    generator.setDescription(chart.title); // not Qt's default "Generated with Qt", in every language
    {
        QPainter painter(&generator);
        paintReportChart(painter, QRectF(0, 0, chartWidth, height), section, chart, report.currency, report.labels);
    }
    QString svg = QString::fromUtf8(buffer.data());
    // Inline SVG needs no XML declaration (an XML document may hold only one, at its start).
    const qsizetype start = svg.indexOf(QLatin1String("<svg"));
    return start >= 0 ? svg.mid(start) : QString();
}

class HtmlComposer {
public:
    explicit HtmlComposer(const Report& report)
        : m_report(report)
    { }

    QString run()
    {
        const QString lang
            = m_report.language == QLatin1String("zh_CN") ? QStringLiteral("zh-CN") : QStringLiteral("en");
        m_out += QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"") + lang
            + QStringLiteral("\" xml:lang=\"") + lang + QStringLiteral("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            + QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            + QStringLiteral("<meta name=\"generator\" content=\"Kinsight " KINSIGHT_VERSION "\"/>\n<title>")
            + esc(title()) + QStringLiteral("</title>\n<style>") + QString::fromUtf8(css)
            + QStringLiteral("</style>\n</head>\n<body>\n<main>\n");
        cover();
        for (const ReportSection& section : m_report.sections)
            paintSection(section);
        m_out += QStringLiteral("<footer>") + esc(m_report.labels.madeWith) + QStringLiteral("</footer>\n");
        m_out += QStringLiteral("</main>\n</body>\n</html>\n");
        return m_out;
    }

private:
    QString title() const
    {
        return m_report.community.isEmpty() ? m_report.title
                                            : m_report.title + QStringLiteral(" \u2013 ") + m_report.community;
    }

    void cover()
    {
        m_out += QStringLiteral("<div class=\"cover\">\n<h1>") + esc(m_report.title) + QStringLiteral("</h1>\n");
        if (!m_report.community.isEmpty())
            m_out += QStringLiteral("<div class=\"community\">") + esc(m_report.community) + QStringLiteral("</div>\n");
        const QString range = m_report.dataRangeText();
        m_out += QStringLiteral("<table class=\"facts\">\n");
        auto fact = [&](const QString& k, const QString& v, const QString& cls = {}) {
            m_out += QStringLiteral("<tr><th>") + esc(k) + QStringLiteral("</th><td")
                + (cls.isEmpty() ? QString() : QStringLiteral(" class=\"") + cls + QLatin1Char('"')) + QLatin1Char('>')
                + esc(v) + QStringLiteral("</td></tr>\n");
        };
        fact(m_report.labels.data, range);
        fact(m_report.labels.generated,
            m_report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC"));
        fact(m_report.labels.database, m_report.source);
        if (m_report.personalData)
            fact(m_report.labels.members, m_report.labels.personalNote, QStringLiteral("personal"));
        else
            fact(m_report.labels.members, m_report.labels.pseudonymNote);
        m_out += QStringLiteral("</table>\n<nav>\n<h3>") + esc(m_report.labels.contents)
            + QStringLiteral("</h3>\n<ol>\n");
        for (const ReportSection& s : m_report.sections) {
            m_out += QStringLiteral("<li><a href=\"#") + QString::fromStdString(s.key) + QStringLiteral("\">")
                + esc(s.title) + QStringLiteral("</a></li>\n");
        }
        m_out += QStringLiteral("</ol>\n</nav>\n</div>\n");
    }

    void paintSection(const ReportSection& section)
    {
        m_out += QStringLiteral("<section id=\"") + QString::fromStdString(section.key) + QStringLiteral("\">\n<h2>")
            + esc(section.title) + QStringLiteral("</h2>\n");
        for (const ReportBlock& block : section.blocks) {
            switch (block.kind) {
            case ReportBlock::Kind::Paragraph:
                m_out += QStringLiteral("<p>") + esc(block.text) + QStringLiteral("</p>\n");
                break;
            case ReportBlock::Kind::Kpis:
                if (!block.text.isEmpty())
                    m_out += QStringLiteral("<h3>") + esc(block.text) + QStringLiteral("</h3>\n");
                kpis(section);
                break;
            case ReportBlock::Kind::Chart:
                m_out += QStringLiteral("<div class=\"chart\">")
                    + svgOf(section, section.charts[static_cast<size_t>(block.index)], m_report)
                    + QStringLiteral("</div>\n");
                break;
            case ReportBlock::Kind::Table:
                table(section.tables[static_cast<size_t>(block.index)]);
                break;
            }
        }
        m_out += QStringLiteral("</section>\n");
    }

    void kpis(const ReportSection& section)
    {
        m_out += QStringLiteral("<div class=\"kpis\">\n");
        for (const core::KpiCard& k : section.kpis) {
            const double change = std::isfinite(k.value) && std::isfinite(k.previous) && k.previous != 0
                ? (k.value - k.previous) / std::abs(k.previous)
                : std::nan("");
            QString previous = m_report.labels.previous.arg(core::formatValue(k.previous, k.format, m_report.currency));
            QString cls;
            if (std::isfinite(change)) {
                previous += QStringLiteral(" (") + (change >= 0 ? QStringLiteral("+") : QString())
                    + core::formatPercent(change) + QLatin1Char(')');
                cls = change > 0 ? QStringLiteral(" up") : change < 0 ? QStringLiteral(" down") : QString();
            }
            m_out += QStringLiteral("<div class=\"kpi\"><div class=\"label\">") + esc(k.label)
                + QStringLiteral("</div><div class=\"value\">")
                + esc(core::formatValue(k.value, k.format, m_report.currency))
                + QStringLiteral("</div><div class=\"previous") + cls + QStringLiteral("\">") + esc(previous)
                + QStringLiteral("</div></div>\n");
        }
        m_out += QStringLiteral("</div>\n");
    }

    void table(const ReportTable& table)
    {
        const bool appendix = table.role == TableRole::DataOnly;
        if (appendix) {
            m_out += QStringLiteral("<details><summary>") + esc(table.title) + QStringLiteral(" \u2013 ")
                + esc(m_report.labels.allRows.arg(table.rows.size())) + QStringLiteral("</summary>\n");
        } else {
            m_out += QStringLiteral("<h3>") + esc(table.title) + QStringLiteral("</h3>\n");
        }
        m_out += QStringLiteral("<div class=\"scroll\"><table class=\"data\">\n<thead><tr>");
        for (const core::ReportColumn& c : table.columns) {
            m_out += (c.format == CellFormat::Text ? QStringLiteral("<th>") : QStringLiteral("<th class=\"n\">"))
                + esc(c.header) + QStringLiteral("</th>");
        }
        m_out += QStringLiteral("</tr></thead>\n<tbody>\n");
        for (size_t r = 0; r < table.rows.size(); ++r) {
            m_out += QStringLiteral("<tr>");
            for (size_t c = 0; c < table.columns.size() && c < table.rows[r].size(); ++c) {
                const CellFormat f = table.formatOf(r, c);
                m_out += (table.columns[c].format == CellFormat::Text ? QStringLiteral("<td>")
                                                                      : QStringLiteral("<td class=\"n\">"))
                    + esc(core::formatCell(table.rows[r][c], f, m_report.currency)) + QStringLiteral("</td>");
            }
            m_out += QStringLiteral("</tr>\n");
        }
        m_out += QStringLiteral("</tbody>\n</table></div>\n");
        if (!table.note.isEmpty())
            m_out += QStringLiteral("<p class=\"note\">") + esc(table.note) + QStringLiteral("</p>\n");
        if (appendix)
            m_out += QStringLiteral("</details>\n");
    }

    const Report& m_report;
    QString m_out;
};

} // namespace

core::Status writeHtmlReport(const Report& report, const QString& path)
{
    const QByteArray html = HtmlComposer(report).run().toUtf8();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return core::Error { "cannot write " + path.toStdString() + ": " + file.errorString().toStdString(),
            { "report.write_failed", { path.toStdString(), file.errorString().toStdString() } } };
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(html) != html.size() || !file.commit())
        return core::Error { "cannot write " + path.toStdString() + ": " + file.errorString().toStdString(),
            { "report.write_failed", { path.toStdString(), file.errorString().toStdString() } } };
    return core::Status::success();
}

} // namespace kinsight::ui
