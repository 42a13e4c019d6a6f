// kinsight demo --db DB [--members N] [--seed S] [--timezone Z]

#include "core/demo/demo.h"

#include <iostream>

#include <QCoreApplication>

#include "app/cli.h"
#include "app/command.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"
#include "core/util/timezone.h"

namespace kinsight::app {
namespace {

int runDemo(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("demo"),
        QStringLiteral("Creates a realistic demo community (about 18 months of members, orders, activity, ratings and "
                       "interactions) in a new database. The same seed always gives the same community."));
    cli.addDatabaseOption();
    cli.parser().addOption({ QStringLiteral("members"), QStringLiteral("Number of members (default 5000)."),
        QStringLiteral("N"), QStringLiteral("5000") });
    cli.parser().addOption({ QStringLiteral("seed"), QStringLiteral("Random seed (default 42)."), QStringLiteral("S"),
        QStringLiteral("42") });
    cli.parser().addOption({ QStringLiteral("timezone"),
        QStringLiteral(
            "Community time zone, an IANA name such as Asia/Shanghai (default: the machine's zone). The demo's "
            "clock times are wall-clock times there."),
        QStringLiteral("Z") });
    int status = exitSuccess;
    const auto db = cli.parseWithDatabase(arguments, status);
    if (!db)
        return status;
    const auto members = cli.intOption(QStringLiteral("members"), 5000, 1, 20'000'000, status);
    if (!members)
        return status;
    bool seedOk = false;
    const qulonglong seed = cli.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk)
        return usageError(
            cli.command(), QCoreApplication::translate("Cli", "--seed must be a non-negative whole number"));
    const auto zone = core::TimeZone::fromId(cli.isSet(QStringLiteral("timezone"))
            ? cli.value(QStringLiteral("timezone")).trimmed().toStdString()
            : core::TimeZone::systemId());
    if (!zone)
        return fail(zone.failure());

    auto opened = core::Database::open(db->toStdString(), core::OpenMode::Create);
    if (!opened)
        return fail(opened.failure());
    core::DemoOptions options;
    options.members = *members;
    options.seed = seed;
    if (core::Status s = core::writeDemoDatabase(**opened, options, *zone); !s)
        return fail(s.failure());

    // Closed first, then read back through the persisted snapshot, which this writes.
    opened.value().reset();
    auto loaded = core::loadCommunity(db->toStdString(), {}, cliLoadOptions());
    if (!loaded)
        return fail(loaded.failure());
    const core::Community& c = **loaded;
    std::cerr << "kinsight: demo community written to " << db->toStdString() << ": " << c.memberCount() << " members, "
              << c.productCount() << " products, " << c.orders.size() << " orders, " << c.events.size() << " events, "
              << c.ratings.size() << " ratings, " << c.interactions.size() << " interactions, from "
              << c.timeZone.formatLocalDay(c.dataBegin) << " to " << c.timeZone.formatLocalDay(c.dataEnd) << " ("
              << c.timeZone.id() << ")" << std::endl;
    return exitSuccess;
}

} // namespace

KINSIGHT_COMMAND("demo", "Create a demo community database", Needs::Core, runDemo);

} // namespace kinsight::app
