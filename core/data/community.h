#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/data/enums.h"
#include "core/data/stringpool.h"
#include "core/util/money.h"
#include "core/util/timestamp.h"
#include "core/util/timezone.h"

namespace kinsight::core {

constexpr Timestamp noTimestamp = std::numeric_limits<Timestamp>::min();
constexpr Cents noCents = -1;

/// A half-open range [start, stop) of row indices into one of the Community's tables; iterable.
struct IndexRange {
    Index start = 0;
    Index stop = 0;
    Index size() const { return stop - start; }
    bool empty() const { return start == stop; }

    struct Iterator {
        Index i;
        Index operator*() const { return i; }
        Iterator& operator++()
        {
            ++i;
            return *this;
        }
        bool operator!=(const Iterator& o) const { return i != o.i; }
        bool operator==(const Iterator& o) const { return i == o.i; }
    };
    Iterator begin() const { return { start }; }
    Iterator end() const { return { stop }; }
};

/// Members, columnar. Member i's fields are element i of each column.
struct MemberTable {
    StringPool ids;
    StringPool names; ///< empty when unknown
    StringPool emails;
    StringPool phones;
    std::vector<Timestamp> joinedAt;
    std::vector<Index> channel; ///< into Community::channels, or noIndex
    std::vector<Index> city; ///< into Community::cities, or noIndex
    std::vector<Index> referrer; ///< member index, or noIndex

    // Per-member ranges (size n + 1): member m's orders are rows [orderBegin[m], orderBegin[m + 1]).
    std::vector<Index> orderBegin;
    std::vector<Index> eventBegin;
    std::vector<Index> ratingBegin;
    std::vector<Index> interactionOutBegin; ///< rows of InteractionTable sent by m
    std::vector<Index> interactionInBegin; ///< positions in InteractionTable::byTarget received by m

    Index size() const { return static_cast<Index>(joinedAt.size()); }
};

struct ProductTable {
    StringPool ids;
    StringPool titles;
    StringPool descriptions;
    StringPool tags; ///< `;`-separated, as imported
    std::vector<ProductKind> kind;
    std::vector<Index> tier; ///< into Community::tiers, or noIndex
    std::vector<Cents> listPrice; ///< noCents when unknown
    std::vector<Timestamp> createdAt; ///< noTimestamp when unknown

    Index size() const { return static_cast<Index>(kind.size()); }
};

/// Orders sorted by (member, paidAt, order id).
struct OrderTable {
    StringPool ids;
    std::vector<Index> member;
    std::vector<Index> product;
    std::vector<Timestamp> paidAt;
    std::vector<Cents> amount;
    std::vector<OrderType> type;
    std::vector<Plan> plan;
    std::vector<OrderStatus> status;
    /// Order o's lines are rows [lineBegin[o], lineBegin[o + 1]) of Community::orderLines (size n + 1).
    std::vector<Index> lineBegin;

    Index size() const { return static_cast<Index>(member.size()); }
    /// A counted order has status paid (docs/metrics.md).
    bool isCounted(Index i) const { return status[static_cast<size_t>(i)] == OrderStatus::Paid; }
    /// A paid order is a counted order with amount > 0.
    bool isPaid(Index i) const { return isCounted(i) && amount[static_cast<size_t>(i)] > 0; }
};

/// The lines of the orders (contract §1, order lines), grouped by order in OrderTable order.
/// Every order has at least one line; an order of one line has the order's product and amount.
/// The lines of a refunded order made of negative lines (a cancellation) keep their sign; the
/// lines of every other order add up to its amount. Products, tiers and recommendation pairs
/// come from the lines.
struct OrderLineTable {
    std::vector<Index> product;
    std::vector<Cents> amount;
    Index size() const { return static_cast<Index>(product.size()); }
};

/// Events sorted by (member, occurredAt). Grouped by member, they need no member column: the
/// events of member m are the range Community::eventsOf(m) (members.eventBegin), which saves four
/// bytes an event (66 MB at the million-member demo's 16.5 million events).
struct EventTable {
    std::vector<Index> product; ///< noIndex when the event names no product
    std::vector<Timestamp> occurredAt;
    std::vector<Index> type; ///< into Community::eventTypes
    std::vector<double> value; ///< NaN when absent

    Index size() const { return static_cast<Index>(occurredAt.size()); }
};

/// Ratings sorted by (member, ratedAt).
struct RatingTable {
    std::vector<Index> member;
    std::vector<Index> product;
    std::vector<std::uint8_t> rating; ///< 1..5
    std::vector<Timestamp> ratedAt;
    StringPool reviews;

