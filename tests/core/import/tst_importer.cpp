#include <atomic>
#include <filesystem>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "../testsupport.h"
#include "core/import/importer.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"

#include <sys/stat.h>

using namespace kinsight::core;
using kinsight::test::contentDigest;
using kinsight::test::testData;
using kinsight::test::writeFile;

namespace {

const std::string membersCsv = "member_id,joined_at,name\nu1,2026-01-01,Ann\nu2,2026-01-02,Bo\n";
const std::string productsCsv = "product_id,title,tier\np1,Course,basic\n";

std::vector<std::string> basicFiles()
{
    std::vector<std::string> files;
    // Deliberately in the wrong order: the importer applies members and products first.
    for (const char* name : { "interactions", "ratings", "events", "orders", "products", "members" })
        files.push_back(testData((std::string("import/basic/") + name + ".csv").c_str()));
    return files;
}

std::int64_t count(Database& db, const char* sql)
{
    auto s = db.prepare(sql);
    return s && (*s)->step() ? (*s)->int64(0) : -1;
}

} // namespace

class TestImporter : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> freshDatabase(const char* name)
    {
        auto db = Database::open(m_dir.filePath(QString::fromUtf8(name)).toStdString(), OpenMode::Create);
        if (!db)
            qFatal("%s", db.error().c_str());
        // Naive times are read in the community zone: fix it, whatever the machine's zone.
        if (!(*db)->setTimeZoneId("UTC"))
            qFatal("cannot set the time zone");
        return std::move(db).value();
    }

