#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/store/database.h"
#include "core/util/result.h"

typedef struct pg_conn PGconn;

namespace kinsight::core {

/// The PostgreSQL engine of the store (docs/team-database.md).
///
/// A `postgresql://` database is worked on through a local SQLite copy of it, kept per server
/// database and content version in the user's cache folder, so that the importer, the snapshot
/// loader, segments and settings run the same code and give the same numbers on both engines:
/// - opening reads the server's schema version and content version; a copy at that version is
///   used as it is, any other is replaced by a fresh one read with `COPY … TO STDOUT` in one
///   repeatable-read transaction;
/// - a write transaction (Database::begin) takes `pg_advisory_xact_lock` on the server first
///   (two writers serialise; the second brings its copy up to date under the lock), runs on a
///   private working copy, and on commit sends the rows it added with `COPY … FROM STDIN`, the
///   rows it changed or removed through a staging table, and the metadata, then commits the
///   server and only then the copy. Any failure rolls both back; a killed process leaves the
///   server as it was (its transaction dies with the connection).
/// Money is integer cents (bigint), instants timestamptz, text UTF-8. Credentials come from
/// libpq alone (URI, ~/.pgpass, service files, PG* variables); Kinsight stores none.
class PgStore {
public:
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const std::string& uri, OpenMode mode);
    static Status begin(Database& db);
    static Status commit(Database& db);
    static void rollback(Database& db) noexcept;
    /// The server committed but the copy did not: the copy is thrown away on close.
    static void discardCopy(Database& db) noexcept;
    static void close(Database& db) noexcept;
    /// A temporary file written through Database leaves no fingerprint behind (databases.ini).
    static void forgetFingerprint(Database& db) noexcept { db.m_wrote = false; }
    /// After the copy committed what the server committed.
    static void inStep(Database& db) noexcept;
};

/// The state of a Database opened on PostgreSQL.
struct RemoteState {
    ~RemoteState();
    PGconn* conn = nullptr; ///< null when opened read-only (the copy is all that is read)
    std::string uri; ///< without its password
    std::string cacheDir;
    std::string key; ///< names the server database's copies (a hash of host, port and database)
    std::string workingFile; ///< the private copy a writer works on; empty for a reader
    std::int64_t version = 0; ///< content version of the copy when last in step with the server
    std::string token; ///< and its content token (meta `content_token`, new at every write)
    std::vector<std::int64_t> maxIds; ///< per table with ids (pgstore.cpp), at that version
    /// sqlite3_total_changes64 of the copy when it was last in step with the server: a write made
    /// outside a transaction never reached the server, and such a copy is not kept.
    std::int64_t changesInStep = 0;
    bool inTransaction = false;
    bool discard = false;
    /// The working copy was given the secondary indexes its pulled copy lacked (it replaces that
    /// copy on close).
    bool indexedCopy = false;
};

/// `postgresql://user:secret@host/db` → `postgresql://user@host/db` (and no `password=` option):
/// how a URI is shown in messages.
std::string redactedUri(const std::string& uri);

/// Hears when another member writes to a team database: a connection that LISTENs on the
/// channel every commit NOTIFYs (`kinsight`, with the new content version). The window watches
/// socket() and calls changed() when it can be read.
class ServerWatch {
public:
    ~ServerWatch();
    ServerWatch(const ServerWatch&) = delete;
    ServerWatch& operator=(const ServerWatch&) = delete;
    [[nodiscard]] static Result<std::unique_ptr<ServerWatch>> listen(const std::string& uri);
    /// The connection's socket, to watch for reading.
    int socket() const;
    /// Reads what arrived: the newest content version notified since the last call, or -1 for none.
    std::int64_t changed();

private:
    ServerWatch() = default;
    PGconn* m_conn = nullptr;
};

struct CopyCount {
    std::string table;
    std::int64_t from = 0;
    std::int64_t to = 0;
};

struct CopyReport {
    std::vector<CopyCount> counts;
    std::string fromDigest, toDigest;
};

/// `kinsight copy`: copies the community in `from` (a file or a URI) into `to` (a file or URI
/// that holds no community yet), in one transaction, then checks that every table holds as many
/// rows on both sides and that both load to the same content digest (communityDigest).
[[nodiscard]] Result<CopyReport> copyDatabase(const std::string& from, const std::string& to);

} // namespace kinsight::core
