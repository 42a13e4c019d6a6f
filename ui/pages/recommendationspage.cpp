#include "recommendationspage.h"

#include <algorithm>
#include <fstream>

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QShowEvent>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

#include "core/text/reasontext.h"
#include "core/util/table.h"
#include "ui/analysiscontroller.h"
#include "ui/dialogs.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/models/rowsmodel.h"
#include "ui/widgets/tableview.h"

namespace kinsight::ui {

namespace {

/// What a method does, in the operator's words.
QString plainName(core::Method m)
{
    switch (m) {
    case core::Method::Popular:
        return RecommendationsPage::tr("most popular");
    case core::Method::ItemKnn:
        return RecommendationsPage::tr("bought together");
    case core::Method::UserKnn:
        return RecommendationsPage::tr("members like them");
    case core::Method::Hybrid:
        return RecommendationsPage::tr("bought together + members like them");
    case core::Method::Content:
        return RecommendationsPage::tr("similar content");
    case core::Method::Als:
        return RecommendationsPage::tr("purchase patterns (ALS)");
    case core::Method::Ease:
        return RecommendationsPage::tr("whole-catalogue patterns (EASE)");
    case core::Method::Sequential:
        return RecommendationsPage::tr("what comes next");
    case core::Method::Social:
        return RecommendationsPage::tr("what their contacts bought");
    }
    return {};
}

} // namespace

QString RecommendationsPage::rankingText(const std::vector<core::MethodMetrics>& rows)
{
    if (rows.empty() || rows.front().members == 0)
        return RecommendationsPage::tr("Nobody has two purchases yet, so the methods cannot be compared.");
    std::vector<const core::MethodMetrics*> order;
    const core::MethodMetrics* popular = nullptr;
    for (const auto& m : rows) {
        order.push_back(&m);
        if (m.method == core::Method::Popular)
            popular = &m;
    }
    std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) { return a->ndcg > b->ndcg; });
    const core::MethodMetrics& best = *order.front();
    QString text;
    if (!popular || best.method == core::Method::Popular) {
        text = RecommendationsPage::tr("For your community, '%1' finds the next purchase best (%2 of the time).")
                   .arg(plainName(best.method), fmt::percent(best.hitRate));
    } else if (popular->hitRate <= 0.0) {
        text = RecommendationsPage::tr("For your community, '%1' finds the next purchase %2 of the time; '%3' never.")
                   .arg(plainName(best.method), fmt::percent(best.hitRate), plainName(core::Method::Popular));
    } else {
        text = RecommendationsPage::tr("For your community, '%1' finds the next purchase %2× as often as '%3'.")
                   .arg(plainName(best.method), fmt::decimal(best.hitRate / popular->hitRate, 1),
                       plainName(core::Method::Popular));
    }
    QStringList rest;
    for (size_t i = 1; i < order.size(); ++i)
        rest << plainName(order[i]->method);
    if (!rest.isEmpty())
        text += QLatin1Char(' ')
            + RecommendationsPage::tr("Then, best first: %1.")
                  .arg(rest.join(RecommendationsPage::tr(", ", "between the names of the methods")));
    return text;
}

QString RecommendationsPage::autoChoiceText(const core::AutoChoice& choice)
{
    if (choice.validationMembers == 0)
        return RecommendationsPage::tr("Chosen automatically: '%1'. Nobody has three purchases yet, so the methods "
                                       "cannot be compared on your community; this is the default.")
            .arg(plainName(choice.method));
    std::vector<size_t> order(choice.validation.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return choice.weightedNdcgOf(choice.validation[a].method) > choice.weightedNdcgOf(choice.validation[b].method);
    });
    QString text = RecommendationsPage::tr(
        "Chosen automatically: '%1'. Replaying each member's second-latest purchase (%n member(s)), it "
        "found it best: NDCG@%2 %3",
        nullptr, static_cast<int>(choice.validationMembers))
                       .arg(plainName(choice.method))
                       .arg(choice.k)
                       .arg(fmt::decimal(choice.weightedNdcgOf(choice.method), 3));
    if (order.size() > 1) {
        const core::Method second = choice.validation[order[1]].method;
        text += RecommendationsPage::tr(", ahead of '%1' (%2)")
                    .arg(plainName(second), fmt::decimal(choice.weightedNdcgOf(second), 3));
    }
    const core::MethodMetrics* chosen = choice.chosen();
    const core::MethodMetrics* popular = choice.of(core::Method::Popular);
    if (chosen && popular && popular->hitRate > 0.0 && choice.method != core::Method::Popular)
        text += RecommendationsPage::tr("; it finds that purchase %1× as often as '%2'")
                    .arg(fmt::decimal(chosen->hitRate / popular->hitRate, 1), plainName(core::Method::Popular));
    //: The end of a sentence built from the parts before (a full stop in the interface's script).
    return RecommendationsPage::tr("%1.").arg(text);
}