private Q_SLOTS:
    void importsAllKindsInAnyOrder()
    {
        auto db = freshDatabase("all.db");
        const ImportReport report = importFiles(*db, basicFiles(), {});
        QVERIFY2(report.ok, report.errors.empty() ? report.fatal.c_str() : report.errors.front().text().c_str());
        QCOMPARE(report.files.size(), size_t(6));
        // Reported in the order given (interactions, ratings, events, orders, products, members),
        // though members and products were applied first.
        const FileKind given[] = { FileKind::Interactions, FileKind::Ratings, FileKind::Events, FileKind::Orders,
            FileKind::Products, FileKind::Members };
        for (size_t i = 0; i < 6; ++i) {
            QCOMPARE(int(report.files[i].kind), int(given[i]));
            QCOMPARE(report.files[i].file, basicFiles()[i]);
        }
        QCOMPARE(report.files[5].read, 4);
        QCOMPARE(report.files[5].imported, 4);
        // events.csv repeats one row: two identical rows in one file are two occurrences (contract
        // §1), so read 5, imported 5: four distinct rows, the repeated one with two copies.
        QCOMPARE(report.files[2].read, 5);
        QCOMPARE(report.files[2].imported, 5);
        QCOMPARE(report.files[2].skipped, 0);
        QCOMPARE(count(*db, "SELECT count(*) FROM events"), 4);
        QCOMPARE(count(*db, "SELECT sum(copies) FROM events"), 5);

        QCOMPARE(count(*db, "SELECT count(*) FROM members"), 4);
        QCOMPARE(count(*db, "SELECT amount FROM orders WHERE order_id = 'o1'"), 4990); // 49.90 exactly, in cents
        QCOMPARE(count(*db, "SELECT amount FROM orders WHERE order_id = 'o3'"), 3900);
        // 2026-01-10T08:00:00+08:00 is 2026-01-10 00:00 UTC = day 20463.
        QCOMPARE(count(*db, "SELECT joined_at FROM members WHERE member_id = 'u003'"), 20463LL * 86400);
        QCOMPARE(count(*db, "SELECT count(*) FROM orders WHERE status = 'refunded'"), 1);
        QCOMPARE(
            count(*db, "SELECT count(*) FROM orders WHERE type = 'trial' AND status = 'paid'"), 1); // defaults applied
        QCOMPARE(
            count(*db, "SELECT count(*) FROM products WHERE kind = 'membership'"), 1); // MEMBERSHIP: case-insensitive
        QCOMPARE(count(*db, "SELECT count(*) FROM events WHERE type = 'view'"), 2); // 'View' lower-cased
        QCOMPARE(count(*db, "SELECT count(*) FROM members WHERE name = 'O\"Brien'"), 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM products WHERE description = 'Learn pandas,\nstep by step'"), 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM imports"), 6);
        QCOMPARE(QString::fromStdString(db->meta("currency")), QStringLiteral("CNY"));
    }

    void reportKeepsTheOrderGivenAlsoOnFailure()
    {
        // Applied kind by kind (members, products, orders) but reported in the order given, on
        // success and on failure alike (orders-x.csv has a bad amount on its second row); two
        // files of one kind keep their own order (members-b before members-a).
        auto db = freshDatabase("order.db");
        const std::string orders = writeFile(m_dir, QStringLiteral("orders-x.csv"),
            "order_id,member_id,product_id,paid_at,amount\no1,u1,p1,2026-01-05,1\no2,u1,p1,2026-01-05,x\n");
        const std::string membersB
            = writeFile(m_dir, QStringLiteral("members-b.csv"), "member_id,joined_at\nu9,2026-01-09\n");
        const std::string membersA = writeFile(m_dir, QStringLiteral("members-a.csv"), membersCsv);
        const std::string products = writeFile(m_dir, QStringLiteral("products-x.csv"), productsCsv);
        const ImportReport ok = importFiles(*freshDatabase("order-ok.db"), { membersB, products, membersA }, {});
        QVERIFY(ok.ok);
        QCOMPARE(ok.files.size(), size_t(3));
        QCOMPARE(ok.files[0].file, membersB);
        QCOMPARE(ok.files[1].file, products);
        QCOMPARE(ok.files[2].file, membersA);
        const ImportReport failed = importFiles(*db, { orders, membersA, products }, {});
        QVERIFY(!failed.ok);
        QCOMPARE(failed.files.size(), size_t(3));
        QCOMPARE(failed.files[0].file, orders);
        QCOMPARE(failed.files[1].file, membersA);
        QCOMPARE(failed.files[2].file, products);
    }

    void reimportChangesNothing()
    {
        auto db = freshDatabase("again.db");
        QVERIFY(importFiles(*db, basicFiles(), {}).ok);
        const QByteArray before = contentDigest(*db);
        const ImportReport again = importFiles(*db, basicFiles(), {});
        QVERIFY(again.ok);
        for (const auto& f : again.files) {
            QCOMPARE(f.imported, 0);
            QCOMPARE(f.skipped, f.read);
        }
        QCOMPARE(contentDigest(*db), before);
    }

    void upsertUpdatesChangedRows()
    {
        auto db = freshDatabase("upsert.db");
        QVERIFY(importFiles(*db, { writeFile(m_dir, QStringLiteral("members.csv"), membersCsv) }, {}).ok);
        const ImportReport r = importFiles(*db,
            { writeFile(m_dir, QStringLiteral("members-v2.csv"),
                "member_id,joined_at,name\nu1,2026-01-01,Ann Lee\nu2,2026-01-02,Bo\nu3,2026-01-03,\n") },
            {});
        QVERIFY(r.ok);
        QCOMPARE(r.files[0].imported, 2); // u1 changed, u3 new
        QCOMPARE(r.files[0].skipped, 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM members WHERE name = 'Ann Lee'"), 1);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        const QByteArray orderHeader = "order_id,member_id,product_id,paid_at,amount\n";
        QTest::newRow("missing required column")
            << "orders.csv" << QByteArray("order_id,member_id,product_id,paid_at\no1,u1,p1,2026-01-05\n") << qint64(1)
            << "amount"
            << "missing required column";
        QTest::newRow("wrong number of fields")
            << "orders.csv" << QByteArray(orderHeader + "o1,u1,p1,2026-01-05\n") << qint64(2) << ""
            << "expected 5 fields, found 4";
        QTest::newRow("unterminated quote")
            << "orders.csv" << QByteArray(orderHeader + "o1,u1,p1,2026-01-05,1\n\"o2,u1,p1\n") << qint64(3) << ""
            << "unterminated quote";
        QTest::newRow("unparseable date")
            << "orders.csv" << QByteArray(orderHeader + "o1,u1,p1,05/01/2026,1\n") << qint64(2) << "paid_at"
            << "not a valid date";
        QTest::newRow("impossible date") << "orders.csv" << QByteArray(orderHeader + "o1,u1,p1,2026-02-30,1\n")
                                         << qint64(2) << "paid_at"
                                         << "not a valid date";
        QTest::newRow("non-numeric amount")
            << "orders.csv" << QByteArray(orderHeader + "o1,u1,p1,2026-01-05,abc\n") << qint64(2) << "amount"
            << "not a valid amount";
        QTest::newRow("three decimals") << "orders.csv" << QByteArray(orderHeader + "o1,u1,p1,2026-01-05,1.005\n")
                                        << qint64(2) << "amount"
                                        << "not a valid amount";
        QTest::newRow("rating outside 1-5")
            << "ratings.csv" << QByteArray("member_id,product_id,rating,rated_at\nu1,p1,6,2026-01-05\n") << qint64(2)
            << "rating"
            << "1 to 5";
        // Rows sharing an order_id are lines of one order: they must agree on the member.
        QTest::newRow("lines of one order, two members")
            << "orders.csv" << QByteArray(orderHeader + "o1,u1,p1,2026-01-05,1\no1,u2,p1,2026-01-05,2\n") << qint64(3)
            << "member_id"
            << "must agree on member_id";
        QTest::newRow("unknown member") << "orders.csv" << QByteArray(orderHeader + "o1,u404,p1,2026-01-05,1\n")
                                        << qint64(2) << "member_id"
                                        << "names no known member";
        QTest::newRow("unknown product") << "events.csv"
                                         << QByteArray(
                                                "member_id,occurred_at,type,product_id\nu1,2026-01-05,view,p404\n")
                                         << qint64(2) << "product_id"
                                         << "names no known product";
        QTest::newRow("interaction unknown member")
            << "interactions.csv" << QByteArray("from_member_id,to_member_id,occurred_at\nu1,u404,2026-01-05\n")
            << qint64(2) << "to_member_id"
            << "names no known member";
        QTest::newRow("unknown referrer")
            << "members.csv" << QByteArray("member_id,joined_at,referrer_id\nu7,2026-01-01,nobody\n") << qint64(2)
            << "referrer_id"
            << "names no known member";
        QTest::newRow("bad enum")
            << "orders.csv"
            << QByteArray("order_id,member_id,product_id,paid_at,amount,status\no1,u1,p1,2026-01-05,1,lost\n")
            << qint64(2) << "status"
            << "not one of paid, refunded";
        QTest::newRow("weight not positive")
            << "interactions.csv" << QByteArray("from_member_id,to_member_id,occurred_at,weight\nu1,u2,2026-01-05,0\n")
            << qint64(2) << "weight"
            << "greater than 0";
        QTest::newRow("mixed currency")
            << "orders.csv"
            << QByteArray("order_id,member_id,product_id,paid_at,amount,currency\no1,u1,p1,2026-01-05,1,USD\n")
            << qint64(2) << "currency"
            << "one database holds one currency";
        QTest::newRow("empty file") << "orders.csv" << QByteArray() << qint64(0) << ""
                                    << "empty";
        QTest::newRow("unknown kind") << "stuff.csv" << QByteArray("a\n1\n") << qint64(0) << ""
                                      << "cannot tell the kind";
    }
    void badInput()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        auto db = freshDatabase(QByteArray(QByteArray(QTest::currentDataTag()) + ".db").constData());
        // A valid base: two members, one product, one CNY order.
        QVERIFY(importFiles(*db,
            { writeFile(m_dir, QStringLiteral("members.csv"), membersCsv),
                writeFile(m_dir, QStringLiteral("products.csv"), productsCsv),
                writeFile(m_dir, QStringLiteral("orders.csv"),
                    "order_id,member_id,product_id,paid_at,amount\nbase,u1,p1,2026-01-03,9.9\n") },
            {})
                    .ok);
        const QByteArray before = contentDigest(*db, true);

        QTemporaryDir badDir;
        const std::string path = writeFile(badDir, fileName, content.toStdString());
        const ImportReport report = importFiles(*db, { path }, {});
        QVERIFY(!report.ok);
        QString all = QString::fromStdString(report.fatal);
        for (const auto& e : report.errors)
            all += QString::fromStdString(e.text()) + QLatin1Char('\n');
        QVERIFY2(all.contains(reason), qPrintable(all));
        if (line > 0) {
            QVERIFY(!report.errors.empty());
            QCOMPARE(report.errors.front().line, line);
            QCOMPARE(QString::fromStdString(report.errors.front().column), column);
            QCOMPARE(report.errors.front().file, path);
        }
        QCOMPARE(contentDigest(*db, true), before); // nothing written, not even the import log
    }

    void strictFailureRollsBackEarlierFiles()
    {
        // The members file is fine, the orders file is not: one transaction, so no member lands either.
        auto db = freshDatabase("strict.db");
        const QByteArray before = contentDigest(*db, true);
        const ImportReport report = importFiles(*db,
            { writeFile(m_dir, QStringLiteral("members.csv"), membersCsv),
                writeFile(m_dir, QStringLiteral("products.csv"), productsCsv),
                writeFile(m_dir, QStringLiteral("orders.csv"),
                    "order_id,member_id,product_id,paid_at,amount\no1,u1,p1,2026-01-05,1\no2,u1,p1,2026-01-05,x\n") },
            {});
        QVERIFY(!report.ok);
        QCOMPARE(report.errorCount, 1);
        QCOMPARE(contentDigest(*db, true), before);
        QCOMPARE(count(*db, "SELECT count(*) FROM members"), 0);
    }

    void manyErrorsAreCounted()
    {
        auto db = freshDatabase("many.db");
        std::string csv = "member_id,joined_at\n";
        for (int i = 0; i < 25; ++i)
            csv += "m" + std::to_string(i) + ",not-a-date\n";
        const ImportReport report = importFiles(*db, { writeFile(m_dir, QStringLiteral("members.csv"), csv) }, {});
        QVERIFY(!report.ok);
        QCOMPARE(report.errors.size(), size_t(20));
        QCOMPARE(report.errorCount, 25);
    }

    void skipInvalidWritesRejectedFile()
    {
        auto db = freshDatabase("skip.db");
        QVERIFY(importFiles(*db,
            { writeFile(m_dir, QStringLiteral("members.csv"), membersCsv),
                writeFile(m_dir, QStringLiteral("products.csv"), productsCsv) },
            {})
                    .ok);
        QTemporaryDir dir;
        const std::string path = writeFile(dir, QStringLiteral("orders-may.csv"),
            "order_id,member_id,product_id,paid_at,amount\no1,u1,p1,2026-01-05,1\no2,u9,p1,2026-01-05,2\no3,u2,p1,2026-"
            "01-06,3.001\no4,u2,p1,2026-01-07,4\n");
        ImportOptions options;
        options.skipInvalid = true;
        const ImportReport report = importFiles(*db, { path }, options);
        QVERIFY(report.ok);
        QCOMPARE(report.files[0].read, 4);
        QCOMPARE(report.files[0].imported, 2);
        QCOMPARE(report.files[0].rejected, 2);
        QCOMPARE(count(*db, "SELECT count(*) FROM orders"), 2);
        const QString rejectedPath = dir.filePath(QStringLiteral("orders-may.rejected.csv"));
        QCOMPARE(QString::fromStdString(report.files[0].rejectedPath), rejectedPath);
        QFile rejected(rejectedPath);
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const QByteArray bytes = rejected.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBForder_id,member_id,product_id,paid_at,amount,reason\r\n"));
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("o2,u9,p1,2026-01-05,2,member_id: 'u9' names no known member")));
        QVERIFY(text.contains(QStringLiteral("o3,u2,p1,2026-01-06,3.001,\"amount: '3.001' is not a valid amount")));
        QVERIFY(!text.contains(QStringLiteral("o4")));
        struct stat st { };
        QCOMPARE(::stat(rejectedPath.toLocal8Bit().constData(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
    }

    void referrerLaterInFile()
    {
        auto db = freshDatabase("ref.db");
        const ImportReport report = importFiles(*db,
            { writeFile(m_dir, QStringLiteral("members.csv"),
                "member_id,joined_at,referrer_id\na,2026-01-01,c\nb,2026-01-01,a\nc,2026-01-01,\n") },
            {});
        QVERIFY(report.ok);
        QCOMPARE(count(*db, "SELECT count(*) FROM members WHERE referrer_id IS NOT NULL"), 2);
    }

    void chineseGb18030Headers()
    {
        auto db = freshDatabase("zh.db");
        std::vector<std::string> files;
        for (const char* name : { "订单.csv", "会员.csv", "商品.csv" })
            files.push_back(testData((std::string("import/chinese/") + name).c_str()));
        const ImportReport report = importFiles(*db, files, {});
        QVERIFY2(report.ok, report.errors.empty() ? report.fatal.c_str() : report.errors.front().text().c_str());
        QCOMPARE(int(report.files[0].encoding), int(TextEncoding::Gb18030));
        QCOMPARE(count(*db, "SELECT count(*) FROM members WHERE name = '陈小明' AND channel = '小红书'"), 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM orders WHERE status = 'refunded'"), 1); // 已退款
        QCOMPARE(
            count(*db, "SELECT count(*) FROM products WHERE kind = 'course' AND title = '小白理财训练营'"), 1); // 课程
    }

    void columnMapAndUnknownColumns()
    {
        auto db = freshDatabase("map.db");
        ImportOptions options;
        options.columnMap = { { "客户编号", "member_id" } };
        const ImportReport report = importFiles(*db,
            { writeFile(
                m_dir, QStringLiteral("members.csv"), "客户编号,joined_at,favourite colour\nz1,2026-01-01,blue\n") },
            options);
        QVERIFY(report.ok);
        QCOMPARE(report.files[0].warnings.size(), size_t(1));
        QVERIFY(QString::fromStdString(report.files[0].warnings[0]).contains(QStringLiteral("favourite colour")));
        QCOMPARE(count(*db, "SELECT count(*) FROM members WHERE member_id = 'z1'"), 1);
    }

    void headerOnlyFileIsFine()
    {
        auto db = freshDatabase("header.db");
        const ImportReport report
            = importFiles(*db, { writeFile(m_dir, QStringLiteral("members.csv"), "member_id,joined_at\n") }, {});
        QVERIFY(report.ok);
        QCOMPARE(report.files[0].read, 0);
    }

    void cancelHalfwayRollsBack()
    {
        // A failure injected half-way through a large file (cancellation after the first progress
        // report) leaves the database exactly as it was.
        auto db = freshDatabase("cancel.db");
        QVERIFY(importFiles(*db, { writeFile(m_dir, QStringLiteral("members.csv"), membersCsv) }, {}).ok);
        const QByteArray before = contentDigest(*db, true);
        std::string csv = "member_id,joined_at\n";
        for (int i = 0; i < 100000; ++i)
            csv += "bulk" + std::to_string(i) + ",2026-01-01\n";
        std::atomic<bool> stop { false };
        int reports = 0;
        TaskControl control(&stop, [&](double) {
            if (++reports == 2)
                stop = true;
        });
        const ImportReport report
            = importFiles(*db, { writeFile(m_dir, QStringLiteral("members-bulk.csv"), csv) }, {}, control);
        QVERIFY(!report.ok);
        QVERIFY(report.cancelled);
        QCOMPARE(contentDigest(*db, true), before);
    }

    void snapshotOfImportedFixture()
    {
        auto db = freshDatabase("snap.db");
        QVERIFY(importFiles(*db, basicFiles(), {}).ok);
        const auto loaded = loadCommunity(*db);
        QVERIFY(loaded.ok());
        const Community& c = **loaded;
        QCOMPARE(c.memberCount(), 4);
        QCOMPARE(c.productCount(), 3);
        QCOMPARE(c.members.ids.view(1), std::string_view("u002"));
        QCOMPARE(c.members.referrer[1], c.findMember("u003"));
        const Index u001 = c.findMember("u001");
        QCOMPARE(c.ordersOf(u001).size(), 3);
        QCOMPARE(c.eventsOf(u001).size(), 3); // the repeated view row is two occurrences
        QCOMPARE(c.interactionsFrom(u001).size(), 2); // one to u002, one self-mention
        QCOMPARE(c.interactionsTo(u001).size(), 3); // from u002, u003 and itself
        QCOMPARE(c.ratingsOf(u001).size(), 1);
        QCOMPARE(int(c.products.kind[static_cast<size_t>(c.findProduct("p2"))]), int(ProductKind::Membership));
        QCOMPARE(c.tiers.name(c.products.tier[static_cast<size_t>(c.findProduct("p1"))]), std::string_view("basic"));
        QCOMPARE(c.products.tier[static_cast<size_t>(c.findProduct("p2"))] != noIndex, true);
        // End of the data: the latest joined_at / event / order timestamp is u004 joining on 2026-02-01.
        QCOMPARE(c.dataEnd, *parseTimestamp("2026-02-01"));
        QCOMPARE(c.currency, std::string("CNY"));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
