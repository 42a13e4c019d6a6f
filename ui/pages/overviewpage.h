#pragma once

#include "ui/pages/page.h"

class QLabel;

namespace kinsight::ui {

class ChartWidget;
class KpiCard;
class TodayList;

/// The morning glance: six KPI cards with their change against the previous 30 days and a
/// trend, daily activity, the engagement levels and the lifecycle by month. Says what to do
/// when the database has no orders or no interactions.
class OverviewPage : public Page {
    Q_OBJECT
public:
    explicit OverviewPage(AnalysisController* controller, QWidget* parent = nullptr);
    QString title() const override { return tr("Overview"); }
    QString iconPath() const override { return QStringLiteral(":/icons/overview.svg"); }

    enum Card { Members, Active, Stickiness, Paying, Revenue, TrialToPaid, CardCount };
    KpiCard* card(Card c) const { return m_cards[c]; }
    QLabel* notice() const { return m_notice; }
    ChartWidget* activityChart() const { return m_activity; }
    ChartWidget* levelChart() const { return m_levels; }
    TodayList* today() const { return m_today; }

protected:
    core::Parts shownParts() const override;
    void refresh(const core::AnalysisResults& r) override;

private:
    /// The titles of the cards whose figure covers the period (OverviewKpis::periodDays).
    void setPeriodTitles(int days);
    QLabel* m_asOf;
    QLabel* m_notice;
    KpiCard* m_cards[CardCount] {};
    ChartWidget* m_activity;
    ChartWidget* m_levels;
    ChartWidget* m_lifecycle;
    TodayList* m_today;
};

} // namespace kinsight::ui
