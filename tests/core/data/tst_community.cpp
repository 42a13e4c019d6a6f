#include <cstdio>

#include <QTest>

#include "core/data/community.h"
#include "core/data/communitycolumns.h"

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
    void membersSortedByIdBytes_data()
    {
        // Space-separated ids, as added and in the order expected (bytes of UTF-8, as the file's
        // UNIQUE column and std::string_view compare them).
        QTest::addColumn<QByteArray>("added");
        QTest::addColumn<QByteArray>("sorted");
        QTest::newRow("same first eight bytes") << QByteArray("member-10 member-2 member-1 member- member-02")
                                                << QByteArray("member- member-02 member-1 member-10 member-2");
        QTest::newRow("shorter than eight bytes") << QByteArray("ab b a abc aa") << QByteArray("a aa ab abc b");
        QTest::newRow("bytes above 0x7f") << QByteArray("张三 ~ zzz Z 李四 Zz") << QByteArray("Z Zz zzz ~ 张三 李四");
        QTest::newRow("already in order") << QByteArray("u01 u02 u03") << QByteArray("u01 u02 u03");
    }
    void membersSortedByIdBytes()
    {
        QFETCH(QByteArray, added);
        QFETCH(QByteArray, sorted);
        const QList<QByteArray> in = added.split(' '), out = sorted.split(' ');
        CommunityBuilder b;
        for (qsizetype i = 0; i < in.size(); ++i) {
            const Index m = b.addMember({ in[i].toStdString(), at("2026-01-01") + i, "", "", "", "", "", "" });
            b.addEvent({ m, noIndex, at("2026-02-01") + i, "view" });
        }
        const CommunityPtr c = b.build();
        QCOMPARE(c->memberCount(), out.size());
        for (qsizetype i = 0; i < out.size(); ++i) {
            QCOMPARE(c->members.ids.view(static_cast<Index>(i)), std::string_view(out[i].constData()));
            // The member's own rows went with it.
            const qsizetype was = in.indexOf(out[i]);
            QCOMPARE(c->members.joinedAt[static_cast<size_t>(i)], at("2026-01-01") + was);
            const IndexRange e = c->eventsOf(static_cast<Index>(i));
            QCOMPARE(e.size(), 1);
            QCOMPARE(c->events.occurredAt[static_cast<size_t>(e.start)], at("2026-02-01") + was);
        }
    }
    void manyMembersSortedById()
    {
        // Enough members for the two-core sort and its merge; the first eight bytes ("user-000")
        // are shared by a thousand of them, and a NUL byte after "ab" sorts after "ab".
        CommunityBuilder b;
        constexpr int count = 6000;
        for (int i = count - 1; i >= 0; --i) {
            char id[16];
            std::snprintf(id, sizeof id, "user-%06d", (i * 7919) % count);
            b.addMember({ id, at("2026-01-01"), "", "", "", "", "", "" });
        }
        b.addMember({ std::string("ab\0", 3), at("2026-01-01"), "", "", "", "", "", "" });
        b.addMember({ "ab", at("2026-01-01"), "", "", "", "", "", "" });
        const CommunityPtr c = b.build();
        QCOMPARE(c->memberCount(), count + 2);
        QCOMPARE(c->members.ids.view(0), std::string_view("ab"));
        QCOMPARE(c->members.ids.view(1), std::string_view("ab\0", 3));
        for (int i = 0; i < count; ++i) {
            char id[16];
            std::snprintf(id, sizeof id, "user-%06d", i);
            QCOMPARE(c->members.ids.view(i + 2), std::string_view(id));
            QCOMPARE(c->findMember(id), i + 2);
        }
    }
    void eventsInPiecesAsOneByOne()
    {
        // 240,000 events of 3,000 members (two radix passes, several blocks per piece), handed
        // over one by one in one builder and in pieces of uneven size, mixed with single events,
        // in another: the same snapshot. Member m has m % 7 + 76 events at times t0 + k * 60 + m.
        constexpr int members = 3000;
        const Timestamp t0 = at("2026-03-01");
        struct Planned {
            Index member, product;
            Timestamp when;
            const char* type;
            double value;
        };
        std::vector<Planned> planned;
        for (int k = 0; k < 82; ++k) {
            for (int m = 0; m < members; ++m) {
                if (k < m % 7 + 76)
                    planned.push_back(
                        { m, k % 3 == 0 ? noIndex : 0, t0 + k * 60 + m, k % 2 ? "view" : "play", double(k) });
            }
        }
        auto withMembers = [&](CommunityBuilder& b) {
            char id[16];
            for (int m = 0; m < members; ++m) {
                std::snprintf(id, sizeof id, "m%05d", m);
                b.addMember({ id, at("2026-01-01"), "", "", "", "", "", "" });
            }
            b.addProduct({ "p1", "Course", ProductKind::Course, "", 100, "", "", noTimestamp });
        };
        CommunityBuilder one;
        withMembers(one);
        for (const Planned& e : planned)
            one.addEvent({ e.member, e.product, e.when, e.type, e.value });
        const CommunityPtr a = one.build();

        CommunityBuilder pieces;
        withMembers(pieces);
        const Index view = pieces.columns().eventTypes.intern("view"),
                    play = pieces.columns().eventTypes.intern("play");
        const size_t cuts[] = { 0, 1000, 1001, 70000, 150000, 150010, planned.size() };
        for (size_t c = 0; c + 1 < std::size(cuts); ++c) {
            if (c == 2) { // events one by one between two pieces
                for (size_t i = cuts[c]; i < cuts[c + 1]; ++i) {
                    const Planned& e = planned[i];
                    pieces.addEvent({ e.member, e.product, e.when, e.type, e.value });
                }
                continue;
            }
            std::vector<CommunityBuilder::EventRow> rows;
            for (size_t i = cuts[c]; i < cuts[c + 1]; ++i) {
                const Planned& e = planned[i];
                rows.emplace_back(
                    e.member, e.product, std::string_view(e.type) == "view" ? view : play, e.when, e.value);
            }
            pieces.addEventRows(std::move(rows));
        }
        const CommunityPtr b = pieces.build();

        QCOMPARE(communityDigest(*b), communityDigest(*a));
        QCOMPARE(b->events.size(), static_cast<Index>(planned.size()));
        for (const int m : { 0, 1, 6, 1234, members - 1 }) {
            const IndexRange e = b->eventsOf(m);
            QCOMPARE(e.size(), m % 7 + 76);
            for (Index k = 0; k < e.size(); ++k) {
                const auto row = static_cast<size_t>(e.start + k);
                QCOMPARE(b->events.occurredAt[row], t0 + k * 60 + m);
                QCOMPARE(b->events.value[row], double(k));
                QCOMPARE(b->eventTypes.name(b->events.type[row]), std::string_view(k % 2 ? "view" : "play"));
            }
        }
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
