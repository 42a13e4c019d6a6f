#include "importer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <numeric>
#include <unordered_map>

#include "core/data/enums.h"
#include "core/import/csvreader.h"
#include "core/store/database.h"
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

std::string shown(std::string_view s)
{
    std::string v(s.substr(0, 80));
    if (s.size() > 80)
        v += "…";
    return "'" + v + "'";
}

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

/// Column values of a row by contract field, after header mapping. Missing columns read empty.
struct Row {
    const std::vector<std::string>* fields = nullptr;
    const std::vector<int>* columnOfField = nullptr;
    std::string_view get(size_t field) const
    {
        const int c = (*columnOfField)[field];
        return c < 0 ? std::string_view() : trim((*fields)[static_cast<size_t>(c)]);
    }
};

struct RowError {
    std::string column;
    std::string reason;
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
    std::optional<std::int64_t> resolve(
        std::string_view value, const char* column, bool member, std::optional<RowError>& error);
    bool loadIds(
        const std::string& table, const std::string& idColumn, std::unordered_map<std::string, std::int64_t>& ids);
    std::optional<RowError> writeFailure(Statement& s);
    /// Counts the outcome of an upsert-by-id: inserted, identical, updated, or conflicting.
    std::optional<RowError> upsert(Statement& insert, Statement& select, Statement& update, std::string_view id,
        const std::vector<std::string>& values, std::string_view idColumn,
        std::unordered_map<std::string, std::int64_t>* idRegistry = nullptr);
    void countInsertOrIgnore(Statement& s);
    void addError(const std::string& file, std::int64_t line, std::string column, std::string reason);

    Database& m_db;
    const ImportOptions& m_options;
    const TaskControl& m_control;
    ImportReport& m_report;
    FileImportSummary* m_summary = nullptr;
    RowSet m_touched;
    // External id → rowid of every member and product, loaded once per import: rows that refer
    // to them are resolved without a B-tree probe each. Memory grows with the database's members
    // (about 100 bytes each), not with the file.
    std::unordered_map<std::string, std::int64_t> m_memberIds;
    std::unordered_map<std::string, std::int64_t> m_productIds;
    std::string m_currency;

    Bound m_memberInsert, m_memberSelect, m_memberUpdate;
    Bound m_productInsert, m_productSelect, m_productUpdate;
    Bound m_orderInsert, m_orderSelect, m_orderUpdate;
    Bound m_eventInsert, m_ratingInsert, m_interactionInsert;
    Bound m_logInsert;
    std::vector<std::pair<std::string, std::string>> m_pendingRejected; // temp path → final path
};

void ImportRun::addError(const std::string& file, std::int64_t line, std::string column, std::string reason)
{
    ++m_report.errorCount;
    if (static_cast<int>(m_report.errors.size()) < m_options.maxErrors)
        m_report.errors.push_back({ file, line, std::move(column), std::move(reason) });
}

bool ImportRun::prepare()
{
    auto make = [&](Bound& target, const char* sql) {
        auto s = m_db.prepare(sql);
        if (!s) {
            m_report.fatal = s.error();
            return false;
        }
        target = std::move(s).value();
        return true;
    };
    m_currency = m_db.meta("currency");
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
            "INSERT OR IGNORE INTO events(member, product, occurred_at, type, value) VALUES (?, ?, ?, ?, ?)")
        && make(m_ratingInsert,
            "INSERT OR IGNORE INTO ratings(member, product, rating, rated_at, review) VALUES (?, ?, ?, ?, ?)")
        && make(m_interactionInsert,
            "INSERT OR IGNORE INTO interactions(from_member, to_member, occurred_at, type, weight) "
            "VALUES (?, ?, ?, ?, ?)")
        && make(m_logInsert,
            "INSERT INTO imports(file, kind, sha256, rows_read, rows_imported, rows_skipped, rows_rejected, "
            "imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
}

