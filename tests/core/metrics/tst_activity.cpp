#include <QTest>

#include "core/metrics/activity.h"
#include "fixture.h"

using namespace kinsight::core;
using namespace kinsight::test;

class TestActivity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void activityDaysMergeEventsAndCountedOrders()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        auto daysOf = [&](Index m) { return std::vector<Day>(a.of(m).begin(), a.of(m).end()); };
        // a: o1 01-05, two events on 01-06 (one day), o2 01-25, post 01-26, o3 03-15, view 03-31.
        QCOMPARE(daysOf(A),
            (std::vector<Day> { day("2026-01-05"), day("2026-01-06"), day("2026-01-25"), day("2026-01-26"),
                day("2026-03-15"), day("2026-03-31") }));
        // b: the refunded o5 (01-25) is no activity; the zero-price trial o4 (01-20) is.
        QCOMPARE(daysOf(B),
            (std::vector<Day> { day("2026-01-20"), day("2026-01-21"), day("2026-02-01"), day("2026-02-28") }));
        QCOMPARE(daysOf(C), (std::vector<Day> { day("2026-01-31"), day("2026-02-10") }));
        QVERIFY(a.of(E).empty());
        QCOMPARE(a.days.size(), size_t(14));
        QCOMPARE(a.firstDay, day("2026-01-05"));
        QCOMPARE(a.lastDay, day("2026-03-31"));
        QCOMPARE(a.endDay, day("2026-03-31"));
        QVERIFY(a.activeBetween(B, day("2026-02-02"), day("2026-02-28")));
        QVERIFY(!a.activeBetween(B, day("2026-02-02"), day("2026-02-27")));
        QCOMPARE(a.activeDaysBetween(A, day("2026-01-01"), day("2026-01-31")), 4);
    }
    void emptyCommunity()
    {
        const ActivityDays a = computeActivityDays(*kinsight::test::emptyCommunity());
        QVERIFY(a.empty());
        QCOMPARE(a.memberCount(), 0);
    }
    void boundariesOfDays()
    {
        // 23:59:59 and the next 00:00:00 are different UTC days, months and (here) ISO weeks.
        const Timestamp last = at("2026-02-28 23:59:59");
        const Timestamp first = at("2026-03-01 00:00:00");
        QCOMPARE(periodOf(Granularity::Day, first) - periodOf(Granularity::Day, last), 1);
        QCOMPARE(periodLabel(Granularity::Month, periodOf(Granularity::Month, last)), std::string("2026-02"));
        QCOMPARE(periodLabel(Granularity::Month, periodOf(Granularity::Month, first)), std::string("2026-03"));
        // 2026-03-01 is a Sunday: same ISO week as Saturday 02-28; Monday 03-02 starts the next.
        QCOMPARE(periodOf(Granularity::Week, first), periodOf(Granularity::Week, last));
        QCOMPARE(periodOf(Granularity::Week, at("2026-03-02")) - periodOf(Granularity::Week, first), 1);
    }
    void isoWeeksAcrossYearEnd_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("label");
        QTest::newRow("monday of 2026-W01 is in 2025") << "2025-12-29"
                                                       << "2026-W01";
        QTest::newRow("sunday 2026-01-04") << "2026-01-04"
                                           << "2026-W01";
        QTest::newRow("2027-01-01 belongs to 2026-W53") << "2027-01-01"
                                                        << "2026-W53";
        QTest::newRow("2027-01-03 sunday") << "2027-01-03"
                                           << "2026-W53";
        QTest::newRow("2027-01-04 monday") << "2027-01-04"
                                           << "2027-W01";
        QTest::newRow("29 february 2028") << "2028-02-29"
                                          << "2028-W09";
    }
    void isoWeeksAcrossYearEnd()
    {
        QFETCH(QString, date);
        QFETCH(QString, label);
        const PeriodKey key = periodOf(Granularity::Week, at(date.toUtf8().constData()));
        QCOMPARE(QString::fromStdString(periodLabel(Granularity::Week, key)), label);
        QCOMPARE(periodOfDay(Granularity::Week, firstDayOfPeriod(Granularity::Week, key)), key);
    }
    void consecutiveKeys()
    {
        // Weeks 2026-W53 and 2027-W01 are neighbours; so are December and January, and days
        // around 29 February.
        QCOMPARE(periodOf(Granularity::Week, at("2027-01-04")) - periodOf(Granularity::Week, at("2026-12-31")), 1);
        QCOMPARE(
            periodOf(Granularity::Month, at("2027-01-01")) - periodOf(Granularity::Month, at("2026-12-31 23:59:59")),
            1);
        QCOMPARE(periodOf(Granularity::Day, at("2028-03-01")) - periodOf(Granularity::Day, at("2028-02-28")), 2);
        QCOMPARE(periodLabel(Granularity::Month, periodOf(Granularity::Month, at("2028-02-29 12:00"))),
            std::string("2028-02"));
        QCOMPARE(
            firstDayOfPeriod(Granularity::Month, periodOf(Granularity::Month, at("2028-02-29"))), day("2028-02-01"));
        QCOMPARE(periodLabel(Granularity::Day, day("2028-02-29")), std::string("2028-02-29"));
    }
};

QTEST_GUILESS_MAIN(TestActivity)
#include "tst_activity.moc"
