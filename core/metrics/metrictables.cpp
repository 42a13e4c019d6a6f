#include "metrictables.h"

#include <algorithm>
#include <cmath>

namespace kinsight::core {

namespace {

Cell fraction(double v)
{
    if (!std::isfinite(v))
        return std::monostate {};
    return v;
}

} // namespace

Table engagementTable(const DailyActivity& d)
{
    Table t;
    t.columns = { "day", "dau", "wau", "mau", "stickiness" };
    t.rows.reserve(d.size());
    for (std::size_t i = 0; i < d.size(); ++i) {
        t.rows.push_back({ formatDay(d.day[i]), std::int64_t { d.dau[i] }, std::int64_t { d.wau[i] },
            std::int64_t { d.mau[i] }, fraction(d.stickiness[i]) });
    }
    return t;
}

Table retentionTable(const RetentionMatrix& matrix, bool withMean)
{
    Table t;
    const bool grouped
        = std::any_of(matrix.rows.begin(), matrix.rows.end(), [](const auto& r) { return !r.group.empty(); });
    t.columns.push_back("cohort");
    if (grouped)
        t.columns.push_back("group");
    t.columns.push_back("size");
    for (int k = 0; k < matrix.periods; ++k)
        t.columns.push_back(std::string("p").append(std::to_string(k))); // not "p" + …: GCC 12's -Wrestrict
    for (const RetentionMatrix::Row& row : matrix.rows) {
        std::vector<Cell> cells;
        cells.reserve(t.columns.size());
        cells.emplace_back(row.label);
        if (grouped)
            cells.emplace_back(row.group);
        cells.emplace_back(std::int64_t { row.size });
        for (int k = 0; k < matrix.periods; ++k) {
            const auto i = static_cast<std::size_t>(k);
            cells.push_back(i < row.value.size() ? fraction(row.value[i]) : Cell {});
        }
        t.rows.push_back(std::move(cells));
    }
    if (withMean) {
        std::vector<Cell> cells;
        cells.emplace_back(std::string("mean"));
        if (grouped)
            cells.emplace_back(std::string());
        std::int64_t size = 0;
        for (const RetentionMatrix::Row& row : matrix.rows)
            size += row.size;
        cells.emplace_back(size);
        for (double v : matrix.mean)
            cells.push_back(fraction(v));
        t.rows.push_back(std::move(cells));
    }
    return t;
}

Table funnelTable(const Funnel& funnel)
{
    Table t;
    const bool grouped = funnel.options.breakdown != FunnelBreakdown::None;
    if (grouped)
        t.columns.push_back("group");
    for (const char* c : { "step", "members", "rate_from_previous", "rate_from_start" })
        t.columns.emplace_back(c);
    auto add = [&](const FunnelGroup& g) {
        for (int s = 0; s < funnelStepCount; ++s) {
            const auto step = static_cast<FunnelStep>(s);
            std::vector<Cell> cells;
            if (grouped)
                cells.emplace_back(g.label);
            cells.emplace_back(std::string(toString(step)));
            cells.emplace_back(std::int64_t { g.members[static_cast<std::size_t>(s)] });
            cells.push_back(fraction(rateFromPrevious(g, step)));
            cells.push_back(fraction(rateFromStart(g, step)));
            t.rows.push_back(std::move(cells));
        }
    };
    add(funnel.total);
    for (const FunnelGroup& g : funnel.groups)
        add(g);
    return t;
}

Table tiersTable(const Pricing& pricing)
{
    Table t;
    t.columns = { "tier", "products", "buyers", "paid_orders", "revenue", "arppu", "refund_rate", "repeat_rate" };
    for (const TierRow& r : pricing.tiers) {
        std::vector<Cell> cells;
        cells.reserve(t.columns.size());
        cells.emplace_back(r.tier);
        cells.emplace_back(std::int64_t { r.products });
        cells.emplace_back(std::int64_t { r.buyers });
        cells.emplace_back(std::int64_t { r.paidOrders });
        cells.emplace_back(MoneyCell { r.revenue });
        // Integer rounding, half up, so 100.00 / 3 prints 33.33 and 0.05 / 2 prints 0.03.
        if (r.buyers > 0)
            cells.emplace_back(MoneyCell { (2 * r.revenue + r.buyers) / (2 * static_cast<Cents>(r.buyers)) });
        else
            cells.emplace_back(std::monostate {});
        cells.push_back(fraction(r.refundRate));
        cells.push_back(fraction(r.repeatRate));
        t.rows.push_back(std::move(cells));
    }
    return t;
}

} // namespace kinsight::core
