#include "communitycolumns.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <iterator>
#include <limits>
#include <string_view>
#include <type_traits>

#include "core/util/parallel.h"

#include <xxhash.h>

namespace kinsight::core {

namespace {

/// One contiguous byte range of a column (a StringPool is two of them).
struct Part {
    std::string_view name;
    const void* data;
    size_t bytes;
};

template <typename T> void addParts(std::vector<Part>& parts, std::string_view name, const T& column)
{
    if constexpr (std::is_same_v<T, StringPool>) {
        parts.push_back({ name, column.chars().data(), column.chars().size() });
        parts.push_back({ name, column.ends().data(), column.ends().size() * sizeof(size_t) });
    } else if constexpr (std::is_same_v<T, Vocabulary>) {
        addParts(parts, name, column.names());
    } else if constexpr (std::is_arithmetic_v<T>) {
        parts.push_back({ name, &column, sizeof(T) });
    } else {
        parts.push_back({ name, column.data(), column.size() * sizeof(typename T::value_type) });
    }
}

std::string hex(const XXH128_hash_t& h)
{
    char out[33];
    std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
        static_cast<unsigned long long>(h.low64));
    return out;
}

} // namespace

std::string communityDigest(const Community& c)
{
    std::vector<Part> parts;
    forEachColumn(c, [&](std::string_view name, const auto& column) { addParts(parts, name, column); });
    std::vector<XXH128_hash_t> partHashes(parts.size());
    detail::parallelBlocks(detail::threadCount(0), parts.size(),
        [&](size_t i) { partHashes[i] = XXH3_128bits(parts[i].data, parts[i].bytes); });

    XXH3_state_t* state = XXH3_createState();
    XXH3_128bits_reset(state);
    for (size_t i = 0; i < parts.size(); ++i) {
        const std::uint64_t bytes = parts[i].bytes;
        XXH3_128bits_update(state, parts[i].name.data(), parts[i].name.size());
        XXH3_128bits_update(state, &bytes, sizeof bytes);
        XXH3_128bits_update(state, &partHashes[i], sizeof partHashes[i]);
    }
    XXH3_128bits_update(state, c.currency.data(), c.currency.size());
    XXH3_128bits_update(state, "\x1f", 1);
    XXH3_128bits_update(state, c.timeZone.id().data(), c.timeZone.id().size());
    const XXH128_hash_t digest = XXH3_128bits_digest(state);
    XXH3_freeState(state);
    return hex(digest);
}

namespace {

template <typename T> bool indexColumnOk(const std::vector<T>& column, Index size, bool allowNone)
{
    // No early exit: the loop vectorises, and a valid column is read to the end anyway.
    bool ok = true;
    const auto limit = static_cast<std::uint32_t>(std::max<Index>(size, 0));
    for (const T v : column)
        ok &= (static_cast<std::uint32_t>(v) < limit) | (allowNone & (v == noIndex));
    return ok;
}

template <typename E> bool enumColumnOk(const std::vector<E>& column, int count)
{
    for (const E v : column) {
        if (static_cast<int>(v) >= count)
            return false;
    }
    return true;
}

/// begins has n + 1 entries from 0 to rows, ascending (the rows of a table without an owner
/// column: the ranges say whose each row is).
bool rangesCover(const std::vector<Index>& begins, Index n, size_t rows)
{
    if (begins.size() != static_cast<size_t>(n) + 1 || begins.front() != 0
        || static_cast<size_t>(begins.back()) != rows)
        return false;
    for (Index m = 0; m < n; ++m) {
        if (begins[static_cast<size_t>(m) + 1] < begins[static_cast<size_t>(m)])
            return false;
    }
    return true;
}

/// begins has n + 1 entries from 0 to rows, ascending, and every row r in [begins[m],
/// begins[m+1]) has owner(r) == m.
template <typename Owner> bool rangesOk(const std::vector<Index>& begins, Index n, size_t rows, Owner owner)
{
    if (begins.size() != static_cast<size_t>(n) + 1 || begins.front() != 0
        || static_cast<size_t>(begins.back()) != rows)
        return false;
    for (Index m = 0; m < n; ++m) {
        const Index lo = begins[static_cast<size_t>(m)], hi = begins[static_cast<size_t>(m) + 1];
        if (hi < lo || static_cast<size_t>(hi) > rows)
            return false;
        for (Index r = lo; r < hi; ++r) {
            if (owner(r) != m)
                return false;
        }
    }
    return true;
}

bool vocabularyOk(const Vocabulary& v)
{
    for (Index i = 0; i < v.size(); ++i) {
        if (v.find(v.name(i)) != i)
            return false;
    }
    return true;
}

} // namespace

