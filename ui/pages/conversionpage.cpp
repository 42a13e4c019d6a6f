#include "conversionpage.h"

#include <cmath>

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/charts/chartwidget.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/models/rowsmodel.h"
#include "ui/widgets/tableview.h"

namespace kinsight::ui {

ConversionPage::ConversionPage(AnalysisController* controller, QWidget* parent)
    : Page(controller, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    layout->addWidget(heading(tr("Conversion"), this));
    auto* controls = new QHBoxLayout();
    auto* windowLabel = new QLabel(tr("Conversion &window"), this);
    m_window = new QSpinBox(this);
    m_window->setRange(0, 3650);
    m_window->setSpecialValueText(tr("no limit"));
    m_window->setSuffix(tr(" days"));
    m_window->setToolTip(tr("A step counts only when reached within this many days of joining (0: no limit)."));
    windowLabel->setBuddy(m_window);
    auto* groupLabel = new QLabel(tr("&Break down by"), this);
    m_group = new QComboBox(this);
    m_group->addItems({ tr("Nothing"), tr("Channel"), tr("Cohort month"), tr("Cohort week") });
    groupLabel->setBuddy(m_group);
    controls->addWidget(windowLabel);
    controls->addWidget(m_window);
    controls->addSpacing(12);
    controls->addWidget(groupLabel);
    controls->addWidget(m_group);
    controls->addStretch(1);
    layout->addLayout(controls);
    m_explain = note(QString(), this);
    layout->addWidget(m_explain);

    connect(m_window, &QSpinBox::editingFinished, this, [this] {
        const int days = m_window->value();
        Q_EMIT editThresholds([days](core::Thresholds& t) { t.funnel.windowDays = days; });
    });
    connect(m_group, &QComboBox::activated, this, [this](int i) {
        Q_EMIT editThresholds([i](core::Thresholds& t) { t.funnel.breakdown = static_cast<core::FunnelBreakdown>(i); });
    });

    auto* grid = new QGridLayout();
    m_chart = new ChartWidget(this);
    m_chart->setMinimumHeight(280);
    m_steps = new RowsModel(this);
    m_stepsView = new TableView(this);
    m_stepsView->setModel(m_steps);
    m_breakdown = new RowsModel(this);
    m_breakdownView = new TableView(this);
    m_breakdownView->setModel(m_breakdown);
    m_breakdownView->setSortingEnabled(false);
    grid->addWidget(m_chart, 0, 0);
    grid->addWidget(m_stepsView, 0, 1);
    grid->addWidget(m_breakdownView, 1, 0, 1, 2);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    layout->addLayout(grid, 1);

    connect(m_chart, &ChartWidget::barClicked, this,
        [this](int, int category) { drillDownStep(static_cast<core::FunnelStep>(category)); });
    connect(m_stepsView, &QAbstractItemView::doubleClicked, this,
        [this](const QModelIndex& index) { drillDownStep(static_cast<core::FunnelStep>(index.row())); });
    connect(m_breakdownView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        // Columns 1.. are the steps joined, activated, paying, repeat, trial, trial to paid.
        const int step = std::clamp(index.column() - 1, 0, core::funnelStepCount - 1);
        drillDownStep(static_cast<core::FunnelStep>(step), index.row());
    });
}

void ConversionPage::drillDownStep(core::FunnelStep step, int group)
{
    const auto r = results();
    if (!r || !r->funnel)
        return;
    QString title = label::funnelStep(step);
    if (group >= 0 && static_cast<size_t>(group) < r->funnel->groups.size())
        title = tr("%1 · %2").arg(title, QString::fromStdString(r->funnel->groups[static_cast<size_t>(group)].label));
    drillDownAsync(
        tr("Funnel step: %1").arg(title), [r, step, group] { return core::funnelMembers(*r->funnel, step, group); });
}

core::Parts ConversionPage::shownParts() const
{
    using core::bit;
    return bit(core::Part::Funnel);
}

