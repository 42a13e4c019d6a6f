#include <QTest>

#include "core/data/community.h"

using namespace kinsight::core;

namespace {

Timestamp at(const char* text)
{
    return *parseTimestamp(text);
}

} // namespace

class TestCommunity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void buildsSortedSnapshot()
    {
        CommunityBuilder b;
        // Added out of id order: the snapshot orders members and products by id.
        const Index u2 = b.addMember({ "u2", at("2026-01-05"), "李四", "", "", "wechat", "上海", "u1" });
        const Index u1 = b.addMember({ "u1", at("2026-01-01"), "张三", "z@example.com", "", "douyin", "北京", "" });
        const Index p2 = b.addProduct({ "p2", "Audio", ProductKind::Audio, "basic", 990, "", "", noTimestamp });
        const Index p1 = b.addProduct({ "p1", "课程", ProductKind::Course, "premium", 19900, "", "", noTimestamp });
        b.addOrder({ "o2", u1, p2, at("2026-01-03"), 990, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o1", u1, p1, at("2026-01-02"), 19900, OrderType::Purchase, Plan::None, OrderStatus::Refunded });
        b.addOrder({ "o3", u2, p1, at("2026-01-06"), 0, OrderType::Trial, Plan::None, OrderStatus::Paid });
        b.addEvent({ u2, p1, at("2026-01-07"), "view", 3.0 });
        b.addEvent({ u1, noIndex, at("2026-01-04"), "post" });
        b.addEvent({ u1, p2, at("2026-01-02"), "view" });
        b.addInteraction({ u2, u1, at("2026-01-08"), InteractionType::Reply, 2.0 });
        b.addInteraction({ u1, u2, at("2026-01-09"), InteractionType::Like, 1.0 });
        b.addInteraction({ u1, u1, at("2026-01-10"), InteractionType::Like, 1.0 });
        const CommunityPtr c = b.build();

        QCOMPARE(c->memberCount(), 2);
        QCOMPARE(c->members.ids.view(0), std::string_view("u1"));
        QCOMPARE(c->members.names.qstring(1), QStringLiteral("李四"));
        QCOMPARE(c->findMember("u2"), 1);
        QCOMPARE(c->findMember("u3"), noIndex);
        QCOMPARE(c->findProduct("p1"), 0);
        QCOMPARE(c->members.referrer[1], 0);
        QCOMPARE(c->members.referrer[0], noIndex);
        QCOMPARE(c->channels.name(c->members.channel[0]), std::string_view("douyin"));

        // u1's orders in time order: o1 (refunded) then o2.
        const IndexRange o = c->ordersOf(0);
        QCOMPARE(o.size(), 2);
        QCOMPARE(c->orders.ids.view(o.start), std::string_view("o1"));
        QCOMPARE(c->orders.product[static_cast<size_t>(o.start)], 0);
        QVERIFY(!c->orders.isCounted(o.start));
        QVERIFY(c->orders.isPaid(o.start + 1));
        const IndexRange o2 = c->ordersOf(1);
        QCOMPARE(o2.size(), 1);
        QVERIFY(c->orders.isCounted(o2.start));
        QVERIFY(!c->orders.isPaid(o2.start)); // a free trial is counted, not paid

        const IndexRange e = c->eventsOf(0);
        QCOMPARE(e.size(), 2);
        QCOMPARE(c->events.occurredAt[static_cast<size_t>(e.start)], at("2026-01-02"));
        QCOMPARE(c->eventTypes.name(c->events.type[static_cast<size_t>(e.start)]), std::string_view("view"));
        QVERIFY(std::isnan(c->events.value[static_cast<size_t>(e.start)]));
        QCOMPARE(c->events.value[static_cast<size_t>(c->eventsOf(1).start)], 3.0);

        QCOMPARE(c->interactionsFrom(0).size(), 2);
        QCOMPARE(c->interactionsFrom(1).size(), 1);
        QCOMPARE(c->interactionsTo(0).size(), 2); // from u2 and the self-like
        QCOMPARE(c->interactionsTo(1).size(), 1);
        int received = 0;
        for (Index pos : c->interactionsTo(1)) {
            const Index row = c->interactions.byTarget[static_cast<size_t>(pos)];
            QCOMPARE(c->interactions.to[static_cast<size_t>(row)], 1);
            ++received;
        }
        QCOMPARE(received, 1);

        QCOMPARE(c->dataBegin, at("2026-01-01"));
        QCOMPARE(c->dataEnd, at("2026-01-07")); // interactions do not extend the data range
    }
    void empty()
    {
        CommunityBuilder b;
        const CommunityPtr c = b.build();
        QCOMPARE(c->memberCount(), 0);
        QCOMPARE(c->dataEnd, noTimestamp);
        QCOMPARE(c->findMember("x"), noIndex);
    }
};

QTEST_GUILESS_MAIN(TestCommunity)
#include "tst_community.moc"
