#pragma once

// Options shared by `kinsight recommend` and `kinsight evaluate`: method, k and the knobs of the
// models. Header-only so that app/CMakeLists.txt's glob of commands/*.cpp needs no change.

#include <algorithm>
#include <cstdio>
#include <optional>

#include <QCoreApplication>

#include "app/cli.h"
#include "core/recommend/evaluation.h"
#include "core/recommend/recommender.h"

namespace kinsight::app {

struct RecommendSettings {
    core::Method method = core::Method::Hybrid;
    bool methodGiven = false;
    /// `auto` (the default): the method with the best validation NDCG@k (core::chooseMethod()).
    bool automatic = true;
    core::RankOptions rank;
    core::ModelOptions models;
};

/// The --method option: the method it names, `fallback` when it is not given. Where `automatic` is
/// given, `auto` is a choice too: it returns `fallback` and sets *automatic, which naming a method
/// clears. Any other text is the usage error `unknownRule` (a QT_TRANSLATE_NOOP("Cli", …), %1 the
/// text), and nullopt with `status` set.
inline std::optional<core::Method> methodOption(
    const CommandLine& cli, core::Method fallback, bool* automatic, const char* unknownRule, int& status)
{
    if (!cli.isSet(QStringLiteral("method")))
        return fallback;
    const QString given = cli.value(QStringLiteral("method"));
    const QByteArray name = given.toUtf8();
    const auto m = core::parseMethod(std::string_view(name.constData(), static_cast<size_t>(name.size())));
    if (!m && !(automatic && name == "auto")) {
        status = usageError(cli.command(), QCoreApplication::translate("Cli", unknownRule).arg(given));
        return std::nullopt;
    }
    if (automatic)
        *automatic = !m;
    return m ? *m : fallback;
}

inline void addRecommendOptions(CommandLine& cli)
{
    cli.addOptions({ { "k", "List length (default 10).", "K" },
        { "method",
            "popular, item-knn, user-knn, hybrid, content, als, ease, sequential, social or auto (default: the best on "
            "a validation split of this community).",
            "M" },
        { "neighbours", "kNN neighbourhood size (default 0 = all).", "N" },
        { "floor", "kNN similarity floor, 0..1 (default 0 = none).", "F" },
        { "alpha", "Hybrid weight of item-kNN, 0..1 (default 0.5).", "A" },
        { "als-factors", "ALS factors (default 64).", "F" }, { "als-iterations", "ALS iterations (default 15).", "N" },
        { "als-regularization", "ALS regularisation λ (default 10).", "L" },
        { "als-alpha", "ALS confidence weight α (default 40).", "A" },
        { "als-solver", "ALS solver: cholesky (default, exact) or cg.", "S" },
        { "seed", "ALS random seed (default 42).", "S" },
        { "item-weighting", "Item-kNN cell weighting: none (default, the contract's cosine), tfidf or bm25.", "W" },
        { "shrinkage", "Item-kNN shrinkage for rare pairs: similarity × n / (n + H) (default 0 = none).", "H" },
        { "ease-lambda", "EASE L2 regularisation (default 0 = chosen on a validation split).", "L" } });
}

inline std::optional<RecommendSettings> readRecommendOptions(const CommandLine& cli, int& status)
{
    RecommendSettings s;
    const auto method = methodOption(cli, s.method, &s.automatic,
        QT_TRANSLATE_NOOP("Cli",
            "unknown method '%1' (popular, item-knn, user-knn, hybrid, content, als, ease, sequential, social, auto)"),
        status);
    if (!method)
        return std::nullopt;
    s.method = *method;
    s.methodGiven = cli.isSet(QStringLiteral("method"));
    const auto k = cli.intOption(QStringLiteral("k"), 10, 1, 100000, status);
    const auto n = k ? cli.intOption(QStringLiteral("neighbours"), 0, 0, 100000000, status) : std::nullopt;
    const auto floor = n ? cli.realOption(QStringLiteral("floor"), 0.0, 0.0, 1.0, status) : std::nullopt;
    const auto alpha = floor ? cli.realOption(QStringLiteral("alpha"), 0.5, 0.0, 1.0, status) : std::nullopt;
    const auto factors = alpha ? cli.intOption(QStringLiteral("als-factors"), 64, 1, 1024, status) : std::nullopt;
    const auto iterations
        = factors ? cli.intOption(QStringLiteral("als-iterations"), 15, 0, 1000, status) : std::nullopt;
    const auto lambda
        = iterations ? cli.realOption(QStringLiteral("als-regularization"), 10.0, 0.0, 1e6, status) : std::nullopt;
    const auto confidence = lambda ? cli.realOption(QStringLiteral("als-alpha"), 40.0, 0.0, 1e6, status) : std::nullopt;
    const auto seed = confidence ? cli.intOption(QStringLiteral("seed"), 42, 0, 2147483647, status) : std::nullopt;
    const auto shrinkage = seed ? cli.realOption(QStringLiteral("shrinkage"), 0.0, 0.0, 1e9, status) : std::nullopt;
    const auto easeLambda
        = shrinkage ? cli.realOption(QStringLiteral("ease-lambda"), 0.0, 0.0, 1e12, status) : std::nullopt;
    if (!easeLambda)
        return std::nullopt;
    s.models.itemKnn.shrinkage = *shrinkage;
    s.models.ease.lambda = *easeLambda;
    const auto weighting = cli.choice<core::ItemWeighting>(QStringLiteral("item-weighting"), s.models.itemKnn.weighting,
        { { QStringLiteral("none"), core::ItemWeighting::None },
            { QStringLiteral("tfidf"), core::ItemWeighting::TfIdf },
            { QStringLiteral("bm25"), core::ItemWeighting::Bm25 } },
        status, QT_TRANSLATE_NOOP("Cli", "unknown item weighting '%1' (none, tfidf or bm25)"));
    if (!weighting)
        return std::nullopt;
    s.models.itemKnn.weighting = *weighting;
    s.rank = { *k, *n, *floor, *alpha };
    s.models.als.factors = *factors;
    s.models.als.iterations = *iterations;
    s.models.als.regularization = *lambda;
    s.models.als.alpha = *confidence;
    s.models.als.seed = static_cast<std::uint64_t>(*seed);
    const auto solver = cli.choice<core::AlsSolver>(QStringLiteral("als-solver"), s.models.als.solver,
        { { QStringLiteral("cg"), core::AlsSolver::ConjugateGradient },
            { QStringLiteral("cholesky"), core::AlsSolver::Cholesky } },
        status, QT_TRANSLATE_NOOP("Cli", "unknown ALS solver '%1' (cg or cholesky)"));
    if (!solver)
        return std::nullopt;
    s.models.als.solver = *solver;
    return s;
}

/// "auto: item-knn (validation NDCG@10 on 1234 members: item-knn 0.412, ease 0.405, …, popular 0.200)".
inline std::string autoChoiceText(const core::AutoChoice& choice)
{
    std::string text = "auto: " + std::string(core::methodName(choice.method));
    if (choice.validationMembers == 0)
        return text + " (nobody to validate on: no member has three pairs)";
    std::vector<size_t> order(choice.validation.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
        [&](size_t a, size_t b) { return choice.weightedNdcg[a] > choice.weightedNdcg[b]; });
    text += " (validation NDCG@" + std::to_string(choice.k) + " on " + std::to_string(choice.validationMembers)
        + " members in " + std::to_string(choice.folds) + (choice.folds == 1 ? " fold" : " folds")
        + ", weighted by history length:";
    for (size_t i = 0; i < order.size(); ++i) {
        char value[32];
        std::snprintf(value, sizeof value, "%.4f", choice.weightedNdcg[order[i]]);
        text += (i ? ", " : " ") + std::string(core::methodName(choice.validation[order[i]].method)) + " " + value;
    }
    return text + ")";
}

} // namespace kinsight::app
