#pragma once

#include "ui/pages/page.h"

class QLabel;
class QPushButton;

namespace kinsight::ui {

class ChartWidget;
class NetworkCanvas;
class LeadersModel;
class TableView;

/// The interaction network around its opinion leaders: the drawing (force-directed, laid out
/// off the GUI thread; click a node to open the member), the leaders with their reasons, and
/// the leaders' scores month by month.
class NetworkPage : public Page {
    Q_OBJECT
public:
    explicit NetworkPage(AnalysisController* controller, QWidget* parent = nullptr);
    QString title() const override { return tr("Network"); }
    QString iconPath() const override { return QStringLiteral(":/icons/network.svg"); }

    NetworkCanvas* canvas() const { return m_canvas; }
    LeadersModel* leaders() const { return m_leaders; }
    QLabel* summary() const { return m_summary; }

protected:
    core::Parts shownParts() const override;
    void refresh(const core::AnalysisResults& r) override;

private:
    core::Index selectedLeader() const;

    QLabel* m_summary;
    NetworkCanvas* m_canvas;
    LeadersModel* m_leaders;
    TableView* m_leadersView;
    ChartWidget* m_timeline;
    QPushButton* m_timelineButton;
    QPushButton* m_neighbours;
};

} // namespace kinsight::ui