RecommendationsPage::RecommendationsPage(AnalysisController* controller, QWidget* parent)
    : Page(controller, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    layout->addWidget(heading(tr("Recommendations"), this));

    auto* top = new QHBoxLayout();
    auto* methodLabel = new QLabel(tr("&Method"), this);
    m_method = new QComboBox(this);
    m_method->addItem(tr("Automatic (the best for your community)"), -1);
    for (core::Method m : core::allMethods)
        m_method->addItem(label::method(m), static_cast<int>(m));
    methodLabel->setBuddy(m_method);
    auto* memberLabel = new QLabel(tr("M&ember ID"), this);
    m_member = new QLineEdit(this);
    m_member->setPlaceholderText(tr("e.g. a member id from the Members page"));
    memberLabel->setBuddy(m_member);
    auto* show = new QPushButton(tr("Recommend"), this);
    top->addWidget(methodLabel);
    top->addWidget(m_method);
    top->addSpacing(12);
    top->addWidget(memberLabel);
    top->addWidget(m_member, 1);
    top->addWidget(show);
    layout->addLayout(top);
    m_autoInfo = note(tr("Comparing the methods on your community's past purchases…"), this);
    m_autoInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_autoInfo);
    m_ranking = note(QString(), this);
    m_ranking->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_ranking);
    m_memberInfo = note(tr("Pick a member to see what to offer them next, and why."), this);
    layout->addWidget(m_memberInfo);
    m_list = new RowsModel(this);
    m_listView = new TableView(this);
    m_listView->setModel(m_list);
    m_listView->horizontalHeader()->setStretchLastSection(true);
    m_listView->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_listView, 2);

    m_tabs = new QTabWidget(this);
    auto* evalBox = new QWidget(m_tabs);
    auto* evalLayout = new QVBoxLayout(evalBox);
    m_evaluation = new RowsModel(this);
    m_evaluationView = new TableView(evalBox);
    m_evaluationView->setModel(m_evaluation);
    evalLayout->addWidget(m_evaluationView, 1);
    m_evaluate = new QPushButton(tr("Evaluate all methods"), evalBox);
    m_evaluate->setToolTip(
        tr("Holds out each member's latest purchase or high rating and checks whether each method's "
           "top list finds it (uses the list length and neighbour settings of the thresholds panel)."));
    evalLayout->addWidget(m_evaluate, 0, Qt::AlignLeft);
    m_tabs->addTab(evalBox, tr("Offline evaluation (leave the latest out)"));

    // A replay of past purchases, not an experiment on live members: named so.
    auto* abBox = new QWidget(m_tabs);
    abBox->setToolTip(tr("Replays the held-out purchases for both settings on the same members and tests "
                         "the paired difference. It is not a live A/B experiment."));
    auto* ab = new QGridLayout(abBox);
    ab->addWidget(new QLabel(tr("Method"), abBox), 1, 0);
    ab->addWidget(new QLabel(tr("Neighbours"), abBox), 2, 0);
    ab->addWidget(new QLabel(tr("Similarity floor"), abBox), 3, 0);
    ab->addWidget(new QLabel(tr("Hybrid α"), abBox), 4, 0);
    m_a = makeArm(abBox, tr("A"), core::Method::ItemKnn, ab, 1);
    m_b = makeArm(abBox, tr("B"), core::Method::Hybrid, ab, 2);
    ab->addWidget(new QLabel(tr("Compare"), abBox), 5, 0);
    m_abMetric = new QComboBox(abBox);
    m_abMetric->addItems({ tr("Hit rate"), tr("NDCG") });
    ab->addWidget(m_abMetric, 5, 1);
    m_compare = new QPushButton(tr("Compare on past purchases"), abBox);
    ab->addWidget(m_compare, 5, 2);
    m_abResult = new QLabel(abBox);
    m_abResult->setWordWrap(true);
    m_abResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ab->addWidget(m_abResult, 6, 0, 1, 3);
    ab->setRowStretch(7, 1);
    ab->setColumnStretch(3, 1);
    m_tabs->addTab(abBox, tr("Offline comparison of two settings"));
    m_tabs->addTab(makeAudienceTab(m_tabs), tr("Who should I offer this product to?"));
    layout->addWidget(m_tabs, 2);

    connect(m_method, &QComboBox::activated, this, [this](int i) {
        const int data = m_method->itemData(i).toInt();
        m_automatic = data < 0;
        if (m_automatic && !m_auto) {
            startBackgroundWork();
            return;
        }
        const auto method = m_automatic ? m_auto->method : static_cast<core::Method>(data);
        Q_EMIT editThresholds([method](core::Thresholds& t) { t.method = method; });
    });
    connect(
        controller, &AnalysisController::autoChoiceReady, this, [this](std::shared_ptr<const core::AutoChoice> choice) {
            m_auto = std::move(choice);
            m_autoInfo->setText(autoChoiceText(*m_auto));
            m_method->setItemText(0, tr("Automatic: %1").arg(label::method(m_auto->method)));
            const auto r = results();
            if (m_automatic && r && r->thresholds.method != m_auto->method) {
                const core::Method method = m_auto->method;
                Q_EMIT editThresholds([method](core::Thresholds& t) { t.method = method; });
            }
        });
    connect(m_listView, &QWidget::customContextMenuRequested, this, [this](const QPoint& at) {
        const QModelIndex index = m_listView->indexAt(at);
        if (!index.isValid())
            return;
        const QString product = m_list->index(index.row(), 1).data().toString();
        QMenu menu(this);
        menu.addAction(tr("Who should I offer this product to?"), this, [this, product] { showAudience(product); });
        menu.exec(m_listView->viewport()->mapToGlobal(at));
    });
    auto request = [this] { showMemberId(m_member->text().trimmed()); };
    connect(show, &QPushButton::clicked, this, request);
    connect(m_member, &QLineEdit::returnPressed, this, request);
    connect(controller, &AnalysisController::recommendationsReady, this,
        [this](core::Index member, const std::vector<core::Recommendation>& list) {
            const auto r = results();
            if (member != m_shownMember || !r)
                return;
            const core::Community& c = *r->community;
            std::vector<std::vector<RowsModel::Cell>> rows;
            int rank = 1;
            for (const auto& rec : list) {
                const QString kind = rec.kind == core::RecommendationKind::Scored ? tr("personal")
                    : rec.kind == core::RecommendationKind::Filled                ? tr("popular, to fill the list")
                                                                                  : tr("popular, for a new member");
                rows.push_back(
                    { { QString::number(rank), rank, {}, {} }, { c.products.ids.qstring(rec.product), {}, {}, {} },
                        { c.products.titles.qstring(rec.product), {}, {}, {} },
                        { fmt::decimal(rec.score, 3), rec.score, {}, {} }, { kind, {}, {}, {} },
                        { core::reasonText(rec.reason), {}, core::reasonText(rec.reason), {} } });
                ++rank;
            }
            m_list->setRows({ tr("#"), tr("Product ID"), tr("Title"), tr("Score"), tr("Source"), tr("Why") },
                std::move(rows), { 0, 3 });
            m_listView->fitColumns();
        });
    connect(m_evaluate, &QPushButton::clicked, this, [this] {
        m_evaluate->setEnabled(false);
        this->controller()->requestEvaluation();
    });
    connect(controller, &AnalysisController::evaluationReady, this,
        [this](std::shared_ptr<const std::vector<core::MethodMetrics>> rows) {
            m_evaluate->setEnabled(true);
            std::vector<std::vector<RowsModel::Cell>> out;
            for (const auto& m : *rows) {
                out.push_back({ { label::method(m.method), {}, {}, {} }, { QString::number(m.k), m.k, {}, {} },
                    { fmt::count(m.members), m.members, m.sampled ? tr("a seeded sample of the members") : QString(),
                        {} },
                    { fmt::percent(m.hitRate), m.hitRate,
                        tr("95% bootstrap interval: %1 – %2")
                            .arg(fmt::percent(m.hitRateLow), fmt::percent(m.hitRateHigh)),
                        {} },
                    { fmt::percent(m.precision, 2), m.precision, {}, {} }, { fmt::percent(m.recall), m.recall, {}, {} },
                    { fmt::decimal(m.ndcg, 4), m.ndcg,
                        tr("95% bootstrap interval: %1 – %2")
                            .arg(fmt::decimal(m.ndcgLow, 4), fmt::decimal(m.ndcgHigh, 4)),
                        {} },
                    { fmt::percent(m.coverage), m.coverage, {}, {} } });
            }
            m_evaluation->setRows({ tr("Method"), tr("K"), tr("Members"), tr("Hit rate"), tr("Precision"), tr("Recall"),
                                      tr("NDCG"), tr("Coverage") },
                std::move(out), { 1, 2, 3, 4, 5, 6, 7 });
            m_evaluationView->fitColumns();
            m_ranking->setText(rankingText(*rows));
        });
    connect(m_compare, &QPushButton::clicked, this, &RecommendationsPage::startComparison);
    connect(controller, &AnalysisController::abTestReady, this, [this](std::shared_ptr<const core::AbComparison> ab) {
        m_compare->setEnabled(true);
        const bool hit = ab->metric == core::AbMetric::HitRate;
        auto value
            = [hit](const core::MethodMetrics& m) { return hit ? fmt::percent(m.hitRate) : fmt::decimal(m.ndcg, 4); };
        const auto& t = ab->test;
        const QString verdict = t.pValue < 0.05 ? tr("The difference is significant at the 5% level.")
                                                : tr("The difference is not significant at the 5% level.");
        m_abResult->setText(
            tr("<b>A</b> (%1): %2 &nbsp; <b>B</b> (%3): %4<br>Mean difference A − B per member: %5, 95% "
               "interval [%6, %7], paired t = %8 over %9 members, <b>p = %10</b>. %11")
                .arg(label::method(ab->a.method), value(ab->a), label::method(ab->b.method), value(ab->b),
                    fmt::decimal(t.meanDifference, 4), fmt::decimal(t.ciLow, 4), fmt::decimal(t.ciHigh, 4),
                    fmt::decimal(t.t, 2), fmt::count(static_cast<double>(t.n)))
                .arg(t.pValue < 1e-4 ? QStringLiteral("&lt; 0.0001") : fmt::decimal(t.pValue, 4), verdict));
    });
    connect(controller, &AnalysisController::jobFailed, this, [this](const QString& message) {
        m_evaluate->setEnabled(true);
        m_audienceFind->setEnabled(true);
        if (!m_compare->isEnabled()) {
            m_compare->setEnabled(true);
            m_abResult->setText(message);
        }
    });
}

