#pragma once

#include "ui/pages/page.h"

class QComboBox;
class QLabel;
class QSpinBox;

namespace kinsight::ui {

class ChartWidget;
class RowsModel;
class TableView;

/// The conversion funnel (joined → activated → paying → repeat) with step rates, trials and
/// trial-to-paid, a conversion window and a breakdown by channel or cohort. Click a bar or
/// double-click a row for the members of a step.
class ConversionPage : public Page {
    Q_OBJECT
public:
    explicit ConversionPage(AnalysisController* controller, QWidget* parent = nullptr);
    QString title() const override { return tr("Conversion"); }
    QString iconPath() const override { return QStringLiteral(":/icons/conversion.svg"); }

    RowsModel* steps() const { return m_steps; }
    RowsModel* breakdown() const { return m_breakdown; }
    ChartWidget* funnelChart() const { return m_chart; }
    /// Opens the members of a step (of a breakdown group, or all with -1).
    void drillDownStep(core::FunnelStep step, int group = -1);

protected:
    core::Parts shownParts() const override;
    void refresh(const core::AnalysisResults& r) override;

private:
    QSpinBox* m_window;
    QComboBox* m_group;
    QLabel* m_explain;
    ChartWidget* m_chart;
    RowsModel* m_steps;
    TableView* m_stepsView;
    RowsModel* m_breakdown;
    TableView* m_breakdownView;
};

} // namespace kinsight::ui
