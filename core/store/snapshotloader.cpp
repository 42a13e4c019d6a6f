#include "snapshotloader.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <mutex>
#include <optional>
#include <span>
#include <unordered_map>

#include <QtGlobal>
#include <sqlite3.h>

#include "core/util/parallel.h"

#include <unistd.h>

namespace kinsight::core {

namespace {

/// Maps database rowids to member or product indices. Rowids are usually dense, so a vector
/// does; a rowid far beyond the table's size (possible after manual edits, or in a damaged file)
/// goes to a hash map instead of growing the vector without bound.
class RowidMap {
public:
    explicit RowidMap(std::int64_t rows)
        : m_denseLimit(static_cast<size_t>(std::max<std::int64_t>(rows, 0)) * 4 + 1024)
    { }
    void set(std::int64_t rowid, Index index)
    {
        if (rowid < 0) {
            m_sparse[rowid] = index;
            return;
        }
        const auto r = static_cast<size_t>(rowid);
        if (r >= m_denseLimit) {
            m_sparse[rowid] = index;
            return;
        }
        if (r >= m_map.size())
            m_map.resize(std::min(m_denseLimit, std::max(r + 1, m_map.size() * 2)), noIndex);
        m_map[r] = index;
    }
    /// out[i] = get(rowids[i]) for every i, the look-ups' cache lines fetched ahead (rows in time
    /// order across members look members up at random); false when a rowid is unknown.
    bool resolve(std::span<const std::int64_t> rowids, std::vector<Index>& out) const
    {
        out.resize(rowids.size());
        return resolve(rowids, [&](size_t i, Index index) { out[i] = index; });
    }
    /// put(i, get(rowids[i])) for every i, as above.
    template <typename Put> bool resolve(std::span<const std::int64_t> rowids, Put put) const
    {
        constexpr size_t ahead = 16;
        bool known = true;
        for (size_t i = 0; i < rowids.size(); ++i) {
            if (i + ahead < rowids.size()) {
                const auto r = static_cast<size_t>(rowids[i + ahead]);
                if (r < m_map.size())
                    __builtin_prefetch(m_map.data() + r);
            }
            const Index index = get(rowids[i]);
            put(i, index);
            known = known && index != noIndex;
        }
        return known;
    }
    Index get(std::int64_t rowid) const
    {
        const auto r = static_cast<size_t>(rowid);
        if (rowid >= 0 && r < m_map.size())
            return m_map[r];
        if (m_sparse.empty())
            return noIndex;
        const auto it = m_sparse.find(rowid);
        return it == m_sparse.end() ? noIndex : it->second;
    }
    /// Every index i becomes oldToNew[i].
    void remap(const std::vector<Index>& oldToNew)
    {
        for (Index& v : m_map) {
            if (v != noIndex)
                v = oldToNew[static_cast<size_t>(v)];
        }
        for (auto& [rowid, v] : m_sparse)
            v = oldToNew[static_cast<size_t>(v)];
    }

private:
    size_t m_denseLimit;
    std::vector<Index> m_map;
    std::unordered_map<std::int64_t, Index> m_sparse;
};

/// A prepared statement on a raw connection (the loader's hot loops; either connection).
class Query {
public:
    Query(sqlite3* db, const char* sql)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            m_error = sqlite3_errmsg(db);
    }
    ~Query() { sqlite3_finalize(m_stmt); }
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;
    bool ok() const { return m_stmt != nullptr; }
    void range(std::int64_t lo, std::int64_t hi)
    {
        sqlite3_bind_int64(m_stmt, 1, lo);
        sqlite3_bind_int64(m_stmt, 2, hi);
    }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_error = sqlite3_errmsg(sqlite3_db_handle(m_stmt));
        return false;
    }
    std::int64_t int64(int c) const { return sqlite3_column_int64(m_stmt, c); }
    double real(int c) const { return sqlite3_column_double(m_stmt, c); }
    bool isNull(int c) const { return sqlite3_column_type(m_stmt, c) == SQLITE_NULL; }
    std::string_view text(int c) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, c));
        return p ? std::string_view(p, static_cast<size_t>(sqlite3_column_bytes(m_stmt, c))) : std::string_view();
    }
    const std::string& error() const { return m_error; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    std::string m_error;
};

