#include "thresholdspanel.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFontMetrics>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include "ui/analysiscontroller.h"
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
        setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
        setFixedHeight(heightFor(2));
    }
    void setCounts(const std::array<int, core::engagementLevelCount>& counts)
    {
        m_counts = counts;
        m_valid = true;
        fitRows();
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
            p.drawText(rect(), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
                tr("Level preview appears once scores are computed."));
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
        const int columns = columnsThatFit();
        const double cell = width() / static_cast<double>(columns);
        for (int l = 0; l < core::engagementLevelCount; ++l) {
            const QRectF r((l % columns) * cell, 22 + (l / columns) * 17, cell, 17);
            p.fillRect(QRectF(r.left(), r.top() + 5, 8, 8), seriesColor(l, dark));
            p.drawText(r.adjusted(12, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, text(l));
        }
    }
    void resizeEvent(QResizeEvent*) override { fitRows(); }

private:
    QString text(int l) const
    {
        double total = 0;
        for (int c : m_counts)
            total += c;
        const int n = m_counts[static_cast<size_t>(l)];
        return QStringLiteral("%1 %2 · %3")
            .arg(label::level(static_cast<core::EngagementLevel>(l)), fmt::count(n),
                fmt::percent(total > 0 ? n / total : 0.0, 0));
    }
    /// Two levels a line when their counts fit side by side, else one (a narrow panel).
    int columnsThatFit() const
    {
        QFont f = font();
        f.setPointSizeF(font().pointSizeF() - 1);
        const QFontMetrics metrics(f);
        int widest = 0;
        for (int l = 0; l < core::engagementLevelCount; ++l)
            widest = std::max(widest, metrics.horizontalAdvance(text(l)));
        return 2 * (widest + 16) <= width() ? 2 : 1;
    }
    static int heightFor(int columns) { return 24 + (core::engagementLevelCount / columns) * 17; }
    void fitRows()
    {
        const int h = heightFor(m_valid ? columnsThatFit() : 2);
        if (h != height())
            setFixedHeight(h);
    }

    std::array<int, core::engagementLevelCount> m_counts {};
    bool m_valid = false;
};

namespace {

QDoubleSpinBox* realBox(QWidget* parent, double lo, double hi, double step, int decimals, const QString& suffix = {})
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(lo, hi);
    box->setSingleStep(step);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    return box;
}

QSpinBox* intBox(QWidget* parent, int lo, int hi, const QString& suffix = {})
{
    auto* box = new QSpinBox(parent);
    box->setRange(lo, hi);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    box->setAccelerated(true);
    return box;
}

/// A group of settings: each a name and its control on one line (a list's control on the line
/// under its name, so that a long entry does not squeeze the names), the hint under them.
class Section {
public:
    Section(QVBoxLayout* layout, QWidget* parent, const QString& title)
        : m_box(new QGroupBox(title, parent))
        , m_column(new QVBoxLayout(m_box))
    {
        m_column->setSpacing(2);
        layout->addWidget(m_box);
    }
    QGroupBox* box() const { return m_box; }
    QWidget* parent() const { return m_box; }

    /// Adds a setting; returns its hint label (its text can change with a mode).
    QLabel* add(const QString& name, QWidget* field, const QString& hint, const QString& toolTip = {},
        QLabel** nameLabel = nullptr)
    {
        auto* label = new QLabel(name, m_box);
        label->setObjectName(QStringLiteral("settingName"));
        label->setBuddy(field);
        label->setWordWrap(true);
        if (m_settings++ > 0)
            m_column->addSpacing(8); // air between one setting's hint and the next setting
        if (qobject_cast<QComboBox*>(field)) {
            m_column->addWidget(label);
            m_column->addWidget(field);
        } else {
            auto* row = new QHBoxLayout();
            row->setSpacing(8);
            row->addWidget(label, 1);
            row->addWidget(field, 0, Qt::AlignRight | Qt::AlignVCenter);
            m_column->addLayout(row);
        }
        QLabel* hintLabel = addHint(hint);
        if (!toolTip.isEmpty()) {
            label->setToolTip(toolTip);
            field->setToolTip(toolTip);
            hintLabel->setToolTip(toolTip);
        }
        if (nameLabel)
            *nameLabel = label;
        return hintLabel;
    }
    QLabel* addHint(const QString& hint)
    {
        auto* hintLabel = new QLabel(hint, m_box);
        hintLabel->setObjectName(QStringLiteral("settingHint"));
        hintLabel->setWordWrap(true);
        m_column->addWidget(hintLabel);
        return hintLabel;
    }
    void addWide(QWidget* widget, int spaceBefore = 0)
    {
        if (spaceBefore > 0)
            m_column->addSpacing(spaceBefore);
        m_column->addWidget(widget);
    }

private:
    QGroupBox* m_box;
    QVBoxLayout* m_column;
    int m_settings = 0;
};

