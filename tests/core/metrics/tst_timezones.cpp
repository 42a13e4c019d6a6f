#include <cmath>

#include <QTest>

#include "core/metrics/activity.h"
#include "core/metrics/engagement.h"
#include "core/metrics/funnel.h"
#include "core/metrics/metrictables.h"
#include "core/metrics/pricing.h"
#include "core/metrics/retention.h"
#include "core/metrics/rfm.h"

// The same instants read in two community time zones.
//
// Five members, every instant at 23:30 or 00:30 Beijing time (UTC+8) around the end of May and of
// June 2026. 23:30 on day D in Beijing is 15:30 UTC on D; 00:30 on D + 1 in Beijing is 16:30 UTC
// on D: both fall on the same UTC day, on two Beijing days.
//
//        joined (Beijing)   = UTC            activities (Beijing)              = UTC
//   m1   05-31 23:30        05-31 15:30      05-31 23:30, 06-01 00:30          05-31 15:30, 05-31 16:30
//   m2   06-01 00:30        05-31 16:30      06-01 00:30, 06-30 23:30          05-31 16:30, 06-30 15:30
//   m3   05-31 00:30        05-30 16:30      06-30 23:30, 07-01 00:30          06-30 15:30, 06-30 16:30
//   m4   06-30 23:30        06-30 15:30      07-01 00:30                       06-30 16:30
//   m5   05-30 23:30        05-30 15:30      05-31 00:30                       05-30 16:30
//
// Activity days:                 UTC                     Asia/Shanghai
//   m1                           05-31                   05-31, 06-01
//   m2                           05-31, 06-30            06-01, 06-30
//   m3                           06-30                   06-30, 07-01
//   m4                           06-30                   07-01
//   m5                           05-30                   05-31
// End of the data: 06-30 16:30 UTC = 07-01 00:30 Beijing.
//
// DAU. UTC, rows 05-30 … 06-30 (32 days): 05-30 m5 → 1; 05-31 m1 m2 → 2; 06-30 m2 m3 m4 → 3; the
// 29 days between 0. Shanghai, rows 05-31 … 07-01 (32 days): 05-31 m1 m5 → 2; 06-01 m1 m2 → 2;
// 06-30 m2 m3 → 2; 07-01 m3 m4 → 2; the 28 days between 0.
// WAU(05-31, UTC) = [05-25, 05-31]: m1 m2 m5 = 3. WAU(06-01, Shanghai) = [05-26, 06-01]: m1 m2 m5 = 3.
// MAU(06-30, UTC) = [06-01, 06-30]: m2 m3 m4 = 3 (05-31 is 30 days back: out).
// MAU(06-29, UTC) = [05-31, 06-29]: m1 m2 = 2. MAU(07-01, Shanghai) = [06-02, 07-01]: m2 m3 m4 = 3.
//
// Monthly cohorts (month of joined_at) and retention (active in month k after joining / size).
//   UTC: May {m1 m2 m3 m5} (m2 joined 05-31 16:30 UTC), June {m4}; end month June.
//     May  p0 (May): m1 m2 m5 = 3/4; p1 (June): m2 m3 = 2/4.
//     June p0: m4 = 1/1.
//   Shanghai: May {m1 m3 m5}, June {m2 m4} (m2 joined 06-01 00:30); end month July.
//     May  p0: m1 m5 = 2/3; p1 (June): m1 m3 = 2/3; p2 (July): m3 = 1/3.
//     June p0: m2 = 1/2 (m4's only day is 07-01); p1 (July): m4 = 1/2.
// ISO weekly cohorts: 2026-05-31 is a Sunday (2026-01-01 is a Thursday; 31 May is day 150 of the
// year, 150 = 7·21 + 3 → Sunday), so 05-25 … 05-31 is 2026-W22 and 06-01 starts W23; 06-29 starts
// W27 (W23 + 4), which holds 06-30 and 07-01; the end week is W27 in both zones.
//   UTC: W22 {m1 m2 m3 m5}: p0 m1 m2 m5 = 3/4, p1…p4 0, p5 (W27) m2 m3 = 2/4. W27 {m4}: p0 1.
//   Shanghai: W22 {m1 m3 m5}: p0 m1 m5 = 2/3, p1 (W23) m1 = 1/3, p2…p4 0, p5 (W27) m3 = 1/3.
//     W23 {m2}: p0 1, p1…p3 0, p4 (W27) 1. W27 {m4}: p0 1.

