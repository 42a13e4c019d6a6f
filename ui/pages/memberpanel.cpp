#include "memberpanel.h"

#include <cmath>

#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/analysis/memberprofile.h"
#include "core/text/format.h"
#include "core/text/reasontext.h"
#include "ui/analysiscontroller.h"
#include "ui/charts/chartwidget.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/models/rowsmodel.h"
#include "ui/widgets/scrollingbody.h"
#include "ui/widgets/tableview.h"

namespace kinsight::ui {

namespace {

TableView* smallTable(RowsModel* model, QWidget* parent, int rows)
{
    auto* view = new TableView(parent);
    view->setModel(model);
    view->setMinimumHeight(view->verticalHeader()->defaultSectionSize() * rows + 30);
    view->setSortingEnabled(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

MemberPanel::MemberPanel(AnalysisController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{
    QVBoxLayout* layout = scrollingBody(this, QMargins(8, 0, 0, 0), QMargins(4, 4, 8, 8));
    QWidget* content = layout->parentWidget();
    content->setObjectName(QStringLiteral("memberPanel"));
    m_title = new QLabel(content);
    m_title->setObjectName(QStringLiteral("sectionHeading"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    m_placeholder = new QLabel(tr("Select a member in the table, or click a node on the Network page, to see their "
                                  "profile, engagement, orders, network position and recommendations."),
        content);
    m_placeholder->setObjectName(QStringLiteral("note"));
    m_placeholder->setWordWrap(true);
    layout->addWidget(m_placeholder);

    m_body = new QWidget(content);
    auto* body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_body);
    layout->addStretch(1);

    auto group = [&](const QString& title) {
        auto* box = new QGroupBox(title, m_body);
        body->addWidget(box);
        return box;
    };
    auto form = [](QGroupBox* box) {
        auto* f = new QFormLayout(box);
        f->setLabelAlignment(Qt::AlignLeft);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        return f;
    };
    // A group holding one small table, `rows` rows high, over a new model.
    auto tableGroup = [&](const QString& title, RowsModel*& model, int rows) {
        QGroupBox* box = group(title);
        auto* boxLayout = new QVBoxLayout(box);
        model = new RowsModel(this);
        TableView* view = smallTable(model, box, rows);
        boxLayout->addWidget(view);
        return view;
    };

    QFormLayout* profile = form(group(tr("Profile")));
    addField(profile, QStringLiteral("id"), tr("Member ID"));
    addField(profile, QStringLiteral("name"), tr("Name"));
    addField(profile, QStringLiteral("joined"), tr("Joined"));
    addField(profile, QStringLiteral("channel"), tr("Channel"));
    addField(profile, QStringLiteral("city"), tr("City"));
    addField(profile, QStringLiteral("contact"), tr("Contact"));
    addField(profile, QStringLiteral("referrer"), tr("Referred by"));

    QGroupBox* engagementBox = group(tr("Engagement"));
    QFormLayout* engagement = form(engagementBox);
    addField(engagement, QStringLiteral("score"), tr("Score"));
    addField(engagement, QStringLiteral("level"), tr("Level"));
    addField(engagement, QStringLiteral("lifecycle"), tr("Lifecycle"));
    addField(engagement, QStringLiteral("lastActive"), tr("Last active"));
    addField(engagement, QStringLiteral("churn"), tr("Churn risk"));
    m_history = new ChartWidget(engagementBox);
    m_history->setMinimumHeight(250);
    engagement->addRow(m_history);
    m_activity = new ChartWidget(engagementBox);
    m_activity->setMinimumHeight(230);
    engagement->addRow(m_activity);

    QFormLayout* value = form(group(tr("Value (RFM)")));
    addField(value, QStringLiteral("segment"), tr("Segment"));
    addField(value, QStringLiteral("rfm"), tr("R / F / M scores"));
    addField(value, QStringLiteral("paidOrders"), tr("Paid orders"));
    addField(value, QStringLiteral("revenue"), tr("Revenue"));
    addField(value, QStringLiteral("recency"), tr("Since last paid order"));

    m_ordersView = tableGroup(tr("Orders"), m_orders, 5);
    m_ratingsView = tableGroup(tr("Ratings"), m_ratings, 3);

    QGroupBox* networkBox = group(tr("Network position"));
    QFormLayout* network = form(networkBox);
    addField(network, QStringLiteral("degree"), tr("Contacts (degree)"));
    addField(network, QStringLiteral("inDegree"), tr("Addressed by"));
    addField(network, QStringLiteral("clustering"), tr("Clustering"));
    addField(network, QStringLiteral("pagerank"), tr("PageRank"));
    addField(network, QStringLiteral("community"), tr("Community"));
    addField(network, QStringLiteral("leader"), tr("Leader score"));
    m_reasons = new QLabel(networkBox);
    m_reasons->setWordWrap(true);
    network->addRow(tr("Why"), m_reasons);
    m_neighbours = new QPushButton(tr("List neighbours"), networkBox);
    m_neighbours->setToolTip(tr("Open the members this member interacts with as a list."));
    network->addRow(QString(), m_neighbours);
    connect(m_neighbours, &QPushButton::clicked, this, [this] {
        if (!m_results || !m_results->graph || !m_results->memberVertex)
            return;
        const core::Vertex v = (*m_results->memberVertex)[static_cast<size_t>(m_member)];
        if (v == core::noVertex)
            return;
        std::vector<core::Index> members;
        for (core::Vertex u : m_results->graph->graph->neighbours(v))
            members.push_back(m_results->graph->graph->member(u));
        std::sort(members.begin(), members.end());
        Q_EMIT drillDown(tr("Neighbours of %1").arg(m_results->community->members.ids.qstring(m_member)),
            std::make_shared<const std::vector<core::Index>>(std::move(members)));
    });

    m_recommendationsView = tableGroup(tr("Recommendations"), m_recommendations, 6);
    m_recommendationsView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_recommendationsView, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_recommendationsView->indexAt(at);
        if (!index.isValid())
            return;
        // The product column's tooltip is the product id.
        const QString product = m_recommendations->index(index.row(), 1).data(Qt::ToolTipRole).toString();
        if (product.isEmpty())
            return;
        QMenu menu(this);
        menu.addAction(
            tr("Who should I offer this product to?"), this, [this, product] { Q_EMIT offerProduct(product); });
        menu.exec(m_recommendationsView->viewport()->mapToGlobal(at));
    });

    connect(m_controller, &AnalysisController::recommendationsReady, this,
        [this](core::Index member, const std::vector<core::Recommendation>& list) {
            if (member != m_member || !m_results)
                return;
            const core::Community& c = *m_results->community;
            std::vector<std::vector<RowsModel::Cell>> rows;
            int rank = 1;
            for (const auto& rec : list) {
                rows.push_back({ { QString::number(rank), rank, {}, {} },
                    { c.products.titles.qstring(rec.product), c.products.ids.qstring(rec.product),
                        c.products.ids.qstring(rec.product), {} },
                    { fmt::decimal(rec.score, 3), rec.score, {}, {} },
                    { core::reasonText(rec.reason), {}, core::reasonText(rec.reason), {} } });
                ++rank;
            }
            m_recommendations->setRows({ tr("#"), tr("Product"), tr("Score"), tr("Why") }, std::move(rows), { 0, 2 });
            m_recommendationsView->fitColumns();
        });

    // Any new results (a method or ranking change, the recommender ready, an update that
    // followed results derived ahead of it): the list is asked for again.
    connect(m_controller, &AnalysisController::resultsChanged, this, [this] {
        if (m_member != core::noIndex && m_results)
            requestRecommendations();
    });

    m_body->hide();
}

void MemberPanel::requestRecommendations()
{
    const auto latest = m_controller->results();
    if (!latest || m_member == core::noIndex || m_member >= latest->community->memberCount())
        return;
    const std::pair<core::Method, core::RankOptions> at { latest->thresholds.method, latest->thresholds.rank };
    if (!m_rankedAt || m_rankedAt->first != at.first || !(m_rankedAt->second == at.second)) {
        m_recommendations->setRows({ tr("#"), tr("Product"), tr("Score"), tr("Why") }, {}, { 0, 2 });
        m_rankedAt = at;
    }
    m_controller->requestRecommendations(m_member);
}

QLabel* MemberPanel::addField(QFormLayout* form, const QString& key, const QString& label)
{
    auto* value = new QLabel(form->parentWidget());
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    form->addRow(label, value);
    m_fields[key] = value;
    return value;
}

void MemberPanel::setField(const QString& key, const QString& value)
{
    const auto it = m_fields.find(key);
    if (it != m_fields.end())
        it->second->setText(value.isEmpty() ? QStringLiteral("—") : value);
}

QString MemberPanel::field(const QString& key) const
{
    const auto it = m_fields.find(key);
    return it == m_fields.end() ? QString() : it->second->text();
}

void MemberPanel::setResults(std::shared_ptr<const core::AnalysisResults> results)
{
    const bool sameCommunity = m_results && results && m_results->community == results->community;
    m_results = std::move(results);
    if (!sameCommunity)
        m_member = core::noIndex;
    rebuild();
    requestRecommendations();
}

void MemberPanel::showMember(core::Index member)
{
    if (member == m_member)
        return;
    m_member = member;
    m_rankedAt.reset(); // another member: their own list
    rebuild();
    requestRecommendations();
}

void MemberPanel::rebuild()
{
    if (!m_results || m_member == core::noIndex || m_member >= m_results->community->memberCount()) {
        m_title->setText(tr("Member 360"));
        m_body->hide();
        m_placeholder->show();
        return;
    }
    m_placeholder->hide();
    m_body->show();
    const core::AnalysisResults& r = *m_results;
    const core::Community& c = *r.community;
    const core::Index m = m_member;
    const auto i = static_cast<size_t>(m);
    const QString name = c.members.names.qstring(m);
    m_title->setText(name.isEmpty() ? c.members.ids.qstring(m) : tr("%1 · %2").arg(name, c.members.ids.qstring(m)));

    setField(QStringLiteral("id"), c.members.ids.qstring(m));
    setField(QStringLiteral("name"), name);
    setField(QStringLiteral("joined"), fmt::dateTime(c.members.joinedAt[i], c.timeZone));
    setField(QStringLiteral("channel"),
        c.members.channel[i] == core::noIndex ? QString() : c.channels.qname(c.members.channel[i]));
    setField(
        QStringLiteral("city"), c.members.city[i] == core::noIndex ? QString() : c.cities.qname(c.members.city[i]));
    QStringList contact;
    if (!c.members.emails.view(m).empty())
        contact << c.members.emails.qstring(m);
    if (!c.members.phones.view(m).empty())
        contact << c.members.phones.qstring(m);
    setField(QStringLiteral("contact"), contact.join(QStringLiteral(", ")));
    const core::Index ref = c.members.referrer[i];
    setField(QStringLiteral("referrer"), ref == core::noIndex ? QString() : c.members.ids.qstring(ref));

    // Engagement now and its history: the score at each of the last 12 month ends (and the end
    // of the data), bucketed with the thresholds applied now.
    const bool maxView = r.thresholds.levels.view == core::ScoreView::Max;
    if (r.scores) {
        const double score = (maxView ? r.scores->max : r.scores->sum)[i];
        setField(QStringLiteral("score"),
            tr("%1 (%2 activities)").arg(fmt::decimal(score, 1), fmt::count(r.scores->activities[i])));
    }
    if (r.levels)
        setField(QStringLiteral("level"), label::level(r.levels->level[i]));
    if (r.memberStatus)
        setField(QStringLiteral("lifecycle"), label::lifecycle((*r.memberStatus)[i]));
    if (r.activity) {
        const auto days = r.activity->of(m);
        setField(QStringLiteral("lastActive"),
            days.empty() ? tr("never") : tr("%1 (%2 active days)").arg(fmt::day(days.back())).arg(days.size()));
    }
    if (r.churn)
        setField(QStringLiteral("churn"),
            r.churn->reasons[i] ? core::reasonsText(core::churnReasons(r.churn->reasons[i], r.thresholds.churn))
                                : tr("not flagged"));

    m_history->setCurrency(c.currency);
    if (c.dataEnd != core::noTimestamp && r.levels) {
        std::vector<core::Timestamp> refs;
        const int endMonth = c.timeZone.monthIndexOf(c.dataEnd);
        for (int k = 11; k >= 1; --k) // the end of each month in the zone: the next one's start, minus a second
            refs.push_back(c.timeZone.startOfMonth(endMonth - k + 1) - 1);
        refs.push_back(c.dataEnd);
        const auto history = core::memberScoreHistory(c, r.thresholds.engagement, r.thresholds.levels.view, m, refs);
        LineChartSpec spec;
        spec.title = tr("Score over the last 12 months");
        spec.dateFormat = core::monthAxisFormat(false); // Nov / 11月

        spec.tickCount = 4;
        spec.format = ValueFormat::Decimal;
        // The level lines in their levels' colours (as in the thresholds panel and the Overview); the
        // score in a colour no level uses.
        ChartSeries s { tr("Score"), {}, core::engagementLevelCount };
        ChartSeries coreLine { label::level(core::EngagementLevel::Core), {},
            static_cast<int>(core::EngagementLevel::Core) };
        ChartSeries activeLine { label::level(core::EngagementLevel::Active), {},
            static_cast<int>(core::EngagementLevel::Active) };
        QStringList levels;
        for (size_t k = 0; k < refs.size(); ++k) {
            // The axis labels UTC dates: plot the local wall-clock time so that it shows the zone's month.
            const double x = static_cast<double>(c.timeZone.toLocal(refs[k])) * 1000.0;
            s.points.emplace_back(x, history[k]);
            if (std::isfinite(r.levels->coreThreshold))
                coreLine.points.emplace_back(x, r.levels->coreThreshold);
            if (std::isfinite(r.levels->activeThreshold))
                activeLine.points.emplace_back(x, r.levels->activeThreshold);
            levels << label::level(core::levelOfScore(history[k], *r.levels));
        }
        spec.series = { s, coreLine, activeLine };
        m_history->setLineChart(spec);
        m_history->setToolTip(tr("Levels at the month ends, oldest first: %1").arg(levels.join(QStringLiteral(" → "))));

        BarChartSpec bars;
        bars.title = tr("Activities per month");

        const auto perMonth = core::memberActivityByMonth(c, m, c.dataEnd, 12);
        ChartSeries set { tr("Activities"), {} };
        for (int k = 0; k < 12; ++k) {
            // Month numbers only: twelve labels fit a narrow panel.
            bars.categories << core::formatMonthIndexLabel(endMonth - 11 + k, false);
            set.points.emplace_back(k, perMonth[static_cast<size_t>(k)]);
        }
        bars.sets = { set };
        m_activity->setBarChart(bars);
    }

    if (r.rfm && r.segments) {
        setField(QStringLiteral("segment"), label::segment(r.segments->segment[i]));
        setField(QStringLiteral("rfm"),
            r.rfm->r[i] ? tr("%1 / %2 / %3").arg(r.rfm->r[i]).arg(r.rfm->f[i]).arg(r.rfm->m[i]) : QString());
        setField(QStringLiteral("paidOrders"), fmt::count(r.rfm->frequency[i]));
        setField(QStringLiteral("revenue"), fmt::money(r.rfm->monetary[i], c.currency));
        setField(QStringLiteral("recency"),
            r.rfm->recencyDays[i] < 0 ? tr("no paid order") : tr("%n day(s)", nullptr, r.rfm->recencyDays[i]));
    }

    std::vector<std::vector<RowsModel::Cell>> orders;
    for (core::Index o : c.ordersOf(m)) {
        const auto k = static_cast<size_t>(o);
        const core::Index p = c.orders.product[k];
        // An order of several lines shows every product of its lines.
        QString titles;
        QString ids;
        c.forEachLine(o, [&](core::Index product, core::Cents) {
            titles += (titles.isEmpty() ? QString() : QStringLiteral(" + ")) + c.products.titles.qstring(product);
            ids += (ids.isEmpty() ? QString() : QStringLiteral(", ")) + c.products.ids.qstring(product);
        });
        if (titles.isEmpty()) {
            titles = c.products.titles.qstring(p);
            ids = c.products.ids.qstring(p);
        }
        QString type = label::orderType(c.orders.type[k]);
        if (c.orders.plan[k] != core::Plan::None)
            type += QStringLiteral(" · ") + label::plan(c.orders.plan[k]);
        orders.push_back(
            { { fmt::day(c.timeZone.dayOf(c.orders.paidAt[k])), static_cast<qlonglong>(c.orders.paidAt[k]), {}, {} },
                { titles, {}, ids, {} }, { type, {}, {}, {} },
                { fmt::money(c.orders.amount[k], c.currency), static_cast<qlonglong>(c.orders.amount[k]), {}, {} },
                { label::orderStatus(c.orders.status[k]), {}, {}, {} } });
    }
    std::reverse(orders.begin(), orders.end()); // newest first
    m_orders->setRows({ tr("Date"), tr("Product"), tr("Type"), tr("Amount"), tr("Status") }, std::move(orders), { 3 });
    m_ordersView->fitColumns();

    std::vector<std::vector<RowsModel::Cell>> ratings;
    for (core::Index x : c.ratingsOf(m)) {
        const auto k = static_cast<size_t>(x);
        const int stars = c.ratings.rating[k];
        ratings.push_back({ { fmt::day(c.timeZone.dayOf(c.ratings.ratedAt[k])), {}, {}, {} },
            { c.products.titles.qstring(c.ratings.product[k]), {}, {}, {} },
            { QString(stars, QChar(0x2605)) + QString(5 - stars, QChar(0x2606)), stars, {}, {} },
            { c.ratings.reviews.qstring(x), {}, c.ratings.reviews.qstring(x), {} } });
    }
    std::reverse(ratings.begin(), ratings.end());
    m_ratings->setRows({ tr("Date"), tr("Product"), tr("Rating"), tr("Review") }, std::move(ratings));
    m_ratingsView->fitColumns();

    // Network position.
    const core::Vertex v = r.memberVertex ? (*r.memberVertex)[i] : core::noVertex;
    if (v == core::noVertex || !r.graph) {
        const QString none = r.graph ? tr("not in the interaction graph") : tr("computing…");
        for (const char* key : { "degree", "inDegree", "clustering", "pagerank", "community", "leader" })
            setField(QString::fromLatin1(key), QString());
        setField(QStringLiteral("degree"), none);
        m_reasons->setText(QString());
        m_neighbours->setEnabled(false);
    } else {
        const core::GraphMetrics& g = *r.graph;
        setField(QStringLiteral("degree"),
            tr("%1 (centrality %2)").arg(fmt::count(g.degree[v]), fmt::decimal(g.degreeCentrality(v), 4)));
        setField(QStringLiteral("inDegree"), tr("%n member(s)", nullptr, static_cast<int>(g.inDegree[v])));
        setField(QStringLiteral("clustering"), fmt::decimal(g.clustering[v], 3));
        setField(QStringLiteral("pagerank"), QString::number(g.pageRank[v], 'g', 4));
        setField(QStringLiteral("community"),
            g.communities.empty()
                ? QString()
                : tr("#%1 (%2 members)").arg(g.community[v] + 1).arg(fmt::count(g.communities[g.community[v]].size)));
        const double score = r.leaderScore(m);
        setField(QStringLiteral("leader"),
            r.isLeader(m) ? tr("%1 — an opinion leader").arg(fmt::decimal(score, 3)) : fmt::decimal(score, 3));
        const std::vector<core::Reason> why = core::leaderReasons(g, v);
        m_reasons->setText(why.empty() ? tr("no standout metric") : core::reasonsText(why));
        m_neighbours->setEnabled(true);
    }
    if (m_recommendations->columnCount() == 0)
        m_recommendations->setRows({ tr("#"), tr("Product"), tr("Score"), tr("Why") }, {}, { 0, 2 });
}

} // namespace kinsight::ui
