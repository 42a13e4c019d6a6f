#include "importwriter.h"

#include <algorithm>
#include <stdexcept>

#include "core/store/database.h"
#include "core/util/enumnames.h"

namespace kinsight::core {

namespace {

using Bound = std::unique_ptr<Statement>;

/// A failed step stops the import (see ImportWriter).
void check(const Statement& s)
{
    if (s.failed())
        throw std::runtime_error(s.error());
}

void bindRow(Statement& s, const StoredRow& values)
{
    for (size_t i = 0; i < values.size(); ++i) {
        if (values[i] == storedNull)
            s.bindNull(static_cast<int>(i) + 1);
        else
            s.bind(static_cast<int>(i) + 1, std::string_view(values[i]));
    }
}

/// Binds a stored value of a batch (NULL for storedNull) without copying it: the batch writers
/// below step each statement while the rows they were given are still in place, and bind every
/// parameter again before the next step.
void bindOrNull(Statement& s, int i, std::string_view value)
{
    if (value == storedNull)
        s.bindNull(i);
    else
        s.bindInPlace(i, value);
}

} // namespace

/// Per table with an external id: insert (unless stored), select by id, update by id.
struct IdStatements {
    Bound insert, select, update;
};

/// Per occurrence table: find the identical row, set its copies; insert many (unless identical
/// content is stored), the greatest rowid.
struct OccurrenceStatements {
    Bound find, copies;
    Bound insertMany; ///< rowsPerInsert rows with their copies (prepared when first needed)
    Bound maxId;
};

/// Rows of one multi-row INSERT: 64 rows of 6 values stay far below SQLite's limit of bound
/// parameters, and bind and step cost less per row than one statement per row.
constexpr size_t rowsPerInsert = 64;

struct ImportWriter::Statements {
    IdStatements ids[3];
    Bound ordersInsertMany, ordersMaxId, membersInsertMany; ///< prepared when first needed
    OccurrenceStatements occurrences[3];
    Bound joined, linesSelect, linesDelete, lineInsert, log;

