#pragma once

#include "ui/pages/page.h"

class QLabel;

namespace kinsight::ui {

class ChartWidget;
class RowsModel;
class TableView;

/// Revenue and buyers by product tier, ARPPU, refund and repeat rates, LTV, plan renewals, and
/// revenue over time per tier with the monthly recurring revenue. Double-click a tier or a plan
/// for its buyers.
class PricingPage : public Page {
    Q_OBJECT
public:
    explicit PricingPage(AnalysisController* controller, QWidget* parent = nullptr);
    QString title() const override { return tr("Pricing"); }
    QString iconPath() const override { return QStringLiteral(":/icons/pricing.svg"); }

    RowsModel* tiers() const { return m_tiers; }
    RowsModel* plans() const { return m_plans; }
    ChartWidget* revenueChart() const { return m_byTier; }
    ChartWidget* timeChart() const { return m_overTime; }

protected:
    core::Parts shownParts() const override;
    void refresh(const core::AnalysisResults& r) override;

private:
    QLabel* m_explain;
    RowsModel* m_tiers;
    TableView* m_tiersView;
    RowsModel* m_plans;
    TableView* m_plansView;
    ChartWidget* m_byTier;
    ChartWidget* m_overTime;
};

} // namespace kinsight::ui
