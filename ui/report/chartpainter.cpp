#include "chartpainter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <QFontMetricsF>
#include <QPainterPath>
#include <QPolygonF>

#include "core/report/cellformat.h"
#include "core/text/palette.h"

namespace kinsight::ui {

using core::CellFormat;
using core::ChartKind;
using core::ReportChart;
using core::ReportSection;
using core::ReportTable;

namespace {

constexpr double nan = std::numeric_limits<double>::quiet_NaN();

/// Points to device units on this painter's device.
double unitOf(const QPainter& painter)
{
    return painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;
}

struct Data {
    QStringList categories;
    QStringList seriesNames;
    std::vector<std::vector<double>> values; ///< [series][category]
};

Data dataOf(const ReportSection& section, const ReportChart& chart)
{
    Data data;
    if (chart.table < 0 || chart.table >= static_cast<int>(section.tables.size()))
        return data;
    const ReportTable& table = section.tables[static_cast<size_t>(chart.table)];
    const int rows = static_cast<int>(table.rows.size());
    const int first = std::clamp(chart.firstRow, 0, rows);
    const int last = chart.rowCount < 0 ? rows : std::min(rows, first + chart.rowCount);
    for (const int column : chart.valueColumns)
        data.seriesNames << table.columns[static_cast<size_t>(column)].header;
    data.values.resize(chart.valueColumns.size());
    for (int r = first; r < last; ++r) {
        const auto& row = table.rows[static_cast<size_t>(r)];
        data.categories << core::cellString(row[static_cast<size_t>(chart.categoryColumn)]);
        for (size_t s = 0; s < chart.valueColumns.size(); ++s)
            data.values[s].push_back(core::cellNumber(row[static_cast<size_t>(chart.valueColumns[s])]));
    }
    return data;
}

/// A short axis label: money without cents, percentages without decimals.
QString axisLabel(double value, CellFormat format, std::string_view currency)
{
    switch (format) {
    case CellFormat::Money:
        return (value < 0 ? QStringLiteral("-") : QString()) + core::currencySymbol(currency)
            + core::formatInteger(std::llround(std::abs(value)));
    case CellFormat::Percent:
        return core::formatPercent(value, 0);
    case CellFormat::Integer:
        return core::formatInteger(std::llround(value));
    default:
        break;
    }
    return QString::number(value, 'g', 3);
}

/// A "nice" axis top and step (1, 2 or 5 × 10^k) for values up to `max`.
std::pair<double, double> niceScale(double max, int ticks = 5)
{
    if (!(max > 0))
        return { 1.0, 0.2 };
    const double raw = max / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double step = magnitude;
    for (const double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        step = m * magnitude;
        if (step >= raw)
            break;
    }
    return { std::ceil(max / step - 1e-9) * step, step };
}

/// Integer-valued axes do not get fractional ticks.
std::pair<double, double> niceScaleFor(double max, CellFormat format)
{
    auto [top, step] = niceScale(max);
    if (format == CellFormat::Integer && step < 1) {
        step = 1;
        top = std::max(1.0, std::ceil(max));
    }
    return { top, step };
}

void drawText(QPainter& p, const QRectF& r, int flags, const QString& text, const QFont& font, const QColor& color)
{
    p.setFont(font);
    p.setPen(color);
    p.drawText(r, flags, text);
}

struct Frame {
    QRectF plot;
    double u = 1;
};

/// Title, legend and the space left for the plot.
QRectF paintHeader(QPainter& p, const QRectF& rect, const ReportChart& chart, const QStringList& legend, double u,
    bool legendSquares = true)
{
    const QFont titleFont = reportFont(9.5, true);
    double y = rect.top();
    if (!chart.title.isEmpty()) {
        const double h = QFontMetricsF(titleFont, p.device()).height();
        drawText(p, QRectF(rect.left(), y, rect.width(), h), Qt::AlignLeft | Qt::AlignVCenter, chart.title, titleFont,
            inkColor());
        y += h + 4 * u;
    }
    if (legend.size() > 1) {
        const QFont font = reportFont(7.5);
        const QFontMetricsF fm(font, p.device());
        double x = rect.left();
        const double h = fm.height();
        for (int i = 0; i < legend.size(); ++i) {
            const double w = fm.horizontalAdvance(legend[i]) + 16 * u;
            if (x + w > rect.right() && x > rect.left()) {
                x = rect.left();
                y += h + 2 * u;
            }
            p.setPen(Qt::NoPen);
            p.setBrush(seriesColor(i));
            if (legendSquares)
                p.drawRect(QRectF(x, y + h / 2 - 3.5 * u, 7 * u, 7 * u));
            else
                p.drawRect(QRectF(x, y + h / 2 - 1 * u, 10 * u, 2 * u));
            drawText(p, QRectF(x + 11 * u, y, w, h), Qt::AlignLeft | Qt::AlignVCenter, legend[i], font, inkColor());
            x += w + 6 * u;
        }
        y += h + 4 * u;
    }
    return QRectF(rect.left(), y, rect.width(), rect.bottom() - y);
}

void paintNoData(QPainter& p, const QRectF& r, double u, const core::ReportLabels& labels)
{
    p.setPen(QPen(mutedColor(), 0.5 * u));
    p.setBrush(Qt::NoBrush);
    p.drawRect(r);
    drawText(p, r, Qt::AlignCenter, labels.noData, reportFont(8), mutedColor());
}

/// Axes, grid and labels of a vertical value chart; returns the plot rectangle and fills
/// `toY` with the value → y mapping.
QRectF paintValueAxes(QPainter& p, const QRectF& area, const ReportChart& chart, const QStringList& categories,
    double top, double step, std::string_view currency, double u, bool centredCategories)
{
    const QFont font = reportFont(7);
    const QFontMetricsF fm(font, p.device());
    double labelWidth = 0;
    for (double v = 0; v <= top + step / 2; v += step)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(axisLabel(v, chart.valueFormat, currency)));
    const double yTitleWidth = chart.yTitle.isEmpty() ? 0 : fm.height() + 3 * u;
    const double xTitleHeight = chart.xTitle.isEmpty() ? 0 : fm.height() + 2 * u;
    const QRectF plot(area.left() + yTitleWidth + labelWidth + 5 * u, area.top() + fm.height() / 2,
        area.width() - yTitleWidth - labelWidth - 5 * u - 4 * u,
        area.height() - fm.height() / 2 - fm.height() - 4 * u - xTitleHeight);

