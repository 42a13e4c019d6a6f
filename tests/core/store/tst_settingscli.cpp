#include <cmath>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../clirun.h"

// End to end: `kinsight settings` shows and changes the community time zone, and every metric
// command follows it; `kinsight demo --timezone`.
//
// The five members of tests/core/metrics/tst_timezones.cpp, imported with explicit +08:00
// offsets (instants), then read in Asia/Shanghai and in UTC. The hand-worked numbers are there;
// in short:
//   monthly retention, UTC:      2026-05 4 | 3/4 2/4      2026-06 1 | 1
//   monthly retention, Shanghai: 2026-05 3 | 2/3 2/3 1/3  2026-06 2 | 1/2 1/2
//   engagement rows: UTC 2026-05-30 … 2026-06-30; Shanghai 2026-05-31 … 2026-07-01 (32 each).

namespace {

using Run = clitest::CliRun;

Run kinsight(const QStringList& arguments)
{
    return clitest::runKinsight(arguments);
}

QList<QStringList> csv(const QString& text)
{
    QList<QStringList> rows;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        rows << line.split(QLatin1Char(','));
    return rows;
}

/// Compares a retention row with expected fractions (NaN: empty cell).
void checkRow(const QStringList& row, const QString& cohort, int size, const std::vector<double>& values)
{
    QCOMPARE(row.value(0), cohort);
    QCOMPARE(row.value(1).toInt(), size);
    QCOMPARE(row.size(), static_cast<qsizetype>(values.size()) + 2);
    for (std::size_t k = 0; k < values.size(); ++k) {
        const QString cell = row.value(static_cast<qsizetype>(k) + 2);
        if (std::isnan(values[k]))
            QVERIFY2(cell.isEmpty(), qPrintable(cell));
        else
            QVERIFY2(std::abs(cell.toDouble() - values[k]) < 1e-9, qPrintable(cell));
    }
}

} // namespace

class TestSettingsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        KINSIGHT_CLI_DATABASE(m_dir, m_db, "community.db");
        const QString members = m_dir.filePath(QStringLiteral("members.csv"));
        const QString events = m_dir.filePath(QStringLiteral("events.csv"));
        QVERIFY(clitest::writeBytes(members,
            "member_id,joined_at\n"
            "m1,2026-05-31T23:30:00+08:00\n"
            "m2,2026-06-01T00:30:00+08:00\n"
            "m3,2026-05-31T00:30:00+08:00\n"
            "m4,2026-06-30T23:30:00+08:00\n"
            "m5,2026-05-30T23:30:00+08:00\n"));
        QVERIFY(clitest::writeBytes(events,
            "member_id,occurred_at,type\n"
            "m1,2026-05-31T23:30:00+08:00,view\n"
            "m1,2026-06-01T00:30:00+08:00,view\n"
            "m2,2026-06-01T00:30:00+08:00,view\n"
            "m2,2026-06-30T23:30:00+08:00,view\n"
            "m3,2026-06-30T23:30:00+08:00,view\n"
            "m3,2026-07-01T00:30:00+08:00,view\n"
            "m4,2026-07-01T00:30:00+08:00,view\n"
            "m5,2026-05-31T00:30:00+08:00,view\n"));
        const Run r = kinsight({ QStringLiteral("import"), QStringLiteral("--db"), m_db, members, events });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void changesTheZoneAndEveryMetricFollows()
    {
        Run r = kinsight({ QStringLiteral("settings"), QStringLiteral("--db"), m_db, QStringLiteral("--timezone"),
            QStringLiteral("Asia/Shanghai") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("key,value\ntime_zone,Asia/Shanghai\ncurrency,CNY\n"));
        r = kinsight({ QStringLiteral("settings"), QStringLiteral("--db"), m_db });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("key,value\ntime_zone,Asia/Shanghai\ncurrency,CNY\n"));

        const double nan = std::nan("");
        r = kinsight({ QStringLiteral("retention"), QStringLiteral("--db"), m_db });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QList<QStringList> rows = csv(r.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].join(QLatin1Char(',')), QStringLiteral("cohort,size,p0,p1,p2"));
        checkRow(rows[1], QStringLiteral("2026-05"), 3, { 2.0 / 3, 2.0 / 3, 1.0 / 3 });
        checkRow(rows[2], QStringLiteral("2026-06"), 2, { 0.5, 0.5, nan });
        r = kinsight({ QStringLiteral("engagement"), QStringLiteral("--db"), m_db });
        rows = csv(r.out);
        QCOMPARE(rows.size(), 33);
        QCOMPARE(rows[1].value(0), QStringLiteral("2026-05-31"));
        QCOMPARE(rows[1].value(1), QStringLiteral("2")); // m1 and m5
        QCOMPARE(rows[32].value(0), QStringLiteral("2026-07-01"));

        // Back to UTC: the same instants, other days.
        r = kinsight({ QStringLiteral("settings"), QStringLiteral("--db"), m_db, QStringLiteral("--timezone"),
            QStringLiteral("UTC") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QStringLiteral("key,value\ntime_zone,UTC\ncurrency,CNY\n"));
        r = kinsight({ QStringLiteral("retention"), QStringLiteral("--db"), m_db });
        rows = csv(r.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].join(QLatin1Char(',')), QStringLiteral("cohort,size,p0,p1"));
        checkRow(rows[1], QStringLiteral("2026-05"), 4, { 0.75, 0.5 });
        checkRow(rows[2], QStringLiteral("2026-06"), 1, { 1.0, nan });
        r = kinsight({ QStringLiteral("engagement"), QStringLiteral("--db"), m_db });
        rows = csv(r.out);
        QCOMPARE(rows.size(), 33);
        QCOMPARE(rows[1].value(0), QStringLiteral("2026-05-30"));
        QCOMPARE(rows[32].value(0), QStringLiteral("2026-06-30"));
        QCOMPARE(rows[32].value(1), QStringLiteral("3")); // m2, m3 and m4
    }

    void unknownZoneIsRefused()
    {
        const Run before = kinsight({ QStringLiteral("settings"), QStringLiteral("--db"), m_db });
        const Run r = kinsight({ QStringLiteral("settings"), QStringLiteral("--db"), m_db, QStringLiteral("--timezone"),
            QStringLiteral("Mars/Olympus_Mons") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("Mars/Olympus_Mons")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        const Run after = kinsight({ QStringLiteral("settings"), QStringLiteral("--db"), m_db });
        QCOMPARE(after.out, before.out);
    }

    void missingDatabase()
    {
        const Run r = kinsight(
            { QStringLiteral("settings"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("missing.db")) });
        QVERIFY(r.exitCode != 0);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("missing.db"))));
    }

    void jsonFormat()
    {
        const Run r = kinsight({ QStringLiteral("settings"), QStringLiteral("--db"), m_db, QStringLiteral("--format"),
            QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("time_zone")) && r.out.contains(QStringLiteral("currency")),
            qPrintable(r.out));
    }

    void demoInAZone()
    {
        // The demo's clock is local: the same seed in two zones gives the same local days, so the
        // same engagement table, from different instants.
        auto demo = [&](const QString& name, const QString& zone) {
            const QString db = m_dir.filePath(name);
            const Run r = kinsight({ QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--members"),
                QStringLiteral("150"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--timezone"),
                zone });
            if (r.exitCode != 0)
                qWarning("%s", qPrintable(r.err));
            return db;
        };
        const QString shanghai = demo(QStringLiteral("demo-sh.db"), QStringLiteral("Asia/Shanghai"));
        const QString utc = demo(QStringLiteral("demo-utc.db"), QStringLiteral("UTC"));
        const Run settings = kinsight({ QStringLiteral("settings"), QStringLiteral("--db"), shanghai });
        QCOMPARE(settings.out, QStringLiteral("key,value\ntime_zone,Asia/Shanghai\ncurrency,CNY\n"));
        const Run a = kinsight({ QStringLiteral("engagement"), QStringLiteral("--db"), shanghai });
        const Run b = kinsight({ QStringLiteral("engagement"), QStringLiteral("--db"), utc });
        QCOMPARE(a.exitCode, 0);
        QVERIFY(a.out.count(QLatin1Char('\n')) > 100);
        QCOMPARE(a.out, b.out);

        const Run bad = kinsight({ QStringLiteral("demo"), QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("bad.db")), QStringLiteral("--timezone"), QStringLiteral("Nowhere/Land") });
        QVERIFY(bad.exitCode != 0);
        QVERIFY2(bad.err.contains(QStringLiteral("Nowhere/Land")), qPrintable(bad.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.db"))));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestSettingsCli)
#include "tst_settingscli.moc"
