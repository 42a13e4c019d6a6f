#include "pgstore.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <filesystem>
#include <limits>
#include <random>
#include <type_traits>

#include <QDir>
#include <QStandardPaths>
#include <QString>
#include <sqlite3.h>

#include "core/data/communitycolumns.h"
#include "core/store/schema.h"
#include "core/store/snapshotloader.h"
#include "core/util/sha256.h"

#include <libpq-fe.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kinsight::core {

namespace {

/// The schema version of the server's tables (table `kinsight_schema`); it follows the SQLite
/// schema's numbering, so that a copy of a version-2 server is a version-2 file.
constexpr int pgSchemaVersion = 2;
/// The key of the advisory lock every writer takes (advisory locks are per database): "KINS".
constexpr std::int64_t writeLockKey = 0x4B494E53;

/// How a column is held on the server: Int bigint, Int4 integer, Time timestamptz (Unix seconds
/// in SQLite), Real double precision, Text text.
enum class Kind { Int, Int4, Time, Real, Text };

struct Column {
    const char* name;
    Kind kind;
};

struct TableDef {
    const char* name;
    std::vector<Column> columns; ///< in the SQLite table's column order
    bool hasId; ///< rows are keyed by `id`; otherwise the table is sent whole when it changed
};

/// Every table, parents before children. Columns in the order SQLite holds them (version 1's,
/// then those version 2 added), so that `SELECT *` and `INSERT … VALUES` line up.
const std::vector<TableDef>& tables()
{
    static const std::vector<TableDef> defs = {
        { "members",
            { { "id", Kind::Int }, { "member_id", Kind::Text }, { "joined_at", Kind::Time }, { "name", Kind::Text },
                { "email", Kind::Text }, { "phone", Kind::Text }, { "channel", Kind::Text }, { "city", Kind::Text },
                { "referrer_id", Kind::Text } },
            true },
        { "products",
            { { "id", Kind::Int }, { "product_id", Kind::Text }, { "title", Kind::Text }, { "kind", Kind::Text },
                { "tier", Kind::Text }, { "list_price", Kind::Int }, { "description", Kind::Text },
                { "tags", Kind::Text }, { "created_at", Kind::Time } },
            true },
        { "orders",
            { { "id", Kind::Int }, { "order_id", Kind::Text }, { "member", Kind::Int }, { "product", Kind::Int },
                { "paid_at", Kind::Time }, { "amount", Kind::Int }, { "currency", Kind::Text }, { "type", Kind::Text },
                { "plan", Kind::Text }, { "status", Kind::Text }, { "coupon", Kind::Text } },
            true },
        { "order_lines",
            { { "id", Kind::Int }, { "order_ref", Kind::Int }, { "line", Kind::Int4 }, { "product", Kind::Int },
                { "quantity", Kind::Real }, { "unit_price", Kind::Text }, { "amount", Kind::Int },
                { "title", Kind::Text } },
            true },
        { "events",
            { { "id", Kind::Int }, { "member", Kind::Int }, { "product", Kind::Int }, { "occurred_at", Kind::Time },
                { "type", Kind::Text }, { "value", Kind::Real }, { "copies", Kind::Int4 } },
            true },
        { "ratings",
            { { "id", Kind::Int }, { "member", Kind::Int }, { "product", Kind::Int }, { "rating", Kind::Int4 },
                { "rated_at", Kind::Time }, { "review", Kind::Text }, { "copies", Kind::Int4 } },
            true },
        { "interactions",
            { { "id", Kind::Int }, { "from_member", Kind::Int }, { "to_member", Kind::Int },
                { "occurred_at", Kind::Time }, { "type", Kind::Text }, { "weight", Kind::Real },
                { "copies", Kind::Int4 } },
            true },
        { "imports",
            { { "id", Kind::Int }, { "file", Kind::Text }, { "kind", Kind::Text }, { "sha256", Kind::Text },
                { "rows_read", Kind::Int }, { "rows_imported", Kind::Int }, { "rows_skipped", Kind::Int },
                { "rows_rejected", Kind::Int }, { "imported_at", Kind::Time }, { "rows_updated", Kind::Int },
                { "rows_created", Kind::Int } },
            true },
        { "segments",
            { { "id", Kind::Int }, { "name", Kind::Text }, { "description", Kind::Text },
                { "created_at", Kind::Time } },
            false },
        { "segment_members", { { "segment", Kind::Int }, { "member", Kind::Int } }, false },
        { "meta", { { "key", Kind::Text }, { "value", Kind::Text } }, false },
    };
    return defs;
}

/// The server's schema, version 2. Ids are assigned by Kinsight (under the write lock), so they
/// are plain bigint keys and equal the local copy's rowids. Events, ratings and interactions
/// carry no content index and no foreign keys here: de-duplication and every reference are
/// checked by the importer on the local copy under the same lock (as on a file, where the
/// importer turns SQLite's foreign keys off), and the server's per-row checks would make COPY
/// several times slower (1.65M events: 4.6 s without, 28.8 s with the two foreign keys).
const char* const pgSchema = R"sql(
CREATE TABLE kinsight_schema (
    version    integer NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);
CREATE TABLE members (
    id          bigint PRIMARY KEY,
    member_id   text NOT NULL UNIQUE,
    joined_at   timestamptz NOT NULL,
    name        text,
    email       text,
    phone       text,
    channel     text,
    city        text,
    referrer_id text
);
CREATE TABLE products (
    id          bigint PRIMARY KEY,
    product_id  text NOT NULL UNIQUE,
    title       text NOT NULL,
    kind        text NOT NULL DEFAULT 'other',
    tier        text,
    list_price  bigint CHECK (list_price IS NULL OR list_price >= 0),
    description text,
    tags        text,
    created_at  timestamptz
);
CREATE TABLE orders (
    id        bigint PRIMARY KEY,
    order_id  text NOT NULL UNIQUE,
    member    bigint NOT NULL REFERENCES members(id),
    product   bigint NOT NULL REFERENCES products(id),
    paid_at   timestamptz NOT NULL,
    amount    bigint NOT NULL CHECK (amount >= 0),
    currency  text NOT NULL,
    type      text NOT NULL DEFAULT 'purchase',
    plan      text,
    status    text NOT NULL DEFAULT 'paid',
    coupon    text
);
CREATE TABLE order_lines (
    id         bigint PRIMARY KEY,
    order_ref  bigint NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    line       integer NOT NULL,
    product    bigint NOT NULL REFERENCES products(id),
    quantity   double precision,
    unit_price text,
    amount     bigint NOT NULL,
    title      text,
    UNIQUE (order_ref, line)
);
CREATE TABLE events (
    id          bigint PRIMARY KEY,
    member      bigint NOT NULL,
    product     bigint,
    occurred_at timestamptz NOT NULL,
    type        text NOT NULL,
    value       double precision,
    copies      integer NOT NULL DEFAULT 1 CHECK (copies >= 1)
);
CREATE TABLE ratings (
    id       bigint PRIMARY KEY,
    member   bigint NOT NULL,
    product  bigint NOT NULL,
    rating   integer NOT NULL CHECK (rating BETWEEN 1 AND 5),
    rated_at timestamptz NOT NULL,
    review   text,
    copies   integer NOT NULL DEFAULT 1 CHECK (copies >= 1)
);
CREATE TABLE interactions (
    id          bigint PRIMARY KEY,
    from_member bigint NOT NULL,
    to_member   bigint NOT NULL,
    occurred_at timestamptz NOT NULL,
    type        text NOT NULL DEFAULT 'reply',
    weight      double precision NOT NULL DEFAULT 1 CHECK (weight > 0),
    copies      integer NOT NULL DEFAULT 1 CHECK (copies >= 1)
);
CREATE TABLE imports (
    id            bigint PRIMARY KEY,
    file          text NOT NULL,
    kind          text NOT NULL,
    sha256        text NOT NULL,
    rows_read     bigint NOT NULL,
    rows_imported bigint NOT NULL,
    rows_skipped  bigint NOT NULL,
    rows_rejected bigint NOT NULL,
    imported_at   timestamptz NOT NULL,
    rows_updated  bigint NOT NULL DEFAULT 0,
    rows_created  bigint NOT NULL DEFAULT 0
);
CREATE TABLE segments (
    id          bigint PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text,
    created_at  timestamptz NOT NULL
);
CREATE TABLE segment_members (
    segment bigint NOT NULL REFERENCES segments(id) ON DELETE CASCADE,
    member  bigint NOT NULL REFERENCES members(id),
    PRIMARY KEY (segment, member)
);
)sql";

