#include "chartwidget.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QHorizontalBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QMenu>
#include <QResizeEvent>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QStackedLayout>
#include <QToolTip>
#include <QValueAxis>

#include "core/text/format.h"
#include "ui/charts/export.h"
#include "ui/format.h"
#include "ui/theme.h"

namespace kinsight::ui {

namespace {

/// Axis range with a little headroom, and a label format in the axis' own units.
void styleValueAxis(QValueAxis* axis, double lo, double hi, ValueFormat format)
{
    if (!std::isfinite(lo) || !std::isfinite(hi)) {
        lo = 0;
        hi = 1;
    }
    lo = std::min(lo, 0.0);
    if (hi <= lo)
        hi = lo + 1;
    axis->setRange(lo, hi * 1.08);
    axis->applyNiceNumbers();
    switch (format) {
    case ValueFormat::Percent:
        axis->setLabelFormat(QStringLiteral("%.0f%%"));
        break;
    case ValueFormat::Decimal:
        axis->setLabelFormat(hi >= 10 ? QStringLiteral("%.0f") : QStringLiteral("%.2f"));
        break;
    case ValueFormat::Money:
    case ValueFormat::Count:
        axis->setLabelFormat(QStringLiteral("%.0f"));
        break;
    }
}

/// The value axis of a chart. Counts and money from 10,000 on read short (12k / 1.2万, 3.4M /
/// 340万), money with its currency sign (¥8,000, ¥1.2万): a QCategoryAxis labelled at the nice
/// ticks a QValueAxis would draw, since QValueAxis only takes a printf format.
QValueAxis* makeValueAxis(double lo, double hi, ValueFormat format, const std::string& currency)
{
    auto* plain = new QValueAxis();
    styleValueAxis(plain, lo, hi, format);
    const double min = plain->min(), max = plain->max();
    const int ticks = plain->tickCount();
    const bool money = format == ValueFormat::Money;
    const bool large = std::max(std::abs(min), std::abs(max)) >= 10000;
    if ((!money && !(format == ValueFormat::Count && large)) || ticks < 2 || !(max > min))
        return plain;
    const QString sign = core::currencySymbol(currency);
    const QLocale figures(QLocale::English, QLocale::UnitedStates);
    QStringList labels;
    for (int i = 0; i < ticks; ++i) {
        const double v = min + (max - min) * i / (ticks - 1);
        const QString number = large ? core::formatCompact(v) : figures.toString(v, 'f', 0);
        const QString label = money ? sign + number : number;
        if (labels.contains(label))
            return plain; // labels too coarse to tell the ticks apart: the plain figures
        labels << label;
    }
    delete plain;
    auto* axis = new QCategoryAxis();
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setStartValue(min - (max - min) * 1e-9);
    for (int i = 0; i < ticks; ++i)
        axis->append(labels[i], min + (max - min) * i / (ticks - 1));
    axis->setRange(min, max);
    return axis;
}

/// Percentages are drawn in percent units so the axis reads 0%–100%.
double scaled(double v, ValueFormat f)
{
    return f == ValueFormat::Percent ? v * 100.0 : v;
}

} // namespace

ChartWidget::ChartWidget(QWidget* parent)
    : QWidget(parent)
{
    m_stack = new QStackedLayout(this);
    m_stack->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    // The view starts with a chart of its own (an empty one); setChart() would only release it,
    // not delete it, so the first chart is that one.
    m_empty = new QLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setObjectName(QStringLiteral("emptyState"));
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    setMinimumHeight(220);
    applyPalette();
}

ChartWidget::~ChartWidget() = default;

namespace {
/// The palette index of a line series (ChartSeries::colour), kept on the series itself.
constexpr const char* colourProperty = "kinsightColour";
} // namespace

void ChartWidget::applyPalette()
{
    QChart* chart = m_view->chart();
    const bool dark = isDark(palette());
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().brush(QPalette::Base));
    chart->setBackgroundRoundness(6);
    chart->setTitleBrush(palette().brush(QPalette::Text));
    chart->legend()->setLabelColor(palette().color(QPalette::Text));
    QFont titleFont = font();
    titleFont.setPointSizeF(font().pointSizeF() + 1);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    // Five or more entries side by side get a smaller font so that names fit; a name cut
    // short anyway shows whole in its tooltip.
    QFont legendFont = font();
    if (chart->legend()->markers().size() > 4)
        legendFont.setPointSizeF(font().pointSizeF() - 1.5);
    chart->legend()->setFont(legendFont);
    chart->legend()->setShowToolTips(true);
    const QColor grid = palette().color(QPalette::Midlight);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsBrush(palette().brush(QPalette::Text));
        axis->setTitleBrush(palette().brush(QPalette::Text));
        axis->setGridLineColor(grid);
        axis->setLinePenColor(palette().color(QPalette::Mid));
        // A dozen categories (months, weeks) get a smaller font, so that "11月" or "Nov" fits its
        // bar's width instead of being cut to "1…".
        auto* categories = qobject_cast<QBarCategoryAxis*>(axis);
        QFont labels = font();
        if (categories && categories->count() > 8)
            labels.setPointSizeF(font().pointSizeF() - 1.5);
        // A few categories have room for their names: Qt Charts cuts them early ("Activat…").
        if (categories && categories->count() <= 8)
            categories->setTruncateLabels(false);
        axis->setLabelsFont(labels);
        QFont f = font();
        f.setPointSizeF(font().pointSizeF() - 0.5);
        axis->setTitleFont(f);
    }
    const auto series = chart->series();
    for (int i = 0; i < series.size(); ++i) {
        if (auto* line = qobject_cast<QLineSeries*>(series[i])) {
            const QVariant colour = line->property(colourProperty);
            QPen pen(seriesColor(colour.isValid() ? colour.toInt() : i, dark), 2.2);
            line->setPen(pen);
        } else if (auto* bars = qobject_cast<QAbstractBarSeries*>(series[i])) {
            const auto sets = bars->barSets();
            for (int s = 0; s < sets.size(); ++s) {
                sets[s]->setColor(seriesColor(s, dark));
                sets[s]->setBorderColor(seriesColor(s, dark));
                sets[s]->setLabelColor(palette().color(QPalette::Text));
            }
        }
    }
}

