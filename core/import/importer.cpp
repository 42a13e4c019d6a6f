#include "importer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "core/data/enums.h"
#include "core/import/csvreader.h"
#include "core/import/recordsource.h"
#include "core/import/values.h"
#include "core/store/database.h"
#include "core/text/messagetext.h"
#include "core/util/money.h"
#include "core/util/table.h"
#include "core/util/timestamp.h"

#include <fcntl.h>
#include <sys/stat.h>

namespace kinsight::core {

std::string ImportIssue::text() const
{
    std::string out = file;
    if (line > 0)
        out += ":" + std::to_string(line);
    out += ": ";
    if (!column.empty())
        out += "column " + column + ": ";
    return out + reason;
}

namespace {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::optional<double> parseNumber(std::string_view s)
{
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

/// A value of the file as a message argument: at most 80 bytes (never cutting a UTF-8 character).
std::string clip(std::string_view s)
{
    if (s.size() <= 80)
        return std::string(s);
    size_t end = 80;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80)
        --end;
    return std::string(s.substr(0, end)) + "…";
}

std::string shown(std::string_view s)
{
    return "'" + clip(s) + "'";
}

/// External id → rowid of every member or product, looked up by the cell's own text: an
/// open-addressing table of (hash, rowid, key) slots over one buffer of the ids' bytes, so that a
/// look-up costs a slot and a key compare, and a million ids load without a million allocations.
class IdMap {
public:
    void reserve(size_t n)
    {
        size_t capacity = 16;
        while (capacity < n + n / 2 + 16) // at most two thirds full
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }
    /// The rowid of `id`, or -1.
    std::int64_t find(std::string_view id) const
    {
        if (m_slots.empty())
            return -1;
        const std::uint64_t h = hashOf(id);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.hash == 0)
                return -1;
            if (slot.hash == h && keyOf(slot) == id)
                return slot.rowid;
        }
    }
    /// The value of `id`, adding it with `rowid` when it is new: (value, whether it was added).
    std::pair<std::int64_t, bool> tryEmplace(std::string_view id, std::int64_t rowid)
    {
        if ((m_size + 1) * 3 > m_slots.size() * 2)
            rehash(std::max<size_t>(16, m_slots.size() * 2));
        const std::uint64_t h = hashOf(id);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            Slot& slot = m_slots[i];
            if (slot.hash == 0) {
                slot = { h, rowid, m_keys.size(), static_cast<std::uint32_t>(id.size()) };
                m_keys.append(id);
                ++m_size;
                return { rowid, true };
            }
            if (slot.hash == h && keyOf(slot) == id)
                return { slot.rowid, false };
        }
    }
    void clear()
    {
        m_slots.clear();
        m_keys.clear();
        m_mask = 0;
        m_size = 0;
    }
    /// Adds `id` unless it is there already.
    void emplace(std::string_view id, std::int64_t rowid) { tryEmplace(id, rowid); }

private:
    struct Slot {
        std::uint64_t hash = 0; ///< 0: empty
        std::int64_t rowid = 0;
        std::uint64_t offset = 0; ///< into m_keys
        std::uint32_t length = 0;
    };
    static std::uint64_t hashOf(std::string_view id)
    {
        const std::uint64_t h = std::hash<std::string_view> {}(id);
        return h == 0 ? 1 : h;
    }
    std::string_view keyOf(const Slot& slot) const { return { m_keys.data() + slot.offset, slot.length }; }
    void rehash(size_t capacity)
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot {});
        m_mask = capacity - 1;
        for (const Slot& slot : old) {
            if (slot.hash == 0)
                continue;
            size_t i = slot.hash & m_mask;
            while (m_slots[i].hash != 0)
                i = (i + 1) & m_mask;
            m_slots[i] = slot;
        }
    }
    std::vector<Slot> m_slots;
    std::string m_keys;
    size_t m_mask = 0;
    size_t m_size = 0;
};

/// A bit per rowid: rows this file has already written (to tell an in-file duplicate with other
/// content from an update of an older row).
class RowSet {
public:
    void insert(std::int64_t rowid)
    {
        const auto r = static_cast<size_t>(rowid);
        if (r >= m_bits.size())
            m_bits.resize(std::max(r + 1, m_bits.size() * 2));
        m_bits[r] = true;
    }
    bool contains(std::int64_t rowid) const
    {
        const auto r = static_cast<size_t>(rowid);
        return rowid >= 0 && r < m_bits.size() && m_bits[r];
    }

private:
    std::vector<bool> m_bits;
};

/// `--value` mappings of one field: source (ASCII lower case) → target.
using ValueMaps = std::vector<std::vector<std::pair<std::string, std::string>>>;

/// Column values of a row by contract field, after header mapping and `--value` mapping.
/// Missing columns read empty.
struct Row {
    const std::vector<std::string>* fields = nullptr;
    const std::vector<int>* columnOfField = nullptr;
    const ValueMaps* values = nullptr;
    std::string_view get(size_t field) const
    {
        const int c = (*columnOfField)[field];
        const std::string_view v = c < 0 ? std::string_view() : trim((*fields)[static_cast<size_t>(c)]);
        if (values && field < values->size() && !(*values)[field].empty()) {
            const std::string lower = lowerAscii(v);
            for (const auto& [source, target] : (*values)[field]) {
                if (source == lower)
                    return target;
            }
        }
        return v;
    }
};

/// A row's problem: the column at fault, the English sentence and the same as a code with its
/// arguments (rendered by core/text in the operator's language).
struct RowError {
    std::string column;
    std::string reason;
    Reason code;
};

using Bound = std::unique_ptr<Statement>;

class ImportRun {
public:
    ImportRun(Database& db, const ImportOptions& options, const TaskControl& control, ImportReport& report)
        : m_db(db)
        , m_options(options)
        , m_control(control)
        , m_report(report)
    { }

    bool prepare();
    bool importFile(const std::string& path, FileKind kind, std::int64_t bytesBefore, std::int64_t bytesTotal,
        const FileImportSettings* settings = nullptr);
    void discardRejectedFiles();
    void publishRejectedFiles();

private:
    // Validates and writes one row; returns an error for an invalid row. `deferred` is set when a
    // members row names a referrer not yet known (it is retried at the end of the file).
    std::optional<RowError> importRow(FileKind kind, const Row& row, bool& deferred);
    std::optional<RowError> importMember(const Row& row, bool& deferred);
    std::optional<RowError> importProduct(const Row& row);
    std::optional<RowError> importOrder(const Row& row);
    std::optional<RowError> importEvent(const Row& row);
    std::optional<RowError> importRating(const Row& row);
    std::optional<RowError> importInteraction(const Row& row);

    std::optional<std::int64_t> memberRowid(std::string_view id);
    std::optional<std::int64_t> productRowid(std::string_view id);
    /// The rowid a required member or product reference names, or the row's error in `error`.
    /// With createMissing, an absent one is created (a member joining at `at`, a product titled
    /// `title` or its id).
    std::optional<std::int64_t> resolve(std::string_view value, const char* column, bool member,
        std::optional<RowError>& error, Timestamp at = 0, std::string_view title = {});
    bool loadIds(const std::string& table, const std::string& idColumn, IdMap& ids);
    std::optional<RowError> writeFailure(Statement& s);
    /// Counts the outcome of an upsert-by-id: inserted, identical, updated, or conflicting.
    std::optional<RowError> upsert(Statement& insert, Statement& select, Statement& update, std::string_view id,
        const std::vector<std::string>& values, std::string_view idColumn, IdMap* idRegistry = nullptr);
    /// Adds one occurrence of an event, rating or interaction whose values are bound to `insert`
    /// (and, with the same numbering, to `find`): the row's copies become the larger of what the
    /// database holds and the occurrences seen so far in this file.
    /// `bind` binds the row's values to a statement (insert and find number them alike); find is
    /// bound only when the insert met an identical row.
    template <typename Bind> void countOccurrence(Statement& insert, Statement& find, Statement& setCopies, Bind bind);
    void addError(const std::string& file, std::int64_t line, std::string column, std::string reason, Reason code = {});
    /// A member or product that `--create-missing` creates for a row naming it at time `at`.
    std::optional<std::int64_t> create(std::string_view id, bool member, Timestamp at, std::string_view title);

public:
    /// Writes the orders gathered from the import's order files (their lines grouped by order_id).
    void flushOrders();
    /// Writes the valid events read since the last call (at most pendingEventsMax of them).
    void flushEvents();
    /// Logs each imported file in the `imports` table.
    void writeLog();

private:
    struct PendingLine {
        std::int64_t product = 0;
        std::optional<double> quantity;
        std::string unitPrice; ///< as given (canonical decimal text), empty when absent
        Cents amount = 0;
        std::string title;
        std::uint32_t summary = 0; ///< index into m_report.files of the row's file
        std::int64_t line = 0;
    };
    struct PendingEvent {
        std::int64_t member = 0;
        std::int64_t product = 0;
        Timestamp at = 0;
        double value = 0;
        bool hasProduct = false;
        bool hasValue = false;
        std::string type;
    };
    /// Validated events waiting to be written, in batches that bound the memory.
    static constexpr size_t pendingEventsMax = 1 << 16;
    std::vector<PendingEvent> m_pendingEvents;
    struct PendingOrder {
        std::string id;
        std::int64_t member = 0;
        std::string status; ///< canonical, `paid` when the rows leave it empty
        Timestamp paidAt = 0;
        std::string currency, type, plan, coupon;
        std::vector<PendingLine> lines;
    };
    enum class Outcome { Inserted, Same, Updated };
    Outcome writeOrder(const PendingOrder& order, const std::vector<PendingLine>& lines);

