// The XLSX report through libxlsxwriter: a sheet per table, numbers as numbers.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <vector>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include "core/report/cellformat.h"
#include "ui/report/reportwriters.h"

#include <xlsxwriter.h>

namespace kinsight::ui {

using core::CellFormat;
using core::ChartKind;
using core::Report;
using core::ReportChart;
using core::ReportSection;
using core::ReportTable;

namespace {

constexpr lxw_row_t titleRow = 0;
constexpr lxw_row_t noteRow = 1;
constexpr lxw_row_t headerRow = 2;
constexpr lxw_row_t firstDataRow = 3;

/// Excel's sheet-name rules: at most 31 characters, none of []:*?/\ and, to keep references
/// simple, no apostrophe; unique ignoring case.
std::string sheetName(const QString& title, std::set<QString>& used)
{
    QString base = title;
    for (const QChar c : QStringLiteral("[]:*?/\\'"))
        base.replace(c, QLatin1Char(' '));
    base = base.simplified();
    if (base.isEmpty())
        base = QStringLiteral("Sheet");
    QString name = base.left(31);
    for (int i = 2; used.count(name.toLower()) > 0; ++i) {
        const QString suffix = QStringLiteral(" %1").arg(i);
        name = base.left(31 - suffix.size()) + suffix;
    }
    used.insert(name.toLower());
    return name.toStdString();
}

/// Display width of a text in Excel character units (CJK characters are about two wide).
double textWidth(const QString& text)
{
    double w = 0;
    for (const QChar c : text)
        w += c.unicode() >= 0x2e80 ? 2.0 : 1.0;
    return w;
}

class XlsxComposer {
public:
    XlsxComposer(const Report& report, lxw_workbook* workbook)
        : m_report(report)
        , m_wb(workbook)
    {
        const QString symbol = core::currencySymbol(report.currency).trimmed();
        // Composed as QString: GCC 12's -Wrestrict misfires on "literal" + std::string at -O3.
        m_moneyFormat = QString(QStringLiteral("\"") + symbol + QStringLiteral("\"#,##0.00")).toStdString();
        m_title = workbook_add_format(m_wb);
        format_set_bold(m_title);
        format_set_font_size(m_title, 14);
        format_set_font_color(m_title, 0x1F4E9A);
        m_bigTitle = workbook_add_format(m_wb);
        format_set_bold(m_bigTitle);
        format_set_font_size(m_bigTitle, 20);
        m_note = workbook_add_format(m_wb);
        format_set_italic(m_note);
        format_set_font_color(m_note, 0x6B7280);
        m_label = workbook_add_format(m_wb);
        format_set_bold(m_label);
        format_set_font_color(m_label, 0x6B7280);
        m_link = workbook_add_format(m_wb);
        format_set_underline(m_link, LXW_UNDERLINE_SINGLE);
        format_set_font_color(m_link, 0x1F4E9A);
        m_personal = workbook_add_format(m_wb);
        format_set_bold(m_personal);
        format_set_font_color(m_personal, 0xB42318);
        m_header = workbook_add_format(m_wb);
        format_set_bold(m_header);
        format_set_font_color(m_header, LXW_COLOR_WHITE);
        format_set_bg_color(m_header, 0x1F4E9A);
        format_set_text_wrap(m_header);
        format_set_align(m_header, LXW_ALIGN_VERTICAL_BOTTOM);
        m_headerNumber = workbook_add_format(m_wb);
        format_set_bold(m_headerNumber);
        format_set_font_color(m_headerNumber, LXW_COLOR_WHITE);
        format_set_bg_color(m_headerNumber, 0x1F4E9A);
        format_set_text_wrap(m_headerNumber);
        format_set_align(m_headerNumber, LXW_ALIGN_RIGHT);
        format_set_align(m_headerNumber, LXW_ALIGN_VERTICAL_BOTTOM);
        m_text = workbook_add_format(m_wb);
        format_set_align(m_text, LXW_ALIGN_VERTICAL_TOP);
    }

