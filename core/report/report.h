#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include <QDateTime>
#include <QString>

#include "core/util/table.h"
#include "core/util/timestamp.h"

namespace kinsight::core {

/// How a report cell is shown. The stored value stays a number (XLSX writes it as a number with
/// a matching number format; CSV writes it raw, as the CLI does).
enum class CellFormat : std::uint8_t {
    Text,
    Integer, ///< 12,345
    Real, ///< 0.123 (three decimals)
    Money, ///< ¥12,345.00: a MoneyCell (cents) or a double in currency units
    Percent, ///< 12.3%: the cell holds the fraction 0.123
    Multiple, ///< 2.3×: a ratio
    PerRow, ///< the row's own format (ReportTable::rowFormats): tables of mixed figures
};

/// One column of a report table: a stable machine key (the CLI's column name where there is
/// one) and a header in the report's language.
struct ReportColumn {
    std::string key;
    QString header;
    CellFormat format = CellFormat::Text;
};

/// Where a table appears. Every table goes to XLSX and CSV.
enum class TableRole : std::uint8_t {
    Document, ///< shown in the PDF and the HTML report
    DataOnly, ///< too long or wide for a page (daily figures, the retention matrix): XLSX, CSV and
              ///< a collapsed appendix of the HTML report; its chart stands for it on paper
};

/// A table of a report: what the PDF and HTML show, what XLSX writes as one sheet and what
/// "export as CSV" writes. Cells are core::Cell values (text as UTF-8).
struct ReportTable {
    std::string key; ///< stable, unique in the report (file and sheet names fall back to it)
    QString title;
    QString shortTitle; ///< for a spreadsheet tab (31 characters at most); empty: the title
    std::vector<ReportColumn> columns;
    std::vector<std::vector<Cell>> rows;
    /// Per row, the format of PerRow columns (empty when no column is PerRow).
    std::vector<CellFormat> rowFormats;
    TableRole role = TableRole::Document;
    QString note; ///< a line under the table (how it was made, what was left out)
    /// True when the rows name members (by pseudonym, or by id and name with personal data).
    bool namesMembers = false;

    /// The format of cell (row, column), resolving PerRow.
    CellFormat formatOf(std::size_t row, std::size_t column) const;
};

enum class ChartKind : std::uint8_t {
    Line, ///< one line per value column over the category column (e.g. days, months)
    Bar, ///< vertical bars, one group per category, one bar per value column
    StackedBar, ///< vertical bars stacked from the value columns
    HorizontalBar, ///< one horizontal bar per category (long labels: segments, products)
    Funnel, ///< centred bars shrinking step by step, with rates
    HeatMap, ///< rows × value columns coloured by value (retention matrix)
    Network, ///< a node-link drawing (NetworkDrawing)
};

/// A node-link drawing of the network around the leaders (positions in [-1, 1]²).
struct NetworkDrawing {
    struct Node {
        float x = 0;
        float y = 0;
        std::uint32_t community = 0;
        bool leader = false;
        bool centre = false;
        double score = 0;
        QString label; ///< shown for centres only (pseudonym, or id with personal data)
    };
    std::vector<Node> nodes;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
};

/// A chart drawn from one table of its section: categories from one column, series from others.
/// Writers paint it (PDF, SVG) or build a native chart over the same cells (XLSX).
struct ReportChart {
    ChartKind kind = ChartKind::Bar;
    QString title;
    QString xTitle;
    QString yTitle;
    int table = -1; ///< index into the section's tables; -1 for Network
    int categoryColumn = 0;
    std::vector<int> valueColumns; ///< series (Line, Bar, …) or the matrix columns (HeatMap)
    CellFormat valueFormat = CellFormat::Integer;
    /// Rows of the table the chart uses: [firstRow, firstRow + rowCount); rowCount -1 = to the end.
    int firstRow = 0;
    int rowCount = -1;
    NetworkDrawing network; ///< Network only
};

/// A chart of a table (set by ReportSection::addChartedTable): the series are the columns
/// `valueColumns`, the categories in column 0.
ReportChart tableChart(ChartKind kind, QString title, QString xTitle, QString yTitle, std::vector<int> valueColumns);

/// One KPI card: a figure at the end of the data, the figure one period earlier, the change.
struct KpiCard {
    QString label;
    double value = 0; ///< NaN when undefined; money in currency units
    double previous = 0;
    CellFormat format = CellFormat::Integer;
};

/// One piece of a section in reading order.
struct ReportBlock {
    enum class Kind : std::uint8_t { Paragraph, Kpis, Chart, Table };
    Kind kind = Kind::Paragraph;
    int index = 0; ///< into the section's charts or tables (Chart, Table)
    QString text; ///< Paragraph; Kpis: a heading over the cards (may be empty)
};

/// One section ("page group") of the report: overview, members, network, retention,
/// conversion, pricing, recommendations.
struct ReportSection {
    std::string key;
    QString title;
    std::vector<KpiCard> kpis;
    std::vector<ReportChart> charts;
    std::vector<ReportTable> tables;
    std::vector<ReportBlock> blocks;

    /// Adds a table; with `show`, also a block showing it here. Returns its index.
    int addTable(ReportTable table, bool show = true);
    /// Adds a chart and a block showing it here. Returns its index.
    int addChart(ReportChart chart);
    /// Adds a block showing table `index` here (a table added earlier without `show`).
    void showTable(int index);
    /// Adds a table, a chart of it (`chart.table` set to the table) and then the table, shown
    /// below its chart. Returns the table's index.
    int addChartedTable(ReportTable table, ReportChart chart);
    void addParagraph(QString text);
};

/// The writers' own words (cover, running heads, notes), translated when the report is built, so
/// that a report written later is in its own language whatever translator is installed then.
struct ReportLabels {
    QString page; ///< "Page %1 of %2"
    QString contents;
    QString data;
    QString generated;
    QString database;
    QString community;
    QString currency;
    QString members;
    QString personalNote; ///< the cover's warning that personal data is included
    QString personalShort; ///< the same in a few words, on every page
    QString pseudonymNote;
    QString noDataYet;
    QString noData;
    QString noRows;
    QString previous; ///< "previous: %1"
    QString allRows; ///< "all %1 rows"
    QString ofJoined;
    QString ofPrevious;
    QString madeWith;
    QString reportSheet; ///< name of the XLSX cover sheet
};

/// The labels in the language of the translator installed now.
ReportLabels currentReportLabels();

/// A whole report: cover facts and sections. A plain value built by buildReport(), rendered by
/// the writers; safe to share between threads once built.
struct Report {
    QString title;
    QString community; ///< the community's name (or database file name)
    QString source; ///< the database file
    Day dataBegin = 0; ///< local days of the community time zone
    Day dataEnd = 0;
    std::string timeZone = "UTC"; ///< the community time zone (IANA id)
    bool empty = true; ///< no data at all
    QDateTime generatedAt; ///< UTC
    std::string currency = "CNY";
    bool personalData = false;
    QString language; ///< "en" or "zh_CN": what the headings were translated to
    ReportLabels labels;

    /// `YYYY-MM-DD – YYYY-MM-DD (zone)`, or labels.noDataYet.
    QString dataRangeText() const;
    std::vector<ReportSection> sections;

    /// Every table of every section, in order (for XLSX sheets and CSV exports).
    std::vector<const ReportTable*> allTables() const;
};

/// A report label in the report's language: QCoreApplication::translate in the "Report" context.
QString reportText(const char* source);

} // namespace kinsight::core
