#pragma once

#include <cstdint>

#include "core/data/community.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

class Database;

/// What the demo community looks like. Same options and zone, same community, byte for byte.
///
/// The demo's clock times (the history ending at 23:59:59 on 31 October 2026, when members join,
/// read and buy) are wall-clock times of the community time zone, so that the same seed gives the
/// same local days in every zone.
struct DemoOptions {
    int members = 5000;
    std::uint64_t seed = 42;
};

/// Builds the demo community in memory (no database), in a community time zone: for benchmarks
/// and tests.
[[nodiscard]] CommunityPtr makeDemoCommunity(const DemoOptions& options, const TimeZone& zone = TimeZone());

/// Writes the demo community into an empty database, in one transaction, in the database's
/// community time zone (Database::timeZoneId()), with its rows as a
/// platform export has them: members by join time, orders, events, ratings and interactions each
/// in time order across all members (not member by member). The content is that of
/// makeDemoCommunity() for the same options.
[[nodiscard]] Status writeDemoDatabase(Database& db, const DemoOptions& options, const TaskControl& control = {});
/// The same in the given zone, which becomes the database's community time zone (in the same
/// transaction: a database that already holds data is left as it was).
[[nodiscard]] Status writeDemoDatabase(
    Database& db, const DemoOptions& options, const TimeZone& zone, const TaskControl& control = {});

} // namespace kinsight::core