    void run()
    {
        lxw_doc_properties properties {};
        const std::string title = m_report.title.toStdString();
        const std::string subject = m_report.community.toStdString();
        properties.title = const_cast<char*>(title.c_str());
        properties.subject = const_cast<char*>(subject.c_str());
        properties.author = const_cast<char*>("Kinsight");
        workbook_set_properties(m_wb, &properties);

        // The summary is the first sheet, the one a workbook opens on; the cover with the contents
        // follows.
        const ReportSection* summary = nullptr;
        std::string summaryName;
        lxw_worksheet* summarySheet = nullptr;
        if (!m_report.sections.empty() && m_report.sections.front().key == "summary") {
            summary = &m_report.sections.front();
            summaryName = sheetName(summary->title, m_used);
            summarySheet = workbook_add_worksheet(m_wb, keep(summaryName));
        }
        lxw_worksheet* cover = workbook_add_worksheet(m_wb, keep(sheetName(m_report.labels.reportSheet, m_used)));
        // Sheet names first, so that the contents can link to them.
        std::vector<std::pair<const ReportSection*, const ReportTable*>> tables;
        std::vector<std::string> names;
        for (const ReportSection& section : m_report.sections) {
            for (const ReportTable& table : section.tables) {
                tables.emplace_back(&section, &table);
                names.push_back(&section == summary
                        ? summaryName
                        : sheetName(table.shortTitle.isEmpty() ? table.title : table.shortTitle, m_used));
            }
        }
        if (summary)
            writeSummary(summarySheet, *summary);
        writeCover(cover, tables, names);
        for (size_t i = 0; i < tables.size(); ++i) {
            if (tables[i].first != summary)
                writeTable(*tables[i].first, *tables[i].second, names[i]);
        }
    }

private:
    const char* keep(std::string text)
    {
        m_strings.push_back(std::move(text));
        return m_strings.back().c_str();
    }

    lxw_format* numberFormat(CellFormat format)
    {
        const auto it = m_numberFormats.find(format);
        if (it != m_numberFormats.end())
            return it->second;
        lxw_format* f = workbook_add_format(m_wb);
        format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
        switch (format) {
        case CellFormat::Integer:
            format_set_num_format(f, "#,##0");
            break;
        case CellFormat::Money:
            format_set_num_format(f, m_moneyFormat.c_str());
            break;
        case CellFormat::Percent:
            format_set_num_format(f, "0.0%");
            break;
        case CellFormat::Multiple:
            format_set_num_format(f, "0.0\"\u00d7\"");
            break;
        case CellFormat::Real:
        case CellFormat::PerRow:
            format_set_num_format(f, "0.000");
            break;
        case CellFormat::Text:
            break;
        }
        m_numberFormats.emplace(format, f);
        return f;
    }