/// A second read-only connection in a read transaction on the same snapshot of the database.
class Reader {
public:
    ~Reader()
    {
        if (m_db) {
            sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_close_v2(m_db);
        }
    }
    /// Opens and begins reading; false (and no reader) when the connection cannot be had or does
    /// not see the same content version as the first connection.
    bool open(const std::string& path, std::int64_t contentVersion)
    {
        if (path.empty() || path == ":memory:")
            return false;
        configureSqlite();
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
            return false;
        sqlite3_busy_timeout(m_db, 10000);
        sqlite3_exec(m_db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
        if (sqlite3_exec(m_db, "BEGIN", nullptr, nullptr, nullptr) != SQLITE_OK)
            return false;
        Query q(m_db, "SELECT value FROM meta WHERE key = 'content_version'");
        std::int64_t version = 0;
        if (!q.ok())
            return false;
        if (q.step())
            version = std::strtoll(std::string(q.text(0)).c_str(), nullptr, 10);
        else if (!q.error().empty())
            return false;
        return version == contentVersion;
    }
    sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

/// The loader trusts no reference: a damaged file must give a message, never a crash.
/// `part` names the rows found wrong for the operator: orders, events, ratings, interactions,
/// order_lines (store.damaged_rows).
Error damaged(Database& db, const std::string& what, const char* part)
{
    return Error { "database " + db.path() + " is damaged: " + what + " (restore a backup, or re-import your files)",
        { "store.damaged_rows", { db.path(), std::string(part) } } };
}

struct RowidRange {
    std::int64_t lo = 1, hi = 0; ///< inclusive; empty when lo > hi
    std::int64_t span() const
    {
        if (hi < lo)
            return 0;
        const std::uint64_t d = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo);
        return d >= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())
            ? std::numeric_limits<std::int64_t>::max()
            : static_cast<std::int64_t>(d + 1);
    }
};

RowidRange rowidRange(sqlite3* db, const char* table)
{
    // Two subqueries: SQLite answers a lone min() or max() of the rowid from the B-tree's first or
    // last row, but `SELECT min(id), max(id)` in one query scans the whole table.
    const std::string t(table);
    Query q(db, ("SELECT (SELECT min(id) FROM " + t + "), (SELECT max(id) FROM " + t + ")").c_str());
    RowidRange r;
    if (q.ok() && q.step() && !q.isNull(0)) {
        r.lo = q.int64(0);
        r.hi = q.int64(1);
    }
    return r;
}

/// Rows from which a table is cut into at least four pieces, so that both connections share it
/// (a table of 300,000 events would otherwise be one piece, read by one connection alone).
constexpr std::int64_t sharedTableRows = 65536;

/// Cuts a rowid range into pieces of about `rows` rows, and at least four from sharedTableRows.
std::vector<RowidRange> pieces(RowidRange all, std::int64_t rows)
{
    std::vector<RowidRange> out;
    const std::int64_t span = all.span();
    if (span == 0)
        return out;
    const std::int64_t least = span >= sharedTableRows ? 4 : 1;
    const std::int64_t count = std::max<std::int64_t>(least, std::min<std::int64_t>(256, (span + rows - 1) / rows));
    for (std::int64_t i = 0; i < count; ++i) {
        // [lo + span*i/count, lo + span*(i+1)/count - 1], computed without overflow for sane spans
        const std::int64_t a = all.lo + static_cast<std::int64_t>(static_cast<long double>(span) * i / count);
        const std::int64_t b = i + 1 == count
            ? all.hi
            : all.lo + static_cast<std::int64_t>(static_cast<long double>(span) * (i + 1) / count) - 1;
        if (b >= a)
            out.push_back({ a, b });
    }
    return out;
}

