#pragma once

#include <functional>
#include <string>

#include "core/data/community.h"
#include "core/store/database.h"
#include "core/store/snapshotfile.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// Reads a whole database into a Community snapshot: every table in storage order (no ORDER BY:
/// platform exports arrive in time order across members, or in any order), cut into rowid
/// ranges read at once over two connections that share one snapshot of the database, then
/// grouped by member in memory (CommunityBuilder::build). The result depends on the rows'
/// content only, never on the order they were imported in. Reports progress and honours
/// cancellation. Errors (damaged file, cancelled) come back as text; the database is never
/// written. `key`, when given, receives the key of the content that was read (for the snapshot
/// file).
[[nodiscard]] Result<CommunityPtr> loadCommunity(
    Database& db, const TaskControl& control = {}, SnapshotKey* key = nullptr);

struct LoadOptions {
    /// Read the persisted snapshot file beside the database when it is current, and write it
    /// when it is missing or not current.
    bool useSnapshotFile = true;
    /// Where a warning goes (a damaged or foreign snapshot file, one that cannot be written).
    /// The warning's `reason` is for the operator (errorText()), its `message` for logs. Empty:
    /// qWarning() with the message.
    std::function<void(const Error&)> warning;
};

/// The one entry for every command and the window: opens `path` read-only and returns its
/// snapshot, from the persisted snapshot file (snapshotPathFor(path)) when that file is current
/// for the database's content, else from the database, writing the file for next time. A
/// stale file is replaced silently; a damaged, truncated or foreign one is replaced with a
/// warning and never trusted. A database changed behind Kinsight's back (Database::
/// integrityChecked()) never uses the file.
[[nodiscard]] Result<CommunityPtr> loadCommunity(
    const std::string& path, const TaskControl& control = {}, const LoadOptions& options = {});

/// Brings the snapshot file of the database at `path` up to date (after an import): loads from
/// the database unless the file is current, and writes it. Warnings as for loadCommunity().
Status refreshSnapshotFile(const std::string& path, const LoadOptions& options = {});

} // namespace kinsight::core