// ---- libpq helpers ---------------------------------------------------------------------------

std::string firstLine(const char* message)
{
    std::string s = message ? message : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    const auto nl = s.find('\n');
    if (nl != std::string::npos)
        s = s.substr(0, nl);
    if (s.starts_with("ERROR:  "))
        s = s.substr(8);
    if (s.starts_with("FATAL:  "))
        s = s.substr(8);
    return s;
}

struct PgResult {
    PGresult* r = nullptr;
    explicit PgResult(PGresult* result)
        : r(result)
    { }
    ~PgResult() { PQclear(r); }
    PgResult(const PgResult&) = delete;
    PgResult& operator=(const PgResult&) = delete;
    bool ok() const
    {
        const auto s = PQresultStatus(r);
        return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_COPY_IN || s == PGRES_COPY_OUT;
    }
    std::string sqlState() const
    {
        const char* s = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        return s ? s : "";
    }
    int rows() const { return PQntuples(r); }
    std::string text(int row, int col) const
    {
        return PQgetisnull(r, row, col) ? std::string() : PQgetvalue(r, row, col);
    }
};

std::string serverError(PGconn* conn, const PgResult& r, const std::string& uri)
{
    const std::string state = r.sqlState();
    if (state == "42501")
        return "the role '" + std::string(PQuser(conn)) + "' has no right to change the team database " + uri
            + " (it may only read; importing and changing settings need a role with write rights, see "
              "docs/team-database.md)";
    if (state == "40P01" || state == "55P03")
        return "team database " + uri + " is busy (another member is writing to it); try again when it has finished";
    const char* message = PQresultErrorMessage(r.r);
    return "team database " + uri + ": " + firstLine(message && *message ? message : PQerrorMessage(conn));
}

Status run(PGconn* conn, const std::string& sql, const std::string& uri)
{
    PgResult r(PQexec(conn, sql.c_str()));
    if (!r.ok())
        return Error { serverError(conn, r, uri) };
    return {};
}

Result<std::string> scalar(PGconn* conn, const std::string& sql, const std::string& uri)
{
    PgResult r(PQexec(conn, sql.c_str()));
    if (!r.ok())
        return Error { serverError(conn, r, uri) };
    return r.rows() > 0 ? r.text(0, 0) : std::string();
}

// ---- COPY binary format ------------------------------------------------------------------------
// Rows go to and come from the server in COPY's binary format (PostgreSQL documentation, "COPY",
// "Binary Format"): a signature and two 32-bit words, then per row a 16-bit field count and per
// field a 32-bit length (-1 for NULL) and the value as the type's send function writes it, all
// integers big-endian; a count of -1 ends the data. The server then neither parses nor prints
// times and numbers as text (a third of its COPY time for events).

constexpr char copySignature[11] = { 'P', 'G', 'C', 'O', 'P', 'Y', '\n', '\xff', '\r', '\n', '\0' };
/// timestamptz counts microseconds from 2000-01-01 00:00:00 UTC, 946,684,800 Unix seconds.
constexpr std::int64_t pgEpochSeconds = 946684800;
/// The instants timestamptz holds: 4714-11-24 BC to 294276 AD, in Unix seconds (rounded inwards).
constexpr std::int64_t pgFirstSecond = -210866803200;
constexpr std::int64_t pgLastSecond = 9224318015999;

template <typename T> void appendBig(std::string& out, T value)
{
    using U = std::make_unsigned_t<T>;
    auto u = static_cast<U>(value);
    char bytes[sizeof(T)];
    for (size_t i = sizeof(T); i-- > 0;) {
        bytes[i] = static_cast<char>(u & 0xff);
        u = static_cast<U>(u >> 8);
    }
    out.append(bytes, sizeof bytes);
}

template <typename T> T readBig(const char* p)
{
    using U = std::make_unsigned_t<T>;
    U u = 0;
    for (size_t i = 0; i < sizeof(T); ++i)
        u = static_cast<U>((u << 8) | static_cast<unsigned char>(p[i]));
    return static_cast<T>(u);
}

void appendCopyHeader(std::string& out)
{
    out.append(copySignature, sizeof copySignature);
    appendBig<std::int32_t>(out, 0); // flags: no OIDs
    appendBig<std::int32_t>(out, 0); // no header extension
}

void appendCopyTrailer(std::string& out)
{
    appendBig<std::int16_t>(out, -1);
}