std::string checkCommunity(const Community& c)
{
    const MemberTable& m = c.members;
    const Index n = m.size();
    const auto ns = static_cast<size_t>(n);
    // Each table on its own (both cores); the time order last, once every range is known good.
    const std::function<std::string()> sections[] = {
        [&]() -> std::string {
            if (m.ids.size() != n || m.names.size() != n || m.emails.size() != n || m.phones.size() != n
                || m.channel.size() != ns || m.city.size() != ns || m.referrer.size() != ns)
                return "member columns differ in length";
            if (!vocabularyOk(c.channels) || !vocabularyOk(c.cities) || !vocabularyOk(c.tiers)
                || !vocabularyOk(c.eventTypes))
                return "a vocabulary repeats a name";
            if (!indexColumnOk(m.channel, c.channels.size(), true) || !indexColumnOk(m.city, c.cities.size(), true)
                || !indexColumnOk(m.referrer, n, true))
                return "a member refers to a channel, city or referrer that is not there";
            for (Index i = 1; i < n; ++i) {
                if (!(m.ids.view(i - 1) < m.ids.view(i)))
                    return "member ids are not distinct and in order";
            }
            return {};
        },
        [&]() -> std::string {
            const ProductTable& p = c.products;
            const Index np = p.size();
            const auto nps = static_cast<size_t>(np);
            if (p.ids.size() != np || p.titles.size() != np || p.descriptions.size() != np || p.tags.size() != np
                || p.tier.size() != nps || p.listPrice.size() != nps || p.createdAt.size() != nps)
                return "product columns differ in length";
            if (!enumColumnOk(p.kind, productKindCount) || !indexColumnOk(p.tier, c.tiers.size(), true))
                return "a product has an unknown kind or tier";
            for (Index i = 1; i < np; ++i) {
                if (!(p.ids.view(i - 1) < p.ids.view(i)))
                    return "product ids are not distinct and in order";
            }
            return {};
        },
        [&]() -> std::string {
            const Index np = c.products.size();
            const OrderTable& o = c.orders;
            const size_t no = o.member.size();
            if (static_cast<size_t>(o.ids.size()) != no || o.product.size() != no || o.paidAt.size() != no
                || o.amount.size() != no || o.type.size() != no || o.plan.size() != no || o.status.size() != no)
                return "order columns differ in length";
            if (!indexColumnOk(o.member, n, false) || !indexColumnOk(o.product, np, false)
                || !enumColumnOk(o.type, orderTypeCount) || !enumColumnOk(o.plan, planCount)
                || !enumColumnOk(o.status, 2))
                return "an order refers to a member or product that is not there, or has an unknown type";
            if (!rangesOk(m.orderBegin, n, no, [&](Index r) { return o.member[static_cast<size_t>(r)]; }))
                return "the orders are not grouped by member";
            // Lines: per-order ranges over the lines table (empty for a community built without
            // them), each naming a product.
            const OrderLineTable& l = c.orderLines;
            if (l.product.size() != l.amount.size())
                return "order line columns differ in length";
            if (!o.lineBegin.empty()) {
                if (o.lineBegin.size() != no + 1 || o.lineBegin.front() != 0
                    || static_cast<size_t>(o.lineBegin.back()) != l.product.size())
                    return "the order lines do not cover the orders";
                for (size_t i = 0; i < no; ++i) {
                    if (o.lineBegin[i] > o.lineBegin[i + 1])
                        return "the order lines are not in order";
                }
            } else if (!l.product.empty()) {
                return "order lines without their orders' ranges";
            }
            if (!indexColumnOk(l.product, np, false))
                return "an order line refers to a product that is not there";
            return {};
        },
        [&]() -> std::string {
            const Index np = c.products.size();
            const EventTable& e = c.events;
            const size_t ne = e.occurredAt.size();
            if (e.product.size() != ne || e.type.size() != ne || e.value.size() != ne)
                return "event columns differ in length";
            if (!indexColumnOk(e.product, np, true) || !indexColumnOk(e.type, c.eventTypes.size(), false))
                return "an event refers to a product or type that is not there";
            if (!rangesCover(m.eventBegin, n, ne))
                return "the events are not grouped by member";
            return {};
        },
        [&]() -> std::string {
            const Index np = c.products.size();
            const RatingTable& r = c.ratings;
            const size_t nr = r.member.size();
            if (r.product.size() != nr || r.rating.size() != nr || r.ratedAt.size() != nr
                || static_cast<size_t>(r.reviews.size()) != nr)
                return "rating columns differ in length";
            if (!indexColumnOk(r.member, n, false) || !indexColumnOk(r.product, np, false))
                return "a rating refers to a member or product that is not there";
            for (const std::uint8_t v : r.rating) {
                if (v < 1 || v > 5)
                    return "a rating is outside 1 to 5";
            }
            if (!rangesOk(m.ratingBegin, n, nr, [&](Index i) { return r.member[static_cast<size_t>(i)]; }))
                return "the ratings are not grouped by member";
            return {};
        },
        [&]() -> std::string {
            const InteractionTable& t = c.interactions;
            const size_t ni = t.from.size();
            if (t.to.size() != ni || t.occurredAt.size() != ni || t.type.size() != ni || t.weight.size() != ni
                || t.byTarget.size() != ni)
                return "interaction columns differ in length";
            if (!indexColumnOk(t.from, n, false) || !indexColumnOk(t.to, n, false)
                || !enumColumnOk(t.type, interactionTypeCount))
                return "an interaction refers to a member that is not there, or has an unknown type";
            if (!rangesOk(m.interactionOutBegin, n, ni, [&](Index i) { return t.from[static_cast<size_t>(i)]; }))
                return "the interactions are not grouped by sender";
            {
                std::vector<bool> seen(ni, false);
                for (const Index i : t.byTarget) {
                    if (i < 0 || static_cast<size_t>(i) >= ni || seen[static_cast<size_t>(i)])
                        return "the interactions by target are not a permutation";
                    seen[static_cast<size_t>(i)] = true;
                }
            }
            if (!rangesOk(m.interactionInBegin, n, ni,
                    [&](Index i) { return t.to[static_cast<size_t>(t.byTarget[static_cast<size_t>(i)])]; }))
                return "the interactions are not grouped by target";
            return {};
        },
    };
    constexpr size_t sectionCount = std::size(sections);
    std::string problems[sectionCount];
    detail::parallelBlocks(detail::threadCount(0), sectionCount, [&](size_t i) { problems[i] = sections[i](); });
    for (const std::string& problem : problems) {
        if (!problem.empty())
            return problem;
    }
    const OrderTable& o = c.orders;
    const EventTable& e = c.events;
    const RatingTable& r = c.ratings;
    const InteractionTable& t = c.interactions;
    // Within a member, rows ascend in time; the data's bounds are those of its rows.
    auto ascending = [&](const std::vector<Index>& begins, const std::vector<Timestamp>& at) {
        for (Index mm = 0; mm < n; ++mm) {
            for (Index i = begins[static_cast<size_t>(mm)] + 1; i < begins[static_cast<size_t>(mm) + 1]; ++i) {
                if (at[static_cast<size_t>(i) - 1] > at[static_cast<size_t>(i)])
                    return false;
            }
        }
        return true;
    };
    if (!ascending(m.orderBegin, o.paidAt) || !ascending(m.eventBegin, e.occurredAt)
        || !ascending(m.ratingBegin, r.ratedAt) || !ascending(m.interactionOutBegin, t.occurredAt))
        return "a member's rows are not in time order";
    Timestamp lo = std::numeric_limits<Timestamp>::max(), hi = noTimestamp;
    for (const auto* column : { &m.joinedAt, &e.occurredAt, &o.paidAt }) {
        for (const Timestamp v : *column) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (c.dataEnd != hi || c.dataBegin != (hi == noTimestamp ? noTimestamp : lo))
        return "the data's first and last instants do not match its rows";
    return {};
}

} // namespace kinsight::core