// Daylight saving: Europe/Berlin moves from UTC+1 to UTC+2 at 01:00 UTC on Sunday 29 March 2026
// (a local day of 23 hours) and back at 01:00 UTC on Sunday 25 October 2026 (25 hours).
// One member, joined Monday 2026-03-23 10:00 Berlin (09:00 UTC), active at (Berlin → UTC):
//   03-28 23:30 CET  → 03-28 22:30      03-29 00:30 CET  → 03-28 23:30
//   03-29 23:30 CEST → 03-29 21:30      03-30 00:30 CEST → 03-29 22:30
//   10-24 23:30 CEST → 10-24 21:30      10-25 00:30 CEST → 10-24 22:30
//   10-25 23:30 CET  → 10-25 22:30      10-26 00:30 CET  → 10-25 23:30
// Berlin days: 03-28 03-29 03-30 10-24 10-25 10-26 (six); UTC days: 03-28 03-29 10-24 10-25.
// (A day cache that took the start of the next day as 24 hours after midnight would put
// 03-29 22:30 UTC, which is 00:30 on the 30th in Berlin, on the 29th: 03-29 has 23 hours.)
// ISO weeks: 2026-03-23 is the Monday of W13 (2025-12-29 + 12 weeks), 03-30 starts W14,
// 10-26 starts W44 (2025-12-29 + 301 days = 43 weeks). Berlin: weeks W13 W14 W43 W44, end week
// W44, so the W13 cohort reports p0 … p31 with p0 = p1 = p30 = p31 = 1 and 0 between. UTC: weeks
// W13 W43 (both Sundays stay in their week), end week W43: p0 … p30 with p0 = p30 = 1.
// Recency across the spring change: a paid order at 03-29 00:30 CET (03-28 23:30 UTC), the end
// of the data at 03-29 23:30 CEST (03-29 21:30 UTC): 0 days in Berlin (one local date), 1 in UTC.

using namespace kinsight::core;

namespace {

Timestamp utc(int y, unsigned mo, unsigned d, int h, int mi)
{
    return startOfDay(daysFromCivil(y, mo, d)) + h * 3600 + mi * 60;
}

/// Beijing wall clock → instant (UTC+8, no daylight saving since 1991).
Timestamp beijing(unsigned mo, unsigned d, int h, int mi)
{
    return utc(2026, mo, d, h, mi) - 8 * 3600;
}

CommunityPtr fiveMembers(const char* zone)
{
    CommunityBuilder b;
    struct Member {
        const char* id;
        Timestamp joined;
        std::vector<Timestamp> activity;
    };
    const Member members[] = {
        { "m1", beijing(5, 31, 23, 30), { beijing(5, 31, 23, 30), beijing(6, 1, 0, 30) } },
        { "m2", beijing(6, 1, 0, 30), { beijing(6, 1, 0, 30), beijing(6, 30, 23, 30) } },
        { "m3", beijing(5, 31, 0, 30), { beijing(6, 30, 23, 30), beijing(7, 1, 0, 30) } },
        { "m4", beijing(6, 30, 23, 30), { beijing(7, 1, 0, 30) } },
        { "m5", beijing(5, 30, 23, 30), { beijing(5, 31, 0, 30) } },
    };
    for (const Member& m : members) {
        const Index i = b.addMember({ m.id, m.joined, "", "", "", "", "", "" });
        for (Timestamp t : m.activity)
            b.addEvent({ i, noIndex, t, "view" });
    }
    b.setTimeZone(TimeZone::fromId(zone).value());
    return b.build();
}

Day date(unsigned mo, unsigned d)
{
    return daysFromCivil(2026, mo, d);
}

/// DAU by day as (day, count) for the non-zero days.
std::vector<std::pair<Day, int>> activeDays(const DailyActivity& a)
{
    std::vector<std::pair<Day, int>> out;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a.dau[i] > 0)
            out.emplace_back(a.day[i], a.dau[i]);
    }
    return out;
}

int at(const DailyActivity& a, const std::vector<int>& column, Day d)
{
    return column[static_cast<std::size_t>(d - a.day.front())];
}

