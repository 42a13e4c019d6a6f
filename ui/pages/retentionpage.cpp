#include "retentionpage.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "ui/charts/chartwidget.h"
#include "ui/charts/export.h"
#include "ui/format.h"
#include "ui/models/heatmapmodel.h"
#include "ui/theme.h"
#include "ui/widgets/tableview.h"

namespace kinsight::ui {

RetentionPage::RetentionPage(AnalysisController* controller, QWidget* parent)
    : Page(controller, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    auto* head = new QHBoxLayout();
    head->addWidget(heading(tr("Retention"), this));
    head->addStretch(1);
    auto* exportButton = new QPushButton(tr("Export heat map…"), this);
    head->addWidget(exportButton);
    layout->addLayout(head);

    // Three switches per row: five in one row made the page (and the window) wider than a
    // 1440-px screen.
    auto* switches = new QGridLayout();
    switches->setHorizontalSpacing(8);
    int switchCount = 0;
    auto combo = [&](const QString& label, const QStringList& items) {
        auto* l = new QLabel(label, this);
        auto* box = new QComboBox(this);
        box->addItems(items);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(11);
        l->setBuddy(box);
        const int row = switchCount / 3;
        const int column = (switchCount % 3) * 2;
        ++switchCount;
        switches->addWidget(l, row, column);
        switches->addWidget(box, row, column + 1);
        return box;
    };
    m_period = combo(tr("&Cohorts by"), { tr("Month"), tr("ISO week") });
    m_mode = combo(tr("&Active"), { tr("in the period"), tr("in the period or later") });
    m_metric = combo(tr("&Measure"), { tr("Members retained"), tr("Revenue retained"), tr("Revenue per member") });
    m_reference = combo(tr("&Relative to"), { tr("Period 0"), tr("Previous period") });
    m_breakdown = combo(tr("&Breakdown"), { tr("None"), tr("Channel"), tr("First tier"), tr("First product") });
    switches->setColumnStretch(6, 1);
    layout->addLayout(switches);
    m_explain = note(QString(), this);
    layout->addWidget(m_explain);

    auto emitEdit = [this](std::function<void(core::Thresholds&)> edit) { Q_EMIT editThresholds(std::move(edit)); };
    connect(m_period, &QComboBox::activated, this, [emitEdit](int i) {
        emitEdit(
            [i](core::Thresholds& t) { t.cohortPeriod = i == 1 ? core::Granularity::Week : core::Granularity::Month; });
    });
    connect(m_mode, &QComboBox::activated, this, [emitEdit](int i) {
        emitEdit([i](core::Thresholds& t) { t.retentionView.mode = static_cast<core::RetentionMode>(i); });
    });
    connect(m_metric, &QComboBox::activated, this, [emitEdit](int i) {
        emitEdit([i](core::Thresholds& t) { t.retentionView.metric = static_cast<core::RetentionMetric>(i); });
    });
    connect(m_reference, &QComboBox::activated, this, [emitEdit](int i) {
        emitEdit([i](core::Thresholds& t) { t.retentionView.reference = static_cast<core::RetentionReference>(i); });
    });
    connect(m_breakdown, &QComboBox::activated, this, [emitEdit](int i) {
        emitEdit([i](core::Thresholds& t) { t.cohortBreakdown = static_cast<core::CohortBreakdown>(i); });
    });

    auto* split = new QSplitter(Qt::Vertical, this);
    m_model = new HeatmapModel(this);
    m_view = new TableView(split);
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(false);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setDefaultSectionSize(58);
    m_view->setShowGrid(true);
    m_dayN = new ChartWidget(split);
    split->addWidget(m_view);
    split->addWidget(m_dayN);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    connect(exportButton, &QPushButton::clicked, this, [this] { exportWidgetInteractively(m_view, tr("retention")); });
    connect(m_view, &QAbstractItemView::doubleClicked, this,
        [this](const QModelIndex& index) { drillDownCell(index.row(), index.column()); });
}

void RetentionPage::drillDownCell(int row, int column)
{
    const auto r = results();
    const int matrixRow = m_model->matrixRow(row);
    if (!r || !r->cohorts || !r->activity || matrixRow < 0)
        return;
    const int period = HeatmapModel::period(column);
    const auto& row0 = r->cohorts->rows[static_cast<size_t>(matrixRow)];
    QString cohort = QString::fromStdString(core::periodLabel(r->cohorts->granularity, row0.cohort));
    if (!row0.group.empty())
        cohort += QStringLiteral(" · ") + QString::fromStdString(row0.group);
    if (period < 0) {
        drillDownAsync(
            tr("Cohort %1").arg(cohort), [r, matrixRow] { return core::cohortMembers(*r->cohorts, matrixRow); });
        return;
    }
    const core::RetentionMode mode = r->thresholds.retentionView.mode;
    const core::RetentionMetric metric = r->thresholds.retentionView.metric;
    const QString what = metric == core::RetentionMetric::Members ? tr("active") : tr("paying");
    drillDownAsync(
        tr("Cohort %1, %2 in period %3").arg(cohort, what).arg(period), [r, matrixRow, period, mode, metric] {
            return core::retentionCellMembers(
                *r->community, *r->activity, *r->cohorts, matrixRow, period, mode, metric);
        });
}

core::Parts RetentionPage::shownParts() const
{
    using core::bit;
    return bit(core::Part::Retention) | bit(core::Part::DayN);
}

void RetentionPage::syncSwitches(const core::Thresholds& t)
{
    m_period->setCurrentIndex(t.cohortPeriod == core::Granularity::Week ? 1 : 0);
    m_mode->setCurrentIndex(static_cast<int>(t.retentionView.mode));
    m_metric->setCurrentIndex(static_cast<int>(t.retentionView.metric));
    m_reference->setCurrentIndex(static_cast<int>(t.retentionView.reference));
    m_breakdown->setCurrentIndex(static_cast<int>(t.cohortBreakdown));
}

void RetentionPage::refresh(const core::AnalysisResults& r)
{
    syncSwitches(r.thresholds);
    m_dayN->setCurrency(r.community->currency);
    if (r.community->memberCount() == 0) {
        m_model->setMatrix(nullptr, r.community->currency, isDark(palette()));
        m_explain->setText(tr("No members yet: import a members file to see cohorts."));
        m_dayN->showEmpty(tr("No members yet."));
        return;
    }
    if (r.retention) {
        m_model->setMatrix(r.retention, r.community->currency, isDark(palette()));
        m_view->setColumnWidth(0, 130);
        m_view->setColumnWidth(1, 70);
        const auto& v = r.retention->view;
        QString how = v.metric == core::RetentionMetric::Members
            ? (v.mode == core::RetentionMode::On ? tr("Share of each cohort active in period k after joining")
                                                 : tr("Share of each cohort active in period k or any later period"))
            : v.metric == core::RetentionMetric::RevenueRetained
            ? tr("Paid revenue in period k relative to the reference period")
            : tr("Paid revenue in period k per cohort member");
        if (v.reference == core::RetentionReference::PreviousPeriod)
            how += tr(", relative to the period before");
        m_explain->setText(tr("%1. The last column of each cohort is the period holding the end of the data (it may be "
                              "partial); blank cells have not happened yet. Double-click a cell for its members.")
                               .arg(how));
    }
    if (r.dayN) {
        LineChartSpec spec;
        spec.title = tr("Day-N retention");
        spec.xTitle = tr("Days after joining");
        spec.yTitle = tr("Members active");
        spec.format = ValueFormat::Percent;
        spec.dateAxis = false;
        ChartSeries s { r.thresholds.retentionView.mode == core::RetentionMode::On ? tr("Active on day N")
                                                                                   : tr("Active on day N or later"),
            {} };
        for (const auto& p : *r.dayN)
            s.points.emplace_back(p.day, p.rate);
        spec.series = { s };
        m_dayN->setLineChart(spec);
    }
}

} // namespace kinsight::ui