bool ImportRun::loadIds(
    const std::string& table, const std::string& idColumn, std::unordered_map<std::string, std::int64_t>& ids)
{
    auto count = m_db.prepare("SELECT count(*) FROM " + table);
    if (count && (*count)->step())
        ids.reserve(static_cast<size_t>((*count)->int64(0)) + 1024);
    auto s = m_db.prepare("SELECT id, " + idColumn + " FROM " + table);
    if (!s) {
        m_report.fatal = s.error();
        return false;
    }
    while ((*s)->step())
        ids.emplace(std::string((*s)->text(1)), (*s)->int64(0));
    if ((*s)->failed()) {
        m_report.fatal = (*s)->error();
        return false;
    }
    return true;
}

std::optional<std::int64_t> ImportRun::memberRowid(std::string_view id)
{
    const auto it = m_memberIds.find(std::string(id));
    return it == m_memberIds.end() ? std::nullopt : std::optional<std::int64_t>(it->second);
}

std::optional<std::int64_t> ImportRun::productRowid(std::string_view id)
{
    const auto it = m_productIds.find(std::string(id));
    return it == m_productIds.end() ? std::nullopt : std::optional<std::int64_t>(it->second);
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
    const std::vector<std::string>& values, std::string_view idColumn,
    std::unordered_map<std::string, std::int64_t>* idRegistry)
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
            idRegistry->emplace(std::string(id), rowid);
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
        return RowError { std::string(idColumn), shown(id) + " appears earlier in this file with different content" };
    update.reset();
    bindValues(update, values);
    update.step();
    if (auto e = writeFailure(update))
        return e;
    m_touched.insert(rowid);
    ++m_summary->imported;
    return std::nullopt;
}

void ImportRun::countInsertOrIgnore(Statement& s)
{
    s.step();
    writeFailure(s);
    if (s.changes() == 1)
        ++m_summary->imported;
    else
        ++m_summary->skipped;
}

std::string orNull(std::string_view v)
{
    return v.empty() ? std::string(nullMarker) : std::string(v);
}

std::optional<RowError> requireText(std::string_view value, const char* column)
{
    if (value.empty())
        return RowError { column, "is empty (required)" };
    return std::nullopt;
}

std::optional<RowError> parseTime(std::string_view value, const char* column, bool required, std::string& out)
{
    if (value.empty()) {
        if (required)
            return RowError { column, "is empty (required)" };
        out = std::string(nullMarker);
        return std::nullopt;
    }
    const auto t = parseTimestamp(value);
    if (!t)
        return RowError { column,
            shown(value) + " is not a valid date or time (YYYY-MM-DD, YYYY-MM-DD HH:MM[:SS] or ISO 8601)" };
    out = std::to_string(*t);
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
        return RowError { column, shown(value) + " is not one of " + allowed };
    out = std::string(toString(*parsed));
    return std::nullopt;
}

std::optional<std::int64_t> ImportRun::resolve(
    std::string_view value, const char* column, bool member, std::optional<RowError>& error)
{
    if ((error = requireText(value, column)))
        return std::nullopt;
    const auto rowid = member ? memberRowid(value) : productRowid(value);
    if (!rowid)
        error = RowError { column, shown(value) + (member ? " names no known member" : " names no known product") };
    return rowid;
}

std::optional<RowError> ImportRun::importMember(const Row& row, bool& deferred)
{
    const std::string_view id = row.get(0);
    if (auto e = requireText(id, "member_id"))
        return e;
    std::vector<std::string> v(8);
    v[0] = std::string(id);
    if (auto e = parseTime(row.get(1), "joined_at", true, v[1]))
        return e;
    for (size_t f = 2; f <= 7; ++f)
        v[f] = orNull(row.get(f));
    const std::string_view referrer = row.get(7);
    if (!referrer.empty()) {
        if (referrer == id)
            return RowError { "referrer_id", "a member cannot refer themselves" };
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
        const auto price = parseMoney(row.get(4));
        if (!price)
            return RowError {
                "list_price",
                shown(row.get(4))
                    + " is not a valid price (a non-negative number with at most two decimals, no thousands separator)"
            };
        v[4] = std::to_string(*price);
    }
    v[5] = orNull(row.get(5));
    v[6] = orNull(row.get(6));
    if (auto e = parseTime(row.get(7), "created_at", false, v[7]))
        return e;
    return upsert(*m_productInsert, *m_productSelect, *m_productUpdate, id, v, "product_id", &m_productIds);
}