/// Index of a selection in the "Choose leaders by" box.
int modeIndex(core::LeaderSelection s)
{
    switch (s) {
    case core::LeaderSelection::TopCount:
        return 0;
    case core::LeaderSelection::TopShare:
        return 1;
    case core::LeaderSelection::Score:
        return 2;
    }
    return 2;
}

core::LeaderSelection modeAt(int index)
{
    return index == 0 ? core::LeaderSelection::TopCount
        : index == 1  ? core::LeaderSelection::TopShare
                      : core::LeaderSelection::Score;
}

double* weightField(core::LeaderWeights& w, size_t i)
{
    double* fields[] = { &w.pageRank, &w.inDegree, &w.betweenness, &w.strength, &w.coreNumber };
    return fields[i];
}

double* cutoffField(core::LevelCutoffs& c, size_t i)
{
    double* fields[] = { &c.core, &c.active, &c.casual };
    return fields[i];
}

/// Whole numbers proportional to `parts` that sum to `total` (largest remainders, ties to the
/// earlier part); equal shares when every part is 0.
template <size_t N> std::array<int, N> apportion(const std::array<double, N>& parts, int total)
{
    std::array<int, N> out {};
    double sum = 0;
    for (double p : parts)
        sum += std::max(0.0, p);
    std::array<double, N> exact {};
    for (size_t i = 0; i < N; ++i)
        exact[i] = sum > 0 ? total * std::max(0.0, parts[i]) / sum : static_cast<double>(total) / N;
    int given = 0;
    for (size_t i = 0; i < N; ++i) {
        out[i] = static_cast<int>(std::floor(exact[i] + 1e-9));
        given += out[i];
    }
    std::array<size_t, N> order {};
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(
        order.begin(), order.end(), [&](size_t a, size_t b) { return exact[a] - out[a] > exact[b] - out[b] + 1e-12; });
    for (size_t k = 0; given < total && k < N; ++k, ++given)
        ++out[order[k]];
    return out;
}

} // namespace

std::array<int, 5> ThresholdsPanel::sharesOf(const core::LeaderWeights& weights)
{
    core::LeaderWeights w = weights;
    std::array<double, 5> parts {};
    for (size_t i = 0; i < parts.size(); ++i)
        parts[i] = *weightField(w, i);
    return apportion(parts, 100);
}

std::array<int, 5> ThresholdsPanel::rebalance(const std::array<int, 5>& current, size_t edited, int percent)
{
    percent = std::clamp(percent, 0, 100);
    std::array<double, 4> others {};
    for (size_t i = 0, k = 0; i < current.size(); ++i) {
        if (i != edited)
            others[k++] = current[i];
    }
    const std::array<int, 4> rest = apportion(others, 100 - percent);
    std::array<int, 5> out {};
    for (size_t i = 0, k = 0; i < out.size(); ++i)
        out[i] = i == edited ? percent : rest[k++];
    return out;
}

