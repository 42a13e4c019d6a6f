// Real export shapes (contract §1): delimiters, encodings, headerless logs, epoch times, invoice
// lines, created members and products, occurrences, XLSX. Expected values are worked out by hand
// in the comments; epochs were converted with the IANA rules of the zone named.

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

#include "../testsupport.h"
#include "core/import/importer.h"
#include "core/import/values.h"
#include "core/import/xlsxreader.h"
#include "core/metrics/pricing.h"
#include "core/recommend/feedback.h"
#include "core/store/database.h"
#include "core/store/schema.h"
#include "core/store/snapshotloader.h"

#include <xlsxwriter.h>

using namespace kinsight::core;
using kinsight::test::contentDigest;
using kinsight::test::testData;
using kinsight::test::writeFile;

namespace {

std::string shape(const char* name)
{
    return testData((std::string("import/shapes/") + name).c_str());
}

std::int64_t count(Database& db, const std::string& sql)
{
    auto s = db.prepare(sql);
    return s && (*s)->step() ? (*s)->int64(0) : -1;
}

std::string text(Database& db, const std::string& sql)
{
    auto s = db.prepare(sql);
    return s && (*s)->step() && !(*s)->isNull(0) ? std::string((*s)->text(0)) : std::string("NULL");
}

std::string firstError(const ImportReport& r)
{
    return r.errors.empty() ? r.fatal : r.errors.front().text();
}

} // namespace

class TestImportShapes : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_databases = 0;
    std::unique_ptr<Database> database(const char* zone)
    {
        const QString name = QStringLiteral("db%1.db").arg(++m_databases);
        auto db = Database::open(m_dir.filePath(name).toStdString(), OpenMode::Create);
        if (!db || !(*db)->setTimeZoneId(zone))
            qFatal("cannot create a database");
        return std::move(db).value();
    }