/// Appends the current row of `stmt` (columns as in `table`) as one binary COPY tuple; false
/// (with `problem` set) for a value the server's column cannot hold.
bool appendRow(std::string& out, sqlite3_stmt* stmt, const TableDef& table, std::string& problem)
{
    appendBig<std::int16_t>(out, static_cast<std::int16_t>(table.columns.size()));
    for (size_t i = 0; i < table.columns.size(); ++i) {
        const int c = static_cast<int>(i);
        if (sqlite3_column_type(stmt, c) == SQLITE_NULL) {
            appendBig<std::int32_t>(out, -1);
            continue;
        }
        const Column& column = table.columns[i];
        switch (column.kind) {
        case Kind::Int:
            appendBig<std::int32_t>(out, 8);
            appendBig<std::int64_t>(out, sqlite3_column_int64(stmt, c));
            break;
        case Kind::Int4: {
            const std::int64_t v = sqlite3_column_int64(stmt, c);
            if (v < std::numeric_limits<std::int32_t>::min() || v > std::numeric_limits<std::int32_t>::max()) {
                problem = std::string(table.name) + "." + column.name + " holds " + std::to_string(v)
                    + ", beyond the server's integer column";
                return false;
            }
            appendBig<std::int32_t>(out, 4);
            appendBig<std::int32_t>(out, static_cast<std::int32_t>(v));
            break;
        }
        case Kind::Time: {
            const std::int64_t seconds = sqlite3_column_int64(stmt, c);
            if (seconds < pgFirstSecond || seconds > pgLastSecond) {
                problem = std::string(table.name) + "." + column.name + " holds the instant " + std::to_string(seconds)
                    + " (Unix seconds), beyond what the server's timestamptz holds";
                return false;
            }
            appendBig<std::int32_t>(out, 8);
            appendBig<std::int64_t>(out, (seconds - pgEpochSeconds) * 1000000);
            break;
        }
        case Kind::Real: {
            const double v = sqlite3_column_double(stmt, c);
            std::uint64_t bits = 0;
            std::memcpy(&bits, &v, sizeof bits);
            appendBig<std::int32_t>(out, 8);
            appendBig<std::uint64_t>(out, bits);
            break;
        }
        case Kind::Text: {
            const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, c));
            const int n = sqlite3_column_bytes(stmt, c);
            appendBig<std::int32_t>(out, n);
            out.append(p ? p : "", static_cast<size_t>(n));
            break;
        }
        }
    }
    return true;
}
std::string columnList(const TableDef& table)
{
    std::string out;
    for (const Column& c : table.columns) {
        if (!out.empty())
            out += ", ";
        out += c.name;
    }
    return out;
}

/// The local copy of the team database `uri` could not be read or written (SQLite's message).
Error localCopyFailed(const std::string& uri, const std::string& message)
{
    return Error { "local copy of " + uri + ": " + message, { "team.local_copy_failed", { uri, message } } };
}

/// Sends the rows that `select` (on the local copy) returns into `COPY target FROM STDIN`.
Status copyIn(PGconn* conn, sqlite3* local, const std::string& select, const TableDef& table, const std::string& target,
    const std::string& uri, std::int64_t* sent = nullptr)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(local, select.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        return localCopyFailed(uri, sqlite3_errmsg(local));
    std::string buffer;
    buffer.reserve(1 << 20);
    std::int64_t rows = 0;
    int rc = sqlite3_step(stmt);
    if (rc == SQLITE_ROW) {
        PgResult start(
            PQexec(conn, ("COPY " + target + " (" + columnList(table) + ") FROM STDIN WITH (FORMAT binary)").c_str()));
        if (PQresultStatus(start.r) != PGRES_COPY_IN) {
            sqlite3_finalize(stmt);
            return Error { serverError(conn, start, uri) };
        }
        bool sendFailed = false;
        std::string problem;
        appendCopyHeader(buffer);
        for (; rc == SQLITE_ROW; rc = sqlite3_step(stmt)) {
            if (!appendRow(buffer, stmt, table, problem))
                break;
            ++rows;
            if (buffer.size() > (1 << 20) - 4096) {
                if (PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size())) != 1)
                    sendFailed = true;
                buffer.clear();
            }
        }
        const bool localFailed = rc != SQLITE_DONE;
        if (!localFailed) {
            appendCopyTrailer(buffer);
            if (PQputCopyData(conn, buffer.data(), static_cast<int>(buffer.size())) != 1)
                sendFailed = true;
        }
        PQputCopyEnd(conn, localFailed ? "the local copy could not be read" : nullptr);
        PgResult end(PQgetResult(conn));
        while (PGresult* more = PQgetResult(conn))
            PQclear(more);
        if (localFailed) {
            const std::string message = problem.empty() ? std::string(sqlite3_errmsg(local)) : problem;
            sqlite3_finalize(stmt);
            return localCopyFailed(uri, message);
        }
        if (sendFailed || !end.ok()) {
            sqlite3_finalize(stmt);
            return Error { serverError(conn, end, uri) };
        }
    } else if (rc != SQLITE_DONE) {
        const std::string message = sqlite3_errmsg(local);
        sqlite3_finalize(stmt);
        return localCopyFailed(uri, message);
    }
    sqlite3_finalize(stmt);
    if (sent)
        *sent = rows;
    return {};
}

/// Reads binary COPY data as it arrives (PQgetCopyData gives a row at a time, the header in front
/// of the first) and binds each complete row's fields to `insert`.
class CopyDecoder {
public:
    explicit CopyDecoder(const TableDef& table)
        : m_table(table)
    { }

    /// Takes the next piece of data and calls `row` for each row it completes; false (with
    /// error() set) for data that is not binary COPY of this table.
    template <typename RowFn> bool feed(std::string_view data, RowFn&& row)
    {
        std::string_view in = data;
        if (!m_pending.empty()) {
            m_pending.append(data);
            in = m_pending;
        }
        size_t at = 0;
        for (;;) {
            const size_t used = parse(in.substr(at), row);
            if (!m_error.empty())
                return false;
            if (used == 0)
                break;
            at += used;
        }
        std::string rest(in.substr(at));
        m_pending = std::move(rest);
        return true;
    }

    bool finished() const { return m_ended && m_pending.empty(); }
    const std::string& error() const { return m_error; }

    /// Field i of the row being handed to the row callback: null, or its bytes.
    bool isNull(size_t i) const { return m_fields[i].null; }
    std::string_view bytes(size_t i) const { return m_fields[i].bytes; }

private:
    struct Field {
        bool null = false;
        std::string_view bytes;
    };

    /// Parses one unit (the header, a row or the trailer) from the start of `in`: the bytes it
    /// used, or 0 when `in` does not hold the whole unit yet.
    template <typename RowFn> size_t parse(std::string_view in, RowFn& row)
    {
        if (m_ended) {
            if (!in.empty())
                m_error = "data after the end of table " + std::string(m_table.name);
            return 0;
        }
        if (!m_headerRead) {
            if (in.size() < sizeof copySignature + 8)
                return 0;
            if (std::memcmp(in.data(), copySignature, sizeof copySignature) != 0) {
                m_error = "table " + std::string(m_table.name) + " did not come in COPY's binary format";
                return 0;
            }
            const auto flags = readBig<std::uint32_t>(in.data() + 11);
            const auto extension = readBig<std::uint32_t>(in.data() + 15);
            if (flags & 0x10000) {
                m_error = "table " + std::string(m_table.name) + " came with OIDs";
                return 0;
            }
            if (in.size() < 19 + static_cast<size_t>(extension))
                return 0;
            m_headerRead = true;
            return 19 + extension;
        }
        if (in.size() < 2)
            return 0;
        const auto count = readBig<std::int16_t>(in.data());
        if (count == -1) {
            m_ended = true;
            return 2;
        }
        if (count != static_cast<std::int16_t>(m_table.columns.size())) {
            m_error = "unexpected row in table " + std::string(m_table.name);
            return 0;
        }
        m_fields.resize(m_table.columns.size());
        size_t at = 2;
        for (Field& f : m_fields) {
            if (in.size() < at + 4)
                return 0;
            const auto length = readBig<std::int32_t>(in.data() + at);
            at += 4;
            f.null = length < 0;
            f.bytes = {};
            if (f.null)
                continue;
            if (in.size() < at + static_cast<size_t>(length))
                return 0;
            f.bytes = in.substr(at, static_cast<size_t>(length));
            at += static_cast<size_t>(length);
        }
        row();
        return at;
    }