constexpr std::int64_t memberPieceRows = 262144;
constexpr std::int64_t rowPieceRows = 524288;

/// Rows to reserve for a piece: its span when rowids are dense, else none (a damaged file's
/// rowids may spread thin over a huge range).
std::int64_t reserveFor(const RowidRange& r, std::int64_t pieceRows)
{
    return r.span() <= 2 * pieceRows ? r.span() : 0;
}

/// Small text vocabularies (event types, channels): resolve a row's text against the names seen
/// so far instead of hashing millions of strings.
class LocalNames {
public:
    Index id(std::string_view name)
    {
        for (size_t i = 0; i < m_names.size(); ++i) {
            if (m_names[i] == name)
                return static_cast<Index>(i);
        }
        if (m_names.size() > 64) {
            const auto [it, inserted] = m_lookup.try_emplace(std::string(name), static_cast<Index>(m_names.size()));
            if (inserted)
                m_names.emplace_back(name);
            return it->second;
        }
        m_names.emplace_back(name);
        return static_cast<Index>(m_names.size() - 1);
    }
    const std::vector<std::string>& names() const { return m_names; }

private:
    std::vector<std::string> m_names;
    std::unordered_map<std::string, Index> m_lookup;
};

struct MemberPiece {
    std::vector<std::int64_t> rowid;
    StringPool ids, names, emails, phones, referrers;
    std::vector<Timestamp> joinedAt;
    std::vector<Index> channel, city; ///< into the piece's names, or noIndex
    LocalNames channels, cities;
};

struct OrderPiece {
    std::vector<std::int64_t> rowid; ///< only when the database holds order lines
    StringPool ids;
    std::vector<Index> member, product;
    std::vector<Timestamp> paidAt;
    std::vector<Cents> amount;
    std::vector<OrderType> type;
    std::vector<Plan> plan;
    std::vector<OrderStatus> status;
};

struct EventPiece {
    std::vector<CommunityBuilder::EventRow> rows;
    LocalNames types;
    std::vector<Index> typeId; ///< types' names as ids of the Community's eventTypes
};

struct RatingPiece {
    std::vector<Index> member, product;
    std::vector<std::uint8_t> rating;
    std::vector<Timestamp> ratedAt;
    StringPool reviews;
};

struct InteractionPiece {
    std::vector<Index> from, to;
    std::vector<Timestamp> occurredAt;
    std::vector<InteractionType> type;
    std::vector<double> weight;
};

/// The number of identical occurrences a row stands for (schema 2's `copies`); a damaged value
/// below 1 reads as one copy, and a huge one is capped so that it cannot exhaust memory.
std::int64_t copiesOf(std::int64_t stored)
{
    return std::clamp<std::int64_t>(stored, 1, 1'000'000);
}

template <typename T> void appendTo(std::vector<T>& to, const std::vector<T>& from)
{
    to.insert(to.end(), from.begin(), from.end());
}

/// Shared state of one load: progress, cancellation, the first error.
class Progress {
public:
    Progress(const TaskControl& control, double total)
        : m_control(control)
        , m_total(total)
    { }
    /// Called every few thousand rows from any thread; reports from the calling thread only when
    /// it is the loader's own (worker 0).
    void add(std::int64_t rows, unsigned worker)
    {
        const double done = m_done.fetch_add(rows) + rows;
        if (m_control.stopRequested())
            throw Cancelled {};
        if (worker == 0)
            m_control.progress(std::min(0.99, static_cast<double>(done) / m_total));
    }
    void fail(Error error)
    {
        const std::lock_guard lock(m_mutex);
        if (!m_error)
            m_error = std::move(error);
    }
    /// A library's message (SQLite's), without a code.
    void fail(std::string message) { fail(Error { std::move(message) }); }
    const std::optional<Error>& error() const { return m_error; }

private:
    const TaskControl& m_control;
    double m_total;
    std::atomic<std::int64_t> m_done { 0 };
    std::mutex m_mutex;
    std::optional<Error> m_error;
};

constexpr std::int64_t tickRows = 32768;

} // namespace