std::optional<RowError> ImportRun::importOrder(const Row& row)
{
    const std::string_view id = row.get(0);
    if (auto e = requireText(id, "order_id"))
        return e;
    std::vector<std::string> v(10);
    v[0] = std::string(id);
    std::optional<RowError> error;
    const auto memberId = resolve(row.get(1), "member_id", true, error);
    if (!memberId)
        return error;
    v[1] = std::to_string(*memberId);
    const auto productId = resolve(row.get(2), "product_id", false, error);
    if (!productId)
        return error;
    v[2] = std::to_string(*productId);
    if (auto e = parseTime(row.get(3), "paid_at", true, v[3]))
        return e;
    if (row.get(4).empty())
        return RowError { "amount", "is empty (required)" };
    const auto amount = parseMoney(row.get(4));
    if (!amount)
        return RowError { "amount",
            shown(row.get(4))
                + " is not a valid amount (a non-negative number with at most two decimals, no thousands separator)" };
    v[4] = std::to_string(*amount);
    std::string currency = row.get(5).empty() ? std::string("CNY") : lowerAscii(row.get(5));
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
                + " (one database holds one currency)" };
    }
    v[5] = currency;
    if (auto e = parseEnum<OrderType>(row.get(6), "type", "order_type", parseOrderType, OrderType::Purchase,
            "purchase, trial, subscription, renewal", v[6]))
        return e;
    if (row.get(7).empty()) {
        v[7] = std::string(nullMarker);
    } else {
        const auto plan = parsePlan(canonicalEnumValue("plan", row.get(7)));
        if (!plan || *plan == Plan::None)
            return RowError { "plan", shown(row.get(7)) + " is not one of monthly, quarterly, annual" };
        v[7] = std::string(toString(*plan));
    }
    if (auto e = parseEnum<OrderStatus>(
            row.get(8), "status", "status", parseOrderStatus, OrderStatus::Paid, "paid, refunded", v[8]))
        return e;
    v[9] = orNull(row.get(9));
    return upsert(*m_orderInsert, *m_orderSelect, *m_orderUpdate, id, v, "order_id");
}

std::optional<RowError> ImportRun::importEvent(const Row& row)
{
    std::optional<RowError> error;
    const auto memberId = resolve(row.get(0), "member_id", true, error);
    if (!memberId)
        return error;
    std::string at;
    if (auto e = parseTime(row.get(1), "occurred_at", true, at))
        return e;
    if (auto e = requireText(row.get(2), "type"))
        return e;
    const std::string type = lowerAscii(row.get(2));
    std::optional<std::int64_t> productId;
    if (!row.get(3).empty()) {
        productId = resolve(row.get(3), "product_id", false, error);
        if (!productId)
            return error;
    }
    std::optional<double> value;
    if (!row.get(4).empty()) {
        value = parseNumber(row.get(4));
        if (!value)
            return RowError { "value", shown(row.get(4)) + " is not a number" };
    }
    Statement& s = *m_eventInsert;
    s.reset();
    s.bind(1, *memberId);
    productId ? s.bind(2, *productId) : s.bindNull(2);
    s.bind(3, static_cast<std::int64_t>(std::stoll(at)));
    s.bind(4, std::string_view(type));
    value ? s.bind(5, *value) : s.bindNull(5);
    countInsertOrIgnore(s);
    return std::nullopt;
}

std::optional<RowError> ImportRun::importRating(const Row& row)
{
    std::optional<RowError> error;
    const auto memberId = resolve(row.get(0), "member_id", true, error);
    if (!memberId)
        return error;
    const auto productId = resolve(row.get(1), "product_id", false, error);
    if (!productId)
        return error;
    if (row.get(2).empty())
        return RowError { "rating", "is empty (required)" };
    const auto rating = parseNumber(row.get(2));
    if (!rating || *rating != std::floor(*rating) || *rating < 1 || *rating > 5)
        return RowError { "rating", shown(row.get(2)) + " is not a whole number from 1 to 5" };
    std::string at;
    if (auto e = parseTime(row.get(3), "rated_at", true, at))
        return e;
    Statement& s = *m_ratingInsert;
    s.reset();
    s.bind(1, *memberId);
    s.bind(2, *productId);
    s.bind(3, static_cast<std::int64_t>(*rating));
    s.bind(4, static_cast<std::int64_t>(std::stoll(at)));
    s.bindTextOrNull(5, row.get(4));
    countInsertOrIgnore(s);
    return std::nullopt;
}

