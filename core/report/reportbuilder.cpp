#include "reportbuilder.h"

#include <array>

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

    using Build = ReportSection (SectionBuilder::*)();
    constexpr std::array<Build, reportSectionCount> builders { &SectionBuilder::summary, &SectionBuilder::overview,
        &SectionBuilder::members, &SectionBuilder::network, &SectionBuilder::retention, &SectionBuilder::conversion,
        &SectionBuilder::pricing, &SectionBuilder::recommendations };
    for (int k = 0; k < reportSectionCount; ++k) {
        if ((o.sections & reportSectionBit(static_cast<ReportSectionKind>(k))) == 0)
            continue;
        checkStop();
        report.sections.push_back((this->*builders[static_cast<size_t>(k)])());
    }
    return report;
}

} // namespace reportsection

namespace {

constexpr std::array<std::string_view, reportSectionCount> sectionKeys { "summary", "overview", "members", "network",
    "retention", "conversion", "pricing", "recommendations" };

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

} // namespace

std::string_view reportSectionKey(ReportSectionKind kind)
{
    return sectionKeys[static_cast<size_t>(kind)];
}

std::optional<ReportSectionKind> parseReportSectionKind(std::string_view key)
{
    for (size_t k = 0; k < sectionKeys.size(); ++k) {
        if (sectionKeys[k] == key)
            return static_cast<ReportSectionKind>(k);
    }
    return std::nullopt;
}

Result<ReportSections> parseReportSections(std::string_view list)
{
    ReportSections sections = 0;
    while (true) {
        const size_t comma = list.find(',');
        const std::string_view name = trimmed(list.substr(0, comma));
        if (!name.empty()) {
            const auto kind = parseReportSectionKind(name);
            if (!kind) {
                // Appended, not "literal" + std::string: GCC 12's -Wrestrict misfires on that at -O3.
                std::string message = "unknown report section '";
                message.append(name).append("' (known: ").append(reportSectionList(allReportSections)).append(")");
                return Error { std::move(message),
                    { "report.unknown_section", { std::string(name), reportSectionList(allReportSections) } } };
            }
            sections = static_cast<ReportSections>(sections | reportSectionBit(*kind));
        }
        if (comma == std::string_view::npos)
            break;
        list.remove_prefix(comma + 1);
    }
    if (sections == 0) {
        std::string message = "no report section given (known: ";
        message.append(reportSectionList(allReportSections)).append(")");
        return Error { std::move(message), { "report.no_section", { reportSectionList(allReportSections) } } };
    }
    return sections;
}

std::string reportSectionList(ReportSections sections)
{
    std::string out;
    for (int k = 0; k < reportSectionCount; ++k) {
        if ((sections & reportSectionBit(static_cast<ReportSectionKind>(k))) == 0)
            continue;
        if (!out.empty())
            out += ',';
        out += sectionKeys[static_cast<size_t>(k)];
    }
    return out;
}

Result<Report> buildReport(const AnalysisResults& results, const ReportOptions& options, const TaskControl& control)
{
    if (!results.community)
        return Error { "the analysis has no community", { "report.no_community", {} } };
    if ((options.sections & allReportSections) == 0)
        return Error { "a report needs at least one section",
            { "report.no_section", { reportSectionList(allReportSections) } } };
    if (!options.includePersonalData && !options.pseudonymizer)
        return Error { "a report without personal data needs the database's pseudonym key",
            { "report.needs_pseudonym_key", {} } };
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
    // Auto: only where the recommendations section shows it, and it is fast enough.
    const bool shown = (options.sections & reportSectionBit(ReportSectionKind::Recommendations)) != 0;
    const bool evaluate = evaluation == ReportEvaluation::Always
        || (evaluation == ReportEvaluation::Auto && shown
            && analysis.community().memberCount() <= autoEvaluationMembers);
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
