// kinsight demo --db DB [--members N] [--seed S] [--timezone Z]

#include "core/demo/demo.h"

#include <iostream>

#include <QCoreApplication>
#include <QLocale>

#include "app/cli.h"
#include "app/command.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"
#include "core/util/timezone.h"

namespace kinsight::app {
namespace {

int writeDemo(const CommandLine& cli, const QString& db)
{
    int status = exitSuccess;
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

    auto opened = core::Database::open(db.toStdString(), core::OpenMode::Create);
    if (!opened)
        return fail(opened.failure());
    core::DemoOptions options;
    options.members = *members;
    options.seed = seed;
    if (core::Status s = core::writeDemoDatabase(**opened, options, *zone); !s)
        return fail(s.failure());

    // Closed first, then read back through the persisted snapshot, which this writes.
    opened.value().reset();
    auto loaded = core::loadCommunity(db.toStdString(), {}, cliLoadOptions());
    if (!loaded)
        return fail(loaded.failure());
    const core::Community& c = **loaded;
    // In the operator's language; the figures as they are (the dot and the thousands comma).
    const QLocale figures(QLocale::English, QLocale::UnitedStates);
    const auto n = [&figures](std::size_t v) { return figures.toString(static_cast<qulonglong>(v)); };
    std::cerr << "kinsight: "
              << QCoreApplication::translate("Cli",
                     "demo community written to %1: %2 members, %3 products, %4 orders, %5 events, %6 ratings, %7 "
                     "interactions, from %8 to %9 (%10)")
                     .arg(db, n(static_cast<std::size_t>(c.memberCount())),
                         n(static_cast<std::size_t>(c.productCount())), n(c.orders.size()), n(c.events.size()),
                         n(c.ratings.size()), n(c.interactions.size()),
                         QString::fromStdString(c.timeZone.formatLocalDay(c.dataBegin)),
                         QString::fromStdString(c.timeZone.formatLocalDay(c.dataEnd)))
                     .arg(QString::fromStdString(c.timeZone.id()))
                     .toStdString()
              << std::endl;
    return exitSuccess;
}

int runDemo(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseOption();
    cli.addOptions({ { "members", "Number of members (default 5000).", "N", "5000" },
        { "seed", "Random seed (default 42).", "S", "42" },
        { "timezone",
            "Community time zone, an IANA name such as Asia/Shanghai (default: the machine's zone). The demo's clock "
            "times are wall-clock times there.",
            "Z" } });
    return cli.runWithDatabase(arguments, writeDemo);
}

} // namespace

KINSIGHT_COMMAND("demo", "Create a demo community database", Needs::Core, runDemo,
    "Creates a realistic demo community (about 18 months of members, orders, activity, ratings and interactions) in a "
    "new database. The same seed always gives the same community.");

} // namespace kinsight::app
