#include "sparkline.h"

#include <cmath>
#include <limits>

#include <QPainter>
#include <QPainterPath>

namespace kinsight::ui {

Sparkline::Sparkline(QWidget* parent)
    : QWidget(parent)
{
    setMinimumHeight(30);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Sparkline::setValues(std::vector<double> values)
{
    m_values = std::move(values);
    update();
}

void Sparkline::paintEvent(QPaintEvent*)
{
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    for (double v : m_values) {
        if (!std::isnan(v)) {
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
    }
    if (m_values.size() < 2 || !std::isfinite(lo))
        return;
    if (hi == lo) {
        hi += 1;
        lo -= 1;
    }
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(3, 4, -5, -4);
    auto at = [&](size_t i) {
        const double x = r.left() + r.width() * static_cast<double>(i) / static_cast<double>(m_values.size() - 1);
        const double y = r.bottom() - r.height() * (m_values[i] - lo) / (hi - lo);
        return QPointF(x, y);
    };
    QPainterPath line;
    QPainterPath area;
    bool open = false;
    QPointF first, last;
    for (size_t i = 0; i < m_values.size(); ++i) {
        if (std::isnan(m_values[i])) {
            open = false;
            continue;
        }
        const QPointF pt = at(i);
        if (!open) {
            line.moveTo(pt);
            if (area.isEmpty())
                first = pt;
            open = true;
        } else {
            line.lineTo(pt);
        }
        last = pt;
    }
    const QColor c = palette().color(QPalette::Highlight);
    area = line;
    area.lineTo(last.x(), r.bottom());
    area.lineTo(first.x(), r.bottom());
    area.closeSubpath();
    QColor fill = c;
    fill.setAlpha(40);
    p.fillPath(area, fill);
    p.setPen(QPen(c, 1.8));
    p.drawPath(line);
    p.setBrush(c);
    p.drawEllipse(last, 2.8, 2.8);
}

} // namespace kinsight::ui
