#include "networkcanvas.h"

#include <algorithm>
#include <cmath>

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include "ui/format.h"
#include "ui/theme.h"

namespace kinsight::ui {

NetworkCanvas::NetworkCanvas(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setMinimumSize(320, 240);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setCursor(Qt::OpenHandCursor);
}

void NetworkCanvas::setView(std::shared_ptr<const core::NetworkView> view, core::CommunityPtr community)
{
    m_view = std::move(view);
    m_community = std::move(community);
    m_hover = -1;
    m_minScore = 1;
    m_maxScore = 0;
    if (m_view) {
        for (const auto& n : m_view->nodes) {
            m_minScore = std::min(m_minScore, n.score);
            m_maxScore = std::max(m_maxScore, n.score);
        }
    }
    update();
}

void NetworkCanvas::resetZoom()
{
    m_zoom = 1.0;
    m_pan = {};
    update();
}

QPointF NetworkCanvas::toWidget(float x, float y) const
{
    const double half = std::min(width(), height()) / 2.0 - 28;
    return QPointF(width() / 2.0 + (x * half) * m_zoom + m_pan.x(), height() / 2.0 + (y * half) * m_zoom + m_pan.y());
}

QPointF NetworkCanvas::nodePosition(int i) const
{
    const auto& n = m_view->nodes[static_cast<size_t>(i)];
    return toWidget(n.x, n.y);
}

double NetworkCanvas::radius(int i) const
{
    const auto& n = m_view->nodes[static_cast<size_t>(i)];
    // Relative to the scores on screen: leaders' neighbours are often strong members too.
    const double t = m_maxScore > m_minScore ? (n.score - m_minScore) / (m_maxScore - m_minScore) : 1.0;
    return (2.0 + 7.0 * t * t) * std::sqrt(m_zoom);
}

int NetworkCanvas::nodeAt(const QPointF& pos) const
{
    if (!m_view)
        return -1;
    int best = -1;
    double bestDistance = 1e18;
    for (int i = 0; i < static_cast<int>(m_view->nodes.size()); ++i) {
        const QPointF d = nodePosition(i) - pos;
        const double dist = std::hypot(d.x(), d.y());
        if (dist <= radius(i) + 3 && dist < bestDistance) {
            best = i;
            bestDistance = dist;
        }
    }
    return best;
}

void NetworkCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const bool dark = isDark(palette());
    if (!m_view || m_view->nodes.empty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
            tr("No interactions between members yet.\nImport an interactions file (File › Import…) to see the "
               "network."));
        return;
    }
    QColor edge = palette().color(QPalette::Text);
    edge.setAlpha(dark ? 50 : 45);
    p.setPen(QPen(edge, 1.0));
    for (const auto& [a, b] : m_view->edges) {
        p.drawLine(nodePosition(static_cast<int>(a)), nodePosition(static_cast<int>(b)));
    }
    // Small nodes first so the leaders sit on top.
    std::vector<int> order(m_view->nodes.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<int>(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        return m_view->nodes[static_cast<size_t>(a)].score < m_view->nodes[static_cast<size_t>(b)].score;
    });
    const QColor ring = palette().color(QPalette::Base);
    for (int i : order) {
        const auto& n = m_view->nodes[static_cast<size_t>(i)];
        const QColor fill = seriesColor(static_cast<int>(n.community), dark);
        p.setPen(QPen(i == m_hover ? palette().color(QPalette::Highlight) : ring, n.leader ? 2.2 : 1.0));
        p.setBrush(fill);
        const double r = radius(i);
        p.drawEllipse(nodePosition(i), r, r);
    }
    // Names of the centres.
    QFont f = font();
    f.setPointSizeF(font().pointSizeF() - 0.5);
    p.setFont(f);
    p.setPen(palette().color(QPalette::Text));
    // Names of the top centres (the first nodes), on a halo so edges do not cross the text; a name
    // goes right, left, above or below its node, wherever it overlaps no name already placed, and
    // is left out when it fits nowhere (the tooltip and the table still name the member).
    const QFontMetricsF metrics(f);
    QColor halo = palette().color(QPalette::Base);
    halo.setAlpha(215);
    std::vector<QRectF> placed;
    const int labelled = std::min<int>(6, static_cast<int>(m_view->nodes.size()));
    for (int i = 0; i < labelled; ++i) {
        const auto& n = m_view->nodes[static_cast<size_t>(i)];
        if (!n.centre)
            continue;
        const QString name = shownName(n.member);
        const QRectF text = metrics.boundingRect(name);
        const QPointF c = nodePosition(i);
        const double r = radius(i);
        const QPointF baselines[] = { c + QPointF(r + 4, 4), c + QPointF(-r - 4 - text.width(), 4),
            c + QPointF(-text.width() / 2, -r - 4), c + QPointF(-text.width() / 2, r + 4 + metrics.ascent()) };
        for (const QPointF& at : baselines) {
            const QRectF box = text.translated(at).adjusted(-3, -1, 3, 1);
            if (!QRectF(rect()).contains(box)
                || std::any_of(placed.begin(), placed.end(), [&](const QRectF& o) { return o.intersects(box); }))
                continue;
            placed.push_back(box);
            p.setPen(Qt::NoPen);
            p.setBrush(halo);
            p.drawRoundedRect(box, 3, 3);
            p.setPen(palette().color(QPalette::Text));
            p.drawText(at, name);
            break;
        }
    }

    const std::vector<LegendEntry> legend = this->legend();
    if (!legend.empty()) {
        const double line = metrics.height() + 2;
        const double dot = metrics.ascent() * 0.7;
        double width = 0;
        for (const LegendEntry& e : legend)
            width = std::max(width, metrics.horizontalAdvance(e.text));
        // In the corner that hides the fewest nodes.
        const QSizeF size(width + dot + 18, line * static_cast<double>(legend.size()) + 8);
        const QRectF corners[]
            = { QRectF(QPointF(8, 8), size), QRectF(QPointF(this->width() - 8 - size.width(), 8), size),
                  QRectF(QPointF(8, height() - 8 - size.height()), size),
                  QRectF(QPointF(this->width() - 8 - size.width(), height() - 8 - size.height()), size) };
        QRectF box = corners[0];
        long fewest = -1;
        for (const QRectF& corner : corners) {
            long hidden = 0;
            for (int i = 0; i < static_cast<int>(m_view->nodes.size()); ++i)
                hidden += corner.adjusted(-radius(i), -radius(i), radius(i), radius(i)).contains(nodePosition(i));
            if (fewest < 0 || hidden < fewest) {
                fewest = hidden;
                box = corner;
            }
        }
        p.setPen(Qt::NoPen);
        p.setBrush(halo);
        p.drawRoundedRect(box, 4, 4);
        for (size_t k = 0; k < legend.size(); ++k) {
            const double y = box.top() + 4 + line * static_cast<double>(k);
            p.setPen(Qt::NoPen);
            p.setBrush(seriesColor(static_cast<int>(legend[k].community), dark));
            p.drawEllipse(QRectF(box.left() + 6, y + (line - dot) / 2, dot, dot));
            p.setPen(palette().color(QPalette::Text));
            p.drawText(QPointF(box.left() + 12 + dot, y + metrics.ascent() + 1), legend[k].text);
        }
    }
}

