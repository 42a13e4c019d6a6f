#pragma once

#include <optional>
#include <vector>

#include "core/graph/leaders.h"
#include "ui/pages/page.h"

class QLabel;
class QPushButton;
class QShowEvent;

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
    ChartWidget* timeline() const { return m_timeline; }

protected:
    core::Parts shownParts() const override;
    void refresh(const core::AnalysisResults& r) override;
    void showEvent(QShowEvent* event) override;

private:
    core::Index selectedLeader() const;
    /// Computes the leaders over time in the background when the page is in sight and the top
    /// leaders, or what their scores are made of, changed since the chart was drawn.
    void requestTimelineIfDue();

    /// What the leaders-over-time chart depends on: the top five leaders and the score's make-up
    /// (the leader threshold and selection only change who counts as a leader, not the scores).
    struct TimelineKey {
        const core::Community* community = nullptr;
        std::vector<core::Index> members;
        core::LeaderOptions scoring;
        core::InteractionTypeMask types = 0;
        bool operator==(const TimelineKey&) const = default;
    };
    std::optional<TimelineKey> m_timelineKey;

    QLabel* m_summary;
    NetworkCanvas* m_canvas;
    LeadersModel* m_leaders;
    TableView* m_leadersView;
    ChartWidget* m_timeline;
    QPushButton* m_neighbours;
};

} // namespace kinsight::ui
