#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include <QPointF>
#include <QWidget>

#include "core/analysis/analysis.h"

namespace kinsight::ui {

/// The drawing of the community around its leaders (core::NetworkView): node size = leader
/// score, colour = community, centres labelled. Wheel zooms around the cursor, dragging pans,
/// a click on a node opens the member, hovering shows who it is. Paints a few hundred nodes,
/// so plain QPainter is enough.
class NetworkCanvas : public QWidget {
    Q_OBJECT
public:
    explicit NetworkCanvas(QWidget* parent = nullptr);

    void setView(std::shared_ptr<const core::NetworkView> view, core::CommunityPtr community);
    void resetZoom();
    double zoom() const { return m_zoom; }
    /// Node under a widget position, or -1.
    int nodeAt(const QPointF& pos) const;
    /// Widget position of node i (for tests).
    QPointF nodePosition(int i) const;
    QSize sizeHint() const override { return { 640, 480 }; }

    /// One line of the drawing's legend: a community drawn around a top leader ("Community 3 ·
    /// 刘涛勇"), in the order of its best leader.
    struct LegendEntry {
        std::uint32_t community = 0;
        QString text;
    };
    std::vector<LegendEntry> legend() const;

Q_SIGNALS:
    void memberClicked(kinsight::core::Index member);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// A member's name, else their id (the labels and the legend).
    QString shownName(core::Index member) const;
    QPointF toWidget(float x, float y) const;
    double radius(int i) const;

    std::shared_ptr<const core::NetworkView> m_view;
    core::CommunityPtr m_community;
    double m_zoom = 1.0;
    double m_minScore = 0;
    double m_maxScore = 1;
    QPointF m_pan;
    QPointF m_pressPos;
    QPointF m_panAtPress;
    bool m_dragging = false;
    int m_hover = -1;
};

} // namespace kinsight::ui
