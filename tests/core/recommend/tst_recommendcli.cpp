#include <cmath>

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../clirun.h"

// End to end: imports tests/data/recommend/*.csv with `kinsight import`, then checks
// `kinsight evaluate` and `kinsight recommend` against values worked out by hand.
//
// Data: orders (member, product, day) m1: p1 d2, p2 d3, p3 d4; m2: p1 d2, p2 d3; m3: p2 d2, p3 d3;
// m4: p4 d2; m5 has none (channel 抖音, like m1 and m2).

namespace {

using Run = clitest::CliRun;

Run kinsight(const QStringList& arguments)
{
    return clitest::runKinsight(arguments);
}

QList<QStringList> csvRows(const QString& text)
{
    // The fixture's fields hold no commas or quotes except reasons, which are the last column.
    QList<QStringList> rows;
    for (const QString& line : text.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() > 5 && line.contains(QLatin1Char('"'))) {
            const QString reason = fields.mid(4).join(QLatin1Char(','));
            fields = fields.mid(0, 4);
            fields << reason.mid(1, reason.size() - 2);
        }
        rows << fields;
    }
    return rows;
}

} // namespace

class TestRecommendCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        KINSIGHT_CLI_DATABASE(m_dir, m_db, "community.db");
        const QString data = QStringLiteral(KINSIGHT_TEST_DATA_DIR "/recommend/");
        const Run r
            = kinsight({ QStringLiteral("import"), QStringLiteral("--db"), m_db, data + QStringLiteral("members.csv"),
                data + QStringLiteral("products.csv"), data + QStringLiteral("orders.csv") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void evaluatePopular()
    {
        // Held out: m1 p3, m2 p2, m3 p3 (m4 has one pair). Training popularity p1 2, p2 2, p4 1, p3 0.
        // k = 2: m1 [p4, p3 (fill)] hit@2; m2 [p2, p4] hit@1; m3 [p1, p4] miss.
        // hit rate 2/3; precision 2/(3·2) = 1/3; recall 2/3; ndcg (1/log2 3 + 1)/3 = 0.543643; coverage 4/4.
        const Run r = kinsight({ QStringLiteral("evaluate"), QStringLiteral("--db"), m_db, QStringLiteral("--k"),
            QStringLiteral("2"), QStringLiteral("--method"), QStringLiteral("popular") });
        QCOMPARE(r.exitCode, 0);
        const auto rows = csvRows(r.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(
            rows[0].join(QLatin1Char(',')), QStringLiteral("method,k,members,hit_rate,precision,recall,ndcg,coverage"));
        QCOMPARE(rows[1][0], QStringLiteral("popular"));
        QCOMPARE(rows[1][1], QStringLiteral("2"));
        QCOMPARE(rows[1][2], QStringLiteral("3"));
        const auto near = [](const QString& text, double value) { return std::abs(text.toDouble() - value) < 1e-12; };
        QVERIFY(near(rows[1][3], 2.0 / 3));
        QVERIFY(near(rows[1][4], 1.0 / 3));
        QVERIFY(near(rows[1][5], 2.0 / 3));
        QVERIFY(near(rows[1][6], (1 / std::log2(3.0) + 1) / 3));
        QVERIFY(near(rows[1][7], 1.0));
    }

    void evaluateAllMethodsInOrder()
    {
        const Run r = kinsight(
            { QStringLiteral("evaluate"), QStringLiteral("--db"), m_db, QStringLiteral("--k"), QStringLiteral("1") });
        QCOMPARE(r.exitCode, 0);
        const auto rows = csvRows(r.out);
        // The contract's nine methods, in its order (auto is not a row of its own).
        QCOMPARE(rows.size(), 10);
        const QStringList methods { QStringLiteral("popular"), QStringLiteral("item-knn"), QStringLiteral("user-knn"),
            QStringLiteral("hybrid"), QStringLiteral("content"), QStringLiteral("als"), QStringLiteral("ease"),
            QStringLiteral("sequential"), QStringLiteral("social") };
        for (int i = 0; i < 9; ++i)
            QCOMPARE(rows[i + 1][0], methods[i]);
        // item-knn@1: only p1–p2 co-occur in training (m1), cos 1/√(2·2) = 0.5: m1 gets the fill p4
        // (miss), m2 p2 (hit), m3 p1 (miss) → 1/3; coverage {p4, p2, p1} = 0.75.
        QVERIFY(std::abs(rows[2][3].toDouble() - 1.0 / 3) < 1e-12);
        QVERIFY(std::abs(rows[2][7].toDouble() - 0.75) < 1e-12);
    }

    void evaluateAuto()
    {
        // One row, named after the method auto chose, which stderr names too; it is one of the
        // nine and its row equals that method's own row.
        const Run r = kinsight({ QStringLiteral("evaluate"), QStringLiteral("--db"), m_db, QStringLiteral("--k"),
            QStringLiteral("1"), QStringLiteral("--method"), QStringLiteral("auto") });
        QCOMPARE(r.exitCode, 0);
        const auto rows = csvRows(r.out);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(r.err.startsWith(QStringLiteral("auto: ") + rows[1][0]), qPrintable(r.err));
        const Run same = kinsight({ QStringLiteral("evaluate"), QStringLiteral("--db"), m_db, QStringLiteral("--k"),
            QStringLiteral("1"), QStringLiteral("--method"), rows[1][0] });
        QCOMPARE(csvRows(same.out)[1], rows[1]);
        // recommend's default is auto and says so.
        const Run live = kinsight({ QStringLiteral("recommend"), QStringLiteral("--db"), m_db,
            QStringLiteral("--member"), QStringLiteral("m2") });
        QCOMPARE(live.exitCode, 0);
        QVERIFY2(live.err.startsWith(QStringLiteral("auto: ")), qPrintable(live.err));
    }

    void recommendItemKnn()
    {
        // Live, all pairs: m1 {p1,p2,p3}, m2 {p1,p2}, m3 {p2,p3}, m4 {p4}; popularity p1 2, p2 3, p3 2, p4 1.
        // m2's candidates: p3 = cos(p3,p1) + cos(p3,p2) = 1/√(2·2) + 2/√(2·3) = 0.5 + 0.816497 = 1.316497;
        // p4 scores 0 and comes from the fill. p3's biggest contribution is p2 (bought with p3 by m1, m3).
        const Run r = kinsight({ QStringLiteral("recommend"), QStringLiteral("--db"), m_db, QStringLiteral("--member"),
            QStringLiteral("m2"), QStringLiteral("--method"), QStringLiteral("item-knn"), QStringLiteral("--k"),
            QStringLiteral("5") });
        QCOMPARE(r.exitCode, 0);
        const auto rows = csvRows(r.out);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].join(QLatin1Char(',')), QStringLiteral("rank,product_id,title,score,reason"));
        QCOMPARE(rows[1][0], QStringLiteral("1"));
        QCOMPARE(rows[1][1], QStringLiteral("p3"));
        QCOMPARE(rows[1][2], QStringLiteral("C 实战"));
        QCOMPARE(rows[1][3], QStringLiteral("1.316496581"));
        QCOMPARE(rows[1][4],
            QStringLiteral("bought by 2 members who also bought 《B 进阶》 (and linked to 1 more of their products)"));
        QCOMPARE(rows[2][1], QStringLiteral("p4"));
        QCOMPARE(rows[2][4], QStringLiteral("popular: bought by 1 member (few personal matches)"));
    }

    void recommendColdStart()
    {
        // m5 (抖音) has no history. 抖音's members m1 and m2 both started with p1; then overall
        // popularity p2 (3), p3 (2; p1 is already listed).
        const Run r = kinsight({ QStringLiteral("recommend"), QStringLiteral("--db"), m_db, QStringLiteral("--member"),
            QStringLiteral("m5"), QStringLiteral("--k"), QStringLiteral("3") });
        QCOMPARE(r.exitCode, 0);
        const auto rows = csvRows(r.out);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[1][1], QStringLiteral("p1"));
        QCOMPARE(rows[1][4], QStringLiteral("new member: popular with new members from 抖音 (2 started with it)"));
        QCOMPARE(rows[2][1], QStringLiteral("p2"));
        QCOMPARE(rows[3][1], QStringLiteral("p3"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("unknown member") << QStringList { QStringLiteral("--member"), QStringLiteral("nobody") } << 1;
        QTest::newRow("unknown method") << QStringList { QStringLiteral("--member"), QStringLiteral("m1"),
            QStringLiteral("--method"), QStringLiteral("svd") }
                                        << 2;
        QTest::newRow("no member") << QStringList {} << 2;
        QTest::newRow("bad k") << QStringList { QStringLiteral("--member"), QStringLiteral("m1"), QStringLiteral("--k"),
            QStringLiteral("0") }
                               << 2;
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run r = kinsight(QStringList { QStringLiteral("recommend"), QStringLiteral("--db"), m_db } + arguments);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY(r.out.isEmpty());
        QVERIFY(!r.err.isEmpty());
    }

    void abComparison()
    {
        // popular@2 vs popular@1 is not expressible (same k), so compare popular with item-knn at k 1:
        // popular hits m2 only; item-knn hits m2 only → every difference 0: mean 0, p 1.
        const Run r = kinsight({ QStringLiteral("evaluate"), QStringLiteral("--db"), m_db, QStringLiteral("--k"),
            QStringLiteral("1"), QStringLiteral("--method"), QStringLiteral("popular"), QStringLiteral("--compare"),
            QStringLiteral("item-knn") });
        QCOMPARE(r.exitCode, 0);
        const auto rows = csvRows(r.out);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].join(QLatin1Char(',')),
            QStringLiteral("metric,k,members,a,b,a_value,b_value,difference,ci_low,ci_high,p_value"));
        QCOMPARE(rows[1][2], QStringLiteral("3"));
        QCOMPARE(rows[1][7].toDouble(), 0.0);
        QCOMPARE(rows[1][10].toDouble(), 1.0);
    }

    // Last: it imports a row.
    void autoChoiceIsCachedBesideTheDatabase()
    {
        const QString cache = m_db + QStringLiteral(".recommend");
        QFile::remove(cache);
        const QStringList recommend { QStringLiteral("recommend"), QStringLiteral("--db"), m_db,
            QStringLiteral("--member"), QStringLiteral("m2") };
        const Run first = kinsight(recommend);
        QCOMPARE(first.exitCode, 0);
        QVERIFY(QFile::exists(cache));
        const QString chosen = first.err.section(QLatin1Char(' '), 1, 1);
        QVERIFY2(chosen != QStringLiteral("sequential"), qPrintable(first.err));
        // The next run reads the choice instead of validating again: a choice planted in the file
        // (sequential, with the file's own key) is what it uses and says.
        QByteArray json = clitest::readBytes(cache);
        const QByteArray was = "\"method\": \"" + chosen.toUtf8() + "\",\n        \"validation\"";
        const QByteArray planted = "\"method\": \"sequential\",\n        \"validation\"";
        QVERIFY2(json.contains(was), json.constData());
        QVERIFY(clitest::writeBytes(cache, json.replace(was, planted)));
        const Run cached = kinsight(recommend);
        QCOMPARE(cached.exitCode, 0);
        QVERIFY2(cached.err.startsWith(QStringLiteral("auto: sequential ")), qPrintable(cached.err));
        // Other options are another key: validated again, the planted choice is not used.
        QStringList k3 = recommend;
        k3 << QStringLiteral("--k") << QStringLiteral("3");
        QVERIFY(!kinsight(k3).err.startsWith(QStringLiteral("auto: sequential ")));
        // New content (one more order) is another key too.
        QFile::remove(cache);
        QVERIFY(kinsight(recommend).exitCode == 0);
        json = clitest::readBytes(cache);
        QVERIFY(!json.isEmpty());
        QVERIFY(clitest::writeBytes(cache, json.replace(was, planted)));
        const QString orders = m_dir.filePath(QStringLiteral("orders.csv"));
        QVERIFY(
            clitest::writeBytes(orders, "order_id,member_id,product_id,paid_at,amount\no99,m4,p2,2026-02-01,9.90\n"));
        const Run imported = kinsight({ QStringLiteral("import"), QStringLiteral("--db"), m_db, orders });
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run after = kinsight(recommend);
        QCOMPARE(after.exitCode, 0);
        QVERIFY2(!after.err.startsWith(QStringLiteral("auto: sequential ")), qPrintable(after.err));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestRecommendCli)
#include "tst_recommendcli.moc"
