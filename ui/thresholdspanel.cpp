#include "thresholdspanel.h"

#include <cmath>

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/format.h"
#include "ui/labels.h"
#include "ui/theme.h"

namespace kinsight::ui {

/// A stacked bar of the members per level, with the counts under it.
class LevelPreview : public QWidget {
    Q_DECLARE_TR_FUNCTIONS(kinsight::ui::LevelPreview)
public:
    explicit LevelPreview(QWidget* parent)
        : QWidget(parent)
    {
        setMinimumHeight(58);
    }
    void setCounts(const std::array<int, core::engagementLevelCount>& counts)
    {
        m_counts = counts;
        m_valid = true;
        update();
    }
    const std::array<int, core::engagementLevelCount>& counts() const { return m_counts; }

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const bool dark = isDark(palette());
        double total = 0;
        for (int c : m_counts)
            total += c;
        const QRectF bar(0, 2, width(), 16);
        if (!m_valid || total == 0) {
            p.setPen(palette().color(QPalette::PlaceholderText));
            p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter, tr("Level preview appears once scores are computed."));
            return;
        }
        double x = 0;
        for (int l = 0; l < core::engagementLevelCount; ++l) {
            const double w = bar.width() * m_counts[static_cast<size_t>(l)] / total;
            p.fillRect(QRectF(x, bar.top(), w, bar.height()), seriesColor(l, dark));
            x += w;
        }
        QFont f = font();
        f.setPointSizeF(font().pointSizeF() - 1);
        p.setFont(f);
        p.setPen(palette().color(QPalette::WindowText));
        const double cell = width() / 2.0;
        for (int l = 0; l < core::engagementLevelCount; ++l) {
            const QRectF r((l % 2) * cell, 22 + (l / 2) * 17, cell, 17);
            p.fillRect(QRectF(r.left(), r.top() + 5, 8, 8), seriesColor(l, dark));
            p.drawText(r.adjusted(12, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                QStringLiteral("%1 %2 · %3")
                    .arg(label::level(static_cast<core::EngagementLevel>(l)),
                        fmt::count(m_counts[static_cast<size_t>(l)]),
                        fmt::percent(m_counts[static_cast<size_t>(l)] / total, 0)));
        }
    }

private:
    std::array<int, core::engagementLevelCount> m_counts {};
    bool m_valid = false;
};

namespace {

QDoubleSpinBox* realBox(QWidget* parent, double lo, double hi, double step, int decimals)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(lo, hi);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setKeyboardTracking(false);
    return box;
}

QSpinBox* intBox(QWidget* parent, int lo, int hi, const QString& suffix = {})
{
    auto* box = new QSpinBox(parent);
    box->setRange(lo, hi);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    return box;
}

QFormLayout* section(QVBoxLayout* layout, QWidget* parent, const QString& title)
{
    auto* box = new QGroupBox(title, parent);
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignLeft);
    layout->addWidget(box);
    return form;
}

} // namespace

