// kinsight audience --db DB --product ID [--k K] [--method M] [--format csv|json]
// Prints rank, member_id, name, score, reason (contract §3): the members most likely to buy the
// product next, never one who has it.

#include "core/actions/audience.h"

#include <QCoreApplication>

#include "app/cli.h"
#include "app/command.h"
#include "core/recommend/ranking.h"
#include "core/recommend/recommender.h"
#include "core/text/reasontext.h"

namespace kinsight::app {

namespace {

int runAudience(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("audience"),
        QStringLiteral("Who to offer a product to: the members most likely to buy it next, never one who has it "
                       "(docs/actions.md)."));
    cli.addDatabaseOption();
    cli.addFormatOption();
    QCommandLineParser& p = cli.parser();
    p.addOption({ QStringLiteral("product"), QStringLiteral("The product's id."), QStringLiteral("ID") });
    p.addOption({ QStringLiteral("k"), QStringLiteral("List length (default 50)."), QStringLiteral("K") });
    p.addOption({ QStringLiteral("method"),
        QStringLiteral("The recommendation method that scores the members (default: the recommendations' default)."),
        QStringLiteral("M") });
    int status = exitSuccess;
    const auto db = cli.parseWithDatabase(arguments, status);
    if (!db)
        return status;
    const QString productId = cli.value(QStringLiteral("product"));
    if (productId.isEmpty())
        return usageError(cli.command(), QCoreApplication::translate("Cli", "--product ID is required"));
    const auto k = cli.intOption(QStringLiteral("k"), core::defaultAudienceSize, 1, 100000000, status);
    if (!k)
        return status;
    core::Method method = core::defaultAudienceMethod();
    if (cli.isSet(QStringLiteral("method"))) {
        const QByteArray name = cli.value(QStringLiteral("method")).toUtf8();
        const auto m = core::parseMethod(std::string_view(name.constData(), static_cast<size_t>(name.size())));
        if (!m)
            return usageError(cli.command(),
                QCoreApplication::translate("Cli", "unknown method '%1'").arg(cli.value(QStringLiteral("method"))));
        method = *m;
    }

    const core::CommunityPtr community = loadCommunityOrFail(*db);
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

} // namespace

KINSIGHT_COMMAND("audience", "Who to offer a product to: the likeliest buyers, with reasons", Needs::Core, runAudience);

} // namespace kinsight::app
