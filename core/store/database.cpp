#include "database.h"

#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

#include <QSettings>
#include <QStandardPaths>
#include <QString>
#include <sqlite3.h>

#include "core/store/pgstore.h"
#include "core/store/schema.h"
#include "core/util/timezone.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kinsight::core {

namespace {

std::string randomKeyHex()
{
    std::random_device device;
    std::string out;
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 32; ++i) {
        const unsigned v = device();
        out += hex[v & 15];
        out += hex[(v >> 4) & 15];
    }
    return out;
}

/// Creates an empty file readable and writable by its owner only. SQLite gives its -wal and
/// -shm files the permissions of the database file, so they stay owner-only too.
Status createOwnerOnlyFile(const std::string& path)
{
    const int fd = ::open(path.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        const std::string why = std::strerror(errno);
        return Error { "cannot create database " + path + ": " + why, { "store.create_failed", { path, why } } };
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR); // in case a umask widened nothing but a filesystem did
    ::close(fd);
    return {};
}

/// The first 100 bytes of a file, SQLite's database header (zeros past the end of a shorter file).
using FileHeader = std::array<unsigned char, 100>;
FileHeader fileHeader(const std::string& path)
{
    FileHeader h {};
    std::ifstream in(path, std::ios::binary);
    in.read(reinterpret_cast<char*>(h.data()), static_cast<std::streamsize>(h.size()));
    return h;
}

bool looksLikeSqlite(const FileHeader& h, std::uintmax_t size)
{
    return size == 0 || (size >= 16 && std::memcmp(h.data(), "SQLite format 3", 16) == 0);
}

/// The pages an SQLite file's header says it holds, and its page size, when the header's count is
/// valid (SQLite 3.7.0 and later keep it, and mark it valid by the change counter at offset 92
/// equal to the one at 24); {0, 0} otherwise.
std::pair<std::uint64_t, std::uint64_t> headerPages(const FileHeader& h, std::uintmax_t size)
{
    if (size < h.size() || std::memcmp(h.data() + 24, h.data() + 92, 4) != 0)
        return { 0, 0 };
    const auto be32 = [&](size_t at) {
        return (std::uint64_t { h[at] } << 24) | (std::uint64_t { h[at + 1] } << 16)
            | (std::uint64_t { h[at + 2] } << 8) | std::uint64_t { h[at + 3] };
    };
    const std::uint64_t pageSize = h[16] == 0 && h[17] == 1 ? 65536 : (std::uint64_t { h[16] } << 8) | h[17];
    return { be32(28), pageSize };
}

/// Whether a file of `size` bytes is shorter than its header says: a copy cut short, a disk that
/// filled up. SQLite notices only when it reads a missing page (a load reads the tables, not
/// every index), so it is told here. Not while a write-ahead log or a rollback journal lies
/// beside the file: a checkpoint or a recovery in progress may leave the file short for a moment,
/// and SQLite completes it on open.
std::optional<std::pair<std::uint64_t, std::uint64_t>> truncatedPages(
    const std::string& path, const FileHeader& header, std::uintmax_t size)
{
    std::error_code ec;
    for (const char* beside : { "-wal", "-journal" }) {
        if (std::filesystem::file_size(path + beside, ec) > 0 && !ec)
            return std::nullopt;
    }
    const auto [pages, pageSize] = headerPages(header, size);
    if (pages == 0 || pageSize < 512 || pages * pageSize <= size)
        return std::nullopt;
    return std::pair { static_cast<std::uint64_t>(size / pageSize), pages };
}

std::string& fingerprintStore()
{
    static std::string path;
    return path;
}

QString fingerprintFile()
{
    if (!fingerprintStore().empty())
        return QString::fromStdString(fingerprintStore());
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/databases.ini");
}

QString fingerprintKey(const std::string& path)
{
    std::error_code ec;
    const auto canonical = std::filesystem::weakly_canonical(path, ec);
    return QStringLiteral("fingerprints/")
        + QString::fromLatin1(QString::fromStdString(ec ? path : canonical.string()).toUtf8().toHex());
}

QString currentFingerprint(const std::string& path)
{
    struct stat st { };
    if (::stat(path.c_str(), &st) != 0)
        return {};
    return QStringLiteral("%1:%2.%3").arg(st.st_size).arg(st.st_mtim.tv_sec).arg(st.st_mtim.tv_nsec);
}

} // namespace

void setDatabaseFingerprintStore(const std::string& iniPath)
{
    fingerprintStore() = iniPath;
}