Result<CommunityPtr> loadCommunity(Database& db, const TaskControl& control, SnapshotKey* keyOut)
{
    try {
        // One read transaction per connection: a concurrent import cannot show us half its rows.
        if (Status s = db.exec("BEGIN"); !s)
            return s.failure();
        struct EndRead {
            Database& db;
            ~EndRead() { db.exec("COMMIT").ok(); }
        } endRead { db };

        auto key = snapshotKeyOf(db);
        if (!key)
            return key.failure();
        CommunityBuilder builder;
        builder.setCurrency(key->currency);
        auto zone = TimeZone::fromId(key->timeZone);
        if (!zone)
            return Error { "database " + db.path() + ": " + zone.error(),
                { "store.unknown_time_zone", { db.path(), key->timeZone } } };
        builder.setTimeZone(std::move(zone.value()));

        // The second connection reads half the pieces; it must see what the first one sees.
        Reader second;
        const unsigned threads
            = detail::threadCount(0) > 1 && second.open(db.filePath(), key->contentVersion) ? 2u : 1u;
        sqlite3* const connection[2] = { db.handle(), second.handle() };

        const RowidRange memberRange = rowidRange(db.handle(), "members");
        const RowidRange productRange = rowidRange(db.handle(), "products");
        const RowidRange orderRange = rowidRange(db.handle(), "orders");
        const RowidRange eventRange = rowidRange(db.handle(), "events");
        const RowidRange ratingRange = rowidRange(db.handle(), "ratings");
        const RowidRange interactionRange = rowidRange(db.handle(), "interactions");
        Progress progress(control,
            static_cast<double>(memberRange.span() + productRange.span() + orderRange.span() + eventRange.span()
                + ratingRange.span() + interactionRange.span())
                + 1.0);

        // Members and products first: every other row refers to them.
        const std::vector<RowidRange> memberPieces = pieces(memberRange, memberPieceRows);
        std::vector<MemberPiece> members(memberPieces.size());
        detail::parallelWorkers(threads, memberPieces.size(), [&](unsigned worker, size_t i) {
            Query q(connection[worker],
                "SELECT id, member_id, joined_at, name, email, phone, channel, city, referrer_id "
                "FROM members WHERE id BETWEEN ?1 AND ?2");
            if (!q.ok())
                return progress.fail(q.error());
            q.range(memberPieces[i].lo, memberPieces[i].hi);
            MemberPiece& p = members[i];
            const auto reserve = static_cast<size_t>(reserveFor(memberPieces[i], memberPieceRows));
            p.rowid.reserve(reserve);
            p.joinedAt.reserve(reserve);
            std::int64_t rows = 0;
            while (q.step()) {
                p.rowid.push_back(q.int64(0));
                p.ids.add(q.text(1));
                p.joinedAt.push_back(q.int64(2));
                p.names.add(q.text(3));
                p.emails.add(q.text(4));
                p.phones.add(q.text(5));
                const std::string_view channel = q.text(6), city = q.text(7);
                p.channel.push_back(channel.empty() ? noIndex : p.channels.id(channel));
                p.city.push_back(city.empty() ? noIndex : p.cities.id(city));
                p.referrers.add(q.text(8));
                if (++rows % tickRows == 0)
                    progress.add(tickRows, worker);
            }
            if (!q.error().empty())
                progress.fail(q.error());
        });
        if (progress.error())
            return *progress.error();

        std::int64_t memberCount = 0;
        for (const MemberPiece& p : members)
            memberCount += static_cast<std::int64_t>(p.rowid.size());
        std::int64_t productCount = 0;
        {
            Query q(db.handle(), "SELECT count(*) FROM products");
            if (q.ok() && q.step())
                productCount = q.int64(0);
        }
        RowidMap memberRow(memberCount), productRow(productCount);
        {
            Community& c = builder.columns();
            MemberTable& t = c.members;
            for (MemberPiece& p : members) {
                std::vector<Index> channelId, cityId;
                for (const std::string& name : p.channels.names())
                    channelId.push_back(c.channels.intern(name));
                for (const std::string& name : p.cities.names())
                    cityId.push_back(c.cities.intern(name));
                for (size_t r = 0; r < p.rowid.size(); ++r) {
                    memberRow.set(p.rowid[r], t.size());
                    t.joinedAt.push_back(p.joinedAt[r]);
                    t.channel.push_back(
                        p.channel[r] == noIndex ? noIndex : channelId[static_cast<size_t>(p.channel[r])]);
                    t.city.push_back(p.city[r] == noIndex ? noIndex : cityId[static_cast<size_t>(p.city[r])]);
                    t.referrer.push_back(noIndex);
                }
                t.ids.append(p.ids);
                t.names.append(p.names);
                t.emails.append(p.emails);
                t.phones.append(p.phones);
                builder.referrerIds().append(p.referrers);
                p = MemberPiece();
            }
        }
        {
            Query q(db.handle(),
                "SELECT id, product_id, title, kind, tier, list_price, description, tags, created_at "
                "FROM products");
            if (!q.ok())
                return Error { q.error() };
            while (q.step()) {
                ProductRecord r;
                r.id = q.text(1);
                r.title = q.text(2);
                r.kind = parseProductKind(q.text(3)).value_or(ProductKind::Other);
                r.tier = q.text(4);
                r.listPrice = q.isNull(5) ? noCents : q.int64(5);
                r.description = q.text(6);
                r.tags = q.text(7);
                r.createdAt = q.isNull(8) ? noTimestamp : q.int64(8);
                productRow.set(q.int64(0), builder.addProduct(std::move(r)));
            }
            if (!q.error().empty())
                return Error { q.error() };
        }
        // Final member and product indices now, so that every row below maps straight to them.
        memberRow.remap(builder.sortMembers());
        productRow.remap(builder.sortProducts());

        // Schema 2: the lines of orders of more than one line (an order of one line has none).
        bool hasLines = false;
        {
            Query q(db.handle(), "SELECT count(*) FROM (SELECT 1 FROM order_lines LIMIT 1)");
            hasLines = q.ok() && q.step() && q.int64(0) > 0;
        }

        // The four large tables, cut into pieces that both connections take in turn.
        enum class Table { Orders, Events, Ratings, Interactions };
        struct Job {
            Table table;
            size_t piece;
            RowidRange range;
        };
        std::vector<Job> jobs;
        auto plan = [&](Table table, RowidRange range) {
            const std::vector<RowidRange> ps = pieces(range, rowPieceRows);
            for (size_t i = 0; i < ps.size(); ++i)
                jobs.push_back({ table, i, ps[i] });
            return ps.size();
        };
        std::vector<OrderPiece> orders(plan(Table::Orders, orderRange));
        std::vector<EventPiece> events(plan(Table::Events, eventRange));
        std::vector<RatingPiece> ratings(plan(Table::Ratings, ratingRange));
        std::vector<InteractionPiece> interactions(plan(Table::Interactions, interactionRange));
        std::mutex eventTypesMutex; // the pieces of events name their types in the builder
        // Largest first, so that the two connections finish together.
        std::stable_sort(
            jobs.begin(), jobs.end(), [](const Job& a, const Job& b) { return a.range.span() > b.range.span(); });

        detail::parallelWorkers(threads, jobs.size(), [&](unsigned worker, size_t j) {
            if (progress.error())
                return;
            const Job& job = jobs[j];
            sqlite3* const con = connection[worker];
            const auto reserve = static_cast<size_t>(reserveFor(job.range, rowPieceRows));
            std::int64_t rows = 0;
            auto tick = [&] {
                if (++rows % tickRows == 0)
                    progress.add(tickRows, worker);
            };
            switch (job.table) {
            case Table::Orders: {
                Query q(con,
                    "SELECT member, product, paid_at, amount, type, plan, status, order_id, id FROM orders "
                    "WHERE id BETWEEN ?1 AND ?2");
                if (!q.ok())
                    return progress.fail(q.error());
                q.range(job.range.lo, job.range.hi);
                OrderPiece& p = orders[job.piece];
                p.member.reserve(reserve);
                while (q.step()) {
                    const Index member = memberRow.get(q.int64(0)), product = productRow.get(q.int64(1));
                    if (member == noIndex || product == noIndex)
                        return progress.fail(
                            damaged(db, "an order refers to a member or product that is not there", "orders"));
                    p.member.push_back(member);
                    p.product.push_back(product);
                    p.paidAt.push_back(q.int64(2));
                    p.amount.push_back(q.int64(3));
                    p.type.push_back(parseOrderType(q.text(4)).value_or(OrderType::Purchase));
                    p.plan.push_back(q.isNull(5) ? Plan::None : parsePlan(q.text(5)).value_or(Plan::None));
                    p.status.push_back(parseOrderStatus(q.text(6)).value_or(OrderStatus::Paid));
                    p.ids.add(q.text(7));
                    if (hasLines)
                        p.rowid.push_back(q.int64(8));
                    tick();
                }
                if (!q.error().empty())
                    progress.fail(q.error());
                break;
            }
            case Table::Events: {
                static constexpr const char* eventNamesMissing
                    = "an event refers to a member or product that is not there";
                Query q(con,
                    "SELECT member, product, occurred_at, type, value, copies FROM events WHERE id BETWEEN ?1 AND ?2");
                if (!q.ok())
                    return progress.fail(q.error());
                q.range(job.range.lo, job.range.hi);
                EventPiece& p = events[job.piece];
                std::vector<std::int64_t> memberRowids; // resolved after the scan, in one pass
                memberRowids.reserve(reserve);
                p.rows.reserve(reserve);
                while (q.step()) {
                    const std::int64_t member = q.int64(0);
                    const bool noProduct = q.isNull(1);
                    const Index product = noProduct ? noIndex : productRow.get(q.int64(1));
                    if (product == noIndex && !noProduct)
                        return progress.fail(damaged(db, eventNamesMissing, "events"));
                    // A row stands for `copies` identical occurrences (schema 2): each is one event.
                    const auto local = static_cast<size_t>(p.types.id(q.text(3)));
                    if (local == p.typeId.size()) { // a name new to this piece: a few per piece
                        const std::lock_guard lock(eventTypesMutex);
                        p.typeId.push_back(builder.columns().eventTypes.intern(p.types.names().back()));
                    }
                    const Index type = p.typeId[local];
                    const double value = q.isNull(4) ? std::numeric_limits<double>::quiet_NaN() : q.real(4);
                    const Timestamp occurredAt = q.int64(2);
                    for (std::int64_t copy = copiesOf(q.int64(5)); copy > 0; --copy) {
                        memberRowids.push_back(member);
                        p.rows.emplace_back(noIndex, product, type, occurredAt, value);
                    }
                    tick();
                }
                if (!q.error().empty())
                    return progress.fail(q.error());
                if (!memberRow.resolve(memberRowids, [&](size_t i, Index m) { p.rows[i].member = m; }))
                    return progress.fail(damaged(db, eventNamesMissing, "events"));
                break;
            }
            case Table::Ratings: {
                Query q(con,
                    "SELECT member, product, rating, rated_at, review, copies FROM ratings WHERE id BETWEEN ?1 AND ?2");
                if (!q.ok())
                    return progress.fail(q.error());
                q.range(job.range.lo, job.range.hi);
                RatingPiece& p = ratings[job.piece];
                while (q.step()) {
                    const Index member = memberRow.get(q.int64(0)), product = productRow.get(q.int64(1));
                    const std::int64_t rating = q.int64(2);
                    if (member == noIndex || product == noIndex || rating < 1 || rating > 5)
                        return progress.fail(damaged(db,
                            "a rating refers to a member or product that is not there, or is out of range", "ratings"));
                    for (std::int64_t copy = copiesOf(q.int64(5)); copy > 0; --copy) {
                        p.member.push_back(member);
                        p.product.push_back(product);
                        p.rating.push_back(static_cast<std::uint8_t>(rating));
                        p.ratedAt.push_back(q.int64(3));
                        p.reviews.add(q.text(4));
                    }
                    tick();
                }
                if (!q.error().empty())
                    progress.fail(q.error());
                break;
            }
            case Table::Interactions: {
                Query q(con,
                    "SELECT from_member, to_member, occurred_at, type, weight, copies FROM interactions "
                    "WHERE id BETWEEN ?1 AND ?2");
                if (!q.ok())
                    return progress.fail(q.error());
                q.range(job.range.lo, job.range.hi);
                InteractionPiece& p = interactions[job.piece];
                std::vector<std::int64_t> fromRowids, toRowids; // resolved after the scan
                fromRowids.reserve(reserve);
                toRowids.reserve(reserve);
                while (q.step()) {
                    const std::int64_t from = q.int64(0), to = q.int64(1);
                    const InteractionType type = parseInteractionType(q.text(3)).value_or(InteractionType::Reply);
                    for (std::int64_t copy = copiesOf(q.int64(5)); copy > 0; --copy) {
                        fromRowids.push_back(from);
                        toRowids.push_back(to);
                        p.occurredAt.push_back(q.int64(2));
                        p.type.push_back(type);
                        p.weight.push_back(q.real(4));
                    }
                    tick();
                }
                if (!q.error().empty())
                    return progress.fail(q.error());
                if (!memberRow.resolve(fromRowids, p.from) || !memberRow.resolve(toRowids, p.to))
                    return progress.fail(
                        damaged(db, "an interaction refers to a member that is not there", "interactions"));
                break;
            }
            }
        });
        if (progress.error())
            return *progress.error();

        // Pieces in rowid order into the builder's columns, one table per core.
        Community& c = builder.columns();
        std::vector<OrderPiece> orderRowids; ///< the pieces' rowids, kept for the order lines
        orderRowids.reserve(orders.size());
        detail::parallelBlocks(threads, 4, [&](size_t table) {
            if (table == 0) {
                OrderTable& t = c.orders;
                for (OrderPiece& p : orders) {
                    orderRowids.emplace_back();
                    orderRowids.back().rowid = std::move(p.rowid);
                    t.ids.append(p.ids);
                    appendTo(t.member, p.member);
                    appendTo(t.product, p.product);
                    appendTo(t.paidAt, p.paidAt);
                    appendTo(t.amount, p.amount);
                    appendTo(t.type, p.type);
                    appendTo(t.plan, p.plan);
                    appendTo(t.status, p.status);
                    p = OrderPiece();
                }
            } else if (table == 1) {
                // Handed over as they are: the builder's grouping reads each piece in place.
                for (EventPiece& p : events) {
                    builder.addEventRows(std::move(p.rows));
                    p = EventPiece();
                }
            } else if (table == 2) {
                RatingTable& t = c.ratings;
                for (RatingPiece& p : ratings) {
                    appendTo(t.member, p.member);
                    appendTo(t.product, p.product);
                    appendTo(t.rating, p.rating);
                    appendTo(t.ratedAt, p.ratedAt);
                    t.reviews.append(p.reviews);
                    p = RatingPiece();
                }
            } else {
                InteractionTable& t = c.interactions;
                for (InteractionPiece& p : interactions) {
                    appendTo(t.from, p.from);
                    appendTo(t.to, p.to);
                    appendTo(t.occurredAt, p.occurredAt);
                    appendTo(t.type, p.type);
                    appendTo(t.weight, p.weight);
                    p = InteractionPiece();
                }
            }
        });
        if (hasLines) {
            // Order rowid → builder index: the orders went in in rowid order, piece by piece.
            RowidMap orderRow(static_cast<std::int64_t>(c.orders.size()));
            Index next = 0;
            for (const OrderPiece& p : orderRowids) {
                for (const std::int64_t rowid : p.rowid)
                    orderRow.set(rowid, next++);
            }
            Query q(db.handle(), "SELECT order_ref, product, amount FROM order_lines ORDER BY order_ref, line");
            if (!q.ok())
                return Error { q.error() };
            std::int64_t current = -1;
            std::vector<OrderLineRecord> lines;
            const auto flush = [&]() -> bool {
                if (current < 0)
                    return true;
                const Index order = orderRow.get(current);
                if (order == noIndex)
                    return false;
                builder.addOrderLines(order, std::move(lines));
                lines = {};
                return true;
            };
            while (q.step()) {
                if (q.int64(0) != current) {
                    if (!flush())
                        return damaged(db, "an order line refers to an order that is not there", "order_lines");
                    current = q.int64(0);
                }
                const Index product = productRow.get(q.int64(1));
                if (product == noIndex)
                    return damaged(db, "an order line refers to a product that is not there", "order_lines");
                lines.push_back({ product, q.int64(2) });
            }
            if (!q.error().empty())
                return Error { q.error() };
            if (!flush())
                return damaged(db, "an order line refers to an order that is not there", "order_lines");
        }
        CommunityPtr community = builder.build();
        control.progress(1.0);
        if (keyOut)
            *keyOut = std::move(key.value());
        return community;
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "not enough memory to load " + db.path(), { "store.out_of_memory", { db.path() } } };
    }
}