    void writeCover(lxw_worksheet* ws, const std::vector<std::pair<const ReportSection*, const ReportTable*>>& tables,
        const std::vector<std::string>& names)
    {
        worksheet_set_column(ws, 0, 0, 24, nullptr);
        worksheet_set_column(ws, 1, 1, 70, nullptr);
        worksheet_write_string(ws, 0, 0, keep(m_report.title.toStdString()), m_bigTitle);
        lxw_row_t row = 2;
        auto fact = [&](const QString& k, const QString& v, lxw_format* f = nullptr) {
            worksheet_write_string(ws, row, 0, keep(k.toStdString()), m_label);
            worksheet_write_string(ws, row, 1, keep(v.toStdString()), f);
            ++row;
        };
        if (!m_report.community.isEmpty())
            fact(m_report.labels.community, m_report.community);
        fact(m_report.labels.data, m_report.dataRangeText());
        fact(m_report.labels.generated,
            m_report.generatedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC"));
        fact(m_report.labels.database, m_report.source);
        fact(m_report.labels.currency, QString::fromStdString(m_report.currency));
        if (m_report.personalData)
            fact(m_report.labels.members, m_report.labels.personalNote, m_personal);
        else
            fact(m_report.labels.members, m_report.labels.pseudonymNote);
        row += 1;
        worksheet_write_string(ws, row++, 0, keep(m_report.labels.contents.toStdString()), m_title);
        const ReportSection* current = nullptr;
        for (size_t i = 0; i < tables.size(); ++i) {
            if (tables[i].first != current) {
                current = tables[i].first;
                worksheet_write_string(ws, row, 0, keep(current->title.toStdString()), m_label);
            }
            const std::string target = "internal:'" + names[i] + "'!A1";
            worksheet_write_url(ws, row, 1, keep(target), m_link);
            worksheet_write_string(ws, row, 1, keep(tables[i].second->title.toStdString()), m_link);
            ++row;
        }
    }

    /// The summary section on one sheet, in reading order: its paragraphs, then each table with its
    /// title, header and rows (the key figures from the section's key-figure table).
    void writeSummary(lxw_worksheet* ws, const ReportSection& section)
    {
        worksheet_write_string(ws, 0, 0, keep(section.title.toStdString()), m_bigTitle);
        QString facts = m_report.dataRangeText();
        if (!m_report.community.isEmpty())
            facts = m_report.community + QStringLiteral(" \u00b7 ") + facts;
        worksheet_write_string(ws, 1, 0, keep(facts.toStdString()), m_note);
        lxw_row_t row = 3;
        std::vector<double> widths(4, 10);
        widths[0] = 34;
        auto writeRows = [&](const ReportTable& table) {
            worksheet_write_string(ws, row++, 0, keep(table.title.toStdString()), m_title);
            const auto columns = static_cast<lxw_col_t>(table.columns.size());
            if (widths.size() < columns)
                widths.resize(columns, 10);
            if (columns > 1) {
                for (lxw_col_t c = 0; c < columns; ++c) {
                    worksheet_write_string(ws, row, c, keep(table.columns[c].header.toStdString()),
                        table.columns[c].format == CellFormat::Text ? m_header : m_headerNumber);
                    widths[c] = std::max(widths[c], std::min(textWidth(table.columns[c].header), 18.0));
                }
                ++row;
            }
            for (size_t r = 0; r < table.rows.size(); ++r, ++row) {
                for (lxw_col_t c = 0; c < columns && c < table.rows[r].size(); ++c) {
                    const core::Cell& cell = table.rows[r][c];
                    const CellFormat format = table.formatOf(r, c);
                    if (const auto* text = std::get_if<std::string>(&cell)) {
                        worksheet_write_string(ws, row, c, text->c_str(), m_text);
                        if (columns > 1)
                            widths[c] = std::max(widths[c], textWidth(QString::fromStdString(*text)));
                        continue;
                    }
                    const double value = core::cellNumber(cell);
                    if (std::isfinite(value))
                        worksheet_write_number(ws, row, c, value, numberFormat(format));
                    widths[c] = std::max(widths[c], textWidth(core::formatCell(cell, format, m_report.currency)) + 1);
                }
            }
            if (!table.note.isEmpty())
                worksheet_write_string(ws, row++, 0, keep(table.note.toStdString()), m_note);
            ++row;
        };
        for (const core::ReportBlock& block : section.blocks) {
            switch (block.kind) {
            case core::ReportBlock::Kind::Paragraph:
                worksheet_write_string(ws, row, 0, keep(block.text.toStdString()), nullptr);
                row += 2;
                break;
            case core::ReportBlock::Kind::Kpis:
                for (const ReportTable& table : section.tables) {
                    if (table.key == "summary_kpis")
                        writeRows(table);
                }
                break;
            case core::ReportBlock::Kind::Table:
                writeRows(section.tables[static_cast<size_t>(block.index)]);
                break;
            case core::ReportBlock::Kind::Chart:
                break; // the summary has none
            }
        }
        for (lxw_col_t c = 0; c < static_cast<lxw_col_t>(widths.size()); ++c)
            worksheet_set_column(ws, c, c, std::clamp(widths[c] + 1.5, 6.0, 60.0), nullptr);
    }

    void writeTable(const ReportSection& section, const ReportTable& table, const std::string& name)
    {
        lxw_worksheet* ws = workbook_add_worksheet(m_wb, keep(name));
        worksheet_write_string(ws, titleRow, 0, keep(table.title.toStdString()), m_title);
        if (!table.note.isEmpty())
            worksheet_write_string(ws, noteRow, 0, keep(table.note.toStdString()), m_note);
        const auto columns = static_cast<lxw_col_t>(table.columns.size());
        std::vector<double> widths(table.columns.size(), 6);
        for (lxw_col_t c = 0; c < columns; ++c) {
            const core::ReportColumn& column = table.columns[c];
            worksheet_write_string(ws, headerRow, c, keep(column.header.toStdString()),
                column.format == CellFormat::Text ? m_header : m_headerNumber);
            widths[c] = std::max(widths[c], std::min(textWidth(column.header), 18.0));
        }
        for (size_t r = 0; r < table.rows.size(); ++r) {
            const auto row = static_cast<lxw_row_t>(firstDataRow + r);
            for (lxw_col_t c = 0; c < columns && c < table.rows[r].size(); ++c) {
                const core::Cell& cell = table.rows[r][c];
                const CellFormat format = table.formatOf(r, c);
                if (std::holds_alternative<std::monostate>(cell))
                    continue;
                if (const auto* s = std::get_if<std::string>(&cell)) {
                    worksheet_write_string(ws, row, c, s->c_str(), m_text);
                    widths[c] = std::max(widths[c], textWidth(QString::fromStdString(*s)));
                    continue;
                }
                const double value = core::cellNumber(cell);
                if (!std::isfinite(value))
                    continue;
                worksheet_write_number(
                    ws, row, c, value, numberFormat(format == CellFormat::Text ? CellFormat::Real : format));
                widths[c] = std::max(widths[c], textWidth(core::formatCell(cell, format, m_report.currency)) + 1);
            }
        }
        for (lxw_col_t c = 0; c < columns; ++c)
            worksheet_set_column(ws, c, c, std::clamp(widths[c] + 1.5, 6.0, 60.0), nullptr);
        worksheet_set_row(ws, headerRow, 30, nullptr);
        worksheet_freeze_panes(ws, firstDataRow, 0);
        if (!table.rows.empty()) {
            worksheet_autofilter(
                ws, headerRow, 0, static_cast<lxw_row_t>(firstDataRow + table.rows.size() - 1), columns - 1);
        }

        // Charts drawn from this table.
        const int tableIndex = static_cast<int>(&table - section.tables.data());
        lxw_row_t chartRow = headerRow;
        for (const ReportChart& chart : section.charts) {
            if (chart.table == tableIndex && !table.rows.empty())
                chartRow = addChart(ws, name, table, chart, columns, chartRow);
        }
    }

    lxw_row_t addChart(lxw_worksheet* ws, const std::string& sheet, const ReportTable& table, const ReportChart& chart,
        lxw_col_t columns, lxw_row_t row)
    {
        const int rows = static_cast<int>(table.rows.size());
        const int first = std::clamp(chart.firstRow, 0, rows);
        const int last = chart.rowCount < 0 ? rows : std::min(rows, first + chart.rowCount);
        if (last <= first)
            return row;
        const auto r0 = static_cast<lxw_row_t>(firstDataRow + first);
        const auto r1 = static_cast<lxw_row_t>(firstDataRow + last - 1);
        if (chart.kind == ChartKind::HeatMap) {
            // Excel's own heat map: a colour scale over the matrix.
            lxw_conditional_format scale {};
            scale.type = LXW_CONDITIONAL_2_COLOR_SCALE;
            scale.min_color = 0xF1F5FB;
            scale.max_color = 0x6F9BD8;
            const auto c0 = static_cast<lxw_col_t>(chart.valueColumns.front());
            const auto c1 = static_cast<lxw_col_t>(chart.valueColumns.back());
            worksheet_conditional_format_range(ws, r0, c0, r1, c1, &scale);
            return row;
        }
        if (chart.kind == ChartKind::Network)
            return row;
        std::uint8_t type = LXW_CHART_COLUMN;
        switch (chart.kind) {
        case ChartKind::Line:
            type = LXW_CHART_LINE;
            break;
        case ChartKind::StackedBar:
            type = LXW_CHART_COLUMN_STACKED;
            break;
        case ChartKind::HorizontalBar:
        case ChartKind::Funnel:
            type = LXW_CHART_BAR;
            break;
        default:
            break;
        }
        lxw_chart* xc = workbook_add_chart(m_wb, type);
        const char* sheetName = keep(sheet);
        for (const int column : chart.valueColumns) {
            lxw_chart_series* series = chart_add_series(xc, nullptr, nullptr);
            chart_series_set_categories(series, sheetName, r0, static_cast<lxw_col_t>(chart.categoryColumn), r1,
                static_cast<lxw_col_t>(chart.categoryColumn));
            chart_series_set_values(
                series, sheetName, r0, static_cast<lxw_col_t>(column), r1, static_cast<lxw_col_t>(column));
            chart_series_set_name_range(series, sheetName, headerRow, static_cast<lxw_col_t>(column));
        }
        chart_title_set_name(xc, keep(chart.title.toStdString()));
        if (!chart.xTitle.isEmpty())
            chart_axis_set_name(xc->x_axis, keep(chart.xTitle.toStdString()));
        if (!chart.yTitle.isEmpty())
            chart_axis_set_name(xc->y_axis, keep(chart.yTitle.toStdString()));
        if (chart.valueFormat == CellFormat::Percent)
            chart_axis_set_num_format(xc->y_axis, "0%");
        else if (chart.valueFormat == CellFormat::Money)
            chart_axis_set_num_format(xc->y_axis,
                keep(QString(QStringLiteral("\"") + core::currencySymbol(m_report.currency).trimmed()
                    + QStringLiteral("\"#,##0"))
                         .toStdString()));
        if (type == LXW_CHART_BAR)
            chart_axis_set_reverse(xc->x_axis); // first category on top, as in the table
        if (chart.valueColumns.size() > 1)
            chart_legend_set_position(xc, LXW_CHART_LEGEND_BOTTOM);
        else
            chart_legend_set_position(xc, LXW_CHART_LEGEND_NONE);
        lxw_chart_options options {};
        options.x_scale = 1.5;
        options.y_scale = 1.3;
        worksheet_insert_chart_opt(ws, row, columns + 1, xc, &options);
        return row + 21; // 288 px × 1.3 at 20 px a row, and a gap
    }

    const Report& m_report;
    lxw_workbook* m_wb;
    std::deque<std::string> m_strings;
    std::set<QString> m_used;
    std::map<CellFormat, lxw_format*> m_numberFormats;
    std::string m_moneyFormat;
    lxw_format* m_title = nullptr;
    lxw_format* m_bigTitle = nullptr;
    lxw_format* m_note = nullptr;
    lxw_format* m_label = nullptr;
    lxw_format* m_link = nullptr;
    lxw_format* m_personal = nullptr;
    lxw_format* m_header = nullptr;
    lxw_format* m_headerNumber = nullptr;
    lxw_format* m_text = nullptr;
};

} // namespace

core::Status writeXlsxReport(const Report& report, const QString& path)
{
    // libxlsxwriter writes the file itself: let it write an owner-only temporary file next to
    // the target, then move that into place, so the report is never readable by others nor
    // left half-written.
    const QFileInfo info(path);
    QTemporaryFile temporary(info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName())));
    if (!temporary.open())
        return core::Error { "cannot write " + path.toStdString() + ": " + temporary.errorString().toStdString(),
            { "report.write_failed", { path.toStdString(), temporary.errorString().toStdString() } } };
    temporary.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const std::string temporaryPath = temporary.fileName().toStdString();
    temporary.close();

    lxw_workbook* workbook = workbook_new(temporaryPath.c_str());
    if (!workbook)
        return core::Error { "cannot create the workbook " + path.toStdString(),
            { "report.workbook_failed", { path.toStdString() } } };
    XlsxComposer(report, workbook).run();
    if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR)
        return core::Error { "cannot write " + path.toStdString() + ": " + lxw_strerror(error),
            { "report.write_failed", { path.toStdString(), std::string(lxw_strerror(error)) } } };
    QFile::setPermissions(temporary.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (std::rename(temporaryPath.c_str(), QFile::encodeName(path).constData()) != 0)
        return core::Error { "cannot write " + path.toStdString(),
            { "report.write_failed", { path.toStdString(), std::string() } } };
    temporary.setAutoRemove(false);
    return core::Status::success();
}

} // namespace kinsight::ui
