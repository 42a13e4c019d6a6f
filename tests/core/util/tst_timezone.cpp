#include <QDateTime>
#include <QTest>
#include <QTimeZone>

#include "core/util/timezone.h"

using namespace kinsight::core;

namespace {

// Instants written out by hand from the civil date and the zone's published rules (IANA tzdata):
// Asia/Shanghai is UTC+8 all year since 1992; Europe/Berlin moves from UTC+1 to UTC+2 at
// 01:00 UTC on the last Sunday of March and back at 01:00 UTC on the last Sunday of October.
Timestamp utc(int y, unsigned mo, unsigned d, int h = 0, int mi = 0, int s = 0)
{
    return static_cast<Timestamp>(daysFromCivil(y, mo, d)) * secondsPerDay + h * 3600 + mi * 60 + s;
}

TimeZone zone(const char* id)
{
    auto z = TimeZone::fromId(id);
    if (!z)
        qFatal("%s", z.error().c_str());
    return z.value();
}

} // namespace

class TestTimeZone : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void utcIsIdentity()
    {
        const TimeZone z;
        QCOMPARE(QString::fromStdString(z.id()), QStringLiteral("UTC"));
        QVERIFY(z.isUtc());
        QCOMPARE(z.offsetAt(utc(2026, 5, 31, 23, 30)), 0);
        QCOMPARE(z.dayOf(utc(2026, 5, 31, 23, 30)), daysFromCivil(2026, 5, 31));
        QCOMPARE(z.fromLocal(utc(2026, 1, 1, 8)), utc(2026, 1, 1, 8));
    }

    void offsets_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("instant");
        QTest::addColumn<int>("offset");
        QTest::newRow("Shanghai winter") << "Asia/Shanghai" << qint64(utc(2026, 1, 15, 12)) << 8 * 3600;
        QTest::newRow("Shanghai summer") << "Asia/Shanghai" << qint64(utc(2026, 7, 15, 12)) << 8 * 3600;
        QTest::newRow("Berlin before spring change") << "Europe/Berlin" << qint64(utc(2026, 3, 29, 0, 59, 59)) << 3600;
        QTest::newRow("Berlin at spring change") << "Europe/Berlin" << qint64(utc(2026, 3, 29, 1)) << 7200;
        QTest::newRow("Berlin before autumn change") << "Europe/Berlin" << qint64(utc(2026, 10, 25, 0, 59, 59)) << 7200;
        QTest::newRow("Berlin at autumn change") << "Europe/Berlin" << qint64(utc(2026, 10, 25, 1)) << 3600;
        QTest::newRow("New York summer") << "America/New_York" << qint64(utc(2026, 7, 1)) << -4 * 3600;
    }
    void offsets()
    {
        QFETCH(QString, zone);
        QFETCH(qint64, instant);
        QFETCH(int, offset);
        QCOMPARE(::zone(zone.toUtf8().constData()).offsetAt(instant), offset);
    }

    void localDaysAroundMidnight()
    {
        const TimeZone shanghai = zone("Asia/Shanghai");
        // 23:30 on 31 May in Beijing is 15:30 UTC; 00:30 on 1 June is 16:30 UTC on 31 May.
        QCOMPARE(shanghai.dayOf(utc(2026, 5, 31, 15, 30)), daysFromCivil(2026, 5, 31));
        QCOMPARE(shanghai.dayOf(utc(2026, 5, 31, 16, 30)), daysFromCivil(2026, 6, 1));
        QCOMPARE(shanghai.monthIndexOf(utc(2026, 5, 31, 16, 30)), 2026 * 12 + 5);
        QCOMPARE(shanghai.startOfDay(daysFromCivil(2026, 6, 1)), utc(2026, 5, 31, 16));
        QCOMPARE(QString::fromStdString(shanghai.formatLocal(utc(2026, 5, 31, 16, 30))),
            QStringLiteral("2026-06-01 00:30:00"));
    }

    void wallClockToInstant_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<qint64>("local");
        QTest::addColumn<qint64>("instant");
        QTest::newRow("Shanghai") << "Asia/Shanghai" << qint64(utc(2026, 6, 1, 0, 30))
                                  << qint64(utc(2026, 5, 31, 16, 30));
        QTest::newRow("Berlin winter") << "Europe/Berlin" << qint64(utc(2026, 1, 10, 12))
                                       << qint64(utc(2026, 1, 10, 11));
        QTest::newRow("Berlin summer") << "Europe/Berlin" << qint64(utc(2026, 7, 10, 12))
                                       << qint64(utc(2026, 7, 10, 10));
        // 02:30 on 29 March 2026 does not exist in Berlin: read with the winter offset, 01:30 UTC.
        QTest::newRow("Berlin skipped hour")
            << "Europe/Berlin" << qint64(utc(2026, 3, 29, 2, 30)) << qint64(utc(2026, 3, 29, 1, 30));
        // 02:30 on 25 October 2026 happens twice: the first time, still in summer time, 00:30 UTC.
        QTest::newRow("Berlin repeated hour")
            << "Europe/Berlin" << qint64(utc(2026, 10, 25, 2, 30)) << qint64(utc(2026, 10, 25, 0, 30));
        QTest::newRow("Berlin after repeated hour")
            << "Europe/Berlin" << qint64(utc(2026, 10, 25, 3, 30)) << qint64(utc(2026, 10, 25, 2, 30));
    }
    void wallClockToInstant()
    {
        QFETCH(QString, zone);
        QFETCH(qint64, local);
        QFETCH(qint64, instant);
        const TimeZone z = ::zone(zone.toUtf8().constData());
        QCOMPARE(z.fromLocal(local), instant);
    }

    void berlinDaysAcrossChanges()
    {
        const TimeZone berlin = zone("Europe/Berlin");
        // The spring day has 23 hours, the autumn day 25.
        const Day spring = daysFromCivil(2026, 3, 29);
        QCOMPARE(berlin.startOfDay(spring), utc(2026, 3, 28, 23));
        QCOMPARE(berlin.startOfDay(spring + 1) - berlin.startOfDay(spring), Timestamp(23 * 3600));
        const Day autumn = daysFromCivil(2026, 10, 25);
        QCOMPARE(berlin.startOfDay(autumn), utc(2026, 10, 24, 22));
        QCOMPARE(berlin.startOfDay(autumn + 1) - berlin.startOfDay(autumn), Timestamp(25 * 3600));
        QCOMPARE(berlin.dayOf(utc(2026, 10, 25, 22, 59, 59)), autumn);
        QCOMPARE(berlin.dayOf(utc(2026, 10, 25, 23)), autumn + 1);
    }

    void midnightInAGap()
    {
        // São Paulo moved its clocks from 00:00 to 01:00 on 4 November 2018: that day began at
        // 01:00 local time, 03:00 UTC.
        const TimeZone saoPaulo = zone("America/Sao_Paulo");
        QCOMPARE(saoPaulo.startOfDay(daysFromCivil(2018, 11, 4)), utc(2018, 11, 4, 3));
    }

    void offsetLookUpAgreesWithQt_data()
    {
        QTest::addColumn<QString>("zone");
        for (const char* z : { "Europe/Berlin", "Asia/Shanghai", "America/New_York", "Australia/Lord_Howe",
                 "America/Sao_Paulo", "Pacific/Apia", "Asia/Kolkata" })
            QTest::newRow(z) << QString::fromLatin1(z);
    }
    void offsetLookUpAgreesWithQt()
    {
        // The bucket index against Qt's own answer, every 7919 s (a prime: every time of day)
        // from 1960 to 2037, and a second either side of every transition in that range. (From
        // 2038 on, the tzdata files state the rule rather than the transitions, and the table
        // keeps the last listed offset.)
        QFETCH(QString, zone);
        const TimeZone z = ::zone(zone.toUtf8().constData());
        const QTimeZone qt(zone.toUtf8());
        const Timestamp from = utc(1960, 1, 1), to = utc(2038, 1, 1);
        int checked = 0;
        for (Timestamp t = from; t < to; t += 7919) {
            if (z.offsetAt(t) != qt.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc())))
                QFAIL(qPrintable(QStringLiteral("offset differs at %1").arg(t)));
            ++checked;
        }
        for (const QTimeZone::OffsetData& d : qt.transitions(QDateTime::fromSecsSinceEpoch(from, QTimeZone::utc()),
                 QDateTime::fromSecsSinceEpoch(to, QTimeZone::utc()))) {
            const Timestamp t = d.atUtc.toSecsSinceEpoch();
            QCOMPARE(z.offsetAt(t), d.offsetFromUtc);
            QCOMPARE(z.offsetAt(t - 1), qt.offsetFromUtc(QDateTime::fromSecsSinceEpoch(t - 1, QTimeZone::utc())));
        }
        QVERIFY(checked > 290000);
    }

    void daySpans()
    {
        const TimeZone berlin = zone("Europe/Berlin");
        // The 23-hour day, 29 March 2026: 00:00 CET (23:00 UTC on the 28th) to 00:00 CEST (22:00
        // UTC), split at the change (01:00 UTC) into two spans of one offset each.
        const Day spring = daysFromCivil(2026, 3, 29);
        TimeZone::DaySpan s = berlin.daySpanOf(utc(2026, 3, 29, 0, 30));
        QCOMPARE(s.day, spring);
        QCOMPARE(s.begin, utc(2026, 3, 28, 23));
        QCOMPARE(s.end, utc(2026, 3, 29, 1));
        s = berlin.daySpanOf(utc(2026, 3, 29, 21, 30));
        QCOMPARE(s.day, spring);
        QCOMPARE(s.begin, utc(2026, 3, 29, 1));
        QCOMPARE(s.end, utc(2026, 3, 29, 22));
        QCOMPARE(berlin.daySpanOf(utc(2026, 3, 29, 22, 30)).day, spring + 1);
        // An ordinary day is one span: local midnight to local midnight.
        s = berlin.daySpanOf(utc(2026, 7, 1, 12));
        QCOMPARE(s.begin, utc(2026, 6, 30, 22));
        QCOMPARE(s.end, utc(2026, 7, 1, 22));
        const TimeZone u;
        s = u.daySpanOf(utc(2026, 7, 1, 12));
        QCOMPARE(s.begin, utc(2026, 7, 1));
        QCOMPARE(s.end, utc(2026, 7, 2));
    }

    void monthsAndCalendarDays()
    {
        const TimeZone shanghai = zone("Asia/Shanghai");
        QCOMPARE(shanghai.startOfMonth(2026 * 12 + 5), utc(2026, 5, 31, 16)); // 1 June 00:00 Beijing
        const TimeZone berlin = zone("Europe/Berlin");
        // One calendar day after 12:00 on 28 March is 12:00 on the 29th: 23 hours later.
        QCOMPARE(berlin.addDays(utc(2026, 3, 28, 11), 1), utc(2026, 3, 29, 10));
        QCOMPARE(berlin.addDays(utc(2026, 10, 24, 10), 1), utc(2026, 10, 25, 11));
    }

    void unknownZone()
    {
        auto z = TimeZone::fromId("Mars/Olympus_Mons");
        QVERIFY(!z.ok());
        QVERIFY(QString::fromStdString(z.error()).contains(QStringLiteral("Mars/Olympus_Mons")));
        QVERIFY(!TimeZone::isKnown(""));
        QVERIFY(TimeZone::isKnown("Asia/Shanghai"));
    }
};

QTEST_GUILESS_MAIN(TestTimeZone)
#include "tst_timezone.moc"