std::optional<RowError> ImportRun::importInteraction(const Row& row)
{
    std::int64_t ends[2] = {};
    const char* columns[2] = { "from_member_id", "to_member_id" };
    for (size_t i = 0; i < 2; ++i) {
        std::optional<RowError> error;
        const auto id = resolve(row.get(i), columns[i], true, error);
        if (!id)
            return error;
        ends[i] = *id;
    }
    std::string at;
    if (auto e = parseTime(row.get(2), "occurred_at", true, at))
        return e;
    std::string type;
    if (auto e = parseEnum<InteractionType>(row.get(3), "type", "interaction_type", parseInteractionType,
            InteractionType::Reply, "reply, mention, like, follow, share, invite", type))
        return e;
    double weight = 1.0;
    if (!row.get(4).empty()) {
        const auto w = parseNumber(row.get(4));
        if (!w || *w <= 0)
            return RowError { "weight", shown(row.get(4)) + " is not a number greater than 0" };
        weight = *w;
    }
    Statement& s = *m_interactionInsert;
    s.reset();
    s.bind(1, ends[0]);
    s.bind(2, ends[1]);
    s.bind(3, static_cast<std::int64_t>(std::stoll(at)));
    s.bind(4, std::string_view(type));
    s.bind(5, weight);
    countInsertOrIgnore(s);
    return std::nullopt;
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
    m_summary->file = path;
    m_summary->kind = kind;
    m_touched = RowSet();

    auto opened = CsvReader::open(path, settings && settings->encoding ? *settings->encoding : m_options.encoding);
    if (!opened) {
        addError(path, 0, {}, opened.error().substr(std::min(opened.error().size(), path.size() + 2)));
        return false;
    }
    CsvReader& reader = **opened;
    m_summary->encoding = reader.encoding();

    std::vector<std::string> header;
    const auto first = reader.next(header);
    if (first == CsvReader::Next::Failed) {
        addError(path, reader.recordLine(), {}, reader.fatalError());
        return false;
    }
    if (first == CsvReader::Next::End) {
        addError(path, 1, {}, "no header row (the file holds only blank lines)");
        return false;
    }
    if (!reader.recordProblem().empty()) {
        addError(path, 1, {}, "header: " + reader.recordProblem());
        return false;
    }

    // Map headers to fields: --map first, then names and aliases.
    const auto fields = fieldsOf(kind);
    std::vector<int> columnOfField(fields.size(), -1);
    bool headerOk = true;
    for (size_t c = 0; c < header.size(); ++c) {
        const std::string h(trim(header[c]));
        int field = -1;
        bool leftOut = false; // the wizard's "ignore this column"
        const auto mapHeader = [&](const std::vector<std::pair<std::string, std::string>>& columnMap) {
            for (const auto& [source, target] : columnMap) {
                if (normaliseHeader(source) != normaliseHeader(h))
                    continue;
                leftOut = target.empty();
                for (size_t f = 0; f < fields.size(); ++f) {
                    if (fields[f].name == target)
                        field = static_cast<int>(f);
                }
            }
        };
        // Per-file mappings first, then --map, then names and aliases.
        if (settings)
            mapHeader(settings->columnMap);
        if (field < 0 && !leftOut)
            mapHeader(m_options.columnMap);
        if (field < 0 && !leftOut)
            field = fieldForHeader(kind, h);
        if (field < 0) {
            m_summary->warnings.push_back(
                path + ": column '" + h + "' is not a field of " + std::string(toString(kind)) + "; ignored");
            continue;
        }
        if (columnOfField[static_cast<size_t>(field)] >= 0) {
            addError(path, 1, std::string(fields[static_cast<size_t>(field)].name),
                "columns '" + std::string(trim(header[static_cast<size_t>(columnOfField[static_cast<size_t>(field)])]))
                    + "' and '" + h + "' both give this field");
            headerOk = false;
            continue;
        }
        columnOfField[static_cast<size_t>(field)] = static_cast<int>(c);
    }
    for (size_t f = 0; f < fields.size(); ++f) {
        if (fields[f].required && columnOfField[f] < 0) {
            addError(path, 1, std::string(fields[f].name), "missing required column");
            headerOk = false;
        }
    }
    if (!headerOk)
        return false;

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
            const std::string reason = error->column.empty() ? error->reason : error->column + ": " + error->reason;
            rejected.write(record, reason);
        } else {
            fileOk = false;
            addError(path, line, error->column, error->reason);
        }
    };

    std::vector<std::string> record;
    std::int64_t rows = 0;
    for (;;) {
        const auto next = reader.next(record);
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Failed) {
            addError(path, reader.recordLine(), {}, reader.fatalError().substr(reader.fatalError().find(": ") + 2));
            return false;
        }
        ++m_summary->read;
        if ((++rows & 0x3fff) == 0) {
            if (m_control.stopRequested())
                throw Cancelled {};
            m_control.progress(static_cast<double>(bytesBefore + reader.bytesRead())
                / static_cast<double>(std::max<std::int64_t>(bytesTotal, 1)));
        }
        std::optional<RowError> error;
        if (!reader.recordProblem().empty()) {
            error = RowError { {}, reader.recordProblem() };
        } else if (record.size() != header.size()) {
            error = RowError { {},
                "expected " + std::to_string(header.size()) + " fields, found " + std::to_string(record.size()) };
        } else {
            bool deferred = false;
            error = importRow(kind, Row { &record, &columnOfField }, deferred);
            if (deferred) {
                deferredRows.push_back({ record, reader.recordLine() });
                continue;
            }
        }
        handle(record, reader.recordLine(), error);
    }

    // Members whose referrer appears later in the same file: retry until nothing more resolves.
    while (!deferredRows.empty()) {
        std::vector<Deferred> still;
        for (Deferred& d : deferredRows) {
            bool deferred = false;
            const auto error = importRow(kind, Row { &d.fields, &columnOfField }, deferred);
            if (deferred)
                still.push_back(std::move(d));
            else
                handle(d.fields, d.line, error);
        }
        if (still.size() == deferredRows.size()) {
            std::sort(still.begin(), still.end(), [](const Deferred& a, const Deferred& b) { return a.line < b.line; });
            for (const Deferred& d : still) {
                const std::string_view ref = Row { &d.fields, &columnOfField }.get(7);
                handle(d.fields, d.line, RowError { "referrer_id", shown(ref) + " names no known member" });
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

    Statement& log = *m_logInsert;
    log.reset();
    log.bind(1, std::string_view(path));
    log.bind(2, toString(kind));
    log.bind(3, std::string_view(reader.sha256Hex()));
    log.bind(4, m_summary->read);
    log.bind(5, m_summary->imported);
    log.bind(6, m_summary->skipped);
    log.bind(7, m_summary->rejected);
    log.bind(8, static_cast<std::int64_t>(std::time(nullptr)));
    log.step();
    writeFailure(log);
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
            return report;
        }
        plan.push_back({ paths[i], *kind, i });
        std::error_code ec;
        const auto size = std::filesystem::file_size(paths[i], ec);
        totalBytes += ec ? 0 : static_cast<std::int64_t>(size);
    }
    std::stable_sort(plan.begin(), plan.end(), [](const Planned& a, const Planned& b) { return a.kind < b.kind; });

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
        report.fatal = db.lastError();
        return report;
    }
    ImportRun run(db, options, control, report);
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
        for (const Planned& p : plan) {
            if (!ok && !report.fatal.empty())
                break;
            givenOf.push_back(p.given);
            ok = run.importFile(p.path, p.kind, bytesBefore, totalBytes,
                     p.given < options.perFile.size() ? &options.perFile[p.given] : nullptr)
                && ok;
            std::error_code ec;
            const auto size = std::filesystem::file_size(p.path, ec);
            bytesBefore += ec ? 0 : static_cast<std::int64_t>(size);
        }
        if (ok && report.fatal.empty()) {
            if (Status s = db.commit(); !s) {
                report.fatal = s.error();
                ok = false;
            }
        }
    } catch (const Cancelled&) {
        report.cancelled = true;
        report.fatal = "import cancelled; nothing was written";
        ok = false;
    } catch (const std::exception& e) {
        report.fatal = e.what();
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
