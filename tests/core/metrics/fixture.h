#pragma once

// The small community every metrics suite works on, with its activity laid out by hand so the
// expected values in the tests can be worked out on paper.
//
// Members (joined_at, channel):
//   a  2026-01-05 10:00:00  wechat
//   b  2026-01-20 09:00:00  douyin
//   c  2026-02-10 08:00:00  -          (has an event before joining: a data error)
//   d  2026-02-28 23:59:59  wechat     (last second of February)
//   e  2026-03-01 00:00:00  -          (first second of March; no activity at all)
// Products: p1 basic, p2 premium, p3 no tier, p4 basic (never sold).
// Orders:
//   o1 a p1 2026-01-05 12:00  10.00 purchase
//   o2 a p1 2026-01-25 12:00  10.00 purchase
//   o3 a p2 2026-03-15 12:00  99.00 subscription, monthly
//   o4 b p2 2026-01-20 10:00   0.00 trial
//   o5 b p2 2026-01-25 10:00  99.00 purchase, REFUNDED
//   o6 b p2 2026-02-01 10:00  99.00 purchase
//   o7 c p3 2026-02-10 09:00   0.00 trial
//   o8 d p1 2026-03-02 10:00   5.00 purchase
// Events:
//   a view 2026-01-06 08:00, comment 2026-01-06 09:00, post 2026-01-26 10:00, view 2026-03-31 23:59:59
//   b view 2026-01-21 10:00, play 2026-02-28 23:59:59
//   c view 2026-01-31 10:00 (before joining)
//   d like 2026-02-28 23:59:59
// Interactions: a -> b reply w1 2026-02-01 12:00; b -> a like w2 2026-02-02 12:00; c -> c like (self).
//
// End of the data: 2026-03-31 23:59:59 (a's last view).
// Activity days (events and counted orders; o5 is refunded, so no activity):
//   a: 01-05 01-06 01-25 01-26 03-15 03-31    b: 01-20 01-21 02-01 02-28
//   c: 01-31 02-10                            d: 02-28 03-02              e: -

#include "core/data/community.h"

namespace kinsight::test {

using namespace kinsight::core;

inline Timestamp at(const char* text)
{
    return *parseTimestamp(text);
}
inline Day day(const char* text)
{
    return dayOf(at(text));
}

enum FixtureMember : Index { A = 0, B, C, D, E };

inline CommunityPtr fixtureCommunity()
{
    CommunityBuilder b;
    const Index a = b.addMember({ "a", at("2026-01-05 10:00:00"), "", "", "", "wechat", "", "" });
    const Index bb = b.addMember({ "b", at("2026-01-20 09:00:00"), "", "", "", "douyin", "", "" });
    const Index c = b.addMember({ "c", at("2026-02-10 08:00:00"), "", "", "", "", "", "" });
    const Index d = b.addMember({ "d", at("2026-02-28 23:59:59"), "", "", "", "wechat", "", "" });
    b.addMember({ "e", at("2026-03-01 00:00:00"), "", "", "", "", "", "" });
    const Index p1 = b.addProduct({ "p1", "Basic course", ProductKind::Course, "basic", 1000, "", "", noTimestamp });
    const Index p2
        = b.addProduct({ "p2", "Premium club", ProductKind::Membership, "premium", 9900, "", "", noTimestamp });
    const Index p3 = b.addProduct({ "p3", "Untiered", ProductKind::Other, "", noCents, "", "", noTimestamp });
    b.addProduct({ "p4", "Unsold", ProductKind::Ebook, "basic", 500, "", "", noTimestamp });
    using T = OrderType;
    const auto paid = OrderStatus::Paid;
    b.addOrder({ "o1", a, p1, at("2026-01-05 12:00"), 1000, T::Purchase, Plan::None, paid });
    b.addOrder({ "o2", a, p1, at("2026-01-25 12:00"), 1000, T::Purchase, Plan::None, paid });
    b.addOrder({ "o3", a, p2, at("2026-03-15 12:00"), 9900, T::Subscription, Plan::Monthly, paid });
    b.addOrder({ "o4", bb, p2, at("2026-01-20 10:00"), 0, T::Trial, Plan::None, paid });
    b.addOrder({ "o5", bb, p2, at("2026-01-25 10:00"), 9900, T::Purchase, Plan::None, OrderStatus::Refunded });
    b.addOrder({ "o6", bb, p2, at("2026-02-01 10:00"), 9900, T::Purchase, Plan::None, paid });
    b.addOrder({ "o7", c, p3, at("2026-02-10 09:00"), 0, T::Trial, Plan::None, paid });
    b.addOrder({ "o8", d, p1, at("2026-03-02 10:00"), 500, T::Purchase, Plan::None, paid });
    b.addEvent({ a, noIndex, at("2026-01-06 08:00"), "view" });
    b.addEvent({ a, noIndex, at("2026-01-06 09:00"), "comment" });
    b.addEvent({ a, noIndex, at("2026-01-26 10:00"), "post" });
    b.addEvent({ a, p1, at("2026-03-31 23:59:59"), "view" });
    b.addEvent({ bb, p2, at("2026-01-21 10:00"), "view" });
    b.addEvent({ bb, p2, at("2026-02-28 23:59:59"), "play" });
    b.addEvent({ c, noIndex, at("2026-01-31 10:00"), "view" });
    b.addEvent({ d, noIndex, at("2026-02-28 23:59:59"), "like" });
    b.addInteraction({ a, bb, at("2026-02-01 12:00"), InteractionType::Reply, 1.0 });
    b.addInteraction({ bb, a, at("2026-02-02 12:00"), InteractionType::Like, 2.0 });
    b.addInteraction({ c, c, at("2026-02-11 12:00"), InteractionType::Like, 1.0 });
    return b.build();
}

inline CommunityPtr emptyCommunity()
{
    return CommunityBuilder().build();
}

/// Two plan members of the product "club" (tier vip), both joined 2025-01-01:
///   x: monthly 30.00 on 2026-01-10 (term ends 02-10), renewed by a monthly 30.00 on 02-12
///      (term ends 03-12);
///   y: annual 1200.00 on 2025-03-01 (ends 2026-03-01), renewed by a monthly 30.00 on 2026-03-05
///      (a plan switch; term ends 04-05).
/// Members may be added after them (indices x 0, y 1, then the next).
struct PlanRenewals {
    core::Index x = core::noIndex;
    core::Index y = core::noIndex;
    core::Index product = core::noIndex;
};
inline PlanRenewals addPlanRenewals(core::CommunityBuilder& b)
{
    using namespace kinsight::core;
    PlanRenewals r;
    r.x = b.addMember({ "x", at("2025-01-01"), "", "", "", "", "", "" });
    r.y = b.addMember({ "y", at("2025-01-01"), "", "", "", "", "", "" });
    r.product = b.addProduct({ "club", "Club", ProductKind::Membership, "vip", noCents, "", "", noTimestamp });
    const auto paid = OrderStatus::Paid;
    b.addOrder({ "x1", r.x, r.product, at("2026-01-10"), 3000, OrderType::Subscription, Plan::Monthly, paid });
    b.addOrder({ "x2", r.x, r.product, at("2026-02-12"), 3000, OrderType::Renewal, Plan::Monthly, paid });
    b.addOrder({ "y1", r.y, r.product, at("2025-03-01"), 120000, OrderType::Subscription, Plan::Annual, paid });
    b.addOrder({ "y2", r.y, r.product, at("2026-03-05"), 3000, OrderType::Renewal, Plan::Monthly, paid });
    return r;
}

} // namespace kinsight::test
