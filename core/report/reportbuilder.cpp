#include "reportbuilder.h"

#include "core/report/sectionbuilder.h"

namespace kinsight::core {

namespace reportsection {

Report SectionBuilder::build()
{
    Report report;
    report.title = tr("Community report");
    report.community = o.community;
    report.source = o.source;
    report.empty = c.dataEnd == noTimestamp;
    report.dataBegin = report.empty ? 0 : c.timeZone.dayOf(c.dataBegin);
    report.dataEnd = report.empty ? 0 : c.timeZone.dayOf(c.dataEnd);
    report.timeZone = c.timeZone.id();
    report.generatedAt = o.generatedAt.isValid() ? o.generatedAt.toUTC() : QDateTime::currentDateTimeUtc();
    report.currency = c.currency;
    report.personalData = o.includePersonalData;
    report.language = o.language;
    report.labels = currentReportLabels();

    report.sections.push_back(overview());
    checkStop();
    report.sections.push_back(members());
    checkStop();
    report.sections.push_back(network());
    checkStop();
    report.sections.push_back(retention());
    checkStop();
    report.sections.push_back(conversion());
    checkStop();
    report.sections.push_back(pricing());
    checkStop();
    report.sections.push_back(recommendations());
    return report;
}

} // namespace reportsection

Result<Report> buildReport(const AnalysisResults& results, const ReportOptions& options, const TaskControl& control)
{
    if (!results.community)
        return Error { "the analysis has no community" };
    if (!options.includePersonalData && !options.pseudonymizer)
        return Error { "a report without personal data needs the database's pseudonym key" };
    try {
        return reportsection::SectionBuilder(results, options, control).build();
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::exception& e) {
        return Error { e.what() };
    }
}

Result<Report> analyseAndBuildReport(CommunityPtr community, const Thresholds& thresholds, const ReportOptions& options,
    ReportEvaluation evaluation, const TaskControl& control)
{
    Analysis analysis(std::move(community));
    if (auto updated = analysis.update(thresholds, control.slice(0.0, 0.7)); !updated)
        return updated.failure();
    const bool evaluate = evaluation == ReportEvaluation::Always
        || (evaluation == ReportEvaluation::Auto && analysis.community().memberCount() <= autoEvaluationMembers);
    if (evaluate) {
        if (auto evaluated = analysis.evaluate(control.slice(0.7, 0.9)); !evaluated)
            return evaluated.failure();
    }
    const auto results = analysis.results();
    auto report = buildReport(*results, options, control.slice(0.9, 1.0));
    control.progress(1.0);
    return report;
}

} // namespace kinsight::core
