#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include "../clirun.h"

// End to end: imports tests/data/actions/*.csv (the community of fixture.h) into a database
// created in UTC and one created in Asia/Shanghai (a new database takes the machine's zone, here
// TZ), then checks `kinsight actions` and `kinsight audience`: columns, row order, value formats.
// The expected lists are worked out in tst_actions.cpp; at the default leader threshold (0.95)
// the fixture's small star has no leader, so leader_quiet is empty here.

namespace {

using Run = clitest::CliRun;

Run kinsight(const QStringList& arguments, const QString& zone = QStringLiteral("UTC"))
{
    return clitest::runKinsight(arguments, { { QStringLiteral("TZ"), zone } });
}

/// "action,member_id,value" per row (the fixture's fields hold no commas).
QStringList rows(const QString& csv, QString& header)
{
    QStringList out;
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    header = lines.value(0);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(','));
        out << QStringList { f.value(0), f.value(1), f.value(3) }.join(QLatin1Char(','));
    }
    return out;
}

} // namespace

class TestActionsCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        KINSIGHT_REQUIRE_EXECUTABLE();
        QVERIFY(m_dir.isValid());
        for (const QString& zone : { QStringLiteral("UTC"), QStringLiteral("Asia/Shanghai") }) {
            const QString db
                = m_dir.filePath(QString(zone).replace(QLatin1Char('/'), QLatin1Char('_')) + QStringLiteral(".db"));
            const Run r = clitest::importFixture(
                QStringLiteral(KINSIGHT_TEST_DATA_DIR "/actions/"), db, { { QStringLiteral("TZ"), zone } });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
    }

    void lists_data()
    {
        QTest::addColumn<QString>("db");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("UTC") << QStringLiteral("UTC.db") << QStringList {}
                             << QStringList { QStringLiteral("trial_not_converted,a_trial,10"),
                                    QStringLiteral("paying_at_risk,d_risk,123.45"),
                                    QStringLiteral("paying_at_risk,e_risk,50.00"),
                                    QStringLiteral("renewal_due,h_renew,45.00"),
                                    QStringLiteral("renewal_due,g_renew,30.00"),
                                    QStringLiteral("new_not_activated,j_new,10"),
                                    QStringLiteral("new_not_activated,k_new,3") };
        QTest::newRow("Asia/Shanghai") << QStringLiteral("Asia_Shanghai.db") << QStringList {}
                                       << QStringList { QStringLiteral("trial_not_converted,b_trial,13"),
                                              QStringLiteral("trial_not_converted,a_trial,10"),
                                              QStringLiteral("paying_at_risk,d_risk,123.45"),
                                              QStringLiteral("renewal_due,g_renew,30.00"),
                                              QStringLiteral("new_not_activated,l_new,14"),
                                              QStringLiteral("new_not_activated,j_new,10") };
        QTest::newRow("UTC as of 2026-03-10")
            << QStringLiteral("UTC.db") << QStringList { QStringLiteral("--as-of"), QStringLiteral("2026-03-10") }
            << QStringList { QStringLiteral("trial_not_converted,b_trial,4"),
                   QStringLiteral("trial_not_converted,a_trial,0"), QStringLiteral("paying_at_risk,f_lost,80.00"),
                   QStringLiteral("new_not_activated,l_new,5") };
    }
    void lists()
    {
        QFETCH(QString, db);
        QFETCH(QStringList, args);
        const Run r
            = kinsight(QStringList { QStringLiteral("actions"), QStringLiteral("--db"), m_dir.filePath(db) } + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString header;
        const QStringList got = rows(r.out, header);
        QCOMPARE(header, QStringLiteral("action,member_id,name,value,reason"));
        QTEST(got, "expected");
    }

    void reasonsAndNames()
    {
        const Run r
            = kinsight({ QStringLiteral("actions"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("UTC.db")) });
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(1),
            QStringLiteral(
                "trial_not_converted,a_trial,Name a_trial,10,Tried 《Course》 10 days ago and has not bought "
                "since"));
        QCOMPARE(lines.value(2),
            QStringLiteral("paying_at_risk,d_risk,Name d_risk,123.45,Silent for 30 days after 2 paid orders"));
    }

    void json()
    {
        const Run r = kinsight({ QStringLiteral("actions"), QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("UTC.db")), QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), 7);
        const QJsonObject risk = rows[1].toObject();
        QCOMPARE(risk.value(QStringLiteral("action")).toString(), QStringLiteral("paying_at_risk"));
        QCOMPARE(risk.value(QStringLiteral("value")).toDouble(), 123.45);
        QCOMPARE(rows[0].toObject().value(QStringLiteral("value")).toInt(), 10);
    }

    void badDate_data()
    {
        QTest::addColumn<QString>("date");
        QTest::newRow("not a date") << QStringLiteral("yesterday");
        QTest::newRow("impossible") << QStringLiteral("2026-02-30");
        QTest::newRow("with a time") << QStringLiteral("2026-03-10T00:00");
        QTest::newRow("short") << QStringLiteral("2026-3-10");
    }
    void badDate()
    {
        QFETCH(QString, date);
        const Run r = kinsight({ QStringLiteral("actions"), QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("UTC.db")), QStringLiteral("--as-of"), date });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("YYYY-MM-DD")));
    }

    void audience()
    {
        // Popular scores P1 by its 4 pairs (c, d, e, f bought it) for everyone else: 17 members,
        // ties by member id; a and b only tried it, so they may be offered it.
        const Run r = kinsight({ QStringLiteral("audience"), QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("UTC.db")), QStringLiteral("--product"), QStringLiteral("P1"),
            QStringLiteral("--method"), QStringLiteral("popular"), QStringLiteral("--k"), QStringLiteral("3") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), QStringLiteral("rank,member_id,name,score,reason"));
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines[1].startsWith(QStringLiteral("1,a_trial,Name a_trial,4,")));
        QVERIFY(lines[2].startsWith(QStringLiteral("2,b_trial,Name b_trial,4,")));
        QVERIFY(lines[3].startsWith(QStringLiteral("3,g_renew,Name g_renew,4,")));

        // The default method and K: never a holder of P1.
        const Run all = kinsight({ QStringLiteral("audience"), QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("UTC.db")), QStringLiteral("--product"), QStringLiteral("P1") });
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        for (const char* holder : { "c_converted", "d_risk", "e_risk", "f_lost" })
            QVERIFY2(!all.out.contains(QLatin1Char(',') + QLatin1String(holder) + QLatin1Char(',')), holder);
    }

    void audienceErrors()
    {
        const Run unknown = kinsight({ QStringLiteral("audience"), QStringLiteral("--db"),
            m_dir.filePath(QStringLiteral("UTC.db")), QStringLiteral("--product"), QStringLiteral("nope") });
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.out.isEmpty());
        QVERIFY(unknown.err.contains(QStringLiteral("unknown product 'nope'")));
        const Run missing = kinsight(
            { QStringLiteral("audience"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("UTC.db")) });
        QCOMPARE(missing.exitCode, 2);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestActionsCli)
#include "tst_actionscli.moc"
