// kinsight audience --db DB --product ID [--k K] [--method M] [--format csv|json]
// Prints rank, member_id, name, score, reason (contract §3): the members most likely to buy the
// product next, never one who has it.

#include "core/actions/audience.h"

#include <QCoreApplication>

#include "app/cli.h"
#include "app/command.h"
#include "app/commands/recommendoptions.h"
#include "core/recommend/ranking.h"
#include "core/recommend/recommender.h"
#include "core/text/reasontext.h"

namespace kinsight::app {

namespace {

int printAudience(const CommandLine& cli, const QString& db)
{
    int status = exitSuccess;
    const auto given
        = cli.required(QStringLiteral("product"), QT_TRANSLATE_NOOP("Cli", "--product ID is required"), status);
    if (!given)
        return status;
    const QString& productId = *given;
    const auto k = cli.intOption(QStringLiteral("k"), core::defaultAudienceSize, 1, 100000000, status);
    if (!k)
        return status;
    const auto chosen = methodOption(
        cli, core::defaultAudienceMethod(), nullptr, QT_TRANSLATE_NOOP("Cli", "unknown method '%1'"), status);
    if (!chosen)
        return status;
    const core::Method method = *chosen;

    const core::CommunityPtr community = loadCommunityOrFail(db);
    if (!community)
        return exitFailure;
    const QByteArray id = productId.toUtf8();
    const core::Index product
        = community->findProduct(std::string_view(id.constData(), static_cast<size_t>(id.size())));
    if (product == core::noIndex)
        return fail(QCoreApplication::translate("Cli", "unknown product '%1'").arg(productId));

    auto recommender = core::Recommender::forCommunity(community);
    if (const core::Status s = recommender->prepare(method); !s.ok())
        return fail(s.failure());
    core::AudienceOptions options;
    options.k = *k;
    const auto audience = core::computeAudience(*recommender, method, product, options);
    if (!audience)
        return fail(audience.failure());

    core::Table table;
    table.columns = { "rank", "member_id", "name", "score", "reason" };
    std::int64_t rank = 0;
    for (const core::AudienceMember& a : *audience) {
        table.rows.push_back({ ++rank, std::string(community->members.ids.view(a.member)),
            std::string(community->members.names.view(a.member)), core::roundedScore(a.score),
            core::reasonText(a.reason).toStdString() });
    }
    return cli.print(table);
}

int runAudience(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseAndFormatOptions();
    cli.addOptions({ { "product", "The product's id.", "ID" }, { "k", "List length (default 50).", "K" },
        { "method", "The recommendation method that scores the members (default: the recommendations' default).",
            "M" } });
    return cli.runWithDatabase(arguments, printAudience);
}

} // namespace

KINSIGHT_COMMAND("audience", "Who to offer a product to: the likeliest buyers, with reasons", Needs::Core, runAudience,
    "Who to offer a product to: the members most likely to buy it next, never one who has it (docs/actions.md).");

} // namespace kinsight::app
