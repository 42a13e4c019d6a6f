#include "snapshotloader.h"

#include <cmath>
#include <limits>
#include <unordered_map>

#include <sqlite3.h>

namespace kinsight::core {

namespace {

/// Maps database rowids to builder indices. Rowids are usually dense, so a vector does; a rowid
/// far beyond the table's size (possible after manual edits, or in a damaged file) goes to a
/// hash map instead of growing the vector without bound.
class RowidMap {
public:
    explicit RowidMap(std::int64_t rows)
        : m_denseLimit(static_cast<size_t>(std::max<std::int64_t>(rows, 0)) * 4 + 1024)
    { }
    void set(std::int64_t rowid, Index index)
    {
        if (rowid < 0)
            return;
        const auto r = static_cast<size_t>(rowid);
        if (r >= m_denseLimit) {
            m_sparse[rowid] = index;
            return;
        }
        if (r >= m_map.size())
            m_map.resize(std::min(m_denseLimit, std::max(r + 1, m_map.size() * 2)), noIndex);
        m_map[r] = index;
    }
    Index get(std::int64_t rowid) const
    {
        const auto r = static_cast<size_t>(rowid);
        if (rowid < 0)
            return noIndex;
        if (r < m_map.size())
            return m_map[r];
        const auto it = m_sparse.find(rowid);
        return it == m_sparse.end() ? noIndex : it->second;
    }

private:
    size_t m_denseLimit;
    std::vector<Index> m_map;
    std::unordered_map<std::int64_t, Index> m_sparse;
};

/// The loader trusts no reference: a damaged file must give a message, never a crash.
Error damaged(Database& db, const std::string& what)
{
    return Error { "database " + db.path() + " is damaged: " + what + " (restore a backup, or re-import your files)" };
}

std::int64_t count(Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    return stmt && (*stmt)->step() ? (*stmt)->int64(0) : 0;
}

} // namespace

Result<CommunityPtr> loadCommunity(Database& db, const TaskControl& control)
{
    try {
        CommunityBuilder builder;
        const auto members = count(db, "SELECT count(*) FROM members");
        const auto products = count(db, "SELECT count(*) FROM products");
        const auto orders = count(db, "SELECT count(*) FROM orders");
        const auto events = count(db, "SELECT count(*) FROM events");
        const auto ratings = count(db, "SELECT count(*) FROM ratings");
        const auto interactions = count(db, "SELECT count(*) FROM interactions");
        builder.reserve(static_cast<size_t>(members), static_cast<size_t>(products), static_cast<size_t>(orders),
            static_cast<size_t>(events), static_cast<size_t>(ratings), static_cast<size_t>(interactions));
        const double total = static_cast<double>(members + products + orders + events + ratings + interactions) + 1.0;
        double done = 0;
        auto tick = [&](std::int64_t& rowsSinceTick) {
            if (++rowsSinceTick < 65536)
                return;
            done += static_cast<double>(rowsSinceTick);
            rowsSinceTick = 0;
            if (control.stopRequested())
                throw Cancelled {};
            control.progress(done / total);
        };
        std::int64_t pending = 0;

        // One read transaction: a concurrent import cannot show us half its rows.
        if (Status s = db.exec("BEGIN"); !s)
            return s.failure();
        struct EndRead {
            Database& db;
            ~EndRead() { db.exec("COMMIT").ok(); }
        } endRead { db };

        builder.setCurrency(db.meta("currency").empty() ? std::string("CNY") : db.meta("currency"));
        auto zone = TimeZone::fromId(db.timeZoneId());
        if (!zone)
            return Error { "database " + db.path() + ": " + zone.error() };
        builder.setTimeZone(std::move(zone.value()));

        RowidMap memberRow(members), productRow(products);
        {
            auto stmt = db.prepare("SELECT id, member_id, joined_at, name, email, phone, channel, city, referrer_id "
                                   "FROM members ORDER BY member_id");
            if (!stmt)
                return stmt.failure();
            Statement& q = **stmt;
            while (q.step()) {
                MemberRecord r;
                r.id = q.text(1);
                r.joinedAt = q.int64(2);
                r.name = q.text(3);
                r.email = q.text(4);
                r.phone = q.text(5);
                r.channel = q.text(6);
                r.city = q.text(7);
                r.referrerId = q.text(8);
                memberRow.set(q.int64(0), builder.addMember(std::move(r)));
                tick(pending);
            }
            if (q.failed())
                return Error { q.error() };
        }
        {
            auto stmt
                = db.prepare("SELECT id, product_id, title, kind, tier, list_price, description, tags, created_at "
                             "FROM products ORDER BY product_id");
            if (!stmt)
                return stmt.failure();
            Statement& q = **stmt;
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
                tick(pending);
            }
            if (q.failed())
                return Error { q.error() };
        }
        // Rows below arrive ordered by member rowid and time; when rowids follow id order (the
        // usual case) the builder has nothing left to sort.
        {
            auto stmt
                = db.prepare("SELECT o.member, o.product, o.paid_at, o.amount, o.type, o.plan, o.status, o.order_id "
                             "FROM orders o ORDER BY o.member, o.paid_at, o.order_id");
            if (!stmt)
                return stmt.failure();
            Statement& q = **stmt;
            while (q.step()) {
                OrderRecord r;
                r.member = memberRow.get(q.int64(0));
                r.product = productRow.get(q.int64(1));
                if (r.member == noIndex || r.product == noIndex)
                    return damaged(db, "an order refers to a member or product that is not there");
                r.paidAt = q.int64(2);
                r.amount = q.int64(3);
                r.type = parseOrderType(q.text(4)).value_or(OrderType::Purchase);
                r.plan = q.isNull(5) ? Plan::None : parsePlan(q.text(5)).value_or(Plan::None);
                r.status = parseOrderStatus(q.text(6)).value_or(OrderStatus::Paid);
                r.id = q.text(7);
                builder.addOrder(r);
                tick(pending);
            }
            if (q.failed())
                return Error { q.error() };
        }
        {
            auto stmt = db.prepare("SELECT member, product, occurred_at, type, value FROM events "
                                   "ORDER BY member, occurred_at");
            if (!stmt)
                return stmt.failure();
            Statement& q = **stmt;
            // Few distinct types: resolve each row's text against the ones seen so far instead
            // of hashing sixteen million strings.
            std::vector<std::pair<std::string, Index>> types;
            while (q.step()) {
                const Index member = memberRow.get(q.int64(0));
                const Index product = q.isNull(1) ? noIndex : productRow.get(q.int64(1));
                if (member == noIndex || (product == noIndex && !q.isNull(1)))
                    return damaged(db, "an event refers to a member or product that is not there");
                const std::string_view typeName = q.text(3);
                Index type = noIndex;
                for (const auto& [name, id] : types) {
                    if (name == typeName) {
                        type = id;
                        break;
                    }
                }
                if (type == noIndex) {
                    type = builder.eventType(typeName);
                    types.emplace_back(std::string(typeName), type);
                }
                builder.addEvent(member, product, q.int64(2), type,
                    q.isNull(4) ? std::numeric_limits<double>::quiet_NaN() : q.real(4));
                tick(pending);
            }
            if (q.failed())
                return Error { q.error() };
        }
        {
            auto stmt
                = db.prepare("SELECT member, product, rating, rated_at, review FROM ratings ORDER BY member, rated_at");
            if (!stmt)
                return stmt.failure();
            Statement& q = **stmt;
            while (q.step()) {
                RatingRecord r;
                r.member = memberRow.get(q.int64(0));
                r.product = productRow.get(q.int64(1));
                r.rating = static_cast<int>(q.int64(2));
                if (r.member == noIndex || r.product == noIndex || r.rating < 1 || r.rating > 5)
                    return damaged(db, "a rating refers to a member or product that is not there, or is out of range");
                r.ratedAt = q.int64(3);
                r.review = q.text(4);
                builder.addRating(r);
                tick(pending);
            }
            if (q.failed())
                return Error { q.error() };
        }
        {
            auto stmt = db.prepare("SELECT from_member, to_member, occurred_at, type, weight FROM interactions "
                                   "ORDER BY from_member, occurred_at");
            if (!stmt)
                return stmt.failure();
            Statement& q = **stmt;
            while (q.step()) {
                InteractionRecord r;
                r.from = memberRow.get(q.int64(0));
                r.to = memberRow.get(q.int64(1));
                if (r.from == noIndex || r.to == noIndex)
                    return damaged(db, "an interaction refers to a member that is not there");
                r.occurredAt = q.int64(2);
                r.type = parseInteractionType(q.text(3)).value_or(InteractionType::Reply);
                r.weight = q.real(4);
                builder.addInteraction(r);
                tick(pending);
            }
            if (q.failed())
                return Error { q.error() };
        }
        control.progress(1.0);
        return builder.build();
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "not enough memory to load " + db.path() };
    }
}

Result<CommunityPtr> loadCommunity(const std::string& path, const TaskControl& control)
{
    auto db = Database::open(path, OpenMode::ReadOnly);
    if (!db)
        return db.failure();
    return loadCommunity(**db, control);
}

} // namespace kinsight::core