ThresholdsPanel::ThresholdsPanel(AnalysisController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    // Reset at the top, outside the scrolling part: always at hand.
    auto* top = new QHBoxLayout();
    top->setContentsMargins(8, 6, 8, 2);
    auto* intro = new QLabel(tr("Settings used by this page"), this);
    intro->setObjectName(QStringLiteral("note"));
    intro->setWordWrap(true);
    m_reset = new QPushButton(tr("Reset"), this);
    m_reset->setToolTip(tr("Restores the defaults of the settings shown here. Analysis › Reset thresholds "
                           "restores every setting."));
    top->addWidget(intro, 1);
    top->addWidget(m_reset);
    outer->addLayout(top);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    outer->addWidget(scroll, 1);
    auto* body = new QWidget(scroll);
    body->setObjectName(QStringLiteral("thresholdsBody"));
    scroll->setWidget(body);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(8, 0, 8, 8);
    layout->setSpacing(8);
    m_nothing = new QLabel(tr("This page has no settings of its own."), body);
    m_nothing->setObjectName(QStringLiteral("note"));
    m_nothing->setWordWrap(true);
    m_nothing->hide();
    layout->addWidget(m_nothing);
    const QString days = tr(" days");

    // Engagement levels: cut-offs are cheap (re-bucketing); points and fading rescan.
    {
        Section s(layout, body, tr("Engagement levels"));
        m_groupBoxes[0] = s.box();
        m_scoreView = new QComboBox(s.parent());
        m_scoreView->addItems({ tr("All activity, added up"), tr("Best single activity") });
        s.add(tr("Score"), m_scoreView, tr("How a member's activity becomes their engagement score."),
            tr("Sum or maximum of the members' decayed activity points."));
        m_cutoffMode = new QComboBox(s.parent());
        m_cutoffMode->addItems({ tr("Score"), tr("Share of members") });
        s.add(tr("Levels by"), m_cutoffMode,
            tr("A score each level needs, or the most engaged share of members in each level."));
        for (size_t i = 0; i < 3; ++i) {
            m_cutoffBox[i] = realBox(s.parent(), 0, 1e6, 0.5, 2);
            m_cutoffBox[i]->setMinimumWidth(90);
            m_cutoffHint[i] = s.add(QString(), m_cutoffBox[i], QString(), {}, &m_cutoffLabel[i]);
            connect(m_cutoffBox[i], &QDoubleSpinBox::valueChanged, this, [this, i](double shown) {
                // Score ≥ 0; shares shown in percent. The others move with it to keep the order:
                // as scores a higher level needs at least as much, as shares at most as much.
                const bool share = m_shown.levels.mode == core::CutoffMode::Share;
                const double value = share ? shown / 100.0 : shown;
                edit([i, value, share](core::Thresholds& t) {
                    *cutoffField(t.levels, i) = value;
                    for (size_t j = 0; j < 3; ++j) {
                        double* c = cutoffField(t.levels, j);
                        const bool higher = j < i;
                        if (j != i)
                            *c = (higher != share) ? std::max(*c, value) : std::min(*c, value);
                    }
                });
            });
        }
        m_preview = new LevelPreview(s.parent());
        s.addWide(m_preview, 6);
        m_halfLife = intBox(s.parent(), 0, 3650, days);
        m_halfLife->setSpecialValueText(tr("never"));
        s.add(tr("Activity counts half after"), m_halfLife,
            tr("Older activity counts less; a change rescans all activity."),
            tr("Half-life of an activity's points in days (0: no decay)."));
        connect(m_scoreView, &QComboBox::activated, this, [this](int i) {
            const auto view = i == 1 ? core::ScoreView::Max : core::ScoreView::Sum;
            edit([view](core::Thresholds& t) {
                if (t.levels.mode == core::CutoffMode::Score)
                    t.levels = core::LevelCutoffs::defaultsFor(view); // the two views live on different scales
                t.levels.view = view;
            });
        });
        connect(m_cutoffMode, &QComboBox::activated, this, [this](int i) {
            edit([i](core::Thresholds& t) {
                if (i == 1) {
                    t.levels.mode = core::CutoffMode::Share;
                    t.levels.core = 0.05;
                    t.levels.active = 0.2;
                    t.levels.casual = 0.5;
                } else {
                    t.levels = core::LevelCutoffs::defaultsFor(t.levels.view);
                }
            });
        });
        connect(m_halfLife, &QSpinBox::valueChanged, this,
            [this](int v) { edit([v](core::Thresholds& t) { t.engagement.halfLifeDays = v; }); });

        auto* weightsToggle = new QToolButton(s.parent());
        weightsToggle->setText(tr("Points per activity"));
        weightsToggle->setCheckable(true);
        weightsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        weightsToggle->setArrowType(Qt::RightArrow);
        weightsToggle->setAutoRaise(true);
        s.addWide(weightsToggle, 8);
        s.addHint(tr("What each kind of activity adds to the score; a change rescans all activity."));
        auto* weightsBox = new QWidget(s.parent());
        auto* weightsGrid = new QGridLayout(weightsBox);
        weightsGrid->setContentsMargins(12, 0, 0, 0);
        weightsGrid->setColumnStretch(0, 1);
        for (int k = 0; k < core::activityKindCount; ++k) {
            auto* box = realBox(weightsBox, 0, 100, 0.5, 1);
            m_weights[static_cast<size_t>(k)] = box;
            weightsGrid->addWidget(
                new QLabel(label::activityKind(static_cast<core::ActivityKind>(k)), weightsBox), k, 0);
            weightsGrid->addWidget(box, k, 1);
            connect(box, &QDoubleSpinBox::valueChanged, this, [this, k](double v) {
                edit([k, v](core::Thresholds& t) { t.engagement.weights[static_cast<size_t>(k)] = v; });
            });
        }
        weightsBox->hide();
        s.addWide(weightsBox);
        connect(weightsToggle, &QToolButton::toggled, this, [weightsToggle, weightsBox](bool on) {
            weightsBox->setVisible(on);
            weightsToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        });
    }

    // Churn risk.
    {
        Section s(layout, body, tr("Churn risk"));
        m_groupBoxes[1] = s.box();
        m_silentDays = intBox(s.parent(), 1, 3649, days);
        s.add(tr("At risk when quiet for"), m_silentDays,
            tr("Members who used to be active and have gone quiet this long."));
        m_lostDays = intBox(s.parent(), 2, 3650, days);
        s.add(tr("Lost when quiet for"), m_lostDays, tr("Quiet this long: counted as lost, no longer at risk."));
        // Lost comes after at risk: each pushes the other.
        connect(m_silentDays, &QSpinBox::valueChanged, this, [this](int v) {
            edit([v](core::Thresholds& t) {
                t.churn.silentDays = v;
                t.churn.lostAfterDays = std::max(t.churn.lostAfterDays, v + 1);
            });
        });
        connect(m_lostDays, &QSpinBox::valueChanged, this, [this](int v) {
            edit([v](core::Thresholds& t) {
                t.churn.lostAfterDays = v;
                t.churn.silentDays = std::min(t.churn.silentDays, v - 1);
            });
        });
    }

    // Opinion leaders: cheap (re-ranking only).
    {
        Section s(layout, body, tr("Opinion leaders"));
        m_groupBoxes[2] = s.box();
        m_leaderMode = new QComboBox(s.parent());
        m_leaderMode->addItems({ tr("Top members"), tr("Top share of the network"), tr("Score at least") });
        s.add(tr("Choose leaders by"), m_leaderMode, tr("How many members count as opinion leaders."));
        auto* valueRow = new QWidget(s.parent());
        auto* valueLayout = new QHBoxLayout(valueRow);
        valueLayout->setContentsMargins(0, 0, 0, 0);
        m_leaderCount = new QLabel(valueRow);
        m_leaderCount->setObjectName(QStringLiteral("leaderCount"));
        m_leaderTop = intBox(valueRow, 1, 1'000'000);
        m_leaderShare = realBox(valueRow, 0.1, 100, 0.1, 1, QStringLiteral(" %"));
        m_leaderScore = realBox(valueRow, 0, 1, 0.01, 2);
        valueLayout->addWidget(m_leaderTop);
        valueLayout->addWidget(m_leaderShare);
        valueLayout->addWidget(m_leaderScore);
        valueLayout->addWidget(m_leaderCount);
        m_leaderValueHint = s.add(QString(), valueRow, QString(), {}, &m_leaderValueLabel);
        m_leaderScore->setToolTip(tr("Leader score: the weighted mean of the member's percentiles in the network."));
        m_minDegree = intBox(s.parent(), 1, 1000);
        s.add(tr("Fewest contacts"), m_minDegree, tr("A leader talks with at least this many different members."),
            tr("Minimum degree in the interaction network."));

        connect(m_leaderMode, &QComboBox::activated, this, [this](int i) {
            const core::LeaderSelection selection = modeAt(i);
            // The new mode starts where the old one was: as many leaders as now.
            const std::uint32_t now
                = m_results && m_results->leaders && m_results->thresholds.leaders == m_shown.leaders
                ? static_cast<std::uint32_t>(m_results->leaders->leaders.size())
                : 0;
            const core::Vertex network = m_results && m_results->graph ? m_results->graph->vertexCount() : 0;
            edit([selection, now, network](core::Thresholds& t) {
                if (t.leaders.selection == selection)
                    return;
                const core::LeaderSelection before = t.leaders.selection;
                t.leaders.selection = selection;
                if (selection == core::LeaderSelection::TopCount)
                    t.leaders.topK = now > 0 ? now : 100;
                else if (before == core::LeaderSelection::TopCount)
                    t.leaders.topK = 0; // no cap left over under a score
                if (selection == core::LeaderSelection::TopShare && now > 0 && network > 0)
                    t.leaders.share = std::clamp(std::ceil(1000.0 * now / network) / 1000.0, 0.001, 1.0);
            });
        });
        connect(m_leaderTop, &QSpinBox::valueChanged, this,
            [this](int v) { edit([v](core::Thresholds& t) { t.leaders.topK = static_cast<std::uint32_t>(v); }); });
        connect(m_leaderShare, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit([v](core::Thresholds& t) { t.leaders.share = v / 100.0; }); });
        connect(m_leaderScore, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit([v](core::Thresholds& t) { t.leaders.threshold = v; }); });
        connect(m_minDegree, &QSpinBox::valueChanged, this,
            [this](int v) { edit([v](core::Thresholds& t) { t.leaders.minDegree = static_cast<std::uint32_t>(v); }); });

        auto* what = new QLabel(tr("What makes a leader"), s.parent());
        what->setObjectName(QStringLiteral("settingSubheading"));
        s.addWide(what, 12);
        s.addHint(tr("Shares of the leader score; they always add up to 100 %."));
        const QString names[] = { tr("Heard by influential members"), tr("Many different members reply"),
            tr("Connects separate groups"), tr("Lots of conversation"), tr("Part of the close-knit core") };
        const QString hints[] = { tr("How much attention from members who are themselves listened to counts."),
            tr("How much being replied to by many different members counts."),
            tr("How much linking members who would otherwise not meet counts."),
            tr("How much the sheer amount of interaction counts."),
            tr("How much belonging to the most tightly connected circle counts.") };
        const QString tips[] = { tr("PageRank: attention flowing in from attended-to members."),
            tr("In-degree: distinct members who address them."),
            tr("Betweenness (brokerage): shortest paths between others that run through them."),
            tr("Strength: total interaction weight."), tr("Core number: depth in the k-core decomposition.") };
        for (size_t i = 0; i < m_leaderWeights.size(); ++i) {
            m_leaderWeights[i] = intBox(s.parent(), 0, 100, QStringLiteral(" %"));
            m_leaderWeights[i]->setAccelerated(false);
            s.add(names[i], m_leaderWeights[i], hints[i], tips[i]);
            connect(m_leaderWeights[i], &QSpinBox::valueChanged, this, [this, i](int v) {
                const std::array<int, 5> shares = rebalance(sharesOf(m_shown.leaders.weights), i, v);
                edit([&shares](core::Thresholds& t) {
                    for (size_t k = 0; k < shares.size(); ++k)
                        *weightField(t.leaders.weights, k) = shares[k] / 100.0;
                });
            });
        }
    }

    // Network.
    {
        Section s(layout, body, tr("Network"));
        m_groupBoxes[3] = s.box();
        m_graphWindow = intBox(s.parent(), 0, 3650, days);
        m_graphWindow->setSpecialValueText(tr("all history"));
        s.add(tr("Interactions from the last"), m_graphWindow,
            tr("Older conversations are left out; a change rebuilds the network."),
            tr("Graph time window in days up to the end of the network's data (0: all history)."));
        connect(m_graphWindow, &QSpinBox::valueChanged, this,
            [this](int v) { edit([v](core::Thresholds& t) { t.graphWindowDays = v; }); });
    }

    // Retention.
    {
        Section s(layout, body, tr("Cohorts"));
        m_groupBoxes[4] = s.box();
        m_cohortPeriod = new QComboBox(s.parent());
        m_cohortPeriod->addItems({ tr("Month they joined"), tr("Week they joined") });
        s.add(tr("Group members by"), m_cohortPeriod,
            tr("Members who joined in the same month or week form one cohort."),
            tr("Weeks are ISO weeks (Monday first)."));
        connect(m_cohortPeriod, &QComboBox::activated, this, [this](int i) {
            edit([i](core::Thresholds& t) {
                t.cohortPeriod = i == 1 ? core::Granularity::Week : core::Granularity::Month;
            });
        });
    }

    // Conversion.
    {
        Section s(layout, body, tr("Conversion"));
        m_groupBoxes[5] = s.box();
        m_funnelWindow = intBox(s.parent(), 0, 3650, days);
        m_funnelWindow->setSpecialValueText(tr("no limit"));
        s.add(tr("Count steps reached within"), m_funnelWindow,
            tr("A step counts only when reached within this many days of joining."),
            tr("Funnel window in days after joined_at (0: no limit)."));
        connect(m_funnelWindow, &QSpinBox::valueChanged, this,
            [this](int v) { edit([v](core::Thresholds& t) { t.funnel.windowDays = v; }); });
    }

    // Pricing.
    {
        Section s(layout, body, tr("Pricing"));
        m_groupBoxes[6] = s.box();
        m_renewalGrace = intBox(s.parent(), 0, 365, days);
        s.add(tr("Renewal grace"), m_renewalGrace,
            tr("A plan counts as renewed when the next order comes within this many days of its end."));
        const QString months = tr(" months");
        m_ltvWindow = intBox(s.parent(), 1, 120, months);
        s.add(tr("Lifetime value from the last"), m_ltvWindow,
            tr("Complete months averaged to project what a paying member is worth."));
        m_longestStay = intBox(s.parent(), 1, 1200, months);
        s.add(tr("Longest expected stay"), m_longestStay,
            tr("Caps how long a paying member is expected to stay, however few leave."),
            tr("1 ÷ the floor of the monthly churn rate in the lifetime-value projection."));
        connect(m_renewalGrace, &QSpinBox::valueChanged, this,
            [this](int v) { edit([v](core::Thresholds& t) { t.pricing.renewalGraceDays = v; }); });
        connect(m_ltvWindow, &QSpinBox::valueChanged, this,
            [this](int v) { edit([v](core::Thresholds& t) { t.pricing.ltvWindowMonths = v; }); });
        connect(m_longestStay, &QSpinBox::valueChanged, this,
            [this](int v) { edit([v](core::Thresholds& t) { t.pricing.churnFloor = 1.0 / v; }); });
    }

    // Recommendations: cheap (re-ranking only).
    {
        Section s(layout, body, tr("Recommendations"));
        m_groupBoxes[7] = s.box();
        m_k = intBox(s.parent(), 1, 100);
        s.add(tr("Products per list"), m_k, tr("How many products each member's list shows."));
        m_neighbours = intBox(s.parent(), 0, 100000);
        m_neighbours->setSpecialValueText(tr("all"));
        s.add(tr("Compare with the closest"), m_neighbours,
            tr("How many of the most alike members or products a suggestion draws on."),
            tr("kNN neighbourhood size (0: all)."));
        m_floor = realBox(s.parent(), 0, 1, 0.01, 2);
        s.add(tr("Ignore likeness below"), m_floor,
            tr("Pairs less alike than this (0 to 1) are left out; 0 keeps all."),
            tr("Similarity floor: cosine similarities below it are dropped."));
        m_alpha = intBox(s.parent(), 0, 100, QStringLiteral(" %"));
        s.add(tr("From similar products"), m_alpha,
            tr("Mixed method: this much from similar products, the rest from similar members."),
            tr("Hybrid α: α × item kNN + (1 − α) × user kNN."));
        connect(
            m_k, &QSpinBox::valueChanged, this, [this](int v) { edit([v](core::Thresholds& t) { t.rank.k = v; }); });
        connect(m_neighbours, &QSpinBox::valueChanged, this,
            [this](int v) { edit([v](core::Thresholds& t) { t.rank.neighbours = v; }); });
        connect(m_floor, &QDoubleSpinBox::valueChanged, this,
            [this](double v) { edit([v](core::Thresholds& t) { t.rank.floor = v; }); });
        connect(m_alpha, &QSpinBox::valueChanged, this,
            [this](int v) { edit([v](core::Thresholds& t) { t.rank.alpha = v / 100.0; }); });
    }

    layout->addStretch(1);
    connect(m_reset, &QPushButton::clicked, this, &ThresholdsPanel::resetShown);
    connect(m_controller, &AnalysisController::thresholdsChanged, this, &ThresholdsPanel::display);
    display(m_controller->thresholds());
    setResults(m_controller->results());
    // Wide enough for the controls, and for a hint to read in two lines: the scroll area only
    // scrolls vertically.
    setMinimumWidth(std::max(body->minimumSizeHint().width(), fontMetrics().averageCharWidth() * 40)
        + scroll->verticalScrollBar()->sizeHint().width() + 4);
}

