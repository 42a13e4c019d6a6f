#pragma once

#include <string>

#include "core/data/community.h"
#include "core/store/database.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// Reads a whole database into a Community snapshot, table by table in the snapshot's order (so
/// the builder never has to sort), reporting progress and honouring cancellation.
/// Errors (damaged file, cancelled) come back as text; the database is never written.
[[nodiscard]] Result<CommunityPtr> loadCommunity(Database& db, const TaskControl& control = {});

/// Opens `path` read-only and loads it.
[[nodiscard]] Result<CommunityPtr> loadCommunity(const std::string& path, const TaskControl& control = {});

} // namespace kinsight::core
