#pragma once

#include <string>
#include <utility>
#include <vector>

#include "core/data/community.h"
#include "core/recommend/feedback.h"

namespace kinsight::test {

using namespace kinsight::core;

inline Timestamp day(int d)
{
    return *parseTimestamp("2026-01-01") + static_cast<Timestamp>(d) * secondsPerDay;
}

/// A community whose members m1.. and products p1.. are named in order; `orders` lists
/// (member number, product number, day) of paid purchases (amount 10.00).
inline CommunityPtr purchases(int members, int products, const std::vector<std::tuple<int, int, int>>& orders,
    const std::vector<std::string>& titles = {})
{
    CommunityBuilder b;
    std::vector<Index> m, p;
    for (int i = 1; i <= members; ++i)
        m.push_back(b.addMember({ "m" + std::to_string(i), day(0), "", "", "", "", "", "" }));
    for (int i = 1; i <= products; ++i) {
        const std::string title = static_cast<size_t>(i) <= titles.size() ? titles[static_cast<size_t>(i) - 1]
                                                                          : "Product " + std::to_string(i);
        p.push_back(
            b.addProduct({ "p" + std::to_string(i), title, ProductKind::Course, "", 1000, "", "", noTimestamp }));
    }
    int n = 0;
    for (const auto& [mi, pi, d] : orders) {
        b.addOrder({ "o" + std::to_string(++n), m[static_cast<size_t>(mi) - 1], p[static_cast<size_t>(pi) - 1], day(d),
            1000, OrderType::Purchase, Plan::None, OrderStatus::Paid });
    }
    return b.build();
}

} // namespace kinsight::test