ThresholdsPanel::ThresholdsPanel(QWidget* parent)
    : QWidget(parent)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll);
    auto* body = new QWidget(scroll);
    body->setObjectName(QStringLiteral("thresholdsBody"));
    scroll->setWidget(body);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    // Opinion leaders: cheap (re-rank only).
    QFormLayout* leaders = section(layout, body, tr("Opinion leaders"));
    m_leaderThreshold = new QSlider(Qt::Horizontal, body);
    m_leaderThreshold->setRange(0, 100);
    m_leaderThreshold->setToolTip(tr("Members with a leader score at or above this are leaders."));
    m_leaderThresholdValue = new QLabel(body);
    auto* thresholdRow = new QHBoxLayout();
    thresholdRow->addWidget(m_leaderThreshold, 1);
    thresholdRow->addWidget(m_leaderThresholdValue);
    leaders->addRow(tr("Threshold"), thresholdRow);
    m_minDegree = intBox(body, 1, 1000);
    m_minDegree->setToolTip(tr("A leader needs at least this many distinct contacts."));
    leaders->addRow(tr("Min. contacts"), m_minDegree);
    const QString weightNames[] = { tr("PageRank weight"), tr("Reach weight"), tr("Brokerage weight"),
        tr("Intensity weight"), tr("Core depth weight") };
    const QString weightTips[] = { tr("Influence: attention flowing in from attended-to members."),
        tr("Distinct members who address them."), tr("Betweenness: shortest paths between others through them."),
        tr("Total interaction weight."), tr("Depth in the k-core decomposition.") };
    for (size_t i = 0; i < m_leaderWeights.size(); ++i) {
        m_leaderWeights[i] = realBox(body, 0, 1, 0.05, 2);
        m_leaderWeights[i]->setToolTip(weightTips[i]);
        leaders->addRow(weightNames[i], m_leaderWeights[i]);
    }
    connect(m_leaderThreshold, &QSlider::valueChanged, this, [this](int v) {
        m_leaderThresholdValue->setText(fmt::decimal(v / 100.0, 2));
        edit([v](core::Thresholds& t) { t.leaders.threshold = v / 100.0; });
    });
    connect(m_minDegree, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](core::Thresholds& t) { t.leaders.minDegree = static_cast<std::uint32_t>(v); }); });
    for (size_t i = 0; i < m_leaderWeights.size(); ++i) {
        connect(m_leaderWeights[i], &QDoubleSpinBox::valueChanged, this, [this, i](double v) {
            edit([i, v](core::Thresholds& t) {
                double* w[] = { &t.leaders.weights.pageRank, &t.leaders.weights.inDegree,
                    &t.leaders.weights.betweenness, &t.leaders.weights.strength, &t.leaders.weights.coreNumber };
                *w[i] = v;
            });
        });
    }

    // Recommendations: cheap (re-rank only).
    QFormLayout* rec = section(layout, body, tr("Recommendations"));
    m_k = intBox(body, 1, 100);
    rec->addRow(tr("List length"), m_k);
    m_neighbours = intBox(body, 0, 100000);
    m_neighbours->setSpecialValueText(tr("all"));
    m_neighbours->setToolTip(tr("kNN neighbourhood size (0: all)."));
    rec->addRow(tr("Neighbours"), m_neighbours);
    m_floor = realBox(body, 0, 1, 0.01, 2);
    m_floor->setToolTip(tr("Ignore similarities below this."));
    rec->addRow(tr("Similarity floor"), m_floor);
    m_alpha = realBox(body, 0, 1, 0.05, 2);
    m_alpha->setToolTip(tr("Hybrid: α × item kNN + (1 − α) × user kNN."));
    rec->addRow(tr("Hybrid α"), m_alpha);
    connect(m_k, &QSpinBox::valueChanged, this, [this](int v) { edit([v](core::Thresholds& t) { t.rank.k = v; }); });
    connect(m_neighbours, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](core::Thresholds& t) { t.rank.neighbours = v; }); });
    connect(m_floor, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](core::Thresholds& t) { t.rank.floor = v; }); });
    connect(m_alpha, &QDoubleSpinBox::valueChanged, this,
        [this](double v) { edit([v](core::Thresholds& t) { t.rank.alpha = v; }); });

    // Engagement: cut-offs are cheap; weights and half-life rescan.
    QFormLayout* eng = section(layout, body, tr("Engagement levels"));
    m_scoreView = new QComboBox(body);
    m_scoreView->addItems({ tr("Sum of activities"), tr("Best single activity") });
    eng->addRow(tr("Score"), m_scoreView);
    m_cutoffMode = new QComboBox(body);
    m_cutoffMode->addItems({ tr("Score thresholds"), tr("Top shares of members") });
    eng->addRow(tr("Cut-offs as"), m_cutoffMode);
    const QString cutoffNames[] = { tr("Core from"), tr("Active from"), tr("Casual from") };
    for (int i = 0; i < 3; ++i) {
        m_cutoffSlider[static_cast<size_t>(i)] = new QSlider(Qt::Horizontal, body);
        m_cutoffSlider[static_cast<size_t>(i)]->setRange(0, 1000);
        m_cutoffBox[static_cast<size_t>(i)] = realBox(body, 0, 1e6, 0.5, 2);
        auto* row = new QHBoxLayout();
        row->addWidget(m_cutoffSlider[static_cast<size_t>(i)], 1);
        row->addWidget(m_cutoffBox[static_cast<size_t>(i)]);
        eng->addRow(cutoffNames[i], row);
        connect(m_cutoffSlider[static_cast<size_t>(i)], &QSlider::valueChanged, this, [this, i](int v) {
            if (m_syncing)
                return;
            const double value = v / 1000.0 * cutoffScale();
            edit([i, value](core::Thresholds& t) {
                double* c[] = { &t.levels.core, &t.levels.active, &t.levels.casual };
                *c[i] = value;
            });
            syncCutoffWidgets();
            updatePreview();
        });
        connect(m_cutoffBox[static_cast<size_t>(i)], &QDoubleSpinBox::valueChanged, this, [this, i](double value) {
            if (m_syncing)
                return;
            edit([i, value](core::Thresholds& t) {
                double* c[] = { &t.levels.core, &t.levels.active, &t.levels.casual };
                *c[i] = value;
            });
            syncCutoffWidgets();
            updatePreview();
        });
    }
    m_preview = new LevelPreview(body);
    eng->addRow(m_preview);
    connect(m_scoreView, &QComboBox::activated, this, [this](int i) {
        const auto view = i == 1 ? core::ScoreView::Max : core::ScoreView::Sum;
        edit([view](core::Thresholds& t) {
            const core::CutoffMode mode = t.levels.mode;
            if (mode == core::CutoffMode::Score)
                t.levels = core::LevelCutoffs::defaultsFor(view); // the two views live on different scales
            t.levels.view = view;
        });
        syncCutoffWidgets();
        updatePreview();
    });
    connect(m_cutoffMode, &QComboBox::activated, this, [this](int i) {
        edit([i](core::Thresholds& t) {
            if (i == 1) {
                t.levels.mode = core::CutoffMode::Share;
                t.levels.core = 0.05;
                t.levels.active = 0.2;
                t.levels.casual = 0.5;
            } else {
                const core::ScoreView view = t.levels.view;
                t.levels = core::LevelCutoffs::defaultsFor(view);
            }
        });
        syncCutoffWidgets();
        updatePreview();
    });
    m_halfLife = intBox(body, 0, 3650, tr(" days"));
    m_halfLife->setSpecialValueText(tr("no decay"));
    m_halfLife->setToolTip(tr("An activity's weight halves every this many days (0: no decay). Changing it rescans "
                              "all activity."));
    eng->addRow(tr("Half-life"), m_halfLife);
    connect(m_halfLife, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](core::Thresholds& t) { t.engagement.halfLifeDays = v; }); });

    auto* weightsToggle = new QToolButton(body);
    weightsToggle->setText(tr("Activity weights"));
    weightsToggle->setCheckable(true);
    weightsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    weightsToggle->setArrowType(Qt::RightArrow);
    eng->addRow(weightsToggle);
    auto* weightsBox = new QWidget(body);
    auto* weightsForm = new QFormLayout(weightsBox);
    weightsForm->setContentsMargins(12, 0, 0, 0);
    for (int k = 0; k < core::activityKindCount; ++k) {
        m_weights[static_cast<size_t>(k)] = realBox(weightsBox, 0, 100, 0.5, 1);
        weightsForm->addRow(label::activityKind(static_cast<core::ActivityKind>(k)), m_weights[static_cast<size_t>(k)]);
        connect(m_weights[static_cast<size_t>(k)], &QDoubleSpinBox::valueChanged, this, [this, k](double v) {
            edit([k, v](core::Thresholds& t) { t.engagement.weights[static_cast<size_t>(k)] = v; });
        });
    }
    weightsBox->hide();
    eng->addRow(weightsBox);
    connect(weightsToggle, &QToolButton::toggled, this, [weightsToggle, weightsBox](bool on) {
        weightsBox->setVisible(on);
        weightsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
    });

    QFormLayout* churn = section(layout, body, tr("Churn risk"));
    m_silentDays = intBox(body, 1, 3650, tr(" days"));
    m_silentDays->setToolTip(tr("Flag members who were active and have been silent this long."));
    churn->addRow(tr("Silent for"), m_silentDays);
    m_lostDays = intBox(body, 1, 3650, tr(" days"));
    m_lostDays->setToolTip(tr("Silent this long: counted as lost, no longer a risk."));
    churn->addRow(tr("Lost after"), m_lostDays);
    connect(m_silentDays, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](core::Thresholds& t) { t.churn.silentDays = v; }); });
    connect(m_lostDays, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](core::Thresholds& t) { t.churn.lostAfterDays = v; }); });

    QFormLayout* periods = section(layout, body, tr("Cohorts, funnel and network"));
    m_cohortPeriod = new QComboBox(body);
    m_cohortPeriod->addItems({ tr("Month"), tr("ISO week") });
    periods->addRow(tr("Cohort period"), m_cohortPeriod);
    connect(m_cohortPeriod, &QComboBox::activated, this, [this](int i) {
        edit(
            [i](core::Thresholds& t) { t.cohortPeriod = i == 1 ? core::Granularity::Week : core::Granularity::Month; });
    });
    m_funnelWindow = intBox(body, 0, 3650, tr(" days"));
    m_funnelWindow->setSpecialValueText(tr("no limit"));
    periods->addRow(tr("Funnel window"), m_funnelWindow);
    connect(m_funnelWindow, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](core::Thresholds& t) { t.funnel.windowDays = v; }); });
    m_graphWindow = intBox(body, 0, 3650, tr(" days"));
    m_graphWindow->setSpecialValueText(tr("all history"));
    m_graphWindow->setToolTip(tr("Build the interaction network from the last N days only (recomputes the network)."));
    periods->addRow(tr("Network window"), m_graphWindow);
    connect(m_graphWindow, &QSpinBox::valueChanged, this,
        [this](int v) { edit([v](core::Thresholds& t) { t.graphWindowDays = v; }); });

    auto* reset = new QPushButton(tr("Reset to defaults"), body);
    connect(reset, &QPushButton::clicked, this, [this] {
        setThresholds(core::Thresholds {});
        Q_EMIT thresholdsChanged(m_thresholds);
        updatePreview();
    });
    layout->addWidget(reset);
    layout->addStretch(1);
    setThresholds(m_thresholds);
    // Wide enough for the form: the scroll area only scrolls vertically.
    setMinimumWidth(body->minimumSizeHint().width() + scroll->verticalScrollBar()->sizeHint().width() + 4);
}

