// The leader ranking, the per-month timeline, and the betweenness variants (sampled, and
// cross-checked against Boost.Graph's own Brandes implementation).

#include <cmath>
#include <initializer_list>
#include <random>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/core_numbers.hpp>

#include <QTest>

#include "core/graph/layout.h"
#include "core/graph/leaders.h"
#include "core/graph/timeline.h"
#include "graphtestutil.h"

using namespace kinsight::core;
using namespace kinsight::test;

namespace {

/// A seeded random community: `members` members, `interactions` random interactions (self ones
/// and repeats included, as real data has them).
CommunityPtr randomCommunity(int members, int interactions, unsigned seed)
{
    std::mt19937 random(seed);
    std::vector<Tie> ties;
    std::vector<std::string> ids;
    for (int i = 0; i < members; ++i)
        ids.push_back("m" + std::to_string(1000 + i));
    // A few hubs attract most replies, like a real community.
    std::uniform_int_distribution<int> anyone(0, members - 1), hub(0, members / 20);
    for (int i = 0; i < interactions; ++i) {
        const int from = anyone(random);
        const int to = random() % 3 == 0 ? hub(random) : anyone(random);
        ties.push_back({ ids[static_cast<size_t>(from)], ids[static_cast<size_t>(to)], 1.0 + random() % 3 });
    }
    return communityOf(ties, ids);
}

/// Members of these ids, all joined on 2026-01-01.
std::vector<Index> addMembers(CommunityBuilder& b, std::initializer_list<const char*> names)
{
    std::vector<Index> id;
    for (const char* name : names) {
        MemberRecord member;
        member.id = name;
        member.joinedAt = at("2026-01-01");
        id.push_back(b.addMember(std::move(member)));
    }
    return id;
}

/// One product, "p", a course.
Index addCourse(CommunityBuilder& b)
{
    ProductRecord product;
    product.id = "p";
    product.title = "Course";
    return b.addProduct(product);
}

} // namespace

