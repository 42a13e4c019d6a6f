#include <QTest>

#include "core/actions/audience.h"
#include "core/demo/demo.h"
#include "core/recommend/ranking.h"
#include "core/text/reasontext.h"

using namespace kinsight::core;

namespace {

Timestamp at(const char* text)
{
    return *parseTimestamp(text);
}

} // namespace

class TestAudience : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        DemoOptions options;
        options.members = 1500;
        options.seed = 7;
        m_demo = makeDemoCommunity(options);
        QVERIFY(m_demo && m_demo->memberCount() == 1500);
    }

    void holding()
    {
        // Who has P (contract §2): a counted order of it that is not a trial, free enrolments
        // included. u1 bought it, u2 enrolled for free, u3 only tried it, u4's purchase was refunded,
        // u5 bought the other product.
        CommunityBuilder b;
        const Index p = b.addProduct({ "P", "Course", ProductKind::Course, {}, noCents, {}, {}, noTimestamp });
        const Index q = b.addProduct({ "Q", "Other", ProductKind::Course, {}, noCents, {}, {}, noTimestamp });
        std::vector<Index> m;
        for (const char* id : { "u1", "u2", "u3", "u4", "u5" })
            m.push_back(b.addMember({ id, at("2026-01-01T00:00:00Z"), {}, {}, {}, {}, {}, {} }));
        b.addOrder(
            { "o1", m[0], p, at("2026-01-02T00:00:00Z"), 1000, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder(
            { "o2", m[1], p, at("2026-01-02T00:00:00Z"), 0, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o3", m[2], p, at("2026-01-02T00:00:00Z"), 0, OrderType::Trial, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o4", m[3], p, at("2026-01-02T00:00:00Z"), 1000, OrderType::Purchase, Plan::None,
            OrderStatus::Refunded });
        b.addOrder(
            { "o5", m[4], q, at("2026-01-02T00:00:00Z"), 1000, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        const CommunityPtr c = b.build();
        const Index P = c->findProduct("P");
        QVERIFY(holdsProduct(*c, c->findMember("u1"), P));
        QVERIFY(holdsProduct(*c, c->findMember("u2"), P));
        QVERIFY(!holdsProduct(*c, c->findMember("u3"), P));
        QVERIFY(!holdsProduct(*c, c->findMember("u4"), P));
        QVERIFY(!holdsProduct(*c, c->findMember("u5"), P));

        // Popular scores every product for everyone: the audience of P is everyone but its
        // holders (u1, u2) and u4, whose own recommendations never offer P again after the refund,
        // by member id (all scores tie). u3 only tried it: it may be offered.
        auto r = Recommender::forCommunity(c);
        QVERIFY(r->prepare(Method::Popular).ok());
        const auto audience = computeAudience(*r, Method::Popular, P, {});
        QVERIFY(audience.ok());
        QStringList ids;
        for (const AudienceMember& a : *audience)
            ids << QString::fromStdString(std::string(c->members.ids.view(a.member)));
        QCOMPARE(ids.join(QLatin1Char(',')), QStringLiteral("u3,u5"));
    }

    void errors()
    {
        auto r = Recommender::forCommunity(m_demo);
        QVERIFY(!computeAudience(*r, Method::Popular, m_demo->productCount(), {}).ok());
        QVERIFY(!computeAudience(*r, Method::Popular, -1, {}).ok());
        QVERIFY(!computeAudience(*r, Method::ItemKnn, 0, {}).ok()); // not prepared
    }

    void neverAHolder_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("default") << static_cast<int>(defaultAudienceMethod());
        QTest::newRow("item-knn") << static_cast<int>(Method::ItemKnn);
        QTest::newRow("user-knn") << static_cast<int>(Method::UserKnn);
        QTest::newRow("popular") << static_cast<int>(Method::Popular);
    }
    void neverAHolder()
    {
        // Property over the demo: for every product and every method, no member of its audience
        // holds it, scores are above zero and descending (ties by member id), and the reason is
        // one the renderer knows.
        QFETCH(int, method);
        const auto m = static_cast<Method>(method);
        auto r = Recommender::forCommunity(m_demo);
        QVERIFY(r->prepare(m).ok());
        const auto known = knownReasonCodes();
        AudienceOptions options;
        options.k = 400;
        size_t listed = 0;
        for (Index p = 0; p < m_demo->productCount(); ++p) {
            const auto audience = computeAudience(*r, m, p, options);
            QVERIFY(audience.ok());
            QVERIFY(audience->size() <= 400);
            listed += audience->size();
            for (size_t i = 0; i < audience->size(); ++i) {
                const AudienceMember& a = (*audience)[i];
                QVERIFY2(!holdsProduct(*m_demo, a.member, p), "an audience member holds the product");
                QVERIFY(scoreKey(a.score) > 0);
                QVERIFY(std::find(known.begin(), known.end(), a.reason.code) != known.end());
                if (i > 0) {
                    const AudienceMember& prev = (*audience)[i - 1];
                    QVERIFY(scoreKey(prev.score) > scoreKey(a.score)
                        || (scoreKey(prev.score) == scoreKey(a.score) && prev.member < a.member));
                }
            }
        }
        QVERIFY(listed > 0);
    }

    void sameAsTheMembersOwnScore()
    {
        // The audience's score is the member's own score of the product (Recommender::score()).
        const Method m = defaultAudienceMethod();
        auto r = Recommender::forCommunity(m_demo);
        QVERIFY(r->prepare(m).ok());
        AudienceOptions options;
        options.k = 20;
        const auto audience = computeAudience(*r, m, 0, options);
        QVERIFY(audience.ok() && !audience->empty());
        RecommendScratch scratch;
        for (const AudienceMember& a : *audience) {
            r->score(m, a.member, options.rank, scratch);
            QCOMPARE(scoreKey(scratch.scores[0]), scoreKey(a.score));
        }
        // The threads do not change the list.
        options.threads = 1;
        const auto serial = computeAudience(*r, m, 0, options);
        QVERIFY(serial.ok());
        QCOMPARE(serial->size(), audience->size());
        for (size_t i = 0; i < serial->size(); ++i)
            QCOMPARE((*serial)[i].member, (*audience)[i].member);
    }

private:
    CommunityPtr m_demo;
};

QTEST_GUILESS_MAIN(TestAudience)
#include "tst_audience.moc"
