#include <atomic>
#include <stdexcept>
#include <thread>
#include <vector>

#include <QTest>

#include "core/analysis/analysis.h"
#include "fixture.h"

using namespace kinsight::core;
using kinsight::test::at;

namespace {

/// Products A, B, C, D (indices 0–3); paid orders: m1 and m2 buy A and B, m3 buys C and D, m4 and
/// m5 buy C, m6 buys A. Popularity: A 3, C 3, B 2, D 1, so the popular order is A, C, B, D (ties
/// by index). For m6 (holds A):
/// - popular, k = 2: C, B;
/// - item-kNN: B is the only product that shares a buyer with A (cosine 2 / (√3 · √2) > 0), C
///   and D share none, so k = 1: B; k = 2: B, then C as popularity fill.
CommunityPtr fourProducts()
{
    CommunityBuilder b;
    std::vector<Index> m;
    for (const char* id : { "m1", "m2", "m3", "m4", "m5", "m6" })
        m.push_back(b.addMember({ id, at("2026-01-01"), id, "", "", "", "", "" }));
    std::vector<Index> p;
    for (const char* id : { "A", "B", "C", "D" })
        p.push_back(b.addProduct({ id, id, ProductKind::Course, "basic", 9900, "", "", noTimestamp }));
    const std::vector<std::pair<int, int>> orders { { 0, 0 }, { 0, 1 }, { 1, 0 }, { 1, 1 }, { 2, 2 }, { 2, 3 },
        { 3, 2 }, { 4, 2 }, { 5, 0 } };
    int n = 0;
    for (const auto& [member, product] : orders) {
        const std::string id = "o" + std::to_string(++n);
        b.addOrder({ id, m[static_cast<size_t>(member)], p[static_cast<size_t>(product)], at("2026-02-01"), 9900,
            OrderType::Purchase, Plan::None, OrderStatus::Paid });
    }
    return b.build();
}

constexpr Index m6 = 5;
constexpr Index A = 0, B = 1, C = 2;

std::vector<Index> productsOf(const std::vector<Recommendation>& list)
{
    std::vector<Index> out;
    for (const Recommendation& r : list)
        out.push_back(r.product);
    return out;
}

/// Default thresholds but for the method and the list length.
Thresholds listing(Method method, int k)
{
    Thresholds t;
    t.method = method;
    t.rank.k = k;
    return t;
}

/// The list a page shows from a snapshot: its recommender, by its own thresholds.
std::vector<Index> shown(const AnalysisResults& r, Index member)
{
    return productsOf(r.recommender->recommend(member, r.thresholds.method, r.thresholds.rank));
}

} // namespace

class TestRecommenderSnapshot : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void heldRecommenderKeepsItsLists()
    {
        Analysis a(fourProducts());
        Thresholds t = listing(Method::Popular, 2);
        QVERIFY(a.update(t).ok());
        const auto before = a.results();
        QVERIFY(before->isReady(Part::Recommender));
        QCOMPARE(shown(*before, m6), (std::vector<Index> { C, B }));
        const std::shared_ptr<const Recommender> held = before->recommender;

        t.method = Method::ItemKnn;
        t.rank.k = 1;
        QVERIFY(a.update(t).ok());
        const auto after = a.results();
        QCOMPARE(shown(*after, m6), (std::vector<Index> { B }));
        QCOMPARE(productsOf(a.recommendFor(m6)), (std::vector<Index> { B }));

        // The held one is another object, untouched by the update: it still ranks as before and
        // has not gained the item-kNN model.
        QVERIFY(after->recommender != held);
        QVERIFY(before->recommender == held);
        QCOMPARE(shown(*before, m6), (std::vector<Index> { C, B }));
        QVERIFY(!held->isPrepared(Method::ItemKnn));
        QVERIFY(held->itemSimilarity() == nullptr);
        QVERIFY_THROWS_EXCEPTION(std::logic_error, held->recommend(m6, Method::ItemKnn, t.rank));

        // Only a knob changes: the same recommender serves, the lists follow the knob.
        t.rank.k = 2;
        QVERIFY(a.update(t).ok());
        const auto longer = a.results();
        QVERIFY(longer->recommender == after->recommender);
        QCOMPARE(shown(*longer, m6), (std::vector<Index> { B, C }));
        QCOMPARE(shown(*after, m6), (std::vector<Index> { B }));
    }

    void derivedRecommenderSharesTheModels()
    {
        Analysis a(fourProducts());
        Thresholds t = listing(Method::ItemKnn, RankOptions {}.k);
        QVERIFY(a.update(t).ok());
        const auto item = a.results();
        const ItemSimilarity* similarities = item->recommender->itemSimilarity();
        QVERIFY(similarities != nullptr);

        t.method = Method::UserKnn;
        QVERIFY(a.update(t).ok());
        const auto user = a.results();
        QVERIFY(user->recommender != item->recommender);
        // The item similarities are reused, not rebuilt; the user matrix is new and only there.
        QCOMPARE(user->recommender->itemSimilarity(), similarities);
        QVERIFY(user->recommender->userSimilarity() != nullptr);
        QVERIFY(item->recommender->userSimilarity() == nullptr);
        QVERIFY(&user->recommender->feedback() == &item->recommender->feedback());

        // Back to item-kNN: the current recommender already has it, so it stays.
        t.method = Method::ItemKnn;
        QVERIFY(a.update(t).ok());
        QVERIFY(a.results()->recommender == user->recommender);
    }

    void heldRecommenderReadWhileTheNextUpdateRuns()
    {
        Analysis a(fourProducts());
        Thresholds t = listing(Method::ItemKnn, 2);
        QVERIFY(a.update(t).ok());
        const auto held = a.results();
        std::atomic<bool> stop { false };
        std::atomic<int> wrong { 0 };
        std::atomic<int> reads { 0 };
        std::thread reader([&] {
            while (!stop.load() || reads.load() == 0) {
                if (shown(*held, m6) != std::vector<Index> { B, C })
                    ++wrong;
                ++reads;
            }
        });
        for (Method m : { Method::UserKnn, Method::Hybrid, Method::Content, Method::Als, Method::Ease,
                 Method::Sequential, Method::Social, Method::Popular }) {
            t.method = m;
            QVERIFY(a.update(t).ok());
        }
        stop = true;
        reader.join();
        QCOMPARE(wrong.load(), 0);
        QVERIFY(!held->recommender->isPrepared(Method::Als));
        QCOMPARE(shown(*held, m6), (std::vector<Index> { B, C }));
        QCOMPARE(shown(*a.results(), m6), (std::vector<Index> { C, B }));
    }
};

QTEST_GUILESS_MAIN(TestRecommenderSnapshot)
#include "tst_recommendersnapshot.moc"
