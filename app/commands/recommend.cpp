// kinsight recommend --db DB --member ID [--k K] [--method M] [--neighbours N] [--floor F] [--alpha A]
// Prints rank, product_id, title, score, reason (contract §3). The default method, auto, is the
// one with the best validation NDCG@k on this community; which one it is goes to stderr.

#include <iostream>

#include <QCoreApplication>

#include "app/cli.h"
#include "app/command.h"
#include "app/commands/recommendoptions.h"
#include "core/recommend/evaluation.h"
#include "core/recommend/recommendcache.h"
#include "core/recommend/recommender.h"
#include "core/text/messagetext.h"
#include "core/text/reasontext.h"

namespace kinsight::app {

namespace {

int printRecommendations(const CommandLine& cli, const QString& db)
{
    int status = exitSuccess;
    const auto given
        = cli.required(QStringLiteral("member"), QT_TRANSLATE_NOOP("Cli", "--member ID is required"), status);
    if (!given)
        return status;
    const QString& memberId = *given;
    auto settings = readRecommendOptions(cli, status);
    if (!settings)
        return status;

    const core::CommunityPtr community = loadCommunityOrFail(db);
    if (!community)
        return exitFailure;
    const QByteArray id = memberId.toUtf8();
    const core::Index member = community->findMember(std::string_view(id.constData(), static_cast<size_t>(id.size())));
    if (member == core::noIndex)
        return fail(QCoreApplication::translate("Cli", "unknown member '%1'").arg(memberId));

    // The auto choice and EASE's λ are cached beside a database file, keyed by its content and
    // the options (core/recommend/recommendcache.h); a PostgreSQL database has no such place.
    const bool cacheable = !db.startsWith(QLatin1String("postgres"));
    std::optional<core::RecommendCache> cache;
    if (cacheable && (settings->automatic || settings->method == core::Method::Ease)) {
        cache = core::RecommendCache::open(core::RecommendCache::pathFor(db.toStdString()),
            core::RecommendCache::keyFor(*community, settings->rank, settings->models));
    }
    bool changed = false;
    if (settings->automatic) {
        bool computed = false;
        const auto choice = cache ? core::chooseMethod(community, settings->rank, settings->models, *cache, &computed)
                                  : core::chooseMethod(community, settings->rank, settings->models);
        if (!choice.ok())
            return fail(choice.failure());
        changed = computed;
        settings->method = choice->method;
        std::cerr << autoChoiceText(*choice) << std::endl;
    }

    core::ModelOptions live = settings->models;
    const bool searchLambda = settings->method == core::Method::Ease && live.ease.lambda <= 0.0;
    if (searchLambda && cache && cache->easeLambda())
        live.ease.lambda = *cache->easeLambda();
    auto recommender = core::Recommender::forCommunity(community, {}, live);
    if (const core::Status s = recommender->prepare(settings->method); !s.ok())
        return fail(s.failure());
    if (searchLambda && cache && !cache->easeLambda() && recommender->easeModel()) {
        cache->setEaseLambda(recommender->easeModel()->lambda());
        changed = true;
    }
    if (cache && changed) {
        if (const core::Status s = cache->save(); !s.ok())
            std::cerr << "kinsight recommend: " << core::errorText(s.failure()).toStdString() << std::endl;
    }
    const std::vector<core::Recommendation> list = recommender->recommend(member, settings->method, settings->rank);

    core::Table table;
    table.columns = { "rank", "product_id", "title", "score", "reason" };
    std::int64_t rank = 0;
    for (const core::Recommendation& r : list) {
        table.rows.push_back({ ++rank, std::string(community->products.ids.view(r.product)),
            std::string(community->products.titles.view(r.product)), core::roundedScore(r.score),
            core::reasonText(r.reason).toStdString() });
    }
    return cli.print(table);
}

int runRecommend(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseAndFormatOptions();
    cli.addOptions({ { "member", "The member's id.", "ID" } });
    addRecommendOptions(cli);
    return cli.runWithDatabase(arguments, printRecommendations);
}

} // namespace

KINSIGHT_COMMAND("recommend", "What to offer a member next, with reasons", Needs::Core, runRecommend,
    "What to offer one member next, with the reason for each product.");

} // namespace kinsight::app