    Index size() const { return static_cast<Index>(member.size()); }
};

/// Interactions sorted by (from, occurredAt). Self-interactions are kept here; the graph drops them.
struct InteractionTable {
    std::vector<Index> from;
    std::vector<Index> to;
    std::vector<Timestamp> occurredAt;
    std::vector<InteractionType> type;
    std::vector<double> weight;
    /// Row indices sorted by (to, occurredAt): see MemberTable::interactionInBegin.
    std::vector<Index> byTarget;

    Index size() const { return static_cast<Index>(from.size()); }
};

/// A read-only, columnar, in-memory snapshot of one community database.
///
/// Built once (by CommunityBuilder, usually through loadCommunity()) and then shared as
/// `std::shared_ptr<const Community>`: it never changes after construction, so any number of
/// threads may read it concurrently without locking. Members and products have dense indices
/// 0..n-1 in id order (code-point order of their UTF-8 ids); every table refers to them by index.
class Community {
public:
    MemberTable members;
    ProductTable products;
    OrderTable orders;
    OrderLineTable orderLines;
    EventTable events;
    RatingTable ratings;
    InteractionTable interactions;

    Vocabulary channels;
    Vocabulary cities;
    Vocabulary tiers;
    Vocabulary eventTypes;

    std::string currency = "CNY";
    /// The community time zone: where every day, ISO week and month of every metric begins.
    TimeZone timeZone;
    /// The earliest and latest joined_at, event or order timestamp (the contract's "end of the
    /// data"); both noTimestamp for an empty community.
    Timestamp dataBegin = noTimestamp;
    Timestamp dataEnd = noTimestamp;

    Index memberCount() const { return members.size(); }
    Index productCount() const { return products.size(); }

    /// Member index of an id, or noIndex. O(log n).
    Index findMember(std::string_view id) const;
    /// Product index of an id, or noIndex. O(log n).
    Index findProduct(std::string_view id) const;

    IndexRange ordersOf(Index m) const { return range(members.orderBegin, m); }
    /// Rows of orderLines that make order o.
    IndexRange linesOf(Index o) const { return range(orders.lineBegin, o); }
    /// Calls f(product, amount) for each line of order o (the order itself when the snapshot
    /// holds no lines, as one made without CommunityBuilder may not).
    template <typename F> void forEachLine(Index o, F&& f) const
    {
        if (orders.lineBegin.empty()) {
            f(orders.product[static_cast<size_t>(o)], orders.amount[static_cast<size_t>(o)]);
            return;
        }
        for (Index l : linesOf(o))
            f(orderLines.product[static_cast<size_t>(l)], orderLines.amount[static_cast<size_t>(l)]);
    }
    IndexRange eventsOf(Index m) const { return range(members.eventBegin, m); }
    IndexRange ratingsOf(Index m) const { return range(members.ratingBegin, m); }
    IndexRange interactionsFrom(Index m) const { return range(members.interactionOutBegin, m); }
    /// Positions into interactions.byTarget.
    IndexRange interactionsTo(Index m) const { return range(members.interactionInBegin, m); }

