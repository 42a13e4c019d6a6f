#include "community.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <functional>
#include <numeric>
#include <utility>

#include "core/util/parallel.h"

namespace kinsight::core {

namespace {

unsigned threads()
{
    return detail::threadCount(0);
}

template <typename T> std::vector<T> permute(const std::vector<T>& column, const std::vector<Index>& order)
{
    std::vector<T> out(order.size());
    for (size_t i = 0; i < order.size(); ++i)
        out[i] = column[static_cast<size_t>(order[i])];
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

/// Runs independent jobs on every core.
void runAll(std::vector<std::function<void()>>& jobs)
{
    detail::parallelBlocks(threads(), jobs.size(), [&](size_t j) { jobs[j](); });
    jobs.clear();
}

/// The permutation that sorts the texts of `ids` (byte order, as std::string_view compares).
/// Each id is sorted as its first eight bytes read as one big-endian integer, beside its index,
/// and only ids whose first eight bytes are equal are compared in full: most ids differ there,
/// so the sort moves 16-byte keys through the cache instead of following every index into the
/// pool's characters (a million member ids: about a third of the time of comparing the texts).
std::vector<Index> sortOrderOfIds(const StringPool& ids)
{
    const auto n = static_cast<size_t>(ids.size());
    struct Key {
        std::uint64_t prefix;
        Index index;
    };
    std::vector<Key> keys(n);
    bool sorted = true;
    for (size_t i = 0; i < n; ++i) {
        const std::string_view id = ids.view(static_cast<Index>(i));
        std::uint64_t prefix = 0;
        for (size_t b = 0; b < 8; ++b)
            prefix = (prefix << 8) | (b < id.size() ? static_cast<unsigned char>(id[b]) : 0u);
        keys[i] = { prefix, static_cast<Index>(i) };
        if (sorted && i > 0
            && (keys[i - 1].prefix > prefix
                || (keys[i - 1].prefix == prefix && ids.view(static_cast<Index>(i - 1)) > id)))
            sorted = false;
    }
    if (sorted)
        return identity(n);
    // Equal prefixes leave the tie to the whole text (the prefix's zero padding cannot decide it:
    // "ab" and "ab\0" pad alike), then to the index, so the order is total.
    const auto less = [&](const Key& a, const Key& b) {
        if (a.prefix != b.prefix)
            return a.prefix < b.prefix;
        const int c = ids.view(a.index).compare(ids.view(b.index));
        return c != 0 ? c < 0 : a.index < b.index;
    };
    const auto middle = keys.begin() + static_cast<std::ptrdiff_t>(n / 2);
    if (threads() > 1 && n > 4096) {
        detail::parallelBlocks(2, 2, [&](size_t half) {
            if (half == 0)
                std::sort(keys.begin(), middle, less);
            else
                std::sort(middle, keys.end(), less);
        });
        std::inplace_merge(keys.begin(), middle, keys.end(), less);
    } else {
        std::sort(keys.begin(), keys.end(), less);
    }
    std::vector<Index> order(n);
    for (size_t i = 0; i < n; ++i)
        order[i] = keys[i].index;
    return order;
}

/// Groups the rows of a table by owner (a member index in [0, n)): a counting sort that keeps
/// storage order within each owner, then each owner's rows sorted by `less`. Returns the new
/// order (new row -> old row) and fills begins (size n + 1). Both passes run on every core.
template <typename Less>
std::vector<Index> groupOrder(const std::vector<Index>& owner, Index n, Less less, std::vector<Index>& begins)
{
    const size_t rows = owner.size();
    const size_t members = static_cast<size_t>(n);
    const size_t blocks = rows < 65536 ? 1 : std::max<size_t>(1, threads());
    std::vector<std::vector<Index>> counts(blocks, std::vector<Index>(members, 0));
    detail::parallelBlocks(threads(), blocks, [&](size_t b) {
        const auto [lo, hi] = detail::blockRange(rows, blocks, b);
        std::vector<Index>& count = counts[b];
        for (size_t r = lo; r < hi; ++r)
            ++count[static_cast<size_t>(owner[r])];
    });
    // Block b's rows of member m go after every earlier block's rows of m.
    begins.assign(members + 1, 0);
    Index running = 0;
    for (size_t m = 0; m < members; ++m) {
        begins[m] = running;
        for (size_t b = 0; b < blocks; ++b) {
            const Index c = counts[b][m];
            counts[b][m] = running;
            running += c;
        }
    }
    begins[members] = running;
    std::vector<Index> order(rows);
    detail::parallelBlocks(threads(), blocks, [&](size_t b) {
        const auto [lo, hi] = detail::blockRange(rows, blocks, b);
        std::vector<Index>& cursor = counts[b];
        for (size_t r = lo; r < hi; ++r)
            order[static_cast<size_t>(cursor[static_cast<size_t>(owner[r])]++)] = static_cast<Index>(r);
    });
    counts.clear();
    const size_t sortBlocks = members < 4096 ? 1 : 64;
    detail::parallelBlocks(threads(), sortBlocks, [&](size_t b) {
        const auto [lo, hi] = detail::blockRange(members, sortBlocks, b);
        for (size_t m = lo; m < hi; ++m) {
            const auto first = order.begin() + begins[m], last = order.begin() + begins[m + 1];
            if (!std::is_sorted(first, last, less))
                std::sort(first, last, less);
        }
    });
    return order;
}

/// A strict total order on doubles: NaN (absent) first, then by value, then by bits (-0 < +0).
int compareReal(double a, double b)
{
    const bool na = std::isnan(a), nb = std::isnan(b);
    if (na || nb)
        return na == nb ? 0 : (na ? -1 : 1);
    if (a != b)
        return a < b ? -1 : 1;
    const auto ba = std::bit_cast<std::uint64_t>(a), bb = std::bit_cast<std::uint64_t>(b);
    return ba == bb ? 0 : (ba < bb ? -1 : 1);
}

/// Numbers a vocabulary by first use in `column` (names never used keep their relative order,
/// after the used ones) and remaps the column, so that ids do not depend on insertion order.
void canonicalVocabulary(Vocabulary& v, std::vector<Index>& column)
{
    const auto size = static_cast<size_t>(v.size());
    std::vector<Index> newId(size, noIndex);
    Index next = 0;
    for (const Index x : column) {
        if (x != noIndex && newId[static_cast<size_t>(x)] == noIndex)
            newId[static_cast<size_t>(x)] = next++;
    }
    for (Index& id : newId) {
        if (id == noIndex)
            id = next++;
    }
    if (isIdentity(newId))
        return;
    const std::vector<Index> oldOf = inverse(newId);
    Vocabulary out;
    for (const Index old : oldOf)
        out.intern(v.name(old));
    remap(column, newId);
    v = std::move(out);
}

/// Groups packed rows by their owner (a member index in [0, n)): a stable LSD radix sort in
/// passes of at most 11 bits, both cores (per-block histograms, blocks scattered in order), so
/// each pass streams through memory instead of jumping to a random member for every row. Then
/// each owner's rows are ordered by `less` (already so, and only checked, when the table is in
/// time order), and begins (size n + 1) is filled. The rows may come in chunks (the loader's
/// pieces, in storage order one after the other): the first pass reads them where they are, so
/// they are never first copied into one array; the chunks are emptied.
template <typename Row, typename Less>
std::vector<Row> groupRowChunks(
    std::vector<std::vector<Row>>& chunks, Index n, Index Row::*owner, Less less, std::vector<Index>& begins)
{
    size_t count = 0;
    for (const std::vector<Row>& chunk : chunks)
        count += chunk.size();
    const auto members = static_cast<size_t>(n);
    unsigned bits = 1;
    while ((size_t(1) << bits) < members)
        ++bits;
    const unsigned passes = (bits + 10) / 11;
    const unsigned width = (bits + passes - 1) / passes;
    const size_t buckets = size_t(1) << width;
    const size_t mask = buckets - 1;

    struct Block {
        const Row* rows;
        size_t count;
    };
    // Blocks of the chunks, or of one array: as many as both cores need to share the work evenly.
    const size_t blockRows = std::max<size_t>(65536, count / (8 * std::max<size_t>(1, threads())) + 1);
    const auto cut = [&](const Row* rows, size_t size, std::vector<Block>& into) {
        for (size_t lo = 0; lo < size; lo += blockRows)
            into.push_back({ rows + lo, std::min(blockRows, size - lo) });
    };
    std::vector<Block> blocks;
    for (const std::vector<Row>& chunk : chunks)
        cut(chunk.data(), chunk.size(), blocks);

    std::vector<Row> rows(count), other;
    std::vector<std::vector<size_t>> offsets;
    for (unsigned pass = 0; pass < passes; ++pass) {
        const unsigned shift = pass * width;
        if (pass > 0) {
            rows.swap(other); // the last pass's output is this pass's input
            if (rows.size() != count)
                rows = std::vector<Row>(count);
            blocks.clear();
            cut(other.data(), other.size(), blocks);
        }
        offsets.resize(blocks.size());
        detail::parallelBlocks(threads(), blocks.size(), [&](size_t b) {
            std::vector<size_t>& h = offsets[b];
            h.assign(buckets, 0);
            for (size_t i = 0; i < blocks[b].count; ++i)
                ++h[(static_cast<size_t>(blocks[b].rows[i].*owner) >> shift) & mask];
        });
        size_t running = 0;
        for (size_t k = 0; k < buckets; ++k) {
            for (std::vector<size_t>& h : offsets) {
                const size_t c = h[k];
                h[k] = running;
                running += c;
            }
        }
        detail::parallelBlocks(threads(), blocks.size(), [&](size_t b) {
            std::vector<size_t>& cursor = offsets[b];
            for (size_t i = 0; i < blocks[b].count; ++i) {
                const Row& row = blocks[b].rows[i];
                rows[cursor[(static_cast<size_t>(row.*owner) >> shift) & mask]++] = row;
            }
        });
        if (pass == 0)
            chunks.clear(); // read: their memory goes back before the next pass takes more
    }
    other = {};
    begins.assign(members + 1, 0);
    for (const Row& row : rows)
        ++begins[static_cast<size_t>(row.*owner) + 1];
    std::partial_sum(begins.begin(), begins.end(), begins.begin());
    const size_t sortBlocks = members < 4096 ? 1 : 64;
    detail::parallelBlocks(threads(), sortBlocks, [&](size_t b) {
        const auto [lo, hi] = detail::blockRange(members, sortBlocks, b);
        for (size_t m = lo; m < hi; ++m) {
            const auto first = rows.begin() + begins[m], last = rows.begin() + begins[m + 1];
            if (!std::is_sorted(first, last, less))
                std::sort(first, last, less);
        }
    });
    return rows;
}

/// The same for the rows of one array, grouped in place.
template <typename Row, typename Less>
void groupRows(std::vector<Row>& rows, Index n, Index Row::*owner, Less less, std::vector<Index>& begins)
{
    std::vector<std::vector<Row>> chunks;
    chunks.push_back(std::move(rows));
    rows = groupRowChunks(chunks, n, owner, less, begins);
}

/// Fills rows[i] from column data and back, on every core.
template <typename Fn> void eachRow(size_t count, Fn&& fn)
{
    const size_t blocks = count < 65536 ? 1 : 16;
    detail::parallelBlocks(threads(), blocks, [&](size_t b) {
        const auto [lo, hi] = detail::blockRange(count, blocks, b);
        for (size_t i = lo; i < hi; ++i)
            fn(i);
    });
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
    total += bytes(events.product) + bytes(events.occurredAt) + bytes(events.type) + bytes(events.value);
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
    m_referrerIds.add(r.referrerId);
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
    lastEventPiece().emplace_back(member, product, type, occurredAt, value);
}

std::vector<CommunityBuilder::EventRow>& CommunityBuilder::lastEventPiece()
{
    if (m_eventPieces.empty())
        m_eventPieces.emplace_back();
    return m_eventPieces.back();
}

void CommunityBuilder::addEventRows(std::vector<EventRow> rows)
{
    m_eventPieces.push_back(std::move(rows));
}

void CommunityBuilder::addEvent(const EventRecord& r)
{
    lastEventPiece().emplace_back(r.member, r.product, m_community->eventTypes.intern(r.type), r.occurredAt, r.value);
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
    lastEventPiece().reserve(events);
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

std::vector<Index> CommunityBuilder::sortMembers()
{
    Community& c = *m_community;
    MemberTable& t = c.members;
    const std::vector<Index> order = sortOrderOfIds(t.ids);
    if (isIdentity(order))
        return order;
    std::vector<Index> oldToNew = inverse(order);
    std::vector<std::function<void()>> jobs;
    jobs.emplace_back([&] { t.ids = t.ids.permuted(order); });
    jobs.emplace_back([&] { t.names = t.names.permuted(order); });
    jobs.emplace_back([&] { t.emails = t.emails.permuted(order); });
    jobs.emplace_back([&] { t.phones = t.phones.permuted(order); });
    jobs.emplace_back([&] { m_referrerIds = m_referrerIds.permuted(order); });
    jobs.emplace_back([&] {
        t.joinedAt = permute(t.joinedAt, order);
        t.channel = permute(t.channel, order);
        t.city = permute(t.city, order);
        t.referrer = permute(t.referrer, order);
    });
    jobs.emplace_back([&] { remap(c.orders.member, oldToNew); });
    jobs.emplace_back([&] {
        for (std::vector<EventRow>& piece : m_eventPieces) {
            for (EventRow& row : piece)
                row.member = oldToNew[static_cast<size_t>(row.member)];
        }
    });
    jobs.emplace_back([&] { remap(c.ratings.member, oldToNew); });
    jobs.emplace_back([&] {
        remap(c.interactions.from, oldToNew);
        remap(c.interactions.to, oldToNew);
    });
    runAll(jobs);
    return oldToNew;
}

std::vector<Index> CommunityBuilder::sortProducts()
{
    Community& c = *m_community;
    ProductTable& t = c.products;
    const std::vector<Index> order = sortOrderOfIds(t.ids);
    if (isIdentity(order))
        return order;
    std::vector<Index> oldToNew = inverse(order);
    t.ids = t.ids.permuted(order);
    t.titles = t.titles.permuted(order);
    t.descriptions = t.descriptions.permuted(order);
    t.tags = t.tags.permuted(order);
    t.kind = permute(t.kind, order);
    t.tier = permute(t.tier, order);
    t.listPrice = permute(t.listPrice, order);
    t.createdAt = permute(t.createdAt, order);
    remap(c.orders.product, oldToNew);
    remap(c.events.product, oldToNew);
    remap(c.ratings.product, oldToNew);
    for (auto& [order, lines] : m_orderLines) {
        for (OrderLineRecord& l : lines)
            l.product = l.product == noIndex ? noIndex : oldToNew[static_cast<size_t>(l.product)];
    }
    return oldToNew;
}

CommunityPtr CommunityBuilder::build()
{
    // Members and products in id order, so indices are stable for a given database content.
    sortMembers();
    sortProducts();
    std::unique_ptr<Community> c = std::move(m_community);
    m_community = std::make_unique<Community>();
    const StringPool referrerIds = std::move(m_referrerIds);
    m_referrerIds = StringPool();

    const Index n = c->members.size();
    {
        MemberTable& t = c->members;
        t.referrer.resize(static_cast<size_t>(n));
        detail::parallelBlocks(threads(), 16, [&](size_t b) {
            const auto [lo, hi] = detail::blockRange(static_cast<size_t>(n), 16, b);
            for (size_t i = lo; i < hi; ++i) {
                const std::string_view ref = referrerIds.view(static_cast<Index>(i));
                t.referrer[i] = ref.empty() ? noIndex : findSorted(t.ids, ref);
            }
        });
        canonicalVocabulary(c->channels, t.channel);
        canonicalVocabulary(c->cities, t.city);
    }
    canonicalVocabulary(c->tiers, c->products.tier);

    std::vector<std::function<void()>> jobs;
    OrderTable& o = c->orders;
    EventTable& e = c->events;
    RatingTable& r = c->ratings;
    InteractionTable& t = c->interactions;

    // Each table: the permutation (grouped by member, then by time and the rest of the row, so
    // that equal keys never fall back on storage order), then every column gathered at once.
    const std::vector<Index> orderOrder = groupOrder(
        o.member, n,
        [&](Index a, Index b) {
            const auto sa = static_cast<size_t>(a), sb = static_cast<size_t>(b);
            if (o.paidAt[sa] != o.paidAt[sb])
                return o.paidAt[sa] < o.paidAt[sb];
            return o.ids.view(a) < o.ids.view(b);
        },
        c->members.orderBegin);
    {
        // Lines, in the new order: an order without lines of its own is one line.
        OrderLineTable& lines = c->orderLines;
        lines.product.clear();
        lines.amount.clear();
        lines.product.reserve(orderOrder.size() + m_orderLines.size());
        lines.amount.reserve(orderOrder.size() + m_orderLines.size());
        o.lineBegin.assign(orderOrder.size() + 1, 0);
        for (size_t i = 0; i < orderOrder.size(); ++i) {
            const Index old = orderOrder[i];
            o.lineBegin[i] = lines.size();
            const auto own = m_orderLines.find(old);
            if (own != m_orderLines.end() && !own->second.empty()) {
                for (const OrderLineRecord& l : own->second) {
                    lines.product.push_back(l.product);
                    lines.amount.push_back(l.amount);
                }
            } else {
                lines.product.push_back(o.product[static_cast<size_t>(old)]);
                lines.amount.push_back(o.amount[static_cast<size_t>(old)]);
            }
        }
        o.lineBegin[orderOrder.size()] = lines.size();
        m_orderLines.clear();
    }
    if (!isIdentity(orderOrder)) {
        jobs.emplace_back([&] { o.ids = o.ids.permuted(orderOrder); });
        jobs.emplace_back([&] {
            o.member = permute(o.member, orderOrder);
            o.product = permute(o.product, orderOrder);
        });
        jobs.emplace_back([&] {
            o.paidAt = permute(o.paidAt, orderOrder);
            o.amount = permute(o.amount, orderOrder);
        });
        jobs.emplace_back([&] {
            o.type = permute(o.type, orderOrder);
            o.plan = permute(o.plan, orderOrder);
            o.status = permute(o.status, orderOrder);
        });
    }

    // Event types ranked by name, for ties at the same instant.
    std::vector<Index> typeRank(static_cast<size_t>(c->eventTypes.size()));
    {
        std::vector<Index> byName = identity(typeRank.size());
        std::sort(byName.begin(), byName.end(),
            [&](Index a, Index b) { return c->eventTypes.name(a) < c->eventTypes.name(b); });
        for (size_t i = 0; i < byName.size(); ++i)
            typeRank[static_cast<size_t>(byName[i])] = static_cast<Index>(i);
    }
    {
        std::vector<std::vector<EventRow>> pieces = std::exchange(m_eventPieces, {});
        const std::vector<EventRow> rows = groupRowChunks(
            pieces, n, &EventRow::member,
            [&](const EventRow& a, const EventRow& b) {
                if (a.occurredAt != b.occurredAt)
                    return a.occurredAt < b.occurredAt;
                const Index ta = typeRank[static_cast<size_t>(a.type)], tb = typeRank[static_cast<size_t>(b.type)];
                if (ta != tb)
                    return ta < tb;
                if (a.product != b.product)
                    return a.product < b.product;
                return compareReal(a.value, b.value) < 0;
            },
            c->members.eventBegin);
        {
            // The columns, sized once the grouping's second buffer is gone (so that the peak holds
            // the rows and the columns, not both buffers too), one per core.
            std::vector<std::function<void()>> sizing;
            sizing.emplace_back([&] { e.product.resize(rows.size()); });
            sizing.emplace_back([&] { e.type.resize(rows.size()); });
            sizing.emplace_back([&] { e.occurredAt.resize(rows.size()); });
            sizing.emplace_back([&] { e.value.resize(rows.size()); });
            runAll(sizing);
        }
        eachRow(rows.size(), [&](size_t i) {
            const EventRow& row = rows[i];
            e.product[i] = row.product;
            e.type[i] = row.type;
            e.occurredAt[i] = row.occurredAt;
            e.value[i] = row.value;
        });
    }

    const std::vector<Index> ratingOrder = groupOrder(
        r.member, n,
        [&](Index a, Index b) {
            const auto sa = static_cast<size_t>(a), sb = static_cast<size_t>(b);
            if (r.ratedAt[sa] != r.ratedAt[sb])
                return r.ratedAt[sa] < r.ratedAt[sb];
            if (r.product[sa] != r.product[sb])
                return r.product[sa] < r.product[sb];
            if (r.rating[sa] != r.rating[sb])
                return r.rating[sa] < r.rating[sb];
            return r.reviews.view(a) < r.reviews.view(b);
        },
        c->members.ratingBegin);
    if (!isIdentity(ratingOrder)) {
        jobs.emplace_back([&] {
            r.member = permute(r.member, ratingOrder);
            r.product = permute(r.product, ratingOrder);
            r.rating = permute(r.rating, ratingOrder);
            r.ratedAt = permute(r.ratedAt, ratingOrder);
            r.reviews = r.reviews.permuted(ratingOrder);
        });
    }

    {
        struct InteractionRow {
            Index from, to;
            Timestamp occurredAt;
            double weight;
            InteractionType type;
            InteractionRow() { } // NOLINT(cppcoreguidelines-pro-type-member-init): as EventRow
            InteractionRow(Index f, Index t, Timestamp at, double w, InteractionType k)
                : from(f)
                , to(t)
                , occurredAt(at)
                , weight(w)
                , type(k)
            { }
        };
        std::vector<InteractionRow> rows(t.from.size());
        eachRow(rows.size(),
            [&](size_t i) { rows[i] = InteractionRow(t.from[i], t.to[i], t.occurredAt[i], t.weight[i], t.type[i]); });
        groupRows(
            rows, n, &InteractionRow::from,
            [&](const InteractionRow& a, const InteractionRow& b) {
                if (a.occurredAt != b.occurredAt)
                    return a.occurredAt < b.occurredAt;
                if (a.to != b.to)
                    return a.to < b.to;
                if (a.type != b.type)
                    return a.type < b.type;
                return compareReal(a.weight, b.weight) < 0;
            },
            c->members.interactionOutBegin);
        eachRow(rows.size(), [&](size_t i) {
            const InteractionRow& row = rows[i];
            t.from[i] = row.from;
            t.to[i] = row.to;
            t.occurredAt[i] = row.occurredAt;
            t.weight[i] = row.weight;
            t.type[i] = row.type;
        });
    }
    runAll(jobs);
    canonicalVocabulary(c->eventTypes, e.type);

    // Received interactions: rows grouped by target, in row order, then by time (stable).
    t.byTarget = groupOrder(
        t.to, n,
        [&](Index a, Index b) {
            const auto sa = static_cast<size_t>(a), sb = static_cast<size_t>(b);
            return t.occurredAt[sa] != t.occurredAt[sb] ? t.occurredAt[sa] < t.occurredAt[sb] : a < b;
        },
        c->members.interactionInBegin);

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