void ThresholdsPanel::edit(const std::function<void(core::Thresholds&)>& change)
{
    if (m_syncing)
        return;
    change(m_thresholds);
    Q_EMIT thresholdsChanged(m_thresholds);
}

double ThresholdsPanel::cutoffScale() const
{
    if (m_thresholds.levels.mode == core::CutoffMode::Share)
        return 1.0;
    // Sliders span up to the 99th-percentile-ish top: twice the default core cut-off of the view.
    return 2.5 * core::LevelCutoffs::defaultsFor(m_thresholds.levels.view).core;
}

void ThresholdsPanel::syncCutoffWidgets()
{
    const bool was = m_syncing;
    m_syncing = true;
    const double values[] = { m_thresholds.levels.core, m_thresholds.levels.active, m_thresholds.levels.casual };
    const bool share = m_thresholds.levels.mode == core::CutoffMode::Share;
    for (size_t i = 0; i < 3; ++i) {
        m_cutoffBox[i]->setRange(0, share ? 1.0 : 1e6);
        m_cutoffBox[i]->setDecimals(share ? 3 : 2);
        m_cutoffBox[i]->setSingleStep(share ? 0.01 : 0.5);
        m_cutoffBox[i]->setValue(values[i]);
        m_cutoffSlider[i]->setValue(static_cast<int>(std::lround(std::min(1.0, values[i] / cutoffScale()) * 1000)));
    }
    m_scoreView->setCurrentIndex(m_thresholds.levels.view == core::ScoreView::Max ? 1 : 0);
    m_cutoffMode->setCurrentIndex(share ? 1 : 0);
    m_syncing = was;
}