    const TableDef& m_table;
    std::string m_pending;
    std::vector<Field> m_fields;
    std::string m_error;
    bool m_headerRead = false;
    bool m_ended = false;
};

/// An integer field of binary COPY (2, 4 or 8 bytes, as the column's type is).
bool readInteger(std::string_view b, std::int64_t& v)
{
    switch (b.size()) {
    case 2:
        v = readBig<std::int16_t>(b.data());
        return true;
    case 4:
        v = readBig<std::int32_t>(b.data());
        return true;
    case 8:
        v = readBig<std::int64_t>(b.data());
        return true;
    default:
        return false;
    }
}

/// Unix seconds of a timestamptz's microseconds since 2000 (rounded down, as floor(extract(epoch))).
std::int64_t unixSecondsOf(std::int64_t microseconds)
{
    std::int64_t s = microseconds / 1000000;
    if (microseconds % 1000000 < 0)
        --s;
    return s + pgEpochSeconds;
}

/// Reads table `table` of the server into the local copy (whose table is empty) with COPY TO.
Status copyOut(PGconn* conn, sqlite3* local, const TableDef& table, const std::string& uri)
{
    // In the server's storage order, not by id: nothing that reads the copy depends on its rows'
    // order (the snapshot loader groups them itself), and an index scan by id took the server
    // twice as long as reading the table through (1M events: 1.2 s, 0.66 s).
    const std::string sql
        = "COPY " + std::string(table.name) + " (" + columnList(table) + ") TO STDOUT WITH (FORMAT binary)";
    std::string insertSql = "INSERT INTO main." + std::string(table.name) + " (" + columnList(table) + ") VALUES (";
    for (size_t i = 0; i < table.columns.size(); ++i)
        insertSql += i ? ", ?" : "?";
    insertSql += ")";
    sqlite3_stmt* insert = nullptr;
    if (sqlite3_prepare_v2(local, insertSql.c_str(), -1, &insert, nullptr) != SQLITE_OK)
        return localCopyFailed(uri, sqlite3_errmsg(local));
    PgResult start(PQexec(conn, sql.c_str()));
    if (PQresultStatus(start.r) != PGRES_COPY_OUT) {
        sqlite3_finalize(insert);
        return Error { serverError(conn, start, uri) };
    }
    CopyDecoder decoder(table);
    std::string failure;
    const auto insertRow = [&] {
        for (size_t i = 0; failure.empty() && i < table.columns.size(); ++i) {
            const int p = static_cast<int>(i) + 1;
            if (decoder.isNull(i)) {
                sqlite3_bind_null(insert, p);
                continue;
            }
            const std::string_view b = decoder.bytes(i);
            const Column& column = table.columns[i];
            switch (column.kind) {
            case Kind::Int:
            case Kind::Int4:
            case Kind::Time: {
                std::int64_t v = 0;
                if (!readInteger(b, v)) {
                    failure = "unexpected value in " + std::string(table.name) + "." + column.name;
                    break;
                }
                sqlite3_bind_int64(insert, p, column.kind == Kind::Time ? unixSecondsOf(v) : v);
                break;
            }
            case Kind::Real: {
                double v = 0;
                if (b.size() == 8) {
                    const auto bits = readBig<std::uint64_t>(b.data());
                    std::memcpy(&v, &bits, sizeof v);
                } else if (b.size() == 4) {
                    const auto bits = readBig<std::uint32_t>(b.data());
                    float f = 0;
                    std::memcpy(&f, &bits, sizeof f);
                    v = f;
                } else {
                    failure = "unexpected value in " + std::string(table.name) + "." + column.name;
                    break;
                }
                sqlite3_bind_double(insert, p, v);
                break;
            }
            case Kind::Text:
                sqlite3_bind_text(insert, p, b.data(), static_cast<int>(b.size()), SQLITE_STATIC);
                break;
            }
        }
        if (failure.empty() && sqlite3_step(insert) != SQLITE_DONE)
            failure = sqlite3_errmsg(local);
        sqlite3_reset(insert);
        sqlite3_clear_bindings(insert);
    };
    for (;;) {
        char* data = nullptr;
        const int n = PQgetCopyData(conn, &data, 0);
        if (n < 0)
            break;
        if (failure.empty() && !decoder.feed(std::string_view(data, static_cast<size_t>(n)), insertRow))
            failure = decoder.error();
        PQfreemem(data);
    }
    sqlite3_finalize(insert);
    PgResult end(PQgetResult(conn));
    while (PGresult* more = PQgetResult(conn))
        PQclear(more);
    if (!end.ok())
        return Error { serverError(conn, end, uri) };
    if (failure.empty() && !decoder.finished())
        failure = "table " + std::string(table.name) + " ended early";
    if (!failure.empty())
        return localCopyFailed(uri, failure);
    return {};
}
// ---- the local copies ------------------------------------------------------------------------

std::string randomHex(int bytes)
{
    std::random_device device;
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (int i = 0; i < bytes; ++i) {
        const unsigned v = device();
        out += hex[v & 15];
        out += hex[(v >> 4) & 15];
    }
    return out;
}

std::string cacheFolder()
{
    const char* override = std::getenv("KINSIGHT_CACHE_DIR");
    const QString base = override && *override ? QString::fromLocal8Bit(override)
                                               : QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    return QString(base + QStringLiteral("/team")).toStdString();
}

/// Names the copies of one server database: its host, port and name, and the identity of the
/// community in it (pseudonym key and creation time), so that a database dropped and made again
/// under the same name never reuses the copies of the old one.
std::string copyKey(PGconn* conn, const std::string& identity = {})
{
    const std::string where = std::string(PQhost(conn) ? PQhost(conn) : "") + "\x1f"
        + (PQport(conn) ? PQport(conn) : "") + "\x1f" + (PQdb(conn) ? PQdb(conn) : "") + "\x1f" + identity;
    return Sha256::hexOf(where).substr(0, 32);
}

/// What a server database holds, as far as its copies go: the content version and the token
/// that every write sets anew (meta `content_token`), so that a database restored from a backup
/// and written to again never matches a copy made before the restore at the same version.
struct ContentState {
    std::int64_t version = 0;
    std::string token;
    bool operator==(const ContentState&) const = default;
};

std::string copyPath(const RemoteState& s, const ContentState& c)
{
    return s.cacheDir + "/" + s.key + "-v" + std::to_string(c.version) + "-" + (c.token.empty() ? "0" : c.token)
        + ".kinsight";
}

ContentState stateOf(const RemoteState& s)
{
    return { s.version, s.token };
}

void removeFile(const std::string& path)
{
    for (const char* suffix : { "", "-wal", "-shm", "-journal", ".snapshot" })
        ::unlink((path + suffix).c_str());
}

