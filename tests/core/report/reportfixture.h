#pragma once

// A four-member community with personal data (names, emails, phones), small enough to work every
// report figure out by hand. Shared by the report content and report writer suites.

#include <string>
#include <vector>

#include "core/data/community.h"

namespace kinsight::test {

inline core::Timestamp reportAt(const char* text)
{
    return *core::parseTimestamp(text);
}

/// Members u1 (张三, wechat, joined 2026-01-01), u2 (李四, douyin, 2026-01-15), u3 (Alice, wechat,
/// 2026-02-10), u4 (Bob, no channel, 2026-03-05), each with an email and a phone. Products p1
/// (入门课, basic, ¥99.00) and p2 (进阶专栏, premium, ¥299.00). Orders: u1 buys p1 on 01-02 (99.00)
/// and p2 on 03-01 (299.00); u2 trials p1 on 01-20 (0.00) and buys it on 02-25 (99.00); u3 buys
/// p2 on 02-11 but it is refunded, and trials p1 on 03-10 (0.00). Events (view): u4 03-06, u1
/// 03-08, u3 03-09. Interactions on 03-01: u1→u2, u2→u1, u2→u3, u3→u1, u4→u1. End of the data:
/// 2026-03-10.
inline core::CommunityPtr reportCommunity()
{
    using namespace kinsight::core;
    CommunityBuilder b;
    const Index u1 = b.addMember(
        { "u1", reportAt("2026-01-01"), "张三", "zhangsan@example.com", "13800000001", "wechat", "", "" });
    const Index u2
        = b.addMember({ "u2", reportAt("2026-01-15"), "李四", "lisi@example.com", "13800000002", "douyin", "", "" });
    const Index u3 = b.addMember(
        { "u3", reportAt("2026-02-10"), "Alice Liddell", "alice@example.com", "+1-555-0100", "wechat", "", "" });
    const Index u4
        = b.addMember({ "u4", reportAt("2026-03-05"), "Bob Marley", "bob@example.com", "13800000004", "", "", "" });
    const Index p1 = b.addProduct({ "p1", "入门课", ProductKind::Course, "basic", 9900, "", "", noTimestamp });
    const Index p2 = b.addProduct({ "p2", "进阶专栏", ProductKind::Column, "premium", 29900, "", "", noTimestamp });
    b.addOrder({ "o1", u1, p1, reportAt("2026-01-02"), 9900, OrderType::Purchase, Plan::None, OrderStatus::Paid });
    b.addOrder({ "o2", u1, p2, reportAt("2026-03-01"), 29900, OrderType::Purchase, Plan::None, OrderStatus::Paid });
    b.addOrder({ "o3", u2, p1, reportAt("2026-01-20"), 0, OrderType::Trial, Plan::None, OrderStatus::Paid });
    b.addOrder({ "o4", u2, p1, reportAt("2026-02-25"), 9900, OrderType::Purchase, Plan::None, OrderStatus::Paid });
    b.addOrder({ "o5", u3, p2, reportAt("2026-02-11"), 29900, OrderType::Purchase, Plan::None, OrderStatus::Refunded });
    b.addOrder({ "o6", u3, p1, reportAt("2026-03-10"), 0, OrderType::Trial, Plan::None, OrderStatus::Paid });
    b.addEvent({ u4, noIndex, reportAt("2026-03-06"), "view" });
    b.addEvent({ u1, noIndex, reportAt("2026-03-08"), "view" });
    b.addEvent({ u3, noIndex, reportAt("2026-03-09"), "view" });
    b.addInteraction({ u1, u2, reportAt("2026-03-01"), InteractionType::Reply, 1.0 });
    b.addInteraction({ u2, u1, reportAt("2026-03-01"), InteractionType::Reply, 1.0 });
    b.addInteraction({ u2, u3, reportAt("2026-03-01"), InteractionType::Reply, 1.0 });
    b.addInteraction({ u3, u1, reportAt("2026-03-01"), InteractionType::Like, 1.0 });
    b.addInteraction({ u4, u1, reportAt("2026-03-01"), InteractionType::Mention, 1.0 });
    return b.build();
}

/// Every name, email and phone of reportCommunity(): none may appear in a default report.
inline std::vector<std::string> personalData()
{
    return { "张三", "李四", "Alice Liddell", "Bob Marley", "zhangsan@example.com", "lisi@example.com",
        "alice@example.com", "bob@example.com", "13800000001", "13800000002", "+1-555-0100", "13800000004" };
}

} // namespace kinsight::test
