#pragma once

#include "ui/pages/page.h"

class QComboBox;
class QLabel;

namespace kinsight::ui {

class ChartWidget;
class HeatmapModel;
class TableView;

/// Cohort retention as a heat map with the analytics switches (month / week, on / on-or-after,
/// members / revenue, reference period, breakdown) and the day-N curve. Double-click a cell for
/// the members behind it.
class RetentionPage : public Page {
    Q_OBJECT
public:
    explicit RetentionPage(AnalysisController* controller, QWidget* parent = nullptr);
    QString title() const override { return tr("Retention"); }
    QString iconPath() const override { return QStringLiteral(":/icons/retention.svg"); }

    HeatmapModel* heatmap() const { return m_model; }
    TableView* heatmapView() const { return m_view; }
    ChartWidget* dayNChart() const { return m_dayN; }
    /// Opens the members behind a heat-map cell (model row and column), as double-click does.
    void drillDownCell(int row, int column);

protected:
    core::Parts shownParts() const override;
    void refresh(const core::AnalysisResults& r) override;

private:
    void syncSwitches(const core::Thresholds& t);

    QComboBox* m_period;
    QComboBox* m_mode;
    QComboBox* m_metric;
    QComboBox* m_reference;
    QComboBox* m_breakdown;
    QLabel* m_explain;
    HeatmapModel* m_model;
    TableView* m_view;
    ChartWidget* m_dayN;
};

} // namespace kinsight::ui