/// Removes the copies of the same server database at other versions than `keep`.
void removeOtherVersions(const RemoteState& s, const ContentState& keep)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const std::string prefix = s.key + "-v";
    const std::string kept = fs::path(copyPath(s, keep)).filename().string();
    for (const auto& entry : fs::directory_iterator(s.cacheDir, ec)) {
        const std::string name = entry.path().filename().string();
        if (name.starts_with(prefix) && name.ends_with(".kinsight") && name != kept)
            removeFile(entry.path().string());
    }
}

Result<ContentState> serverContentVersion(PGconn* conn, const std::string& uri)
{
    PgResult r(PQexec(conn,
        "SELECT coalesce((SELECT value FROM meta WHERE key = 'content_version'), '0'), "
        "coalesce((SELECT value FROM meta WHERE key = 'content_token'), '')"));
    if (!r.ok() || r.rows() != 1)
        return Error { serverError(conn, r, uri) };
    ContentState c;
    c.version = std::strtoll(r.text(0, 0).c_str(), nullptr, 10);
    c.token = r.text(0, 1);
    // The token names files: only hex digits are taken from the server.
    std::erase_if(c.token, [](char ch) { return !std::isxdigit(static_cast<unsigned char>(ch)); });
    return c;
}

/// Reads every table of the server into a new file, published as the copy of the version read.
Result<ContentState> pullCopy(PGconn* conn, const RemoteState& s)
{
    const std::string temporary = s.cacheDir + "/" + s.key + ".pull-" + randomHex(8) + ".kinsight";
    ContentState version;
    {
        auto made = Database::open(temporary, OpenMode::Create);
        if (!made)
            return made.failure();
        Database& local = **made;
        PgStore::forgetFingerprint(local);
        sqlite3* h = local.handle();
        // One repeatable-read transaction: every table as of the same moment.
        const bool own = PQtransactionStatus(conn) == PQTRANS_IDLE;
        Status status = own ? run(conn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", s.uri) : Status {};
        if (status) {
            auto v = serverContentVersion(conn, s.uri);
            if (!v)
                status = v.failure();
            else
                version = *v;
        }
        if (status)
            status = local.exec("PRAGMA foreign_keys = OFF; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; "
                                "BEGIN; DELETE FROM meta");
        // The copy has no secondary indexes: a reader needs none, and a writer makes them once,
        // faster after the rows are in than kept up to date row by row (useAsWorkingCopy).
        std::vector<std::pair<std::string, std::string>> indexes;
        if (status) {
            auto q = local.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
            if (!q)
                status = q.failure();
            else
                while ((*q)->step())
                    indexes.emplace_back((*q)->text(0), (*q)->text(1));
        }
        for (const auto& index : indexes) {
            if (status)
                status = local.exec("DROP INDEX main." + index.first);
        }
        for (const TableDef& t : tables()) {
            if (!status)
                break;
            status = copyOut(conn, h, t, s.uri);
        }
        if (own)
            run(conn, status ? "COMMIT" : "ROLLBACK", s.uri).ok();
        if (status)
            status = local.exec("COMMIT; PRAGMA journal_mode = DELETE");
        if (!status) {
            made.value().reset();
            removeFile(temporary);
            return status.failure();
        }
    }
    // The file was written through Database, which remembers its fingerprint: forget it by name.
    const std::string published = copyPath(s, version);
    std::error_code ec;
    std::filesystem::rename(temporary, published, ec);
    if (ec) {
        removeFile(temporary);
        return Error { "cannot keep the local copy of " + s.uri + " in " + s.cacheDir + ": " + ec.message(),
            { "team.keep_copy_failed", { s.uri, s.cacheDir, ec.message() } } };
    }
    removeOtherVersions(s, version);
    return version;
}

/// The copy of the server's current version, read from the server when missing.
Result<ContentState> ensureCopy(PGconn* conn, const RemoteState& s)
{
    auto version = serverContentVersion(conn, s.uri);
    if (!version)
        return version;
    std::error_code ec;
    if (std::filesystem::exists(copyPath(s, *version), ec))
        return version;
    return pullCopy(conn, s);
}

/// A working copy is private to one writer and a cache of what the server holds: a rollback
/// journal (not the write-ahead log, which every large import would write twice, once into the
/// log and again at the checkpoint) and no syncing, as for a pulled copy (pullCopy). A copy
/// pulled from the server has no secondary indexes (a reader needs none): the writer makes them
/// here, before its first write, and `indexed` tells that it did.
Status useAsWorkingCopy(Database& db, bool& indexed)
{
    if (Status st = db.exec("PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF"); !st)
        return st;
    auto q = db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
    if (!q || !(*q)->step())
        return Error { db.lastError() };
    const auto statements = secondaryIndexStatements();
    if ((*q)->int64(0) >= static_cast<std::int64_t>(statements.size()))
        return {};
    q.value().reset();
    for (const std::string& sql : statements) {
        if (Status st = db.exec(sql); !st)
            return st;
    }
    indexed = true;
    return {};
}

std::string tableMaxSql(const TableDef& t)
{
    return "SELECT ifnull(max(id), 0) FROM main." + std::string(t.name);
}

Status readMaxIds(Database& db, RemoteState& s)
{
    s.maxIds.clear();
    for (const TableDef& t : tables()) {
        if (!t.hasId) {
            s.maxIds.push_back(0);
            continue;
        }
        auto q = db.prepare(tableMaxSql(t));
        if (!q || !(*q)->step())
            return Error { db.lastError() };
        s.maxIds.push_back((*q)->int64(0));
    }
    return {};
}

/// Temporary triggers (this connection only; the file stays as it was) that note which rows
/// that the server already holds a write changes, and whether a whole-table one changed.
Status installTriggers(Database& db, const RemoteState& s)
{
    std::string sql = "CREATE TEMP TABLE IF NOT EXISTS kinsight_changes (tbl TEXT NOT NULL, id INTEGER NOT NULL, "
                      "PRIMARY KEY (tbl, id)) WITHOUT ROWID; DELETE FROM temp.kinsight_changes;";
    const auto& defs = tables();
    for (size_t i = 0; i < defs.size(); ++i) {
        const TableDef& t = defs[i];
        if (std::string(t.name) == "meta")
            continue;
        for (const char* op : { "INSERT", "UPDATE", "DELETE" }) {
            const std::string name = std::string("kinsight_") + t.name + "_" + op;
            const char* row = std::string(op) == "DELETE" ? "old" : "new";
            sql += "DROP TRIGGER IF EXISTS temp." + name + "; CREATE TEMP TRIGGER " + name + " AFTER " + op
                + " ON main." + t.name;
            if (t.hasId) {
                sql += " WHEN " + std::string(row) + ".id <= " + std::to_string(s.maxIds[i])
                    + " BEGIN INSERT OR IGNORE INTO kinsight_changes VALUES ('" + t.name + "', " + row + ".id); END;";
            } else {
                sql += " BEGIN INSERT OR IGNORE INTO kinsight_changes VALUES ('" + std::string(t.name) + "', 0); END;";
            }
        }
    }
    return db.exec(sql);
}

Result<PGconn*> connect(const std::string& uri)
{
    PGconn* conn = PQconnectdb(uri.c_str());
    if (!conn)
        return Error { "cannot connect to the team database " + redactedUri(uri) + ": out of memory",
            { "team.connect_failed", { redactedUri(uri), std::string("out of memory") } } };
    if (PQstatus(conn) != CONNECTION_OK) {
        const std::string message = firstLine(PQerrorMessage(conn));
        PQfinish(conn);
        return Error { "cannot connect to the team database " + redactedUri(uri) + ": " + message,
            { "team.connect_failed", { redactedUri(uri), message } } };
    }
    PQsetNoticeProcessor(
        conn, [](void*, const char*) {}, nullptr);
    PQsetClientEncoding(conn, "UTF8");
    return conn;
}

struct ConnGuard {
    PGconn* conn;
    ~ConnGuard()
    {
        if (conn)
            PQfinish(conn);
    }
    PGconn* release()
    {
        PGconn* c = conn;
        conn = nullptr;
        return c;
    }
};

/// Creates the server's schema (under the write lock) with the metadata of a new database.
Status createSchema(PGconn* conn, const RemoteState& s)
{
    if (Status st = run(conn, "BEGIN", s.uri); !st)
        return st;
    auto fail = [&](Status st) {
        run(conn, "ROLLBACK", s.uri).ok();
        return st;
    };
    if (Status st = run(conn, "SELECT pg_advisory_xact_lock(" + std::to_string(writeLockKey) + ")", s.uri); !st)
        return fail(st);
    auto exists = scalar(conn, "SELECT to_regclass('kinsight_schema') IS NOT NULL", s.uri);
    if (!exists)
        return fail(exists.failure());
    if (*exists == "t")
        return fail({}); // another member made it meanwhile
    if (Status st = run(conn, pgSchema, s.uri); !st)
        return fail(st);
    if (Status st
        = run(conn, "INSERT INTO kinsight_schema(version) VALUES (" + std::to_string(pgSchemaVersion) + ")", s.uri);
        !st)
        return fail(st);
    // A new local database makes the metadata (pseudonym key, creation time, time zone) as for a file.
    const std::string temporary = s.cacheDir + "/" + s.key + ".new-" + randomHex(8) + ".kinsight";
    Status st;
    {
        auto made = Database::open(temporary, OpenMode::Create);
        if (!made)
            return fail(made.failure());
        PgStore::forgetFingerprint(**made);
        const TableDef& meta = tables().back();
        st = copyIn(conn, (*made)->handle(), "SELECT key, value FROM meta", meta, "meta", s.uri);
    }
    removeFile(temporary);
    if (!st)
        return fail(st);
    return run(conn, "COMMIT", s.uri);
}

} // namespace