const core::Thresholds& ThresholdsPanel::thresholds() const
{
    return m_controller->thresholds();
}

QGroupBox* ThresholdsPanel::group(Group g) const
{
    for (int i = 0; i < groupCount; ++i) {
        if (g == (1u << i))
            return m_groupBoxes[static_cast<size_t>(i)];
    }
    return nullptr;
}

void ThresholdsPanel::showGroups(Groups groups)
{
    m_groups = groups & allGroups;
    for (int i = 0; i < groupCount; ++i)
        m_groupBoxes[static_cast<size_t>(i)]->setVisible((m_groups & (1u << i)) != 0);
    m_nothing->setVisible(m_groups == 0);
    m_reset->setEnabled(m_groups != 0);
}

void ThresholdsPanel::edit(const std::function<void(core::Thresholds&)>& change)
{
    if (m_syncing)
        return;
    core::Thresholds t = m_controller->thresholds();
    change(t);
    m_controller->setThresholds(t); // answers with thresholdsChanged: display() shows it
}

void ThresholdsPanel::resetShown()
{
    const core::Thresholds d;
    const Groups g = m_groups;
    edit([&d, g](core::Thresholds& t) {
        if (g & Levels) {
            t.engagement = d.engagement;
            t.levels = d.levels;
        }
        if (g & Churn)
            t.churn = d.churn;
        if (g & Leaders)
            t.leaders = d.leaders;
        if (g & Network)
            t.graphWindowDays = d.graphWindowDays;
        if (g & Cohorts)
            t.cohortPeriod = d.cohortPeriod;
        if (g & Funnel)
            t.funnel.windowDays = d.funnel.windowDays;
        if (g & Pricing)
            t.pricing = d.pricing;
        if (g & Recommendations)
            t.rank = d.rank;
    });
}

