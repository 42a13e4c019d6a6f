// kinsight info --db DB: what a database holds, as key,value rows (keys in docs/data-format.md).

#include "app/cli.h"
#include "app/command.h"
#include "core/store/database.h"
#include "core/util/table.h"
#include "core/util/timezone.h"

namespace kinsight::app {
namespace {

std::optional<std::int64_t> scalar(core::Database& db, const char* sql)
{
    auto s = db.prepare(sql);
    if (!s || !(*s)->step() || (*s)->isNull(0))
        return std::nullopt;
    return (*s)->int64(0);
}

int runInfo(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseAndFormatOptions();
    int status = exitSuccess;
    const auto opened = cli.parseAndOpen(arguments, core::OpenMode::ReadOnly, status);
    if (!opened)
        return status;
    core::Database& db = *opened;
    auto zone = core::TimeZone::fromId(db.timeZoneId());
    if (!zone)
        return fail(zone.failure());

    core::Table table { { "key", "value" }, {} };
    const auto add = [&](const char* key, core::Cell value) {
        table.rows.push_back({ std::string(key), std::move(value) });
    };
    const auto count = [&](const char* key, const char* sql) { add(key, scalar(db, sql).value_or(0)); };
    count("members", "SELECT count(*) FROM members");
    count("products", "SELECT count(*) FROM products");
    count("orders", "SELECT count(*) FROM orders");
    count("order_lines", "SELECT count(*) FROM order_lines");
    count("events", "SELECT coalesce(sum(copies), 0) FROM events");
    count("ratings", "SELECT coalesce(sum(copies), 0) FROM ratings");
    count("interactions", "SELECT coalesce(sum(copies), 0) FROM interactions");
    // The span of the data as the metrics see it: joined_at, events and orders (contract §2).
    const auto first = scalar(db,
        "SELECT min(t) FROM (SELECT min(joined_at) AS t FROM members UNION ALL SELECT min(occurred_at) FROM events "
        "UNION ALL SELECT min(paid_at) FROM orders)");
    const auto last = scalar(db,
        "SELECT max(t) FROM (SELECT max(joined_at) AS t FROM members UNION ALL SELECT max(occurred_at) FROM events "
        "UNION ALL SELECT max(paid_at) FROM orders)");
    add("first_time", first ? core::Cell(zone->formatLocal(*first)) : core::Cell());
    add("last_time", last ? core::Cell(zone->formatLocal(*last)) : core::Cell());
    add("time_zone", zone->id());
    const std::string currency = db.meta("currency");
    add("currency", currency.empty() ? core::Cell() : core::Cell(currency));
    add("schema_version", static_cast<std::int64_t>(db.schemaVersion()));
    count("imports", "SELECT count(*) FROM imports");
    return cli.print(table);
}

} // namespace

KINSIGHT_COMMAND("info", "Show what a database holds (counts, time span, time zone, currency)", Needs::Core, runInfo,
    "What a database holds: counts of members, products, orders, events, ratings and interactions (identical rows "
    "counted with their copies), the first and last time, the time zone, the currency, the schema version and the "
    "number of files imported.");

} // namespace kinsight::app
