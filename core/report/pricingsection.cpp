#include "core/report/sectionbuilder.h"

namespace kinsight::core::reportsection {

namespace {

const char* const planNames[3] = { QT_TRANSLATE_NOOP("Report", "Monthly"), QT_TRANSLATE_NOOP("Report", "Quarterly"),
    QT_TRANSLATE_NOOP("Report", "Annual") };

} // namespace

ReportSection SectionBuilder::pricing()
{
    ReportSection s = newSection("pricing", tr("Pricing"));
    if (!r.pricing)
        return notComputedSection(std::move(s));
    const Pricing& p = *r.pricing;
    s.addParagraph(tr("Revenue, buyers and loyalty per product tier, subscription plans and monthly revenue."));

    ReportTable tiers;
    tiers.key = "tiers";
    tiers.title = tr("Pricing tiers");
    tiers.columns = { column("tier", tr("Tier"), CellFormat::Text),
        column("products", tr("Products"), CellFormat::Integer), column("buyers", tr("Buyers"), CellFormat::Integer),
        column("paid_orders", tr("Paid orders"), CellFormat::Integer),
        column("revenue", tr("Revenue"), CellFormat::Money), column("arppu", tr("ARPPU"), CellFormat::Money),
        column("refund_rate", tr("Refund rate"), CellFormat::Percent),
        column("repeat_rate", tr("Repeat rate"), CellFormat::Percent),
        column("ltv_projected", tr("Projected LTV"), CellFormat::Money) };
    const Table source = tiersTable(p);
    for (size_t i = 0; i < source.rows.size() && i < p.tiers.size(); ++i) {
        Row row = source.rows[i];
        row[0] = p.tiers[i].tierIndex == noIndex ? text(tr("(no tier)")) : text(label::tier(p.tiers[i].tier));
        row.push_back(real(p.tiers[i].ltvProjected));
        tiers.rows.push_back(std::move(row));
    }
    tiers.note = tr("ARPPU: revenue per paying member. Projected LTV: monthly ARPPU divided by monthly buyer churn "
                    "(at least %1), over the last %2 complete months.")
                     .arg(formatPercent(r.thresholds.pricing.churnFloor, 0))
                     .arg(r.thresholds.pricing.ltvWindowMonths);
    if (!tiers.rows.empty()) {
        ReportChart chart = tableChart(ChartKind::Bar, tr("Revenue by tier"), tr("Tier"), tr("Revenue"), { 4 });
        chart.valueFormat = CellFormat::Money;
        s.addChartedTable(std::move(tiers), std::move(chart));
    } else {
        s.showTable(s.addTable(std::move(tiers), false));
    }

    if (!p.months.empty()) {
        ReportTable monthly;
        monthly.key = "revenue_by_month";
        monthly.title = tr("Revenue by month");
        monthly.columns.push_back(column("month", tr("Month"), CellFormat::Text));
        for (const TierRow& tier : p.tiers) {
            monthly.columns.push_back({ "tier:" + tier.tier,
                tier.tierIndex == noIndex ? tr("(no tier)") : label::tier(tier.tier), CellFormat::Money });
        }
        monthly.columns.push_back(column("total", tr("Total"), CellFormat::Money));
        monthly.columns.push_back(column("mrr", tr("MRR"), CellFormat::Money));
        for (size_t m = 0; m < p.months.size(); ++m) {
            Row row { text(periodLabel(Granularity::Month, p.months[m])) };
            Cents sum = 0;
            for (size_t k = 0; k < p.tiers.size(); ++k) {
                const Cents v = k < p.revenueByTierMonth.size() && m < p.revenueByTierMonth[k].size()
                    ? p.revenueByTierMonth[k][m]
                    : 0;
                row.push_back(money(v));
                sum += v;
            }
            row.push_back(money(sum));
            row.push_back(real(m < p.mrr.size() ? p.mrr[m] : nan));
            monthly.rows.push_back(std::move(row));
        }
        monthly.role = monthly.rows.size() > 24 ? TableRole::DataOnly : TableRole::Document;
        monthly.note = tr("MRR: each paid plan order spread evenly over the months of its term.");
        const int tierColumns = static_cast<int>(p.tiers.size());
        std::vector<int> tierValues;
        for (int k = 0; k < tierColumns; ++k)
            tierValues.push_back(1 + k);
        const int m = s.addTable(std::move(monthly), false);
        ReportChart stacked = tableChart(
            ChartKind::StackedBar, tr("Revenue by month and tier"), tr("Month"), tr("Revenue"), std::move(tierValues));
        ReportChart mrr
            = tableChart(ChartKind::Line, tr("Monthly recurring revenue"), tr("Month"), tr("MRR"), { tierColumns + 2 });
        stacked.table = mrr.table = m;
        stacked.valueFormat = mrr.valueFormat = CellFormat::Money;
        s.addChart(std::move(stacked));
        s.addChart(std::move(mrr));
        s.showTable(m);
    }

    ReportTable plans;
    plans.key = "plans";
    plans.title = tr("Subscription plans");
    plans.columns = { column("plan", tr("Plan"), CellFormat::Text),
        column("subscribers", tr("Subscribers"), CellFormat::Integer),
        column("paid_orders", tr("Paid orders"), CellFormat::Integer),
        column("renewal_orders", tr("Renewals"), CellFormat::Integer),
        column("revenue", tr("Revenue"), CellFormat::Money), column("due_terms", tr("Terms due"), CellFormat::Integer),
        column("renewed_terms", tr("Terms renewed"), CellFormat::Integer),
        column("renewal_rate", tr("Renewal rate"), CellFormat::Percent) };
    for (size_t i = 0; i < p.plans.size(); ++i) {
        const PlanRow& plan = p.plans[i];
        plans.rows.push_back(
            { text(tr(planNames[i])), integer(plan.subscribers), integer(plan.paidOrders), integer(plan.renewalOrders),
                money(plan.revenue), integer(plan.dueTerms), integer(plan.renewedTerms), real(plan.renewalRate) });
    }
    plans.note = tr("A term is renewed when the next paid plan order comes before its end plus %1 days of grace.")
                     .arg(r.thresholds.pricing.renewalGraceDays);
    s.addTable(std::move(plans));
    return s;
}

} // namespace kinsight::core::reportsection