QWidget* RecommendationsPage::makeAudienceTab(QWidget* parent)
{
    auto* tab = new QWidget(parent);
    auto* layout = new QVBoxLayout(tab);
    auto* row = new QHBoxLayout();
    auto* productLabel = new QLabel(tr("&Product"), tab);
    m_audienceProduct = new QComboBox(tab);
    m_audienceProduct->setMinimumContentsLength(24);
    m_audienceProduct->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    productLabel->setBuddy(m_audienceProduct);
    auto* sizeLabel = new QLabel(tr("Members"), tab);
    m_audienceSize = new QSpinBox(tab);
    m_audienceSize->setRange(1, 100000);
    m_audienceSize->setValue(core::defaultAudienceSize);
    m_audienceFind = new QPushButton(tr("Find members"), tab);
    m_audienceExport = new QPushButton(tr("Export CSV…"), tab);
    m_audienceExport->setEnabled(false);
    row->addWidget(productLabel);
    row->addWidget(m_audienceProduct, 1);
    row->addWidget(sizeLabel);
    row->addWidget(m_audienceSize);
    row->addWidget(m_audienceFind);
    row->addWidget(m_audienceExport);
    layout->addLayout(row);
    m_audienceInfo = note(tr("The members most likely to buy the product next, never one who has it."), tab);
    layout->addWidget(m_audienceInfo);
    m_audience = new RowsModel(this);
    m_audienceView = new TableView(tab);
    m_audienceView->setModel(m_audience);
    m_audienceView->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_audienceView, 1);

    connect(m_audienceFind, &QPushButton::clicked, this,
        [this] { showAudience(m_audienceProduct->currentData().toString()); });
    connect(m_audienceExport, &QPushButton::clicked, this, [this] {
        const auto r = results();
        const QString name = r && m_audienceFor != core::noIndex
            ? tr("audience-%1").arg(r->community->products.ids.qstring(m_audienceFor))
            : tr("audience");
        askSaveFile(this, tr("Export the audience"), name + QStringLiteral(".csv"), tr("CSV files (*.csv)"),
            [this](const QString& path) {
                if (!exportAudienceCsv(path))
                    showMessage(this, tr("Export the audience"), tr("Could not write %1.").arg(path), true);
            });
    });
    connect(controller(), &AnalysisController::audienceReady, this,
        [this](core::Index product, core::Method method,
            std::shared_ptr<const std::vector<core::AudienceMember>> audience) {
            const auto r = results();
            if (product != m_audienceFor || !r)
                return;
            m_audienceFind->setEnabled(true);
            const core::Community& c = *r->community;
            std::vector<std::vector<RowsModel::Cell>> rows;
            m_audienceTable = {};
            m_audienceTable.columns = { "rank", "member_id", "name", "score", "reason" };
            int rank = 1;
            for (const core::AudienceMember& a : *audience) {
                const QString why = core::reasonText(a.reason);
                m_audienceTable.rows.push_back({ std::int64_t(rank), std::string(c.members.ids.view(a.member)),
                    std::string(c.members.names.view(a.member)), core::roundedScore(a.score), why.toStdString() });
                rows.push_back({ { QString::number(rank), rank, {}, {} },
                    { c.members.ids.qstring(a.member), {}, {}, {} }, { c.members.names.qstring(a.member), {}, {}, {} },
                    { fmt::decimal(a.score, 3), a.score, {}, {} }, { why, {}, why, {} } });
                ++rank;
            }
            m_audience->setRows(
                { tr("#"), tr("Member ID"), tr("Name"), tr("Score"), tr("Why") }, std::move(rows), { 0, 3 });
            m_audienceView->fitColumns();
            m_audienceExport->setEnabled(!m_audienceTable.rows.empty());
            const QString title = c.products.titles.qstring(product);
            m_audienceInfo->setText(audience->empty()
                    ? tr("Nobody to offer 《%1》 to yet: no member without it scores it above zero.").arg(title)
                    : tr("%n member(s) to offer 《%1》 to, most likely first (method: %2).", nullptr,
                        static_cast<int>(audience->size()))
                          .arg(title, label::method(method)));
        });
    return tab;
}

