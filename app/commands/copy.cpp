// kinsight copy --from A --to B: moves a community between a file and a PostgreSQL database (either
// direction), then checks the copy (docs/team-database.md).

#include <iostream>

#include <QCoreApplication>

#include "app/cli.h"
#include "app/command.h"
#include "core/store/pgstore.h"
#include "core/util/table.h"

namespace kinsight::app {
namespace {

int runCopy(CommandLine& cli, const QStringList& arguments)
{
    cli.addOptions({ { "from", "The database to copy.", "DB" }, { "to", "Where to copy it.", "DB" } });
    cli.addFormatOption();
    int status = exitSuccess;
    if (!cli.parse(arguments, status))
        return status;
    const QString from = cli.value(QStringLiteral("from"));
    const QString to = cli.value(QStringLiteral("to"));
    if (from.isEmpty() || to.isEmpty())
        return usageError(cli.command(), QCoreApplication::translate("Cli", "--from DB and --to DB are required"));
    if (from == to)
        return usageError(cli.command(), QCoreApplication::translate("Cli", "--from and --to name the same database"));
    auto copied = core::copyDatabase(from.toStdString(), to.toStdString());
    if (!copied)
        return fail(copied.failure());
    core::Table table { { "table", "from", "to" }, {} };
    for (const core::CopyCount& c : copied->counts)
        table.rows.push_back({ c.table, c.from, c.to });
    table.rows.push_back({ std::string("digest"), copied->fromDigest, copied->toDigest });
    return cli.print(table);
}

} // namespace

KINSIGHT_COMMAND("copy", "Copy a community between a file and a PostgreSQL database", Needs::Core, runCopy,
    "Copies the community in --from (a file or a postgresql:// URI) into --to (a new file, or a PostgreSQL database "
    "that holds no community yet), in one transaction, then checks that every table holds as many rows on both sides "
    "and that both give the same content digest. Prints table, from, to.");

} // namespace kinsight::app