    TimeZone m_zone;
    std::vector<PendingOrder> m_orders;
    IdMap m_orderIndex; ///< order_id → index into m_orders
    // Members created by createMissing in this import → their joined_at (moved earlier when a
    // later row names them at an earlier time).
    std::unordered_map<std::int64_t, Timestamp> m_createdMembers;
    struct LogEntry {
        size_t summary;
        std::string sha256;
    };
    std::vector<LogEntry> m_log;
    std::uint32_t m_summaryIndex = 0; ///< index of m_summary in m_report.files
public:
    /// Which --map entries matched a header of some file (a --map that matches none is an error).
    std::vector<bool> m_mapMatched;

private:
    std::int64_t m_rowLine = 0; ///< line of the row being imported
    Bound m_memberJoined, m_linesSelect, m_linesDelete, m_lineInsert;

    Database& m_db;
    const ImportOptions& m_options;
    const TaskControl& m_control;
    ImportReport& m_report;
    FileImportSummary* m_summary = nullptr;
    RowSet m_touched;
    // External id → rowid of every member and product, loaded once per import: rows that refer
    // to them are resolved without a B-tree probe each. Memory grows with the database's members
    // (about 100 bytes each), not with the file.
    IdMap m_memberIds;
    IdMap m_productIds;
    std::string m_currency;

    Bound m_memberInsert, m_memberSelect, m_memberUpdate;
    Bound m_productInsert, m_productSelect, m_productUpdate;
    Bound m_orderInsert, m_orderSelect, m_orderUpdate;
    Bound m_eventInsert, m_ratingInsert, m_interactionInsert;
    Bound m_eventFind, m_ratingFind, m_interactionFind;
    Bound m_eventCopies, m_ratingCopies, m_interactionCopies;
    // Occurrences of each distinct row in the current file beyond its first (rowid → count); the
    // first occurrence is a bit in m_touched. Only rows repeated within the file take memory.
    std::unordered_map<std::int64_t, std::int64_t> m_repeatsInFile;
    Bound m_logInsert;
    std::vector<std::pair<std::string, std::string>> m_pendingRejected; // temp path → final path
};

void ImportRun::addError(
    const std::string& file, std::int64_t line, std::string column, std::string reason, Reason code)
{
    ++m_report.errorCount;
    if (code.code.empty())
        code = Reason { "import.row", { reason } }; // a library's own message (SQLite's, Qt's)
    if (static_cast<int>(m_report.errors.size()) < m_options.maxErrors)
        m_report.errors.push_back({ file, line, std::move(column), std::move(reason), std::move(code) });
}