QString NetworkCanvas::shownName(core::Index member) const
{
    const QString name = m_community->members.names.qstring(member);
    return name.isEmpty() ? m_community->members.ids.qstring(member) : name;
}

std::vector<NetworkCanvas::LegendEntry> NetworkCanvas::legend() const
{
    // Each community drawn around a top leader, in the order of its best leader, named by them.
    std::vector<LegendEntry> out;
    if (!m_view || !m_community)
        return out;
    for (const auto& n : m_view->nodes) {
        if (!n.centre
            || std::any_of(out.begin(), out.end(), [&](const LegendEntry& e) { return e.community == n.community; }))
            continue;
        out.push_back({ n.community, tr("Community %1 · %2").arg(n.community + 1).arg(shownName(n.member)) });
    }
    return out;
}

void NetworkCanvas::wheelEvent(QWheelEvent* event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double next = std::clamp(m_zoom * factor, 0.3, 12.0);
    // Zoom around the cursor: keep the point under it in place.
    const QPointF centre(width() / 2.0, height() / 2.0);
    const QPointF cursor = event->position();
    m_pan = cursor - centre - (cursor - centre - m_pan) * (next / m_zoom);
    m_zoom = next;
    update();
    event->accept();
}

void NetworkCanvas::mousePressEvent(QMouseEvent* event)
{
    m_pressPos = event->position();
    m_panAtPress = m_pan;
    m_dragging = false;
    setCursor(Qt::ClosedHandCursor);
}

void NetworkCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton) {
        const QPointF d = event->position() - m_pressPos;
        if (m_dragging || std::hypot(d.x(), d.y()) > 4) {
            m_dragging = true;
            m_pan = m_panAtPress + d;
            update();
        }
        return;
    }
    const int hover = nodeAt(event->position());
    if (hover != m_hover) {
        m_hover = hover;
        setCursor(hover >= 0 ? Qt::PointingHandCursor : Qt::OpenHandCursor);
        update();
    }
}

void NetworkCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    setCursor(Qt::OpenHandCursor);
    if (!m_dragging) {
        const int i = nodeAt(event->position());
        if (i >= 0)
            Q_EMIT memberClicked(m_view->nodes[static_cast<size_t>(i)].member);
    }
    m_dragging = false;
}

bool NetworkCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int i = nodeAt(help->pos());
        if (i < 0) {
            QToolTip::hideText();
            return true;
        }
        const auto& n = m_view->nodes[static_cast<size_t>(i)];
        const QString name = m_community->members.names.qstring(n.member);
        QToolTip::showText(help->globalPos(),
            tr("%1 %2\nLeader score %3%4\nCommunity %5\nClick to open the member")
                .arg(m_community->members.ids.qstring(n.member), name, fmt::decimal(n.score, 3),
                    n.leader ? tr(" (leader)") : QString())
                .arg(n.community + 1),
            this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace kinsight::ui
