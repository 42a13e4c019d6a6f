#include <QTemporaryDir>
#include <QTest>

#include "../testsupport.h"
#include "core/data/communitycolumns.h"
#include "core/demo/demo.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"

using namespace kinsight::core;
using kinsight::test::contentDigest;

class TestDemo : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QByteArray demoDigest(const char* name, int members, std::uint64_t seed)
    {
        auto db = Database::open(m_dir.filePath(QString::fromUtf8(name)).toStdString(), OpenMode::Create);
        if (!db)
            return {};
        DemoOptions options;
        options.members = members;
        options.seed = seed;
        if (Status s = writeDemoDatabase(**db, options); !s)
            return QByteArray::fromStdString(s.error());
        return contentDigest(**db);
    }

private Q_SLOTS:
    void sameSeedSameContent()
    {
        const QByteArray a = demoDigest("a.db", 400, 7);
        const QByteArray b = demoDigest("b.db", 400, 7);
        const QByteArray c = demoDigest("c.db", 400, 8);
        QCOMPARE(a.size(), 64);
        QCOMPARE(a, b);
        QVERIFY(a != c);
    }
    void databaseAndMemoryAgree()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("twin.db")).toStdString(), OpenMode::Create);
        QVERIFY(db.ok());
        QVERIFY(writeDemoDatabase(**db, { 600, 3 }).ok());
        auto loaded = loadCommunity(**db);
        QVERIFY(loaded.ok());
        const CommunityPtr memory = makeDemoCommunity({ 600, 3 });
        const Community& d = **loaded;
        QCOMPARE(d.memberCount(), memory->memberCount());
        QCOMPARE(d.productCount(), memory->productCount());
        QCOMPARE(d.orders.size(), memory->orders.size());
        QCOMPARE(d.events.size(), memory->events.size());
        QCOMPARE(d.ratings.size(), memory->ratings.size());
        QCOMPARE(d.interactions.size(), memory->interactions.size());
        QCOMPARE(d.orders.amount, memory->orders.amount);
        QCOMPARE(d.events.occurredAt, memory->events.occurredAt);
        QCOMPARE(d.dataEnd, memory->dataEnd);
    }
    void databaseRowsInTimeOrderAcrossMembers()
    {
        // A platform export lists rows by time across members: the demo writes its rows so, and
        // the snapshot of that database is the in-memory demo's, column for column.
        auto db = Database::open(m_dir.filePath(QStringLiteral("timeorder.db")).toStdString(), OpenMode::Create);
        QVERIFY(db.ok());
        QVERIFY((*db)->setTimeZoneId("UTC").ok());
        QVERIFY(writeDemoDatabase(**db, { 600, 3 }).ok());
        for (const char* sql : { "SELECT id, joined_at FROM members ORDER BY id",
                 "SELECT member, paid_at FROM orders ORDER BY id", "SELECT member, occurred_at FROM events ORDER BY id",
                 "SELECT member, rated_at FROM ratings ORDER BY id",
                 "SELECT from_member, occurred_at FROM interactions ORDER BY id" }) {
            auto q = (*db)->prepare(sql);
            QVERIFY(q.ok());
            std::int64_t rows = 0, memberChanges = 0, previousMember = -1, previousTime = 0;
            while ((*q)->step()) {
                const std::int64_t member = (*q)->int64(0), time = (*q)->int64(1);
                QVERIFY2(rows == 0 || time >= previousTime, sql);
                memberChanges += rows > 0 && member != previousMember;
                previousMember = member;
                previousTime = time;
                ++rows;
            }
            QVERIFY2(rows > 100, sql);
            // Member by member, a table of 600 members changes member at most 599 times; in
            // time order nearly every row names another member than the row before.
            QVERIFY2(memberChanges > rows / 2, sql);
        }
        auto loaded = loadCommunity(**db);
        QVERIFY(loaded.ok());
        QCOMPARE(communityDigest(**loaded), communityDigest(*makeDemoCommunity({ 600, 3 })));
    }
    void contentMatchesGoldenDigest()
    {
        // The content of a small demo, pinned: the generator is deterministic across runs and
        // machines, so this literal is what it makes for these options. A change to the generator
        // (its draws, its distributions, its dates, the order of its rows) changes the digest and
        // must update this value deliberately, in the same change, after checking that the new
        // content is what was meant.
        const auto zone = TimeZone::fromId("Asia/Shanghai");
        QVERIFY(zone.ok());
        const CommunityPtr c = makeDemoCommunity({ 2000, 42 }, *zone);
        QCOMPARE(c->memberCount(), 2000);
        QCOMPARE(QString::fromStdString(communityDigest(*c)), QStringLiteral("5ffc059944c6a9a9db5a9328bcbb55f3"));
    }
    void looksLikeACommunity()
    {
        const CommunityPtr c = makeDemoCommunity({ 3000, 42 });
        QCOMPARE(c->memberCount(), 3000);
        // About 18 months of history.
        const double days = static_cast<double>(c->dataEnd - c->dataBegin) / secondsPerDay;
        QVERIFY2(days > 500 && days < 600, qPrintable(QString::number(days)));
        int trials = 0, refunds = 0, renewals = 0, paid = 0;
        for (Index o = 0; o < c->orders.size(); ++o) {
            trials += c->orders.type[static_cast<size_t>(o)] == OrderType::Trial;
            renewals += c->orders.type[static_cast<size_t>(o)] == OrderType::Renewal;
            refunds += c->orders.status[static_cast<size_t>(o)] == OrderStatus::Refunded;
            paid += c->orders.isPaid(o);
        }
        QVERIFY(trials > 100);
        QVERIFY(renewals > 20);
        QVERIFY(refunds > 10);
        QVERIFY(paid > 1000);
        // Heavy-tailed activity: the busiest 10% of members hold far more than 10% of events.
        std::vector<Index> perMember;
        for (Index m = 0; m < c->memberCount(); ++m)
            perMember.push_back(c->eventsOf(m).size());
        std::sort(perMember.rbegin(), perMember.rend());
        long top = 0, all = 0;
        for (size_t i = 0; i < perMember.size(); ++i) {
            all += perMember[i];
            if (i < perMember.size() / 10)
                top += perMember[i];
        }
        QVERIFY2(top * 100 / all > 30, qPrintable(QString::number(top * 100 / all)));
        QVERIFY(c->tiers.find("free") != noIndex && c->tiers.find("vip") != noIndex);
        QVERIFY(c->interactions.size() > 3000);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