    // Grid and value labels.
    for (double v = 0; v <= top + step / 2; v += step) {
        const double y = plot.bottom() - v / top * plot.height();
        p.setPen(QPen(QColor(0xe3, 0xe6, 0xea), 0.5 * u));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        drawText(p, QRectF(plot.left() - labelWidth - 4 * u, y - fm.height() / 2, labelWidth, fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, axisLabel(v, chart.valueFormat, currency), font, mutedColor());
    }
    p.setPen(QPen(mutedColor(), 0.75 * u));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Category labels: as many as fit without overlapping, evenly spaced.
    const int n = static_cast<int>(categories.size());
    if (n > 0) {
        double widest = 0;
        for (const QString& c : categories)
            widest = std::max(widest, fm.horizontalAdvance(c));
        const double slot = centredCategories ? plot.width() / n : plot.width() / std::max(1, n - 1);
        const int every = std::max(1, static_cast<int>(std::ceil((widest + 6 * u) / std::max(slot, 1e-9))));
        for (int i = 0; i < n; i += every) {
            const double x
                = centredCategories ? plot.left() + (i + 0.5) * slot : plot.left() + (n == 1 ? 0.5 : i) * slot;
            QRectF label(x - widest / 2 - 3 * u, plot.bottom() + 3 * u, widest + 6 * u, fm.height());
            // Keep the first and last labels inside the chart.
            if (label.left() < area.left())
                label.moveLeft(area.left());
            if (label.right() > area.right())
                label.moveRight(area.right());
            drawText(p, label, Qt::AlignCenter, categories[i], font, mutedColor());
        }
    }
    if (!chart.xTitle.isEmpty()) {
        drawText(p, QRectF(plot.left(), area.bottom() - fm.height(), plot.width(), fm.height()), Qt::AlignCenter,
            chart.xTitle, font, inkColor());
    }
    if (!chart.yTitle.isEmpty()) {
        p.save();
        p.translate(area.left(), plot.center().y());
        p.rotate(-90);
        drawText(p, QRectF(-plot.height() / 2, 0, plot.height(), fm.height()), Qt::AlignCenter, chart.yTitle, font,
            inkColor());
        p.restore();
    }
    return plot;
}

double maxOf(const Data& data, bool stacked)
{
    double max = 0;
    const size_t n = static_cast<size_t>(data.categories.size());
    for (size_t i = 0; i < n; ++i) {
        double sum = 0;
        for (const auto& series : data.values) {
            const double v = series[i];
            if (!std::isfinite(v))
                continue;
            if (stacked)
                sum += std::max(0.0, v);
            else
                max = std::max(max, v);
        }
        max = std::max(max, sum);
    }
    return max;
}

void paintLine(
    QPainter& p, const QRectF& rect, const ReportChart& chart, const Data& data, std::string_view currency, double u)
{
    const QRectF area = paintHeader(p, rect, chart, data.seriesNames, u, false);
    const auto [top, step] = niceScaleFor(maxOf(data, false), chart.valueFormat);
    const QRectF plot = paintValueAxes(p, area, chart, data.categories, top, step, currency, u, false);
    const int n = static_cast<int>(data.categories.size());
    const double dx = n > 1 ? plot.width() / (n - 1) : 0;
    for (size_t s = 0; s < data.values.size(); ++s) {
        p.setPen(QPen(seriesColor(static_cast<int>(s)), 1.2 * u, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        // Gaps (undefined values) break the line rather than dropping to zero.
        QPolygonF line;
        auto flush = [&] {
            if (line.size() == 1) {
                p.setBrush(seriesColor(static_cast<int>(s)));
                p.drawEllipse(line.front(), 1.5 * u, 1.5 * u);
                p.setBrush(Qt::NoBrush);
            } else if (line.size() > 1) {
                p.drawPolyline(line);
            }
            line.clear();
        };
        for (int i = 0; i < n; ++i) {
            const double v = data.values[s][static_cast<size_t>(i)];
            if (!std::isfinite(v)) {
                flush();
                continue;
            }
            line << QPointF(
                plot.left() + (n == 1 ? plot.width() / 2 : i * dx), plot.bottom() - v / top * plot.height());
        }
        flush();
    }
}

void paintBars(QPainter& p, const QRectF& rect, const ReportChart& chart, const Data& data, std::string_view currency,
    double u, bool stacked)
{
    const QRectF area = paintHeader(p, rect, chart, data.seriesNames, u);
    const auto [top, step] = niceScaleFor(maxOf(data, stacked), chart.valueFormat);
    const QRectF plot = paintValueAxes(p, area, chart, data.categories, top, step, currency, u, true);
    const int n = static_cast<int>(data.categories.size());
    const int series = static_cast<int>(data.values.size());
    const double slot = plot.width() / std::max(1, n);
    const double groupWidth = slot * 0.72;
    const double barWidth = stacked ? groupWidth : groupWidth / std::max(1, series);
    const bool labels = !stacked && series == 1 && n <= 12;
    const QFont labelFont = reportFont(6.5);
    const QFontMetricsF fm(labelFont, p.device());
    for (int i = 0; i < n; ++i) {
        const double x0 = plot.left() + i * slot + (slot - groupWidth) / 2;
        double base = 0;
        for (int s = 0; s < series; ++s) {
            const double v = data.values[static_cast<size_t>(s)][static_cast<size_t>(i)];
            if (!std::isfinite(v) || v <= 0)
                continue;
            const double h = v / top * plot.height();
            const double x = stacked ? x0 : x0 + s * barWidth;
            const double y = plot.bottom() - base - h;
            p.setPen(Qt::NoPen);
            p.setBrush(seriesColor(s));
            p.drawRect(QRectF(x, y, barWidth - (stacked ? 0 : 0.5 * u), h));
            if (labels) {
                drawText(p, QRectF(x - 20 * u, y - fm.height() - 1 * u, barWidth + 40 * u, fm.height()),
                    Qt::AlignHCenter | Qt::AlignBottom, core::formatValue(v, chart.valueFormat, currency), labelFont,
                    inkColor());
            }
            if (stacked)
                base += h;
        }
    }
}

void paintHorizontalBars(QPainter& p, const QRectF& rect, const ReportChart& chart, const Data& data,
    std::string_view currency, double u, const core::ReportLabels& labels)
{
    const QRectF area = paintHeader(p, rect, chart, {}, u);
    const QFont font = reportFont(7.5);
    const QFontMetricsF fm(font, p.device());
    const int n = static_cast<int>(data.categories.size());
    if (n == 0 || data.values.empty())
        return paintNoData(p, area, u, labels);
    double labelWidth = 0;
    for (const QString& c : data.categories)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
    labelWidth = std::min(labelWidth + 6 * u, area.width() * 0.4);
    const double max = maxOf(data, false);
    double valueWidth = 0;
    for (const double v : data.values[0])
        valueWidth = std::max(valueWidth, fm.horizontalAdvance(core::formatValue(v, chart.valueFormat, currency)));
    const double titleHeight = chart.xTitle.isEmpty() ? 0 : fm.height() + 2 * u;
    const QRectF plot(area.left() + labelWidth, area.top(), area.width() - labelWidth - valueWidth - 6 * u,
        area.height() - titleHeight);
    const double slot = plot.height() / n;
    for (int i = 0; i < n; ++i) {
        const double v = data.values[0][static_cast<size_t>(i)];
        const double y = plot.top() + i * slot;
        const QString label = fm.elidedText(data.categories[i], Qt::ElideRight, labelWidth - 6 * u);
        drawText(p, QRectF(area.left(), y, labelWidth - 6 * u, slot), Qt::AlignRight | Qt::AlignVCenter, label, font,
            inkColor());
        const double w = std::isfinite(v) && max > 0 ? std::max(0.0, v) / max * plot.width() : 0;
        p.setPen(Qt::NoPen);
        p.setBrush(seriesColor(0));
        p.drawRect(QRectF(plot.left(), y + slot * 0.15, w, slot * 0.7));
        drawText(p, QRectF(plot.left() + w + 3 * u, y, valueWidth + 4 * u, slot), Qt::AlignLeft | Qt::AlignVCenter,
            core::formatValue(v, chart.valueFormat, currency), font, inkColor());
    }
    p.setPen(QPen(mutedColor(), 0.75 * u));
    p.drawLine(plot.topLeft(), QPointF(plot.left(), plot.bottom()));
    if (!chart.xTitle.isEmpty()) {
        drawText(p, QRectF(plot.left(), area.bottom() - fm.height(), plot.width(), fm.height()), Qt::AlignCenter,
            chart.xTitle, font, mutedColor());
    }
}

void paintFunnel(QPainter& p, const QRectF& rect, const ReportChart& chart, const Data& data, double u,
    const core::ReportLabels& labels)
{
    const QRectF area = paintHeader(p, rect, chart, {}, u);
    const int n = static_cast<int>(data.categories.size());
    if (n == 0 || data.values.empty())
        return paintNoData(p, area, u, labels);
    const double first = data.values[0][0];
    const QFont font = reportFont(8, true);
    const QFont small = reportFont(7);
    const QFontMetricsF fm(font, p.device());
    const double rateWidth = 70 * u;
    const double captionHeight = QFontMetricsF(small, p.device()).height() + 2 * u;
    const QRectF plot(area.left() + rateWidth, area.top() + captionHeight, area.width() - 2 * rateWidth,
        area.height() - captionHeight);
    const double slot = plot.height() / n;
    for (int i = 0; i < n; ++i) {
        const double v = data.values[0][static_cast<size_t>(i)];
        const double share = first > 0 && std::isfinite(v) ? v / first : 0;
        // A minimum width keeps a tiny last step visible and labelled.
        const double w = std::max(plot.width() * share, 2 * u);
        const double y = plot.top() + i * slot;
        const QRectF bar(plot.center().x() - w / 2, y + slot * 0.1, w, slot * 0.8);
        QColor colour = accentColor();
        colour.setAlphaF(1.0 - 0.15 * i);
        p.setPen(Qt::NoPen);
        p.setBrush(colour);
        p.drawRect(bar);
        const QString label = data.categories[i] + QStringLiteral("  ") + core::formatValue(v, CellFormat::Integer, {});
        const bool inside = fm.horizontalAdvance(label) + 8 * u < bar.width();
        const QRectF labelRect = inside ? bar : QRectF(plot.left(), bar.top(), plot.width(), bar.height());
        if (inside)
            drawText(p, labelRect, Qt::AlignCenter, label, font, Qt::white);
        else
            drawText(p, QRectF(bar.right() + 4 * u, bar.top(), plot.right() - bar.right(), bar.height()),
                Qt::AlignLeft | Qt::AlignVCenter, label, font, inkColor());
        drawText(p, QRectF(area.left(), bar.top(), rateWidth - 6 * u, bar.height()), Qt::AlignRight | Qt::AlignVCenter,
            core::formatPercent(share), small, mutedColor());
        if (i > 0) {
            const double previous = data.values[0][static_cast<size_t>(i - 1)];
            const double step = previous > 0 ? v / previous : nan;
            drawText(p, QRectF(plot.right() + 6 * u, bar.top(), rateWidth - 6 * u, bar.height()),
                Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("\u2193 ") + core::formatPercent(step), small,
                mutedColor());
        }
    }
    drawText(p, QRectF(area.left(), area.top(), rateWidth - 6 * u, captionHeight), Qt::AlignRight | Qt::AlignVCenter,
        labels.ofJoined, small, mutedColor());
    drawText(p, QRectF(plot.right() + 6 * u, area.top(), rateWidth, captionHeight), Qt::AlignLeft | Qt::AlignVCenter,
        labels.ofPrevious, small, mutedColor());
}

QColor heat(double t)
{
    // From a pale grey-blue to the accent: light cells read as "few", dark as "many".
    t = std::clamp(t, 0.0, 1.0);
    const QColor low(0xf1, 0xf5, 0xfb);
    const QColor high(0x1f, 0x4e, 0x9a);
    return QColor::fromRgbF(static_cast<float>(low.redF() + (high.redF() - low.redF()) * t),
        static_cast<float>(low.greenF() + (high.greenF() - low.greenF()) * t),
        static_cast<float>(low.blueF() + (high.blueF() - low.blueF()) * t));
}

void paintHeatMap(QPainter& p, const QRectF& rect, const ReportChart& chart, const Data& data,
    std::string_view currency, double u, const core::ReportLabels& labels)
{
    const QRectF area = paintHeader(p, rect, chart, {}, u);
    const int rows = static_cast<int>(data.categories.size());
    const int columns = static_cast<int>(data.values.size());
    if (rows == 0 || columns == 0)
        return paintNoData(p, area, u, labels);
    const QFont font = reportFont(6.5);
    const QFontMetricsF fm(font, p.device());
    double labelWidth = 0;
    for (const QString& c : data.categories)
        labelWidth = std::max(labelWidth, fm.horizontalAdvance(c));
    labelWidth += 6 * u;
    const double headerHeight = fm.height() + 2 * u;
    const double titleHeight = chart.xTitle.isEmpty() ? 0 : fm.height() + 3 * u;
    const QRectF grid(area.left() + labelWidth, area.top() + titleHeight + headerHeight, area.width() - labelWidth,
        area.height() - headerHeight - titleHeight);
    const double cw = grid.width() / columns;
    const double ch = grid.height() / rows;
    // The colour scale: fractions on 0..1 except period 0 (always 100%), which would wash out the
    // rest; money on 0..max.
    double max = 0;
    for (int c = 0; c < columns; ++c) {
        for (int r = 0; r < rows; ++r) {
            const double v = data.values[static_cast<size_t>(c)][static_cast<size_t>(r)];
            if (std::isfinite(v) && (c > 0 || columns == 1))
                max = std::max(max, v);
        }
    }
    if (!(max > 0))
        max = 1;
    if (!chart.xTitle.isEmpty()) {
        drawText(p, QRectF(grid.left(), area.top(), grid.width(), fm.height()), Qt::AlignCenter, chart.xTitle,
            reportFont(7), inkColor());
    }
    const bool values = cw >= fm.horizontalAdvance(QStringLiteral("100%")) + 2 * u && ch >= fm.height();
    for (int c = 0; c < columns; ++c) {
        drawText(p, QRectF(grid.left() + c * cw, grid.top() - headerHeight, cw, headerHeight), Qt::AlignCenter,
            data.seriesNames[c], font, mutedColor());
    }
    for (int r = 0; r < rows; ++r) {
        const bool meanRow = r == rows - 1 && chart.kind == ChartKind::HeatMap && rows > 1;
        QFont rowFont = font;
        rowFont.setBold(meanRow);
        drawText(p, QRectF(area.left(), grid.top() + r * ch, labelWidth - 6 * u, ch), Qt::AlignRight | Qt::AlignVCenter,
            data.categories[r], rowFont, inkColor());
        for (int c = 0; c < columns; ++c) {
            const double v = data.values[static_cast<size_t>(c)][static_cast<size_t>(r)];
            if (!std::isfinite(v))
                continue; // after the end of the data: empty, not zero
            const QRectF cell(grid.left() + c * cw, grid.top() + r * ch, cw, ch);
            const double t = v / max;
            p.setPen(QPen(Qt::white, 0.5 * u));
            p.setBrush(heat(t));
            p.drawRect(cell);
            if (values) {
                const QString text = chart.valueFormat == CellFormat::Percent
                    ? core::formatPercent(v, 0)
                    : axisLabel(v, chart.valueFormat, currency);
                drawText(p, cell, Qt::AlignCenter, text, rowFont, t > 0.55 ? QColor(Qt::white) : inkColor());
            }
        }
    }
}

void paintNetwork(QPainter& p, const QRectF& rect, const ReportChart& chart, double u, const core::ReportLabels& labels)
{
    const QRectF area = paintHeader(p, rect, chart, {}, u);
    const core::NetworkDrawing& net = chart.network;
    if (net.nodes.empty())
        return paintNoData(p, area, u, labels);
    const double side = std::min(area.width(), area.height());
    const QRectF box(area.center().x() - side / 2, area.top(), side, side);
    const double pad = 14 * u;
    // Fit the drawing to the nodes, with empty space squeezed out: the layout keeps separate
    // circles far apart, which on paper would squeeze each of them into a corner. Along each axis
    // every gap between neighbouring nodes is capped at 1/25 of the span, so clusters keep their
    // shape and sit closer together.
    struct Axis {
        std::vector<float> sorted;
        std::vector<double> position; ///< compressed coordinate of sorted[i]
        double span = 1;
        double operator()(float v) const
        {
            const auto i = static_cast<size_t>(std::lower_bound(sorted.begin(), sorted.end(), v) - sorted.begin());
            return position[std::min(i, position.size() - 1)] / span;
        }
    };
    auto axis = [&](bool horizontal) {
        Axis a;
        for (const auto& n : net.nodes)
            a.sorted.push_back(horizontal ? n.x : n.y);
        std::sort(a.sorted.begin(), a.sorted.end());
        const double cap = std::max(1e-6, (a.sorted.back() - a.sorted.front()) / 25.0);
        a.position.assign(a.sorted.size(), 0.0);
        for (size_t i = 1; i < a.sorted.size(); ++i)
            a.position[i] = a.position[i - 1] + std::min<double>(a.sorted[i] - a.sorted[i - 1], cap);
        a.span = a.position.back() > 0 ? a.position.back() : 1.0;
        return a;
    };
    const Axis ax = axis(true);
    const Axis ay = axis(false);
    auto at = [&](const core::NetworkDrawing::Node& n) {
        return QPointF(
            box.left() + pad + ax(n.x) * (box.width() - 2 * pad), box.top() + pad + ay(n.y) * (box.height() - 2 * pad));
    };
    p.setPen(QPen(QColor(0xb8, 0xc0, 0xcc), 0.35 * u));
    for (const auto& [a, b] : net.edges) {
        if (a < net.nodes.size() && b < net.nodes.size())
            p.drawLine(at(net.nodes[a]), at(net.nodes[b]));
    }
    // Small nodes first so that centres and leaders are drawn on top.
    std::vector<size_t> order(net.nodes.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return (net.nodes[a].centre          ? 2
                       : net.nodes[a].leader ? 1
                                             : 0)
            < (net.nodes[b].centre        ? 2
                    : net.nodes[b].leader ? 1
                                          : 0);
    });
    const QFont font = reportFont(6, true);
    // Labels for the five highest-scoring centres only: more would overlap in a crowded circle.
    std::vector<double> centreScores;
    for (const auto& n : net.nodes) {
        if (n.centre)
            centreScores.push_back(n.score);
    }
    std::sort(centreScores.begin(), centreScores.end(), std::greater<>());
    const double labelFrom = centreScores.empty() ? 0.0 : centreScores[std::min<size_t>(4, centreScores.size() - 1)];
    for (const size_t i : order) {
        const auto& n = net.nodes[i];
        const double radius = (n.centre ? 5.0 : n.leader ? 3.2 : 1.8) * u;
        p.setPen(QPen(Qt::white, 0.5 * u));
        p.setBrush(seriesColor(static_cast<int>(n.community)));
        p.drawEllipse(at(n), radius, radius);
        if (n.centre && n.score >= labelFrom && !n.label.isEmpty()) {
            const QPointF c = at(n);
            drawText(p, QRectF(c.x() + radius + 1 * u, c.y() - 6 * u, 90 * u, 12 * u), Qt::AlignLeft | Qt::AlignVCenter,
                n.label, font, inkColor());
        }
    }
}

} // namespace

QFont reportFont(double pointSize, bool bold)
{
    QFont font;
    font.setFamilies({ QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Noto Sans SC"),
        QStringLiteral("Source Han Sans SC"), QStringLiteral("DejaVu Sans") });
    font.setPointSizeF(pointSize);
    font.setBold(bold);
    // Outlines as designed (no hinting to a pixel grid): the same shapes on paper, in SVG, on screen.
    font.setHintingPreference(QFont::PreferNoHinting);
    // No OpenType substitutions (ligatures, contextual digit forms): the PDF maps glyphs back to
    // text through the font's character map, and a substituted glyph would drop out of copied or
    // searched text ("ﬁgures", digits missing).
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QColor seriesColor(int i)
{
    return QColor::fromRgb(core::seriesRgb(i)); // the window's palette (light)
}

QColor accentColor()
{
    return QColor(0x1f, 0x4e, 0x9a);
}

QColor inkColor()
{
    return QColor(0x22, 0x29, 0x33);
}

QColor mutedColor()
{
    return QColor(0x6b, 0x72, 0x80);
}

double preferredChartHeight(const ReportSection& section, const ReportChart& chart, double widthPoints)
{
    switch (chart.kind) {
    case ChartKind::HeatMap: {
        const Data data = dataOf(section, chart);
        return 40 + 14.0 * std::max<qsizetype>(1, data.categories.size());
    }
    case ChartKind::HorizontalBar: {
        const Data data = dataOf(section, chart);
        return 36 + 16.0 * std::max<qsizetype>(1, data.categories.size());
    }
    case ChartKind::Funnel: {
        const Data data = dataOf(section, chart);
        return 30 + 30.0 * std::max<qsizetype>(1, data.categories.size());
    }
    case ChartKind::Network:
        return std::min(widthPoints * 0.75, 380.0);
    default:
        break;
    }
    return std::min(widthPoints * 0.42, 220.0);
}

void paintReportChart(QPainter& painter, const QRectF& rect, const ReportSection& section, const ReportChart& chart,
    std::string_view currency, const core::ReportLabels& labels)
{
    const double u = unitOf(painter);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setClipRect(rect);
    if (chart.kind == ChartKind::Network) {
        paintNetwork(painter, rect, chart, u, labels);
        painter.restore();
        return;
    }
    const Data data = dataOf(section, chart);
    if (data.categories.isEmpty()) {
        paintNoData(painter, paintHeader(painter, rect, chart, {}, u), u, labels);
        painter.restore();
        return;
    }
    switch (chart.kind) {
    case ChartKind::Line:
        paintLine(painter, rect, chart, data, currency, u);
        break;
    case ChartKind::Bar:
        paintBars(painter, rect, chart, data, currency, u, false);
        break;
    case ChartKind::StackedBar:
        paintBars(painter, rect, chart, data, currency, u, true);
        break;
    case ChartKind::HorizontalBar:
        paintHorizontalBars(painter, rect, chart, data, currency, u, labels);
        break;
    case ChartKind::Funnel:
        paintFunnel(painter, rect, chart, data, u, labels);
        break;
    case ChartKind::HeatMap:
        paintHeatMap(painter, rect, chart, data, currency, u, labels);
        break;
    case ChartKind::Network:
        break;
    }
    painter.restore();
}

} // namespace kinsight::ui