bool ImportRun::prepare()
{
    auto make = [&](Bound& target, const char* sql) {
        auto s = m_db.prepare(sql);
        if (!s) {
            m_report.fatal = s.error();
            m_report.fatalReason = s.failure().reason;
            return false;
        }
        target = std::move(s).value();
        return true;
    };
    m_currency = m_db.meta("currency");
    auto zone = TimeZone::fromId(m_db.timeZoneId());
    if (!zone) {
        m_report.fatal = zone.error();
        m_report.fatalReason = zone.failure().reason;
        return false;
    }
    m_zone = std::move(zone).value();
    return loadIds("members", "member_id", m_memberIds) && loadIds("products", "product_id", m_productIds)
        && make(m_memberInsert,
            "INSERT INTO members(member_id, joined_at, name, email, phone, channel, city, referrer_id) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(member_id) DO NOTHING")
        && make(m_memberSelect,
            "SELECT id, member_id, joined_at, name, email, phone, channel, city, referrer_id FROM members "
            "WHERE member_id = ?1")
        && make(m_memberUpdate,
            "UPDATE members SET joined_at = ?2, name = ?3, email = ?4, phone = ?5, channel = ?6, city = ?7, "
            "referrer_id = ?8 WHERE member_id = ?1")
        && make(m_productInsert,
            "INSERT INTO products(product_id, title, kind, tier, list_price, description, tags, created_at) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(product_id) DO NOTHING")
        && make(m_productSelect,
            "SELECT id, product_id, title, kind, tier, list_price, description, tags, created_at FROM products "
            "WHERE product_id = ?1")
        && make(m_productUpdate,
            "UPDATE products SET title = ?2, kind = ?3, tier = ?4, list_price = ?5, description = ?6, tags = ?7, "
            "created_at = ?8 WHERE product_id = ?1")
        && make(m_orderInsert,
            "INSERT INTO orders(order_id, member, product, paid_at, amount, currency, type, plan, status, coupon) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(order_id) DO NOTHING")
        && make(m_orderSelect,
            "SELECT id, order_id, member, product, paid_at, amount, currency, type, plan, status, coupon FROM orders "
            "WHERE order_id = ?1")
        && make(m_orderUpdate,
            "UPDATE orders SET member = ?2, product = ?3, paid_at = ?4, amount = ?5, currency = ?6, type = ?7, "
            "plan = ?8, status = ?9, coupon = ?10 WHERE order_id = ?1")
        && make(m_eventInsert,
            "INSERT OR IGNORE INTO events(member, product, occurred_at, type, value) VALUES (?1, ?2, ?3, ?4, ?5)")
        && make(m_eventFind,
            "SELECT id, copies FROM events WHERE member = ?1 AND occurred_at = ?3 AND type = ?4 "
            "AND ifnull(product, 0) = ifnull(?2, 0) AND ifnull(value, '') = ifnull(?5, '')")
        && make(m_eventCopies, "UPDATE events SET copies = ?2 WHERE id = ?1")
        && make(m_ratingInsert,
            "INSERT OR IGNORE INTO ratings(member, product, rating, rated_at, review) VALUES (?1, ?2, ?3, ?4, ?5)")
        && make(m_ratingFind,
            "SELECT id, copies FROM ratings WHERE member = ?1 AND rated_at = ?4 AND product = ?2 AND rating = ?3 "
            "AND ifnull(review, '') = ifnull(?5, '')")
        && make(m_ratingCopies, "UPDATE ratings SET copies = ?2 WHERE id = ?1")
        && make(m_interactionInsert,
            "INSERT OR IGNORE INTO interactions(from_member, to_member, occurred_at, type, weight) "
            "VALUES (?1, ?2, ?3, ?4, ?5)")
        && make(m_interactionFind,
            "SELECT id, copies FROM interactions WHERE from_member = ?1 AND occurred_at = ?3 AND to_member = ?2 "
            "AND type = ?4 AND weight = ?5")
        && make(m_interactionCopies, "UPDATE interactions SET copies = ?2 WHERE id = ?1")
        && make(m_memberJoined, "UPDATE members SET joined_at = ?2 WHERE id = ?1")
        && make(m_linesSelect,
            "SELECT product, quantity, unit_price, amount, title FROM order_lines WHERE order_ref = ?1 ORDER BY line")
        && make(m_linesDelete, "DELETE FROM order_lines WHERE order_ref = ?1")
        && make(m_lineInsert,
            "INSERT INTO order_lines(order_ref, line, product, quantity, unit_price, amount, title) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        && make(m_logInsert,
            "INSERT INTO imports(file, kind, sha256, rows_read, rows_imported, rows_skipped, rows_rejected, "
            "imported_at, rows_updated, rows_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

bool ImportRun::loadIds(const std::string& table, const std::string& idColumn, IdMap& ids)
{
    auto count = m_db.prepare("SELECT count(*) FROM " + table);
    if (count && (*count)->step())
        ids.reserve(static_cast<size_t>((*count)->int64(0)) + 1024);
    auto s = m_db.prepare("SELECT id, " + idColumn + " FROM " + table);
    if (!s) {
        m_report.fatal = s.error();
        m_report.fatalReason = s.failure().reason;
        return false;
    }
    while ((*s)->step())
        ids.emplace((*s)->text(1), (*s)->int64(0));
    if ((*s)->failed()) {
        m_report.fatal = (*s)->error();
        return false;
    }
    return true;
}

std::optional<std::int64_t> ImportRun::memberRowid(std::string_view id)
{
    const std::int64_t rowid = m_memberIds.find(id);
    return rowid < 0 ? std::nullopt : std::optional<std::int64_t>(rowid);
}

std::optional<std::int64_t> ImportRun::productRowid(std::string_view id)
{
    const std::int64_t rowid = m_productIds.find(id);
    return rowid < 0 ? std::nullopt : std::optional<std::int64_t>(rowid);
}

std::optional<RowError> ImportRun::writeFailure(Statement& s)
{
    if (!s.failed())
        return std::nullopt;
    // A write failure is not the row's fault (disk full, database busy): stop everything.
    throw std::runtime_error(s.error());
}

// values[0] is the id; values are in the column order of insert/update (?1..?N), "\x01" = NULL.
constexpr std::string_view nullMarker = "\x01";

void bindValues(Statement& s, const std::vector<std::string>& values)
{
    for (size_t i = 0; i < values.size(); ++i) {
        if (values[i] == nullMarker)
            s.bindNull(static_cast<int>(i) + 1);
        else
            s.bind(static_cast<int>(i) + 1, std::string_view(values[i]));
    }
}

std::optional<RowError> ImportRun::upsert(Statement& insert, Statement& select, Statement& update, std::string_view id,
    const std::vector<std::string>& values, std::string_view idColumn, IdMap* idRegistry)
{
    insert.reset();
    bindValues(insert, values);
    insert.step();
    if (auto e = writeFailure(insert))
        return e;
    if (insert.changes() == 1) {
        ++m_summary->imported;
        const std::int64_t rowid = m_db.lastInsertRowid();
        m_touched.insert(rowid);
        if (idRegistry)
            idRegistry->emplace(id, rowid);
        return std::nullopt;
    }
    select.reset();
    select.bind(1, id);
    if (!select.step())
        return writeFailure(select);
    const std::int64_t rowid = select.int64(0);
    bool same = true;
    for (size_t i = 0; i < values.size() && same; ++i) {
        const int col = static_cast<int>(i) + 1;
        if (values[i] == nullMarker)
            same = select.isNull(col);
        else
            same = !select.isNull(col) && select.text(col) == values[i];
    }
    if (same) {
        ++m_summary->skipped;
        return std::nullopt;
    }
    if (m_touched.contains(rowid))
        return RowError { std::string(idColumn), shown(id) + " appears earlier in this file with different content",
            { "import.repeated_id", { clip(id) } } };
    update.reset();
    bindValues(update, values);
    update.step();
    if (auto e = writeFailure(update))
        return e;
    ++m_summary->updated;
    m_touched.insert(rowid);
    ++m_summary->imported;
    return std::nullopt;
}

template <typename Bind>
void ImportRun::countOccurrence(Statement& insert, Statement& find, Statement& setCopies, Bind bind)
{
    insert.reset();
    bind(insert);
    insert.step();
    writeFailure(insert);
    if (insert.changes() == 1) {
        // A row the database did not hold: its first copy.
        m_touched.insert(m_db.lastInsertRowid());
        ++m_summary->imported;
        return;
    }
    find.reset();
    bind(find);
    if (!find.step()) {
        writeFailure(find);
        throw std::runtime_error("an identical row exists but cannot be found again");
    }
    const std::int64_t rowid = find.int64(0);
    const std::int64_t held = find.int64(1);
    find.reset();
    std::int64_t seen = 1;
    if (m_touched.contains(rowid))
        seen = ++m_repeatsInFile.try_emplace(rowid, 1).first->second;
    else
        m_touched.insert(rowid);
    if (seen <= held) {
        ++m_summary->skipped; // an earlier import already held this many copies
        return;
    }
    setCopies.reset();
    setCopies.bind(1, rowid);
    setCopies.bind(2, seen);
    setCopies.step();
    writeFailure(setCopies);
    ++m_summary->imported;
}

std::string orNull(std::string_view v)
{
    return v.empty() ? std::string(nullMarker) : std::string(v);
}

std::optional<RowError> requireText(std::string_view value, const char* column)
{
    if (value.empty())
        return RowError { column, "is empty (required)", { "import.required_empty", { std::string(column) } } };
    return std::nullopt;
}

std::optional<RowError> parseTime(
    const TimeZone& zone, std::string_view value, const char* column, bool required, std::string& out)
{
    if (value.empty()) {
        if (required)
            return RowError { column, "is empty (required)", { "import.required_empty", { std::string(column) } } };
        out = std::string(nullMarker);
        return std::nullopt;
    }
    Reason why;
    const auto t = parseImportTime(value, zone, why);
    if (!t) {
        why.arguments = { clip(value) };
        if (why.code == "import.epoch_out_of_range")
            return RowError { column, shown(value) + " is an epoch time outside the years 1970 to 2100", why };
        return RowError { column,
            shown(value)
                + " is not a valid date or time (YYYY-MM-DD, YYYY/M/D, either with HH:MM[:SS], ISO 8601, or Unix "
                  "epoch seconds or milliseconds)",
            why };
    }
    out = std::to_string(*t);
    return std::nullopt;
}

/// A required time as the instant it names in `zone`, or the row's error.
std::optional<RowError> parseRequiredTime(
    const TimeZone& zone, std::string_view value, const char* column, Timestamp& out)
{
    std::string text;
    if (auto e = parseTime(zone, value, column, true, text))
        return e;
    out = std::stoll(text);
    return std::nullopt;
}

template <typename E>
std::optional<RowError> parseEnum(std::string_view value, const char* column, const char* canonicalField,
    std::optional<E> (*parser)(std::string_view), E fallback, const char* allowed, std::string& out)
{
    if (value.empty()) {
        out = std::string(toString(fallback));
        return std::nullopt;
    }
    const auto parsed = parser(canonicalEnumValue(canonicalField, value));
    if (!parsed)
        return RowError { column, shown(value) + " is not one of " + allowed,
            { "import.enum_invalid", { clip(value), std::string(allowed) } } };
    out = std::string(toString(*parsed));
    return std::nullopt;
}

std::optional<std::int64_t> ImportRun::resolve(std::string_view value, const char* column, bool member,
    std::optional<RowError>& error, Timestamp at, std::string_view title)
{
    if ((error = requireText(value, column)))
        return std::nullopt;
    auto rowid = member ? memberRowid(value) : productRowid(value);
    if (rowid && member && !m_createdMembers.empty()) {
        // A member this import created joins at the earliest time it appears.
        const auto created = m_createdMembers.find(*rowid);
        if (created != m_createdMembers.end() && at < created->second) {
            created->second = at;
            Statement& s = *m_memberJoined;
            s.reset();
            s.bind(1, *rowid);
            s.bind(2, at);
            s.step();
            writeFailure(s);
        }
    }
    if (!rowid && m_options.createMissing)
        rowid = create(value, member, at, title);
    if (!rowid)
        error = RowError { column, shown(value) + (member ? " names no known member" : " names no known product"),
            { member ? "import.unknown_member" : "import.unknown_product", { clip(value) } } };
    return rowid;
}

std::optional<std::int64_t> ImportRun::create(std::string_view id, bool member, Timestamp at, std::string_view title)
{
    Statement& s = member ? *m_memberInsert : *m_productInsert;
    s.reset();
    s.bind(1, id);
    if (member) {
        s.bind(2, at);
        for (int i = 3; i <= 8; ++i)
            s.bindNull(i);
    } else {
        s.bind(2, title.empty() ? id : title);
        s.bind(3, std::string_view("other"));
        for (int i = 4; i <= 8; ++i)
            s.bindNull(i);
    }
    s.step();
    writeFailure(s);
    const std::int64_t rowid = m_db.lastInsertRowid();
    (member ? m_memberIds : m_productIds).emplace(id, rowid);
    if (member)
        m_createdMembers.emplace(rowid, at);
    ++m_summary->created;
    return rowid;
}

std::optional<RowError> ImportRun::importMember(const Row& row, bool& deferred)
{
    const std::string_view id = row.get(0);
    if (auto e = requireText(id, "member_id"))
        return e;
    std::vector<std::string> v(8);
    v[0] = std::string(id);
    if (auto e = parseTime(m_zone, row.get(1), "joined_at", true, v[1]))
        return e;
    for (size_t f = 2; f <= 7; ++f)
        v[f] = orNull(row.get(f));
    const std::string_view referrer = row.get(7);
    if (!referrer.empty()) {
        if (referrer == id)
            return RowError { "referrer_id", "a member cannot refer themselves", { "import.self_referral", {} } };
        if (!memberRowid(referrer)) {
            deferred = true;
            return std::nullopt;
        }
    }
    return upsert(*m_memberInsert, *m_memberSelect, *m_memberUpdate, id, v, "member_id", &m_memberIds);
}

std::optional<RowError> ImportRun::importProduct(const Row& row)
{
    const std::string_view id = row.get(0);
    if (auto e = requireText(id, "product_id"))
        return e;
    std::vector<std::string> v(8);
    v[0] = std::string(id);
    if (auto e = requireText(row.get(1), "title"))
        return e;
    v[1] = std::string(row.get(1));
    if (auto e = parseEnum<ProductKind>(row.get(2), "kind", "kind", parseProductKind, ProductKind::Other,
            "course, column, audio, video, ebook, live, membership, bundle, other", v[2]))
        return e;
    v[3] = orNull(row.get(3));
    if (row.get(4).empty()) {
        v[4] = std::string(nullMarker);
    } else {
        const auto price = parseMoneyText(row.get(4), false);
        if (!price)
            return RowError { "list_price",
                shown(row.get(4))
                    + " is not a valid price (a non-negative number with at most two decimals, no thousands separator)",
                { "import.price_invalid", { clip(row.get(4)) } } };
        v[4] = std::to_string(*price);
    }
    v[5] = orNull(row.get(5));
    v[6] = orNull(row.get(6));
    if (auto e = parseTime(m_zone, row.get(7), "created_at", false, v[7]))
        return e;
    return upsert(*m_productInsert, *m_productSelect, *m_productUpdate, id, v, "product_id", &m_productIds);
}

std::optional<RowError> ImportRun::importOrder(const Row& row)
{
    const std::string_view id = row.get(0);
    if (auto e = requireText(id, "order_id"))
        return e;
    Timestamp paidAt = 0;
    if (auto e = parseRequiredTime(m_zone, row.get(3), "paid_at", paidAt))
        return e;
    std::optional<RowError> error;
    const auto memberId = resolve(row.get(1), "member_id", true, error, paidAt);
    if (!memberId)
        return error;
    const auto productId = resolve(row.get(2), "product_id", false, error, paidAt, row.get(12));
    if (!productId)
        return error;
    PendingLine line;
    line.product = *productId;
    line.title = std::string(row.get(12));
    std::optional<Decimal> quantity, unitPrice;
    if (!row.get(10).empty()) {
        quantity = parseDecimal(row.get(10));
        if (!quantity)
            return RowError { "quantity", shown(row.get(10)) + " is not a number",
                { "import.not_a_number", { clip(row.get(10)) } } };
        line.quantity = static_cast<double>(quantity->mantissa) / std::pow(10.0, quantity->scale);
    }
    if (!row.get(11).empty()) {
        unitPrice = parseDecimal(row.get(11));
        if (!unitPrice)
            return RowError { "unit_price", shown(row.get(11)) + " is not a number",
                { "import.not_a_number", { clip(row.get(11)) } } };
        line.unitPrice = std::to_string(unitPrice->mantissa);
        if (unitPrice->scale > 0) {
            std::string& t = line.unitPrice;
            const bool negative = t.front() == '-';
            if (negative)
                t.erase(0, 1);
            if (t.size() <= static_cast<size_t>(unitPrice->scale))
                t.insert(0, static_cast<size_t>(unitPrice->scale) - t.size() + 1, '0');
            t.insert(t.size() - static_cast<size_t>(unitPrice->scale), ".");
            if (negative)
                t.insert(0, "-");
        }
    }
    if (!row.get(4).empty()) {
        const auto amount = parseMoneyText(row.get(4), true);
        if (!amount)
            return RowError { "amount",
                shown(row.get(4))
                    + " is not a valid amount (a number with at most two decimals; a currency sign and , thousands "
                      "separators are allowed)",
                { "import.amount_invalid", { clip(row.get(4)) } } };
        line.amount = *amount;
    } else if (quantity && unitPrice) {
        const auto amount = lineAmount(*quantity, *unitPrice);
        if (!amount)
            return RowError { "unit_price", "quantity × unit_price is too large", { "import.amount_overflow", {} } };
        line.amount = *amount;
    } else {
        return RowError { "amount", "is empty (required, or give quantity and unit_price)",
            { "import.amount_empty", {} } };
    }
    // A row without a currency: --currency, else the database's own currency, else CNY.
    std::string currency = !row.get(5).empty() ? std::string(row.get(5))
        : !m_options.currency.empty()          ? m_options.currency
        : !m_currency.empty()                  ? m_currency
                                               : std::string("CNY");
    for (char& c : currency) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    if (currency == "RMB" || currency == "人民币" || currency == "元")
        currency = "CNY";
    if (m_currency.empty()) {
        m_currency = currency;
        if (Status s = m_db.setMeta("currency", currency); !s)
            throw std::runtime_error(s.error());
    } else if (currency != m_currency) {
        return RowError { "currency",
            shown(currency) + " differs from this database's currency " + m_currency
                + " (one database holds one currency)",
            { "import.currency_mixed", { clip(currency), m_currency } } };
    }
    std::string type, plan, status;
    if (auto e = parseEnum<OrderType>(row.get(6), "type", "order_type", parseOrderType, OrderType::Purchase,
            "purchase, trial, subscription, renewal", type))
        return e;
    if (row.get(7).empty()) {
        plan = std::string(nullMarker);
    } else {
        const auto parsed = parsePlan(canonicalEnumValue("plan", row.get(7)));
        if (!parsed || *parsed == Plan::None)
            return RowError { "plan", shown(row.get(7)) + " is not one of monthly, quarterly, annual",
                { "import.enum_invalid", { clip(row.get(7)), std::string("monthly, quarterly, annual") } } };
        plan = std::string(toString(*parsed));
    }
    if (auto e = parseEnum<OrderStatus>(
            row.get(8), "status", "status", parseOrderStatus, OrderStatus::Paid, "paid, refunded", status))
        return e;
    line.summary = m_summaryIndex;
    line.line = m_rowLine;

    const auto [index, isNew] = m_orderIndex.tryEmplace(id, static_cast<std::int64_t>(m_orders.size()));
    if (isNew) {
        PendingOrder order;
        order.id = std::string(id);
        order.member = *memberId;
        order.status = status;
        order.paidAt = paidAt;
        order.currency = currency;
        order.type = type;
        order.plan = plan;
        order.coupon = orNull(row.get(9));
        order.lines.push_back(std::move(line));
        m_orders.push_back(std::move(order));
        return std::nullopt;
    }
    PendingOrder& order = m_orders[static_cast<size_t>(index)];
    const PendingLine& first = order.lines.front();
    const std::string& firstFile = m_report.files[first.summary].file;
    const std::string where = firstFile + ":" + std::to_string(first.line);
    if (order.member != *memberId)
        return RowError { "member_id",
            "order " + shown(id) + " has a line for another member at " + where
                + " (the lines of one order must agree on member_id)",
            { "import.order_lines_member", { clip(id), firstFile, first.line } } };
    if (order.status != status)
        return RowError { "status",
            "order " + shown(id) + " has a line with status " + order.status + " at " + where
                + " (the lines of one order must agree on status)",
            { "import.order_lines_status", { clip(id), firstFile, first.line, order.status } } };
    order.paidAt = std::min(order.paidAt, paidAt);
    order.lines.push_back(std::move(line));
    return std::nullopt;
}

std::optional<RowError> ImportRun::importEvent(const Row& row)
{
    Timestamp t = 0;
    if (auto e = parseRequiredTime(m_zone, row.get(1), "occurred_at", t))
        return e;
    std::optional<RowError> error;
    const auto memberId = resolve(row.get(0), "member_id", true, error, t);
    if (!memberId)
        return error;
    if (auto e = requireText(row.get(2), "type"))
        return e;
    const std::string type = lowerAscii(row.get(2));
    std::optional<std::int64_t> productId;
    if (!row.get(3).empty()) {
        productId = resolve(row.get(3), "product_id", false, error, t);
        if (!productId)
            return error;
    }
    std::optional<double> value;
    if (!row.get(4).empty()) {
        value = parseNumber(row.get(4));
        if (!value)
            return RowError { "value", shown(row.get(4)) + " is not a number",
                { "import.not_a_number", { clip(row.get(4)) } } };
    }
    m_pendingEvents.push_back(
        { *memberId, productId.value_or(0), t, value.value_or(0.0), productId.has_value(), value.has_value(), type });
    if (m_pendingEvents.size() >= pendingEventsMax)
        flushEvents();
    return std::nullopt;
}

void ImportRun::flushEvents()
{
    // Written in the order of the content index (member, time, …) rather than the file's: an
    // export in time order across members would otherwise insert at a random place of the index
    // for every row. The outcome (new, repeated, already held) does not depend on the order.
    std::sort(m_pendingEvents.begin(), m_pendingEvents.end(), [](const PendingEvent& a, const PendingEvent& b) {
        return std::tie(a.member, a.at, a.type, a.product, a.value, a.hasProduct, a.hasValue)
            < std::tie(b.member, b.at, b.type, b.product, b.value, b.hasProduct, b.hasValue);
    });
    for (const PendingEvent& e : m_pendingEvents) {
        countOccurrence(*m_eventInsert, *m_eventFind, *m_eventCopies, [&e](Statement& s) {
            s.bind(1, e.member);
            e.hasProduct ? s.bind(2, e.product) : s.bindNull(2);
            s.bind(3, e.at);
            s.bind(4, std::string_view(e.type));
            e.hasValue ? s.bind(5, e.value) : s.bindNull(5);
        });
    }
    m_pendingEvents.clear();
}

std::optional<RowError> ImportRun::importRating(const Row& row)
{
    Timestamp t = 0;
    if (auto e = parseRequiredTime(m_zone, row.get(3), "rated_at", t))
        return e;
    std::optional<RowError> error;
    const auto memberId = resolve(row.get(0), "member_id", true, error, t);
    if (!memberId)
        return error;
    const auto productId = resolve(row.get(1), "product_id", false, error, t);
    if (!productId)
        return error;
    if (row.get(2).empty())
        return RowError { "rating", "is empty (required)", { "import.required_empty", { std::string("rating") } } };
    const auto rating = parseNumber(row.get(2));
    if (!rating || *rating != std::floor(*rating) || *rating < 1 || *rating > 5)
        return RowError { "rating", shown(row.get(2)) + " is not a whole number from 1 to 5",
            { "import.rating_invalid", { clip(row.get(2)) } } };
    countOccurrence(*m_ratingInsert, *m_ratingFind, *m_ratingCopies, [&](Statement& s) {
        s.bind(1, *memberId);
        s.bind(2, *productId);
        s.bind(3, static_cast<std::int64_t>(*rating));
        s.bind(4, t);
        s.bindTextOrNull(5, row.get(4));
    });
    return std::nullopt;
}

std::optional<RowError> ImportRun::importInteraction(const Row& row)
{
    Timestamp t = 0;
    if (auto e = parseRequiredTime(m_zone, row.get(2), "occurred_at", t))
        return e;
    std::int64_t ends[2] = {};
    const char* columns[2] = { "from_member_id", "to_member_id" };
    for (size_t i = 0; i < 2; ++i) {
        std::optional<RowError> error;
        const auto id = resolve(row.get(i), columns[i], true, error, t);
        if (!id)
            return error;
        ends[i] = *id;
    }
    std::string type;
    if (auto e = parseEnum<InteractionType>(row.get(3), "type", "interaction_type", parseInteractionType,
            InteractionType::Reply, "reply, mention, like, follow, share, invite", type))
        return e;
    double weight = 1.0;
    if (!row.get(4).empty()) {
        const auto w = parseNumber(row.get(4));
        if (!w || *w <= 0)
            return RowError { "weight", shown(row.get(4)) + " is not a number greater than 0",
                { "import.weight_invalid", { clip(row.get(4)) } } };
        weight = *w;
    }
    countOccurrence(*m_interactionInsert, *m_interactionFind, *m_interactionCopies, [&](Statement& s) {
        s.bind(1, ends[0]);
        s.bind(2, ends[1]);
        s.bind(3, t);
        s.bind(4, std::string_view(type));
        s.bind(5, weight);
    });
    return std::nullopt;
}

ImportRun::Outcome ImportRun::writeOrder(const PendingOrder& order, const std::vector<PendingLine>& lines)
{
    Cents total = 0;
    for (const PendingLine& l : lines)
        total += l.amount;
    // A negative total (a cancellation or a return) is a refunded order of the absolute amount.
    const std::string status = total < 0 ? std::string("refunded") : order.status;
    const Cents amount = total < 0 ? -total : total;
    const auto writeLines = [&](std::int64_t rowid) {
        if (lines.size() < 2)
            return; // an order of one line is its own row
        Statement& ins = *m_lineInsert;
        for (size_t i = 0; i < lines.size(); ++i) {
            ins.reset();
            ins.bind(1, rowid);
            ins.bind(2, static_cast<std::int64_t>(i) + 1);
            ins.bind(3, lines[i].product);
            lines[i].quantity ? ins.bind(4, *lines[i].quantity) : ins.bindNull(4);
            ins.bindTextOrNull(5, lines[i].unitPrice);
            ins.bind(6, lines[i].amount);
            ins.bindTextOrNull(7, lines[i].title);
            ins.step();
            writeFailure(ins);
        }
    };
    // A new order (the common case) binds its values as they are stored; the text form below is
    // only for comparing with, and updating, an order the database holds.
    Statement& insert = *m_orderInsert;
    insert.reset();
    const auto bindTextOrNull = [&insert](int column, const std::string& value) {
        if (value == nullMarker)
            insert.bindNull(column);
        else
            insert.bind(column, std::string_view(value));
    };
    insert.bind(1, std::string_view(order.id));
    insert.bind(2, order.member);
    insert.bind(3, lines.front().product);
    insert.bind(4, static_cast<std::int64_t>(order.paidAt));
    insert.bind(5, static_cast<std::int64_t>(amount));
    bindTextOrNull(6, order.currency);
    bindTextOrNull(7, order.type);
    bindTextOrNull(8, order.plan);
    bindTextOrNull(9, status);
    bindTextOrNull(10, order.coupon);
    insert.step();
    writeFailure(insert);
    if (insert.changes() == 1) {
        writeLines(m_db.lastInsertRowid());
        return Outcome::Inserted;
    }
    Statement& select = *m_orderSelect;
    select.reset();
    select.bind(1, std::string_view(order.id));
    if (!select.step()) {
        writeFailure(select);
        throw std::runtime_error("order " + order.id + " exists but cannot be read back");
    }
    const std::int64_t rowid = select.int64(0);
    const std::vector<std::string> v
        = { order.id, std::to_string(order.member), std::to_string(lines.front().product), std::to_string(order.paidAt),
              std::to_string(amount), order.currency, order.type, order.plan, status, order.coupon };
    bool same = true;
    for (size_t i = 0; i < v.size() && same; ++i) {
        const int col = static_cast<int>(i) + 1;
        same = v[i] == nullMarker ? select.isNull(col) : !select.isNull(col) && select.text(col) == v[i];
    }
    const Cents oldAmount = select.int64(5);
    const std::string oldStatus(select.text(9));
    // Stored lines (an order of one line has none) must equal the new ones too.
    Statement& stored = *m_linesSelect;
    stored.reset();
    stored.bind(1, rowid);
    size_t n = 0;
    bool linesSame = true;
    while (stored.step()) {
        if (lines.size() < 2 || n >= lines.size()) {
            linesSame = false;
            break;
        }
        const PendingLine& l = lines[n++];
        linesSame = linesSame && stored.int64(0) == l.product
            && (stored.isNull(1) ? !l.quantity : l.quantity && stored.real(1) == *l.quantity)
            && (stored.isNull(2) ? l.unitPrice.empty() : stored.text(2) == l.unitPrice) && stored.int64(3) == l.amount
            && (stored.isNull(4) ? l.title.empty() : stored.text(4) == l.title);
    }
    writeFailure(stored);
    if (lines.size() >= 2 && n != lines.size())
        linesSame = false;
    stored.reset();
    if (same && linesSame)
        return Outcome::Same;
    Statement& update = *m_orderUpdate;
    update.reset();
    bindValues(update, v);
    update.step();
    writeFailure(update);
    Statement& del = *m_linesDelete;
    del.reset();
    del.bind(1, rowid);
    del.step();
    writeFailure(del);
    writeLines(rowid);
    const Cents newAmount = amount;
    if (oldAmount != newAmount || oldStatus != status) {
        ++m_report.updateWarningCount;
        if (static_cast<int>(m_report.updateWarnings.size()) < m_options.maxWarnings) {
            const PendingLine& first = order.lines.front();
            std::string w = m_report.files[first.summary].file + ":" + std::to_string(first.line) + ": order "
                + shown(order.id) + " changed:";
            if (oldAmount != newAmount)
                w += " amount " + formatMoney(oldAmount) + " → " + formatMoney(newAmount);
            if (oldStatus != status)
                w += std::string(oldAmount != newAmount ? ";" : "") + " status " + oldStatus + " → " + status;
            const bool amountChanged = oldAmount != newAmount, statusChanged = oldStatus != status;
            m_report.orderChanges.push_back({ m_report.files[first.summary].file, first.line, {}, w,
                { "import.order_changed",
                    { clip(order.id), amountChanged ? formatMoney(oldAmount) : std::string(),
                        amountChanged ? formatMoney(newAmount) : std::string(),
                        statusChanged ? oldStatus : std::string(), statusChanged ? status : std::string() } } });
            m_report.updateWarnings.push_back(std::move(w));
        }
    }
    return Outcome::Updated;
}

void ImportRun::flushOrders()
{
    using Key = std::tuple<std::int64_t, std::optional<double>, std::string, Cents, std::string>;
    for (PendingOrder& order : m_orders) {
        std::vector<PendingLine> merged;
        bool oneFile = true;
        for (const PendingLine& l : order.lines)
            oneFile = oneFile && l.summary == order.lines.front().summary;
        if (!oneFile) {
            // A line identical to one in another file of this import is the same line (overlapping
            // exports): each distinct line counts as often as the file holding most copies of it.
            std::map<Key, std::map<std::uint32_t, int>> perFile;
            for (const PendingLine& l : order.lines)
                ++perFile[Key { l.product, l.quantity, l.unitPrice, l.amount, l.title }][l.summary];
            std::map<Key, int> keep;
            for (const auto& [key, files] : perFile) {
                int most = 0;
                for (const auto& [file, copies] : files)
                    most = std::max(most, copies);
                keep[key] = most;
            }
            for (const PendingLine& l : order.lines) {
                int& left = keep[Key { l.product, l.quantity, l.unitPrice, l.amount, l.title }];
                if (left > 0) {
                    --left;
                    merged.push_back(l);
                }
            }
        }
        const Outcome outcome = writeOrder(order, oneFile ? order.lines : merged);
        for (const PendingLine& l : order.lines) {
            FileImportSummary& f = m_report.files[l.summary];
            if (outcome == Outcome::Same) {
                ++f.skipped;
            } else {
                ++f.imported;
                if (outcome == Outcome::Updated)
                    ++f.updated;
            }
        }
    }
    m_orders.clear();
    m_orderIndex.clear();
}

void ImportRun::writeLog()
{
    Statement& log = *m_logInsert;
    for (const LogEntry& e : m_log) {
        const FileImportSummary& f = m_report.files[e.summary];
        log.reset();
        log.bind(1, std::string_view(f.file));
        log.bind(2, toString(f.kind));
        log.bind(3, std::string_view(e.sha256));
        log.bind(4, f.read);
        log.bind(5, f.imported);
        log.bind(6, f.skipped);
        log.bind(7, f.rejected);
        log.bind(8, static_cast<std::int64_t>(std::time(nullptr)));
        log.bind(9, f.updated);
        log.bind(10, f.created);
        log.step();
        writeFailure(log);
    }
    m_log.clear();
}

std::optional<RowError> ImportRun::importRow(FileKind kind, const Row& row, bool& deferred)
{
    switch (kind) {
    case FileKind::Members:
        return importMember(row, deferred);
    case FileKind::Products:
        return importProduct(row);
    case FileKind::Orders:
        return importOrder(row);
    case FileKind::Events:
        return importEvent(row);
    case FileKind::Ratings:
        return importRating(row);
    case FileKind::Interactions:
        return importInteraction(row);
    }
    return std::nullopt;
}

/// Writes rejected rows to a temporary file beside the input; published only on commit.
class RejectedWriter {
public:
    RejectedWriter(std::string finalPath, const std::vector<std::string>& header)
        : m_finalPath(std::move(finalPath))
        , m_tempPath(m_finalPath + ".part")
        , m_header(header)
    { }
    void write(const std::vector<std::string>& fields, const std::string& reason)
    {
        if (!m_out.is_open()) {
            // Rejected rows carry personal data: owner-only, like the database.
            const int fd = ::open(m_tempPath.c_str(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
            if (fd >= 0)
                ::close(fd);
            m_out.open(m_tempPath, std::ios::binary | std::ios::trunc);
            m_out << "\xEF\xBB\xBF"; // a BOM, so that Excel reads the UTF-8 text right
            writeRow(m_header, "reason");
        }
        writeRow(fields, reason);
    }
    bool used() const { return m_out.is_open(); }
    void close() { m_out.close(); }
    const std::string& tempPath() const { return m_tempPath; }
    const std::string& finalPath() const { return m_finalPath; }

private:
    void writeRow(const std::vector<std::string>& fields, const std::string& last)
    {
        for (const std::string& f : fields)
            m_out << csvField(f) << ',';
        m_out << csvField(last) << "\r\n";
    }
    std::string m_finalPath, m_tempPath;
    std::vector<std::string> m_header;
    std::ofstream m_out;
};

bool ImportRun::importFile(const std::string& path, FileKind kind, std::int64_t bytesBefore, std::int64_t bytesTotal,
    const FileImportSettings* settings)
{
    m_report.files.push_back({});
    m_summary = &m_report.files.back();
    m_summaryIndex = static_cast<std::uint32_t>(m_report.files.size() - 1);
    m_summary->file = path;
    m_summary->kind = kind;
    m_touched = RowSet();
    m_repeatsInFile.clear();

    const TextEncoding encoding = settings && settings->encoding ? *settings->encoding : m_options.encoding;
    const Delimiter delimiter = settings && settings->delimiter ? *settings->delimiter : m_options.delimiter;
    const std::string sheet = settings && settings->sheet ? *settings->sheet : m_options.sheet;
    auto opened = openRecordSource(path, encoding, delimiter, sheet);
    if (!opened) {
        addError(path, 0, {}, opened.error().substr(std::min(opened.error().size(), path.size() + 2)),
            opened.failure().reason);
        return false;
    }
    // Read, decoded and split ahead on the other core while this one validates and writes.
    const std::unique_ptr<RecordSource> source = readAhead(std::move(opened).value());
    RecordSource& reader = *source;
    m_summary->encoding = reader.encoding();
    m_summary->delimiter = reader.delimiter();

    const auto fields = fieldsOf(kind);
    const bool noHeader = !m_options.columns.empty();
    std::vector<std::string> header;
    if (noHeader) {
        header = m_options.columns;
        bool namesOk = true;
        for (const std::string& name : header) {
            if (name == "-")
                continue;
            bool known = false;
            for (const FieldSpec& f : fields)
                known = known || f.name == name;
            if (!known) {
                addError(path, 0, name,
                    "--columns names '" + name + "', which is not a field of " + std::string(toString(kind)),
                    { "import.columns_unknown_field", { name, std::string(toString(kind)) } });
                namesOk = false;
            }
        }
        if (!namesOk)
            return false;
    } else {
        const auto first = reader.next(header);
        if (first == CsvReader::Next::Failed) {
            addError(path, reader.recordLine(), {}, reader.fatalError(), reader.fatalReason());
            return false;
        }
        if (first == CsvReader::Next::End) {
            addError(path, 1, {}, "no header row (the file holds only blank lines)", { "import.no_header", {} });
            return false;
        }
        if (!reader.recordProblem().empty()) {
            addError(path, 1, {}, "header: " + reader.recordProblem(), reader.recordProblemReason());
            return false;
        }
    }

    // Map headers to fields: --map first, then names and aliases.
    std::vector<int> columnOfField(fields.size(), -1);
    bool headerOk = true;
    const auto fieldIndex = [&](std::string_view name) {
        for (size_t f = 0; f < fields.size(); ++f) {
            if (fields[f].name == name)
                return static_cast<int>(f);
        }
        return -1;
    };
    for (size_t c = 0; c < header.size(); ++c) {
        const std::string h(trim(header[c]));
        if (noHeader && h == "-")
            continue;
        int field = -1;
        bool leftOut = false; // the wizard's "ignore this column"
        const auto mapHeader = [&](const std::vector<std::pair<std::string, std::string>>& columnMap, bool strict) {
            for (size_t i = 0; i < columnMap.size(); ++i) {
                const auto& [source, target] = columnMap[i];
                if (normaliseHeader(source) != normaliseHeader(h))
                    continue;
                if (strict)
                    m_mapMatched[i] = true;
                leftOut = target.empty();
                const int f = fieldIndex(target);
                if (f >= 0) {
                    field = f;
                } else if (strict && !target.empty()) {
                    addError(path, 1, target,
                        "--map '" + source + "=" + target + "': " + std::string(toString(kind)) + " have no field '"
                            + target + "'",
                        { "import.map_unknown_field", { source, target, std::string(toString(kind)) } });
                    headerOk = false;
                }
            }
        };
        // Per-file mappings first, then --map, then names and aliases.
        if (settings)
            mapHeader(settings->columnMap, false);
        if (field < 0 && !leftOut)
            mapHeader(m_options.columnMap, !noHeader);
        if (field < 0 && !leftOut)
            field = fieldForHeader(kind, h);
        if (field < 0) {
            if (!leftOut) {
                m_summary->warnings.push_back(
                    path + ": column '" + h + "' is not a field of " + std::string(toString(kind)) + "; ignored");
                m_summary->warningIssues.push_back({ path, 1, {}, m_summary->warnings.back(),
                    { "import.column_ignored", { clip(h), std::string(toString(kind)) } } });
            }
            continue;
        }
        if (columnOfField[static_cast<size_t>(field)] >= 0) {
            const std::string other(trim(header[static_cast<size_t>(columnOfField[static_cast<size_t>(field)])]));
            addError(path, 1, std::string(fields[static_cast<size_t>(field)].name),
                "columns '" + other + "' and '" + h + "' both give this field",
                { "import.duplicate_field", { clip(other), clip(h) } });
            headerOk = false;
            continue;
        }
        columnOfField[static_cast<size_t>(field)] = static_cast<int>(c);
    }
    for (size_t f = 0; f < fields.size(); ++f) {
        if (fields[f].required && columnOfField[f] < 0) {
            addError(path, 1, std::string(fields[f].name), "missing required column",
                { "import.missing_column", { std::string(fields[f].name) } });
            headerOk = false;
        }
    }
    if (kind == FileKind::Orders) {
        std::vector<int> present;
        for (size_t f = 0; f < fields.size(); ++f) {
            if (columnOfField[f] >= 0)
                present.push_back(static_cast<int>(f));
        }
        if (!ordersHaveAmount(present)) {
            addError(path, 1, "amount", "missing required column (or give quantity and unit_price)",
                { "import.missing_amount_column", {} });
            headerOk = false;
        }
    }
    if (!headerOk)
        return false;

    // --value mappings of this kind's fields.
    ValueMaps valueMaps(fields.size());
    for (const ValueMapping& m : m_options.valueMap) {
        const int f = fieldIndex(m.field);
        if (f >= 0)
            valueMaps[static_cast<size_t>(f)].emplace_back(lowerAscii(m.source), m.target);
    }

    const std::filesystem::path p(path);
    RejectedWriter rejected((p.parent_path() / (p.stem().string() + ".rejected.csv")).string(), header);
    bool fileOk = true;
    struct Deferred {
        std::vector<std::string> fields;
        std::int64_t line;
    };
    std::vector<Deferred> deferredRows;

    auto handle = [&](const std::vector<std::string>& record, std::int64_t line, const std::optional<RowError>& error) {
        if (!error)
            return;
        if (m_options.skipInvalid) {
            ++m_summary->rejected;
            // The reason column is for the operator who opens the file (in Excel): in the interface
            // language, as the CLI's --language or the window's language set it.
            const QString reason = locatedText({}, 0, error->column, error->code);
            rejected.write(record, reason.toStdString());
        } else {
            fileOk = false;
            addError(path, line, error->column, error->reason, error->code);
        }
    };

    std::vector<std::string> record;
    std::int64_t rows = 0;
    for (;;) {
        const auto next = reader.next(record);
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Failed) {
            const std::string& fatal = reader.fatalError();
            const size_t colon = fatal.find(": ");
            addError(path, reader.recordLine(), {}, colon == std::string::npos ? fatal : fatal.substr(colon + 2),
                reader.fatalReason());
            return false;
        }
        ++m_summary->read;
        if ((++rows & 0x3fff) == 0) {
            if (m_control.stopRequested())
                throw Cancelled {};
            m_control.progress(static_cast<double>(bytesBefore + reader.bytesRead())
                / static_cast<double>(std::max<std::int64_t>(bytesTotal, 1)));
        }
        m_rowLine = reader.recordLine();
        if (reader.ragged() && record.size() < header.size())
            record.resize(header.size());
        std::optional<RowError> error;
        if (!reader.recordProblem().empty()) {
            error = RowError { {}, reader.recordProblem(), reader.recordProblemReason() };
        } else if (record.size() != header.size()) {
            if (noHeader)
                error = RowError { {},
                    "--columns names " + std::to_string(header.size()) + " columns, but this row has "
                        + std::to_string(record.size()),
                    { "import.columns_count",
                        { static_cast<std::int64_t>(header.size()), static_cast<std::int64_t>(record.size()) } } };
            else
                error = RowError { {},
                    "expected " + std::to_string(header.size()) + " fields, found " + std::to_string(record.size()),
                    { "import.field_count",
                        { static_cast<std::int64_t>(header.size()), static_cast<std::int64_t>(record.size()) } } };
        } else {
            bool deferred = false;
            error = importRow(kind, Row { &record, &columnOfField, &valueMaps }, deferred);
            if (deferred) {
                deferredRows.push_back({ record, reader.recordLine() });
                continue;
            }
        }
        handle(record, reader.recordLine(), error);
    }

    if (kind == FileKind::Events)
        flushEvents();

    // Members whose referrer appears later in the same file: retry until nothing more resolves.
    while (!deferredRows.empty()) {
        std::vector<Deferred> still;
        for (Deferred& d : deferredRows) {
            bool deferred = false;
            m_rowLine = d.line;
            const auto error = importRow(kind, Row { &d.fields, &columnOfField, &valueMaps }, deferred);
            if (deferred)
                still.push_back(std::move(d));
            else
                handle(d.fields, d.line, error);
        }
        if (still.size() == deferredRows.size()) {
            std::sort(still.begin(), still.end(), [](const Deferred& a, const Deferred& b) { return a.line < b.line; });
            for (const Deferred& d : still) {
                const std::string_view ref = Row { &d.fields, &columnOfField, &valueMaps }.get(7);
                handle(d.fields, d.line,
                    RowError { "referrer_id", shown(ref) + " names no known member",
                        { "import.unknown_member", { clip(ref) } } });
            }
            break;
        }
        deferredRows = std::move(still);
    }

    if (rejected.used()) {
        rejected.close();
        m_summary->rejectedPath = rejected.finalPath();
        m_pendingRejected.emplace_back(rejected.tempPath(), rejected.finalPath());
    }
    if (!fileOk)
        return false;

    m_log.push_back({ m_summaryIndex, reader.sha256Hex() });
    return true;
}

void ImportRun::discardRejectedFiles()
{
    for (const auto& [temp, final] : m_pendingRejected) {
        std::error_code ec;
        std::filesystem::remove(temp, ec);
    }
    for (auto& f : m_report.files)
        f.rejectedPath.clear();
}

void ImportRun::publishRejectedFiles()
{
    for (const auto& [temp, final] : m_pendingRejected) {
        std::error_code ec;
        std::filesystem::rename(temp, final, ec);
    }
}

} // namespace

ImportReport importFiles(
    Database& db, const std::vector<std::string>& paths, const ImportOptions& options, const TaskControl& control)
{
    ImportReport report;
    struct Planned {
        std::string path;
        FileKind kind;
        size_t given;
    };
    std::vector<Planned> plan;
    std::int64_t totalBytes = 0;
    for (size_t i = 0; i < paths.size(); ++i) {
        std::error_code exists;
        if (!std::filesystem::exists(paths[i], exists)) {
            report.fatal = paths[i] + ": file does not exist";
            report.fatalReason = { "import.file_missing", {} };
            report.fatalFile = paths[i];
            return report;
        }
        const FileImportSettings* settings = i < options.perFile.size() ? &options.perFile[i] : nullptr;
        const auto kind = settings && settings->kind ? settings->kind
            : options.kind                           ? options.kind
                                                     : fileKindFromPath(paths[i]);
        if (!kind) {
            report.fatal = paths[i]
                + ": cannot tell the kind of file from its name; name it members.csv, products.csv, orders.csv, "
                  "events.csv, ratings.csv or interactions.csv (a suffix such as orders-2026.csv is fine), or give "
                  "--kind";
            report.fatalReason = { "import.kind_unknown", {} };
            report.fatalFile = paths[i];
            return report;
        }
        plan.push_back({ paths[i], *kind, i });
        std::error_code ec;
        const auto size = std::filesystem::file_size(paths[i], ec);
        totalBytes += ec ? 0 : static_cast<std::int64_t>(size);
    }
    std::stable_sort(plan.begin(), plan.end(), [](const Planned& a, const Planned& b) { return a.kind < b.kind; });

    // --value and --map must name fields that the kinds imported have.
    const auto kindHas = [&](std::string_view field) {
        for (const Planned& p : plan) {
            for (const FieldSpec& f : fieldsOf(p.kind)) {
                if (f.name == field)
                    return true;
            }
        }
        return false;
    };
    for (const ValueMapping& m : options.valueMap) {
        if (!kindHas(m.field)) {
            report.fatal = "--value '" + m.field + ":" + m.source + "=" + m.target
                + "': no file of this import has a field '" + m.field + "'";
            report.fatalReason = { "import.value_no_field", { m.field + ":" + m.source + "=" + m.target, m.field } };
            return report;
        }
    }
    if (!options.columns.empty() && !options.columnMap.empty()) {
        report.fatal = "--map cannot be used with --no-header --columns (the columns are named by --columns)";
        report.fatalReason = { "import.map_with_columns", {} };
        return report;
    }

    // A large page cache keeps the indexes hot while rows arrive in no particular order; it is
    // given back after the import.
    // Foreign keys are checked by the importer itself (every reference is resolved through the id
    // maps before a row is written), so SQLite's per-row re-check is switched off meanwhile.
    db.exec("PRAGMA cache_size = -262144; PRAGMA foreign_keys = OFF").ok();
    struct RestoreSettings {
        Database& db;
        ~RestoreSettings() { db.exec("PRAGMA cache_size = -65536; PRAGMA foreign_keys = ON").ok(); }
    } restoreSettings { db };
    if (Status s = db.begin(); !s) {
        // A file's busy or read-only state reads best from SQLite; a server's error is in `s`.
        report.fatal = std::string_view(db.engine()) == "sqlite" ? db.lastError() : s.error();
        report.fatalReason = s.failure().reason;
        return report;
    }
    ImportRun run(db, options, control, report);
    run.m_mapMatched.assign(options.columnMap.size(), false);
    bool ok = run.prepare();
    // Files are imported kind by kind (members before the orders that name them) but reported in
    // the order given, as the user named them: report.files[i] came from paths[givenOf[i]].
    std::vector<size_t> givenOf;
    auto inOrderGiven = [&report, &givenOf] {
        std::vector<size_t> order(std::min(givenOf.size(), report.files.size()));
        std::iota(order.begin(), order.end(), size_t { 0 });
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return givenOf[a] < givenOf[b]; });
        std::vector<FileImportSummary> files;
        files.reserve(report.files.size());
        for (size_t i : order)
            files.push_back(std::move(report.files[i]));
        for (size_t i = order.size(); i < report.files.size(); ++i)
            files.push_back(std::move(report.files[i]));
        report.files = std::move(files);
    };
    try {
        std::int64_t bytesBefore = 0;
        for (size_t i = 0; i < plan.size(); ++i) {
            const Planned& p = plan[i];
            if (!ok && !report.fatal.empty())
                break;
            givenOf.push_back(p.given);
            ok = run.importFile(p.path, p.kind, bytesBefore, totalBytes,
                     p.given < options.perFile.size() ? &options.perFile[p.given] : nullptr)
                && ok;
            std::error_code ec;
            const auto size = std::filesystem::file_size(p.path, ec);
            bytesBefore += ec ? 0 : static_cast<std::int64_t>(size);
            // The lines of one order may be in any of the order files: orders are written once
            // the last of them is read.
            if (p.kind == FileKind::Orders && (i + 1 == plan.size() || plan[i + 1].kind != FileKind::Orders) && ok)
                run.flushOrders();
        }
        for (size_t i = 0; i < options.columnMap.size() && ok; ++i) {
            if (!run.m_mapMatched[i]) {
                report.fatal = "--map '" + options.columnMap[i].first + "=" + options.columnMap[i].second
                    + "': no file of this import has a column '" + options.columnMap[i].first + "'";
                report.fatalReason = { "import.map_no_column",
                    { options.columnMap[i].first + "=" + options.columnMap[i].second, options.columnMap[i].first } };
                ok = false;
            }
        }
        if (ok && report.fatal.empty())
            run.writeLog();
        if (ok && report.fatal.empty()) {
            if (Status s = db.commit(); !s) {
                report.fatal = s.error();
                report.fatalReason = s.failure().reason;
                ok = false;
            }
        }
    } catch (const Cancelled&) {
        report.cancelled = true;
        report.fatal = "import cancelled; nothing was written";
        report.fatalReason = { "import.cancelled", {} };
        ok = false;
    } catch (const std::exception& e) {
        report.fatal = e.what();
        report.fatalReason = { "import.write_failed", { std::string(e.what()) } };
        ok = false;
    }
    if (!ok || !report.fatal.empty()) {
        db.rollback();
        run.discardRejectedFiles();
        report.ok = false;
        inOrderGiven();
        return report;
    }
    run.publishRejectedFiles();
    inOrderGiven();
    report.ok = true;
    control.progress(1.0);
    return report;
}

} // namespace kinsight::core
