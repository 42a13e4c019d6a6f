#include "report.h"

#include <QCoreApplication>

namespace kinsight::core {

CellFormat ReportTable::formatOf(std::size_t row, std::size_t column) const
{
    const CellFormat format = columns[column].format;
    if (format != CellFormat::PerRow)
        return format;
    return row < rowFormats.size() ? rowFormats[row] : CellFormat::Real;
}

int ReportSection::addTable(ReportTable table, bool show)
{
    tables.push_back(std::move(table));
    const int index = static_cast<int>(tables.size()) - 1;
    if (show)
        showTable(index);
    return index;
}

void ReportSection::showTable(int index)
{
    blocks.push_back({ ReportBlock::Kind::Table, index, {} });
}

int ReportSection::addChartedTable(ReportTable table, ReportChart chart)
{
    const int index = addTable(std::move(table), false);
    chart.table = index;
    addChart(std::move(chart));
    showTable(index);
    return index;
}

ReportChart tableChart(ChartKind kind, QString title, QString xTitle, QString yTitle, std::vector<int> valueColumns)
{
    ReportChart chart;
    chart.kind = kind;
    chart.title = std::move(title);
    chart.xTitle = std::move(xTitle);
    chart.yTitle = std::move(yTitle);
    chart.valueColumns = std::move(valueColumns);
    return chart;
}

int ReportSection::addChart(ReportChart chart)
{
    charts.push_back(std::move(chart));
    const int index = static_cast<int>(charts.size()) - 1;
    blocks.push_back({ ReportBlock::Kind::Chart, index, {} });
    return index;
}

void ReportSection::addParagraph(QString text)
{
    blocks.push_back({ ReportBlock::Kind::Paragraph, 0, std::move(text) });
}

std::vector<const ReportTable*> Report::allTables() const
{
    std::vector<const ReportTable*> out;
    for (const ReportSection& section : sections) {
        for (const ReportTable& table : section.tables)
            out.push_back(&table);
    }
    return out;
}

ReportLabels currentReportLabels()
{
    ReportLabels l;
    l.page = reportText("Page %1 of %2");
    l.contents = reportText("Contents");
    l.data = reportText("Data");
    l.generated = reportText("Generated");
    l.database = reportText("Database");
    l.community = reportText("Community");
    l.currency = reportText("Currency");
    l.members = reportText("Members");
    l.personalNote = reportText("Contains personal data (names, emails, phones), as requested.");
    l.personalShort = reportText("Contains personal data");
    l.pseudonymNote
        = reportText("Pseudonymised: members are shown by a keyed hash of their id, never by name, email or phone.");
    l.noDataYet = reportText("No data yet");
    l.noData = reportText("No data");
    l.noRows = reportText("No rows.");
    l.previous = reportText("previous: %1");
    l.allRows = reportText("all %1 rows");
    l.ofJoined = reportText("of joined");
    l.ofPrevious = reportText("of previous");
    l.madeWith = reportText("Made with Kinsight");
    l.reportSheet = reportText("Report");
    return l;
}

QString Report::dataRangeText() const
{
    if (empty)
        return labels.noDataYet;
    return QString::fromStdString(formatDay(dataBegin)) + QStringLiteral(" \u2013 ")
        + QString::fromStdString(formatDay(dataEnd)) + QStringLiteral(" (") + QString::fromStdString(timeZone)
        + QLatin1Char(')');
}

QString reportText(const char* source)
{
    // One context for every report string: resources hold its zh_CN translation.
    return QCoreApplication::translate("Report", source);
}

} // namespace kinsight::core
