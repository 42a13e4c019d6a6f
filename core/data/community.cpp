#include "community.h"

#include <algorithm>
#include <numeric>

namespace kinsight::core {

namespace {

template <typename T> std::vector<T> permute(const std::vector<T>& column, const std::vector<Index>& order)
{
    std::vector<T> out;
    out.reserve(order.size());
    for (Index i : order)
        out.push_back(column[static_cast<size_t>(i)]);
    return out;
}

template <typename T> void remap(std::vector<T>& column, const std::vector<Index>& oldToNew)
{
    for (auto& v : column) {
        if (v != noIndex)
            v = oldToNew[static_cast<size_t>(v)];
    }
}

std::vector<Index> identity(size_t n)
{
    std::vector<Index> v(n);
    std::iota(v.begin(), v.end(), 0);
    return v;
}

/// The permutation that sorts rows by `less`; stable, and free when rows are already sorted.
template <typename Less> std::vector<Index> sortOrder(size_t n, Less less)
{
    std::vector<Index> order = identity(n);
    if (!std::is_sorted(order.begin(), order.end(), less))
        std::stable_sort(order.begin(), order.end(), less);
    return order;
}

bool isIdentity(const std::vector<Index>& order)
{
    for (size_t i = 0; i < order.size(); ++i) {
        if (order[i] != static_cast<Index>(i))
            return false;
    }
    return true;
}

std::vector<Index> inverse(const std::vector<Index>& order)
{
    std::vector<Index> inv(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        inv[static_cast<size_t>(order[i])] = static_cast<Index>(i);
    return inv;
}

/// begins[m] = first row of member m in a column sorted by member; size n + 1.
std::vector<Index> rangeStarts(const std::vector<Index>& sortedMember, Index memberCount)
{
    std::vector<Index> begins(static_cast<size_t>(memberCount) + 1, 0);
    for (Index m : sortedMember)
        ++begins[static_cast<size_t>(m) + 1];
    std::partial_sum(begins.begin(), begins.end(), begins.begin());
    return begins;
}

Index findSorted(const StringPool& ids, std::string_view id)
{
    Index lo = 0, hi = ids.size();
    while (lo < hi) {
        const Index mid = lo + (hi - lo) / 2;
        if (ids.view(mid) < id)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < ids.size() && ids.view(lo) == id ? lo : noIndex;
}

} // namespace

Index Community::findMember(std::string_view id) const
{
    return findSorted(members.ids, id);
}
Index Community::findProduct(std::string_view id) const
{
    return findSorted(products.ids, id);
}

size_t Community::memoryBytes() const
{
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(typename std::decay_t<decltype(v)>::value_type); };
    size_t total = members.ids.memoryBytes() + members.names.memoryBytes() + members.emails.memoryBytes()
        + members.phones.memoryBytes() + bytes(members.joinedAt) + bytes(members.channel) + bytes(members.city)
        + bytes(members.referrer) + bytes(members.orderBegin) + bytes(members.eventBegin) + bytes(members.ratingBegin)
        + bytes(members.interactionOutBegin) + bytes(members.interactionInBegin);
    total += products.ids.memoryBytes() + products.titles.memoryBytes() + products.descriptions.memoryBytes()
        + products.tags.memoryBytes() + bytes(products.kind) + bytes(products.tier) + bytes(products.listPrice)
        + bytes(products.createdAt);
    total += orders.ids.memoryBytes() + bytes(orders.member) + bytes(orders.product) + bytes(orders.paidAt)
        + bytes(orders.amount) + bytes(orders.type) + bytes(orders.plan) + bytes(orders.status)
        + bytes(orders.lineBegin) + bytes(orderLines.product) + bytes(orderLines.amount);
    total += bytes(events.member) + bytes(events.product) + bytes(events.occurredAt) + bytes(events.type)
        + bytes(events.value);
    total += bytes(ratings.member) + bytes(ratings.product) + bytes(ratings.rating) + bytes(ratings.ratedAt)
        + ratings.reviews.memoryBytes();
    total += bytes(interactions.from) + bytes(interactions.to) + bytes(interactions.occurredAt)
        + bytes(interactions.type) + bytes(interactions.weight) + bytes(interactions.byTarget);
    return total;
}

Index CommunityBuilder::addMember(MemberRecord r)
{
    MemberTable& t = m_community->members;
    t.ids.add(r.id);
    t.names.add(r.name);
    t.emails.add(r.email);
    t.phones.add(r.phone);
    t.joinedAt.push_back(r.joinedAt);
    t.channel.push_back(r.channel.empty() ? noIndex : m_community->channels.intern(r.channel));
    t.city.push_back(r.city.empty() ? noIndex : m_community->cities.intern(r.city));
    t.referrer.push_back(noIndex);
    m_referrerIds.push_back(std::move(r.referrerId));
    return t.size() - 1;
}

Index CommunityBuilder::addProduct(ProductRecord r)
{
    ProductTable& t = m_community->products;
    t.ids.add(r.id);
    t.titles.add(r.title);
    t.descriptions.add(r.description);
    t.tags.add(r.tags);
    t.kind.push_back(r.kind);
    t.tier.push_back(r.tier.empty() ? noIndex : m_community->tiers.intern(r.tier));
    t.listPrice.push_back(r.listPrice);
    t.createdAt.push_back(r.createdAt);
    return t.size() - 1;
}

Index CommunityBuilder::addOrder(const OrderRecord& r)
{
    OrderTable& t = m_community->orders;
    t.ids.add(r.id);
    t.member.push_back(r.member);
    t.product.push_back(r.product);
    t.paidAt.push_back(r.paidAt);
    t.amount.push_back(r.amount);
    t.type.push_back(r.type);
    t.plan.push_back(r.plan);
    t.status.push_back(r.status);
    return t.size() - 1;
}

void CommunityBuilder::addEvent(Index member, Index product, Timestamp occurredAt, Index type, double value)
{
    EventTable& t = m_community->events;
    t.member.push_back(member);
    t.product.push_back(product);
    t.occurredAt.push_back(occurredAt);
    t.type.push_back(type);
    t.value.push_back(value);
}

void CommunityBuilder::addEvent(const EventRecord& r)
{
    EventTable& t = m_community->events;
    t.member.push_back(r.member);
    t.product.push_back(r.product);
    t.occurredAt.push_back(r.occurredAt);
    t.type.push_back(m_community->eventTypes.intern(r.type));
    t.value.push_back(r.value);
}

void CommunityBuilder::addRating(const RatingRecord& r)
{
    RatingTable& t = m_community->ratings;
    t.member.push_back(r.member);
    t.product.push_back(r.product);
    t.rating.push_back(static_cast<std::uint8_t>(r.rating));
    t.ratedAt.push_back(r.ratedAt);
    t.reviews.add(r.review);
}

void CommunityBuilder::addInteraction(const InteractionRecord& r)
{
    InteractionTable& t = m_community->interactions;
    t.from.push_back(r.from);
    t.to.push_back(r.to);
    t.occurredAt.push_back(r.occurredAt);
    t.type.push_back(r.type);
    t.weight.push_back(r.weight);
}

void CommunityBuilder::reserve(
    size_t members, size_t products, size_t orders, size_t events, size_t ratings, size_t interactions)
{
    Community& c = *m_community;
    c.members.ids.reserve(members, members * 8);
    c.members.joinedAt.reserve(members);
    c.members.channel.reserve(members);
    c.members.city.reserve(members);
    c.members.referrer.reserve(members);
    c.products.kind.reserve(products);
    c.orders.member.reserve(orders);
    c.orders.product.reserve(orders);
    c.orders.paidAt.reserve(orders);
    c.orders.amount.reserve(orders);
    c.orders.type.reserve(orders);
    c.orders.plan.reserve(orders);
    c.orders.status.reserve(orders);
    c.events.member.reserve(events);
    c.events.product.reserve(events);
    c.events.occurredAt.reserve(events);
    c.events.type.reserve(events);
    c.events.value.reserve(events);
    c.ratings.member.reserve(ratings);
    c.interactions.from.reserve(interactions);
    c.interactions.to.reserve(interactions);
    c.interactions.occurredAt.reserve(interactions);
}

Index CommunityBuilder::memberIndex(std::string_view id) const
{
    const StringPool& ids = m_community->members.ids;
    for (Index i = 0; i < ids.size(); ++i) {
        if (ids.view(i) == id)
            return i;
    }
    return noIndex;
}

Index CommunityBuilder::productIndex(std::string_view id) const
{
    const StringPool& ids = m_community->products.ids;
    for (Index i = 0; i < ids.size(); ++i) {
        if (ids.view(i) == id)
            return i;
    }
    return noIndex;
}

CommunityPtr CommunityBuilder::build()
{
    std::unique_ptr<Community> c = std::move(m_community);
    m_community = std::make_unique<Community>();

    // Members and products in id order, so indices are stable for a given database content.
    {
        MemberTable& t = c->members;
        const std::vector<Index> order
            = sortOrder(static_cast<size_t>(t.size()), [&](Index a, Index b) { return t.ids.view(a) < t.ids.view(b); });
        std::vector<Index> oldToNew = inverse(order);
        if (!isIdentity(order)) {
            t.ids = t.ids.permuted(order);
            t.names = t.names.permuted(order);
            t.emails = t.emails.permuted(order);
            t.phones = t.phones.permuted(order);
            t.joinedAt = permute(t.joinedAt, order);
            t.channel = permute(t.channel, order);
            t.city = permute(t.city, order);
            remap(c->orders.member, oldToNew);
            remap(c->events.member, oldToNew);
            remap(c->ratings.member, oldToNew);
            remap(c->interactions.from, oldToNew);
            remap(c->interactions.to, oldToNew);
        }
        for (size_t newIndex = 0; newIndex < order.size(); ++newIndex) {
            const std::string& ref = m_referrerIds[static_cast<size_t>(order[newIndex])];
            t.referrer[newIndex] = ref.empty() ? noIndex : findSorted(t.ids, ref);
        }
        m_referrerIds.clear();
    }
    {
        ProductTable& t = c->products;
        const std::vector<Index> order
            = sortOrder(static_cast<size_t>(t.size()), [&](Index a, Index b) { return t.ids.view(a) < t.ids.view(b); });
        if (!isIdentity(order)) {
            const std::vector<Index> oldToNew = inverse(order);
            t.ids = t.ids.permuted(order);
            t.titles = t.titles.permuted(order);
            t.descriptions = t.descriptions.permuted(order);
            t.tags = t.tags.permuted(order);
            t.kind = permute(t.kind, order);
            t.tier = permute(t.tier, order);
            t.listPrice = permute(t.listPrice, order);
            t.createdAt = permute(t.createdAt, order);
            remap(c->orders.product, oldToNew);
            remap(c->events.product, oldToNew);
            remap(c->ratings.product, oldToNew);
            for (auto& [order, lines] : m_orderLines) {
                for (OrderLineRecord& l : lines)
                    l.product = l.product == noIndex ? noIndex : oldToNew[static_cast<size_t>(l.product)];
            }
        }
    }
    const Index n = c->members.size();
    {
        OrderTable& t = c->orders;
        const std::vector<Index> order = sortOrder(static_cast<size_t>(t.size()), [&](Index a, Index b) {
            const auto sa = static_cast<size_t>(a), sb = static_cast<size_t>(b);
            if (t.member[sa] != t.member[sb])
                return t.member[sa] < t.member[sb];
            if (t.paidAt[sa] != t.paidAt[sb])
                return t.paidAt[sa] < t.paidAt[sb];
            return t.ids.view(a) < t.ids.view(b);
        });
        // Lines, in the new order: an order without lines of its own is one line.
        OrderLineTable& lines = c->orderLines;
        lines.product.clear();
        lines.amount.clear();
        lines.product.reserve(order.size() + m_orderLines.size());
        lines.amount.reserve(order.size() + m_orderLines.size());
        t.lineBegin.assign(order.size() + 1, 0);
        for (size_t i = 0; i < order.size(); ++i) {
            const Index old = order[i];
            t.lineBegin[i] = lines.size();
            const auto own = m_orderLines.find(old);
            if (own != m_orderLines.end() && !own->second.empty()) {
                for (const OrderLineRecord& l : own->second) {
                    lines.product.push_back(l.product);
                    lines.amount.push_back(l.amount);
                }
            } else {
                lines.product.push_back(t.product[static_cast<size_t>(old)]);
                lines.amount.push_back(t.amount[static_cast<size_t>(old)]);
            }
        }
        t.lineBegin[order.size()] = lines.size();
        m_orderLines.clear();
        if (!isIdentity(order)) {
            t.ids = t.ids.permuted(order);
            t.member = permute(t.member, order);
            t.product = permute(t.product, order);
            t.paidAt = permute(t.paidAt, order);
            t.amount = permute(t.amount, order);
            t.type = permute(t.type, order);
            t.plan = permute(t.plan, order);
            t.status = permute(t.status, order);
        }
        c->members.orderBegin = rangeStarts(t.member, n);
    }
    {
        EventTable& t = c->events;
        const std::vector<Index> order = sortOrder(static_cast<size_t>(t.size()), [&](Index a, Index b) {
            const auto sa = static_cast<size_t>(a), sb = static_cast<size_t>(b);
            return t.member[sa] != t.member[sb] ? t.member[sa] < t.member[sb] : t.occurredAt[sa] < t.occurredAt[sb];
        });
        if (!isIdentity(order)) {
            t.member = permute(t.member, order);
            t.product = permute(t.product, order);
            t.occurredAt = permute(t.occurredAt, order);
            t.type = permute(t.type, order);
            t.value = permute(t.value, order);
        }
        c->members.eventBegin = rangeStarts(t.member, n);
    }
    {
        RatingTable& t = c->ratings;
        const std::vector<Index> order = sortOrder(static_cast<size_t>(t.size()), [&](Index a, Index b) {
            const auto sa = static_cast<size_t>(a), sb = static_cast<size_t>(b);
            return t.member[sa] != t.member[sb] ? t.member[sa] < t.member[sb] : t.ratedAt[sa] < t.ratedAt[sb];
        });
        if (!isIdentity(order)) {
            t.member = permute(t.member, order);
            t.product = permute(t.product, order);
            t.rating = permute(t.rating, order);
            t.ratedAt = permute(t.ratedAt, order);
            t.reviews = t.reviews.permuted(order);
        }
        c->members.ratingBegin = rangeStarts(t.member, n);
    }
    {
        InteractionTable& t = c->interactions;
        const std::vector<Index> order = sortOrder(static_cast<size_t>(t.size()), [&](Index a, Index b) {
            const auto sa = static_cast<size_t>(a), sb = static_cast<size_t>(b);
            return t.from[sa] != t.from[sb] ? t.from[sa] < t.from[sb] : t.occurredAt[sa] < t.occurredAt[sb];
        });
        if (!isIdentity(order)) {
            t.from = permute(t.from, order);
            t.to = permute(t.to, order);
            t.occurredAt = permute(t.occurredAt, order);
            t.type = permute(t.type, order);
            t.weight = permute(t.weight, order);
        }
        c->members.interactionOutBegin = rangeStarts(t.from, n);
        t.byTarget = identity(static_cast<size_t>(t.size()));
        std::stable_sort(t.byTarget.begin(), t.byTarget.end(), [&](Index a, Index b) {
            const auto sa = static_cast<size_t>(a), sb = static_cast<size_t>(b);
            return t.to[sa] != t.to[sb] ? t.to[sa] < t.to[sb] : t.occurredAt[sa] < t.occurredAt[sb];
        });
        std::vector<Index> targets;
        targets.reserve(t.byTarget.size());
        for (Index i : t.byTarget)
            targets.push_back(t.to[static_cast<size_t>(i)]);
        c->members.interactionInBegin = rangeStarts(targets, n);
    }

    Timestamp lo = std::numeric_limits<Timestamp>::max(), hi = noTimestamp;
    auto widen = [&](const std::vector<Timestamp>& column) {
        if (column.empty())
            return;
        const auto [mn, mx] = std::minmax_element(column.begin(), column.end());
        lo = std::min(lo, *mn);
        hi = std::max(hi, *mx);
    };
    widen(c->members.joinedAt);
    widen(c->events.occurredAt);
    widen(c->orders.paidAt);
    c->dataBegin = hi == noTimestamp ? noTimestamp : lo;
    c->dataEnd = hi;
    return CommunityPtr(std::move(c));
}

} // namespace kinsight::core
