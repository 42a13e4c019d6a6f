#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

#include "core/data/community.h"
#include "core/util/result.h"

namespace kinsight::core {

class Database;

/// What ties a snapshot file to one database at one moment: the database's identity (a digest of
/// its random pseudonym key and creation time, so a file made from another database is foreign),
/// its content version (meta `content_version`, raised by every write: a file made at another
/// version is stale), its schema version, and the metadata a Community carries.
struct SnapshotKey {
    std::string databaseId; ///< 32 hex digits
    std::int64_t contentVersion = 0;
    int schemaVersion = 0;
    std::string currency;
    std::string timeZone;

    bool operator==(const SnapshotKey&) const = default;
};

/// The key of the database as it is now; read it inside the read transaction that loads the rows.
[[nodiscard]] Result<SnapshotKey> snapshotKeyOf(Database& db);

/// Where the snapshot file of a database lives: beside it, `<database>.snapshot`.
std::string snapshotPathFor(const std::string& databasePath);

/// Why a snapshot file was not used.
enum class SnapshotProblem {
    None,
    Missing, ///< no file
    Stale, ///< made from this database at another content version (normal after a write)
    Foreign, ///< not a Kinsight snapshot, made from another database, another format version, or
             ///< not owner-only
    Damaged, ///< truncated, a checksum differs, or the columns do not make a valid snapshot
};

/// Writes `c` to `path` atomically (a temporary file beside it, owner-only 0600, then renamed):
/// a header (format version, byte order, key, sizes), a directory of named columns each with
/// its XXH3 checksum, and the columns themselves, 64-byte aligned. The columns are those of
/// forEachColumn (core/data/communitycolumns.h).
[[nodiscard]] Status writeSnapshotFile(const std::string& path, const Community& c, const SnapshotKey& key);

/// Memory-maps `path` and reads it back, checking everything before trusting anything: header,
/// key (against `expected`), owner and mode, directory, every checksum, every column's type and
/// size, then checkCommunity(). Never crashes on a bad file: the problem comes back with a message.
[[nodiscard]] Result<CommunityPtr> readSnapshotFile(
    const std::string& path, const SnapshotKey& expected, SnapshotProblem* problem = nullptr);

/// The same checks on bytes in memory (`expected` null: any key is accepted). For the fuzzer.
[[nodiscard]] Result<CommunityPtr> readSnapshotBytes(
    const unsigned char* data, size_t size, const SnapshotKey* expected, SnapshotProblem* problem = nullptr);

/// Recomputes every checksum of a snapshot image in place (where the header and directory are in
/// bounds), so that a fuzzer's changes reach the structural checks behind the checksums.
void resealSnapshotBytes(unsigned char* data, size_t size);

} // namespace kinsight::core