void ConversionPage::refresh(const core::AnalysisResults& r)
{
    if (!r.funnel)
        return;
    const core::Funnel& f = *r.funnel;
    m_window->setValue(f.options.windowDays);
    m_group->setCurrentIndex(static_cast<int>(f.options.breakdown));
    const auto& total = f.total;
    const int joined = total.members[0];
    if (joined == 0) {
        m_chart->showEmpty(tr("No members yet: import a members file."));
        m_steps->setRows({}, {});
        m_breakdown->setRows({}, {});
        m_explain->setText(QString());
        return;
    }
    const bool noOrders = total.members[static_cast<int>(core::FunnelStep::Paying)] == 0
        && total.members[static_cast<int>(core::FunnelStep::Trial)] == 0;
    m_explain->setText(noOrders
            ? tr("No paid or trial orders yet: import an orders file to see who pays.")
            : tr("Each step counts the members who meet it and every earlier step%1. Median days "
                 "from joining to the first paid order: %2; from the first trial to paying: %3.")
                  .arg(f.options.windowDays > 0 ? tr(" within %n day(s) of joining", nullptr, f.options.windowDays)
                                                : QString(),
                      fmt::decimal(f.medianDaysJoinToPaid, 1), fmt::decimal(f.medianDaysTrialToPaid, 1)));

    BarChartSpec spec;
    spec.title = tr("Funnel");
    spec.xTitle = tr("Step (click a bar for its members)");
    spec.yTitle = tr("Members");
    ChartSeries set { tr("Members"), {} };
    for (int s = 0; s < 4; ++s) {
        const auto step = static_cast<core::FunnelStep>(s);
        spec.categories << label::funnelStep(step); // the rates are in the table beside the chart
        set.points.emplace_back(s, total.members[static_cast<size_t>(s)]);
    }
    spec.sets = { set };
    spec.labels = true;
    m_chart->setBarChart(spec);

    std::vector<std::vector<RowsModel::Cell>> rows;
    for (int s = 0; s < core::funnelStepCount; ++s) {
        const auto step = static_cast<core::FunnelStep>(s);
        const double prev = core::rateFromPrevious(total, step);
        const double start = core::rateFromStart(total, step);
        rows.push_back({ { label::funnelStep(step), {}, {}, {} },
            { fmt::count(total.members[static_cast<size_t>(s)]), total.members[static_cast<size_t>(s)], {}, {} },
            { fmt::percent(prev), prev, {}, {} }, { fmt::percent(start), start, {}, {} } });
    }
    m_steps->setRows(
        { tr("Step"), tr("Members"), tr("From previous"), tr("From start") }, std::move(rows), { 1, 2, 3 });
    m_stepsView->fitColumns();

    std::vector<std::vector<RowsModel::Cell>> groups;
    for (const auto& g : f.groups) {
        std::vector<RowsModel::Cell> row { { QString::fromStdString(g.label), {}, {}, {} } };
        for (int s = 0; s < core::funnelStepCount; ++s)
            row.push_back({ fmt::count(g.members[static_cast<size_t>(s)]), g.members[static_cast<size_t>(s)], {}, {} });
        const double paying = core::rateFromStart(g, core::FunnelStep::Paying);
        const double trial = core::rateFromPrevious(g, core::FunnelStep::TrialToPaid);
        row.push_back({ fmt::percent(paying), paying, {}, {} });
        row.push_back({ fmt::percent(trial), trial, {}, {} });
        groups.push_back(std::move(row));
    }
    QStringList headers { tr("Group") };
    for (int s = 0; s < core::funnelStepCount; ++s)
        headers << label::funnelStep(static_cast<core::FunnelStep>(s));
    headers << tr("Paying rate") << tr("Trial-to-paid rate");
    m_breakdown->setRows(headers, std::move(groups), { 1, 2, 3, 4, 5, 6, 7, 8 });
    m_breakdownView->setVisible(!f.groups.empty());
    m_breakdownView->fitColumns();
}

} // namespace kinsight::ui
