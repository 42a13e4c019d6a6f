#pragma once

#include <cstdint>

#include "core/data/community.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

class Database;

/// What the demo community looks like. Same options, same community, byte for byte.
struct DemoOptions {
    int members = 5000;
    std::uint64_t seed = 42;
};

/// Builds the demo community in memory (no database): for benchmarks and tests.
[[nodiscard]] CommunityPtr makeDemoCommunity(const DemoOptions& options);

/// Writes the demo community into an empty database, in one transaction, with its rows as a
/// platform export has them: members by join time, orders, events, ratings and interactions each
/// in time order across all members (not member by member). The content is that of
/// makeDemoCommunity() for the same options.
[[nodiscard]] Status writeDemoDatabase(Database& db, const DemoOptions& options, const TaskControl& control = {});

} // namespace kinsight::core
