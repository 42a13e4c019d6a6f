#pragma once

// The report's section builders: shared cells, columns and the member columns of a member table
// (internal to core/report; the public entry points are in reportbuilder.h).

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <utility>

#include <QtGlobal>

#include "core/analysis/memberquery.h"
#include "core/metrics/metrictables.h"
#include "core/report/cellformat.h"
#include "core/report/reportbuilder.h"
#include "core/text/labels.h"
#include "core/text/reasontext.h"

namespace kinsight::core::reportsection {

using Row = std::vector<Cell>;

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

inline QString tr(const char* source)
{
    return reportText(source);
}

inline Cell real(double v)
{
    return std::isfinite(v) ? Cell { v } : Cell {};
}

inline Cell integer(std::int64_t v)
{
    return Cell { v };
}

inline Cell text(const QString& s)
{
    return Cell { s.toStdString() };
}

inline Cell text(std::string s)
{
    return Cell { std::move(s) };
}

inline Cell money(Cents cents)
{
    return Cell { MoneyCell { cents } };
}

inline double ratio(double numerator, double denominator)
{
    return denominator > 0 ? numerator / denominator : nan;
}

inline ReportColumn column(const char* key, const QString& header, CellFormat format)
{
    return { key, header, format };
}

inline QString notComputed()
{
    return tr("This part of the analysis was not computed.");
}

/// A section with its key and title and nothing in it yet.
inline ReportSection newSection(const char* key, QString title)
{
    ReportSection s;
    s.key = key;
    s.title = std::move(title);
    return s;
}

/// The section as it reads when the parts of the analysis it shows were not computed.
inline ReportSection notComputedSection(ReportSection s)
{
    s.addParagraph(notComputed());
    return s;
}

/// One key figure of the Overview page as the report shows it.
struct KpiLine {
    const char* key;
    QString label;
    const Kpi* kpi;
    CellFormat format;
    double scale; ///< to the report's unit (revenue: cents to currency units)
};

/// Everything the section builders share: the results, the options, the member columns of a
/// member table. Each section is built in a file of its own (core/report/<name>section.cpp).
class SectionBuilder {
public:
    SectionBuilder(const AnalysisResults& results, const ReportOptions& options, const TaskControl& control)
        : r(results)
        , c(*results.community)
        , o(options)
        , m_control(control)
    { }

    Report build();

    void checkStop() const
    {
        if (m_control.stopRequested())
            throw Cancelled {};
    }
    Cell memberCellOf(Index m) const
    {
        const std::string_view id = c.members.ids.view(m);
        if (o.includePersonalData)
            return text(std::string(id));
        return text((*o.pseudonymizer)(id));
    }
    QString memberLabel(Index m) const { return cellString(memberCellOf(m)); }
    /// The member columns of a member table: the pseudonym, or id, name, email and phone.
    void addMemberColumns(ReportTable& table) const
    {
        table.namesMembers = true;
        table.columns.push_back(column("member_id", tr("Member"), CellFormat::Text));
        if (o.includePersonalData) {
            table.columns.push_back(column("name", tr("Name"), CellFormat::Text));
            table.columns.push_back(column("email", tr("Email"), CellFormat::Text));
            table.columns.push_back(column("phone", tr("Phone"), CellFormat::Text));
        }
    }
    void addMemberCells(Row& row, Index m) const
    {
        row.push_back(memberCellOf(m));
        if (o.includePersonalData) {
            const auto i = static_cast<size_t>(m);
            row.push_back(text(std::string(c.members.names.view(static_cast<Index>(i)))));
            row.push_back(text(std::string(c.members.emails.view(static_cast<Index>(i)))));
            row.push_back(text(std::string(c.members.phones.view(static_cast<Index>(i)))));
        }
    }

    /// The Overview's key figures (r.overview must be set), in the order of the cards.
    std::vector<KpiLine> kpiLines() const;
    /// The key figures of `lines` as a table under `key` (metric, value, previous period, relative
    /// change), each also added to `s.kpis` for the cards on paper.
    ReportTable keyFiguresTable(ReportSection& s, const std::vector<KpiLine>& lines, std::string key) const;

    ReportSection summary();
    ReportSection overview();
    ReportSection members();
    ReportSection network();
    ReportSection retention();
    ReportSection conversion();
    ReportSection pricing();
    ReportSection recommendations();

    const AnalysisResults& r;
    const Community& c;
    const ReportOptions& o;
    const TaskControl& m_control;
};

} // namespace kinsight::core::reportsection