bool RecommendationsPage::showAudience(const QString& productId)
{
    const auto r = results();
    if (!r)
        return false;
    const core::Index p = r->community->findProduct(productId.toStdString());
    if (p == core::noIndex) {
        m_audienceInfo->setText(tr("No product with the id “%1”.").arg(productId));
        return false;
    }
    m_audienceFor = p;
    m_tabs->setCurrentIndex(2);
    const int at = m_audienceProduct->findData(productId);
    if (at >= 0)
        m_audienceProduct->setCurrentIndex(at);
    m_audienceFind->setEnabled(false);
    m_audienceInfo->setText(
        tr("Finding the members most likely to buy 《%1》…").arg(r->community->products.titles.qstring(p)));
    controller()->requestAudience(p, m_audienceSize->value());
    return true;
}

bool RecommendationsPage::exportAudienceCsv(const QString& path) const
{
    if (m_audienceTable.columns.empty())
        return false;
    std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
    if (!out)
        return false;
    core::writeCsv(m_audienceTable, out);
    return static_cast<bool>(out);
}

RecommendationsPage::Arm RecommendationsPage::makeArm(
    QWidget* parent, const QString& title, core::Method method, QGridLayout* grid, int column)
{
    Arm arm;
    auto* head = new QLabel(QStringLiteral("<b>%1</b>").arg(title), parent);
    grid->addWidget(head, 0, column);
    arm.method = new QComboBox(parent);
    for (core::Method m : core::allMethods)
        arm.method->addItem(label::method(m), static_cast<int>(m));
    arm.method->setCurrentIndex(static_cast<int>(method));
    arm.neighbours = new QSpinBox(parent);
    arm.neighbours->setRange(0, 10000);
    arm.neighbours->setSpecialValueText(tr("all"));
    arm.floor = new QDoubleSpinBox(parent);
    arm.floor->setRange(0, 1);
    arm.floor->setSingleStep(0.05);
    arm.floor->setDecimals(2);
    arm.alpha = new QDoubleSpinBox(parent);
    arm.alpha->setRange(0, 1);
    arm.alpha->setSingleStep(0.1);
    arm.alpha->setValue(0.5);
    grid->addWidget(arm.method, 1, column);
    grid->addWidget(arm.neighbours, 2, column);
    grid->addWidget(arm.floor, 3, column);
    grid->addWidget(arm.alpha, 4, column);
    return arm;
}