void ThresholdsPanel::showLeaderMode(core::LeaderSelection selection)
{
    m_leaderMode->setCurrentIndex(modeIndex(selection));
    m_leaderTop->setVisible(selection == core::LeaderSelection::TopCount);
    m_leaderShare->setVisible(selection == core::LeaderSelection::TopShare);
    m_leaderScore->setVisible(selection == core::LeaderSelection::Score);
    switch (selection) {
    case core::LeaderSelection::TopCount:
        m_leaderValueLabel->setText(tr("How many"));
        m_leaderValueHint->setText(tr("The members with the highest leader scores."));
        break;
    case core::LeaderSelection::TopShare:
        m_leaderValueLabel->setText(tr("Share"));
        m_leaderValueHint->setText(tr("Of the members who talk with others, those with the highest scores."));
        break;
    case core::LeaderSelection::Score:
        m_leaderValueLabel->setText(tr("Lowest score"));
        m_leaderValueHint->setText(tr("From 0 to 1: 0.95 means ahead of 95 % of the network on average."));
        break;
    }
}

void ThresholdsPanel::showCutoffMode(bool share)
{
    const QString names[] = { share ? tr("Core: top") : tr("Core from"), share ? tr("Active: top") : tr("Active from"),
        share ? tr("Casual: top") : tr("Casual from") };
    const QString hints[] = { share ? tr("The most engaged share of members.")
                                    : tr("Score of the most engaged members; at least Active's."),
        share ? tr("Share that is at least active, Core included.")
              : tr("Score to count as active; between Casual and Core."),
        share ? tr("Share that is at least casual; the rest are dormant.")
              : tr("Score to count as casual; below it a member is dormant.") };
    for (size_t i = 0; i < 3; ++i) {
        m_cutoffLabel[i]->setText(names[i]);
        m_cutoffHint[i]->setText(hints[i]);
        m_cutoffBox[i]->setRange(0, share ? 100.0 : 1e6);
        m_cutoffBox[i]->setDecimals(share ? 1 : 2);
        m_cutoffBox[i]->setSingleStep(share ? 1.0 : 0.5);
        m_cutoffBox[i]->setSuffix(share ? QStringLiteral(" %") : QString());
    }
}