RemoteState::~RemoteState()
{
    if (conn)
        PQfinish(conn);
}

std::string redactedUri(const std::string& uri)
{
    std::string out = uri;
    const auto scheme = out.find("://");
    if (scheme != std::string::npos) {
        const auto authorityEnd = out.find_first_of("/?", scheme + 3);
        const auto at = out.rfind('@', authorityEnd == std::string::npos ? out.size() : authorityEnd);
        if (at != std::string::npos && at > scheme) {
            const auto colon = out.find(':', scheme + 3);
            if (colon != std::string::npos && colon < at)
                out.erase(colon, at - colon);
        }
    }
    for (const std::string option : { "password=", "passfile=" }) {
        auto p = out.find(option);
        while (p != std::string::npos) {
            const auto end = out.find('&', p);
            out.erase(p + option.size(), (end == std::string::npos ? out.size() : end) - p - option.size());
            out.insert(p + option.size(), "…");
            p = out.find(option, p + option.size() + 1);
        }
    }
    return out;
}

Result<std::unique_ptr<Database>> PgStore::open(const std::string& uri, OpenMode mode)
{
    auto state = std::make_unique<RemoteState>();
    state->uri = redactedUri(uri);
    auto connected = connect(uri);
    if (!connected)
        return connected.failure();
    ConnGuard guard { *connected };
    PGconn* conn = guard.conn;
    state->cacheDir = cacheFolder();
    state->key = copyKey(conn);
    std::error_code ec;
    std::filesystem::create_directories(state->cacheDir, ec);
    if (ec)
        return Error { "cannot make the folder for local copies " + state->cacheDir + ": " + ec.message(),
            { "team.cache_folder_failed", { state->cacheDir, ec.message() } } };
    ::chmod(state->cacheDir.c_str(), 0700); // the copies hold the members' data: the user's alone

    auto exists = scalar(conn, "SELECT to_regclass('kinsight_schema') IS NOT NULL", state->uri);
    if (!exists)
        return exists.failure();
    const std::string user = PQuser(conn) ? PQuser(conn) : "";
    bool created = false;
    if (*exists != "t") {
        if (mode == OpenMode::ReadOnly)
            return Error { "team database " + state->uri + " is empty: import data or create a demo first",
                { "team.empty", { state->uri } } };
        if (mode == OpenMode::ReadWrite)
            return Error { "team database " + state->uri + " holds no Kinsight community yet",
                { "team.no_community", { state->uri } } };
        auto mayCreate = scalar(conn, "SELECT has_schema_privilege(current_schema(), 'CREATE')", state->uri);
        if (!mayCreate)
            return mayCreate.failure();
        if (*mayCreate != "t")
            return Error { "the role '" + user + "' may not create tables in the team database " + state->uri
                    + ": the first import needs the owner's role (see docs/team-database.md)",
                { "team.may_not_create", { user, state->uri } } };
        if (Status s = createSchema(conn, *state); !s)
            return s.failure();
        created = true;
    } else {
        auto version = scalar(conn, "SELECT max(version) FROM kinsight_schema", state->uri);
        if (!version)
            return version.failure();
        const int v = std::atoi(version->c_str());
        if (v > pgSchemaVersion)
            return Error { "team database " + state->uri + " was written by a newer Kinsight (schema version "
                    + std::to_string(v) + "; this version reads up to " + std::to_string(pgSchemaVersion)
                    + "). Please update Kinsight.",
                { "team.newer_schema",
                    { state->uri, static_cast<std::int64_t>(v), static_cast<std::int64_t>(pgSchemaVersion) } } };
        if (v < 1)
            return Error { "team database " + state->uri + " is not a Kinsight database (no schema version)",
                { "team.not_kinsight", { state->uri } } };
        // Version 2 is the first schema on PostgreSQL: later versions migrate here, in order.
        if (mode != OpenMode::ReadOnly) {
            auto mayWrite = scalar(conn,
                "SELECT has_table_privilege('members', 'INSERT') AND has_table_privilege('members', 'UPDATE') "
                "AND has_table_privilege('meta', 'DELETE') AND has_table_privilege('events', 'INSERT')",
                state->uri);
            if (!mayWrite)
                return mayWrite.failure();
            if (*mayWrite != "t")
                return Error { "the role '" + user + "' may only read the team database " + state->uri
                        + ": importing and changing settings need a role with write rights (see docs/team-database.md)",
                    { "team.may_only_read", { user, state->uri } } };
        }
    }

    auto identity = scalar(conn,
        "SELECT coalesce((SELECT value FROM meta WHERE key = 'pseudonym_key'), '') || '/' || "
        "coalesce((SELECT value FROM meta WHERE key = 'created_at'), '')",
        state->uri);
    if (!identity)
        return identity.failure();
    state->key = copyKey(conn, *identity);
    auto version = ensureCopy(conn, *state);
    if (!version)
        return version.failure();
    state->version = version->version;
    state->token = version->token;
    const std::string copy = copyPath(*state, *version);

    if (mode == OpenMode::ReadOnly) {
        auto db = Database::open(copy, OpenMode::ReadOnly);
        if (!db)
            return db.failure();
        (*db)->m_path = state->uri;
        (*db)->m_remote = std::move(state);
        return db;
    }
    state->workingFile = state->cacheDir + "/" + state->key + ".work-" + randomHex(8) + ".kinsight";
    std::filesystem::copy_file(copy, state->workingFile, ec);
    if (ec)
        return Error { "cannot make a working copy of " + state->uri + ": " + ec.message(),
            { "team.working_copy_failed", { state->uri, ec.message() } } };
    ::chmod(state->workingFile.c_str(), 0600);
    auto db = Database::open(state->workingFile, OpenMode::ReadWrite);
    if (!db) {
        removeFile(state->workingFile);
        return db.failure();
    }
    if (Status s = useAsWorkingCopy(**db, state->indexedCopy); !s) {
        db.value().reset();
        removeFile(state->workingFile);
        return s.failure();
    }
    if (Status s = readMaxIds(**db, *state); !s) {
        removeFile(state->workingFile);
        return s.failure();
    }
    (*db)->m_path = state->uri;
    (*db)->m_created = created;
    state->changesInStep = sqlite3_total_changes64((*db)->m_db);
    state->conn = guard.release();
    (*db)->m_remote = std::move(state);
    return db;
}

