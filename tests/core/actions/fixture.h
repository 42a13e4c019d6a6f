#pragma once

// The hand-worked community of the actions tests: one member per rule, one just outside each
// rule's window, and members the community time zone moves across a window's edge. The data end
// at 2026-03-20T12:00Z (z_busy's event), which is 2026-03-20 both in UTC and in Asia/Shanghai
// (20:00), so the as-of day is 2026-03-20 in both zones; times near midnight UTC fall on the next
// day in Shanghai (UTC+8). The expected lists are worked out in tst_actions.cpp.

#include <string>

#include "core/data/community.h"
#include "core/util/timestamp.h"

namespace kinsight::test {

inline core::Timestamp at(const char* text)
{
    return *core::parseTimestamp(text);
}

inline core::CommunityPtr actionsCommunity(const core::TimeZone& zone)
{
    using namespace kinsight::core;
    CommunityBuilder b;
    b.setTimeZone(zone);
    const Timestamp old = at("2025-01-01T00:00:00Z");
    auto member = [&](const char* id, Timestamp joined = 0) {
        return b.addMember({ id, joined ? joined : old, std::string("Name ") + id, {}, {}, {}, {}, {} });
    };
    const Index course = b.addProduct({ "P1", "Course", ProductKind::Course, {}, noCents, {}, {}, noTimestamp });
    const Index club = b.addProduct({ "S1", "Club", ProductKind::Membership, {}, noCents, {}, {}, noTimestamp });
    int orderNumber = 0;
    auto order = [&](Index m, Index p, const char* when, Cents amount, OrderType type = OrderType::Purchase,
                     Plan plan = Plan::None, OrderStatus status = OrderStatus::Paid) {
        b.addOrder({ "o" + std::to_string(++orderNumber), m, p, at(when), amount, type, plan, status });
    };
    auto event = [&](Index m, const char* when) { b.addEvent({ m, noIndex, at(when), "view", 0.0 }); };

    const Index a = member("a_trial");
    order(a, course, "2026-03-10T09:00:00Z", 0, OrderType::Trial);
    const Index bt = member("b_trial");
    order(bt, course, "2026-03-06T18:00:00Z", 0, OrderType::Trial);
    const Index c = member("c_converted");
    order(c, course, "2026-03-12T09:00:00Z", 0, OrderType::Trial);
    order(c, course, "2026-03-15T09:00:00Z", 9900);
    const Index d = member("d_risk");
    order(d, course, "2026-01-10T10:00:00Z", 2345);
    order(d, club, "2026-02-18T10:00:00Z", 10000);
    order(d, club, "2026-03-01T10:00:00Z", 7777, OrderType::Purchase, Plan::None, OrderStatus::Refunded);
    const Index e = member("e_risk");
    order(e, course, "2026-02-18T20:00:00Z", 5000);
    const Index f = member("f_lost");
    order(f, course, "2025-09-21T10:00:00Z", 8000);
    const Index g = member("g_renew");
    order(g, club, "2026-02-25T10:00:00Z", 3000, OrderType::Subscription, Plan::Monthly);
    const Index h = member("h_renew");
    order(h, club, "2026-02-27T20:00:00Z", 4500, OrderType::Subscription, Plan::Monthly);
    const Index i = member("i_renewed");
    order(i, club, "2026-02-22T10:00:00Z", 3000, OrderType::Subscription, Plan::Monthly);
    order(i, club, "2026-03-01T10:00:00Z", 8000, OrderType::Renewal, Plan::Quarterly);
    member("j_new", at("2026-03-10T10:00:00Z"));
    member("k_new", at("2026-03-17T20:00:00Z"));
    member("l_new", at("2026-03-05T18:00:00Z"));
    const Index m = member("m_active", at("2026-03-10T10:00:00Z"));
    event(m, "2026-03-12T10:00:00Z");
    const Index hub = member("n_hub");
    event(hub, "2026-02-01T10:00:00Z");
    const Index o = member("o_leader");
    event(o, "2026-03-07T10:00:00Z");
    for (const char* leaf : { "p1", "p2", "p3", "p4", "p5" }) {
        const Index l = member(leaf);
        b.addInteraction({ l, hub, at("2026-03-06T18:00:00Z"), InteractionType::Reply, 1.0 });
    }
    const Index z = member("z_busy");
    event(z, "2026-03-20T12:00:00Z");
    return b.build();
}

} // namespace kinsight::test
