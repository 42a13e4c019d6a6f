#pragma once

#include <string_view>

#include <QColor>
#include <QFont>
#include <QPainter>
#include <QRectF>

#include "core/report/report.h"

namespace kinsight::ui {

/// The report's type face: Noto Sans CJK SC (fonts-noto-cjk), which covers Latin and Chinese
/// alike, so product titles and names in either script render in every report.
QFont reportFont(double pointSize, bool bold = false);

/// Colour of series (or community) i: a qualitative palette that stays distinguishable in print.
QColor seriesColor(int i);
/// The report's accent colours.
QColor accentColor();
QColor inkColor();
QColor mutedColor();

/// The height, in points, that a chart wants at a given width in points.
double preferredChartHeight(const core::ReportSection& section, const core::ReportChart& chart, double widthPoints);

/// Paints one chart into `rect` with plain QPainter primitives (lines, rectangles, text), so it
/// stays vector-sharp on QPdfWriter and QSvgGenerator. Sizes scale with the device's logical DPI
/// (one point is logicalDpiY / 72 device units). The chart's data come from its table in
/// `section`; an empty or missing table paints the "no data" label. Not thread-safe per painter.
void paintReportChart(QPainter& painter, const QRectF& rect, const core::ReportSection& section,
    const core::ReportChart& chart, std::string_view currency, const core::ReportLabels& labels);

} // namespace kinsight::ui