Status PgStore::begin(Database& db)
{
    RemoteState& s = *db.m_remote;
    if (!s.conn)
        return Error { "team database " + s.uri + " was opened for reading only", { "team.read_only", { s.uri } } };
    if (Status st = run(s.conn, "BEGIN", s.uri); !st)
        return st;
    s.inTransaction = true;
    auto fail = [&](Status st) {
        rollback(db);
        return st;
    };
    if (Status st = run(s.conn, "SELECT pg_advisory_xact_lock(" + std::to_string(writeLockKey) + ")", s.uri); !st)
        return fail(st);
    auto version = serverContentVersion(s.conn, s.uri);
    if (!version)
        return fail(version.failure());
    if (!(*version == stateOf(s))) {
        // Another member wrote since: start again from a copy of what the server holds now.
        auto pulled = ensureCopy(s.conn, s);
        if (!pulled)
            return fail(pulled.failure());
        sqlite3_close_v2(db.m_db);
        db.m_db = nullptr;
        removeFile(s.workingFile);
        std::error_code ec;
        std::filesystem::copy_file(copyPath(s, *pulled), s.workingFile, ec);
        if (ec)
            return fail(Error { "cannot make a working copy of " + s.uri + ": " + ec.message(),
                { "team.working_copy_failed", { s.uri, ec.message() } } });
        auto reopened = Database::open(s.workingFile, OpenMode::ReadWrite);
        if (!reopened)
            return fail(reopened.failure());
        if (Status st = useAsWorkingCopy(**reopened, s.indexedCopy); !st)
            return fail(st);
        std::swap(db.m_db, (*reopened)->m_db);
        s.version = pulled->version;
        s.token = pulled->token;
        s.changesInStep = sqlite3_total_changes64(db.m_db);
        if (Status st = readMaxIds(db, s); !st)
            return fail(st);
    }
    if (Status st = installTriggers(db, s); !st)
        return fail(st);
    return {};
}

