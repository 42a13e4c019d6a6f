// The snapshot: the same whatever order rows were imported in, and the persisted snapshot file
// beside the database (round trip, stale, damaged, truncated, foreign, owner-only).

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>

#include <QTemporaryDir>
#include <QTest>

#include "../testsupport.h"
#include "core/data/communitycolumns.h"
#include "core/import/importer.h"
#include "core/store/database.h"
#include "core/store/snapshotfile.h"
#include "core/store/snapshotloader.h"

#include <sys/stat.h>

using namespace kinsight::core;
using kinsight::test::writeFile;

namespace {

/// One small community as CSV files: 60 members (ids not in join order), 4 products, and rows
/// with ties that only the rest of the row can order: a member's events at the same instant with
/// different types and products, orders paid at the same second, interactions at the same time to
/// different members, ratings of the same instant. Channels and event types first appear in
/// different rows depending on the order.
struct Fixture {
    std::vector<std::pair<std::string, std::vector<std::string>>> files; // name, header + rows
};

Fixture makeFixture()
{
    Fixture f;
    std::vector<std::string> members = { "member_id,joined_at,name,email,phone,channel,city,referrer_id" };
    const char* channels[] = { "wechat", "douyin", "", "bilibili" };
    const char* cities[] = { "北京", "上海", "" };
    for (int i = 0; i < 60; ++i) {
        std::ostringstream row;
        row << "m" << (i * 37 % 60) << ",2026-01-" << (10 + i % 18) << ","
            << "Name " << i << ",,," << channels[i % 4] << "," << cities[i % 3] << ","
            << (i % 5 == 0 && i > 0 ? "m" + std::to_string(i - 1) : "");
        members.push_back(row.str());
    }
    f.files.push_back({ "members.csv", members });
    f.files.push_back({ "products.csv",
        { "product_id,title,kind,tier,list_price", "p1,One,course,basic,10", "p2,Two,column,pro,20",
            "p3,Three,live,,30", "p0,Zero,ebook,basic,5" } });
    std::vector<std::string> events = { "member_id,occurred_at,type,product_id,value" };
    const char* types[] = { "view", "play", "finish", "like" };
    for (int i = 0; i < 600; ++i) {
        std::ostringstream row;
        // Every member gets events on a few instants; at each instant several types and products.
        row << "m" << (i % 60) << ",2026-02-" << (10 + (i / 60) % 5) << " 10:00," << types[(i / 7) % 4] << ","
            << (i % 3 == 0 ? "" : "p" + std::to_string(i % 4)) << "," << (i % 2 ? std::to_string(i % 9) : "");
        events.push_back(row.str());
    }
    f.files.push_back({ "events.csv", events });
    std::vector<std::string> orders = { "order_id,member_id,product_id,paid_at,amount,currency,type,plan,status" };
    for (int i = 0; i < 120; ++i) {
        std::ostringstream row;
        row << "o" << i << ",m" << (i % 60) << ",p" << (i % 4) << ",2026-03-01 09:00," << (i % 5) * 10 << ",CNY,"
            << (i % 7 == 0 ? "renewal" : "purchase") << "," << (i % 7 == 0 ? "monthly" : "") << ","
            << (i % 11 == 0 ? "refunded" : "paid");
        orders.push_back(row.str());
    }
    f.files.push_back({ "orders.csv", orders });
    std::vector<std::string> ratings = { "member_id,product_id,rating,rated_at,review" };
    for (int i = 0; i < 80; ++i)
        ratings.push_back("m" + std::to_string(i % 40) + ",p" + std::to_string(i % 4) + "," + std::to_string(1 + i % 5)
            + ",2026-03-02," + (i % 2 ? "fine" : ""));
    f.files.push_back({ "ratings.csv", ratings });
    std::vector<std::string> interactions = { "from_member_id,to_member_id,occurred_at,type,weight" };
    for (int i = 0; i < 300; ++i)
        interactions.push_back("m" + std::to_string(i % 30) + ",m" + std::to_string((i * 7 + 1) % 60)
            + ",2026-03-03 08:00," + (i % 3 ? "reply" : "like") + "," + std::to_string(1 + i % 2));
    f.files.push_back({ "interactions.csv", interactions });
    return f;
}

/// Imports the fixture with each file's rows in an order: 0 as written, 1 reversed, 2 shuffled.
std::string importShuffled(const QTemporaryDir& dir, const Fixture& f, int way)
{
    const std::string db = dir.filePath(QStringLiteral("way%1.db").arg(way)).toStdString();
    std::vector<std::string> paths;
    std::mt19937 random(12345);
    for (const auto& [name, lines] : f.files) {
        std::vector<std::string> rows(lines.begin() + 1, lines.end());
        if (way == 1)
            std::reverse(rows.begin(), rows.end());
        else if (way == 2)
            std::shuffle(rows.begin(), rows.end(), random);
        std::string text = lines.front() + "\n";
        for (const std::string& r : rows)
            text += r + "\n";
        paths.push_back(writeFile(dir,
            QString::fromStdString(name).replace(QStringLiteral(".csv"), QStringLiteral("-%1.csv").arg(way)), text));
    }
    auto opened = Database::open(db, OpenMode::Create);
    if (!opened)
        return {};
    (*opened)->setTimeZoneId("UTC").ok();
    const ImportReport report = importFiles(**opened, paths, {});
    if (!report.ok) {
        qWarning("import failed: %s", report.fatal.c_str());
        for (const ImportIssue& issue : report.errors)
            qWarning("%s", issue.text().c_str());
    }
    return report.ok ? db : std::string();
}

std::string readAll(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

void writeAll(const std::string& path, const std::string& bytes)
{
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

} // namespace

class TestSnapshotFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string m_db; ///< the fixture, imported as written
    std::string m_digest; ///< its snapshot digest, loaded from SQLite without the file

    std::string loadFromDatabase(const std::string& db)
    {
        LoadOptions options;
        options.useSnapshotFile = false;
        auto loaded = loadCommunity(db, {}, options);
        return loaded ? communityDigest(**loaded) : std::string();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = importShuffled(m_dir, makeFixture(), 0);
        QVERIFY(!m_db.empty());
        m_digest = loadFromDatabase(m_db);
        QCOMPARE(m_digest.size(), size_t(32));
    }

    void sameSnapshotWhateverTheImportOrder()
    {
        const Fixture f = makeFixture();
        auto loaded = loadCommunity(m_db, {}, LoadOptions { false, {} });
        QVERIFY(loaded.ok());
        // 60 members, 4 products; 600 event lines with (member, instant, type, product, value)
        // repeating every 420 lines at most (lcm of 60, 5*60, 7*4, 3, 2 over 600 lines): the
        // importer keeps distinct rows only, so the count is checked as "more than one per
        // member" and equal across orders rather than by hand.
        QCOMPARE((*loaded)->memberCount(), 60);
        QCOMPARE((*loaded)->productCount(), 4);
        QCOMPARE((*loaded)->orders.size(), 120);
        QVERIFY((*loaded)->events.size() > 60);
        for (int way : { 1, 2 }) {
            const std::string db = importShuffled(m_dir, f, way);
            QVERIFY(!db.empty());
            QCOMPARE(loadFromDatabase(db), m_digest);
        }
    }

    void digestTellsContentApart()
    {
        // The same database with one more event has another digest.
        const std::string copy = m_dir.filePath(QStringLiteral("plus.db")).toStdString();
        QVERIFY(QFile::copy(QString::fromStdString(m_db), QString::fromStdString(copy)));
        {
            auto db = Database::open(copy, OpenMode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY(importFiles(**db,
                { writeFile(m_dir, QStringLiteral("events-one.csv"),
                    "member_id,occurred_at,type\nm1,2026-04-01 00:00,view\n") },
                {})
                        .ok);
        }
        QVERIFY(loadFromDatabase(copy) != m_digest);
    }

    void roundTripEqualsDatabaseLoad()
    {
        const std::string file = snapshotPathFor(m_db);
        QFile::remove(QString::fromStdString(file));
        auto first = loadCommunity(m_db); // builds the file
        QVERIFY(first.ok());
        QCOMPARE(communityDigest(**first), m_digest);
        QVERIFY(QFile::exists(QString::fromStdString(file)));
        struct stat st { };
        QCOMPARE(::stat(file.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);

        auto db = Database::open(m_db, OpenMode::ReadOnly);
        QVERIFY(db.ok());
        auto key = snapshotKeyOf(**db);
        QVERIFY(key.ok());
        SnapshotProblem problem = SnapshotProblem::Damaged;
        auto fromFile = readSnapshotFile(file, *key, &problem);
        QVERIFY2(fromFile.ok(), fromFile.ok() ? "" : fromFile.error().c_str());
        QCOMPARE(int(problem), int(SnapshotProblem::None));
        QCOMPARE(communityDigest(**fromFile), m_digest);
        // What readers use beyond the columns: the time zone and currency.
        QCOMPARE((*fromFile)->timeZone.id(), std::string("UTC"));
        QCOMPARE((*fromFile)->currency, std::string("CNY"));
        QCOMPARE((*fromFile)->findMember("m7"), (*first)->findMember("m7"));
    }

    void staleFileIsRebuilt()
    {
        const std::string copy = m_dir.filePath(QStringLiteral("stale.db")).toStdString();
        QFile::remove(QString::fromStdString(copy));
        QVERIFY(QFile::copy(QString::fromStdString(m_db), QString::fromStdString(copy)));
        QVERIFY(loadCommunity(copy).ok()); // writes copy's snapshot file
        const std::string file = snapshotPathFor(copy);
        QVERIFY(QFile::exists(QString::fromStdString(file)));
        const std::string before = readAll(file);
        {
            auto db = Database::open(copy, OpenMode::ReadWrite);
            QVERIFY(db.ok());
            const std::int64_t version = (*db)->contentVersion();
            QVERIFY(importFiles(**db,
                { writeFile(m_dir, QStringLiteral("members-late.csv"), "member_id,joined_at\nzz,2026-05-01\n") }, {})
                        .ok);
            QCOMPARE((*db)->contentVersion(), version + 1);
        }
        int warnings = 0;
        auto loaded = loadCommunity(copy, {}, LoadOptions { true, [&](const Error&) { ++warnings; } });
        QVERIFY(loaded.ok());
        QCOMPARE((*loaded)->memberCount(), 61); // the new member is there: the old file was not used
        QCOMPARE(warnings, 0); // a stale file is normal after a write: replaced without a warning
        QVERIFY(readAll(file) != before);
        QCOMPARE(communityDigest(**loaded), loadFromDatabase(copy));
        // A change of time zone alone is a change of content too.
        {
            auto db = Database::open(copy, OpenMode::ReadWrite);
            QVERIFY(db.ok());
            QVERIFY((*db)->setTimeZoneId("Asia/Shanghai").ok());
        }
        auto zoned = loadCommunity(copy);
        QVERIFY(zoned.ok());
        QCOMPARE((*zoned)->timeZone.id(), std::string("Asia/Shanghai"));
    }

    void badFilesAreRebuiltWithAWarning_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("problem"); // the code of the problem the warning names
        QTest::newRow("empty") << "empty"
                               << "snapshot.truncated";
        QTest::newRow("header only") << "header"
                                     << "snapshot.damaged";
        QTest::newRow("truncated to half") << "half"
                                           << "snapshot.damaged";
        QTest::newRow("last byte missing") << "minus1"
                                           << "snapshot.damaged";
        QTest::newRow("flipped in the header") << "flip:20"
                                               << "snapshot.damaged";
        QTest::newRow("flipped in the directory") << "flip:200"
                                                  << "snapshot.damaged";
        QTest::newRow("flipped at a quarter") << "flip:q1"
                                              << "snapshot.damaged";
        QTest::newRow("flipped at the middle") << "flip:q2"
                                               << "snapshot.damaged";
        QTest::newRow("flipped near the end") << "flip:q3"
                                              << "snapshot.damaged";
        QTest::newRow("foreign: random bytes") << "random"
                                               << "snapshot.foreign";
        QTest::newRow("foreign: another database's file") << "other"
                                                          << "snapshot.other_database";
        QTest::newRow("foreign: readable by others") << "mode"
                                                     << "snapshot.not_private";
    }
    void badFilesAreRebuiltWithAWarning()
    {
        QFETCH(QString, damage);
        QFETCH(QString, problem);
        const std::string file = snapshotPathFor(m_db);
        QVERIFY(loadCommunity(m_db).ok());
        std::string bytes = readAll(file);
        QVERIFY(bytes.size() > 1000);
        auto flip = [&](size_t at) { bytes[at] = static_cast<char>(bytes[at] ^ 0x10); };
        if (damage == QLatin1String("empty"))
            bytes.clear();
        else if (damage == QLatin1String("header"))
            bytes.resize(128);
        else if (damage == QLatin1String("half"))
            bytes.resize(bytes.size() / 2);
        else if (damage == QLatin1String("minus1"))
            bytes.pop_back();
        else if (damage == QLatin1String("flip:20"))
            flip(20);
        else if (damage == QLatin1String("flip:200"))
            flip(200);
        else if (damage == QLatin1String("flip:q1"))
            flip(bytes.size() / 4);
        else if (damage == QLatin1String("flip:q2"))
            flip(bytes.size() / 2);
        else if (damage == QLatin1String("flip:q3"))
            flip(bytes.size() - 100);
        else if (damage == QLatin1String("random")) {
            std::mt19937 random(7);
            for (char& b : bytes)
                b = static_cast<char>(random());
        } else if (damage == QLatin1String("other")) {
            // A snapshot of another database (same rows, another identity) put in its place.
            const std::string other = importShuffled(m_dir, makeFixture(), 2);
            QVERIFY(loadCommunity(other).ok());
            bytes = readAll(snapshotPathFor(other));
        }
        writeAll(file, bytes);
        ::chmod(file.c_str(), damage == QLatin1String("mode") ? 0644 : 0600);
        std::vector<std::string> warnings;
        std::vector<Reason> reasons;
        auto loaded = loadCommunity(m_db, {}, LoadOptions { true, [&](const Error& w) {
                                                               warnings.push_back(w.message);
                                                               reasons.push_back(w.reason);
                                                           } });
        QVERIFY(loaded.ok());
        QCOMPARE(communityDigest(**loaded), m_digest);
        QCOMPARE(warnings.size(), size_t(1));
        QVERIFY2(
            QString::fromStdString(warnings.front()).contains(QStringLiteral("rebuilding")), warnings.front().c_str());
        // For the operator: the problem's code and the file, inside the rebuilding warning's code.
        const Reason& why = reasons.front();
        QCOMPARE(why.code, std::string("snapshot.rebuilding"));
        QVERIFY(why.arguments.size() >= 2);
        QCOMPARE(std::get<std::string>(why.arguments[0]), problem.toStdString());
        QCOMPARE(std::get<std::string>(why.arguments[1]), file);
        // Rebuilt: the next load reads a good file, without a warning.
        struct stat st { };
        QCOMPARE(::stat(file.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        warnings.clear();
        auto again
            = loadCommunity(m_db, {}, LoadOptions { true, [&](const Error& w) { warnings.push_back(w.message); } });
        QVERIFY(again.ok());
        QVERIFY(warnings.empty());
        QCOMPARE(communityDigest(**again), m_digest);
    }

    void columnsOfAnotherShapeAreNotTrusted()
    {
        // A well-formed file (good checksums) whose columns break the snapshot's invariants is
        // refused by checkCommunity: here an event that names a product past the last, and
        // member ranges of events that run backwards or do not cover the table.
        auto loaded = loadCommunity(m_db, {}, LoadOptions { false, {} });
        QVERIFY(loaded.ok());
        auto broken = std::make_shared<Community>(**loaded);
        broken->events.product.back() = broken->productCount();
        QVERIFY(!checkCommunity(*broken).empty());
        {
            Community backwards = **loaded;
            auto& begins = backwards.members.eventBegin;
            QVERIFY(begins.size() > 3 && begins[2] > begins[1]);
            begins[1] = begins[2] + 1;
            QCOMPARE(checkCommunity(backwards), std::string("the events are not grouped by member"));
            Community uncovered = **loaded;
            uncovered.members.eventBegin.back() -= 1;
            QCOMPARE(checkCommunity(uncovered), std::string("the events are not grouped by member"));
        }
        QVERIFY(checkCommunity(**loaded).empty());
        const std::string file = m_dir.filePath(QStringLiteral("broken.snapshot")).toStdString();
        SnapshotKey key;
        key.databaseId = "x";
        key.currency = "CNY";
        key.timeZone = "UTC";
        QVERIFY(writeSnapshotFile(file, *broken, key).ok());
        SnapshotProblem problem = SnapshotProblem::None;
        auto read = readSnapshotFile(file, key, &problem);
        QVERIFY(!read.ok());
        QCOMPARE(int(problem), int(SnapshotProblem::Damaged));
        QVERIFY(writeSnapshotFile(file, **loaded, key).ok());
        QVERIFY(readSnapshotFile(file, key).ok());
    }
};

QTEST_GUILESS_MAIN(TestSnapshotFile)
#include "tst_snapshotfile.moc"
