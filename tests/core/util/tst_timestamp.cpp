#include <QTest>

#include "core/util/timestamp.h"

using namespace kinsight::core;

class TestTimestamp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("epoch");
        // Epoch values computed by hand: 2026-01-01 is day 20454 (56 years with 14 leap days).
        QTest::newRow("date") << "2026-01-01" << true << qint64(20454) * 86400;
        QTest::newRow("date time") << "2026-01-01 08:30" << true << qint64(20454) * 86400 + 8 * 3600 + 30 * 60;
        QTest::newRow("date time seconds") << "2026-01-01 08:30:15" << true << qint64(20454) * 86400 + 30615;
        QTest::newRow("iso T") << "2026-01-01T08:30:15" << true << qint64(20454) * 86400 + 30615;
        QTest::newRow("iso Z") << "2026-01-01T08:30:15Z" << true << qint64(20454) * 86400 + 30615;
        QTest::newRow("iso fraction") << "2026-01-01T08:30:15.250Z" << true << qint64(20454) * 86400 + 30615;
        // Beijing time 08:30 is 00:30 UTC.
        QTest::newRow("iso +08:00") << "2026-01-01T08:30:00+08:00" << true << qint64(20454) * 86400 + 1800;
        // 23:00 at -02:00 is 01:00 UTC on the next day.
        QTest::newRow("iso -02:00") << "2026-01-01T23:00-02:00" << true << qint64(20455) * 86400 + 3600;
        QTest::newRow("epoch") << "1970-01-01" << true << qint64(0);
        QTest::newRow("leap day 2024") << "2024-02-29" << true << qint64(19782) * 86400;
        QTest::newRow("no leap day 2026") << "2026-02-29" << false << qint64(0);
        QTest::newRow("impossible 02-30") << "2026-02-30" << false << qint64(0);
        QTest::newRow("month 13") << "2026-13-01" << false << qint64(0);
        QTest::newRow("hour 24") << "2026-01-01 24:00" << false << qint64(0);
        QTest::newRow("slashes") << "2026/01/01" << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("trailing junk") << "2026-01-01x" << false << qint64(0);
        QTest::newRow("offset without T") << "2026-01-01 08:00+08:00" << false << qint64(0);
        QTest::newRow("short year") << "26-01-01" << false << qint64(0);
        // Found by fuzzing: an offset must not carry the instant out of the years 0001-9999.
        QTest::newRow("year 0000") << "0000-01-01T04:25+08:00" << false << qint64(0);
        QTest::newRow("into year 0") << "0001-01-01T04:25+08:00" << false << qint64(0);
        QTest::newRow("into year 10000") << "9999-12-31T23:00-02:00" << false << qint64(0);
        QTest::newRow("first instant") << "0001-01-01" << true << qint64(-62135596800);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, epoch);
        const auto parsed = parseTimestamp(text.toStdString());
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(static_cast<qint64>(*parsed), epoch);
    }
    void civilRoundTrip()
    {
        for (Day d = -800000; d < 800000; d += 997) {
            const CivilDate c = civilFromDays(d);
            QCOMPARE(daysFromCivil(c.year, c.month, c.day), d);
        }
    }
    void isoWeeks_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("week");
        // ISO weeks across year ends (checked against `date +%G-W%V`).
        QTest::newRow("2026-01-01 thu") << "2026-01-01"
                                        << "2026-W01";
        QTest::newRow("2024-12-30 mon") << "2024-12-30"
                                        << "2025-W01";
        QTest::newRow("2021-01-03 sun") << "2021-01-03"
                                        << "2020-W53";
        QTest::newRow("2020-12-31") << "2020-12-31"
                                    << "2020-W53";
        QTest::newRow("2027-01-01 fri") << "2027-01-01"
                                        << "2026-W53";
        QTest::newRow("2026-11-23 mon") << "2026-11-23"
                                        << "2026-W48";
    }
    void isoWeeks()
    {
        QFETCH(QString, date);
        QFETCH(QString, week);
        const Day d = dayOf(*parseTimestamp(date.toStdString()));
        QCOMPARE(QString::fromStdString(formatIsoWeek(d)), week);
        QCOMPARE(formatDay(mondayOf(d)) <= formatDay(d), true);
    }
    void formatting()
    {
        QCOMPARE(QString::fromStdString(formatMonthIndex(monthIndexOf(*parseTimestamp("2026-02-28 23:59:59")))),
            QStringLiteral("2026-02"));
        QCOMPARE(QString::fromStdString(formatTimestamp(*parseTimestamp("2026-03-01T00:00:00+08:00"))),
            QStringLiteral("2026-02-28 16:00:00"));
        QCOMPARE(dayOf(-1), -1);
        QCOMPARE(dayOf(0), 0);
        QCOMPARE(dayOf(86399), 0);
    }
};

QTEST_GUILESS_MAIN(TestTimestamp)
#include "tst_timestamp.moc"