void ThresholdsPanel::display(const core::Thresholds& t)
{
    const bool levelsChanged = t.levels != m_shown.levels;
    const bool was = m_syncing;
    m_syncing = true;
    m_shown = t;
    // Leaders
    showLeaderMode(t.leaders.selection);
    m_leaderTop->setValue(static_cast<int>(std::max<std::uint32_t>(1, t.leaders.topK)));
    m_leaderShare->setValue(t.leaders.share * 100.0);
    m_leaderScore->setValue(t.leaders.threshold);
    m_minDegree->setValue(static_cast<int>(t.leaders.minDegree));
    const std::array<int, 5> shares = sharesOf(t.leaders.weights);
    for (size_t i = 0; i < m_leaderWeights.size(); ++i)
        m_leaderWeights[i]->setValue(shares[i]);
    // Levels
    const bool share = t.levels.mode == core::CutoffMode::Share;
    m_scoreView->setCurrentIndex(t.levels.view == core::ScoreView::Max ? 1 : 0);
    m_cutoffMode->setCurrentIndex(share ? 1 : 0);
    showCutoffMode(share);
    const core::LevelCutoffs ordered = t.levels.ordered();
    const double cutoffs[] = { ordered.core, ordered.active, ordered.casual };
    for (size_t i = 0; i < 3; ++i)
        m_cutoffBox[i]->setValue(share ? cutoffs[i] * 100.0 : cutoffs[i]);
    m_halfLife->setValue(static_cast<int>(std::lround(t.engagement.halfLifeDays)));
    for (size_t k = 0; k < m_weights.size(); ++k)
        m_weights[k]->setValue(t.engagement.weights[k]);
    // The rest
    m_silentDays->setValue(t.churn.silentDays);
    m_lostDays->setValue(t.churn.lostAfterDays);
    m_graphWindow->setValue(t.graphWindowDays);
    m_cohortPeriod->setCurrentIndex(t.cohortPeriod == core::Granularity::Week ? 1 : 0);
    m_funnelWindow->setValue(t.funnel.windowDays);
    m_renewalGrace->setValue(t.pricing.renewalGraceDays);
    m_ltvWindow->setValue(t.pricing.ltvWindowMonths);
    m_longestStay->setValue(
        t.pricing.churnFloor > 0 ? static_cast<int>(std::lround(1.0 / t.pricing.churnFloor)) : 1200);
    m_k->setValue(t.rank.k);
    m_neighbours->setValue(t.rank.neighbours);
    m_floor->setValue(t.rank.floor);
    m_alpha->setValue(static_cast<int>(std::lround(t.rank.alpha * 100.0)));
    m_syncing = was;
    updateLeaderCount();
    if (levelsChanged)
        updatePreview();
}

