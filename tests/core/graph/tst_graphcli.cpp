#include <utility>

#include <QTemporaryDir>
#include <QTest>

#include "../clirun.h"

// End to end: `kinsight graph` on Zachary's karate club (tests/data/graph) chooses its leaders the
// way the window's panel does (core::LeaderOptions::selection): by score (the default), as the
// top N, or as the top share of the network. The ranking itself is worked by hand in tst_leaders.

namespace {

using Run = clitest::CliRun;

/// member_id of the rows with is_leader 1, in the command's order (by leader score descending).
QStringList leaders(const QString& csv)
{
    QStringList out;
    const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList f = lines[i].split(QLatin1Char(','));
        if (f.value(7) == QLatin1String("1"))
            out << f.value(0);
    }
    return out;
}

} // namespace

class TestGraphCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        KINSIGHT_CLI_DATABASE(m_dir, m_db, "karate.db");
        const QString data = QStringLiteral(KINSIGHT_TEST_DATA_DIR "/graph/");
        // The files are named after the data set, so each says its kind.
        for (const auto& [kind, file] : { std::pair { "members", "karate_members.csv" },
                 std::pair { "interactions", "karate_interactions.csv" } }) {
            const Run r = clitest::runKinsight({ QStringLiteral("import"), QStringLiteral("--db"), m_db,
                QStringLiteral("--kind"), QString::fromLatin1(kind), data + QString::fromLatin1(file) });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const Run all = clitest::runKinsight({ QStringLiteral("graph"), QStringLiteral("--db"), m_db,
            QStringLiteral("--threshold"), QStringLiteral("0") });
        QVERIFY2(all.exitCode == 0, qPrintable(all.err));
        m_byScore = leaders(all.out); // every member of the network, highest score first
        QCOMPARE(m_byScore.size(), 34);
    }

    void selections_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("count");
        QTest::newRow("top 2") << QStringList { QStringLiteral("--leaders"), QStringLiteral("top"),
            QStringLiteral("--top"), QStringLiteral("2") }
                               << 2;
        QTest::newRow("top 5") << QStringList { QStringLiteral("--leaders"), QStringLiteral("top"),
            QStringLiteral("--top"), QStringLiteral("5") }
                               << 5;
        // 10 % of 34 members is 3.4: 4 leaders.
        QTest::newRow("top 10 %") << QStringList { QStringLiteral("--leaders"), QStringLiteral("share"),
            QStringLiteral("--share"), QStringLiteral("10") }
                                  << 4;
        // The count modes ignore the threshold.
        QTest::newRow("top 3, threshold 1") << QStringList { QStringLiteral("--leaders"), QStringLiteral("top"),
            QStringLiteral("--top"), QStringLiteral("3"), QStringLiteral("--threshold"), QStringLiteral("1") }
                                            << 3;
    }
    void selections()
    {
        QFETCH(QStringList, args);
        QFETCH(int, count);
        const Run r
            = clitest::runKinsight(QStringList { QStringLiteral("graph"), QStringLiteral("--db"), m_db } + args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The N highest scores, which are the first N rows of the score order.
        QCOMPARE(leaders(r.out), m_byScore.mid(0, count));
        const Run summary = clitest::runKinsight(QStringList { QStringLiteral("graph"), QStringLiteral("--db"), m_db,
                                                     QStringLiteral("--view"), QStringLiteral("summary") }
            + args);
        QVERIFY(summary.out.contains(QStringLiteral("\nleaders,%1\n").arg(count)));
        QVERIFY(summary.out.contains(QStringLiteral("\nleader_selection,%1\n").arg(args[1])));
    }

    void badSelections()
    {
        for (const QStringList& args : { QStringList { QStringLiteral("--leaders"), QStringLiteral("top") },
                 QStringList { QStringLiteral("--leaders"), QStringLiteral("best") },
                 QStringList { QStringLiteral("--leaders"), QStringLiteral("share"), QStringLiteral("--share"),
                     QStringLiteral("150") } }) {
            const Run r
                = clitest::runKinsight(QStringList { QStringLiteral("graph"), QStringLiteral("--db"), m_db } + args);
            QVERIFY2(r.exitCode != 0, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY(!r.err.isEmpty());
        }
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QStringList m_byScore;
};

QTEST_GUILESS_MAIN(TestGraphCli)
#include "tst_graphcli.moc"