bool isPostgresLocation(std::string_view location)
{
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

void configureSqlite()
{
    // Before SQLite initialises (the first connection does it); later calls change nothing.
    static const bool configured = [] { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }();
    (void)configured;
}

Result<std::unique_ptr<Database>> Database::open(const std::string& path, OpenMode mode)
{
    configureSqlite();
    if (isPostgresLocation(path))
        return PgStore::open(path, mode);
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path p(path);
    const bool exists = fs::exists(p, ec);
    if (!exists) {
        if (mode != OpenMode::Create)
            return Error { "database " + path + " does not exist", { "store.missing", { path } } };
        const fs::path parent = p.has_parent_path() ? p.parent_path() : fs::path(".");
        if (!fs::is_directory(parent, ec))
            return Error { "cannot create database " + path + ": folder " + parent.string() + " does not exist",
                { "store.folder_missing", { path, parent.string() } } };
        if (::access(parent.c_str(), W_OK) != 0)
            return Error { "cannot create database " + path + ": folder " + parent.string() + " is not writable",
                { "store.folder_read_only", { path, parent.string() } } };
        if (Status s = createOwnerOnlyFile(path); !s)
            return s.failure();
        // A snapshot file left beside the path belongs to a database that is gone.
        ::unlink((path + ".snapshot").c_str());
    } else if (fs::is_directory(p, ec)) {
        return Error { "database " + path + " is a folder, not a file", { "store.is_folder", { path } } };
    }
    const std::uintmax_t size = fs::file_size(p, ec);
    const FileHeader header = fileHeader(path);
    if (!looksLikeSqlite(header, ec ? 0 : size))
        return Error { path + " is not a Kinsight database (not an SQLite file)", { "store.not_sqlite", { path } } };

    if (exists && !ec) {
        if (const auto cut = truncatedPages(path, header, size)) {
            const std::string problem = "the file ends after " + std::to_string(cut->first) + " of its "
                + std::to_string(cut->second) + " pages";
            return Error { "database " + path + " is damaged (" + problem
                    + "); restore a backup, or re-import your files into a new database",
                { "store.truncated",
                    { path, static_cast<std::int64_t>(cut->first), static_cast<std::int64_t>(cut->second) } } };
        }
    }

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_file = path;
    const int flags = (mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path.c_str(), &db->m_db, flags, nullptr) != SQLITE_OK) {
        const std::string message = db->m_db ? sqlite3_errmsg(db->m_db) : "out of memory";
        return Error { "cannot open database " + path + ": " + message, { "store.open_failed", { path, message } } };
    }
    sqlite3_extended_result_codes(db->m_db, 1);
    sqlite3_busy_timeout(db->m_db, 10000);

    if (Status s = db->exec("PRAGMA foreign_keys = ON"); !s)
        return s.failure();

    // Reading the header tells a damaged or foreign file from ours before anything is written.
    auto versionQuery = db->prepare("PRAGMA user_version");
    if (!versionQuery)
        return versionQuery.failure();
    int version = 0;
    if ((*versionQuery)->step())
        version = static_cast<int>((*versionQuery)->int64(0));
    else if ((*versionQuery)->failed())
        return Error { (*versionQuery)->error() };
    versionQuery.value().reset();

    auto objectCount = db->prepare("SELECT count(*) FROM sqlite_master");
    if (!objectCount || !(*objectCount)->step())
        return Error { path + " is not a readable Kinsight database: " + db->lastError(),
            { "store.unreadable", { path, db->lastError() } } };
    const bool empty = (*objectCount)->int64(0) == 0;
    objectCount.value().reset();

    auto appIdQuery = db->prepare("PRAGMA application_id");
    if (!appIdQuery || !(*appIdQuery)->step())
        return Error { db->lastError() };
    const auto appId = static_cast<int>((*appIdQuery)->int64(0));
    appIdQuery.value().reset();

    if (version > currentSchemaVersion) {
        return Error { "database " + path + " was written by a newer Kinsight (schema version "
                + std::to_string(version) + "; this version reads up to " + std::to_string(currentSchemaVersion)
                + "). Please update Kinsight.",
            { "store.newer_schema",
                { path, static_cast<std::int64_t>(version), static_cast<std::int64_t>(currentSchemaVersion) } } };
    }
    if (!empty && appId != kinsightApplicationId)
        return Error { path + " is an SQLite database, but not a Kinsight one", { "store.not_kinsight", { path } } };
    if (!empty) {
        const QSettings known(fingerprintFile(), QSettings::IniFormat);
        const QString remembered = known.value(fingerprintKey(path)).toString();
        if (!remembered.isEmpty() && remembered != currentFingerprint(path)) {
            db->m_integrityChecked = true;
            auto check = db->prepare("PRAGMA integrity_check(20)");
            if (!check)
                return check.failure();
            std::string problems;
            while ((*check)->step()) {
                if ((*check)->text(0) != "ok")
                    problems += std::string(problems.empty() ? "" : "; ") + std::string((*check)->text(0));
            }
            if ((*check)->failed())
                return Error { (*check)->error() };
            if (!problems.empty())
                return Error { "database " + path + " is damaged (" + problems.substr(0, 300)
                        + "); restore a backup, or re-import your files into a new database",
                    { "store.damaged", { path, problems.substr(0, 300) } } };
        }
    }
    if (empty && mode == OpenMode::ReadOnly)
        return Error { "database " + path + " is empty: import data or create a demo first",
            { "store.empty", { path } } };

    db->m_created = version == 0;
    if (mode != OpenMode::ReadOnly) {
        // A new database gets pages of 16 KiB rather than SQLite's 4 KiB: a bulk import writes
        // and a snapshot load reads fewer, fuller pages (1,000,000 events sorted into the events
        // table and its content index: 0.55 s instead of 0.65 s, commit included). Set before
        // anything is written; an existing file keeps the page size it has.
        if (empty && version == 0) {
            if (Status s = db->exec("PRAGMA page_size = 16384"); !s)
                return s.failure();
        }
        // WAL lets the window read while an import writes; NORMAL sync is durable at each commit
        // in WAL mode except on power loss, which is the usual desktop trade-off.
        if (Status s = db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL"); !s)
            return s.failure();
        if (version < currentSchemaVersion) {
            if (Status s = db->migrate(version); !s)
                return s.failure();
        }
    } else if (version < currentSchemaVersion) {
        // An older database is upgraded in place (without loss) the first time it is read, when the
        // file can be written; then it is opened read-only as asked.
        db.reset();
        auto upgraded = open(path, OpenMode::ReadWrite);
        if (!upgraded)
            return Error { "database " + path + " uses an older schema and cannot be upgraded: " + upgraded.error(),
                { "store.upgrade_failed", { path, upgraded.error() } } };
        upgraded.value().reset();
        return open(path, OpenMode::ReadOnly);
    }
    db->exec("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY").ok();
    return db;
}

Database::~Database()
{
    if (m_remote) {
        PgStore::close(*this);
        return;
    }
    if (m_db)
        sqlite3_close_v2(m_db);
    // Closing the last connection checkpoints the WAL into the file: remember how it looks now.
    if (m_wrote) {
        QSettings known(fingerprintFile(), QSettings::IniFormat);
        known.setValue(fingerprintKey(m_file), currentFingerprint(m_file));
    }
}

void Database::setBusyTimeout(int milliseconds)
{
    sqlite3_busy_timeout(m_db, milliseconds);
}

int Database::schemaVersion() const
{
    sqlite3_stmt* stmt = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(m_db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        version = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    return version;
}

Status Database::migrate(int fromVersion)
{
    if (Status s = begin(); !s)
        return s;
    Status result;
    if (fromVersion == 0) {
        result = exec(schemaVersion1);
        if (result)
            result = exec("PRAGMA application_id = " + std::to_string(kinsightApplicationId));
        if (result)
            result = setMeta("pseudonym_key", randomKeyHex());
        if (result)
            result = setMeta("created_at", std::to_string(static_cast<long long>(::time(nullptr))));
        if (result)
            result = setMeta("time_zone", TimeZone::systemId());
    }
    if (result && fromVersion < 2)
        result = exec(schemaVersion2Upgrade);
    if (result)
        result = exec("PRAGMA user_version = " + std::to_string(currentSchemaVersion));
    if (!result) {
        rollback();
        return Error { "cannot prepare database " + m_path + ": " + result.error(),
            { "store.prepare_failed", { m_path, result.error() } } };
    }
    return commit();
}

std::string Database::timeZoneId()
{
    std::string id = meta("time_zone");
    return id.empty() ? std::string("UTC") : id;
}

Status Database::setTimeZoneId(std::string_view ianaId)
{
    auto zone = TimeZone::fromId(ianaId);
    if (!zone)
        return zone.failure();
    return setMeta("time_zone", ianaId);
}

Status Database::exec(std::string_view sql)
{
    const std::string text(sql);
    char* message = nullptr;
    if (sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        std::string error = message ? message : lastError();
        sqlite3_free(message);
        return Error { m_path + ": " + error };
    }
    return {};
}

Result<std::unique_ptr<Statement>> Database::prepare(std::string_view sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v3(m_db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr)
        != SQLITE_OK)
        return Error { lastError() };
    return std::make_unique<Statement>(*this, stmt);
}

std::int64_t Database::lastInsertRowid() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Status Database::begin()
{
    if (m_remote) {
        // The server's lock first: the local copy is brought up to date under it.
        if (Status s = PgStore::begin(*this); !s)
            return s;
    }
    m_changesAtBegin = sqlite3_total_changes64(m_db);
    Status s = exec("BEGIN IMMEDIATE");
    if (!s && m_remote)
        PgStore::rollback(*this);
    return s;
}
Status Database::commit()
{
    if (!sqlite3_get_autocommit(m_db) && sqlite3_total_changes64(m_db) != m_changesAtBegin) {
        if (Status bump = exec("INSERT INTO meta(key, value) VALUES ('content_version', '1') ON CONFLICT(key) DO "
                               "UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)");
            !bump) {
            rollback();
            return bump;
        }
    }
    if (m_remote) {
        // The server commits first: when it refuses, the local copy rolls back with it.
        if (Status pushed = PgStore::commit(*this); !pushed) {
            rollback();
            return pushed;
        }
    }
    Status s = exec("COMMIT");
    if (s)
        m_wrote = true;
    if (m_remote)
        s ? PgStore::inStep(*this) : PgStore::discardCopy(*this);
    return s;
}
void Database::rollback() noexcept
{
    if (!sqlite3_get_autocommit(m_db))
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    if (m_remote)
        PgStore::rollback(*this);
}

std::string Database::lastError() const
{
    const int code = sqlite3_errcode(m_db);
    if (code == SQLITE_BUSY || code == SQLITE_LOCKED || (code & 0xff) == SQLITE_BUSY)
        return "database " + m_path + " is busy (another program is writing to it); try again when it has finished";
    if ((code & 0xff) == SQLITE_CORRUPT || (code & 0xff) == SQLITE_NOTADB)
        return "database " + m_path + " is damaged: " + sqlite3_errmsg(m_db);
    if ((code & 0xff) == SQLITE_READONLY)
        return "database " + m_path + " is read-only: " + sqlite3_errmsg(m_db);
    return m_path + ": " + sqlite3_errmsg(m_db);
}

std::string Database::meta(std::string_view key)
{
    auto stmt = prepare("SELECT value FROM meta WHERE key = ?");
    if (!stmt)
        return {};
    (*stmt)->bind(1, key);
    return (*stmt)->step() ? std::string((*stmt)->text(0)) : std::string();
}

std::int64_t Database::contentVersion()
{
    const std::string v = meta("content_version");
    return v.empty() ? 0 : std::strtoll(v.c_str(), nullptr, 10);
}

Status Database::setMeta(std::string_view key, std::string_view value)
{
    // Alone, a change of metadata (the time zone, say) is a write transaction of its own, so that
    // it bumps the content version with it.
    if (sqlite3_get_autocommit(m_db)) {
        if (Status s = begin(); !s)
            return s;
        if (Status s = setMeta(key, value); !s) {
            rollback();
            return s;
        }
        return commit();
    }
    auto stmt
        = prepare("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!stmt)
        return stmt.failure();
    (*stmt)->bind(1, key);
    (*stmt)->bind(2, value);
    (*stmt)->step();
    if ((*stmt)->failed())
        return Error { (*stmt)->error() };
    return {};
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::bind(int i, std::int64_t v)
{
    sqlite3_bind_int64(m_stmt, i, v);
}
void Statement::bind(int i, double v)
{
    sqlite3_bind_double(m_stmt, i, v);
}
void Statement::bind(int i, std::string_view t)
{
    sqlite3_bind_text(m_stmt, i, t.data(), static_cast<int>(t.size()), SQLITE_TRANSIENT);
}
void Statement::bindInPlace(int i, std::string_view t)
{
    sqlite3_bind_text(m_stmt, i, t.data(), static_cast<int>(t.size()), SQLITE_STATIC);
}
void Statement::bindNull(int i)
{
    sqlite3_bind_null(m_stmt, i);
}
void Statement::bindTextOrNull(int i, std::string_view t)
{
    if (t.empty())
        bindNull(i);
    else
        bind(i, t);
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE) {
        m_failed = true;
        m_error = m_db.lastError();
    }
    return false;
}

std::string Statement::error() const
{
    return m_error;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_failed = false;
    m_error.clear();
}

std::int64_t Statement::int64(int col) const
{
    return sqlite3_column_int64(m_stmt, col);
}
double Statement::real(int col) const
{
    return sqlite3_column_double(m_stmt, col);
}
std::string_view Statement::text(int col) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, col))) : std::string_view();
}
bool Statement::isNull(int col) const
{
    return sqlite3_column_type(m_stmt, col) == SQLITE_NULL;
}
int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}
int Statement::changes() const
{
    return sqlite3_changes(sqlite3_db_handle(m_stmt));
}

} // namespace kinsight::core