/// Retention rows as "label size v0 v1 …" with values to 4 decimals, "-" for empty.
QStringList retentionRows(const Community& c, Granularity g)
{
    const ActivityDays a = computeActivityDays(c);
    const RetentionMatrix m = retentionMatrix(computeCohortCounts(c, a, g, CohortBreakdown::None), {});
    QStringList out;
    for (const RetentionMatrix::Row& row : m.rows) {
        QString line = QString::fromStdString(row.label) + QLatin1Char(' ') + QString::number(row.size);
        for (int k = 0; k < m.periods; ++k) {
            const double v = static_cast<std::size_t>(k) < row.value.size() ? row.value[static_cast<std::size_t>(k)]
                                                                            : std::nan("");
            line += QLatin1Char(' ') + (std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', 4));
        }
        out << line;
    }
    return out;
}

/// Berlin wall clock → instant, by the rules above (no other conversion involved).
Timestamp berlin(unsigned mo, unsigned d, int h, int mi)
{
    const Timestamp local = utc(2026, mo, d, h, mi);
    const bool summer = local >= utc(2026, 3, 29, 3, 0) && local < utc(2026, 10, 25, 2, 0);
    return local - (summer ? 2 : 1) * 3600;
}

CommunityPtr daylightSaving(const char* zone)
{
    CommunityBuilder b;
    const Index m = b.addMember({ "b1", berlin(3, 23, 10, 0), "", "", "", "", "", "" });
    for (const Timestamp t : { berlin(3, 28, 23, 30), berlin(3, 29, 0, 30), berlin(3, 29, 23, 30), berlin(3, 30, 0, 30),
             berlin(10, 24, 23, 30), berlin(10, 25, 0, 30), berlin(10, 25, 23, 30), berlin(10, 26, 0, 30) })
        b.addEvent({ m, noIndex, t, "view" });
    b.setTimeZone(TimeZone::fromId(zone).value());
    return b.build();
}

} // namespace

