#pragma once

#include <limits>
#include <string>
#include <vector>

#include <QPointF>
#include <QString>
#include <QStringList>
#include <QWidget>

class QChartView;
class QLabel;
class QStackedLayout;

namespace kinsight::ui {

/// How a chart's values read on axes and in tooltips.
enum class ValueFormat { Count, Percent, Money, Decimal };

struct ChartSeries {
    QString name;
    /// Line charts: (x, y) with x in ms since the epoch when the chart has a date axis, else a
    /// number. Bar charts: only y is used, one per category.
    std::vector<QPointF> points;
    /// Line charts: the palette colour (seriesColor) of the line; -1: the series' position. A
    /// series that stands for an engagement level takes that level's colour (its index), the
    /// colour it has everywhere else.
    int colour = -1;
};

struct LineChartSpec {
    QString title;
    QString xTitle;
    QString yTitle;
    ValueFormat format = ValueFormat::Count;
    bool dateAxis = true;
    /// QDateTime format of the x axis; empty: months in the interface language (Nov 2026 / 2026年11月).
    QString dateFormat;
    int tickCount = 7; ///< date axis ticks (fewer on narrow charts)
    /// Labels for the x values of a numeric axis (x = 0, 1, 2, …), e.g. "day 7".
    QString xLabelFormat = QStringLiteral("%d");
    /// When finite: the y axis ends here (a score out of 1 reads against its whole range).
    double yMax = std::numeric_limits<double>::quiet_NaN();
    /// The y axis spans the data (with a margin, to nice numbers, within yMax) instead of
    /// starting at zero: for values that differ little from one another.
    bool fitToData = false;
    std::vector<ChartSeries> series;
};

struct BarChartSpec {
    QString title;
    QString xTitle;
    QString yTitle;
    ValueFormat format = ValueFormat::Count;
    QStringList categories;
    std::vector<ChartSeries> sets;
    bool horizontal = false;
    bool stacked = false;
    /// Writes each bar's formatted value on it.
    bool labels = false;
};

/// One chart of a page, built from plain data (so pages never include Qt Charts): axes with
/// titles, a legend, values on hover, money and percentages formatted, colours from the palette,
/// a placeholder text when there is nothing to draw, and PNG / SVG export from its context menu.
class ChartWidget : public QWidget {
    Q_OBJECT
public:
    explicit ChartWidget(QWidget* parent = nullptr);
    ~ChartWidget() override;

    void setCurrency(std::string currency) { m_currency = std::move(currency); }
    void setLineChart(const LineChartSpec& spec);
    void setBarChart(const BarChartSpec& spec);
    /// Shows `text` instead of a chart (an empty state saying what to do).
    void showEmpty(const QString& text);
    bool isEmptyShown() const;

    /// Formats a value as this chart's tooltips do.
    QString formatValue(double value, ValueFormat format) const;
    /// The chart's title (for export file names).
    QString title() const { return m_title; }
    /// Writes the chart as PNG or SVG (by suffix).
    bool exportImage(const QString& path);
    /// Number of series (line) or sets (bar) drawn: for tests.
    int seriesCount() const { return m_seriesCount; }

Q_SIGNALS:
    /// A bar was clicked: set index and category index.
    void barClicked(int set, int category);

protected:
    void contextMenuEvent(QContextMenuEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyPalette();
    /// Fewer date ticks on a narrow chart, so that no month label is cut.
    void fitDateTicks();

    QStackedLayout* m_stack = nullptr;
    QChartView* m_view = nullptr;
    QLabel* m_empty = nullptr;
    std::string m_currency = "CNY";
    QString m_title;
    int m_seriesCount = 0;
    int m_dateTicks = 0; ///< the date axis' ticks as asked for (at most)
};

} // namespace kinsight::ui