core::Configuration RecommendationsPage::configuration(const Arm& arm) const
{
    core::Configuration c;
    c.method = static_cast<core::Method>(arm.method->currentData().toInt());
    c.rank = results() ? results()->thresholds.rank : core::RankOptions {};
    c.rank.neighbours = arm.neighbours->value();
    c.rank.floor = arm.floor->value();
    c.rank.alpha = arm.alpha->value();
    return c;
}

bool RecommendationsPage::showMemberId(const QString& id)
{
    const auto r = results();
    if (!r)
        return false;
    const core::Index m = r->community->findMember(id.toStdString());
    if (m == core::noIndex) {
        m_memberInfo->setText(tr("No member with the id “%1”.").arg(id));
        return false;
    }
    m_shownMember = m;
    m_member->setText(id);
    const auto& c = *r->community;
    const int pairs = static_cast<int>(c.ordersOf(m).size());
    m_memberInfo->setText(
        tr("%1 %2 — %n order(s). Method: %3.", nullptr, pairs)
            .arg(c.members.ids.qstring(m), c.members.names.qstring(m), label::method(r->thresholds.method)));
    controller()->requestRecommendations(m);
    return true;
}

core::Parts RecommendationsPage::shownParts() const
{
    using core::bit;
    return bit(core::Part::Recommender) | bit(core::Part::Ranking);
}