class TestTimeZones : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dauInUtc()
    {
        const CommunityPtr c = fiveMembers("UTC");
        const DailyActivity d = computeDailyActivity(computeActivityDays(*c));
        QCOMPARE(d.size(), std::size_t(32));
        QCOMPARE(d.day.front(), date(5, 30));
        QCOMPARE(d.day.back(), date(6, 30));
        const std::vector<std::pair<Day, int>> expected
            = { { date(5, 30), 1 }, { date(5, 31), 2 }, { date(6, 30), 3 } };
        QCOMPARE(activeDays(d), expected);
        QCOMPARE(at(d, d.wau, date(5, 31)), 3);
        QCOMPARE(at(d, d.mau, date(6, 30)), 3);
        QCOMPARE(at(d, d.mau, date(6, 29)), 2);
    }

    void dauInShanghai()
    {
        const CommunityPtr c = fiveMembers("Asia/Shanghai");
        const DailyActivity d = computeDailyActivity(computeActivityDays(*c));
        QCOMPARE(d.size(), std::size_t(32));
        QCOMPARE(d.day.front(), date(5, 31));
        QCOMPARE(d.day.back(), date(7, 1));
        const std::vector<std::pair<Day, int>> expected
            = { { date(5, 31), 2 }, { date(6, 1), 2 }, { date(6, 30), 2 }, { date(7, 1), 2 } };
        QCOMPARE(activeDays(d), expected);
        QCOMPARE(at(d, d.wau, date(6, 1)), 3);
        QCOMPARE(at(d, d.mau, date(7, 1)), 3);
        // The CLI's first column is the local date.
        const Table t = engagementTable(d);
        QCOMPARE(std::get<std::string>(t.rows.front()[0]), std::string("2026-05-31"));
        QCOMPARE(std::get<std::string>(t.rows.back()[0]), std::string("2026-07-01"));
    }

    void monthlyCohorts_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("UTC") << "UTC"
                             << QStringList { QStringLiteral("2026-05 4 0.7500 0.5000"),
                                    QStringLiteral("2026-06 1 1.0000 -") };
        QTest::newRow("Asia/Shanghai") << "Asia/Shanghai"
                                       << QStringList { QStringLiteral("2026-05 3 0.6667 0.6667 0.3333"),
                                              QStringLiteral("2026-06 2 0.5000 0.5000 -") };
    }
    void monthlyCohorts()
    {
        QFETCH(QString, zone);
        QFETCH(QStringList, rows);
        QCOMPARE(retentionRows(*fiveMembers(zone.toUtf8().constData()), Granularity::Month), rows);
    }

    void weeklyCohorts_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("UTC") << "UTC"
                             << QStringList { QStringLiteral("2026-W22 4 0.7500 0.0000 0.0000 0.0000 0.0000 0.5000"),
                                    QStringLiteral("2026-W27 1 1.0000 - - - - -") };
        QTest::newRow("Asia/Shanghai") << "Asia/Shanghai"
                                       << QStringList { QStringLiteral(
                                                            "2026-W22 3 0.6667 0.3333 0.0000 0.0000 0.0000 0.3333"),
                                              QStringLiteral("2026-W23 1 1.0000 0.0000 0.0000 0.0000 1.0000 -"),
                                              QStringLiteral("2026-W27 1 1.0000 - - - - -") };
    }
    void weeklyCohorts()
    {
        QFETCH(QString, zone);
        QFETCH(QStringList, rows);
        QCOMPARE(retentionRows(*fiveMembers(zone.toUtf8().constData()), Granularity::Week), rows);
    }

    void sameInstantsAnotherZone()
    {
        // Reading the same rows in another zone moves no instant: only the days they fall on.
        const CommunityPtr a = fiveMembers("UTC");
        const CommunityPtr b = fiveMembers("Asia/Shanghai");
        QCOMPARE(a->members.joinedAt, b->members.joinedAt);
        QCOMPARE(a->events.occurredAt, b->events.occurredAt);
        QCOMPARE(a->dataEnd, b->dataEnd);
        QCOMPARE(endDayOf(*a), date(6, 30));
        QCOMPARE(endDayOf(*b), date(7, 1));
    }

    void berlinHelperMatchesTheRules()
    {
        // The fixture's own conversion against the hand-written UTC instants above.
        QCOMPARE(berlin(3, 29, 0, 30), utc(2026, 3, 28, 23, 30));
        QCOMPARE(berlin(3, 30, 0, 30), utc(2026, 3, 29, 22, 30));
        QCOMPARE(berlin(10, 25, 0, 30), utc(2026, 10, 24, 22, 30));
        QCOMPARE(berlin(10, 26, 0, 30), utc(2026, 10, 25, 23, 30));
    }

    void daylightSavingDays()
    {
        const ActivityDays berlinDays = computeActivityDays(*daylightSaving("Europe/Berlin"));
        const std::vector<Day> expected
            = { date(3, 28), date(3, 29), date(3, 30), date(10, 24), date(10, 25), date(10, 26) };
        QCOMPARE(std::vector<Day>(berlinDays.days.begin(), berlinDays.days.end()), expected);
        QCOMPARE(berlinDays.endDay, date(10, 26));
        const ActivityDays utcDays = computeActivityDays(*daylightSaving("UTC"));
        const std::vector<Day> expectedUtc = { date(3, 28), date(3, 29), date(10, 24), date(10, 25) };
        QCOMPARE(std::vector<Day>(utcDays.days.begin(), utcDays.days.end()), expectedUtc);
        QCOMPARE(utcDays.endDay, date(10, 25));
    }

    void daylightSavingWeeks()
    {
        const QStringList berlinRows = retentionRows(*daylightSaving("Europe/Berlin"), Granularity::Week);
        QCOMPARE(berlinRows.size(), 1);
        QStringList expected = { QStringLiteral("2026-W13"), QStringLiteral("1") };
        for (int k = 0; k < 32; ++k)
            expected << (k == 0 || k == 1 || k == 30 || k == 31 ? QStringLiteral("1.0000") : QStringLiteral("0.0000"));
        QCOMPARE(berlinRows.front(), expected.join(QLatin1Char(' ')));

        const QStringList utcRows = retentionRows(*daylightSaving("UTC"), Granularity::Week);
        QStringList expectedUtc = { QStringLiteral("2026-W13"), QStringLiteral("1") };
        for (int k = 0; k < 31; ++k)
            expectedUtc << (k == 0 || k == 30 ? QStringLiteral("1.0000") : QStringLiteral("0.0000"));
        QCOMPARE(utcRows.front(), expectedUtc.join(QLatin1Char(' ')));
    }

    void recencyCountsLocalDates()
    {
        for (const char* zone : { "Europe/Berlin", "UTC" }) {
            CommunityBuilder b;
            const Index m = b.addMember({ "r1", berlin(3, 20, 12, 0), "", "", "", "", "", "" });
            const Index p = b.addProduct({ "p1", "Course", ProductKind::Course, "", 1000, "", "", noTimestamp });
            b.addOrder({ "o1", m, p, berlin(3, 29, 0, 30), 1000, OrderType::Purchase, Plan::None, OrderStatus::Paid });
            b.addEvent({ m, noIndex, berlin(3, 29, 23, 30), "view" });
            b.setTimeZone(TimeZone::fromId(zone).value());
            const CommunityPtr c = b.build();
            const RfmScores rfm = computeRfm(*c);
            QCOMPARE(rfm.recencyDays[0], std::string_view(zone) == "UTC" ? 1 : 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeZones)
#include "tst_timezones.moc"
