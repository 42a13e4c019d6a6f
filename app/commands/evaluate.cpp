// kinsight evaluate --db DB [--k K] [--method M] [--neighbours N] [--floor F] [--alpha A] [--novelty]
//                   [--compare SPEC [--metric hit_rate|ndcg] [--confidence C]]
// Prints method, k, members, hit_rate, precision, recall, ndcg, coverage (contract §3): one row per
// method without --method, one row for the chosen method with --method auto; with --compare, the
// offline comparison of two settings (--method, default auto, against SPEC) instead.

#include <iostream>

#include <QCoreApplication>

#include "app/cli.h"
#include "app/command.h"
#include "app/commands/recommendoptions.h"
#include "core/recommend/evaluation.h"
#include "core/recommend/recommendcache.h"
#include "core/text/messagetext.h"

namespace kinsight::app {

namespace {

/// Parses `method[:key=value,...]` with keys neighbours, floor, alpha; the rest comes from `base`.
std::optional<core::Configuration> parseConfiguration(
    const QString& spec, const core::RankOptions& base, QString& error)
{
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QByteArray name = (colon < 0 ? spec : spec.left(colon)).toUtf8();
    const auto method = core::parseMethod(std::string_view(name.constData(), static_cast<size_t>(name.size())));
    if (!method) {
        error = QStringLiteral("unknown method in --compare '%1'").arg(spec);
        return std::nullopt;
    }
    core::Configuration c { *method, base, std::nullopt };
    if (colon < 0)
        return c;
    for (const QString& part : spec.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        bool ok = kv.size() == 2;
        const QString key = ok ? kv[0].trimmed() : QString();
        if (ok && key == QLatin1String("neighbours")) {
            c.rank.neighbours = kv[1].toInt(&ok);
            ok = ok && c.rank.neighbours >= 0;
        } else if (ok && key == QLatin1String("floor")) {
            c.rank.floor = kv[1].toDouble(&ok);
            ok = ok && c.rank.floor >= 0.0 && c.rank.floor <= 1.0;
        } else if (ok && key == QLatin1String("alpha")) {
            c.rank.alpha = kv[1].toDouble(&ok);
            ok = ok && c.rank.alpha >= 0.0 && c.rank.alpha <= 1.0;
        } else {
            ok = false;
        }
        if (!ok) {
            error = QStringLiteral("bad setting '%1' in --compare (neighbours=N, floor=F, alpha=A)").arg(part);
            return std::nullopt;
        }
    }
    return c;
}

std::string configurationName(const core::Configuration& c)
{
    std::string s(core::methodName(c.method));
    if (c.method != core::Method::ItemKnn && c.method != core::Method::UserKnn && c.method != core::Method::Hybrid)
        return s;
    // Spaces, not commas, so the name needs no CSV quoting.
    s += " neighbours=" + std::to_string(c.rank.neighbours) + " floor=" + core::cellText(c.rank.floor);
    if (c.method == core::Method::Hybrid)
        s += " alpha=" + core::cellText(c.rank.alpha);
    return s;
}

int printEvaluation(const CommandLine& cli, const QString& db)
{
    int status = exitSuccess;
    auto settings = readRecommendOptions(cli, status);
    if (!settings)
        return status;
    const auto confidence = cli.realOption(QStringLiteral("confidence"), 0.95, 0.5, 0.999, status);
    if (!confidence)
        return status;
    const auto chosenMetric = cli.choice<core::AbMetric>(QStringLiteral("metric"), core::AbMetric::HitRate,
        { { QStringLiteral("hit_rate"), core::AbMetric::HitRate }, { QStringLiteral("ndcg"), core::AbMetric::Ndcg } },
        status, QT_TRANSLATE_NOOP("Cli", "unknown metric '%1' (hit_rate or ndcg)"));
    if (!chosenMetric)
        return status;
    const core::AbMetric metric = *chosenMetric;
    std::optional<core::Configuration> versus;
    if (cli.isSet(QStringLiteral("compare"))) {
        QString error;
        versus = parseConfiguration(cli.value(QStringLiteral("compare")), settings->rank, error);
        if (!versus)
            return usageError(cli.command(), error);
    }

    const core::CommunityPtr community = loadCommunityOrFail(db);
    if (!community)
        return exitFailure;
    const bool intervals = cli.isSet(QStringLiteral("intervals"));
    const bool diversity = cli.isSet(QStringLiteral("diversity"));
    core::EvaluationOptions options;
    options.bootstrapSamples = intervals ? 1000 : 0;
    options.diversity = diversity;
    auto evaluation = core::OfflineEvaluation::create(community, {}, settings->models, options);
    if (!evaluation.ok())
        return fail(evaluation.failure());
    // auto: asked for by name, or the default arm of a comparison.
    // The same choice as `kinsight recommend`, through the same cache beside a database file.
    if (settings->automatic && (settings->methodGiven || versus)) {
        std::optional<core::RecommendCache> cache;
        if (!db.startsWith(QLatin1String("postgres"))) {
            cache = core::RecommendCache::open(core::RecommendCache::pathFor(db.toStdString()),
                core::RecommendCache::keyFor(*community, settings->rank, settings->models));
        }
        if (!cache || !cache->autoChoice()) {
            const auto choice = (*evaluation)->chooseAuto(settings->rank);
            if (!choice.ok())
                return fail(choice.failure());
            if (cache) {
                cache->setAutoChoice(*choice);
                if (const core::Status s = cache->save(); !s.ok())
                    std::cerr << "kinsight evaluate: " << core::errorText(s.failure()).toStdString() << std::endl;
            }
            settings->method = choice->method;
            std::cerr << autoChoiceText(*choice) << std::endl;
        } else {
            settings->method = cache->autoChoice()->method;
            std::cerr << autoChoiceText(*cache->autoChoice()) << std::endl;
        }
    }

    core::Table table;
    if (versus) {
        const core::Configuration a { settings->method, settings->rank, std::nullopt };
        const auto r = (*evaluation)->compare(a, *versus, metric, *confidence);
        if (!r.ok())
            return fail(r.failure());
        table.columns = { "metric", "k", "members", "a", "b", "a_value", "b_value", "difference", "ci_low", "ci_high",
            "p_value" };
        table.rows.push_back({ std::string(metric == core::AbMetric::HitRate ? "hit_rate" : "ndcg"),
            std::int64_t(settings->rank.k), std::int64_t(r->test.n), configurationName(a), configurationName(*versus),
            r->test.meanA, r->test.meanB, r->test.meanDifference, r->test.ciLow, r->test.ciHigh, r->test.pValue });
        return cli.print(table);
    }

    const bool novelty = cli.isSet(QStringLiteral("novelty"));
    table.columns = { "method", "k", "members", "hit_rate", "precision", "recall", "ndcg", "coverage" };
    if (novelty)
        table.columns.push_back("novelty");
    if (intervals) {
        for (const char* c : { "hit_rate_low", "hit_rate_high", "ndcg_low", "ndcg_high" })
            table.columns.push_back(c);
    }
    if (diversity) {
        table.columns.push_back("diversity");
        table.columns.push_back("popularity_bias");
    }
    std::vector<core::Method> methods(core::allMethods.begin(), core::allMethods.end());
    if (settings->methodGiven)
        methods = { settings->method };
    for (core::Method m : methods) {
        const auto r = (*evaluation)->run(m, settings->rank);
        if (!r.ok())
            return fail(r.failure());
        const core::MethodMetrics& mm = r->metrics;
        if (mm.sampled) {
            std::cerr << "kinsight evaluate: " << core::methodName(m)
                      << " with a tuned neighbourhood was evaluated on a "
                      << "seeded sample of " << mm.members << " members" << std::endl;
        }
        // With nobody to evaluate (no member has two pairs) the rates are undefined: empty cells,
        // not zeros; likewise coverage of an empty catalogue.
        const auto rate = [&](double v) { return mm.members > 0 ? core::Cell(v) : core::Cell(); };
        std::vector<core::Cell> row { std::string(core::methodName(m)), std::int64_t(mm.k), std::int64_t(mm.members),
            rate(mm.hitRate), rate(mm.precision), rate(mm.recall), rate(mm.ndcg),
            community->productCount() > 0 ? core::Cell(mm.coverage) : core::Cell() };
        if (novelty)
            row.push_back(rate(mm.novelty));
        if (intervals) {
            for (double v : { mm.hitRateLow, mm.hitRateHigh, mm.ndcgLow, mm.ndcgHigh })
                row.push_back(rate(v));
        }
        if (diversity) {
            row.push_back(rate(mm.diversity));
            row.push_back(rate(mm.popularityBias));
        }
        table.rows.push_back(std::move(row));
    }
    return cli.print(table);
}

int runEvaluate(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseAndFormatOptions();
    addRecommendOptions(cli);
    cli.addOptions(
        { { "novelty", "Add a novelty column: mean popularity rank of recommended products (1 = most popular)." },
            { "intervals", "Add seeded 95% bootstrap intervals: hit_rate_low, hit_rate_high, ndcg_low, ndcg_high." },
            { "diversity", "Add intra-list diversity and popularity bias columns." },
            { "compare",
                "Offline comparison of two settings on the same members: --method (A) against SPEC (B), e.g. "
                "'item-knn:neighbours=20,floor=0.1'.",
                "SPEC" },
            { "metric", "Per-member value the comparison pairs: hit_rate (default) or ndcg.", "METRIC" },
            { "confidence", "Confidence of the comparison's interval (default 0.95).", "C" } });
    return cli.runWithDatabase(arguments, printEvaluation);
}

} // namespace

KINSIGHT_COMMAND("evaluate", "Offline evaluation and comparison of recommendation methods", Needs::Core, runEvaluate,
    "Leave-latest-out offline evaluation of the recommendation methods.");

} // namespace kinsight::app