    IdStatements& of(IdTable t) { return ids[static_cast<size_t>(t)]; }
    OccurrenceStatements& of(OccurrenceTable t) { return occurrences[static_cast<size_t>(t)]; }
};

ImportWriter::ImportWriter(Database& db)
    : m_db(db)
    , m_s(std::make_unique<Statements>())
{ }

ImportWriter::~ImportWriter() = default;

Result<std::unique_ptr<ImportWriter>> ImportWriter::prepare(Database& db)
{
    std::unique_ptr<ImportWriter> w(new ImportWriter(db));
    Statements& s = *w->m_s;
    std::optional<Error> failed;
    const auto make = [&](Bound& target, const char* sql) {
        if (failed)
            return;
        auto prepared = db.prepare(sql);
        if (!prepared) {
            failed = prepared.failure();
            return;
        }
        target = std::move(prepared).value();
    };
    IdStatements& members = s.of(IdTable::Members);
    make(members.insert,
        "INSERT INTO members(member_id, joined_at, name, email, phone, channel, city, referrer_id) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(member_id) DO NOTHING");
    make(members.select,
        "SELECT id, member_id, joined_at, name, email, phone, channel, city, referrer_id FROM members "
        "WHERE member_id = ?1");
    make(members.update,
        "UPDATE members SET joined_at = ?2, name = ?3, email = ?4, phone = ?5, channel = ?6, city = ?7, "
        "referrer_id = ?8 WHERE member_id = ?1");
    IdStatements& products = s.of(IdTable::Products);
    make(products.insert,
        "INSERT INTO products(product_id, title, kind, tier, list_price, description, tags, created_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT(product_id) DO NOTHING");
    make(products.select,
        "SELECT id, product_id, title, kind, tier, list_price, description, tags, created_at FROM products "
        "WHERE product_id = ?1");
    make(products.update,
        "UPDATE products SET title = ?2, kind = ?3, tier = ?4, list_price = ?5, description = ?6, tags = ?7, "
        "created_at = ?8 WHERE product_id = ?1");
    IdStatements& orders = s.of(IdTable::Orders);
    make(orders.insert,
        "INSERT INTO orders(order_id, member, product, paid_at, amount, currency, type, plan, status, coupon) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT(order_id) DO NOTHING");
    make(orders.select,
        "SELECT id, order_id, member, product, paid_at, amount, currency, type, plan, status, coupon FROM orders "
        "WHERE order_id = ?1");
    make(orders.update,
        "UPDATE orders SET member = ?2, product = ?3, paid_at = ?4, amount = ?5, currency = ?6, type = ?7, "
        "plan = ?8, status = ?9, coupon = ?10 WHERE order_id = ?1");
    OccurrenceStatements& events = s.of(OccurrenceTable::Events);
    make(events.find,
        "SELECT id, copies FROM events WHERE member = ?1 AND occurred_at = ?3 AND type = ?4 "
        "AND ifnull(product, 0) = ifnull(?2, 0) AND ifnull(value, '') = ifnull(?5, '')");
    make(events.copies, "UPDATE events SET copies = ?2 WHERE id = ?1");
    OccurrenceStatements& ratings = s.of(OccurrenceTable::Ratings);
    make(ratings.find,
        "SELECT id, copies FROM ratings WHERE member = ?1 AND rated_at = ?4 AND product = ?2 AND rating = ?3 "
        "AND ifnull(review, '') = ifnull(?5, '')");
    make(ratings.copies, "UPDATE ratings SET copies = ?2 WHERE id = ?1");
    OccurrenceStatements& interactions = s.of(OccurrenceTable::Interactions);
    make(interactions.find,
        "SELECT id, copies FROM interactions WHERE from_member = ?1 AND occurred_at = ?3 AND to_member = ?2 "
        "AND type = ?4 AND weight = ?5");
    make(interactions.copies, "UPDATE interactions SET copies = ?2 WHERE id = ?1");
    make(s.joined, "UPDATE members SET joined_at = ?2 WHERE id = ?1");
    make(s.linesSelect,
        "SELECT product, quantity, unit_price, amount, title FROM order_lines WHERE order_ref = ?1 ORDER BY line");
    make(s.linesDelete, "DELETE FROM order_lines WHERE order_ref = ?1");
    make(s.lineInsert,
        "INSERT INTO order_lines(order_ref, line, product, quantity, unit_price, amount, title) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    make(s.log,
        "INSERT INTO imports(file, kind, sha256, rows_read, rows_imported, rows_skipped, rows_rejected, "
        "imported_at, rows_updated, rows_created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (failed)
        return std::move(*failed);
    return w;
}

namespace {

constexpr auto idTableNames = enumNames<IdTable>(
    { { IdTable::Members, "members" }, { IdTable::Products, "products" }, { IdTable::Orders, "orders" } });

const char* tableOf(IdTable table)
{
    return idTableNames.nameOf(table, "members").data();
}

constexpr auto idColumnNames = enumNames<IdTable>(
    { { IdTable::Members, "member_id" }, { IdTable::Products, "product_id" }, { IdTable::Orders, "order_id" } });

const char* idColumnOf(IdTable table)
{
    return idColumnNames.nameOf(table, "member_id").data();
}

/// The integer value of a one-row PRAGMA, or `fallback`.
std::int64_t pragmaValue(Database& db, const char* pragma, std::int64_t fallback)
{
    auto s = db.prepare(std::string("PRAGMA ") + pragma);
    return s && (*s)->step() ? (*s)->int64(0) : fallback;
}

} // namespace

ImportWriter::BulkSettings::BulkSettings(Database& db)
    : m_db(db)
    , m_cacheSize(pragmaValue(db, "cache_size", -65536))
    , m_foreignKeys(pragmaValue(db, "foreign_keys", 1) != 0)
{
    m_db.exec("PRAGMA cache_size = -262144; PRAGMA foreign_keys = OFF").ok();
}

ImportWriter::BulkSettings::~BulkSettings()
{
    // As they were before.
    m_db.exec("PRAGMA cache_size = " + std::to_string(m_cacheSize)
            + "; PRAGMA foreign_keys = " + (m_foreignKeys ? "ON" : "OFF"))
        .ok();
}

std::int64_t ImportWriter::rowidBound(IdTable table)
{
    // A lone max() is read from the end of the table's B-tree; count(*) would scan every row.
    auto s = m_db.prepare(std::string("SELECT max(id) FROM ") + tableOf(table));
    return s && (*s)->step() ? (*s)->int64(0) : 0;
}

Status ImportWriter::deferIndexes(IdTable table)
{
    auto q = m_db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 "
                          "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'");
    if (!q)
        return q.failure();
    (*q)->bind(1, std::string_view(tableOf(table)));
    std::vector<std::pair<std::string, std::string>> found;
    while ((*q)->step())
        found.emplace_back((*q)->text(0), (*q)->text(1));
    if ((*q)->failed())
        return Error { (*q)->error() };
    q->reset();
    for (auto& [name, sql] : found) {
        if (Status s = m_db.exec("DROP INDEX \"" + name + "\""); !s)
            return s;
        m_deferredIndexes.push_back(std::move(sql));
    }
    return {};
}

Status ImportWriter::restoreIndexes()
{
    while (!m_deferredIndexes.empty()) {
        if (Status s = m_db.exec(m_deferredIndexes.back()); !s)
            return s;
        m_deferredIndexes.pop_back();
    }
    return {};
}

Status ImportWriter::forEachId(IdTable table, const std::function<void(std::string_view, std::int64_t)>& each)
{
    auto s = m_db.prepare(std::string("SELECT id, ") + idColumnOf(table) + " FROM " + tableOf(table));
    if (!s)
        return s.failure();
    while ((*s)->step())
        each((*s)->text(1), (*s)->int64(0));
    if ((*s)->failed())
        return Error { (*s)->error() };
    return {};
}

std::optional<std::int64_t> ImportWriter::insert(IdTable table, const StoredRow& values)
{
    Statement& s = *m_s->of(table).insert;
    s.reset();
    bindRow(s, values);
    s.step();
    check(s);
    if (s.changes() != 1)
        return std::nullopt;
    return m_db.lastInsertRowid();
}

ImportWriter::Comparison ImportWriter::compare(IdTable table, const StoredRow& values)
{
    Statement& s = *m_s->of(table).select;
    s.reset();
    s.bind(1, std::string_view(values.front()));
    if (!s.step()) {
        check(s);
        throw std::runtime_error("row " + values.front() + " exists but cannot be read back");
    }
    Comparison c { s.int64(0), true };
    for (size_t i = 0; i < values.size() && c.same; ++i) {
        const int col = static_cast<int>(i) + 1;
        c.same = values[i] == storedNull ? s.isNull(col) : !s.isNull(col) && s.text(col) == values[i];
    }
    s.reset();
    return c;
}

void ImportWriter::update(IdTable table, const StoredRow& values)
{
    Statement& s = *m_s->of(table).update;
    s.reset();
    bindRow(s, values);
    s.step();
    check(s);
}

std::int64_t ImportWriter::createMember(std::string_view id, std::int64_t joinedAt)
{
    Statement& s = *m_s->of(IdTable::Members).insert;
    s.reset();
    s.bind(1, id);
    s.bind(2, joinedAt);
    for (int i = 3; i <= 8; ++i)
        s.bindNull(i);
    s.step();
    check(s);
    return m_db.lastInsertRowid();
}

std::int64_t ImportWriter::createProduct(std::string_view id, std::string_view title)
{
    Statement& s = *m_s->of(IdTable::Products).insert;
    s.reset();
    s.bind(1, id);
    s.bind(2, title);
    s.bind(3, std::string_view("other"));
    for (int i = 4; i <= 8; ++i)
        s.bindNull(i);
    s.step();
    check(s);
    return m_db.lastInsertRowid();
}

void ImportWriter::setJoinedAt(std::int64_t memberRowid, std::int64_t joinedAt)
{
    Statement& s = *m_s->joined;
    s.reset();
    s.bind(1, memberRowid);
    s.bind(2, joinedAt);
    s.step();
    check(s);
}

namespace {

/// `<verb> INTO <head> VALUES (?, …), … <tail>` for `rows` rows of `columns` values.
std::string multiRowInsert(
    std::string_view verb, std::string_view head, int columns, size_t rows, std::string_view tail = {})
{
    std::string sql(verb);
    sql.append(" INTO ").append(head).append(" VALUES ");
    for (size_t r = 0; r < rows; ++r) {
        sql += r == 0 ? "(" : ",(";
        for (int c = 0; c < columns; ++c)
            sql += c == 0 ? "?" : ",?";
        sql += ")";
    }
    if (!tail.empty())
        sql.append(" ").append(tail);
    return sql;
}

Bound prepareOrThrow(Database& db, const std::string& sql)
{
    auto made = db.prepare(sql);
    if (!made)
        throw std::runtime_error(made.error());
    return std::move(made).value();
}

/// The greatest rowid of `table` (0 when empty), through `cached` (prepared when first needed).
std::int64_t greatestRowid(Database& db, Bound& cached, std::string_view table)
{
    if (!cached)
        cached = prepareOrThrow(db, std::string("SELECT max(id) FROM ").append(table));
    cached->reset();
    if (!cached->step())
        check(*cached);
    const std::int64_t bound = cached->isNull(0) ? 0 : cached->int64(0);
    cached->reset();
    return bound;
}

/// Runs `rows` rows through multi-row statements of `perRow` rows each (`full`, prepared once
/// from `sqlFor(perRow)`; a shorter last one from `sqlFor(n)`): `step(statement, begin, n)` binds
/// rows [begin, begin + n) and steps.
template <typename SqlFor, typename Step>
void inChunks(Database& db, size_t rows, size_t perRow, Bound& full, SqlFor sqlFor, Step step)
{
    if (!full)
        full = prepareOrThrow(db, sqlFor(perRow));
    Bound tail;
    for (size_t begin = 0; begin < rows; begin += perRow) {
        const size_t n = std::min(perRow, rows - begin);
        if (n < perRow)
            tail = prepareOrThrow(db, sqlFor(n));
        Statement& s = n == perRow ? *full : *tail;
        s.reset();
        step(s, begin, n);
    }
}

/// The batch form of addOccurrence: `bind(statement, first, row)` binds a row's values from
/// parameter `first` on (its copies follow, at first + columns - 1). Rows a statement inserted
/// are told from rows it ignored by rowid: every row above the table's greatest rowid before the
/// statement is new (an INTEGER PRIMARY KEY takes the next one, `max(id) + 1`).
template <typename Values, typename Bind>
void addOccurrences(Database& db, OccurrenceStatements& s, std::string_view table, std::string_view head, int columns,
    const std::vector<Values>& rows, const std::vector<std::int64_t>& copies,
    std::vector<ImportWriter::Occurrence>& out, Bind bind)
{
    std::int64_t bound = greatestRowid(db, s.maxId, table);
    out.assign(rows.size(), {});
    inChunks(
        db, rows.size(), rowsPerInsert, s.insertMany,
        [&](size_t n) { return multiRowInsert("INSERT OR IGNORE", head, columns, n); },
        [&](Statement& insert, size_t begin, size_t n) {
            for (size_t i = 0; i < n; ++i) {
                const int first = static_cast<int>(i) * columns + 1;
                bind(insert, first, rows[begin + i]);
                insert.bind(first + columns - 1, copies[begin + i]);
            }
            insert.step();
            check(insert);
            const auto added = static_cast<size_t>(insert.changes());
            if (added == n) {
                for (size_t i = 0; i < n; ++i)
                    out[begin + i] = { bound + 1 + static_cast<std::int64_t>(i), true, copies[begin + i] };
            } else {
                // Some were held already: each row's own row, new when above the old bound.
                Statement& find = *s.find;
                for (size_t i = 0; i < n; ++i) {
                    find.reset();
                    bind(find, 1, rows[begin + i]);
                    if (!find.step()) {
                        check(find);
                        throw std::runtime_error("an identical row exists but cannot be found again");
                    }
                    const std::int64_t rowid = find.int64(0);
                    out[begin + i] = rowid > bound ? ImportWriter::Occurrence { rowid, true, copies[begin + i] }
                                                   : ImportWriter::Occurrence { rowid, false, find.int64(1) };
                    find.reset();
                }
            }
            bound += static_cast<std::int64_t>(added);
        });
}

void bindEvent(Statement& s, int first, const EventValues& v)
{
    s.bind(first, v.member);
    v.product ? s.bind(first + 1, *v.product) : s.bindNull(first + 1);
    s.bind(first + 2, v.occurredAt);
    s.bindInPlace(first + 3, v.type);
    v.value ? s.bind(first + 4, *v.value) : s.bindNull(first + 4);
}

void bindRating(Statement& s, int first, const RatingValues& v)
{
    s.bind(first, v.member);
    s.bind(first + 1, v.product);
    s.bind(first + 2, v.rating);
    s.bind(first + 3, v.ratedAt);
    v.review.empty() ? s.bindNull(first + 4) : s.bindInPlace(first + 4, v.review);
}

void bindInteraction(Statement& s, int first, const InteractionValues& v)
{
    s.bind(first, v.fromMember);
    s.bind(first + 1, v.toMember);
    s.bind(first + 2, v.occurredAt);
    s.bindInPlace(first + 3, v.type);
    s.bind(first + 4, v.weight);
}

} // namespace

void ImportWriter::add(
    const std::vector<RatingValues>& rows, const std::vector<std::int64_t>& copies, std::vector<Occurrence>& out)
{
    addOccurrences(m_db, m_s->of(OccurrenceTable::Ratings), "ratings",
        "ratings(member, product, rating, rated_at, review, copies)", 6, rows, copies, out, bindRating);
}

void ImportWriter::add(
    const std::vector<InteractionValues>& rows, const std::vector<std::int64_t>& copies, std::vector<Occurrence>& out)
{
    addOccurrences(m_db, m_s->of(OccurrenceTable::Interactions), "interactions",
        "interactions(from_member, to_member, occurred_at, type, weight, copies)", 6, rows, copies, out,
        bindInteraction);
}

void ImportWriter::add(
    const std::vector<EventValues>& rows, const std::vector<std::int64_t>& copies, std::vector<Occurrence>& out)
{
    addOccurrences(m_db, m_s->of(OccurrenceTable::Events), "events",
        "events(member, product, occurred_at, type, value, copies)", 6, rows, copies, out, bindEvent);
}

void ImportWriter::setCopies(OccurrenceTable table, std::int64_t rowid, std::int64_t copies)
{
    Statement& s = *m_s->of(table).copies;
    s.reset();
    s.bind(1, rowid);
    s.bind(2, copies);
    s.step();
    check(s);
}

void ImportWriter::insertMembers(const std::vector<StoredRow>& rows, std::int64_t firstRowid)
{
    constexpr int columns = 9; // the rowid, then the 8 values of a members StoredRow
    inChunks(
        m_db, rows.size(), 64, m_s->membersInsertMany,
        [](size_t n) {
            return multiRowInsert("INSERT",
                "members(id, member_id, joined_at, name, email, phone, channel, city, referrer_id)", columns, n);
        },
        [&](Statement& s, size_t begin, size_t n) {
            for (size_t i = 0; i < n; ++i) {
                const int first = static_cast<int>(i) * columns + 1;
                s.bind(first, firstRowid + static_cast<std::int64_t>(begin + i));
                const StoredRow& values = rows[begin + i];
                for (size_t c = 0; c < values.size(); ++c)
                    bindOrNull(s, first + 1 + static_cast<int>(c), values[c]);
            }
            s.step();
            check(s);
        });
}

void ImportWriter::insertOrders(const std::vector<OrderValues>& orders, std::vector<std::int64_t>& rowids)
{
    // 32 orders of 10 values per statement. As for events (addOccurrences), an order above the
    // table's greatest rowid before the statement is one it inserted.
    constexpr int columns = 10;
    std::int64_t bound = greatestRowid(m_db, m_s->ordersMaxId, "orders");
    rowids.assign(orders.size(), 0);
    inChunks(
        m_db, orders.size(), 32, m_s->ordersInsertMany,
        [](size_t n) {
            return multiRowInsert("INSERT",
                "orders(order_id, member, product, paid_at, amount, currency, type, plan, status, coupon)", columns, n,
                "ON CONFLICT(order_id) DO NOTHING");
        },
        [&](Statement& s, size_t begin, size_t n) {
            for (size_t i = 0; i < n; ++i) {
                const OrderValues& v = orders[begin + i];
                const int first = static_cast<int>(i) * columns + 1;
                s.bindInPlace(first, v.orderId);
                s.bind(first + 1, v.member);
                s.bind(first + 2, v.product);
                s.bind(first + 3, v.paidAt);
                s.bind(first + 4, v.amount);
                bindOrNull(s, first + 5, v.currency);
                bindOrNull(s, first + 6, v.type);
                bindOrNull(s, first + 7, v.plan);
                bindOrNull(s, first + 8, v.status);
                bindOrNull(s, first + 9, v.coupon);
            }
            s.step();
            check(s);
            const auto added = static_cast<size_t>(s.changes());
            if (added == n) {
                for (size_t i = 0; i < n; ++i)
                    rowids[begin + i] = bound + 1 + static_cast<std::int64_t>(i);
            } else {
                Statement& select = *m_s->of(IdTable::Orders).select;
                for (size_t i = 0; i < n; ++i) {
                    select.reset();
                    select.bind(1, orders[begin + i].orderId);
                    if (!select.step()) {
                        check(select);
                        throw std::runtime_error(
                            std::string("order ").append(orders[begin + i].orderId).append(" cannot be read back"));
                    }
                    const std::int64_t rowid = select.int64(0);
                    rowids[begin + i] = rowid > bound ? rowid : 0;
                    select.reset();
                }
            }
            bound += static_cast<std::int64_t>(added);
        });
}

ImportWriter::StoredOrder ImportWriter::readOrder(std::string_view orderId)
{
    Statement& s = *m_s->of(IdTable::Orders).select;
    s.reset();
    s.bind(1, orderId);
    if (!s.step()) {
        check(s);
        throw std::runtime_error("order " + std::string(orderId) + " exists but cannot be read back");
    }
    StoredOrder order { s.int64(0), StoredRow(10) };
    for (int col = 1; col <= 10; ++col)
        order.values[static_cast<size_t>(col) - 1] = s.isNull(col) ? std::string(storedNull) : std::string(s.text(col));
    s.reset();
    return order;
}

std::vector<OrderLineValues> ImportWriter::readLines(std::int64_t orderRowid)
{
    Statement& s = *m_s->linesSelect;
    s.reset();
    s.bind(1, orderRowid);
    std::vector<OrderLineValues> lines;
    while (s.step()) {
        OrderLineValues l;
        l.product = s.int64(0);
        if (!s.isNull(1))
            l.quantity = s.real(1);
        l.unitPrice = std::string(s.text(2));
        l.amount = s.int64(3);
        l.title = std::string(s.text(4));
        lines.push_back(std::move(l));
    }
    check(s);
    s.reset();
    return lines;
}

void ImportWriter::insertLines(std::int64_t orderRowid, const std::vector<OrderLineValues>& lines)
{
    Statement& s = *m_s->lineInsert;
    for (size_t i = 0; i < lines.size(); ++i) {
        const OrderLineValues& l = lines[i];
        s.reset();
        s.bind(1, orderRowid);
        s.bind(2, static_cast<std::int64_t>(i) + 1);
        s.bind(3, l.product);
        l.quantity ? s.bind(4, *l.quantity) : s.bindNull(4);
        s.bindTextOrNull(5, l.unitPrice);
        s.bind(6, l.amount);
        s.bindTextOrNull(7, l.title);
        s.step();
        check(s);
    }
}

void ImportWriter::replaceLines(std::int64_t orderRowid, const std::vector<OrderLineValues>& lines)
{
    Statement& del = *m_s->linesDelete;
    del.reset();
    del.bind(1, orderRowid);
    del.step();
    check(del);
    insertLines(orderRowid, lines);
}

void ImportWriter::log(const ImportLogRow& row)
{
    Statement& s = *m_s->log;
    s.reset();
    s.bind(1, row.file);
    s.bind(2, row.kind);
    s.bind(3, row.sha256);
    s.bind(4, row.read);
    s.bind(5, row.imported);
    s.bind(6, row.skipped);
    s.bind(7, row.rejected);
    s.bind(8, row.importedAt);
    s.bind(9, row.updated);
    s.bind(10, row.created);
    s.step();
    check(s);
}

} // namespace kinsight::core
