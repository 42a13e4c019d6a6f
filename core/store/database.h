#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "core/util/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace kinsight::core {

/// The schema version this build writes. Older databases are migrated on open (read-write);
/// newer ones are refused.
constexpr int currentSchemaVersion = 2;

enum class OpenMode {
    ReadOnly, ///< the file must exist; nothing is written
    ReadWrite, ///< the file must exist; migrated to the current schema if older
    Create, ///< created (owner-only, 0600) when missing, then as ReadWrite
};

class Statement;
class PgStore;
struct RemoteState;

/// Process-wide SQLite settings, in force from the first connection on (every connection is
/// opened through here or calls it first): no memory statistics, which would take a global
/// mutex on every allocation of every connection.
void configureSqlite();

/// True when `location` names a PostgreSQL database (`postgresql://…` or `postgres://…`, libpq's
/// URI forms) rather than a file.
bool isPostgresLocation(std::string_view location);

/// One SQLite connection to a Kinsight database.
///
/// Opening checks that the file is a SQLite database with Kinsight's schema (or an empty file
/// when creating), refuses a newer schema version, turns on foreign keys and WAL, and sets a busy
/// timeout so that a concurrent writer is waited for rather than failed at once. A connection
/// belongs to the thread that uses it: open one per thread. Errors come back as readable text
/// naming the file.
class Database {
public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens a database file, or a team database on PostgreSQL when `path` is a `postgresql://`
    /// URI (core/store/pgstore.h: the same interface over a local working copy that every write
    /// transaction sends back to the server).
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const std::string& path, OpenMode mode);

    sqlite3* handle() const { return m_db; }
    /// What was opened, as the user named it (a file path, or a URI without its password).
    const std::string& path() const { return m_path; }
    /// The SQLite file below: the database itself, or the local copy of a PostgreSQL database.
    const std::string& filePath() const { return m_file; }
    /// "sqlite" or "postgresql".
    const char* engine() const { return m_remote ? "postgresql" : "sqlite"; }
    /// True when open() found no Kinsight schema and made one (OpenMode::Create).
    bool created() const { return m_created; }
    int schemaVersion() const;

    /// Runs one or more statements without results.
    Status exec(std::string_view sql);
    Result<std::unique_ptr<Statement>> prepare(std::string_view sql);

    std::int64_t lastInsertRowid() const;
    /// How long a write waits for another writer (another Kinsight import, say) before failing
    /// with a "busy" message. Default 10 s.
    void setBusyTimeout(int milliseconds);
    /// True when open() ran `PRAGMA integrity_check` (the file had changed since Kinsight last
    /// closed it).
    bool integrityChecked() const { return m_integrityChecked; }

    Status begin(); ///< BEGIN IMMEDIATE: takes the write lock now, waiting up to the busy timeout
    /// Commits; a transaction that changed anything also bumps the content version, in itself.
    Status commit();

    /// The content version (meta `content_version`): a counter that every write transaction
    /// made through commit() or setMeta() raises by one, so that a snapshot file made at one
    /// version is known stale at any other. 0 for a database never written by this version of
    /// Kinsight.
    std::int64_t contentVersion();
    void rollback() noexcept;

    /// The last SQLite error, with the file name.
    std::string lastError() const;
    /// A metadata value (table `meta`); empty when absent.
    std::string meta(std::string_view key);
    Status setMeta(std::string_view key, std::string_view value);

    /// The community time zone's IANA id (docs/data-format.md; meta `time_zone`). A new database takes the
    /// machine's zone; one made before Kinsight stored a zone reads as `UTC`, the zone its numbers
    /// were computed in.
    std::string timeZoneId();
    /// Changes the community time zone; an unknown id is refused. Stored instants never move.
    Status setTimeZoneId(std::string_view ianaId);

private:
    friend class PgStore;
    Database() = default;
    Status migrate(int fromVersion);

    sqlite3* m_db = nullptr;
    std::string m_path;
    std::string m_file;
    std::unique_ptr<RemoteState> m_remote;
    bool m_created = false;
    bool m_wrote = false;
    std::int64_t m_changesAtBegin = 0;
    bool m_integrityChecked = false;
};

/// Where Kinsight remembers the size and modification time of each database file it last wrote
/// (an INI file in the user's data folder). A file found different on open was changed by
/// something else, or a write was cut short: open() then runs `PRAGMA integrity_check` first.
void setDatabaseFingerprintStore(const std::string& iniPath);

/// A prepared statement. Bind indices start at 1, column indices at 0.
class Statement {
public:
    Statement(Database& db, sqlite3_stmt* stmt)
        : m_db(db)
        , m_stmt(stmt)
    { }
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int i, std::int64_t v);
    void bind(int i, double v);
    void bind(int i, std::string_view text);
    /// Binds text without copying it: it must stay where it is, unchanged, until the statement
    /// is next reset and rebound, or finalised.
    void bindInPlace(int i, std::string_view text);
    void bindNull(int i);
    /// Binds text, or NULL when empty.
    void bindTextOrNull(int i, std::string_view text);

    /// Steps once. Returns true while a row is available; false when done. Errors set `error()`.
    bool step();
    bool failed() const { return m_failed; }
    std::string error() const;
    void reset();

    std::int64_t int64(int col) const;
    double real(int col) const;
    std::string_view text(int col) const;
    bool isNull(int col) const;
    int columnCount() const;
    /// Rows changed by the last step of an INSERT/UPDATE/DELETE.
    int changes() const;

private:
    Database& m_db;
    sqlite3_stmt* m_stmt = nullptr;
    bool m_failed = false;
    std::string m_error;
};

} // namespace kinsight::core