namespace {

void warn(const LoadOptions& options, const Error& warning)
{
    if (options.warning)
        options.warning(warning);
    else
        qWarning("kinsight: %s", warning.message.c_str());
}

/// The warning for a snapshot file that is replaced: the problem's reason, flattened into the
/// arguments of snapshot.rebuilding ({ the problem's code, its arguments… }).
Error rebuilding(const Error& problem)
{
    Reason why { "snapshot.rebuilding", { problem.reason.code } };
    why.arguments.insert(why.arguments.end(), problem.reason.arguments.begin(), problem.reason.arguments.end());
    return Error { problem.message + "; rebuilding it from the database", std::move(why) };
}

/// The folder of `path` can take a new file.
bool folderWritable(const std::string& path)
{
    const auto slash = path.find_last_of('/');
    const std::string folder = slash == std::string::npos ? std::string(".") : path.substr(0, slash + 1);
    return ::access(folder.c_str(), W_OK) == 0;
}

Result<CommunityPtr> loadThroughFile(
    const std::string& path, const TaskControl& control, const LoadOptions& options, bool* fromFile)
{
    auto db = Database::open(path, OpenMode::ReadOnly);
    if (!db)
        return db.failure();
    if (fromFile)
        *fromFile = false;
    if (!options.useSnapshotFile)
        return loadCommunity(**db, control);

    const std::string file = snapshotPathFor((*db)->filePath());
    // A database changed behind Kinsight's back may have changed without its content version.
    if (!(*db)->integrityChecked()) {
        auto key = snapshotKeyOf(**db);
        if (!key)
            return key.failure();
        SnapshotProblem problem = SnapshotProblem::None;
        auto cached = readSnapshotFile(file, *key, &problem);
        if (cached) {
            control.progress(1.0);
            if (fromFile)
                *fromFile = true;
            return cached;
        }
        if (problem == SnapshotProblem::Damaged || problem == SnapshotProblem::Foreign)
            warn(options, rebuilding(cached.failure()));
    }
    SnapshotKey key;
    auto loaded = loadCommunity(**db, control, &key);
    if (!loaded)
        return loaded;
    if (folderWritable(file)) {
        if (Status s = writeSnapshotFile(file, **loaded, key); !s)
            warn(options, s.failure());
    }
    return loaded;
}

} // namespace

Result<CommunityPtr> loadCommunity(const std::string& path, const TaskControl& control, const LoadOptions& options)
{
    return loadThroughFile(path, control, options, nullptr);
}

Status refreshSnapshotFile(const std::string& path, const LoadOptions& options)
{
    auto loaded = loadThroughFile(path, {}, options, nullptr);
    if (!loaded)
        return loaded.failure();
    return {};
}

} // namespace kinsight::core
