#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include "../../core/actions/fixture.h"
#include "core/actions/actions.h"
#include "core/demo/demo.h"
#include "ui/analysiscontroller.h"
#include "ui/mainwindow.h"
#include "ui/pages/memberspage.h"
#include "ui/pages/overviewpage.h"
#include "ui/widgets/todaylist.h"
#include "uitestutil.h"

// The Overview's "Today" list: the counts and money of `kinsight actions`, each line opening its
// members on the Members page.

using namespace kinsight;
using namespace kinsight::ui;
using core::ActionKind;

namespace {

bool waitForLists(TodayList* today)
{
    for (int i = 0; i < 1000 && !today->lists(); ++i)
        QTest::qWait(10);
    return today->lists() != nullptr;
}

} // namespace

class TestToday : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void handWorkedCommunity()
    {
        // tests/core/actions/fixture.h in UTC, as of 2026-03-20 (worked out in tst_actions.cpp):
        // trial a; at risk d (123.45) and e (50.00); renewals h (45.00) and g (30.00); new j and
        // k; no leader at the default threshold.
        MainWindow w;
        w.controller()->openCommunity(test::actionsCommunity(core::TimeZone::utc()), QStringLiteral("actions"));
        QVERIFY(test::waitForIdle(w.controller()));
        TodayList* today = w.overviewPage()->today();
        QVERIFY(waitForLists(today));
        QCOMPARE(today->line(ActionKind::TrialNotConverted)->text(), QStringLiteral("Trials not converted: 1"));
        QCOMPARE(today->line(ActionKind::PayingAtRisk)->text(), QStringLiteral("Paying members at risk: 2"));
        QCOMPARE(today->line(ActionKind::RenewalDue)->text(), QStringLiteral("Renewals due in 7 days: 2"));
        QCOMPARE(today->line(ActionKind::NewNotActivated)->text(), QStringLiteral("New members not yet active: 2"));
        QCOMPARE(today->line(ActionKind::LeaderQuiet)->text(), QStringLiteral("Opinion leaders gone quiet: 0"));
        QVERIFY(!today->line(ActionKind::LeaderQuiet)->isEnabled()); // nothing to open
        QVERIFY(today->money(ActionKind::PayingAtRisk)->text().contains(QStringLiteral("173.45")));
        QVERIFY(today->money(ActionKind::RenewalDue)->text().contains(QStringLiteral("75.00")));
        QVERIFY(today->money(ActionKind::TrialNotConverted)->text().isEmpty());

        // A line opens exactly its members on the Members page.
        today->line(ActionKind::PayingAtRisk)->click();
        const core::Community& c = w.controller()->results()->community.operator*();
        std::vector<core::Index> expected { c.findMember("d_risk"), c.findMember("e_risk") };
        std::sort(expected.begin(), expected.end());
        bool listed = false;
        for (int i = 0; i < 500 && !listed; ++i) {
            auto members = w.membersPage()->listedMembers();
            std::sort(members.begin(), members.end());
            listed = members == expected && w.membersPage()->filter().subset;
            if (!listed)
                QTest::qWait(10);
        }
        QVERIFY(listed);
        QCOMPARE(w.currentPage(), int(MainWindow::Members));
    }

    void countsEqualTheCommandLine()
    {
        // On the demo, the window's lists are those `kinsight actions` prints: computeActions()
        // with its own graph at the default thresholds.
        core::DemoOptions options;
        options.members = 2000;
        options.seed = 11;
        const core::CommunityPtr demo = core::makeDemoCommunity(options);
        MainWindow w;
        w.controller()->openCommunity(demo, QStringLiteral("demo"));
        QVERIFY(test::waitForIdle(w.controller()));
        TodayList* today = w.overviewPage()->today();
        QVERIFY(waitForLists(today));
        for (int i = 0; i < 500 && today->line(ActionKind::LeaderQuiet)->text().endsWith(QStringLiteral("…")); ++i)
            QTest::qWait(10);
        const auto cli = core::computeActions(*demo, core::ActionOptions {});
        QVERIFY(cli.ok());
        size_t total = 0;
        for (const ActionKind kind : core::allActionKinds) {
            const auto& shown = today->lists()->list(kind);
            const auto& expected = cli->list(kind).items;
            QCOMPARE(shown.size(), expected.size());
            for (size_t i = 0; i < shown.size(); ++i)
                QCOMPARE(shown[i], expected[i].member);
            QVERIFY(today->line(kind)->text().endsWith(QStringLiteral(": ") + QString::number(expected.size())));
            total += expected.size();
        }
        QVERIFY(total > 0);
    }
};

QTEST_MAIN(TestToday)
#include "tst_today.moc"
