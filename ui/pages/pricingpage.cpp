#include "pricingpage.h"

#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

#include "ui/charts/chartwidget.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/models/rowsmodel.h"
#include "ui/widgets/scrollingbody.h"
#include "ui/widgets/tableview.h"

namespace kinsight::ui {

PricingPage::PricingPage(AnalysisController* controller, QWidget* parent)
    : Page(controller, parent)
{
    QVBoxLayout* layout = scrollingBody(this, QMargins(), QMargins(20, 16, 20, 12), 8);
    QWidget* body = layout->parentWidget();
    layout->addWidget(heading(tr("Pricing"), body));
    m_explain = note(QString(), body);
    layout->addWidget(m_explain);

    m_tiers = new RowsModel(this);
    m_tiersView = new TableView(body);
    m_tiersView->setModel(m_tiers);
    layout->addWidget(m_tiersView);

    auto* charts = new QGridLayout();
    m_byTier = new ChartWidget(body);
    m_overTime = new ChartWidget(body);
    m_byTier->setMinimumHeight(300);
    m_overTime->setMinimumHeight(300);
    charts->addWidget(m_byTier, 0, 0);
    charts->addWidget(m_overTime, 0, 1);
    layout->addLayout(charts);

    layout->addWidget(heading(tr("Subscription plans"), body));
    m_plans = new RowsModel(this);
    m_plansView = new TableView(body);
    m_plansView->setModel(m_plans);
    layout->addWidget(m_plansView);
    layout->addStretch(1);

    connect(m_tiersView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const auto r = results();
        if (!r || !r->pricing)
            return;
        const int row = index.row();
        drillDownAsync(tr("Buyers of tier %1").arg(m_tiers->cell(row, 0).text),
            [r, row] { return core::tierBuyers(*r->community, *r->pricing, row); });
    });
    connect(m_byTier, &ChartWidget::barClicked, this, [this](int, int category) {
        const auto r = results();
        if (!r || !r->pricing)
            return;
        drillDownAsync(tr("Buyers of tier %1").arg(m_tiers->cell(category, 0).text),
            [r, category] { return core::tierBuyers(*r->community, *r->pricing, category); });
    });
    connect(m_plansView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const auto r = results();
        if (!r)
            return;
        const auto plan = static_cast<core::Plan>(index.row() + 1);
        drillDownAsync(tr("Subscribers of the %1 plan").arg(label::plan(plan)),
            [r, plan] { return core::planSubscribers(*r->community, plan); });
    });
}

core::Parts PricingPage::shownParts() const
{
    using core::bit;
    return bit(core::Part::Pricing);
}