    /// Approximate heap memory held by the snapshot.
    size_t memoryBytes() const;

private:
    static IndexRange range(const std::vector<Index>& begins, Index m)
    {
        return { begins[static_cast<size_t>(m)], begins[static_cast<size_t>(m) + 1] };
    }
};

using CommunityPtr = std::shared_ptr<const Community>;

struct MemberRecord {
    std::string id;
    Timestamp joinedAt = 0;
    std::string name;
    std::string email;
    std::string phone;
    std::string channel;
    std::string city;
    std::string referrerId;
};

struct ProductRecord {
    std::string id;
    std::string title;
    ProductKind kind = ProductKind::Other;
    std::string tier;
    Cents listPrice = noCents;
    std::string description;
    std::string tags;
    Timestamp createdAt = noTimestamp;
};

struct OrderRecord {
    std::string id;
    Index member = noIndex;
    Index product = noIndex;
    Timestamp paidAt = 0;
    Cents amount = 0;
    OrderType type = OrderType::Purchase;
    Plan plan = Plan::None;
    OrderStatus status = OrderStatus::Paid;
};

struct OrderLineRecord {
    Index product = noIndex;
    Cents amount = 0;
};

struct EventRecord {
    Index member = noIndex;
    Index product = noIndex;
    Timestamp occurredAt = 0;
    std::string type;
    double value = std::numeric_limits<double>::quiet_NaN();
};

struct RatingRecord {
    Index member = noIndex;
    Index product = noIndex;
    int rating = 0;
    Timestamp ratedAt = 0;
    std::string review;
};

struct InteractionRecord {
    Index from = noIndex;
    Index to = noIndex;
    Timestamp occurredAt = 0;
    InteractionType type = InteractionType::Reply;
    double weight = 1.0;
};

/// Assembles a Community from rows. Used by the database loader and directly by tests.
///
/// Members and products must be added before the rows that refer to them; their add functions
/// return the builder-local index that OrderRecord, EventRecord, … use. build() sorts everything
/// into the Community's canonical order and remaps those indices. The builder does not validate
/// (the importer does): it trusts its caller. Not thread-safe.
class CommunityBuilder {
public:
    Index addMember(MemberRecord record);
    Index addProduct(ProductRecord record);
    /// Returns the builder-local index of the order (for addOrderLines()).
    Index addOrder(const OrderRecord& record);
    /// The lines of an order added earlier, when it has more than one (without this call an order
    /// is one line: its product and amount).
    void addOrderLines(Index order, std::vector<OrderLineRecord> lines) { m_orderLines[order] = std::move(lines); }
    void addEvent(const EventRecord& record);
    /// The event-type id of a name (interned), for addEvent() with a ready id.
    Index eventType(std::string_view name) { return m_community->eventTypes.intern(name); }
    /// Adds an event whose type is already an eventType() id (the loader's fast path).
    void addEvent(Index member, Index product, Timestamp occurredAt, Index type, double value);
    void addRating(const RatingRecord& record);
    void addInteraction(const InteractionRecord& record);
    void setCurrency(std::string currency) { m_community->currency = std::move(currency); }
    void setTimeZone(TimeZone zone) { m_community->timeZone = std::move(zone); }

    void reserve(size_t members, size_t products, size_t orders, size_t events, size_t ratings, size_t interactions);

    /// Builder-local index of a member or product added earlier, or noIndex (test convenience; O(n)).
    Index memberIndex(std::string_view id) const;
    Index productIndex(std::string_view id) const;

    /// Puts the members added so far in id order and returns old index -> new index; rows added
    /// afterwards use the new indices (the loader's path: sort members once, then map every row
    /// straight to its final index). Rows added before are remapped.
    std::vector<Index> sortMembers();
    /// The same for products.
    std::vector<Index> sortProducts();

    /// The columns under construction, for bulk appends (the snapshot loader): each appended
    /// member needs a referrer id in referrerIds() (empty for none); vocabulary ids must be those of
    /// the Community's own vocabularies.
    Community& columns() { return *m_community; }
    StringPool& referrerIds() { return m_referrerIds; }
    /// One event until build(): the table keeps no member column once built (its rows are
    /// grouped by member), and build() groups whole rows, so events are held as rows from the
    /// start instead of as columns copied into rows at the end.
    struct EventRow {
        Index member, product, type; ///< type: an id of the Community's eventTypes
        Timestamp occurredAt;
        double value;
        // Left unset: every row is written before it is read (a million members' events are
        // half a gigabyte, and a zero fill of them a serial pass).
        EventRow() { } // NOLINT(cppcoreguidelines-pro-type-member-init)
        EventRow(Index m, Index p, Index t, Timestamp at, double v)
            : member(m)
            , product(p)
            , type(t)
            , occurredAt(at)
            , value(v)
        { }
    };
    /// Appends events in one piece (the snapshot loader: pieces in storage order, types already
    /// ids of the Community's eventTypes); build() reads the piece where it is. columns().events
    /// stays empty until build().
    void addEventRows(std::vector<EventRow> rows);

    /// Finishes the snapshot. The result depends on the rows' content only, never on the order
    /// they were added in: members and products in id order, each table grouped by member
    /// (counting sort) and ordered within a member by time and then by the rest of the row, and
    /// the vocabularies numbered by first use in that order. Runs on every core. The builder is
    /// empty afterwards.
    CommunityPtr build();

private:
    std::unique_ptr<Community> m_community = std::make_unique<Community>();
    StringPool m_referrerIds;
    /// The events until build(), in the order added: pieces handed over, and single events
    /// appended to the last piece.
    std::vector<std::vector<EventRow>> m_eventPieces;
    /// The piece a single event goes to.
    std::vector<EventRow>& lastEventPiece();
    std::unordered_map<Index, std::vector<OrderLineRecord>> m_orderLines;
};

} // namespace kinsight::core
