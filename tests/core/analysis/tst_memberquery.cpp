#include <sstream>

#include <QTest>

#include "core/analysis/memberquery.h"
#include "fixture.h"

using namespace kinsight::core;
using kinsight::test::tinyCommunity;

Q_DECLARE_METATYPE(std::vector<kinsight::core::Index>)
Q_DECLARE_METATYPE(std::vector<kinsight::core::Cents>)

namespace {

std::shared_ptr<const AnalysisResults> analysed()
{
    static std::shared_ptr<const AnalysisResults> results = [] {
        Analysis a(tinyCommunity());
        if (!a.update({}).ok())
            qFatal("analysis failed");
        return a.results();
    }();
    return results;
}

} // namespace

class TestMemberQuery : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void filterAndSort_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("channel"); // -1 any, -2 none
        QTest::addColumn<int>("lifecycle");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<std::vector<Index>>("expected");

        const int any = MemberFilter::any;
        const int id = int(MemberColumn::Id);
        // Everybody in id order, and reversed.
        QTest::newRow("all") << QString() << any << any << id << false << std::vector<Index> { 0, 1, 2, 3 };
        QTest::newRow("all desc") << QString() << any << any << id << true << std::vector<Index> { 3, 2, 1, 0 };
        // Revenue: u1 99.00 + 299.00 = 398.00, u2 99.00, u3 and u4 0 (ties by member).
        QTest::newRow("revenue desc") << QString() << any << any << int(MemberColumn::Revenue) << true
                                      << std::vector<Index> { 0, 1, 2, 3 };
        QTest::newRow("revenue asc") << QString() << any << any << int(MemberColumn::Revenue) << false
                                     << std::vector<Index> { 2, 3, 1, 0 };
        // Joined: u1 01-01, u2 01-15, u3 02-10, u4 03-05.
        QTest::newRow("joined desc") << QString() << any << any << int(MemberColumn::Joined) << true
                                     << std::vector<Index> { 3, 2, 1, 0 };
        // Names in code-point order: Alice, Bob, 张三 (U+5F20), 李四 (U+674E).
        QTest::newRow("name") << QString() << any << any << int(MemberColumn::Name) << false
                              << std::vector<Index> { 2, 3, 0, 1 };
        // Last active: u1 03-08, u2 02-25, u3 03-10, u4 03-06.
        QTest::newRow("last active desc")
            << QString() << any << any << int(MemberColumn::LastActive) << true << std::vector<Index> { 2, 0, 3, 1 };
        // Search: case-insensitive on ids and names.
        QTest::newRow("search ALI") << QStringLiteral("ALI") << any << any << id << false << std::vector<Index> { 2 };
        QTest::newRow("search 张") << QStringLiteral("张") << any << any << id << false << std::vector<Index> { 0 };
        QTest::newRow("search u") << QStringLiteral("u") << any << any << id << false
                                  << std::vector<Index> { 0, 1, 2, 3 };
        QTest::newRow("search none") << QStringLiteral("zzz") << any << any << id << false << std::vector<Index> {};
        // Channels: wechat = u1, u3; no channel = u4.
        QTest::newRow("channel wechat") << QString() << 0 << any << id << false << std::vector<Index> { 0, 2 };
        QTest::newRow("no channel") << QString() << -2 << any << id << false << std::vector<Index> { 3 };
        // Lifecycle (see tst_analysis): u1, u3 resurrecting; u2 dormant; u4 new.
        QTest::newRow("resurrecting") << QString() << any << int(MemberLifecycle::Resurrecting) << id << false
                                      << std::vector<Index> { 0, 2 };
        QTest::newRow("new") << QString() << any << int(MemberLifecycle::New) << id << false
                             << std::vector<Index> { 3 };
    }

    void filterAndSort()
    {
        QFETCH(QString, text);
        QFETCH(int, channel);
        QFETCH(int, lifecycle);
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(std::vector<Index>, expected);
        const auto r = analysed();
        MemberFilter f;
        f.text = text.toStdString();
        if (channel == -2)
            f.channel = noIndex;
        else if (channel >= 0)
            f.channel = r->community->channels.find("wechat");
        f.lifecycle = lifecycle;
        const auto rows = queryMembers(*r, f, { static_cast<MemberColumn>(column), descending });
        QCOMPARE(rows, expected);
    }

    void subsetIsADrillDown()
    {
        const auto r = analysed();
        MemberFilter f;
        f.subset = std::make_shared<const std::vector<Index>>(std::vector<Index> { 1, 3 });
        QCOMPARE(queryMembers(*r, f, {}), (std::vector<Index> { 1, 3 }));
        f.text = "bob";
        QCOMPARE(queryMembers(*r, f, {}), (std::vector<Index> { 3 }));
    }

    void exportTable()
    {
        const auto r = analysed();
        const Table t = memberListTable(*r, { 1 });
        std::ostringstream out;
        writeCsv(t, out);
        const std::string csv = out.str();
        QVERIFY(csv.starts_with("member_id,name,money_at_risk,churn_risk,channel,joined_at,level,score,rfm_segment,"
                                "lifecycle,paid_orders,revenue,last_active,leader_score\n"));
        // u2: 李四, not flagged at the default churn thresholds (silent 13 days < 30), douyin, one
        // paid order of 99.00, last active 02-25, dormant.
        QVERIFY2(csv.find("u2,李四,,,douyin,2026-01-15 00:00:00,") != std::string::npos, csv.c_str());
        QVERIFY2(csv.find(",dormant,1,99.00,2026-02-25,") != std::string::npos, csv.c_str());
    }

    void moneyAtRisk_data()
    {
        QTest::addColumn<int>("silentDays");
        QTest::addColumn<std::vector<Cents>>("money"); // per member, -1: not flagged
        QTest::addColumn<std::vector<Index>>("order"); // byMoneyAtRisk
        // Activity days (events and counted orders): u1 01-02, 03-01, 03-08; u2 01-20, 02-25;
        // u3 03-09, 03-10 (the refunded order is no activity); u4 03-06. End of the data 03-10, so
        // silent for u1 2 days, u2 13, u3 0, u4 4. With "was active" from one day:
        // - silent from 30 days (the default): nobody is flagged, everyone sorts by index;
        QTest::newRow("default") << 30 << std::vector<Cents> { -1, -1, -1, -1 } << std::vector<Index> { 0, 1, 2, 3 };
        // - from 5 days: u2 only, who paid 99.00;
        QTest::newRow("silent 5") << 5 << std::vector<Cents> { -1, 9900, -1, -1 } << std::vector<Index> { 1, 0, 2, 3 };
        // - from 2 days: u1 (99.00 + 299.00), u2 (99.00) and u4 (never paid: 0.00) ahead of u3,
        //   who is not flagged (revenue would tie u3 and u4 at 0 and list u3 first).
        QTest::newRow("silent 2") << 2 << std::vector<Cents> { 39800, 9900, -1, 0 }
                                  << std::vector<Index> { 0, 1, 3, 2 };
    }
    void moneyAtRisk()
    {
        QFETCH(int, silentDays);
        QFETCH(std::vector<Cents>, money);
        QFETCH(std::vector<Index>, order);
        Analysis a(tinyCommunity());
        Thresholds t;
        t.churn.silentDays = silentDays;
        t.churn.minActiveDays = 1;
        QVERIFY(a.update(t).ok());
        const auto r = a.results();
        for (Index m = 0; m < 4; ++m)
            QCOMPARE(kinsight::core::moneyAtRisk(*r, m), money[static_cast<size_t>(m)]);
        QCOMPARE(queryMembers(*r, {}, byMoneyAtRisk), order);
        // In the export: money for the flagged, empty for the others.
        std::ostringstream out;
        writeCsv(memberListTable(*r, { 3, 2 }), out);
        if (silentDays == 2)
            QVERIFY2(out.str().find("\nu4,Bob,0.00,silent,,") != std::string::npos, out.str().c_str());
        QVERIFY2(out.str().find("\nu3,Alice,,,wechat,") != std::string::npos, out.str().c_str());
    }

    void ids()
    {
        const auto r = analysed();
        QCOMPARE(memberIds(*r->community, { 3, 0 }), (std::vector<std::string> { "u4", "u1" }));
    }
};

QTEST_GUILESS_MAIN(TestMemberQuery)
#include "tst_memberquery.moc"
