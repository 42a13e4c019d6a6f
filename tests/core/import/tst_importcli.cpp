// End to end: `kinsight import` (summary columns, --timezone, warnings) and `kinsight info`
// (its keys and values) on the committed fixtures, checked against values worked out by hand.

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../clirun.h"

namespace {

using Run = clitest::CliRun;

Run kinsight(const QStringList& arguments)
{
    return clitest::runKinsight(arguments);
}

QString shape(const char* name)
{
    return QStringLiteral(KINSIGHT_TEST_DATA_DIR "/import/shapes/") + QString::fromUtf8(name);
}

} // namespace

class TestImportCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void summaryAndInfo()
    {
        const QString db = m_dir.filePath(QStringLiteral("retail.db"));
        const Run r = kinsight({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--timezone"),
            QStringLiteral("Asia/Shanghai"), QStringLiteral("--create-missing"), QStringLiteral("--currency"),
            QStringLiteral("gbp"), shape("orders-invoices.csv") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0], QStringLiteral("file,kind,read,imported,skipped,rejected,updated,created"));
        // 4 rows, 3 orders; created m1, m2, p1, p2.
        QCOMPARE(lines[1], shape("orders-invoices.csv") + QStringLiteral(",orders,4,4,0,0,0,4"));

        const Run info = kinsight({ QStringLiteral("info"), QStringLiteral("--db"), db });
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));
        // first_time: m1 joined (= 536365 paid) 2026-03-01 08:26 Shanghai; last_time: C536367 paid
        // 2026-03-03 10:00 Shanghai.
        QCOMPARE(info.out,
            QStringLiteral("key,value\nmembers,2\nproducts,2\norders,3\norder_lines,2\nevents,0\nratings,0\n"
                           "interactions,0\nfirst_time,2026-03-01 08:26:00\nlast_time,2026-03-03 10:00:00\n"
                           "time_zone,Asia/Shanghai\ncurrency,GBP\nschema_version,2\nimports,1\n"));

        // One line of 536365 alone: updated, with a warning on stderr.
        const QString partial = m_dir.filePath(QStringLiteral("orders-partial.csv"));
        QVERIFY(clitest::writeBytes(partial,
            "order_id,member_id,product_id,paid_at,quantity,unit_price\n536365,m1,p1,2026-03-01 08:26,6,2.55\n"));
        const Run update = kinsight({ QStringLiteral("import"), QStringLiteral("--db"), db, partial });
        QVERIFY2(update.exitCode == 0, qPrintable(update.err));
        QVERIFY(update.out.contains(QStringLiteral(",orders,1,1,0,0,1,0")));
        QVERIFY2(update.err.contains(QStringLiteral("order '536365' changed: amount 42.42 → 15.30")),
            qPrintable(update.err));
    }

    void timeZoneOfAnExistingDatabase()
    {
        const QString db = m_dir.filePath(QStringLiteral("zone.db"));
        QVERIFY(kinsight({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--timezone"),
                             QStringLiteral("Europe/Berlin"), shape("members-europe.csv") })
                    .exitCode
            == 0);
        // The same zone again is fine; another is refused, pointing to `kinsight settings`.
        QCOMPARE(kinsight({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--timezone"),
                              QStringLiteral("Europe/Berlin"), shape("members-europe.csv") })
                     .exitCode,
            0);
        const Run other = kinsight({ QStringLiteral("import"), QStringLiteral("--db"), db, QStringLiteral("--timezone"),
            QStringLiteral("Asia/Tokyo"), shape("members-europe.csv") });
        QVERIFY(other.exitCode != 0);
        QVERIFY2(other.err.contains(QStringLiteral("kinsight settings")), qPrintable(other.err));
        const Run unknown
            = kinsight({ QStringLiteral("import"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("new.db")),
                QStringLiteral("--timezone"), QStringLiteral("Mars/Olympus"), shape("members-europe.csv") });
        QVERIFY(unknown.exitCode != 0);
        QVERIFY2(unknown.err.contains(QStringLiteral("Mars/Olympus")), qPrintable(unknown.err));
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