Status PgStore::commit(Database& db)
{
    RemoteState& s = *db.m_remote;
    if (!s.inTransaction)
        return Error { "team database " + s.uri + ": no transaction to commit" };
    auto fail = [&](Status st) {
        rollback(db);
        return st;
    };
    sqlite3* local = db.m_db;
    const auto& defs = tables();
    const std::string token = randomHex(8);
    if (Status st = db.exec("INSERT INTO main.meta(key, value) VALUES ('content_token', '" + token
            + "') ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        !st)
        return fail(st);
    std::vector<std::string> changedWhole;
    {
        auto q = db.prepare("SELECT DISTINCT tbl FROM temp.kinsight_changes WHERE id = 0");
        if (!q)
            return fail(q.failure());
        while ((*q)->step())
            changedWhole.emplace_back((*q)->text(0));
    }
    auto wholeChanged = [&](const char* name) {
        return std::find(changedWhole.begin(), changedWhole.end(), name) != changedWhole.end();
    };
    const bool segmentsChanged = wholeChanged("segments") || wholeChanged("segment_members");
    if (segmentsChanged) {
        if (Status st = run(s.conn, "DELETE FROM segment_members; DELETE FROM segments", s.uri); !st)
            return fail(st);
    }
    for (size_t i = 0; i < defs.size(); ++i) {
        const TableDef& t = defs[i];
        const std::string name = t.name;
        if (!t.hasId) {
            if (name == "meta") {
                if (Status st = run(s.conn, "DELETE FROM meta", s.uri); !st)
                    return fail(st);
            } else if (!segmentsChanged) {
                continue;
            }
            if (Status st = copyIn(s.conn, local, "SELECT " + columnList(t) + " FROM main." + name, t, name, s.uri);
                !st)
                return fail(st);
            continue;
        }
        const std::string changed = "(SELECT id FROM temp.kinsight_changes WHERE tbl = '" + name + "')";
        auto any = db.prepare("SELECT count(*) FROM temp.kinsight_changes WHERE tbl = '" + name + "'");
        if (!any || !(*any)->step())
            return fail(Error { db.lastError() });
        if ((*any)->int64(0) > 0) {
            // Rows the server holds that this transaction changed or removed: staged, then applied.
            const std::string stage = "kinsight_stage_" + name;
            const std::string ids = "kinsight_ids_" + name;
            if (Status st = run(s.conn,
                    "CREATE TEMP TABLE " + stage + " (LIKE " + name + ") ON COMMIT DROP; CREATE TEMP TABLE " + ids
                        + " (id bigint PRIMARY KEY) ON COMMIT DROP",
                    s.uri);
                !st)
                return fail(st);
            static const TableDef idOnly { "ids", { { "id", Kind::Int } }, true };
            if (Status st = copyIn(s.conn, local, "SELECT id FROM temp.kinsight_changes WHERE tbl = '" + name + "'",
                    idOnly, ids, s.uri);
                !st)
                return fail(st);
            if (Status st = copyIn(s.conn, local,
                    "SELECT " + columnList(t) + " FROM main." + name + " WHERE id IN " + changed, t, stage, s.uri);
                !st)
                return fail(st);
            std::string set;
            for (const Column& c : t.columns) {
                if (std::string(c.name) == "id")
                    continue;
                set += (set.empty() ? "" : ", ") + std::string(c.name) + " = s." + c.name;
            }
            if (Status st = run(s.conn,
                    "DELETE FROM " + name + " WHERE id IN (SELECT id FROM " + ids + ") AND id NOT IN (SELECT id FROM "
                        + stage + "); UPDATE " + name + " t SET " + set + " FROM " + stage + " s WHERE t.id = s.id",
                    s.uri);
                !st)
                return fail(st);
        }
        // Rows this transaction added: straight into the table.
        if (Status st = copyIn(s.conn, local,
                "SELECT " + columnList(t) + " FROM main." + name + " WHERE id > " + std::to_string(s.maxIds[i])
                    + " ORDER BY id",
                t, name, s.uri);
            !st)
            return fail(st);
    }
    const std::int64_t version = db.contentVersion();
    if (Status st = run(s.conn, "NOTIFY kinsight, '" + std::to_string(version) + "'", s.uri); !st)
        return fail(st);
    if (Status st = run(s.conn, "COMMIT", s.uri); !st) {
        s.inTransaction = false;
        return st;
    }
    s.inTransaction = false;
    s.version = version;
    s.token = token;
    readMaxIds(db, s).ok();
    return {};
}

void PgStore::rollback(Database& db) noexcept
{
    RemoteState& s = *db.m_remote;
    if (s.conn && s.inTransaction)
        PQclear(PQexec(s.conn, "ROLLBACK"));
    s.inTransaction = false;
}

void PgStore::inStep(Database& db) noexcept
{
    db.m_remote->changesInStep = sqlite3_total_changes64(db.m_db);
}

void PgStore::discardCopy(Database& db) noexcept
{
    db.m_remote->discard = true;
}

void PgStore::close(Database& db) noexcept
{
    RemoteState& s = *db.m_remote;
    rollback(db);
    if (s.workingFile.empty()) {
        if (db.m_db)
            sqlite3_close_v2(db.m_db);
        db.m_db = nullptr;
        return;
    }
    // The working copy, in step with the server, becomes the cached copy of its version.
    bool keep = !s.discard && db.m_db && sqlite3_total_changes64(db.m_db) == s.changesInStep;
    ContentState version { -1, {} };
    if (keep) {
        version = { db.contentVersion(), db.meta("content_token") };
        keep = version == stateOf(s) && db.exec("PRAGMA journal_mode = DELETE").ok();
    }
    if (db.m_db)
        sqlite3_close_v2(db.m_db);
    db.m_db = nullptr;
    std::error_code ec;
    const std::string target = copyPath(s, version);
    // A copy this writer gave its indexes to replaces the one without them.
    if (keep && (s.indexedCopy || !std::filesystem::exists(target, ec))) {
        std::filesystem::rename(s.workingFile, target, ec);
        if (!ec) {
            removeOtherVersions(s, version);
            return;
        }
    }
    removeFile(s.workingFile);
}

ServerWatch::~ServerWatch()
{
    if (m_conn)
        PQfinish(m_conn);
}

Result<std::unique_ptr<ServerWatch>> ServerWatch::listen(const std::string& uri)
{
    auto connected = connect(uri);
    if (!connected)
        return connected.failure();
    std::unique_ptr<ServerWatch> watch(new ServerWatch);
    watch->m_conn = *connected;
    if (Status s = run(watch->m_conn, "LISTEN kinsight", redactedUri(uri)); !s)
        return s.failure();
    return watch;
}

int ServerWatch::socket() const
{
    return PQsocket(m_conn);
}

std::int64_t ServerWatch::changed()
{
    std::int64_t newest = -1;
    if (PQconsumeInput(m_conn) == 0)
        return newest;
    while (PGnotify* n = PQnotifies(m_conn)) {
        newest = std::max<std::int64_t>(newest, std::strtoll(n->extra, nullptr, 10));
        PQfreemem(n);
    }
    return newest;
}

Result<CopyReport> copyDatabase(const std::string& from, const std::string& to)
{
    auto source = Database::open(from, OpenMode::ReadOnly);
    if (!source)
        return source.failure();
    if (!isPostgresLocation(to)) {
        std::error_code ec;
        if (std::filesystem::exists(to, ec) && std::filesystem::file_size(to, ec) > 0)
            return Error { "database " + to + " already exists: copy into a new file",
                { "store.copy_target_exists", { to } } };
    }
    auto target = Database::open(to, OpenMode::Create);
    if (!target)
        return target.failure();
    Database& dst = **target;
    {
        auto held = dst.prepare("SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM products) "
                                "+ (SELECT count(*) FROM imports)");
        if (!held || !(*held)->step())
            return Error { dst.lastError() };
        if ((*held)->int64(0) > 0)
            return Error { "database " + dst.path() + " already holds a community: copy into an empty one",
                { "store.copy_target_not_empty", { dst.path() } } };
    }
    std::string attach = "ATTACH DATABASE '";
    for (const char c : (*source)->filePath())
        attach += c == '\'' ? std::string("''") : std::string(1, c);
    attach += "' AS source";
    if (Status s = dst.exec(attach); !s)
        return s.failure();
    Status status = dst.begin();
    if (status)
        status = dst.exec("DELETE FROM main.meta");
    for (const TableDef& t : tables()) {
        if (!status)
            break;
        const std::string columns = columnList(t);
        status = dst.exec("INSERT INTO main." + std::string(t.name) + " (" + columns + ") SELECT " + columns
            + " FROM source." + t.name);
    }
    if (status)
        status = dst.commit();
    else
        dst.rollback();
    dst.exec("DETACH DATABASE source").ok();
    if (!status)
        return status.failure();

    CopyReport report;
    for (const TableDef& t : tables()) {
        if (std::string(t.name) == "meta")
            continue;
        CopyCount count { t.name, 0, 0 };
        for (Database* d : { source->get(), target->get() }) {
            auto q = d->prepare("SELECT count(*) FROM " + std::string(t.name));
            if (!q || !(*q)->step())
                return Error { d->lastError() };
            (d == source->get() ? count.from : count.to) = (*q)->int64(0);
        }
        report.counts.push_back(count);
    }
    source.value().reset();
    target.value().reset();
    LoadOptions quiet;
    quiet.warning = [](const Error&) {};
    auto a = loadCommunity(from, {}, quiet);
    if (!a)
        return a.failure();
    auto b = loadCommunity(to, {}, quiet);
    if (!b)
        return b.failure();
    report.fromDigest = communityDigest(**a);
    report.toDigest = communityDigest(**b);
    for (const CopyCount& c : report.counts) {
        if (c.from != c.to)
            return Error { "the copy in " + redactedUri(to) + " holds " + std::to_string(c.to) + " rows of " + c.table
                    + ", not " + std::to_string(c.from),
                { "store.copy_rows_differ", { redactedUri(to), c.table, c.to, c.from } } };
    }
    if (report.fromDigest != report.toDigest)
        return Error { "the copy in " + redactedUri(to) + " does not load to the same community (content digest "
                + report.toDigest + ", not " + report.fromDigest + ")",
            { "store.copy_differs", { redactedUri(to), report.toDigest, report.fromDigest } } };
    return report;
}

} // namespace kinsight::core
