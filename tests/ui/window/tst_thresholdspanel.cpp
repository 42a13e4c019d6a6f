// The thresholds panel: the groups each page shows, the rules its controls keep (level order,
// leader shares summing to 100 %), the leader selections and their live count, and the Network
// page's "Why" column beyond the leaders whose reasons the ranking precomputes.

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>

#include "core/demo/demo.h"
#include "core/text/reasontext.h"
#include "ui/analysiscontroller.h"
#include "ui/format.h"
#include "ui/mainwindow.h"
#include "ui/models/leadersmodel.h"
#include "ui/pages/networkpage.h"
#include "ui/thresholdspanel.h"
#include "uitestutil.h"

using namespace kinsight;
using namespace kinsight::ui;
using test::waitForIdle;
using Panel = ThresholdsPanel;

namespace {

/// The groups whose boxes are not hidden.
Panel::Groups shown(const Panel* panel)
{
    Panel::Groups out = 0;
    for (int i = 0; i < Panel::groupCount; ++i) {
        const auto g = static_cast<Panel::Group>(1u << i);
        if (!panel->group(g)->isHidden())
            out |= g;
    }
    return out;
}

/// What a user does with a combo box: picks an entry (activated is the user's signal).
void pick(QComboBox* box, int index)
{
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

int sum(const std::array<int, 5>& shares)
{
    return std::accumulate(shares.begin(), shares.end(), 0);
}

} // namespace

class TestThresholdsPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        core::DemoOptions options;
        options.members = 2000;
        options.seed = 7;
        m_demo = core::makeDemoCommunity(options);
    }

    void groupsPerPage_data()
    {
        QTest::addColumn<int>("page");
        QTest::addColumn<Panel::Groups>("groups");
        QTest::newRow("overview") << int(MainWindow::Overview) << Panel::Groups(Panel::Levels | Panel::Churn);
        QTest::newRow("members") << int(MainWindow::Members) << Panel::Groups(Panel::Levels | Panel::Churn);
        QTest::newRow("network") << int(MainWindow::Network) << Panel::Groups(Panel::Leaders | Panel::Network);
        QTest::newRow("retention") << int(MainWindow::Retention) << Panel::Groups(Panel::Cohorts);
        QTest::newRow("conversion") << int(MainWindow::Conversion) << Panel::Groups(Panel::Funnel);
        QTest::newRow("pricing") << int(MainWindow::Pricing) << Panel::Groups(Panel::Pricing);
        QTest::newRow("recommendations") << int(MainWindow::Recommendations) << Panel::Groups(Panel::Recommendations);
    }
    void groupsPerPage()
    {
        QFETCH(int, page);
        QFETCH(Panel::Groups, groups);
        MainWindow w;
        w.showPage(page);
        QCOMPARE(w.thresholdsPanel()->shownGroups(), groups);
        QCOMPARE(shown(w.thresholdsPanel()), groups);
        QVERIFY(w.thresholdsPanel()->resetButton()->isEnabled());
        // Away and back: the panel follows the page.
        w.showPage(page == MainWindow::Pricing ? MainWindow::Overview : MainWindow::Pricing);
        QVERIFY(shown(w.thresholdsPanel()) != groups);
        w.showPage(page);
        QCOMPARE(shown(w.thresholdsPanel()), groups);
    }

    void resetRestoresTheShownGroupsOnly()
    {
        MainWindow w;
        core::Thresholds t = w.controller()->thresholds();
        t.funnel.windowDays = 30;
        t.leaders.threshold = 0.5;
        w.controller()->setThresholds(t);
        w.showPage(MainWindow::Conversion);
        QTest::mouseClick(w.thresholdsPanel()->resetButton(), Qt::LeftButton);
        QCOMPARE(w.controller()->thresholds().funnel.windowDays, 0);
        QCOMPARE(w.controller()->thresholds().leaders.threshold, 0.5); // not shown on this page: kept
        w.showPage(MainWindow::Network);
        QCOMPARE(w.thresholdsPanel()->leaderScoreBox()->value(), 0.5);
        QTest::mouseClick(w.thresholdsPanel()->resetButton(), Qt::LeftButton);
        QVERIFY(w.controller()->thresholds().leaders == core::LeaderOptions {});
        QCOMPARE(w.thresholdsPanel()->leaderScoreBox()->value(), 0.95);
    }

    void panelShowsTheControllersThresholds()
    {
        // The controller owns them: an edit from a page or a menu shows in the panel.
        MainWindow w;
        core::Thresholds t = w.controller()->thresholds();
        t.graphWindowDays = 90;
        t.churn.silentDays = 45;
        w.controller()->setThresholds(t);
        QCOMPARE(w.thresholdsPanel()->graphWindowBox()->value(), 90);
        QCOMPARE(w.thresholdsPanel()->silentDaysBox()->value(), 45);
        QCOMPARE(&w.thresholdsPanel()->thresholds(), &w.controller()->thresholds());
    }

    void levelOrderIsKept_data()
    {
        // Start from the defaults: score cut-offs 40 / 10 / 2; shares 5 % / 20 % / 50 %.
        QTest::addColumn<bool>("share");
        QTest::addColumn<int>("edited"); // 0 core, 1 active, 2 casual
        QTest::addColumn<double>("value"); // as shown (shares in percent)
        QTest::addColumn<QList<double>>("expected"); // core, active, casual as stored
        QTest::newRow("score: core under active") << false << 0 << 5.0 << QList<double> { 5, 5, 2 };
        QTest::newRow("score: core under casual") << false << 0 << 1.0 << QList<double> { 1, 1, 1 };
        QTest::newRow("score: active over core") << false << 1 << 50.0 << QList<double> { 50, 50, 2 };
        QTest::newRow("score: casual over both") << false << 2 << 60.0 << QList<double> { 60, 60, 60 };
        QTest::newRow("score: inside the order") << false << 1 << 20.0 << QList<double> { 40, 20, 2 };
        QTest::newRow("share: core over active") << true << 0 << 30.0 << QList<double> { 0.3, 0.3, 0.5 };
        QTest::newRow("share: active under core") << true << 1 << 2.0 << QList<double> { 0.02, 0.02, 0.5 };
        QTest::newRow("share: casual under both") << true << 2 << 1.0 << QList<double> { 0.01, 0.01, 0.01 };
        QTest::newRow("share: inside the order") << true << 1 << 30.0 << QList<double> { 0.05, 0.3, 0.5 };
    }
    void levelOrderIsKept()
    {
        QFETCH(bool, share);
        QFETCH(int, edited);
        QFETCH(double, value);
        QFETCH(QList<double>, expected);
        AnalysisController controller;
        Panel panel(&controller);
        if (share)
            pick(panel.cutoffModeBox(), 1);
        QVERIFY(controller.thresholds().levels.mode == (share ? core::CutoffMode::Share : core::CutoffMode::Score));
        panel.cutoffBox(static_cast<size_t>(edited))->setValue(value);
        const core::LevelCutoffs& c = controller.thresholds().levels;
        QCOMPARE((QList<double> { c.core, c.active, c.casual }), expected);
        QVERIFY(c.ordered() == c); // the controls never hand the core an order to repair
        for (size_t i = 0; i < 3; ++i)
            QCOMPARE(panel.cutoffBox(i)->value(),
                share ? expected[static_cast<int>(i)] * 100 : expected[static_cast<int>(i)]);
    }

    void churnDaysKeepTheirOrder()
    {
        AnalysisController controller;
        Panel panel(&controller);
        panel.silentDaysBox()->setValue(200); // past "lost after 180": lost moves to 201
        QCOMPARE(controller.thresholds().churn.lostAfterDays, 201);
        panel.lostDaysBox()->setValue(20);
        QCOMPARE(controller.thresholds().churn.silentDays, 19);
        QCOMPARE(panel.silentDaysBox()->value(), 19);
    }

    void rebalance_data()
    {
        QTest::addColumn<QList<int>>("current");
        QTest::addColumn<int>("edited");
        QTest::addColumn<int>("percent");
        QTest::addColumn<QList<int>>("expected");
        // 50 left for 20, 20, 15, 15 (of 70): 14.29, 14.29, 10.71, 10.71 → 14, 14, 11, 11.
        QTest::newRow("defaults, PageRank 50")
            << QList<int> { 30, 20, 20, 15, 15 } << 0 << 50 << QList<int> { 50, 14, 14, 11, 11 };
        // 85 for 30, 20, 15, 15 (of 80): 31.875, 21.25, 15.94, 15.94 → 31, 21, 15, 15 = 82, then the
        // three largest remainders (.94, .94, .875) get one each: 32, 21, 16, 16.
        QTest::newRow("defaults, brokerage 15")
            << QList<int> { 30, 20, 20, 15, 15 } << 2 << 15 << QList<int> { 32, 21, 15, 16, 16 };
        QTest::newRow("all to one") << QList<int> { 30, 20, 20, 15, 15 } << 4 << 100 << QList<int> { 0, 0, 0, 0, 100 };
        // The others are all 0: they share what is left equally (60 / 4 = 15).
        QTest::newRow("from all-in-one") << QList<int> { 0, 0, 0, 0, 100 } << 4 << 40
                                         << QList<int> { 15, 15, 15, 15, 40 };
        // 10 / 4 = 2.5 each: 2, 2, 2, 2 and the 2 left to the first two.
        QTest::newRow("equal remainders") << QList<int> { 0, 0, 0, 0, 100 } << 4 << 90 << QList<int> { 3, 3, 2, 2, 90 };
        QTest::newRow("above 100 is 100")
            << QList<int> { 30, 20, 20, 15, 15 } << 1 << 130 << QList<int> { 0, 100, 0, 0, 0 };
    }
    void rebalance()
    {
        QFETCH(QList<int>, current);
        QFETCH(int, edited);
        QFETCH(int, percent);
        QFETCH(QList<int>, expected);
        std::array<int, 5> in {};
        std::copy(current.begin(), current.end(), in.begin());
        const std::array<int, 5> out = Panel::rebalance(in, static_cast<size_t>(edited), percent);
        QCOMPARE(QList<int>(out.begin(), out.end()), expected);
        QCOMPARE(sum(out), 100);
    }

    void leaderSharesSumTo100()
    {
        AnalysisController controller;
        Panel panel(&controller);
        QCOMPARE(panel.leaderShares(), (std::array<int, 5> { 30, 20, 20, 15, 15 }));
        panel.leaderWeightBox(0)->setValue(50);
        QCOMPARE(panel.leaderShares(), (std::array<int, 5> { 50, 14, 14, 11, 11 }));
        const core::LeaderWeights& w = controller.thresholds().leaders.weights;
        QCOMPARE(w.pageRank, 0.50);
        QCOMPARE(w.inDegree, 0.14);
        QCOMPARE(w.coreNumber, 0.11);
        QCOMPARE(w.pageRank + w.inDegree + w.betweenness + w.strength + w.coreNumber, 1.0);
        // Every single edit leaves 100 %.
        for (int v : { 0, 7, 33, 100, 1 }) {
            panel.leaderWeightBox(3)->setValue(v);
            QCOMPARE(panel.leaderShares()[3], v);
            QCOMPARE(sum(panel.leaderShares()), 100);
        }
        // Weights from elsewhere (the CLI's are relative) are shown as shares of their sum:
        // 1, 1, 1, 1, 0 → 25 % each.
        core::Thresholds t = controller.thresholds();
        t.leaders.weights = { 1, 1, 1, 1, 0 };
        controller.setThresholds(t);
        QCOMPARE(panel.leaderShares(), (std::array<int, 5> { 25, 25, 25, 25, 0 }));
    }

    void plainWordsWithHints()
    {
        AnalysisController controller;
        Panel panel(&controller);
        const QList<QLabel*> names = panel.findChildren<QLabel*>(QStringLiteral("settingName"));
        const QList<QLabel*> hints = panel.findChildren<QLabel*>(QStringLiteral("settingHint"));
        QVERIFY(names.size() >= 20);
        QVERIFY(hints.size() >= names.size()); // one visible hint per setting, and a few for groups
        for (const QLabel* hint : hints)
            QVERIFY2(!hint->text().isEmpty(), qPrintable(hint->parentWidget()->objectName()));
        const QStringList jargon = { QStringLiteral("PageRank"), QStringLiteral("Brokerage"), QStringLiteral("k-core"),
            QStringLiteral("α"), QStringLiteral("kNN"), QStringLiteral("weight") };
        for (const QLabel* name : names) {
            for (const QString& word : jargon)
                QVERIFY2(!name->text().contains(word, Qt::CaseInsensitive), qPrintable(name->text()));
        }
        // The technical name stays in the tooltip.
        QVERIFY(panel.leaderWeightBox(0)->toolTip().contains(QStringLiteral("PageRank")));
        QVERIFY(panel.alphaBox()->toolTip().contains(QStringLiteral("α")));
    }

    void topCountGivesThatManyLeaders()
    {
        MainWindow w;
        w.controller()->openCommunity(m_demo, QStringLiteral("demo"));
        QVERIFY(waitForIdle(w.controller()));
        w.showPage(MainWindow::Network);
        Panel* panel = w.thresholdsPanel();
        const auto r = w.controller()->results();
        const auto atDefault = static_cast<int>(r->leaders->leaders.size());
        QCOMPARE(panel->leaderCountLabel()->text(), QStringLiteral("%1 leaders").arg(fmt::count(atDefault)));

        // "Top members" starts at the count of now; then 150.
        pick(panel->leaderModeBox(), 0);
        QVERIFY(w.controller()->thresholds().leaders.selection == core::LeaderSelection::TopCount);
        QCOMPARE(w.controller()->thresholds().leaders.topK, static_cast<std::uint32_t>(atDefault));
        QVERIFY(!panel->leaderTopBox()->isHidden());
        QVERIFY(panel->leaderScoreBox()->isHidden());
        panel->leaderTopBox()->setValue(150);
        QCOMPARE(panel->leaderCountLabel()->text(), QStringLiteral("…"));
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(w.controller()->results()->leaders->leaders.size(), size_t(150));
        QCOMPARE(panel->leaderCountLabel()->text(), QStringLiteral("150 leaders"));

        // "Top share": 5 % of the network's members, rounded up.
        pick(panel->leaderModeBox(), 1);
        panel->leaderShareBox()->setValue(5.0);
        QVERIFY(waitForIdle(w.controller()));
        const core::Vertex network = w.controller()->results()->graph->vertexCount();
        const auto expected = static_cast<size_t>(std::ceil(0.05 * network - 1e-9));
        QCOMPARE(w.controller()->results()->leaders->leaders.size(), expected);
        QCOMPARE(panel->leaderCountLabel()->text(),
            QStringLiteral("%1 leaders").arg(fmt::count(static_cast<double>(expected))));

        // Back to the score: the threshold is still there.
        pick(panel->leaderModeBox(), 2);
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(w.controller()->results()->leaders->leaders.size(), static_cast<size_t>(atDefault));
    }

    void whyBeyondTheExplainedLeaders()
    {
        // The ranking precomputes reasons for its first 100 leaders (LeaderOptions::explain);
        // the table names the grounds of row 150 too, as the CLI and the report do.
        MainWindow w;
        w.controller()->openCommunity(m_demo, QStringLiteral("demo"));
        QVERIFY(waitForIdle(w.controller()));
        core::Thresholds t = w.controller()->thresholds();
        t.leaders.selection = core::LeaderSelection::TopCount;
        t.leaders.topK = 200;
        w.controller()->setThresholds(t);
        QVERIFY(waitForIdle(w.controller()));
        const auto r = w.controller()->results();
        QCOMPARE(r->leaders->leaders.size(), size_t(200));
        QVERIFY(r->leaders->leaders[149].reasons.empty()); // beyond the precomputed ones

        LeadersModel* model = w.networkPage()->leaders();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 200);
        const core::Leader& l = r->leaders->leaders[149];
        const QString why = model->index(149, LeadersModel::Why).data().toString();
        QVERIFY(!why.isEmpty());
        QCOMPARE(why, core::reasonsText(core::leaderReasons(*r->graph, l.vertex)));
        QCOMPARE(model->index(149, LeadersModel::Rank).data().toString(), QStringLiteral("150"));
        QCOMPARE(model->member(149), l.member);
        QCOMPARE(
            model->index(149, LeadersModel::MemberId).data().toString(), r->community->members.ids.qstring(l.member));
        // A precomputed row shows its own reasons.
        QCOMPARE(
            model->index(0, LeadersModel::Why).data().toString(), core::reasonsText(r->leaders->leaders[0].reasons));
        // PageRank as a rank in the network, counted here from the raw values; the value in the tooltip.
        {
            const core::Vertex v = r->leaders->leaders[0].vertex;
            const auto& pr = r->graph->pageRank;
            const auto below = std::count_if(pr.begin(), pr.end(), [&](double x) { return x < pr[v]; });
            const double top = 1.0 - static_cast<double>(below) / static_cast<double>(pr.size() - 1);
            const QString text = model->index(0, LeadersModel::PageRank).data().toString();
            QCOMPARE(text, QStringLiteral("top %1").arg(fmt::percent(std::max(top, 0.001), top < 0.1 ? 1 : 0)));
            QVERIFY(model->index(0, LeadersModel::PageRank)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .startsWith(QStringLiteral("PageRank %1:").arg(QString::number(pr[v], 'g', 3))));
            QCOMPARE(model->index(0, LeadersModel::PageRank).data(Qt::UserRole).toDouble(), pr[v]);
        }
        QVERIFY(
            w.networkPage()->summary()->text().contains(QStringLiteral("200 leaders (the top 200 members by score)")));
    }

private:
    core::CommunityPtr m_demo;
};

QTEST_MAIN(TestThresholdsPanel)
#include "tst_thresholdspanel.moc"