class TestLeaders : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void starHub()
    {
        // Four leaves reply to h. Percentiles (share of the others strictly below):
        // h is first in PageRank, in-degree, betweenness and strength (1.0), and ties with
        // everybody on core number 1 (0.0); leaves are 0 everywhere.
        // Score of h = 0.30 + 0.20 + 0.20 + 0.15 = 0.85, below the default threshold 0.95.
        const CommunityPtr c = communityOf({ { "l1", "h" }, { "l2", "h" }, { "l3", "h" }, { "l4", "h" } });
        const GraphMetrics m = metricsOf(c);
        const Vertex h = m.graph->vertexOf(c->findMember("h"));
        LeaderOptions options;
        LeaderRanking r = rankLeaders(m, options);
        QVERIFY(std::abs(r.score[h] - 0.85) < 1e-6);
        QCOMPARE(options.threshold, 0.95);
        QCOMPARE(r.score[m.graph->vertexOf(c->findMember("l1"))], 0.0);
        QVERIFY(r.leaders.empty());

        options.threshold = 0.85;
        r = rankLeaders(m, options);
        QCOMPARE(r.leaders.size(), size_t(1));
        QCOMPARE(r.leaders[0].vertex, h);
        QCOMPARE(r.leaders[0].rank, 1u);
        QCOMPARE(r.isLeader[h], std::uint8_t(1));
        // No PageRank label: h is the top 1 of 5, 20%, outside the top 10%. One community, so
        // no bridging; the deepest core is 1, so no core reason; no orders, so no spending.
        QCOMPARE(r.leaders[0].reasons, (std::vector<Reason> { { "leader.replied_by", { std::int64_t { 4 } } } }));

        // Dropping core number from the score: h = 1.
        options.weights.coreNumber = 0;
        r = rankLeaders(m, options);
        QVERIFY(std::abs(r.score[h] - 1.0) < 1e-6);

        // minDegree keeps a 4-contact hub out when it asks for 5: its score drops to 0, so the
        // contract's rule "at or above the threshold" stays the whole definition.
        options.minDegree = 5;
        r = rankLeaders(m, options);
        QVERIFY(r.leaders.empty());
        QCOMPARE(r.score[h], 0.0);
    }

    void karateLeaders()
    {
        // Unweighted karate club, default weights, threshold 0.9. From karate_expected.csv, the members below
        // have this many of the 33 others strictly below them:
        //            PageRank  in-degree  betweenness  strength  core
        //   n33         33        33          32          33      24
        //   n00         32        32          33          32      24
        //   n32         31        31          31          31      24
        //   n02         30        30          30          30      24
        // (strength is 2 × degree here; 24 members have core number < 4.)
        // n33: 0.30 + 0.20 + 0.20·32/33 + 0.15 + 0.15·24/33 = 0.65 + 10/33  = 0.953030…
        // n00: (0.30 + 0.20 + 0.15)·32/33 + 0.20 + 0.15·24/33 = 0.2 + 24.4/33 = 0.939393…
        // n32: 0.85·31/33 + 0.15·24/33 = 29.95/33 = 0.907575…
        // n02: 0.85·30/33 + 0.15·24/33 = 29.1/33  = 0.881818…  (below 0.9)
        const CommunityPtr club = karateClub(false);
        const GraphMetrics m = metricsOf(club);
        LeaderOptions options;
        options.threshold = 0.9;
        const LeaderRanking r = rankLeaders(m, options);
        QCOMPARE(r.leaders.size(), size_t(3));
        QCOMPARE(club->members.ids.view(r.leaders[0].member), std::string_view("n33"));
        QCOMPARE(club->members.ids.view(r.leaders[1].member), std::string_view("n00"));
        QCOMPARE(club->members.ids.view(r.leaders[2].member), std::string_view("n32"));
        QVERIFY(std::abs(r.leaders[0].score - (0.65 + 10.0 / 33)) < 1e-6);
        QVERIFY(std::abs(r.leaders[1].score - (0.2 + 24.4 / 33)) < 1e-6);
        QVERIFY(std::abs(r.leaders[2].score - 29.95 / 33) < 1e-6);
        const Vertex n02 = m.graph->vertexOf(club->findMember("n02"));
        QVERIFY(std::abs(r.score[n02] - 29.1 / 33) < 1e-6);
        QCOMPARE(r.isLeader[n02], std::uint8_t(0));

        // n33 is replied to by all 17 of its contacts, is the top 1 of 34 in PageRank (2.9%,
        // shown as top 5%) and holds the innermost 4-core.
        const std::vector<Reason>& reasons = r.leaders[0].reasons;
        QCOMPARE(reasons.front(), (Reason { "leader.replied_by", { std::int64_t { 17 } } }));
        const auto has
            = [&](const Reason& reason) { return std::find(reasons.begin(), reasons.end(), reason) != reasons.end(); };
        QVERIFY(has({ "leader.pagerank_top", { 5.0 } }));
        QVERIFY(has({ "leader.innermost_core", { std::int64_t { 4 } } }));
        // Rivals of the split: each names at least two communities among its contacts.
        QVERIFY(std::any_of(reasons.begin(), reasons.end(), [](const Reason& reason) {
            return reason.code == "leader.bridges" && std::get<std::int64_t>(reason.arguments.at(0)) >= 2;
        }));

        // Per community: the top members are ordered by score and every leader is counted once.
        std::uint32_t counted = 0;
        for (const CommunityLeaders& cl : r.communities) {
            counted += cl.leaders;
            QVERIFY(!cl.top.empty() && cl.top.size() <= 3);
            for (size_t i = 1; i < cl.top.size(); ++i)
                QVERIFY(r.score[cl.top[i - 1]] >= r.score[cl.top[i]]);
            for (const Vertex v : cl.top)
                QCOMPARE(m.community[v], cl.community);
        }
        QCOMPARE(counted, 3u);

        // At the default threshold 0.95 only n33 (0.953) leads.
        const LeaderRanking byDefault = rankLeaders(m);
        QCOMPARE(byDefault.leaders.size(), size_t(1));
        QCOMPARE(byDefault.leaders[0].vertex, r.leaders[0].vertex);
    }

    void countSelections_data()
    {
        // Karate club, default weights (karateLeaders above): n33 0.953, n00 0.939, n32 0.908,
        // n02 0.882 are the four highest scores, each below the one before.
        QTest::addColumn<int>("selection");
        QTest::addColumn<int>("topK");
        QTest::addColumn<double>("share");
        QTest::addColumn<QString>("leaders"); // ids, comma-separated
        const int count = static_cast<int>(LeaderSelection::TopCount);
        const int share = static_cast<int>(LeaderSelection::TopShare);
        QTest::newRow("top 1") << count << 1 << 0.0 << QStringLiteral("n33");
        QTest::newRow("top 2") << count << 2 << 0.0 << QStringLiteral("n33,n00");
        QTest::newRow("top 0") << count << 0 << 0.0 << QString();
        // 10 % of 34 members is 3.4: ceil gives 4.
        QTest::newRow("top 10 %") << share << 0 << 0.10 << QStringLiteral("n33,n00,n32,n02");
        // 3 % of 34 is 1.02: 2 leaders, not 1.
        QTest::newRow("top 3 %") << share << 0 << 0.03 << QStringLiteral("n33,n00");
        // 1/34 exactly (2.94 %): one leader, the rounding does not add a second.
        QTest::newRow("top 1/34") << share << 0 << 1.0 / 34 << QStringLiteral("n33");
        // topK is no cap in share mode.
        QTest::newRow("share ignores topK") << share << 1 << 0.06 << QStringLiteral("n33,n00,n32");
    }
    void countSelections()
    {
        QFETCH(int, selection);
        QFETCH(int, topK);
        QFETCH(double, share);
        QFETCH(QString, leaders);
        const CommunityPtr club = karateClub(false);
        const GraphMetrics m = metricsOf(club);
        LeaderOptions options;
        options.selection = static_cast<LeaderSelection>(selection);
        options.topK = static_cast<std::uint32_t>(topK);
        options.share = share;
        options.threshold = 0.99; // no member scores this: the count selections ignore it
        const LeaderRanking r = rankLeaders(m, options);
        QStringList named;
        for (const Leader& l : r.leaders)
            named << QString::fromStdString(std::string(club->members.ids.view(l.member)));
        QCOMPARE(named.join(QLatin1Char(',')), leaders);
        QCOMPARE(leaderCount(options, m.vertexCount()), static_cast<std::uint32_t>(named.size()));
        std::uint32_t flagged = 0;
        for (std::uint8_t f : r.isLeader)
            flagged += f;
        QCOMPARE(flagged, static_cast<std::uint32_t>(named.size()));
        for (size_t i = 0; i < r.leaders.size(); ++i)
            QCOMPARE(r.leaders[i].rank, static_cast<std::uint32_t>(i + 1));
        // The score at the default threshold is unchanged by the selection.
        QVERIFY(std::abs(r.score[m.graph->vertexOf(club->findMember("n33"))] - (0.65 + 10.0 / 33)) < 1e-6);
    }
    void countSelectionNeedsContacts()
    {
        // The star (starHub above): only h has 3 or more contacts, so "top 3" names h alone, and
        // "top 100 %" too; with minDegree 1 the four leaves (score 0, tied) follow by member id.
        const CommunityPtr c = communityOf({ { "l1", "h" }, { "l2", "h" }, { "l3", "h" }, { "l4", "h" } });
        const GraphMetrics m = metricsOf(c);
        LeaderOptions options;
        options.selection = LeaderSelection::TopCount;
        options.topK = 3;
        LeaderRanking r = rankLeaders(m, options);
        QCOMPARE(r.leaders.size(), size_t(1));
        QCOMPARE(c->members.ids.view(r.leaders[0].member), std::string_view("h"));
        options.selection = LeaderSelection::TopShare;
        options.share = 1.0;
        QCOMPARE(rankLeaders(m, options).leaders.size(), size_t(1));
        options.selection = LeaderSelection::TopCount;
        options.minDegree = 1;
        r = rankLeaders(m, options);
        QCOMPARE(r.leaders.size(), size_t(3));
        QCOMPARE(c->members.ids.view(r.leaders[1].member), std::string_view("l1"));
        QCOMPARE(c->members.ids.view(r.leaders[2].member), std::string_view("l2"));
        QCOMPARE(toString(LeaderSelection::TopShare), std::string_view("share"));
    }

    void rerankingNeverRecomputes()
    {
        const CommunityPtr club = karateClub(true);
        const GraphMetrics m = metricsOf(club);
        const std::uint64_t before = graphMetricsComputations();
        LeaderOptions options;
        options.threshold = 0.5;
        const LeaderRanking loose = rankLeaders(m, options);
        options.threshold = 0.9;
        const LeaderRanking strict = rankLeaders(m, options);
        options.topK = 2;
        const LeaderRanking top2 = rankLeaders(m, options);
        options.weights.betweenness = 1.0;
        const LeaderRanking reweighted = rankLeaders(m, options);
        QCOMPARE(graphMetricsComputations(), before);
        QVERIFY(metricsOf(club).summary.vertices == 34);
        QCOMPARE(graphMetricsComputations(), before + 1); // the counter does count

        // A higher threshold keeps a subset; top-K keeps the K best of it.
        QVERIFY(strict.leaders.size() <= loose.leaders.size());
        for (const Leader& l : strict.leaders)
            QCOMPARE(loose.isLeader[l.vertex], std::uint8_t(1));
        QCOMPARE(top2.leaders.size(), size_t(2));
        QCOMPARE(top2.leaders[0].vertex, strict.leaders[0].vertex);
        QCOMPARE(top2.leaders[1].vertex, strict.leaders[1].vertex);
        // Weights change scores, not metrics: same percentiles, different weighted mean.
        QVERIFY(reweighted.score != strict.score);
    }

    void orderAndLabels()
    {
        const CommunityPtr club = karateClub(false);
        const GraphMetrics m = metricsOf(club);
        const LeaderRanking r = rankLeaders(m);
        const std::vector<Vertex> order = verticesByScore(r);
        QCOMPARE(order.size(), size_t(34));
        for (size_t i = 1; i < order.size(); ++i) {
            const double a = r.score[order[i - 1]], b = r.score[order[i]];
            QVERIFY(a > b || (a == b && order[i - 1] < order[i]));
        }
        // Share at or above = (n − p (n − 1)) / n, rounded up to 0.1, 0.2, 0.5, 1, 2, 5, 10 %.
        QCOMPARE(topShareLabel(1.0f, 1000), std::string("top 0.1%")); // 1 of 1000
        QCOMPARE(topShareLabel(1.0f, 100), std::string("top 1%")); // 1 of 100
        QCOMPARE(topShareLabel(0.95f, 100), std::string("top 10%")); // 100 − 94.05 = 5.95 of 100
        QCOMPARE(topShareLabel(0.5f, 100), std::string()); // half the network is not a top share
        QCOMPARE(topSharePercent(1.0f, 1000), 0.1);
        QCOMPARE(topSharePercent(0.95f, 100), 10.0);
        QCOMPARE(topSharePercent(0.5f, 100), 0.0);
    }

    void networkValue()
    {
        // h's three neighbours bought: a two paid orders (100.00 + 50.00), b a free trial (a
        // counted order, not a paid one), c nothing. d, outside h's network, one order of 30.00.
        // Members: a, b, c, d, h = 5.
        CommunityBuilder b;
        const std::vector<Index> id = addMembers(b, { "a", "b", "c", "d", "h" });
        const Index p = addCourse(b);
        b.addOrder({ "o1", id[0], p, at("2026-01-02"), 10000, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o2", id[0], p, at("2026-01-03"), 5000, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o3", id[1], p, at("2026-01-03"), 0, OrderType::Trial, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o4", id[3], p, at("2026-01-04"), 3000, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        b.addOrder({ "o5", id[3], p, at("2026-01-05"), 3000, OrderType::Purchase, Plan::None, OrderStatus::Refunded });
        for (const int from : { 0, 1, 2 })
            b.addInteraction({ id[static_cast<size_t>(from)], id[4], at("2026-02-01"), InteractionType::Reply, 1.0 });
        b.addInteraction({ id[3], id[0], at("2026-02-01"), InteractionType::Like, 1.0 });
        const CommunityPtr c = b.build();
        const GraphMetrics m = metricsOf(c);
        const Vertex h = m.graph->vertexOf(c->findMember("h"));
        // Community: 3 paid orders (o1, o2, o4), 180.00, over 5 members: 0.6 orders, 36.00 each.
        QCOMPARE(m.paidOrdersPerMember, 0.6);
        QCOMPARE(m.revenuePerMember, 3600.0);
        const NetworkValue value = kinsight::core::networkValue(m, h);
        QCOMPARE(value.neighbours, 3u);
        QCOMPARE(value.paidOrders, std::uint64_t(2));
        QCOMPARE(value.revenue, Cents(15000));
        QCOMPARE(value.revenuePerNeighbour, 5000.0); // 150.00 / 3
        QVERIFY(std::abs(value.paidOrdersLift - (2.0 / 3) / 0.6) < 1e-12);
        QVERIFY(std::abs(value.revenueLift - 5000.0 / 3600) < 1e-12); // 1.39×: below the 1.5× reason
    }

    void betweennessMatchesBoost()
    {
        // Boost.Graph's brandes_betweenness_centrality on an adjacency_list copy of the same
        // edges, made relative with relative_betweenness_centrality (2 / ((n − 1)(n − 2)) for
        // an undirected graph, NetworkX's normalisation): an independent implementation.
        const CommunityPtr c = randomCommunity(400, 500, 7); // sparse: several components
        GraphOptions options;
        options.betweenness.exactLimit = 5000;
        const GraphMetrics m = metricsOf(c, options);
        const Vertex n = m.summary.vertices;
        QVERIFY(n > 250);
        QVERIFY(m.summary.components > 1); // isolated pairs and a giant component
        using Reference = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;
        Reference reference(n);
        for (Vertex v = 0; v < n; ++v) {
            for (const Vertex u : m.graph->neighbours(v)) {
                if (v < u)
                    boost::add_edge(v, u, reference);
            }
        }
        std::vector<double> centrality(n);
        auto map = boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, reference));
        boost::brandes_betweenness_centrality(reference, map);
        boost::relative_betweenness_centrality(reference, map);
        for (Vertex v = 0; v < n; ++v)
            QVERIFY(std::abs(m.betweenness[v] - centrality[v]) < 1e-12);

        // Core numbers against Boost.Graph's core_numbers on the same copy.
        std::vector<std::uint32_t> cores(n);
        boost::core_numbers(
            reference, boost::make_iterator_property_map(cores.begin(), boost::get(boost::vertex_index, reference)));
        QCOMPARE(m.coreNumber, cores);
    }

    void sampledBetweennessIsDeterministic()
    {
        const CommunityPtr c = randomCommunity(600, 2400, 11);
        auto graph = buildInteractionGraph(*c, {});
        QVERIFY(graph.ok());
        BetweennessOptions options;
        options.exactLimit = 100; // force sampling
        options.samples = 64;
        options.seed = 5;
        options.threads = 2;
        const BetweennessResult a = computeBetweenness(*graph, options);
        const BetweennessResult b = computeBetweenness(*graph, options);
        options.threads = 1;
        const BetweennessResult oneThread = computeBetweenness(*graph, options);
        options.seed = 6;
        const BetweennessResult otherSeed = computeBetweenness(*graph, options);
        QVERIFY(!a.exact);
        QCOMPARE(a.samples, std::int64_t(64));
        QCOMPARE(a.pivots, Vertex(0));
        QCOMPARE(a.centrality, b.centrality); // bit for bit
        QCOMPARE(a.centrality, oneThread.centrality); // whatever the number of threads
        QVERIFY(a.centrality != otherSeed.centrality);
    }

    void sampleSizeFollowsTheBound()
    {
        // Riondato–Kornaropoulos with c = 1/2: r = ⌈(0.5 / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉.
        // ε = 0.01, δ = 0.1, VD = 10: ⌊log₂ 8⌋ + 1 = 4, ln 10 = 2.302585…, so
        // r = ⌈5000 × 6.302585…⌉ = 31513.
        QCOMPARE(betweennessSampleSize(0.01, 0.1, 10), std::int64_t(31513));
        // VD = 3 (a star): ⌊log₂ 1⌋ + 1 = 1; ε = 0.1, δ = 0.5: ⌈50 × (1 + 0.693147…)⌉ = 85.
        QCOMPARE(betweennessSampleSize(0.1, 0.5, 3), std::int64_t(85));
    }

    void sampledBetweennessStaysInsideItsBound()
    {
        // A mid-size graph whose exact values the exact code gives; the sampled estimate must
        // be within its stated ε of them at every vertex (the bound holds with probability
        // ≥ 1 − δ = 0.9; this seed is one draw of it, and the typical error is well inside).
        const CommunityPtr c = randomCommunity(3000, 4500, 21);
        auto graph = buildInteractionGraph(*c, {});
        QVERIFY(graph.ok());
        const Vertex n = graph->vertexCount();
        QVERIFY(n > 1500);
        BetweennessOptions options;
        options.exactLimit = n;
        const BetweennessResult exact = computeBetweenness(*graph, options);
        QVERIFY(exact.exact);
        options.exactLimit = 100;
        options.epsilon = 0.01;
        options.delta = 0.1;
        options.seed = 3;
        const BetweennessResult sampled = computeBetweenness(*graph, options);
        QVERIFY(!sampled.exact);
        QCOMPARE(sampled.delta, 0.1);
        QVERIFY(sampled.epsilon <= 0.01 + 1e-12);
        QVERIFY(sampled.vertexDiameterBound >= 3);
        QCOMPARE(sampled.samples, betweennessSampleSize(0.01 * (n - 2.0) / n, 0.1, sampled.vertexDiameterBound));
        double worst = 0, largest = 0;
        for (Vertex v = 0; v < n; ++v) {
            worst = std::max(worst, std::abs(sampled.centrality[v] - exact.centrality[v]));
            largest = std::max(largest, exact.centrality[v]);
        }
        QVERIFY2(worst <= sampled.epsilon,
            qPrintable(QStringLiteral("max error %1, bound %2").arg(worst).arg(sampled.epsilon)));
        // The comparison is not of zeros with zeros: the largest values are several ε.
        QVERIFY2(
            largest > 3 * sampled.epsilon, qPrintable(QStringLiteral("largest %1, worst %2").arg(largest).arg(worst)));
        // More samples, smaller bound.
        options.samples = 4 * sampled.samples;
        const BetweennessResult more = computeBetweenness(*graph, options);
        QCOMPARE(more.samples, 4 * sampled.samples);
        QVERIFY(std::abs(more.epsilon - sampled.epsilon / 2) < 1e-3);
    }

    void pageRankDoesNotDependOnThreads()
    {
        const CommunityPtr c = randomCommunity(20000, 60000, 3); // enough vertices for many blocks
        auto graph = buildInteractionGraph(*c, {});
        QVERIFY(graph.ok());
        PageRankOptions options;
        options.threads = 1;
        const PageRankResult one = computePageRank(*graph, options);
        options.threads = 2;
        const PageRankResult two = computePageRank(*graph, options);
        QCOMPARE(one.rank, two.rank);
        QVERIFY(one.lastChange < options.tolerance);
    }

    void timeline()
    {
        // January: a and c reply to b. February: a replies to b and d to a. March: nothing
        // until the last day, when c likes d (the network's end, 2026-03-31).
        const CommunityPtr c = communityOf({
            { "a", "b", 1.0, InteractionType::Reply, "2026-01-05" },
            { "c", "b", 1.0, InteractionType::Reply, "2026-01-20" },
            { "a", "b", 1.0, InteractionType::Reply, "2026-02-03" },
            { "d", "a", 1.0, InteractionType::Reply, "2026-02-04" },
            { "c", "d", 1.0, InteractionType::Like, "2026-03-31" },
        });
        GraphOptions options;
        options.computeBetweenness = false;
        const Index members[] = { c->findMember("b"), c->findMember("a") };
        const auto result = computeLeaderTimeline(*c, options, {}, members, 3);
        QVERIFY(result.ok());
        const LeaderTimeline& t = *result;
        QCOMPARE(t.months, (std::vector<int> { 2026 * 12 + 0, 2026 * 12 + 1, 2026 * 12 + 2 }));
        // b: January in-degree 2 (a, c); February 1 (a); March absent.
        QVERIFY(t.at(0, 0).present);
        QCOMPARE(t.at(0, 0).inDegree, 2u);
        QCOMPARE(t.at(0, 1).inDegree, 1u);
        QVERIFY(!t.at(0, 2).present);
        // a: January degree 1 (b); February degree 2 (b, d); March absent.
        QCOMPARE(t.at(1, 0).degree, 1u);
        QCOMPARE(t.at(1, 1).degree, 2u);
        QVERIFY(!t.at(1, 2).present);
        QCOMPARE(t.summaries[0].vertices, Vertex(3));
        QCOMPARE(t.summaries[2].edges, std::uint64_t(1));
        // January's network is a → b ← c with b dangling (n = 3): x_a = x_c = 0.05 + 0.85 x_b/3
        // and x_b = 1 − 2 x_a, so x_a (1 + 1.7/3) = 0.05 + 0.85/3, i.e. x_a = 1/4.7 and
        // x_b = 1 − 2/4.7.
        QVERIFY(std::abs(t.at(0, 0).pageRank - (1 - 2 / 4.7)) < 1e-12);
    }

    void timelineScoresAsTheFullMetrics()
    {
        // Each month's graph leaves out communities, clustering and network value: the points
        // must be those of the month's full metrics, ranked with the same options.
        std::mt19937 random(7);
        std::vector<Tie> ties;
        std::vector<std::string> ids;
        for (int i = 0; i < 120; ++i)
            ids.push_back("m" + std::to_string(1000 + i));
        const char* days[] = { "2026-01-10", "2026-02-14", "2026-03-20" };
        std::uniform_int_distribution<int> anyone(0, 119), hub(0, 6);
        std::vector<std::string> when;
        for (int i = 0; i < 900; ++i) {
            const int from = anyone(random);
            const int to = random() % 3 == 0 ? hub(random) : anyone(random);
            ties.push_back({ ids[static_cast<size_t>(from)], ids[static_cast<size_t>(to)], 1.0 + random() % 3,
                random() % 4 == 0 ? InteractionType::Like : InteractionType::Reply, days[random() % 3] });
        }
        const CommunityPtr c = communityOf(ties, ids);
        GraphOptions options;
        options.computeBetweenness = false;
        LeaderOptions leaders;
        leaders.threshold = 0.8;
        std::vector<Index> members;
        for (int i = 0; i < 120; i += 7)
            members.push_back(c->findMember(ids[static_cast<size_t>(i)]));
        const auto result = computeLeaderTimeline(*c, options, leaders, members, 3);
        QVERIFY(result.ok());
        const LeaderTimeline& t = *result;
        QCOMPARE(t.months.size(), size_t(3));
        int leadersSeen = 0;
        for (size_t i = 0; i < t.months.size(); ++i) {
            GraphOptions full = options;
            full.filter.window = { c->timeZone.startOfMonth(t.months[i]), c->timeZone.startOfMonth(t.months[i] + 1) };
            const auto metrics = computeGraphMetrics(*c, full);
            QVERIFY(metrics.ok());
            QVERIFY(metrics->summary.communities > 1);
            QVERIFY(metrics->summary.triangles > 0);
            const LeaderRanking ranking = rankLeaders(*metrics, leaders);
            for (size_t k = 0; k < members.size(); ++k) {
                const Vertex v = metrics->graph->vertexOf(members[k]);
                const TimelinePoint& p = t.at(k, i);
                QCOMPARE(p.present, v != noVertex);
                if (v == noVertex)
                    continue;
                QCOMPARE(p.degree, metrics->degree[v]);
                QCOMPARE(p.inDegree, metrics->inDegree[v]);
                QCOMPARE(p.strength, metrics->strength[v]);
                QCOMPARE(p.pageRank, metrics->pageRank[v]);
                QCOMPARE(p.score, ranking.score[v]);
                QCOMPARE(p.isLeader, ranking.isLeader[v] != 0);
                leadersSeen += p.isLeader;
            }
        }
        QVERIFY(leadersSeen > 0);
    }

    void metricsLeftOut()
    {
        // A triangle a–b–c plus d, who bought once: without clustering and network value those
        // vectors stay empty, the summary says no triangles, and a network value has no orders.
        CommunityBuilder b;
        const std::vector<Index> id = addMembers(b, { "a", "b", "c", "d" });
        const Index p = addCourse(b);
        b.addOrder({ "o1", id[3], p, at("2026-01-02"), 10000, OrderType::Purchase, Plan::None, OrderStatus::Paid });
        for (const auto& [from, to] : { std::pair { 0, 1 }, { 1, 2 }, { 2, 0 }, { 3, 0 } })
            b.addInteraction({ id[static_cast<size_t>(from)], id[static_cast<size_t>(to)], at("2026-02-01"),
                InteractionType::Reply, 1.0 });
        const CommunityPtr c = b.build();
        GraphOptions lean;
        lean.computeClustering = false;
        lean.computeNetworkValue = false;
        const auto m = computeGraphMetrics(*c, lean);
        QVERIFY(m.ok());
        QVERIFY(m->triangles.empty());
        QVERIFY(m->clustering.empty());
        QCOMPARE(m->summary.triangles, std::uint64_t(0));
        QVERIFY(m->paidOrders.empty());
        const Vertex a = m->graph->vertexOf(c->findMember("a"));
        const NetworkValue value = kinsight::core::networkValue(*m, a);
        QCOMPARE(value.neighbours, 3u);
        QCOMPARE(value.paidOrders, std::uint64_t(0));
        // With both on: one triangle; a's neighbour d paid 100.00.
        const auto full = computeGraphMetrics(*c);
        QVERIFY(full.ok());
        QCOMPARE(full->summary.triangles, std::uint64_t(1));
        QCOMPARE(kinsight::core::networkValue(*full, a).revenue, Cents(10000));
    }

    void layout()
    {
        // Hub h with five repliers of weights 5, 4, 3, 2, 1, and an unrelated pair x – y.
        const CommunityPtr c = communityOf({ { "a", "h", 5 }, { "b", "h", 4 }, { "c", "h", 3 }, { "d", "h", 2 },
            { "e", "h", 1 }, { "a", "b", 1 }, { "x", "y", 1 } });
        const GraphMetrics m = metricsOf(c);
        const Vertex h = m.graph->vertexOf(c->findMember("h"));
        LayoutOptions options;
        options.neighboursPerCentre = 3; // the three strongest ties: a, b, c
        const Vertex centres[] = { h, h };
        const NeighbourhoodLayout a = layoutNeighbourhood(m, centres, options);
        QCOMPARE(a.nodes.size(), size_t(4)); // h once, then a, b, c
        QCOMPARE(a.nodes[0].vertex, h);
        QVERIFY(a.nodes[0].centre);
        QCOMPARE(a.nodes[1].vertex, m.graph->vertexOf(c->findMember("a")));
        QCOMPARE(a.nodes[3].vertex, m.graph->vertexOf(c->findMember("c")));
        QVERIFY(!a.nodes[1].centre);
        // Edges among them: h–a, h–b, h–c and a–b.
        QCOMPARE(a.edges.size(), size_t(4));
        double widest = 0;
        for (const LayoutNode& node : a.nodes) {
            QVERIFY(std::abs(node.x) <= 1 + 1e-12 && std::abs(node.y) <= 1 + 1e-12);
            widest = std::max({ widest, std::abs(node.x), std::abs(node.y) });
        }
        QVERIFY(std::abs(widest - 1) < 1e-12); // scaled to fill the square
        // Same seed, same drawing.
        const NeighbourhoodLayout b = layoutNeighbourhood(m, centres, options);
        for (size_t i = 0; i < a.nodes.size(); ++i) {
            QCOMPARE(a.nodes[i].x, b.nodes[i].x);
            QCOMPARE(a.nodes[i].y, b.nodes[i].y);
        }
    }
};

QTEST_GUILESS_MAIN(TestLeaders)
#include "tst_leaders.moc"
