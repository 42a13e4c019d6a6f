// kinsight graph --db DB [--view members|summary|communities|leaders|timeline] [--window DAYS|all]
//                [--types LIST] [--threshold T] [--min-degree N] [--leaders score|top|share] [--top K]
//                [--share P] [--weights LIST]
//                [--epsilon E] [--delta D] [--samples N] [--seed S] [--months N] [--limit N] [--format csv|json]

#include <cmath>

#include <QCoreApplication>

#include "app/cli.h"
#include "app/command.h"
#include "core/graph/graphtables.h"
#include "core/graph/leaders.h"
#include "core/graph/timeline.h"

namespace kinsight::app {
namespace {

/// "pagerank=0.4,betweenness=0" over the defaults.
std::optional<core::LeaderWeights> parseWeights(const QString& text)
{
    core::LeaderWeights w;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = item.split(QLatin1Char('='));
        if (kv.size() != 2)
            return std::nullopt;
        bool ok = false;
        const double value = kv[1].trimmed().toDouble(&ok);
        if (!ok || value < 0 || !std::isfinite(value))
            return std::nullopt;
        const QString key = kv[0].trimmed().toLower();
        if (key == QLatin1String("pagerank"))
            w.pageRank = value;
        else if (key == QLatin1String("in_degree") || key == QLatin1String("indegree"))
            w.inDegree = value;
        else if (key == QLatin1String("betweenness"))
            w.betweenness = value;
        else if (key == QLatin1String("strength"))
            w.strength = value;
        else if (key == QLatin1String("core") || key == QLatin1String("core_number"))
            w.coreNumber = value;
        else
            return std::nullopt;
    }
    return w;
}

int printGraph(const CommandLine& cli, const QString& db)
{
    int status = exitSuccess;
    const QString view = cli.value(QStringLiteral("view"));
    static const QStringList views = { QStringLiteral("members"), QStringLiteral("summary"),
        QStringLiteral("communities"), QStringLiteral("leaders"), QStringLiteral("timeline") };
    if (!views.contains(view))
        return usageError(cli.command(),
            QCoreApplication::translate("Cli", "unknown view '%1' (%2)").arg(view, views.join(QStringLiteral(", "))));

    core::GraphOptions options;
    const auto types = core::parseInteractionTypes(cli.value(QStringLiteral("types")).toStdString());
    if (!types)
        return usageError(cli.command(),
            QCoreApplication::translate("Cli", "--types: unknown interaction type in '%1'")
                .arg(cli.value(QStringLiteral("types"))));
    options.filter.types = *types;
    int windowDays = 0;
    const QString window = cli.value(QStringLiteral("window")).trimmed().toLower();
    if (window != QLatin1String("all")) {
        bool ok = false;
        QString days = window;
        if (days.endsWith(QLatin1Char('d')))
            days.chop(1);
        windowDays = days.toInt(&ok);
        if (!ok || windowDays < 1 || windowDays > 100000)
            return usageError(cli.command(),
                QCoreApplication::translate("Cli", "--window must be a number of days or 'all', not '%1'").arg(window));
    }
    const auto samples = cli.intOption(QStringLiteral("samples"), 0, 1, 100'000'000, status);
    if (!samples)
        return status;
    options.betweenness.samples = *samples;
    const auto epsilon = cli.realOption(QStringLiteral("epsilon"), 0.01, 1e-4, 1.0, status);
    if (!epsilon)
        return status;
    options.betweenness.epsilon = *epsilon;
    const auto delta = cli.realOption(QStringLiteral("delta"), 0.1, 1e-9, 0.5, status);
    if (!delta)
        return status;
    options.betweenness.delta = *delta;
    if (cli.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.betweenness.seed = cli.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usageError(
                cli.command(), QCoreApplication::translate("Cli", "--seed must be a non-negative whole number"));
    }

    core::LeaderOptions leaderOptions;
    const auto threshold = cli.realOption(QStringLiteral("threshold"), leaderOptions.threshold, 0.0, 1.0, status);
    if (!threshold)
        return status;
    leaderOptions.threshold = *threshold;
    const auto minDegree = cli.intOption(
        QStringLiteral("min-degree"), static_cast<int>(leaderOptions.minDegree), 0, 1'000'000'000, status);
    if (!minDegree)
        return status;
    leaderOptions.minDegree = static_cast<std::uint32_t>(*minDegree);
    const auto top
        = cli.intOption(QStringLiteral("top"), view == QLatin1String("timeline") ? 10 : 0, 0, 1'000'000'000, status);
    if (!top)
        return status;
    leaderOptions.topK = static_cast<std::uint32_t>(*top);
    const QString selection = cli.value(QStringLiteral("leaders"));
    if (selection == QLatin1String("top")) {
        leaderOptions.selection = core::LeaderSelection::TopCount;
        if (!cli.isSet(QStringLiteral("top")) || *top == 0)
            return usageError(
                cli.command(), QCoreApplication::translate("Cli", "--leaders top needs --top K (a count above 0)"));
    } else if (selection == QLatin1String("share")) {
        leaderOptions.selection = core::LeaderSelection::TopShare;
        const auto share = cli.realOption(QStringLiteral("share"), leaderOptions.share * 100.0, 0.0, 100.0, status);
        if (!share)
            return status;
        leaderOptions.share = *share / 100.0;
    } else if (selection != QLatin1String("score")) {
        return usageError(cli.command(), QCoreApplication::translate("Cli", "--leaders takes score, top or share"));
    }
    if (cli.isSet(QStringLiteral("weights"))) {
        const auto weights = parseWeights(cli.value(QStringLiteral("weights")));
        if (!weights)
            return usageError(cli.command(),
                QCoreApplication::translate("Cli",
                    "--weights takes name=value pairs (pagerank, in_degree, betweenness, strength, core) "
                    "with values ≥ 0"));
        leaderOptions.weights = *weights;
    }
    const auto months = cli.intOption(QStringLiteral("months"), 12, 1, 600, status);
    if (!months)
        return status;
    const auto limit = cli.intOption(QStringLiteral("limit"), 0, 0, 2'000'000'000, status);
    if (!limit)
        return status;

    const core::CommunityPtr community = loadCommunityOrFail(db);
    if (!community)
        return exitFailure;
    options.filter.window = core::lastDays(*community, windowDays);
    auto metrics = core::computeGraphMetrics(*community, options);
    if (!metrics)
        return fail(metrics.failure());
    const core::LeaderRanking ranking = core::rankLeaders(*metrics, leaderOptions);

    if (view == QLatin1String("summary"))
        return cli.print(core::graphSummaryTable(*community, *metrics, ranking));
    if (view == QLatin1String("communities"))
        return cli.print(core::graphCommunitiesTable(*community, *metrics, ranking, *limit));
    if (view == QLatin1String("leaders"))
        return cli.print(core::graphLeadersTable(*community, *metrics, ranking, *limit));
    if (view == QLatin1String("timeline")) {
        std::vector<core::Index> members;
        for (const core::Leader& l : ranking.leaders)
            members.push_back(l.member);
        core::GraphOptions monthly = options;
        monthly.computeBetweenness = false;
        auto timeline = core::computeLeaderTimeline(*community, monthly, leaderOptions, members, *months);
        if (!timeline)
            return fail(timeline.failure());
        return cli.print(core::leaderTimelineTable(*community, *timeline));
    }
    return cli.print(core::graphMembersTable(*community, *metrics, ranking, *limit));
}

int runGraph(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseAndFormatOptions();
    cli.addOptions({ { "view", "members (default), summary, communities, leaders or timeline.", "VIEW", "members" },
        { "window",
            "Only interactions of the last DAYS days up to the end of the data (e.g. 30, 90, 365), or all (default).",
            "DAYS", "all" },
        { "types",
            "Interaction types to include, comma-separated: reply, mention, like, follow, share, invite (default all).",
            "LIST", "all" },
        { "threshold", "Leader score at or above which a member is a leader, 0..1 (default 0.95).", "T" },
        { "min-degree", "Fewest distinct contacts a leader needs (default 3).", "N" },
        { "leaders",
            "How leaders are chosen: score (default: a score at or above --threshold), top (the --top K highest "
            "scores) or share (the highest scores, --share P percent of the network).",
            "MODE", "score" },
        { "top",
            "At most K leaders, the highest scores (default no cap; --leaders top: exactly the K highest; timeline: "
            "the top 10 leaders).",
            "K" },
        { "share", "--leaders share: the percent of the network's members that lead, 0..100 (default 2).", "P" },
        { "weights",
            "Leader score weights, e.g. pagerank=0.3,in_degree=0.2,betweenness=0.2,strength=0.15,core=0.15 (the "
            "defaults).",
            "LIST" },
        { "epsilon",
            "Above 5000 members in the network betweenness is sampled: every value within E of the exact one (default "
            "0.01) ...",
            "E" },
        { "delta", "... with probability at least 1 - D (default 0.1).", "D" },
        { "samples", "Sample N shortest paths instead (the bound then follows from N).", "N" },
        { "seed", "Seed of the betweenness sample (default 1).", "S" },
        { "months", "Timeline: number of calendar months up to the end of the data (default 12).", "N" },
        { "limit", "Print at most N rows.", "N" } });
    return cli.runWithDatabase(arguments, printGraph);
}

} // namespace

KINSIGHT_COMMAND("graph", "Print the interaction network's member metrics and opinion leaders", Needs::Core, runGraph,
    "The member-to-member interaction network and its opinion leaders. Default view: one row per member in the network "
    "(members with at least one interaction with another member), by leader score descending then member id: "
    "member_id, degree, degree_centrality, clustering, pagerank, betweenness, leader_score, is_leader (1 or 0). See "
    "docs/network.md.");

} // namespace kinsight::app