void ChartWidget::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitDateTicks();
}

void ChartWidget::fitDateTicks()
{
    // As many month ticks as fit the width without cutting a label ("2026年11月" needs room).
    QChart* chart = m_view ? m_view->chart() : nullptr;
    if (!chart || m_dateTicks < 2)
        return;
    for (QAbstractAxis* a : chart->axes(Qt::Horizontal)) {
        auto* axis = qobject_cast<QDateTimeAxis*>(a);
        if (!axis)
            continue;
        const QFontMetrics metrics(axis->labelsFont());
        const int label
            = metrics.horizontalAdvance(axis->max().toString(axis->format())) + metrics.averageCharWidth() * 2;
        const double plotWidth = chart->plotArea().width() > 0 ? chart->plotArea().width() : QWidget::width() * 0.8;
        const int fit = std::clamp(static_cast<int>(plotWidth / std::max(label, 1)) + 1, 2, m_dateTicks);
        if (axis->tickCount() != fit)
            axis->setTickCount(fit);
    }
}

void ChartWidget::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        applyPalette();
}

QString ChartWidget::formatValue(double value, ValueFormat format) const
{
    switch (format) {
    case ValueFormat::Count:
        return fmt::count(value);
    case ValueFormat::Percent:
        return fmt::percent(value);
    case ValueFormat::Money:
        return fmt::moneyUnits(value, m_currency);
    case ValueFormat::Decimal:
        return fmt::decimal(value);
    }
    return fmt::decimal(value);
}

void ChartWidget::showEmpty(const QString& text)
{
    m_empty->setText(text);
    m_stack->setCurrentWidget(m_empty);
    m_seriesCount = 0;
}