private Q_SLOTS:
    void values_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<qint64>("expected"); // -1: an error
        // UTC zone here: 2026-03-01 00:00Z = 20513 days × 86400 = 1772323200.
        QTest::newRow("epoch seconds") << "1772323200" << qint64(1772323200);
        QTest::newRow("epoch milliseconds, fraction dropped") << "1772323200999" << qint64(1772323200);
        QTest::newRow("last second of 2100") << "4133980799" << qint64(4133980799);
        QTest::newRow("2101 is out of range") << "4133980800" << qint64(-1);
        QTest::newRow("slashes") << "2026/3/1" << qint64(1772323200);
        QTest::newRow("slashes with time") << "2026/3/1 9:05" << qint64(1772323200 + 9 * 3600 + 5 * 60);
        QTest::newRow("slashes with seconds") << "2026/03/01 09:05:07" << qint64(1772323200 + 32707);
        QTest::newRow("slashes, impossible day") << "2026/2/30" << qint64(-1);
        QTest::newRow("day first is not read") << "01/03/2026" << qint64(-1);
        QTest::newRow("nine digits are no epoch") << "177232320" << qint64(-1);
    }
    void values()
    {
        QFETCH(QString, input);
        QFETCH(qint64, expected);
        Reason why;
        const auto t = parseImportTime(input.toStdString(), TimeZone::utc(), why);
        if (expected < 0) {
            QVERIFY(!t);
            QVERIFY(!why.code.empty());
        } else {
            QVERIFY2(t, why.code.c_str());
            QCOMPARE(*t, expected);
        }
    }
    void naiveTimesAreCommunityTime()
    {
        // 2026-03-01 09:05 in Shanghai (UTC+8, no DST) is 01:05Z; with an offset it is an instant.
        Reason why;
        const auto zone = TimeZone::fromId("Asia/Shanghai");
        QVERIFY(zone.ok());
        QCOMPARE(*parseImportTime("2026-03-01 09:05", *zone, why), qint64(1772323200 + 9 * 3600 + 300 - 8 * 3600));
        QCOMPARE(*parseImportTime("2026-03-01T09:05:00Z", *zone, why), qint64(1772323200 + 9 * 3600 + 300));
        QCOMPARE(*parseImportTime("1772323200", *zone, why), qint64(1772323200));
    }
    void money()
    {
        QCOMPARE(*parseMoneyText("€12.50", false), 1250);
        QCOMPARE(*parseMoneyText("1,234.00 €", false), 123400);
        QCOMPARE(*parseMoneyText("¥1,234,567.8", false), 123456780);
        QCOMPARE(*parseMoneyText("-$3.10", true), -310);
        QCOMPARE(*parseMoneyText("USD 7", false), 700);
        QVERIFY(!parseMoneyText("-3", false));
        QVERIFY(!parseMoneyText("12,34", false)); // not thousands groups: a decimal comma is refused
        QVERIFY(!parseMoneyText("1.005", false));
        // 3 × 1.115 = 3.345 → 3.35 (half away from zero); −2 × 3.39 = −6.78; 0.5 × 0.05 = 0.025 → 0.03.
        QCOMPARE(*lineAmount(*parseDecimal("3"), *parseDecimal("1.115")), 335);
        QCOMPARE(*lineAmount(*parseDecimal("-2"), *parseDecimal("3.39")), -678);
        QCOMPARE(*lineAmount(*parseDecimal("0.5"), *parseDecimal("0.05")), 3);
        QCOMPARE(*lineAmount(*parseDecimal("-0.5"), *parseDecimal("0.05")), -3);
        QVERIFY(!parseDecimal("two"));
    }

    void europeanExcel()
    {
        // Semicolons, Windows-1252 (Müller, München), YYYY/M/D, money with € and thousands.
        auto db = database("Europe/Berlin");
        ImportOptions options;
        options.createMissing = true; // p1 is named only by the orders
        const ImportReport r = importFiles(*db, { shape("members-europe.csv"), shape("orders-europe.csv") }, options);
        QVERIFY2(r.ok, firstError(r).c_str());
        QCOMPARE(int(r.files[0].encoding), int(TextEncoding::Windows1252));
        QCOMPARE(int(r.files[0].delimiter), int(Delimiter::Semicolon));
        QCOMPARE(r.files[0].imported, 2);
        QCOMPARE(r.files[1].created, 1); // p1
        QCOMPARE(text(*db, "SELECT name FROM members WHERE member_id = 'm1'"), std::string("Müller"));
        QCOMPARE(text(*db, "SELECT city FROM members WHERE member_id = 'm1'"), std::string("München"));
        QCOMPARE(text(*db, "SELECT name FROM members WHERE member_id = 'm2'"), std::string("Dupont; Marie"));
        // 2026/3/1 9:05 CET (UTC+1) = 08:05Z = 1772352300; 2026/3/2 00:00 CET = 1772406000.
        QCOMPARE(count(*db, "SELECT joined_at FROM members WHERE member_id = 'm1'"), 1772352300);
        QCOMPARE(count(*db, "SELECT joined_at FROM members WHERE member_id = 'm2'"), 1772406000);
        // €12.50 and "1,234.00 €"; 2026/3/3 10:00 CET = 1772528400, 2026/3/4 18:30:15 CET = 1772645415.
        QCOMPARE(count(*db, "SELECT amount FROM orders WHERE order_id = 'e1'"), 1250);
        QCOMPARE(count(*db, "SELECT amount FROM orders WHERE order_id = 'e2'"), 123400);
        QCOMPARE(count(*db, "SELECT paid_at FROM orders WHERE order_id = 'e1'"), 1772528400);
        QCOMPARE(count(*db, "SELECT paid_at FROM orders WHERE order_id = 'e2'"), 1772645415);
        QCOMPARE(db->meta("currency"), std::string("EUR"));
        QCOMPARE(text(*db, "SELECT title FROM products WHERE product_id = 'p1'"), std::string("p1"));
    }

    void unicodeTextAndValueMapping()
    {
        // Excel's "Unicode text": UTF-16LE with a BOM, tab-separated; buy → purchase by --value.
        auto db = database("Europe/Berlin");
        ImportOptions options;
        options.createMissing = true;
        options.valueMap = { { "type", "BUY", "purchase" } }; // matched case-insensitively
        const ImportReport r = importFiles(*db, { shape("events-unicode.txt") }, options);
        QVERIFY2(r.ok, firstError(r).c_str());
        QCOMPARE(int(r.files[0].encoding), int(TextEncoding::Utf16));
        QCOMPARE(int(r.files[0].delimiter), int(Delimiter::Tab));
        QCOMPARE(r.files[0].imported, 2);
        QCOMPARE(r.files[0].created, 3); // m1, m2, p1
        QCOMPARE(count(*db, "SELECT count(*) FROM events WHERE type = 'purchase'"), 1);
        // 2026-03-05 08:00 CET = 07:00Z = 1772694000; m1 joins at its first appearance.
        QCOMPARE(
            count(*db, "SELECT occurred_at FROM events e JOIN members m ON m.id = e.member WHERE m.member_id = 'm1'"),
            1772694000);
        QCOMPARE(count(*db, "SELECT joined_at FROM members WHERE member_id = 'm1'"), 1772694000);
    }

    void unixLog()
    {
        // No header, runs of spaces, epoch seconds and milliseconds; pv → view.
        auto db = database("UTC");
        ImportOptions options;
        options.createMissing = true;
        options.delimiter = Delimiter::Space;
        options.columns = { "member_id", "occurred_at", "type", "product_id" };
        options.valueMap = { { "type", "pv", "view" }, { "type", "buy", "purchase" } };
        const ImportReport r = importFiles(*db, { shape("events.log") }, options);
        QVERIFY2(r.ok, firstError(r).c_str());
        QCOMPARE(r.files[0].read, 3);
        QCOMPARE(r.files[0].imported, 3);
        // 1772700000 = 2026-03-05 08:40Z; 1772700000123 ms is the same second; 1772786400 a day later.
        QCOMPARE(count(*db, "SELECT count(*) FROM events WHERE type = 'view'"), 2);
        QCOMPARE(count(*db, "SELECT occurred_at FROM events WHERE type = 'purchase'"), 1772700000);
        QCOMPARE(count(*db, "SELECT max(occurred_at) FROM events"), 1772786400);
        QCOMPARE(count(*db, "SELECT joined_at FROM members WHERE member_id = 'm1'"), 1772700000);
    }

    void invoiceLines()
    {
        auto db = database("Asia/Shanghai");
        ImportOptions options;
        options.createMissing = true;
        const ImportReport r = importFiles(*db, { shape("orders-invoices.csv") }, options);
        QVERIFY2(r.ok, firstError(r).c_str());
        const FileImportSummary& f = r.files[0];
        QCOMPARE(f.read, 4);
        QCOMPARE(f.imported, 4);
        QCOMPARE(f.updated, 0);
        QCOMPARE(f.created, 4); // members m1, m2; products p1, p2
        QCOMPARE(count(*db, "SELECT count(*) FROM orders"), 3);
        // 536365: 6 × 2.55 = 15.30 plus 8 × 3.39 = 27.12 → 42.42; paid at the earlier line,
        // 2026-03-01 08:26 in Shanghai = 00:26Z = 1772324760; its product is the first line's.
        QCOMPARE(count(*db, "SELECT amount FROM orders WHERE order_id = '536365'"), 4242);
        QCOMPARE(count(*db, "SELECT paid_at FROM orders WHERE order_id = '536365'"), 1772324760);
        QCOMPARE(text(*db,
                     "SELECT p.product_id FROM orders o JOIN products p ON p.id = o.product WHERE order_id = '536365'"),
            std::string("p1"));
        QCOMPARE(
            count(*db,
                "SELECT count(*) FROM order_lines l JOIN orders o ON o.id = l.order_ref WHERE order_id = '536365'"),
            2);
        QCOMPARE(count(*db, "SELECT sum(l.amount) FROM order_lines l JOIN orders o ON o.id = l.order_ref"), 4242);
        // 536366: 3 × 1.115 = 3.345 → 3.35, one line (kept on the order row alone).
        QCOMPARE(count(*db, "SELECT amount FROM orders WHERE order_id = '536366'"), 335);
        // C536367: −2 × 3.39 = −6.78: a refunded order of 6.78.
        QCOMPARE(count(*db, "SELECT amount FROM orders WHERE order_id = 'C536367'"), 678);
        QCOMPARE(text(*db, "SELECT status FROM orders WHERE order_id = 'C536367'"), std::string("refunded"));
        QCOMPARE(text(*db, "SELECT status FROM orders WHERE order_id = '536365'"), std::string("paid"));
        // Created: titles from product_title; m1 joins at its earliest line (08:26, not 08:27).
        QCOMPARE(text(*db, "SELECT title FROM products WHERE product_id = 'p2'"), std::string("WHITE METAL LANTERN"));
        QCOMPARE(count(*db, "SELECT joined_at FROM members WHERE member_id = 'm1'"), 1772324760);
        // m2: 2026-03-02 09:00 Shanghai = 1772413200.
        QCOMPARE(count(*db, "SELECT joined_at FROM members WHERE member_id = 'm2'"), 1772413200);

        // The same file again changes nothing and warns of nothing.
        const QByteArray before = contentDigest(*db);
        const ImportReport again = importFiles(*db, { shape("orders-invoices.csv") }, options);
        QVERIFY(again.ok);
        QCOMPARE(again.files[0].skipped, 4);
        QCOMPARE(again.files[0].imported, 0);
        QCOMPARE(again.files[0].created, 0);
        QVERIFY(again.updateWarnings.empty());
        QCOMPARE(contentDigest(*db), before);

        // One line of 536365 alone: the order becomes that line (15.30), counted and warned of,
        // never silently.
        const ImportReport partial = importFiles(*db,
            { writeFile(m_dir, QStringLiteral("orders-partial.csv"),
                "order_id,member_id,product_id,paid_at,quantity,unit_price\n536365,m1,p1,2026-03-01 08:26,6,2.55\n") },
            {});
        QVERIFY2(partial.ok, firstError(partial).c_str());
        QCOMPARE(partial.files[0].updated, 1);
        QCOMPARE(partial.updateWarningCount, 1);
        QVERIFY2(partial.updateWarnings.front().find("amount 42.42 → 15.30") != std::string::npos,
            partial.updateWarnings.front().c_str());
        QCOMPARE(count(*db, "SELECT count(*) FROM order_lines"), 0);
    }

    void linesInTheSnapshot()
    {
        // Products with tiers, then the invoice lines: tiers, pairs and the 360 come from lines.
        auto db = database("Asia/Shanghai");
        ImportOptions options;
        options.createMissing = true;
        const ImportReport r = importFiles(*db,
            { writeFile(m_dir, QStringLiteral("products-tiers.csv"),
                  "product_id,title,tier\np1,Heart,basic\np2,Lantern,premium\n"),
                shape("orders-invoices.csv") },
            options);
        QVERIFY2(r.ok, firstError(r).c_str());
        const auto loaded = loadCommunity(*db);
        QVERIFY(loaded.ok());
        const Community& c = **loaded;
        QCOMPARE(c.orders.size(), 3);
        const Index m1 = c.findMember("m1");
        const Index p1 = c.findProduct("p1"), p2 = c.findProduct("p2");
        // m1's orders by time: 536365 (2026-03-01), C536367 (2026-03-03).
        const IndexRange mine = c.ordersOf(m1);
        QCOMPARE(mine.size(), 2);
        const IndexRange lines = c.linesOf(mine.start);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(c.orderLines.product[static_cast<size_t>(lines.start)], p1);
        QCOMPARE(c.orderLines.amount[static_cast<size_t>(lines.start)], 1530);
        QCOMPARE(c.orderLines.product[static_cast<size_t>(lines.start) + 1], p2);
        QCOMPARE(c.orderLines.amount[static_cast<size_t>(lines.start) + 1], 2712);
        QCOMPARE(c.linesOf(mine.start + 1).size(), 1);

        // basic: 536365's p1 line 15.30 and 536366 3.35 → 2 paid orders, 18.65, buyers m1 and m2.
        // premium: 536365's p2 line 27.12 (paid) and C536367 (refunded) → 2 orders, 1 refunded,
        // 1 paid order, 27.12, one buyer; refund rate 1/2.
        const Pricing pricing = computePricing(c);
        QCOMPARE(pricing.tiers.size(), size_t(2));
        const TierRow& basic = pricing.tiers[0];
        const TierRow& premium = pricing.tiers[1];
        QCOMPARE(basic.tier, std::string("basic"));
        QCOMPARE(basic.paidOrders, 2);
        QCOMPARE(basic.revenue, 1865);
        QCOMPARE(basic.buyers, 2);
        QCOMPARE(basic.orders, 2);
        QCOMPARE(premium.orders, 2);
        QCOMPARE(premium.refundedOrders, 1);
        QCOMPARE(premium.paidOrders, 1);
        QCOMPARE(premium.revenue, 2712);
        QCOMPARE(premium.buyers, 1);
        QCOMPARE(premium.refundRate, 0.5);

        // Recommendation pairs: m1 bought both products in one paid order.
        const Feedback feedback = buildFeedback(c);
        QVERIFY(feedback.has(m1, p1));
        QVERIFY(feedback.has(m1, p2));
        QCOMPARE(feedback.countOf(m1), 2);
    }

    void linesAcrossFilesAndOverlaps()
    {
        // Lines of one order in two files of one import are one order; a line repeated in an
        // overlapping export is not added twice.
        auto db = database("UTC");
        ImportOptions options;
        options.createMissing = true;
        const std::string header = "order_id,member_id,product_id,paid_at,amount\n";
        const ImportReport r = importFiles(*db,
            { writeFile(
                  m_dir, QStringLiteral("orders-a.csv"), header + "o1,m1,p1,2026-03-01,10\no1,m1,p2,2026-03-01,5\n"),
                writeFile(
                    m_dir, QStringLiteral("orders-b.csv"), header + "o1,m1,p2,2026-03-01,5\no1,m1,p3,2026-02-28,1\n") },
            options);
        QVERIFY2(r.ok, firstError(r).c_str());
        // Lines: p1 10, p2 5 (in both files, once), p3 1 → 16.00, paid at 2026-02-28 = 1772236800.
        QCOMPARE(count(*db, "SELECT amount FROM orders WHERE order_id = 'o1'"), 1600);
        QCOMPARE(count(*db, "SELECT paid_at FROM orders WHERE order_id = 'o1'"), 1772236800);
        QCOMPARE(count(*db, "SELECT count(*) FROM order_lines"), 3);
    }

    void occurrences()
    {
        auto db = database("UTC");
        ImportOptions options;
        options.createMissing = true;
        const ImportReport r = importFiles(*db, { shape("interactions-twice.csv") }, options);
        QVERIFY2(r.ok, firstError(r).c_str());
        QCOMPARE(r.files[0].imported, 3);
        QCOMPARE(count(*db, "SELECT count(*) FROM interactions"), 2);
        QCOMPARE(count(*db, "SELECT sum(copies) FROM interactions"), 3);
        // The same file again: still two copies of the repeated message.
        const ImportReport again = importFiles(*db, { shape("interactions-twice.csv") }, options);
        QVERIFY(again.ok);
        QCOMPARE(again.files[0].skipped, 3);
        QCOMPARE(count(*db, "SELECT sum(copies) FROM interactions"), 3);
        // Overlapping exports: a holds 09:00 ×1 and 10:00 ×2, b holds 10:00 ×2 and 11:00 ×1:
        // 1 + max(2, 2) + 1 = 4 events, whether imported apart or together.
        QVERIFY(importFiles(*db, { shape("events-mar-a.csv") }, options).ok);
        const ImportReport b = importFiles(*db, { shape("events-mar-b.csv") }, options);
        QVERIFY(b.ok);
        QCOMPARE(b.files[0].imported, 1);
        QCOMPARE(b.files[0].skipped, 2);
        QCOMPARE(count(*db, "SELECT sum(copies) FROM events"), 4);
        auto together = database("UTC");
        QVERIFY(importFiles(*together, { shape("events-mar-a.csv"), shape("events-mar-b.csv") }, options).ok);
        QCOMPARE(count(*together, "SELECT sum(copies) FROM events"), 4);
        // The snapshot expands copies: 3 interactions, 4 events, the repeated one twice.
        const auto community = loadCommunity(*db);
        QVERIFY(community.ok());
        QCOMPARE((*community)->interactions.size(), 3);
        QCOMPARE((*community)->events.size(), 4);
    }

    // Large files are written in sorted batches, several rows per statement: the counts must not
    // depend on where the batches and statements fall. 300,000 distinct events (member i % 997,
    // at 2026-01-01 + i seconds), the first 10,000 of them once more at the end of the file (a
    // later batch than their first copies).
    void occurrencesAcrossBatches()
    {
        const auto eventsFile = [this](const char* name, long from, long to, long repeated) {
            std::string text = "member_id,occurred_at,type,value\n";
            const auto row = [&text](long i) {
                text += "m" + std::to_string(i % 997) + "," + std::to_string(1767225600 + i) + ",play,"
                    + std::to_string(i % 10) + "\n";
            };
            for (long i = from; i < to; ++i)
                row(i);
            for (long i = from; i < from + repeated; ++i)
                row(i);
            return writeFile(m_dir, QString::fromLatin1(name), text);
        };
        auto db = database("UTC");
        ImportOptions options;
        options.createMissing = true;
        const ImportReport first = importFiles(*db, { eventsFile("events-batch-a.csv", 0, 300000, 10000) }, options);
        QVERIFY2(first.ok, firstError(first).c_str());
        QCOMPARE(first.files[0].read, 310000);
        QCOMPARE(first.files[0].imported, 310000);
        QCOMPARE(first.files[0].created, 997);
        QCOMPARE(count(*db, "SELECT count(*) FROM events"), 300000);
        QCOMPARE(count(*db, "SELECT count(*) FROM events WHERE copies = 2"), 10000);
        QCOMPARE(count(*db, "SELECT max(copies) FROM events"), 2);
        // An overlapping export: events 150,000 to 349,999, the first 5,000 of them twice. Of
        // them 150,000 are held (145,000 once, 5,000 of them – 150,000 to 154,999 – once, now
        // seen twice), and 50,000 are new: imported 50,000 + 5,000 second copies, skipped 150,000.
        const ImportReport overlap
            = importFiles(*db, { eventsFile("events-batch-b.csv", 150000, 350000, 5000) }, options);
        QVERIFY2(overlap.ok, firstError(overlap).c_str());
        QCOMPARE(overlap.files[0].read, 205000);
        QCOMPARE(overlap.files[0].imported, 55000);
        QCOMPARE(overlap.files[0].skipped, 150000);
        QCOMPARE(count(*db, "SELECT count(*) FROM events"), 350000);
        QCOMPARE(count(*db, "SELECT sum(copies) FROM events"), 365000);
        QCOMPARE(
            count(*db, "SELECT count(*) FROM events WHERE copies = 2 AND occurred_at < 1767225600 + 10000"), 10000);
        QCOMPARE(
            count(*db, "SELECT count(*) FROM events WHERE copies = 2 AND occurred_at >= 1767225600 + 150000"), 5000);
        // Both again, together: nothing new.
        const ImportReport again = importFiles(*db,
            { m_dir.filePath(QStringLiteral("events-batch-a.csv")).toStdString(),
                m_dir.filePath(QStringLiteral("events-batch-b.csv")).toStdString() },
            options);
        QVERIFY2(again.ok, firstError(again).c_str());
        QCOMPARE(again.files[0].imported + again.files[1].imported, 0);
        QCOMPARE(count(*db, "SELECT sum(copies) FROM events"), 365000);
        // The snapshot: 350,000 rows are read in pieces by both connections (a threaded suite),
        // each copy one event. m0 (i % 997 == 0) holds 352 of i < 350,000, plus a second copy of
        // 11 below 10,000 and of 5 in 150,000–154,999: 368; m996 351 + 10 + 5 = 366.
        const auto community = loadCommunity(*db);
        QVERIFY(community.ok());
        const Community& c = **community;
        QCOMPARE(c.events.size(), 365000);
        QCOMPARE(c.eventsOf(c.findMember("m0")).size(), 368);
        QCOMPARE(c.eventsOf(c.findMember("m996")).size(), 366);
        QCOMPARE(c.eventTypes.size(), 1);
    }

    // Interactions and ratings go the same way: 70,000 distinct rows (more than one batch), the
    // first 1,000 once more at the end; then the file again.
    void interactionsAndRatingsAcrossBatches()
    {
        std::string interactions = "from_member_id,to_member_id,occurred_at,type\n";
        std::string ratings = "member_id,product_id,rating,rated_at\n";
        const auto rows = [&](long i) {
            const std::string at = std::to_string(1767225600 + i);
            interactions
                += "m" + std::to_string(i % 499) + ",m" + std::to_string((i + 1) % 499) + "," + at + ",reply\n";
            ratings += "m" + std::to_string(i % 499) + ",p" + std::to_string(i % 3) + "," + std::to_string(1 + i % 5)
                + "," + at + "\n";
        };
        for (long i = 0; i < 70000; ++i)
            rows(i);
        for (long i = 0; i < 1000; ++i)
            rows(i);
        const std::string paths[2] = { writeFile(m_dir, QStringLiteral("interactions-batches.csv"), interactions),
            writeFile(m_dir, QStringLiteral("ratings-batches.csv"), ratings) };
        auto db = database("UTC");
        ImportOptions options;
        options.createMissing = true;
        const ImportReport first = importFiles(*db, { paths[0], paths[1] }, options);
        QVERIFY2(first.ok, firstError(first).c_str());
        for (const char* table : { "interactions", "ratings" }) {
            QCOMPARE(count(*db, std::string("SELECT count(*) FROM ") + table), 70000);
            QCOMPARE(count(*db, std::string("SELECT sum(copies) FROM ") + table), 71000);
            QCOMPARE(count(*db, std::string("SELECT count(*) FROM ") + table + " WHERE copies = 2"), 1000);
        }
        QCOMPARE(first.files[0].imported, 71000);
        QCOMPARE(first.files[1].imported, 71000);
        const ImportReport again = importFiles(*db, { paths[0], paths[1] }, options);
        QVERIFY2(again.ok, firstError(again).c_str());
        QCOMPARE(again.files[0].skipped, 71000);
        QCOMPARE(again.files[1].skipped, 71000);
        QCOMPARE(count(*db, "SELECT sum(copies) FROM interactions"), 71000);
    }

    // New orders are written from their first line while the file is read, in batches; lines
    // that come later (here after more than a batch of orders) complete them at the end. 70,000
    // orders of one line of ¥1.00 on 2026-03-02; every tenth gets a second line of ¥0.50 at the
    // end of the file, dated 2026-03-01 (so the order is of 03-01); o70's is -¥2.00 instead (a
    // return: refunded, ¥1.00).
    void orderLinesAcrossBatches()
    {
        std::string file = "order_id,member_id,product_id,paid_at,amount\n";
        for (int i = 0; i < 70000; ++i)
            file += "o" + std::to_string(i) + ",m" + std::to_string(i % 101) + ",p1,2026-03-02 10:00,1.00\n";
        for (int i = 0; i < 70000; i += 10)
            file += "o" + std::to_string(i) + ",m" + std::to_string(i % 101) + ",p2,2026-03-01 09:00,"
                + (i == 70 ? "-2.00" : "0.50") + "\n";
        const std::string path = writeFile(m_dir, QStringLiteral("orders-batches.csv"), file);
        auto db = database("UTC");
        ImportOptions options;
        options.createMissing = true;
        const ImportReport r = importFiles(*db, { path }, options);
        QVERIFY2(r.ok, firstError(r).c_str());
        QCOMPARE(r.files[0].read, 77000);
        QCOMPARE(r.files[0].imported, 77000);
        QCOMPARE(count(*db, "SELECT count(*) FROM orders"), 70000);
        QCOMPARE(count(*db, "SELECT count(*) FROM order_lines"), 14000);
        // 70,000 × 100 + 7,000 × 50 cents, o70 at 100 rather than 150: 7,349,950.
        QCOMPARE(count(*db, "SELECT sum(amount) FROM orders"), 7349950);
        QCOMPARE(text(*db, "SELECT status || ' ' || amount FROM orders WHERE order_id = 'o70'"),
            std::string("refunded 100"));
        QCOMPARE(count(*db, "SELECT count(*) FROM orders WHERE status = 'refunded'"), 1);
        // 2026-03-01 09:00 UTC and 2026-03-02 10:00 UTC.
        QCOMPARE(count(*db, "SELECT paid_at FROM orders WHERE order_id = 'o10'"), 1772355600);
        QCOMPARE(count(*db, "SELECT paid_at FROM orders WHERE order_id = 'o11'"), 1772445600);
        // The order rows come in the order of the file, as if written at the end.
        QCOMPARE(count(*db, "SELECT count(*) FROM orders WHERE id != 1 + CAST(substr(order_id, 2) AS INTEGER)"), 0);
        const ImportReport again = importFiles(*db, { path }, options);
        QVERIFY2(again.ok, firstError(again).c_str());
        QCOMPARE(again.files[0].skipped, 77000);
        QCOMPARE(count(*db, "SELECT sum(amount) FROM orders"), 7349950);
    }

    // Orders are inserted many per statement; an export overlapping the stored orders mixes new
    // and held ones in one statement. Orders o0–o99 (member m<i % 7>, 100 + i cents), then
    // o50–o149 with o60 at ¥9.99: 50 new, 49 the same, o60 updated (a warning).
    void ordersOverlapInOneStatement()
    {
        const auto ordersFile = [this](const char* name, int from, int to) {
            std::string text = "order_id,member_id,product_id,paid_at,amount\n";
            for (int i = from; i < to; ++i) {
                const int cents = i == 60 && from > 0 ? 999 : 100 + i;
                text += "o" + std::to_string(i) + ",m" + std::to_string(i % 7) + ",p1,2026-02-01 10:00,"
                    + std::to_string(cents / 100) + (cents % 100 < 10 ? ".0" : ".") + std::to_string(cents % 100)
                    + "\n";
            }
            return writeFile(m_dir, QString::fromLatin1(name), text);
        };
        auto db = database("UTC");
        ImportOptions options;
        options.createMissing = true;
        const ImportReport first = importFiles(*db, { ordersFile("orders-first.csv", 0, 100) }, options);
        QVERIFY2(first.ok, firstError(first).c_str());
        QCOMPARE(first.files[0].imported, 100);
        const ImportReport overlap = importFiles(*db, { ordersFile("orders-overlap.csv", 50, 150) }, options);
        QVERIFY2(overlap.ok, firstError(overlap).c_str());
        QCOMPARE(overlap.files[0].imported, 51);
        QCOMPARE(overlap.files[0].skipped, 49);
        QCOMPARE(overlap.files[0].updated, 1);
        QCOMPARE(overlap.updateWarningCount, 1);
        QCOMPARE(count(*db, "SELECT count(*) FROM orders"), 150);
        QCOMPARE(count(*db, "SELECT amount FROM orders WHERE order_id = 'o60'"), 999);
        // 150 × 100 + (0 + … + 149) = 26,175 cents, with o60's 160 now 999: 27,014.
        QCOMPARE(count(*db, "SELECT sum(amount) FROM orders"), 27014);
        QCOMPARE(count(*db, "SELECT amount FROM orders WHERE order_id = 'o149'"), 249);
        QCOMPARE(count(*db,
                     "SELECT count(*) FROM orders WHERE order_id = 'o100' AND member = "
                     "(SELECT id FROM members WHERE member_id = 'm2')"),
            1);
    }

    // New members are written a few thousand at a time: one named twice in a file before it is
    // written is skipped when identical and an error when not, as one already written is; one
    // the database held is updated once, then a different second row is an error.
    void membersRepeatedInOneFile_data()
    {
        QTest::addColumn<QByteArray>("held"); // imported first ("" for none)
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<qint64>("imported");
        QTest::addColumn<qint64>("skipped");
        QTest::addColumn<qint64>("updated");
        QTest::addColumn<qint64>("errorLine"); // 0: the import succeeds
        const QByteArray header = "member_id,joined_at,name\n";
        QTest::newRow("new, twice the same")
            << QByteArray() << header + "u1,2026-01-01,A\nu2,2026-01-02,B\nu1,2026-01-01,A\n"
            << qint64(2) << qint64(1) << qint64(0) << qint64(0);
        QTest::newRow("new, then different")
            << QByteArray() << header + "u1,2026-01-01,A\nu2,2026-01-02,B\nu1,2026-01-01,C\n"
            << qint64(0) << qint64(0) << qint64(0) << qint64(4);
        QTest::newRow("held, the same twice") << header + "u1,2026-01-01,A\n"
                                              << header + "u1,2026-01-01,A\nu1,2026-01-01,A\n"
                                              << qint64(0) << qint64(2) << qint64(0) << qint64(0);
        QTest::newRow("held, updated, then the update again") << header + "u1,2026-01-01,A\n"
                                                              << header + "u1,2026-01-01,B\nu1,2026-01-01,B\n"
                                                              << qint64(1) << qint64(1) << qint64(1) << qint64(0);
        // More new members than one batch (32,768), so u1 is written (or being written) when it
        // comes again.
        QByteArray many = header;
        for (int i = 1; i <= 40000; ++i)
            many += "u" + QByteArray::number(i) + ",2026-01-01,A\n";
        QTest::newRow("new, again after a batch") << QByteArray() << many + "u1,2026-01-01,A\n"
                                                  << qint64(40000) << qint64(1) << qint64(0) << qint64(0);
        QTest::newRow("new, different after a batch") << QByteArray() << many + "u1,2026-01-01,B\n"
                                                      << qint64(0) << qint64(0) << qint64(0) << qint64(40002);
        QTest::newRow("held, updated, then different") << header + "u1,2026-01-01,A\n"
                                                       << header + "u1,2026-01-01,B\nu1,2026-01-01,C\n"
                                                       << qint64(0) << qint64(0) << qint64(0) << qint64(3);
    }
    void membersRepeatedInOneFile()
    {
        QFETCH(QByteArray, held);
        QFETCH(QByteArray, file);
        QFETCH(qint64, imported);
        QFETCH(qint64, skipped);
        QFETCH(qint64, updated);
        QFETCH(qint64, errorLine);
        auto db = database("UTC");
        if (!held.isEmpty())
            QVERIFY(
                importFiles(*db, { writeFile(m_dir, QStringLiteral("members-held.csv"), held.toStdString()) }, {}).ok);
        const ImportReport r
            = importFiles(*db, { writeFile(m_dir, QStringLiteral("members-repeated.csv"), file.toStdString()) }, {});
        if (errorLine > 0) {
            QVERIFY(!r.ok);
            QCOMPARE(r.errors.size(), size_t(1));
            QCOMPARE(r.errors[0].line, errorLine);
            QCOMPARE(r.errors[0].column, std::string("member_id"));
            // Nothing written: the database holds what it held.
            QCOMPARE(count(*db, "SELECT count(*) FROM members"), held.isEmpty() ? 0 : 1);
            return;
        }
        QVERIFY2(r.ok, firstError(r).c_str());
        QCOMPARE(r.files[0].imported, imported);
        QCOMPARE(r.files[0].skipped, skipped);
        QCOMPARE(r.files[0].updated, updated);
    }

    void migratesVersion1InPlace()
    {
        const std::string path = m_dir.filePath(QStringLiteral("v1.db")).toStdString();
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(path.c_str(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, schemaVersion1, nullptr, nullptr, nullptr), SQLITE_OK);
        const std::string setup = "PRAGMA application_id = " + std::to_string(kinsightApplicationId)
            + "; PRAGMA user_version = 1; INSERT INTO meta VALUES ('time_zone', 'UTC');"
              "INSERT INTO members(member_id, joined_at) VALUES ('a', 1), ('b', 2);"
              "INSERT INTO events(member, occurred_at, type) VALUES (1, 10, 'view'), (1, 11, 'view');"
              "INSERT INTO interactions(from_member, to_member, occurred_at) VALUES (1, 2, 12);";
        QCOMPARE(sqlite3_exec(raw, setup.c_str(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);

        // Reading upgrades it in place: every row kept, one copy each.
        auto db = Database::open(path, OpenMode::ReadOnly);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().c_str());
        QCOMPARE((*db)->schemaVersion(), 2);
        QCOMPARE(count(**db, "SELECT count(*) FROM members"), 2);
        QCOMPARE(count(**db, "SELECT sum(copies) FROM events"), 2);
        QCOMPARE(count(**db, "SELECT sum(copies) FROM interactions"), 1);
        QCOMPARE(count(**db, "SELECT count(*) FROM order_lines"), 0);
        QCOMPARE(count(**db, "SELECT count(*) FROM imports WHERE rows_updated > 0"), 0);
    }

    void xlsx()
    {
        // Two sheets written by libxlsxwriter: the first (shared strings, a date cell) and "Orders".
        const std::string path = m_dir.filePath(QStringLiteral("export.xlsx")).toStdString();
        lxw_workbook* wb = workbook_new(path.c_str());
        lxw_worksheet* members = workbook_add_worksheet(wb, "Members");
        lxw_worksheet* orders = workbook_add_worksheet(wb, "Orders");
        lxw_format* when = workbook_add_format(wb);
        format_set_num_format(when, "yyyy-mm-dd hh:mm");
        worksheet_write_string(members, 0, 0, "member_id", nullptr);
        worksheet_write_string(members, 0, 1, "joined_at", nullptr);
        worksheet_write_string(members, 0, 2, "name", nullptr);
        worksheet_write_string(members, 1, 0, "m1", nullptr);
        lxw_datetime t1 = { 2026, 2, 14, 9, 30, 0 };
        worksheet_write_datetime(members, 1, 1, &t1, when);
        worksheet_write_string(members, 1, 2, "张三", nullptr);
        worksheet_write_number(members, 2, 0, 1002, nullptr); // a numeric id reads "1002"
        lxw_datetime t2 = { 2026, 2, 15, 0, 0, 0 };
        worksheet_write_datetime(members, 2, 1, &t2, when);
        // name of 1002 left empty: the row stops before it
        const char* header[] = { "order_id", "member_id", "product_id", "paid_at", "amount" };
        for (int c = 0; c < 5; ++c)
            worksheet_write_string(orders, 0, static_cast<lxw_col_t>(c), header[c], nullptr);
        worksheet_write_string(orders, 1, 0, "x1", nullptr);
        worksheet_write_string(orders, 1, 1, "m1", nullptr);
        worksheet_write_string(orders, 1, 2, "p1", nullptr);
        worksheet_write_datetime(orders, 1, 3, &t2, when);
        worksheet_write_number(orders, 1, 4, 12.5, nullptr);
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));

        const auto names = XlsxReader::sheetNames(path);
        QVERIFY(names.ok());
        QCOMPARE(*names, (std::vector<std::string> { "Members", "Orders" }));

        auto db = database("UTC");
        ImportOptions options;
        options.kind = FileKind::Members;
        const ImportReport r = importFiles(*db, { path }, options);
        QVERIFY2(r.ok, firstError(r).c_str());
        QCOMPARE(r.files[0].read, 2);
        // 2026-02-14 09:30Z = 1771061400; 2026-02-15 = 1771113600.
        QCOMPARE(count(*db, "SELECT joined_at FROM members WHERE member_id = 'm1'"), 1771061400);
        QCOMPARE(count(*db, "SELECT joined_at FROM members WHERE member_id = '1002'"), 1771113600);
        QCOMPARE(text(*db, "SELECT name FROM members WHERE member_id = 'm1'"), std::string("张三"));

        options.kind = FileKind::Orders;
        options.sheet = "Orders";
        options.createMissing = true;
        const ImportReport o = importFiles(*db, { path }, options);
        QVERIFY2(o.ok, firstError(o).c_str());
        QCOMPARE(count(*db, "SELECT amount FROM orders WHERE order_id = 'x1'"), 1250);
        QCOMPARE(count(*db, "SELECT paid_at FROM orders WHERE order_id = 'x1'"), 1771113600);

        options.sheet = "Nope";
        const ImportReport missing = importFiles(*db, { path }, options);
        QVERIFY(!missing.ok);
        QVERIFY2(
            firstError(missing).find("no sheet named 'Nope' (its sheets: 'Members', 'Orders')") != std::string::npos,
            firstError(missing).c_str());
    }

    void xlsxInlineStrings()
    {
        // constant_memory mode writes inline strings instead of shared ones.
        const std::string path = m_dir.filePath(QStringLiteral("members-inline.xlsx")).toStdString();
        lxw_workbook_options wo = {};
        wo.constant_memory = LXW_TRUE;
        lxw_workbook* wb = workbook_new_opt(path.c_str(), &wo);
        lxw_worksheet* ws = workbook_add_worksheet(wb, nullptr);
        worksheet_write_string(ws, 0, 0, "member_id", nullptr);
        worksheet_write_string(ws, 0, 1, "joined_at", nullptr);
        worksheet_write_string(ws, 1, 0, "k1", nullptr);
        worksheet_write_string(ws, 1, 1, "2026/3/1", nullptr);
        QCOMPARE(int(workbook_close(wb)), int(LXW_NO_ERROR));
        auto db = database("UTC");
        const ImportReport r = importFiles(*db, { path }, {});
        QVERIFY2(r.ok, firstError(r).c_str());
        QCOMPARE(count(*db, "SELECT joined_at FROM members WHERE member_id = 'k1'"), 1772323200);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>(
            "option"); // 0 none, 1 --columns (4 names), 2 --value colour, 3 --map absent header, 4 --map unknown field
        QTest::addColumn<qint64>("line");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("code");
        const QByteArray orders = "order_id,member_id,product_id,paid_at,quantity,unit_price\n";
        // The header and the rows as one QByteArray (QByteArray + literal through QStringBuilder
        // reads past a literal's end in Qt 6.4).
        const auto withOrders = [&](const char* rows) {
            QByteArray b = orders;
            b.append(rows);
            return b;
        };
        QTest::newRow("lines disagree on status")
            << "orders.csv"
            << QByteArray("order_id,member_id,product_id,paid_at,amount,status\no1,u1,p1,2026-01-05,1,paid\n"
                          "o1,u1,p1,2026-01-05,2,refunded\n")
            << 0 << qint64(3) << "status"
            << "must agree on status"
            << "import.order_lines_status";
        QTest::newRow("quantity not a number")
            << "orders.csv" << withOrders("o1,u1,p1,2026-01-05,two,3\n") << 0 << qint64(2) << "quantity"
            << "is not a number"
            << "import.not_a_number";
        QTest::newRow("unit price not a number")
            << "orders.csv" << withOrders("o1,u1,p1,2026-01-05,2,3,5\n") << 0 << qint64(2) << ""
            << "expected 6 fields"
            << "import.field_count";
        QTest::newRow("unit price letters")
            << "orders.csv" << withOrders("o1,u1,p1,2026-01-05,2,abc\n") << 0 << qint64(2) << "unit_price"
            << "is not a number"
            << "import.not_a_number";
        QTest::newRow("epoch after 2100")
            << "events.csv" << QByteArray("member_id,occurred_at,type\nu1,4133980800,view\n") << 0 << qint64(2)
            << "occurred_at"
            << "outside the years 1970 to 2100"
            << "import.epoch_out_of_range";
        QTest::newRow("columns count") << "events.csv" << QByteArray("u1,2026-01-05,view\n") << 1 << qint64(1) << ""
                                       << "--columns names 4 columns, but this row has 3"
                                       << "import.columns_count";
        QTest::newRow("value for a field the kind lacks")
            << "events.csv" << QByteArray("member_id,occurred_at,type\nu1,2026-01-05,view\n") << 2 << qint64(0) << ""
            << "no file of this import has a field 'colour'"
            << "";
        QTest::newRow("map names an absent header")
            << "events.csv" << QByteArray("member_id,occurred_at,type\nu1,2026-01-05,view\n") << 3 << qint64(0) << ""
            << "no file of this import has a column 'Kunde'"
            << "";
        QTest::newRow("map names an unknown field")
            << "events.csv" << QByteArray("member_id,occurred_at,type,Kunde\nu1,2026-01-05,view,x\n") << 4 << qint64(1)
            << "customer"
            << "have no field 'customer'"
            << "import.map_unknown_field";
        QTest::newRow("xlsx not a zip") << "orders.xlsx" << QByteArray("order_id,member_id\n") << 0 << qint64(0) << ""
                                        << "not a zip archive"
                                        << "";
        QTest::newRow("xlsx encrypted") << "orders.xlsx"
                                        << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 encrypted package") << 0
                                        << qint64(0) << ""
                                        << "encrypted"
                                        << "";
    }
    void badInput()
    {
        QFETCH(QString, fileName);
        QFETCH(QByteArray, content);
        QFETCH(int, option);
        QFETCH(qint64, line);
        QFETCH(QString, column);
        QFETCH(QString, reason);
        QFETCH(QString, code);
        auto db = database("UTC");
        QVERIFY(importFiles(*db,
            { writeFile(m_dir, QStringLiteral("members.csv"), "member_id,joined_at\nu1,2026-01-01\n"),
                writeFile(m_dir, QStringLiteral("products.csv"), "product_id,title\np1,Course\n") },
            {})
                    .ok);
        const QByteArray before = contentDigest(*db, true);
        ImportOptions options;
        if (option == 1)
            options.columns = { "member_id", "occurred_at", "type", "-" };
        if (option == 2)
            options.valueMap = { { "colour", "red", "blue" } };
        if (option == 3)
            options.columnMap = { { "Kunde", "member_id" } };
        if (option == 4)
            options.columnMap = { { "Kunde", "customer" } };
        QTemporaryDir dir;
        const ImportReport r = importFiles(*db, { writeFile(dir, fileName, content.toStdString()) }, options);
        QVERIFY(!r.ok);
        std::string all = r.fatal;
        for (const auto& e : r.errors)
            all += "\n" + e.text();
        QVERIFY2(all.find(reason.toStdString()) != std::string::npos, all.c_str());
        if (line > 0) {
            QVERIFY(!r.errors.empty());
            QCOMPARE(r.errors.front().line, line);
            QCOMPARE(QString::fromStdString(r.errors.front().column), column);
        }
        if (!code.isEmpty())
            QCOMPARE(QString::fromStdString(r.errors.front().code.code), code);
        QCOMPARE(contentDigest(*db, true), before); // nothing written
    }
};

QTEST_GUILESS_MAIN(TestImportShapes)
#include "tst_importshapes.moc"