void PricingPage::refresh(const core::AnalysisResults& r)
{
    if (!r.pricing)
        return;
    const core::Pricing& p = *r.pricing;
    const std::string& cur = r.community->currency;
    m_byTier->setCurrency(cur);
    m_overTime->setCurrency(cur);
    bool anyRevenue = false;
    for (const auto& t : p.tiers)
        anyRevenue = anyRevenue || t.paidOrders > 0;
    if (p.tiers.empty() || !anyRevenue) {
        m_explain->setText(p.tiers.empty()
                ? tr("No products yet: import a products file (with a tier column) and orders.")
                : tr("No paid orders yet: import an orders file to see revenue by tier."));
    } else {
        m_explain->setText(
            tr("Revenue counts paid orders (amount above zero, not refunded); ARPPU = revenue ÷ buyers; "
               "projected LTV = monthly ARPPU ÷ monthly churn of buyers (churn at least %1). Double-click "
               "a tier or a plan for its buyers.")
                .arg(fmt::percent(r.thresholds.pricing.churnFloor, 0)));
    }

    std::vector<std::vector<RowsModel::Cell>> rows;
    for (const auto& t : p.tiers) {
        // The display name (免费, 高级, …) with the tier's code as imported in the tooltip.
        rows.push_back({ { label::tier(t.tier), qs(t.tier), qs(t.tier), {} },
            { fmt::count(t.products), t.products, {}, {} }, { fmt::count(t.buyers), t.buyers, {}, {} },
            { fmt::count(t.freeMembers), t.freeMembers,
                tr("Members enrolled for free (an order of nothing that is not a trial), whom Buyers does not count"),
                {} },
            { fmt::count(t.paidOrders), t.paidOrders, {}, {} },
            { fmt::money(t.revenue, cur), static_cast<qlonglong>(t.revenue), {}, {} },
            { fmt::moneyUnits(t.arppu, cur), t.arppu, {}, {} }, { fmt::percent(t.refundRate), t.refundRate, {}, {} },
            { fmt::percent(t.repeatRate), t.repeatRate, {}, {} },
            { fmt::moneyUnits(t.ltvObserved, cur), t.ltvObserved, {}, {} },
            { fmt::moneyUnits(t.ltvProjected, cur), t.ltvProjected, {}, {} } });
    }
    m_tiers->setRows(
        { tr("Tier"), tr("Products"), tr("Buyers"), tr("Free enrolments"), tr("Paid orders"), tr("Revenue"),
            tr("ARPPU"), tr("Refund rate"), tr("Repeat rate"), tr("LTV so far"), tr("Projected LTV") },
        std::move(rows), { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 });
    m_tiersView->fitColumns();
    m_tiersView->fitHeightToRows(12);

    if (!p.tiers.empty() && anyRevenue) {
        BarChartSpec spec;
        spec.title = tr("Revenue by tier");
        spec.xTitle = tr("Tier (click for its buyers)");
        spec.yTitle = tr("Revenue (%1)").arg(fmt::currencySymbol(cur).trimmed());
        spec.format = ValueFormat::Money;
        ChartSeries revenue { tr("Revenue"), {} };
        for (size_t i = 0; i < p.tiers.size(); ++i) {
            spec.categories << label::tier(p.tiers[i].tier);
            revenue.points.emplace_back(static_cast<double>(i), static_cast<double>(p.tiers[i].revenue) / 100.0);
        }
        spec.sets = { revenue };
        m_byTier->setBarChart(spec);
    } else {
        m_byTier->showEmpty(tr("No paid orders yet."));
    }

    if (!p.months.empty()) {
        LineChartSpec spec;
        spec.title = tr("Revenue per month by tier");
        spec.xTitle = tr("Month");
        spec.yTitle = tr("Revenue (%1)").arg(fmt::currencySymbol(cur).trimmed());
        spec.format = ValueFormat::Money;
        for (size_t t = 0; t < p.tiers.size(); ++t) {
            ChartSeries s { label::tier(p.tiers[t].tier), {} };
            for (size_t k = 0; k < p.months.size(); ++k) {
                const double x = static_cast<double>(
                                     core::startOfDay(core::firstDayOfPeriod(core::Granularity::Month, p.months[k])))
                    * 1000.0;
                s.points.emplace_back(x, static_cast<double>(p.revenueByTierMonth[t][k]) / 100.0);
            }
            spec.series.push_back(std::move(s));
        }
        ChartSeries mrr { tr("MRR (plans)"), {} };
        for (size_t k = 0; k < p.months.size() && k < p.mrr.size(); ++k) {
            const double x
                = static_cast<double>(core::startOfDay(core::firstDayOfPeriod(core::Granularity::Month, p.months[k])))
                * 1000.0;
            mrr.points.emplace_back(x, p.mrr[k]);
        }
        spec.series.push_back(std::move(mrr));
        m_overTime->setLineChart(spec);
    } else {
        m_overTime->showEmpty(tr("No paid orders yet."));
    }

    std::vector<std::vector<RowsModel::Cell>> plans;
    for (const auto& plan : p.plans) {
        plans.push_back(
            { { label::plan(plan.plan), {}, {}, {} }, { fmt::count(plan.subscribers), plan.subscribers, {}, {} },
                { fmt::count(plan.paidOrders), plan.paidOrders, {}, {} },
                { fmt::count(plan.renewalOrders), plan.renewalOrders, {}, {} },
                { fmt::money(plan.revenue, cur), static_cast<qlonglong>(plan.revenue), {}, {} },
                { fmt::count(plan.dueTerms), plan.dueTerms, {}, {} },
                { fmt::count(plan.renewedTerms), plan.renewedTerms, {}, {} },
                { fmt::percent(plan.renewalRate), plan.renewalRate, {}, {} } });
    }
    m_plans->setRows({ tr("Plan"), tr("Subscribers"), tr("Paid orders"), tr("Renewal orders"), tr("Revenue"),
                         tr("Terms due"), tr("Renewed"), tr("Renewal rate") },
        std::move(plans), { 1, 2, 3, 4, 5, 6, 7 });
    m_plansView->fitColumns();
    m_plansView->fitHeightToRows(4);
}

} // namespace kinsight::ui