bool ChartWidget::isEmptyShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void ChartWidget::setLineChart(const LineChartSpec& spec)
{
    auto* chart = new QChart();
    chart->setTitle(spec.title);
    m_title = spec.title;
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    double xlo = lo, xhi = -lo;
    int drawn = 0;
    for (const ChartSeries& s : spec.series) {
        auto* line = new QLineSeries();
        line->setName(s.name);
        line->setProperty(colourProperty, s.colour >= 0 ? s.colour : static_cast<int>(chart->series().size()));
        QList<QPointF> points;
        points.reserve(static_cast<qsizetype>(s.points.size()));
        for (const QPointF& p : s.points) {
            if (std::isnan(p.y()))
                continue; // a gap: undefined, not zero
            const QPointF q(p.x(), scaled(p.y(), spec.format));
            points.push_back(q);
            lo = std::min(lo, q.y());
            hi = std::max(hi, q.y());
            xlo = std::min(xlo, q.x());
            xhi = std::max(xhi, q.x());
        }
        line->replace(points);
        line->setPointsVisible(points.size() <= 40);
        const ValueFormat format = spec.format;
        const QString name = s.name;
        const bool dateAxis = spec.dateAxis;
        const QString dateFormat = spec.dateFormat.isEmpty() ? core::monthAxisFormat(true) : spec.dateFormat;
        // Tooltip for the data point nearest to the hovered position.
        connect(
            line, &QLineSeries::hovered, this, [this, line, format, name, dateAxis, dateFormat](QPointF at, bool on) {
                if (!on || line->count() == 0) {
                    QToolTip::hideText();
                    return;
                }
                const QList<QPointF> pts = line->points();
                const auto nearest = std::min_element(pts.begin(), pts.end(), [&](const QPointF& a, const QPointF& b) {
                    return std::abs(a.x() - at.x()) < std::abs(b.x() - at.x());
                });
                const double v = format == ValueFormat::Percent ? nearest->y() / 100.0 : nearest->y();
                const QString x = dateAxis
                    ? QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(nearest->x()), Qt::UTC).toString(dateFormat)
                    : QString::number(nearest->x());
                QToolTip::showText(
                    QCursor::pos(), QStringLiteral("%1\n%2: %3").arg(x, name, formatValue(v, format)), this);
            });
        chart->addSeries(line);
        ++drawn;
    }
    QAbstractAxis* xAxis = nullptr;
    if (spec.dateAxis) {
        auto* axis = new QDateTimeAxis();
        axis->setFormat(spec.dateFormat.isEmpty() ? core::monthAxisFormat(true) : spec.dateFormat);
        axis->setTickCount(spec.tickCount);
        m_dateTicks = spec.tickCount;
        if (std::isfinite(xlo))
            axis->setRange(QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(xlo), Qt::UTC),
                QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(xhi), Qt::UTC));
        xAxis = axis;
    } else {
        auto* axis = new QValueAxis();
        if (std::isfinite(xlo)) {
            axis->setRange(std::min(xlo, 0.0), std::max(xhi, xlo + 1));
            axis->applyNiceNumbers();
        }
        axis->setLabelFormat(spec.xLabelFormat);
        xAxis = axis;
    }
    xAxis->setTitleText(spec.xTitle);
    QValueAxis* yAxis = nullptr;
    if (spec.fitToData && std::isfinite(lo) && std::isfinite(hi)) {
        yAxis = new QValueAxis();
        styleValueAxis(yAxis, lo, hi, spec.format);
        const double margin = std::max((hi - lo) * 0.25, std::max(std::abs(hi) * 0.02, 1e-6));
        yAxis->setRange(lo >= 0 ? std::max(0.0, lo - margin) : lo - margin, hi + margin);
        yAxis->applyNiceNumbers();
        if (std::isfinite(spec.yMax) && hi <= spec.yMax && yAxis->max() > spec.yMax)
            yAxis->setRange(yAxis->min(), spec.yMax);
        if (lo >= 0 && yAxis->min() < 0)
            yAxis->setRange(0, yAxis->max());
    } else {
        yAxis = makeValueAxis(lo, std::isfinite(spec.yMax) ? std::max(hi, spec.yMax) : hi, spec.format, m_currency);
    }
    if (!spec.fitToData && std::isfinite(spec.yMax) && hi <= spec.yMax) {
        yAxis->setRange(yAxis->min(), spec.yMax);
        yAxis->setTickCount(5);
    }
    yAxis->setTitleText(spec.yTitle);
    chart->addAxis(xAxis, Qt::AlignBottom);
    chart->addAxis(yAxis, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
    }
    chart->legend()->setVisible(spec.series.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_seriesCount = drawn;
    applyPalette();
    m_stack->setCurrentWidget(m_view);
    fitDateTicks();
}