void ThresholdsPanel::setThresholds(const core::Thresholds& t)
{
    m_syncing = true;
    m_thresholds = t;
    m_leaderThreshold->setValue(static_cast<int>(std::lround(t.leaders.threshold * 100)));
    m_leaderThresholdValue->setText(fmt::decimal(t.leaders.threshold, 2));
    m_minDegree->setValue(static_cast<int>(t.leaders.minDegree));
    const double weights[] = { t.leaders.weights.pageRank, t.leaders.weights.inDegree, t.leaders.weights.betweenness,
        t.leaders.weights.strength, t.leaders.weights.coreNumber };
    for (size_t i = 0; i < m_leaderWeights.size(); ++i)
        m_leaderWeights[i]->setValue(weights[i]);
    m_k->setValue(t.rank.k);
    m_neighbours->setValue(t.rank.neighbours);
    m_floor->setValue(t.rank.floor);
    m_alpha->setValue(t.rank.alpha);
    m_halfLife->setValue(static_cast<int>(std::lround(t.engagement.halfLifeDays)));
    for (size_t k = 0; k < m_weights.size(); ++k)
        m_weights[k]->setValue(t.engagement.weights[k]);
    m_silentDays->setValue(t.churn.silentDays);
    m_lostDays->setValue(t.churn.lostAfterDays);
    m_cohortPeriod->setCurrentIndex(t.cohortPeriod == core::Granularity::Week ? 1 : 0);
    m_funnelWindow->setValue(t.funnel.windowDays);
    m_graphWindow->setValue(t.graphWindowDays);
    syncCutoffWidgets();
    m_syncing = false;
}

void ThresholdsPanel::setResults(std::shared_ptr<const core::AnalysisResults> results)
{
    const bool newScores = !m_results || !results || m_results->scores != results->scores;
    m_results = std::move(results);
    if (m_results && m_results->levels && !newScores) {
        m_preview->setCounts(m_results->levels->counts);
        return;
    }
    updatePreview();
}

std::array<int, core::engagementLevelCount> ThresholdsPanel::previewCounts() const
{
    return m_preview->counts();
}

void ThresholdsPanel::updatePreview()
{
    if (!m_results || !m_results->scores)
        return;
    auto scores = m_results->scores;
    const core::LevelCutoffs cutoffs = m_thresholds.levels;
    // The latest position of the slider only.
    m_previewJob->start(
        [scores, cutoffs](const core::TaskControl&) { return core::bucketLevels(*scores, cutoffs).counts; },
        [this](const std::array<int, core::engagementLevelCount>& counts) {
            m_preview->setCounts(counts);
            Q_EMIT previewUpdated();
        });
}

} // namespace kinsight::ui