void ThresholdsPanel::setResults(std::shared_ptr<const core::AnalysisResults> results)
{
    const bool newScores = !m_results || !results || m_results->scores != results->scores;
    m_results = std::move(results);
    updateLeaderCount();
    if (m_results && m_results->levels && !newScores && m_results->thresholds.levels == m_shown.levels) {
        m_preview->setCounts(m_results->levels->counts);
        return;
    }
    updatePreview();
}

void ThresholdsPanel::updateLeaderCount()
{
    // The count of the ranking for the leader settings shown; "…" while it is on its way.
    if (m_results && m_results->leaders && m_results->thresholds.leaders == m_shown.leaders) {
        const size_t n = m_results->leaders->leaders.size();
        m_leaderCount->setText(n == 1 ? tr("1 leader") : tr("%1 leaders").arg(fmt::count(static_cast<double>(n))));
    } else {
        m_leaderCount->setText(QStringLiteral("…"));
    }
}

std::array<int, core::engagementLevelCount> ThresholdsPanel::previewCounts() const
{
    return m_preview->counts();
}

std::array<int, 5> ThresholdsPanel::leaderShares() const
{
    std::array<int, 5> out {};
    for (size_t i = 0; i < out.size(); ++i)
        out[i] = m_leaderWeights[i]->value();
    return out;
}

void ThresholdsPanel::updatePreview()
{
    if (!m_results || !m_results->scores)
        return;
    auto scores = m_results->scores;
    const core::LevelCutoffs cutoffs = m_shown.levels;
    // The latest cut-offs only.
    m_previewJob->start(
        [scores, cutoffs](const core::TaskControl&) { return core::bucketLevels(*scores, cutoffs).counts; },
        [this](const std::array<int, core::engagementLevelCount>& counts) {
            m_preview->setCounts(counts);
            Q_EMIT previewUpdated();
        });
}

} // namespace kinsight::ui