void ChartWidget::setBarChart(const BarChartSpec& spec)
{
    auto* chart = new QChart();
    chart->setTitle(spec.title);
    m_title = spec.title;
    QAbstractBarSeries* series = nullptr;
    if (spec.horizontal)
        series = spec.stacked ? static_cast<QAbstractBarSeries*>(new QHorizontalStackedBarSeries())
                              : new QHorizontalBarSeries();
    else
        series = spec.stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries()) : new QBarSeries();
    double lo = std::numeric_limits<double>::infinity(), hi = -lo;
    std::vector<double> totals(static_cast<size_t>(spec.categories.size()), 0.0);
    std::vector<double> negatives(static_cast<size_t>(spec.categories.size()), 0.0);
    for (const ChartSeries& s : spec.sets) {
        auto* set = new QBarSet(s.name);
        for (qsizetype c = 0; c < spec.categories.size(); ++c) {
            const double v = static_cast<size_t>(c) < s.points.size() ? s.points[static_cast<size_t>(c)].y() : 0.0;
            const double y = std::isnan(v) ? 0.0 : scaled(v, spec.format);
            set->append(y);
            lo = std::min(lo, y);
            hi = std::max(hi, y);
            (y >= 0 ? totals : negatives)[static_cast<size_t>(c)] += y;
        }
        series->append(set);
    }
    if (spec.stacked) {
        for (double t : totals)
            hi = std::max(hi, t);
        for (double t : negatives)
            lo = std::min(lo, t);
    }
    const ValueFormat format = spec.format;
    connect(series, &QAbstractBarSeries::hovered, this,
        [this, format, categories = spec.categories](bool on, int index, QBarSet* set) {
            if (!on) {
                QToolTip::hideText();
                return;
            }
            const double raw = set->at(index);
            const double v = format == ValueFormat::Percent ? raw / 100.0 : raw;
            QToolTip::showText(QCursor::pos(),
                QStringLiteral("%1\n%2: %3").arg(categories.value(index), set->label(), formatValue(v, format)), this);
        });
    connect(series, &QAbstractBarSeries::clicked, this, [this, series](int index, QBarSet* set) {
        Q_EMIT barClicked(static_cast<int>(series->barSets().indexOf(set)), index);
    });
    if (spec.labels) {
        series->setLabelsVisible(true);
        series->setLabelsPosition(
            spec.stacked ? QAbstractBarSeries::LabelsCenter : QAbstractBarSeries::LabelsOutsideEnd);
        series->setLabelsFormat(format == ValueFormat::Percent ? QStringLiteral("@value%") : QStringLiteral("@value"));
        series->setLabelsPrecision(format == ValueFormat::Percent ? 3 : 9);
    }
    chart->addSeries(series);
    auto* categoryAxis = new QBarCategoryAxis();
    categoryAxis->append(spec.categories);
    categoryAxis->setTitleText(spec.xTitle);
    QValueAxis* valueAxis = makeValueAxis(lo, hi, spec.format, m_currency);
    valueAxis->setTitleText(spec.yTitle);
    chart->addAxis(categoryAxis, spec.horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(valueAxis, spec.horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categoryAxis);
    series->attachAxis(valueAxis);
    chart->legend()->setVisible(spec.sets.size() > 1);
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_seriesCount = static_cast<int>(spec.sets.size());
    applyPalette();
    m_stack->setCurrentWidget(m_view);
}

bool ChartWidget::exportImage(const QString& path)
{
    return exportWidgetImage(m_view, path, m_title);
}

void ChartWidget::contextMenuEvent(QContextMenuEvent* event)
{
    if (isEmptyShown())
        return;
    QMenu menu(this);
    menu.addAction(tr("Export as PNG or SVG…"), this,
        [this] { exportWidgetInteractively(m_view, m_title.isEmpty() ? tr("chart") : m_title); });
    menu.exec(event->globalPos());
}

} // namespace kinsight::ui
