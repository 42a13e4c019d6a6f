#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "../../core/analysis/fixture.h"
#include "core/analysis/derive.h"
#include "core/demo/demo.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"
#include "core/text/reasontext.h"
#include "ui/analysiscontroller.h"
#include "ui/charts/chartwidget.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/mainwindow.h"
#include "ui/models/heatmapmodel.h"
#include "ui/models/leadersmodel.h"
#include "ui/models/membertablemodel.h"
#include "ui/models/rowsmodel.h"
#include "ui/pages/conversionpage.h"
#include "ui/pages/memberpanel.h"
#include "ui/pages/memberspage.h"
#include "ui/pages/networkpage.h"
#include "ui/pages/overviewpage.h"
#include "ui/pages/pricingpage.h"
#include "ui/pages/recommendationspage.h"
#include "ui/pages/retentionpage.h"
#include "ui/settingsdialog.h"
#include "ui/thresholdspanel.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/networkcanvas.h"
#include "ui/widgets/tableview.h"
#include "uitestutil.h"

using namespace kinsight;
using namespace kinsight::ui;
using test::waitForIdle;

namespace {

QStringList idList(const core::Community& c, const std::vector<core::Index>& members)
{
    QStringList out;
    for (core::Index m : members)
        out << c.members.ids.qstring(m);
    return out;
}

/// The members page lists exactly `expected` after a drill-down (QTest::qWaitFor, as QTRY_*).
bool waitForList(MembersPage* page, const std::vector<core::Index>& expected)
{
    return QTest::qWaitFor(
        [&] {
            auto listed = page->listedMembers();
            std::sort(listed.begin(), listed.end());
            return listed == expected && page->filter().subset;
        },
        5000);
}

/// Writes the demo community into a new database file at `path`.
bool writeDemo(const QString& path, const core::DemoOptions& options)
{
    auto db = core::Database::open(path.toStdString(), core::OpenMode::Create);
    return db.ok() && core::writeDemoDatabase(**db, options).ok();
}

/// Opens the database file in the window and waits until it is loaded and analysed.
bool openAndWait(MainWindow& w, const QString& path)
{
    QSignalSpy opened(w.controller(), &AnalysisController::databaseOpened);
    w.openDatabase(path);
    return opened.wait(20000) && waitForIdle(w.controller());
}

} // namespace

class TestWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void overviewShowsHandWorkedFigures()
    {
        MainWindow w;
        w.resize(1440, 900);
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        OverviewPage* o = w.overviewPage();
        // See tst_analysis: as of 2026-03-10 against 2026-02-08.
        QCOMPARE(o->card(OverviewPage::Members)->valueText(), QStringLiteral("4"));
        QCOMPARE(o->card(OverviewPage::Members)->changeText(), QStringLiteral("+2 (+100.0%) vs previous 30 days"));
        QCOMPARE(o->card(OverviewPage::Active)->valueText(), QStringLiteral("4"));
        QCOMPARE(o->card(OverviewPage::Stickiness)->valueText(), QStringLiteral("5.0%"));
        QCOMPARE(o->card(OverviewPage::Paying)->valueText(), QStringLiteral("2"));
        QCOMPARE(o->card(OverviewPage::Revenue)->valueText(), QStringLiteral("¥398.00"));
        QCOMPARE(o->card(OverviewPage::Revenue)->changeText(), QStringLiteral("+¥398.00 (—) vs previous 30 days"));
        QCOMPARE(o->card(OverviewPage::TrialToPaid)->valueText(), QStringLiteral("50.0%"));
        QCOMPARE(o->card(OverviewPage::TrialToPaid)->changeText(), QStringLiteral("+50.0 pp vs previous 30 days"));
        QCOMPARE(o->card(OverviewPage::Members)->trend().size(), size_t(12));
        QVERIFY(o->notice()->isHidden());
        QCOMPARE(w.membersLabel()->text(), QStringLiteral("4 members · 2 products"));
        QCOMPARE(w.dataRangeLabel()->text(), QStringLiteral("Data 2026-01-01 – 2026-03-10"));
    }

    void pagesShowTheCoreResults()
    {
        MainWindow w;
        w.resize(1440, 900);
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        const auto r = w.controller()->results();

        // Conversion: joined 4, activated 4 (everyone has an event or counted order), paying 2
        // (u1, u2), repeat 1 (u1), trial 2 (u2, u3), trial-to-paid 1 (u2).
        RowsModel* steps = w.conversionPage()->steps();
        QAbstractItemModelTester t1(steps, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int expected[] = { 4, 4, 2, 1, 2, 1 };
        for (int s = 0; s < 6; ++s) {
            QCOMPARE(steps->cell(s, 1).raw.toInt(), expected[s]);
            QCOMPARE(steps->cell(s, 1).raw.toInt(), r->funnel->total.members[static_cast<size_t>(s)]);
        }
        QCOMPARE(steps->cell(2, 3).text, QStringLiteral("50.0%")); // paying from start: 2 / 4
        QCOMPARE(steps->cell(5, 2).text, QStringLiteral("50.0%")); // trial to paid: 1 / 2

        // Pricing: basic = p1: buyers u1, u2, paid orders o1 + o4 = ¥198.00, ARPPU ¥99.00, no
        // refunds among its 4 orders; premium = p2: buyer u1, ¥299.00, 1 of its 2 orders refunded.
        RowsModel* tiers = w.pricingPage()->tiers();
        QAbstractItemModelTester t2(tiers, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tiers->rowCount(), 2);
        // The tier's display name, with its code as imported in the tooltip.
        QCOMPARE(tiers->cell(0, 0).text, QStringLiteral("Basic"));
        QCOMPARE(tiers->cell(0, 0).toolTip, QStringLiteral("basic"));
        QCOMPARE(tiers->cell(0, 2).text, QStringLiteral("2"));
        QCOMPARE(tiers->cell(0, 3).text, QStringLiteral("0")); // no free enrolments
        QCOMPARE(tiers->cell(0, 5).text, QStringLiteral("¥198.00"));
        QCOMPARE(tiers->cell(0, 6).text, QStringLiteral("¥99.00"));
        QCOMPARE(tiers->cell(0, 7).text, QStringLiteral("0.0%"));
        QCOMPARE(tiers->cell(1, 5).text, QStringLiteral("¥299.00"));
        QCOMPARE(tiers->cell(1, 7).text, QStringLiteral("50.0%"));

        // Retention heat map mirrors the core's matrix.
        HeatmapModel* heat = w.retentionPage()->heatmap();
        QCOMPARE(heat->rowCount(), static_cast<int>(r->retention->rows.size()) + 1);
        QCOMPARE(heat->index(0, 3).data().toString(), QStringLiteral("50.0%"));
        QCOMPARE(w.retentionPage()->dayNChart()->seriesCount(), 1);

        // Network: 4 members, 4 ties, leaders table matches the ranking.
        LeadersModel* leaders = w.networkPage()->leaders();
        QAbstractItemModelTester t3(leaders, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(leaders->rowCount(), static_cast<int>(r->leaders->leaders.size()));
        QVERIFY(w.networkPage()->summary()->text().startsWith(QStringLiteral("4 members in the network")));

        // Members: all four, in id order.
        MembersPage* members = w.membersPage();
        QAbstractItemModelTester t4(members->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The member query runs off the GUI thread: wait for its list.
        QTRY_COMPARE(members->model()->rowCount(), 4);
        QCOMPARE(members->model()->index(3, 0).data().toString(), QStringLiteral("u4"));
    }

    void searchAndSortRunInTheCore()
    {
        MainWindow w;
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        MembersPage* page = w.membersPage();
        QSignalSpy listed(page, &MembersPage::listUpdated);
        page->searchBox()->setText(QStringLiteral("ali"));
        QVERIFY(listed.wait(2000));
        QCOMPARE(page->model()->rowCount(), 1);
        QCOMPARE(page->model()->index(0, 1).data().toString(), QStringLiteral("Alice"));
        page->searchBox()->clear();
        QVERIFY(listed.wait(2000));
        page->model()->sort(static_cast<int>(core::MemberColumn::Revenue), Qt::DescendingOrder);
        QVERIFY(listed.wait(2000));
        QCOMPARE(page->listedMembers(), (std::vector<core::Index> { 0, 1, 2, 3 }));
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("m.csv"));
        QVERIFY(page->exportCsv(csv));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QCOMPARE(text.count(QLatin1Char('\n')), 5); // header + 4 members
        QVERIFY(text.contains(QStringLiteral("u1,张三,,,wechat"))); // not at churn risk: no money at risk
    }

    void drillDownListsExactlyTheMembersBehindTheNumber()
    {
        MainWindow w;
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        const auto r = w.controller()->results();

        // Funnel step "paying": u1 and u2.
        w.conversionPage()->drillDownStep(core::FunnelStep::Paying);
        QVERIFY(waitForList(w.membersPage(), { 0, 1 }));
        QCOMPARE(w.currentPage(), int(MainWindow::Members));

        // Retention cell January cohort, period 1 (February): u2 only.
        w.retentionPage()->drillDownCell(0, 3);
        QVERIFY(waitForList(w.membersPage(), { 1 }));
        // ... and the same list the core gives for that cell.
        QCOMPARE(idList(*r->community, w.membersPage()->listedMembers()),
            idList(*r->community, core::retentionCellMembers(*r->community, *r->activity, *r->cohorts, 0, 1)));

        // Trial to paid: u2.
        w.conversionPage()->drillDownStep(core::FunnelStep::TrialToPaid);
        QVERIFY(waitForList(w.membersPage(), { 1 }));

        // A search narrows the drill-down, and clearing the list shows everyone again.
        w.membersPage()->clearList();
        QVERIFY(!w.membersPage()->filter().subset);
    }

    void thresholdChangeReachesOnlyItsPages()
    {
        MainWindow w;
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        auto counts = [&] {
            std::vector<int> c;
            for (int p = 0; p < MainWindow::PageCount; ++p)
                c.push_back(w.page(p)->refreshCount());
            return c;
        };
        auto changed = [&](const std::vector<int>& before) {
            std::vector<int> out;
            const auto now = counts();
            for (int p = 0; p < MainWindow::PageCount; ++p) {
                if (now[static_cast<size_t>(p)] != before[static_cast<size_t>(p)])
                    out.push_back(p);
            }
            return out;
        };

        // Level cut-off: overview (level chart) and members (level column), nothing else.
        auto before = counts();
        core::Thresholds t = w.controller()->thresholds();
        t.levels.core = 1;
        w.controller()->setThresholds(t);
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(changed(before), (std::vector<int> { MainWindow::Overview, MainWindow::Members }));

        // Funnel window: conversion only.
        before = counts();
        t.funnel.windowDays = 7;
        w.controller()->setThresholds(t);
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(changed(before), (std::vector<int> { MainWindow::Conversion }));

        // Leader threshold through the panel: network and members (leader column).
        before = counts();
        w.showPage(MainWindow::Network);
        w.thresholdsPanel()->leaderScoreBox()->setValue(0.10);
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(changed(before), (std::vector<int> { MainWindow::Members, MainWindow::Network }));
        QCOMPARE(w.controller()->results()->thresholds.leaders.threshold, 0.10);

        // Retention switch on the page: retention (and the overview's lifecycle for a period change).
        before = counts();
        t = w.controller()->thresholds();
        t.retentionView.metric = core::RetentionMetric::RevenuePerMember;
        w.controller()->setThresholds(t);
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(changed(before), (std::vector<int> { MainWindow::Retention }));
        QCOMPARE(w.retentionPage()->heatmap()->index(0, 2).data().toString(), QStringLiteral("¥49.50")); // 99.00 / 2

        // Similarity floor: recommendations only.
        before = counts();
        t.rank.floor = 0.2;
        w.controller()->setThresholds(t);
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(changed(before), (std::vector<int> { MainWindow::Recommendations }));
    }

    void levelPreviewFollowsTheSlider()
    {
        MainWindow w;
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        ThresholdsPanel* panel = w.thresholdsPanel();
        QSignalSpy preview(panel, &ThresholdsPanel::previewUpdated);
        // Core from 0: every member with a score above zero (all four) is core.
        panel->cutoffBox(0)->setValue(0);
        QVERIFY(preview.wait(2000));
        QCOMPARE(panel->previewCounts()[0], 4);
    }

    void memberPanelShowsTheMember()
    {
        MainWindow w;
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        const auto r = w.controller()->results();
        MemberPanel* panel = w.membersPage()->panel();
        w.membersPage()->showMember(0);
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(panel->field(QStringLiteral("id")), QStringLiteral("u1"));
        QCOMPARE(panel->field(QStringLiteral("name")), QStringLiteral("张三"));
        QCOMPARE(panel->field(QStringLiteral("level")), label::level(r->levels->level[0]));
        QCOMPARE(panel->field(QStringLiteral("revenue")), QStringLiteral("¥398.00"));
        QCOMPARE(panel->field(QStringLiteral("paidOrders")), QStringLiteral("2"));
        // u1 is tied to u2, u3 and u4.
        QVERIFY(panel->field(QStringLiteral("degree")).startsWith(QStringLiteral("3 ")));
        QCOMPARE(panel->orders()->rowCount(), 2);
        QCOMPARE(panel->orders()->cell(0, 3).text, QStringLiteral("¥299.00")); // newest first
        // u1 owns both products: nothing left to recommend. u4 owns none: the cold-start list
        // (popular products) arrives from the analysis lane.
        QTRY_COMPARE_WITH_TIMEOUT(panel->recommendations()->rowCount(), 0, 2000);
        w.membersPage()->showMember(3);
        QTRY_COMPARE_WITH_TIMEOUT(panel->recommendations()->rowCount(), 2, 5000);
        QCOMPARE(panel->field(QStringLiteral("id")), QStringLiteral("u4"));
    }

    void memberDrawerOpensOnSelection()
    {
        MainWindow w;
        w.resize(1264, 752);
        w.show();
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        w.showPage(MainWindow::Members);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        MembersPage* page = w.membersPage();
        QTRY_COMPARE(page->model()->rowCount(), 4);
        // No member selected: no drawer, the table has the page's width.
        QVERIFY(!page->isDrawerOpen());
        QVERIFY(!page->drawer()->isVisible());
        QCOMPARE(page->panel()->member(), core::noIndex);
        const int fullWidth = page->table()->width();

        auto clickRow = [&](int row) {
            const QRect cell = page->table()->visualRect(page->model()->index(row, 0));
            QTest::mouseClick(page->table()->viewport(), Qt::LeftButton, {}, cell.center());
        };
        clickRow(1);
        QVERIFY(page->isDrawerOpen());
        QTRY_VERIFY(page->drawer()->isVisible());
        QCOMPARE(page->panel()->member(), page->model()->memberAt(1));
        QTRY_VERIFY(page->table()->width() < fullWidth);
        QVERIFY(page->drawer()->width() >= page->drawer()->minimumSizeHint().width());

        // Esc closes it (before the window's Esc, which cancels an analysis)...
        page->table()->setFocus();
        QTest::keyClick(page->table(), Qt::Key_Escape);
        QVERIFY(!page->isDrawerOpen());
        QCOMPARE(page->panel()->member(), core::noIndex);
        QTRY_COMPARE(page->table()->width(), fullWidth);
        // ...and a click on the same row opens it again; the close button closes it.
        clickRow(1);
        QVERIFY(page->isDrawerOpen());
        auto* close = page->drawer()->findChild<QToolButton*>(QStringLiteral("closeDrawer"));
        QVERIFY(close && close->isVisible());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!page->isDrawerOpen());
    }

    void membersSortByMoneyAtRiskFirst()
    {
        MainWindow w;
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        core::Thresholds t = w.controller()->thresholds();
        // Silent from 2 days, active from one day: u1 (silent 2 days; paid 99.00 + 299.00), u2
        // (13 days; 99.00) and u4 (4 days; never paid) are at risk, u3 (active on the last day)
        // is not.
        t.churn.silentDays = 2;
        t.churn.minActiveDays = 1;
        w.controller()->setThresholds(t);
        QVERIFY(waitForIdle(w.controller()));
        MembersPage* page = w.membersPage();
        QCOMPARE(page->sortOrder().column, core::MemberColumn::MoneyAtRisk);
        QVERIFY(page->sortOrder().descending);
        QCOMPARE(page->table()->horizontalHeader()->sortIndicatorSection(), int(core::MemberColumn::MoneyAtRisk));
        QCOMPARE(page->table()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QTRY_COMPARE(page->listedMembers(), (std::vector<core::Index> { 0, 1, 3, 2 }));
        auto money = [&](int row) {
            return page->model()->index(row, int(core::MemberColumn::MoneyAtRisk)).data().toString();
        };
        QCOMPARE(money(0), QStringLiteral("¥398.00"));
        QCOMPARE(money(1), QStringLiteral("¥99.00"));
        QCOMPARE(money(2), QStringLiteral("¥0.00"));
        QCOMPARE(money(3), QString()); // u3: not at risk
        QCOMPARE(page->model()->index(0, int(core::MemberColumn::MoneyAtRisk)).data(Qt::UserRole).toLongLong(), 39800);
        QCOMPARE(page->model()->headerData(int(core::MemberColumn::MoneyAtRisk), Qt::Horizontal).toString(),
            QStringLiteral("Money at risk"));
    }

    void memberDrawerClosesWhenTheListLeavesItsMemberOut()
    {
        MainWindow w;
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        MembersPage* page = w.membersPage();
        QTRY_COMPARE(page->model()->rowCount(), 4);
        QSignalSpy listed(page, &MembersPage::listUpdated);

        // Alice (u3) open; a search that keeps her keeps the drawer, one that does not closes it.
        page->showMember(2);
        QVERIFY(page->isDrawerOpen());
        page->searchBox()->setText(QStringLiteral("ali"));
        QVERIFY(listed.wait(2000));
        QCOMPARE(page->listedMembers(), (std::vector<core::Index> { 2 }));
        QVERIFY(page->isDrawerOpen());
        QCOMPARE(page->panel()->member(), 2);
        page->searchBox()->setText(QStringLiteral("bob"));
        QVERIFY(listed.wait(2000));
        QCOMPARE(page->listedMembers(), (std::vector<core::Index> { 3 }));
        QVERIFY(!page->isDrawerOpen());
        QCOMPARE(page->panel()->member(), core::noIndex);
        page->searchBox()->clear();
        QVERIFY(listed.wait(2000));

        // A drill-down without the open member (paying: u1, u2) closes the drawer as well.
        page->showMember(3);
        QVERIFY(page->isDrawerOpen());
        w.conversionPage()->drillDownStep(core::FunnelStep::Paying);
        QVERIFY(waitForList(page, { 0, 1 }));
        QVERIFY(!page->isDrawerOpen());
        QCOMPARE(page->panel()->member(), core::noIndex);

        // A member opened from another page that the list leaves out: everyone is listed again and
        // the drawer shows the member, selected in the table.
        page->showMember(3);
        QTRY_VERIFY(page->isDrawerOpen());
        QVERIFY(!page->filter().subset);
        QCOMPARE(page->panel()->member(), 3);
        const auto rows = page->listedMembers();
        QVERIFY(std::find(rows.begin(), rows.end(), 3) != rows.end());
        QCOMPARE(page->model()->memberAt(page->table()->currentIndex().row()), 3);
    }

    void memberDrawerRecommendationsFollowTheSettings()
    {
        MainWindow w;
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        core::Thresholds t = w.controller()->thresholds();
        t.method = core::Method::ItemKnn;
        w.controller()->setThresholds(t);
        QVERIFY(waitForIdle(w.controller()));
        MemberPanel* panel = w.membersPage()->panel();
        auto products = [&] {
            QStringList out;
            for (int r = 0; r < panel->recommendations()->rowCount(); ++r)
                out << panel->recommendations()->cell(r, 1).text;
            return out;
        };

        // u4 holds nothing: both products, the more popular first (p1: u1 and u2; p2: u1).
        w.membersPage()->showMember(3);
        QTRY_COMPARE_WITH_TIMEOUT(
            products(), (QStringList { QStringLiteral("入门课"), QStringLiteral("进阶专栏") }), 5000);
        // A shorter list in the settings: the drawer follows.
        t = w.controller()->thresholds();
        t.rank.k = 1;
        w.controller()->setThresholds(t);
        QVERIFY(waitForIdle(w.controller()));
        QTRY_COMPARE_WITH_TIMEOUT(products(), QStringList { QStringLiteral("入门课") }, 5000);

        // u2 holds p1. Item-kNN: score(u2, p2) = cos(p2, p1) = 1 / (√1 · √2) = 0.707.
        t.rank.k = 10;
        w.controller()->setThresholds(t);
        QVERIFY(waitForIdle(w.controller()));
        w.membersPage()->showMember(1);
        QTRY_COMPARE_WITH_TIMEOUT(products(), QStringList { QStringLiteral("进阶专栏") }, 5000);
        QCOMPARE(panel->recommendations()->cell(0, 2).text, QStringLiteral("0.707"));
        // Another method: the drawer shows that method's list, as the core ranks it, never the
        // item-kNN one.
        t.method = core::Method::Popular;
        w.controller()->setThresholds(t);
        QVERIFY(waitForIdle(w.controller()));
        core::Analysis expected(test::tinyCommunity());
        QVERIFY(expected.update(t).ok());
        const auto list = expected.recommendFor(1);
        QCOMPARE(list.size(), size_t(1));
        QVERIFY(std::abs(list[0].score - 1.0 / std::sqrt(2.0)) > 1e-3); // a change to see
        QTRY_COMPARE_WITH_TIMEOUT(panel->recommendations()->cell(0, 2).text, fmt::decimal(list[0].score, 3), 5000);
        QCOMPARE(products(), QStringList { QStringLiteral("进阶专栏") });
        QCOMPARE(panel->recommendations()->cell(0, 3).text, core::reasonText(list[0].reason));
    }

    void clickingANodeOpensTheMember()
    {
        MainWindow w;
        w.resize(1440, 900);
        w.show();
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        QVERIFY(waitForIdle(w.controller()));
        w.showPage(MainWindow::Network);
        NetworkCanvas* canvas = w.networkPage()->canvas();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QPointF at = canvas->nodePosition(0);
        QCOMPARE(canvas->nodeAt(at), 0);
        // The legend names each community drawn around a top leader once, by its best leader.
        const auto view = w.controller()->results()->network;
        QVERIFY(view && !view->nodes.empty());
        std::vector<std::uint32_t> drawn;
        for (const auto& n : view->nodes) {
            if (n.centre && std::find(drawn.begin(), drawn.end(), n.community) == drawn.end())
                drawn.push_back(n.community);
        }
        const auto legend = canvas->legend();
        QCOMPARE(legend.size(), drawn.size());
        for (size_t k = 0; k < legend.size(); ++k) {
            QCOMPARE(legend[k].community, drawn[k]);
            QVERIFY(legend[k].text.startsWith(QStringLiteral("Community %1 · ").arg(drawn[k] + 1)));
        }
        QTest::mouseClick(canvas, Qt::LeftButton, {}, at.toPoint());
        QCOMPARE(w.currentPage(), int(MainWindow::Members));
        QVERIFY(w.membersPage()->panel()->member() != core::noIndex);
    }

    void leadersOverTimeAreComputedWhenTheNetworkIsInSight()
    {
        MainWindow w;
        w.resize(1440, 900);
        w.show();
        QSignalSpy timelines(w.controller(), &AnalysisController::leaderTimelineReady);
        w.controller()->openCommunity(core::makeDemoCommunity({ 600, 3 }), QStringLiteral("demo"));
        QVERIFY(waitForIdle(w.controller()));
        QVERIFY(!w.controller()->results()->leaders->leaders.empty());
        // Out of sight, nothing is computed; the Network page in sight computes it, without a click.
        QCOMPARE(timelines.count(), 0);
        QVERIFY(w.networkPage()->timeline()->isEmptyShown());
        w.showPage(MainWindow::Network);
        QTRY_COMPARE(timelines.count(), 1);
        QTRY_VERIFY(!w.networkPage()->timeline()->isEmptyShown());
        const int leaders = std::min<int>(5, static_cast<int>(w.controller()->results()->leaders->leaders.size()));
        QCOMPARE(w.networkPage()->timeline()->seriesCount(), leaders);
        // Shown again with the same leaders and scores: not computed again.
        w.showPage(MainWindow::Overview);
        w.showPage(MainWindow::Network);
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(timelines.count(), 1);
    }

    void survivesAnEmptyDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.db"));
        MainWindow w;
        w.resize(1440, 900);
        w.show();
        QSignalSpy opened(w.controller(), &AnalysisController::databaseOpened);
        w.controller()->createDatabase(path);
        QVERIFY(opened.wait(10000));
        QVERIFY(waitForIdle(w.controller()));
        for (int p = 0; p < MainWindow::PageCount; ++p) {
            w.showPage(p);
            QVERIFY(!w.grab().isNull()); // grab() lays out and paints the page at once
        }
        QVERIFY(!w.overviewPage()->notice()->isHidden());
        QCOMPARE(w.overviewPage()->card(OverviewPage::Members)->valueText(), QStringLiteral("—"));
        QTRY_COMPARE(w.membersPage()->model()->rowCount(), 0);
        QCOMPARE(w.dataRangeLabel()->text(), QStringLiteral("No data yet"));
    }

    void opensADatabaseFileAndSurvivesNoInteractions()
    {
        // A community with orders but no interactions: the network page says what to do.
        core::CommunityBuilder b;
        const core::Index u = b.addMember({ "a", test::at("2026-01-01"), "", "", "", "", "", "" });
        const core::Index p
            = b.addProduct({ "p", "课程", core::ProductKind::Course, "", 100, "", "", core::noTimestamp });
        b.addOrder({ "o", u, p, test::at("2026-01-02"), 100, core::OrderType::Purchase, core::Plan::None,
            core::OrderStatus::Paid });
        MainWindow w;
        w.controller()->openCommunity(b.build(), QStringLiteral("no-network"));
        QVERIFY(waitForIdle(w.controller()));
        QVERIFY(w.networkPage()->summary()->text().startsWith(QStringLiteral("No interactions")));
        QVERIFY(w.overviewPage()->notice()->text().contains(QStringLiteral("interactions")));

        // And a real file: the demo generator's database loads and matches the snapshot.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        QVERIFY(writeDemo(path, { 300, 7 }));
        QSignalSpy opened(w.controller(), &AnalysisController::databaseOpened);
        w.openDatabase(path);
        QVERIFY(opened.wait(20000));
        QVERIFY(waitForIdle(w.controller()));
        const auto snapshot = core::loadCommunity(path.toStdString());
        QVERIFY(snapshot.ok());
        QCOMPARE(w.controller()->community()->memberCount(), (*snapshot)->memberCount());
        QTRY_COMPARE(w.membersPage()->model()->rowCount(), 300);
        QCOMPARE(w.overviewPage()->card(OverviewPage::Members)->valueText(), QStringLiteral("300"));
    }

    void offersToReloadAfterAnImportFromElsewhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shared.db"));
        QVERIFY(writeDemo(path, { 200, 3 }));
        MainWindow w;
        QSignalSpy opened(w.controller(), &AnalysisController::databaseOpened);
        w.openDatabase(path);
        QVERIFY(opened.wait(20000));
        QVERIFY(waitForIdle(w.controller()));
        QVERIFY(!w.reloadButton()->isVisibleTo(&w));
        // Another connection (as `kinsight import` in another process would) writes a member.
        {
            auto db = core::Database::open(path.toStdString(), core::OpenMode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec("INSERT INTO members(member_id, joined_at) VALUES ('newcomer', 1793404000)").ok());
        }
        QTRY_VERIFY_WITH_TIMEOUT(w.reloadButton()->isVisibleTo(&w), 6000);
        w.reloadButton()->click();
        QVERIFY(opened.wait(20000));
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(w.controller()->community()->memberCount(), 201);
        QVERIFY(!w.reloadButton()->isVisibleTo(&w));
    }

    void overviewFollowsItsPeriod()
    {
        MainWindow w;
        w.controller()->openCommunity(core::makeDemoCommunity({ 300, 7 }), QStringLiteral("demo"));
        QVERIFY(waitForIdle(w.controller()));
        const auto r = w.controller()->results();
        OverviewPage* page = w.overviewPage();
        QCOMPARE(page->card(OverviewPage::Active)->title(), QStringLiteral("Active in 30 days"));
        // The same results with a 7-day period: the titles and the drill-down follow it.
        auto weekly = std::make_shared<core::AnalysisResults>(*r);
        weekly->overview
            = std::make_shared<const core::OverviewKpis>(core::computeOverview(*r->community, *r->activity, 7));
        weekly->setVersion(core::Part::Overview, core::nextPartVersion());
        page->setResults(weekly);
        QCOMPARE(page->card(OverviewPage::Active)->title(), QStringLiteral("Active in 7 days"));
        QCOMPARE(page->card(OverviewPage::Revenue)->title(), QStringLiteral("Revenue in 7 days"));
        QSignalSpy drilled(page, &Page::drillDown);
        Q_EMIT page->card(OverviewPage::Active)->activated();
        QVERIFY(drilled.wait(5000));
        const core::Day end = weekly->overview->endDay;
        QCOMPARE(drilled.at(0).at(0).toString(), QStringLiteral("Active in the 7 days to %1").arg(fmt::day(end)));
        const auto listed = drilled.at(0).at(1).value<MemberList>();
        const auto week = core::membersActiveBetween(*r->activity, end - 6, end);
        QCOMPARE(*listed, week);
        // The card's figure counts the same members, and a 30-day window would list more.
        QCOMPARE(weekly->overview->active.value, double(week.size()));
        QVERIFY(core::membersActiveBetween(*r->activity, end - 29, end).size() > week.size());
    }

    void cancelIsNotReportedAsAFailure()
    {
        MainWindow w;
        QSignalSpy failed(w.controller(), &AnalysisController::analysisFailed);
        QSignalSpy cancelled(w.controller(), &AnalysisController::analysisCancelled);
        // Cancel before the lane has had a chance to finish the first part: the update stops.
        w.controller()->openCommunity(core::makeDemoCommunity({ 2000, 5 }), QStringLiteral("demo"));
        w.controller()->cancel();
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(cancelled.count(), 1);
        QVERIFY(!w.statusBar()->currentMessage().contains(QStringLiteral("failed")));
        QCOMPARE(w.statusBar()->currentMessage(), QStringLiteral("Analysis cancelled"));
    }

    void savingASegmentIsNoChangeOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("segments.db"));
        QVERIFY(writeDemo(path, { 200, 3 }));
        MainWindow w;
        QVERIFY(openAndWait(w, path));
        MembersPage* page = w.membersPage();
        QSignalSpy listed(page, &MembersPage::listUpdated);
        page->showList(QStringLiteral("first ten"),
            std::make_shared<const std::vector<core::Index>>(
                std::vector<core::Index> { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
        QVERIFY(listed.wait(10000));
        QCOMPARE(page->listedMembers().size(), std::size_t { 10 });
        QSignalSpy saved(page, &MembersPage::segmentSaved);
        page->saveListAsSegment(QStringLiteral("first ten"));
        QVERIFY(saved.wait(10000));
        QCOMPARE(saved.at(0).at(1).toString(), QString()); // no error
        // Past the window's look at the files (every 2 s): its own write raised no banner.
        QTest::qWait(2500);
        QVERIFY(!w.reloadButton()->isVisibleTo(&w));
        // It is in the database.
        auto db = core::Database::open(path.toStdString(), core::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        auto q = (*db)->prepare("SELECT count(*) FROM segment_members m JOIN segments s ON s.id = m.segment "
                                "WHERE s.name = 'first ten'");
        QVERIFY(q.ok() && (*q)->step());
        QCOMPARE((*q)->int64(0), std::int64_t { 10 });
    }

    void changingTheTimeZoneRecomputes()
    {
        // Two members: one joined at 15:30 UTC on 31 May 2026 (23:30 in Beijing), one at 16:30
        // UTC (00:30 on 1 June in Beijing). In UTC the data is one day, 05-31; in Asia/Shanghai
        // it runs from 05-31 to 06-01.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("zone.db"));
        {
            auto db = core::Database::open(path.toStdString(), core::OpenMode::Create);
            QVERIFY(db.ok());
            QVERIFY((*db)->setTimeZoneId("UTC").ok());
            QVERIFY((*db)
                        ->exec("INSERT INTO members(member_id, joined_at) VALUES ('late', 1780241400), "
                               "('night', 1780245000)")
                        .ok());
        }
        MainWindow w;
        QSignalSpy opened(w.controller(), &AnalysisController::databaseOpened);
        w.openDatabase(path);
        QVERIFY(opened.wait(20000));
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(w.timeZoneLabel()->text(), QStringLiteral("Time zone UTC"));
        QCOMPARE(w.dataRangeLabel()->text(), QStringLiteral("Data 2026-05-31 – 2026-05-31"));

        w.setCommunityTimeZone(QStringLiteral("Asia/Shanghai"));
        QVERIFY(opened.wait(20000));
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(w.timeZoneLabel()->text(), QStringLiteral("Time zone Asia/Shanghai"));
        QCOMPARE(w.dataRangeLabel()->text(), QStringLiteral("Data 2026-05-31 – 2026-06-01"));
        QCOMPARE(QString::fromStdString(w.controller()->community()->timeZone.id()), QStringLiteral("Asia/Shanghai"));
        // Stored instants did not move.
        QCOMPARE(w.controller()->community()->members.joinedAt.back(), core::Timestamp(1780245000));
        auto db = core::Database::open(path.toStdString(), core::OpenMode::ReadOnly);
        QVERIFY(db.ok());
        QCOMPARE(QString::fromStdString((*db)->timeZoneId()), QStringLiteral("Asia/Shanghai"));
    }

    void settingsDialogRefusesAnUnknownZone()
    {
        QWidget parent;
        QString chosen;
        CommunitySettingsDialog* d = CommunitySettingsDialog::ask(
            &parent, QStringLiteral("UTC"), QStringLiteral("CNY"), [&](const QString& zone) { chosen = zone; });
        QCOMPARE(d->timeZone(), QStringLiteral("UTC"));
        QVERIFY(d->zoneBox()->findText(QStringLiteral("Europe/Berlin")) >= 0);
        auto* ok = d->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        d->zoneBox()->setEditText(QStringLiteral("Mars/Olympus_Mons"));
        ok->click();
        QVERIFY(chosen.isEmpty());
        QVERIFY(d->isVisible());
        QVERIFY(d->findChild<QLabel*>(QStringLiteral("error"))->text().contains(QStringLiteral("Mars/Olympus_Mons")));
        d->zoneBox()->setEditText(QStringLiteral("Europe/Berlin"));
        ok->click();
        QCOMPARE(chosen, QStringLiteral("Europe/Berlin"));
    }

    void staleResultsAreDropped()
    {
        MainWindow w;
        w.controller()->openCommunity(test::tinyCommunity(), QStringLiteral("tiny"));
        // Several changes in a row before the first finishes: the last one wins.
        core::Thresholds t;
        for (int d = 1; d <= 5; ++d) {
            t.funnel.windowDays = d;
            w.controller()->setThresholds(t);
        }
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(w.controller()->results()->funnel->options.windowDays, 5);
        QCOMPARE(w.controller()->results()->thresholds.funnel.windowDays, 5);
    }

    void aHeavyChangeDuringAnUpdateDropsItsResult()
    {
        AnalysisController controller;
        QSignalSpy failed(&controller, &AnalysisController::analysisFailed);
        QSignalSpy cancelled(&controller, &AnalysisController::analysisCancelled);
        int completeButStale = 0;
        int complete = 0;
        connect(&controller, &AnalysisController::resultsChanged, this,
            [&](std::shared_ptr<const core::AnalysisResults> r) {
                if (r->ready != core::allParts)
                    return;
                ++complete;
                if (r->thresholds.graphWindowDays != 90)
                    ++completeButStale;
            });
        // The update starts at once; a new graph window (heavy) arrives before it can have
        // finished: it is stopped, its outcome dropped, and the new one runs.
        controller.openCommunity(core::makeDemoCommunity({ 2000, 5 }), QStringLiteral("demo"));
        core::Thresholds next = controller.thresholds();
        next.graphWindowDays = 90;
        controller.applyThresholdsNow(next);
        QVERIFY(waitForIdle(&controller));
        QCOMPARE(completeButStale, 0);
        QVERIFY(complete > 0); // the last part's snapshot, then the update's own
        QCOMPARE(controller.results()->thresholds.graphWindowDays, 90);
        QCOMPARE(controller.results()->ready, core::allParts);
        // The stop was the controller's own doing: neither a failure nor a cancel.
        QCOMPARE(failed.count(), 0);
        QCOMPARE(cancelled.count(), 0);
        QCOMPARE(controller.updatesFinished(), quint64 { 2 });
    }
};

QTEST_MAIN(TestWindow)
#include "tst_window.moc"
