#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include <QDateTime>
#include <QString>

#include "core/analysis/analysis.h"
#include "core/report/pseudonym.h"
#include "core/report/report.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// The sections of a report, in the order they appear: the one-page summary first, then one
/// section per page of the window.
enum class ReportSectionKind : std::uint8_t {
    Summary,
    Overview,
    Members,
    Network,
    Retention,
    Conversion,
    Pricing,
    Recommendations,
};
constexpr int reportSectionCount = 8;

/// A set of sections: bit k is ReportSectionKind k.
using ReportSections = std::uint16_t;
constexpr ReportSections reportSectionBit(ReportSectionKind kind)
{
    return static_cast<ReportSections>(1U << static_cast<unsigned>(kind));
}
constexpr ReportSections allReportSections = static_cast<ReportSections>((1U << reportSectionCount) - 1);

/// The section's stable key (the ReportSection key, the CLI's --sections names): summary,
/// overview, members, network, retention, conversion, pricing, recommendations.
std::string_view reportSectionKey(ReportSectionKind kind);
std::optional<ReportSectionKind> parseReportSectionKind(std::string_view key);
/// A comma-separated list of section keys (spaces around names ignored; order and repeats do not
/// matter). Errors: an unknown name (the message lists the known ones), an empty list.
[[nodiscard]] Result<ReportSections> parseReportSections(std::string_view list);
/// The keys of `sections`, comma-separated, in report order.
std::string reportSectionList(ReportSections sections);

/// What goes into a report besides the analysis results.
struct ReportOptions {
    /// The sections to build (at least one); the others are left out of every format.
    ReportSections sections = allReportSections;
    QString community; ///< name on the cover (the command uses the database file's base name)
    QString source; ///< the database file, as given
    /// Member rows show member id, name, email and phone. Off: only pseudonyms (see Pseudonymizer).
    bool includePersonalData = false;
    /// Required unless includePersonalData.
    std::optional<Pseudonymizer> pseudonymizer;
    QDateTime generatedAt; ///< invalid: now (UTC)
    QString language = QStringLiteral("en"); ///< recorded on the report; translation is the caller's
    int topMembers = 20;
    int topLeaders = 20;
    int topCommunities = 10;
    int topProducts = 15;
    int recommendedMembers = 5; ///< the most engaged members shown with their recommendations
    int recommendationsPerMember = 5;
    int chartDays = 365; ///< the daily-activity chart shows at most the last this many days
    int chartCohorts = 24; ///< the retention heat map shows at most the latest this many cohorts
};

/// The report's content: a one-page summary (the Today list of core/actions with counts and money
/// at stake, the key figures, what changed against the previous period), then one section per
/// page of the window (overview, members, network, retention, conversion, pricing,
/// recommendations), each with its tables and charts; only the sections in `options.sections`.
///
/// Every figure comes from `results` (which should have every part ready; a missing part gives
/// a section that says so) or from tables the CLI prints (core/metrics/metrictables.h), so the
/// report always agrees with the window and the command line. Recommendation evaluation is shown
/// when `results.evaluation` holds it. Headings are translated through reportText() with the
/// translator installed at the time of the call.
///
/// Errors: no pseudonymizer without personal data; no section selected; cancelled. Thread-safe for concurrent calls
/// on the same results, but the recommendation lists use the live recommender, which the
/// Analysis must not be updating meanwhile.
[[nodiscard]] Result<Report> buildReport(
    const AnalysisResults& results, const ReportOptions& options, const TaskControl& control = {});

/// Whether to run the offline recommendation evaluation for a report.
enum class ReportEvaluation : std::uint8_t {
    Auto, ///< only for communities of at most autoEvaluationMembers members (about 8 s at 100,000), and only
          ///< when the recommendations section is built
    Always,
    Never,
};
constexpr Index autoEvaluationMembers = 250000;

/// Convenience for the command line and tests: runs an Analysis with `thresholds` (progress
/// 0–0.9), the evaluation when asked, and builds the report.
[[nodiscard]] Result<Report> analyseAndBuildReport(CommunityPtr community, const Thresholds& thresholds,
    const ReportOptions& options, ReportEvaluation evaluation = ReportEvaluation::Auto,
    const TaskControl& control = {});

} // namespace kinsight::core
