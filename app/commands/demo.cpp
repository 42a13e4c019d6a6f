// kinsight demo --db DB [--members N] [--seed S]

#include "core/demo/demo.h"

#include <iostream>

#include "app/cli.h"
#include "app/command.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"

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
        return usageError(cli.command(), QStringLiteral("--seed must be a non-negative whole number"));

    auto opened = core::Database::open(db->toStdString(), core::OpenMode::Create);
    if (!opened)
        return fail(QString::fromStdString(opened.error()));
    core::DemoOptions options;
    options.members = *members;
    options.seed = seed;
    if (core::Status s = core::writeDemoDatabase(**opened, options); !s)
        return fail(QString::fromStdString(s.error()));

    auto loaded = core::loadCommunity(**opened);
    if (!loaded)
        return fail(QString::fromStdString(loaded.error()));
    const core::Community& c = **loaded;
    std::cerr << "kinsight: demo community written to " << db->toStdString() << ": " << c.memberCount() << " members, "
              << c.productCount() << " products, " << c.orders.size() << " orders, " << c.events.size() << " events, "
              << c.ratings.size() << " ratings, " << c.interactions.size() << " interactions, from "
              << core::formatDay(core::dayOf(c.dataBegin)) << " to " << core::formatDay(core::dayOf(c.dataEnd))
              << std::endl;
    return exitSuccess;
}

} // namespace

KINSIGHT_COMMAND("demo", "Create a demo community database", Needs::Core, runDemo);

} // namespace kinsight::app
