#pragma once

// Every column of a Community, named, in one list. The content digest (communityDigest) and the
// persisted snapshot file (core/store/snapshotfile) both walk this list, so a new column of a
// Community is one more line here: it is then hashed, written, read back and checked for size
// with the rest. A snapshot file written before the line was added lacks the column and is
// rebuilt from the database.

#include <cstdint>

#include "core/data/community.h"

namespace kinsight::core {

/// Calls fn(name, column) for each column of `c` (a Community or a const Community), in a fixed
/// order. A column is a std::vector of a trivially copyable type, a StringPool, a Vocabulary or a
/// Timestamp; the names are stable identifiers (the snapshot file stores them).
template <typename C, typename Fn> void forEachColumn(C& c, Fn&& fn)
{
    fn("members.ids", c.members.ids);
    fn("members.names", c.members.names);
    fn("members.emails", c.members.emails);
    fn("members.phones", c.members.phones);
    fn("members.joinedAt", c.members.joinedAt);
    fn("members.channel", c.members.channel);
    fn("members.city", c.members.city);
    fn("members.referrer", c.members.referrer);
    fn("members.orderBegin", c.members.orderBegin);
    fn("members.eventBegin", c.members.eventBegin);
    fn("members.ratingBegin", c.members.ratingBegin);
    fn("members.interactionOutBegin", c.members.interactionOutBegin);
    fn("members.interactionInBegin", c.members.interactionInBegin);

    fn("products.ids", c.products.ids);
    fn("products.titles", c.products.titles);
    fn("products.descriptions", c.products.descriptions);
    fn("products.tags", c.products.tags);
    fn("products.kind", c.products.kind);
    fn("products.tier", c.products.tier);
    fn("products.listPrice", c.products.listPrice);
    fn("products.createdAt", c.products.createdAt);

    fn("orders.ids", c.orders.ids);
    fn("orders.member", c.orders.member);
    fn("orders.product", c.orders.product);
    fn("orders.paidAt", c.orders.paidAt);
    fn("orders.amount", c.orders.amount);
    fn("orders.type", c.orders.type);
    fn("orders.plan", c.orders.plan);
    fn("orders.status", c.orders.status);
    fn("orders.lineBegin", c.orders.lineBegin);
    fn("orderLines.product", c.orderLines.product);
    fn("orderLines.amount", c.orderLines.amount);

    fn("events.product", c.events.product);
    fn("events.occurredAt", c.events.occurredAt);
    fn("events.type", c.events.type);
    fn("events.value", c.events.value);

    fn("ratings.member", c.ratings.member);
    fn("ratings.product", c.ratings.product);
    fn("ratings.rating", c.ratings.rating);
    fn("ratings.ratedAt", c.ratings.ratedAt);
    fn("ratings.reviews", c.ratings.reviews);

    fn("interactions.from", c.interactions.from);
    fn("interactions.to", c.interactions.to);
    fn("interactions.occurredAt", c.interactions.occurredAt);
    fn("interactions.type", c.interactions.type);
    fn("interactions.weight", c.interactions.weight);
    fn("interactions.byTarget", c.interactions.byTarget);

    fn("channels", c.channels);
    fn("cities", c.cities);
    fn("tiers", c.tiers);
    fn("eventTypes", c.eventTypes);

    fn("dataBegin", c.dataBegin);
    fn("dataEnd", c.dataEnd);
}

/// A 128-bit digest of a Community's whole content (every column of forEachColumn, the currency
/// and the time zone id), as 32 hex digits: two snapshots with equal digests hold the same rows in
/// the same order. Computed on both cores.
std::string communityDigest(const Community& c);

/// Checks the invariants every reader of a Community relies on (column lengths agree within a
/// table; every index is in range or noIndex where allowed; enums and ratings in range; the
/// per-member ranges start at 0, ascend, end at their table's size and hold only that member's
/// rows; byTarget is a permutation grouped by target; vocabulary names distinct). Returns the
/// first violation, or an empty string. Linear in the snapshot's size.
std::string checkCommunity(const Community& c);

} // namespace kinsight::core
