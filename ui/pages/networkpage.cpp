#include "networkpage.h"

#include <algorithm>

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

#include "core/text/reasontext.h"
#include "ui/analysiscontroller.h"
#include "ui/charts/chartwidget.h"
#include "ui/format.h"
#include "ui/models/leadersmodel.h"
#include "ui/widgets/networkcanvas.h"
#include "ui/widgets/tableview.h"

namespace kinsight::ui {

NetworkPage::NetworkPage(AnalysisController* controller, QWidget* parent)
    : Page(controller, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    layout->addWidget(heading(tr("Network"), this));
    m_summary = note(QString(), this);
    layout->addWidget(m_summary);

    auto* split = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(split);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_canvas = new NetworkCanvas(left);
    leftLayout->addWidget(m_canvas, 1);
    auto* legend = note(tr("Top leaders and their strongest ties. Size: leader score; colour: community; ringed: "
                           "leader. Wheel to zoom, drag to pan, click a member to open them."),
        left);
    leftLayout->addWidget(legend);
    auto* reset = new QPushButton(tr("Reset zoom"), left);
    connect(reset, &QPushButton::clicked, m_canvas, &NetworkCanvas::resetZoom);
    leftLayout->addWidget(reset, 0, Qt::AlignLeft);

    auto* right = new QSplitter(Qt::Vertical, split);
    auto* tableBox = new QWidget(right);
    auto* tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addWidget(heading(tr("Opinion leaders"), tableBox));
    m_leaders = new LeadersModel(this);
    m_leadersView = new TableView(tableBox);
    m_leadersView->setModel(m_leaders);
    m_leadersView->horizontalHeader()->setStretchLastSection(true);
    tableLayout->addWidget(m_leadersView, 1);
    auto* buttons = new QHBoxLayout();
    m_neighbours = new QPushButton(tr("List the leader's neighbours"), tableBox);
    auto* all = new QPushButton(tr("List all leaders"), tableBox);
    buttons->addWidget(m_neighbours);
    buttons->addWidget(all);
    buttons->addStretch(1);
    tableLayout->addLayout(buttons);
    auto* timelineBox = new QWidget(right);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    m_timeline = new ChartWidget(timelineBox);
    m_timeline->showEmpty(
        tr("Leaders over time: the top five leaders' scores in each of the last six months' networks."));
    timelineLayout->addWidget(m_timeline, 1);
    right->addWidget(tableBox);
    right->addWidget(timelineBox);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({ 520, 420 });
    layout->addWidget(split, 1);

    connect(m_canvas, &NetworkCanvas::memberClicked, this, &Page::openMember);
    connect(m_leadersView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex& index) {
        const core::Index member = m_leaders->member(index.row());
        if (member != core::noIndex)
            Q_EMIT openMember(member);
    });
    connect(m_neighbours, &QPushButton::clicked, this, [this] {
        const auto r = results();
        const core::Index m = selectedLeader();
        if (!r || !r->graph || m == core::noIndex)
            return;
        const core::Vertex v = (*r->memberVertex)[static_cast<size_t>(m)];
        drillDownAsync(tr("Neighbours of leader %1").arg(r->community->members.ids.qstring(m)), [r, v] {
            std::vector<core::Index> out;
            for (core::Vertex u : r->graph->graph->neighbours(v))
                out.push_back(r->graph->graph->member(u));
            std::sort(out.begin(), out.end());
            return out;
        });
    });
    connect(all, &QPushButton::clicked, this, [this] {
        const auto r = results();
        if (!r || !r->leaders)
            return;
        drillDownAsync(tr("Opinion leaders"), [r] {
            std::vector<core::Index> out;
            for (const auto& l : r->leaders->leaders)
                out.push_back(l.member);
            std::sort(out.begin(), out.end());
            return out;
        });
    });
    connect(controller, &AnalysisController::leaderTimelineReady, this,
        [this](std::shared_ptr<const core::LeaderTimeline> t) {
            const auto r = results();
            if (!r)
                return;
            LineChartSpec spec;
            spec.title = tr("Leaders over time");
            spec.xTitle = tr("Month");
            spec.yTitle = tr("Leader score");
            spec.format = ValueFormat::Decimal;
            // Fitted to the scores (leaders' scores are close to one another, near the top), never
            // above the score's ceiling of 1.
            spec.yMax = 1.0;
            spec.fitToData = true;
            // One tick per month: more would repeat a month's label between two points.
            spec.tickCount = std::max(2, static_cast<int>(t->months.size()));
            for (size_t m = 0; m < t->members.size(); ++m) {
                QString name = r->community->members.names.qstring(t->members[m]);
                if (name.isEmpty())
                    name = r->community->members.ids.qstring(t->members[m]);
                ChartSeries s { name, {} };
                for (size_t k = 0; k < t->months.size(); ++k) {
                    const int month = t->months[k];
                    const int y = month / 12;
                    const core::Day first = core::daysFromCivil(y, static_cast<unsigned>(month - y * 12 + 1), 1);
                    const auto& p = t->at(m, k);
                    s.points.emplace_back(static_cast<double>(core::startOfDay(first)) * 1000.0,
                        p.present ? p.score : std::numeric_limits<double>::quiet_NaN());
                }
                spec.series.push_back(std::move(s));
            }
            m_timeline->setLineChart(spec);
        });
    connect(controller, &AnalysisController::leaderTimelineFailed, this, [this](const QString& error) {
        // Shown again, the page tries once more.
        m_timelineKey.reset();
        m_timeline->showEmpty(tr("Leaders over time could not be computed: %1").arg(error));
    });
}

void NetworkPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    requestTimelineIfDue();
}

void NetworkPage::requestTimelineIfDue()
{
    const auto r = results();
    if (!isVisible() || !r || !r->graph || !r->leaders)
        return;
    TimelineKey key;
    key.community = r->community.get();
    for (const auto& l : r->leaders->leaders) {
        if (key.members.size() >= 5)
            break;
        key.members.push_back(l.member);
    }
    if (key.members.empty()) {
        m_timelineKey.reset();
        m_timeline->showEmpty(tr("Leaders over time: there are no opinion leaders at the current settings."));
        return;
    }
    key.scoring.weights = r->thresholds.leaders.weights;
    key.scoring.minDegree = r->thresholds.leaders.minDegree;
    key.types = r->thresholds.graphTypes;
    if (m_timelineKey == key)
        return;
    m_timelineKey = key;
    m_timeline->showEmpty(tr("Computing the top five leaders' scores in each of the last six months' networks…"));
    controller()->requestLeaderTimeline(key.members, 6);
}

core::Index NetworkPage::selectedLeader() const
{
    const QModelIndex current = m_leadersView->currentIndex();
    return m_leaders->member(current.isValid() ? current.row() : 0);
}

core::Parts NetworkPage::shownParts() const
{
    using core::bit;
    return bit(core::Part::Graph) | bit(core::Part::Leaders) | bit(core::Part::NetworkView);
}

void NetworkPage::refresh(const core::AnalysisResults& r)
{
    const core::Community& c = *r.community;
    if (!r.graph) {
        m_summary->setText(tr("Computing the interaction network…"));
        m_canvas->setView(nullptr, r.community);
        m_leaders->setResults(nullptr);
        return;
    }
    const core::GraphSummary& s = r.graph->summary;
    if (s.vertices == 0) {
        m_summary->setText(tr("No interactions between members yet. Import an interactions file (from_member_id, "
                              "to_member_id, occurred_at) with File › Import… to see who leads opinion."));
        m_canvas->setView(nullptr, r.community);
        m_leaders->setResults(nullptr);
        m_timelineKey.reset();
        m_timeline->showEmpty(tr("Leaders over time: no interactions between members yet."));
        return;
    }
    const QString window = r.thresholds.graphWindowDays > 0
        ? tr("last %n day(s)", nullptr, r.thresholds.graphWindowDays)
        : tr("all history");
    // How the leaders were chosen, as the thresholds panel says it.
    const core::LeaderOptions& lo = r.thresholds.leaders;
    QString rule;
    switch (lo.selection) {
    case core::LeaderSelection::Score:
        rule = tr("score at least %1").arg(fmt::decimal(lo.threshold, 2));
        break;
    case core::LeaderSelection::TopCount:
        rule = lo.topK == 1 ? tr("the top member by score")
                            : tr("the top %1 members by score").arg(fmt::count(static_cast<double>(lo.topK)));
        break;
    case core::LeaderSelection::TopShare:
        rule = tr("the top %1 of the network by score").arg(fmt::percent(lo.share, lo.share < 0.1 ? 1 : 0));
        break;
    }
    m_summary->setText(
        tr("%1 members in the network (%2 of all), %3 ties, %4 communities (modularity %5), average "
           "clustering %6; %7 leaders (%8). Interactions: %9.")
            .arg(fmt::count(s.vertices), fmt::percent(static_cast<double>(s.vertices) / std::max(1, c.memberCount())),
                fmt::count(static_cast<double>(s.edges)), fmt::count(s.communities), fmt::decimal(s.modularity, 3),
                fmt::decimal(s.averageClustering, 3))
            .arg(r.leaders ? fmt::count(static_cast<double>(r.leaders->leaders.size())) : QStringLiteral("…"), rule,
                window));
    m_canvas->setView(r.network, r.community);

    m_leaders->setResults(r.leaders ? results() : nullptr);
    m_leadersView->fitColumns();
    requestTimelineIfDue();
}

} // namespace kinsight::ui
