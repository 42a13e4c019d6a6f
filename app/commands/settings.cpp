// kinsight settings --db DB [--timezone Z]

#include "app/cli.h"
#include "app/command.h"
#include "core/store/database.h"
#include "core/util/timezone.h"

namespace kinsight::app {
namespace {

/// The settings as key, value rows: time_zone, currency.
core::Table settingsTable(core::Database& db)
{
    core::Table t;
    t.columns = { "key", "value" };
    const std::string currency = db.meta("currency");
    t.rows.push_back({ std::string("time_zone"), db.timeZoneId() });
    t.rows.push_back({ std::string("currency"), currency.empty() ? std::string("CNY") : currency });
    return t;
}

int changeSettings(const CommandLine& cli, const QString& path)
{
    const bool change = cli.isSet(QStringLiteral("timezone"));
    const std::string zone = cli.value(QStringLiteral("timezone")).trimmed().toStdString();
    if (change && !core::TimeZone::isKnown(zone))
        return fail(core::TimeZone::fromId(zone).failure());

    auto db = core::Database::open(path.toStdString(), change ? core::OpenMode::ReadWrite : core::OpenMode::ReadOnly);
    if (!db)
        return fail(db.failure());
    if (change) {
        if (core::Status s = (*db)->setTimeZoneId(zone); !s)
            return fail(s.failure());
    }
    return cli.print(settingsTable(**db));
}

int runSettings(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseAndFormatOptions();
    cli.addOptions({ { "timezone", "New community time zone (IANA name).", "Z" } });
    return cli.runWithDatabase(arguments, changeSettings);
}

} // namespace

KINSIGHT_COMMAND("settings", "Show or change the community's settings (time zone, currency)", Needs::Core, runSettings,
    "Shows the community's settings as key, value rows (time_zone, currency), or changes them. --timezone sets the "
    "community time zone (an IANA name such as Asia/Shanghai, Europe/Berlin or UTC): where every day, ISO week and "
    "month of every metric begins and ends. Stored instants never move; every number is computed again in the new "
    "zone.");

} // namespace kinsight::app