void RecommendationsPage::showEvent(QShowEvent* event)
{
    Page::showEvent(event);
    startBackgroundWork();
}

void RecommendationsPage::startBackgroundWork()
{
    // On open, in the background (the controller's lane): what auto chooses (cached beside the
    // database) and the evaluation of every method. Once per community.
    const auto r = results();
    if (!r || !isVisible() || !r->isReady(core::Part::Ranking) || r->community.get() == m_startedFor
        || r->community->productCount() == 0)
        return;
    m_startedFor = r->community.get();
    m_auto.reset();
    m_autoInfo->setText(tr("Comparing the methods on your community's past purchases…"));
    controller()->requestAutoChoice();
    m_evaluate->setEnabled(false);
    controller()->requestEvaluation();
    // The comparison tab's two settings as they stand, so the tab shows a result, not a button.
    startComparison();
}

void RecommendationsPage::startComparison()
{
    m_compare->setEnabled(false);
    m_abResult->setText(tr("Comparing the two settings on past purchases…"));
    const auto metric = m_abMetric->currentIndex() == 1 ? core::AbMetric::Ndcg : core::AbMetric::HitRate;
    controller()->requestAbTest(configuration(m_a), configuration(m_b), metric);
}

void RecommendationsPage::refresh(const core::AnalysisResults& r)
{
    m_method->setCurrentIndex(m_automatic ? 0 : static_cast<int>(r.thresholds.method) + 1);
    if (m_audienceProduct->count() != r.community->productCount()) {
        m_audienceProduct->clear();
        for (core::Index p = 0; p < r.community->productCount(); ++p) {
            m_audienceProduct->addItem(QStringLiteral("%1 (%2)").arg(r.community->products.titles.qstring(p),
                                           r.community->products.ids.qstring(p)),
                r.community->products.ids.qstring(p));
        }
    }
    startBackgroundWork();
    if (r.community->productCount() == 0) {
        m_memberInfo->setText(tr("No products yet: import products and orders (or ratings) to get recommendations."));
        return;
    }
    if (!r.isReady(core::Part::Ranking))
        return;
    if (m_shownMember == core::noIndex && r.community->memberCount() > 0) {
        // Start with the member who bought most, so the page shows something useful at once.
        core::Index best = 0;
        if (r.rfm) {
            for (core::Index m = 0; m < r.community->memberCount(); ++m) {
                if (r.rfm->frequency[static_cast<size_t>(m)] > r.rfm->frequency[static_cast<size_t>(best)])
                    best = m;
            }
        }
        showMemberId(r.community->members.ids.qstring(best));
        return;
    }
    if (m_shownMember != core::noIndex && m_shownMember < r.community->memberCount())
        showMemberId(r.community->members.ids.qstring(m_shownMember));
}

} // namespace kinsight::ui
