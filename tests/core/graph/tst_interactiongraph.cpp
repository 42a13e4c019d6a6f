// Hand-worked small graphs: every expected number below is derived in the comment next to it.

#include <QTest>

#include "core/graph/graphmetrics.h"
#include "graphtestutil.h"

using namespace kinsight::core;
using namespace kinsight::test;

namespace {

Vertex vertexOf(const GraphMetrics& m, const Community& c, const char* id)
{
    return m.graph->vertexOf(c.findMember(id));
}

constexpr double eps = 1e-12;

} // namespace

class TestInteractionGraph : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void triangle()
    {
        const CommunityPtr c = communityOf({ { "a", "b" }, { "b", "c" }, { "c", "a" } });
        const GraphMetrics m = metricsOf(c);
        QCOMPARE(m.summary.vertices, Vertex(3));
        QCOMPARE(m.summary.edges, std::uint64_t(3));
        QCOMPARE(m.summary.density, 1.0); // 2·3 / (3·2)
        for (Vertex v = 0; v < 3; ++v) {
            QCOMPARE(m.degree[v], 2u);
            QCOMPARE(m.degreeCentrality(v), 1.0); // 2 / (3 − 1)
            QCOMPARE(m.clustering[v], 1.0); // both neighbours adjacent
            QCOMPARE(m.triangles[v], std::uint64_t(1));
            QVERIFY(std::abs(m.pageRank[v] - 1.0 / 3) < eps); // a directed cycle: uniform
            QCOMPARE(m.betweenness[v], 0.0); // every pair adjacent
            QCOMPARE(m.coreNumber[v], 2u);
        }
        QCOMPARE(m.summary.triangles, std::uint64_t(1));
        QCOMPARE(m.summary.averageClustering, 1.0);
        QCOMPARE(m.summary.transitivity, 1.0); // 3·1 triangle / 3 connected triples
        // One community: joining a neighbour gains 1 − 2·2/6 = 1/3 > 0, and the whole triangle
        // has modularity 6/6 − (6/6)² = 0.
        QCOMPARE(m.summary.communities, 1u);
        QVERIFY(std::abs(m.summary.modularity) < eps);
        QCOMPARE(m.summary.components, 1u);
        QCOMPARE(m.summary.largestComponentShare, 1.0);
    }

    void star()
    {
        // Four leaves reply to one hub h.
        const CommunityPtr c = communityOf({ { "l1", "h" }, { "l2", "h" }, { "l3", "h" }, { "l4", "h" } });
        const GraphMetrics m = metricsOf(c);
        const Vertex h = vertexOf(m, *c, "h");
        const Vertex l1 = vertexOf(m, *c, "l1");
        QCOMPARE(m.summary.vertices, Vertex(5));
        QCOMPARE(m.summary.edges, std::uint64_t(4));
        QCOMPARE(m.summary.density, 0.4); // 2·4 / (5·4)
        QCOMPARE(m.degreeCentrality(h), 1.0); // 4 / 4
        QCOMPARE(m.degreeCentrality(l1), 0.25); // 1 / 4
        QCOMPARE(m.inDegree[h], 4u);
        QCOMPARE(m.outDegree[h], 0u);
        QCOMPARE(m.repliedBy[h], 4u);
        QCOMPARE(m.clustering[h], 0.0);
        QCOMPARE(m.summary.transitivity, 0.0);
        // All 6 leaf pairs pass through h: 2·6 ordered pairs / ((5 − 1)(5 − 2)) = 12/12 = 1.
        QCOMPARE(m.betweenness[h], 1.0);
        QCOMPARE(m.betweenness[l1], 0.0);
        // PageRank, n = 5, α = 0.85, h dangling:
        //   x_l = 0.15/5 + 0.85·x_h/5 = 0.03 + 0.17 x_h
        //   x_h + 4 x_l = 1  ⇒  x_h (1 + 0.68) = 1 − 0.12  ⇒  x_h = 0.88/1.68 = 11/21, x_l = 5/42.
        QVERIFY(std::abs(m.pageRank[h] - 11.0 / 21) < eps);
        QVERIFY(std::abs(m.pageRank[l1] - 5.0 / 42) < eps);
        QCOMPARE(m.coreNumber[h], 1u);
    }

    void path()
    {
        // a → b → c → d
        const CommunityPtr c = communityOf({ { "a", "b" }, { "b", "c" }, { "c", "d" } });
        const GraphMetrics m = metricsOf(c);
        const Vertex a = 0, b = 1, cc = 2, d = 3; // vertices in member-id order
        QCOMPARE(m.degreeCentrality(a), 1.0 / 3);
        QCOMPARE(m.degreeCentrality(b), 2.0 / 3);
        // b is inside the paths a–c and a–d: 2·2 ordered / (3·2) = 2/3; same for c (b–d, a–d).
        QVERIFY(std::abs(m.betweenness[b] - 2.0 / 3) < eps);
        QVERIFY(std::abs(m.betweenness[cc] - 2.0 / 3) < eps);
        QCOMPARE(m.betweenness[a], 0.0);
        QCOMPARE(m.summary.averageClustering, 0.0);
        // PageRank with d dangling: let s = 0.15/4 + 0.85·x_d/4. Then x_a = s, x_b = s(1 + α),
        // x_c = s(1 + α + α²), x_d = s(1 + α + α² + α³), and the sum
        // s(4 + 3α + 2α² + α³) = s · 8.609125 = 1.
        const double s = 1.0 / 8.609125;
        QVERIFY(std::abs(m.pageRank[a] - s) < eps);
        QVERIFY(std::abs(m.pageRank[b] - s * 1.85) < eps);
        QVERIFY(std::abs(m.pageRank[cc] - s * 2.5725) < eps);
        QVERIFY(std::abs(m.pageRank[d] - s * 3.186625) < eps);
        QCOMPARE(m.summary.components, 1u);
        QCOMPARE(m.summary.maxCoreNumber, 1u);
    }

    void twoCliquesAndABridge()
    {
        // K4 {a, b, c, d} and K4 {e, f, g, h}, joined by the bridge d – e.
        std::vector<Tie> ties;
        const char* left[] = { "a", "b", "c", "d" };
        const char* right[] = { "e", "f", "g", "h" };
        for (int i = 0; i < 4; ++i) {
            for (int j = i + 1; j < 4; ++j) {
                ties.push_back({ left[i], left[j] });
                ties.push_back({ right[i], right[j] });
            }
        }
        ties.push_back({ "d", "e" });
        const CommunityPtr c = communityOf(ties);
        const GraphMetrics m = metricsOf(c);
        const Vertex a = vertexOf(m, *c, "a"), d = vertexOf(m, *c, "d"), e = vertexOf(m, *c, "e");
        QCOMPARE(m.summary.edges, std::uint64_t(13)); // 6 + 6 + 1
        QCOMPARE(m.summary.density, 26.0 / 56); // 2·13 / (8·7)
        // d's neighbours a, b, c, e: 3 of the 6 pairs are adjacent (ab, ac, bc).
        QCOMPARE(m.clustering[d], 0.5);
        QCOMPARE(m.clustering[a], 1.0);
        QCOMPARE(m.summary.averageClustering, 0.875); // (6·1 + 2·0.5) / 8
        // 8 triangles (4 per K4); triples 6·C(3,2) + 2·C(4,2) = 18 + 12 = 30; 3·8/30 = 0.8.
        QCOMPARE(m.summary.triangles, std::uint64_t(8));
        QVERIFY(std::abs(m.summary.transitivity - 0.8) < eps);
        // d carries the 3·4 = 12 pairs {a,b,c} × {e,f,g,h}: 2·12 / (7·6) = 4/7.
        QVERIFY(std::abs(m.betweenness[d] - 4.0 / 7) < eps);
        QVERIFY(std::abs(m.betweenness[e] - 4.0 / 7) < eps);
        QCOMPARE(m.betweenness[a], 0.0);
        QCOMPARE(m.coreNumber[a], 3u);
        QCOMPARE(m.coreNumber[d], 3u);
        // Louvain finds the two cliques. Each has 6 internal edges and degree sum 3·3 + 4 = 13,
        // with m = 13: Q = 2 (6/13 − (13/26)²) = 12/13 − 1/2.
        QCOMPARE(m.summary.communities, 2u);
        QVERIFY(std::abs(m.summary.modularity - (12.0 / 13 - 0.5)) < eps);
        QCOMPARE(m.community[a], m.community[d]);
        QVERIFY(m.community[d] != m.community[e]);
        // Both communities of 4 tie on size, so the one holding the smaller vertex (a) is 0.
        QCOMPARE(m.community[a], 0u);
        QCOMPARE(m.communities[0].size, Vertex(4));
        QCOMPARE(m.communities[0].internalEdges, std::uint64_t(6));
        QCOMPARE(m.communities[0].internalDensity, 1.0);
        QCOMPARE(m.communities[0].externalEdges, std::uint64_t(1));
    }

    void isolatedPair()
    {
        // x → y alone: n = 2.
        const CommunityPtr c = communityOf({ { "x", "y" } });
        const GraphMetrics m = metricsOf(c);
        QCOMPARE(m.summary.vertices, Vertex(2));
        QCOMPARE(m.degreeCentrality(0), 1.0); // 1 / (2 − 1)
        QCOMPARE(m.betweenness[0], 0.0); // no third vertex (NetworkX leaves n ≤ 2 unscaled: 0)
        QCOMPARE(m.clustering[0], 0.0);
        QCOMPARE(m.summary.density, 1.0);
        // y dangling, t = 0.15/2: x_x = 0.075 + 0.425 x_y, x_x + x_y = 1
        // ⇒ x_x = 0.5/1.425, x_y = 0.925/1.425.
        QVERIFY(std::abs(m.pageRank[0] - 0.5 / 1.425) < eps);
        QVERIFY(std::abs(m.pageRank[1] - 0.925 / 1.425) < eps);
    }

    void pairBesideTriangle()
    {
        const CommunityPtr c = communityOf({ { "a", "b" }, { "b", "c" }, { "c", "a" }, { "x", "y" } });
        const GraphMetrics m = metricsOf(c);
        QCOMPARE(m.summary.components, 2u);
        QCOMPARE(m.summary.largestComponent, Vertex(3));
        QCOMPARE(m.summary.largestComponentShare, 0.6); // 3 of 5
        QCOMPARE(m.component[vertexOf(m, *c, "a")], 0u); // the largest is component 0
        QCOMPARE(m.component[vertexOf(m, *c, "x")], 1u);
        // Betweenness counts only connected pairs, normalised by the whole graph: 0 everywhere.
        for (Vertex v = 0; v < 5; ++v)
            QCOMPARE(m.betweenness[v], 0.0);
        QCOMPARE(m.summary.communities, 2u);
    }

    void selfInteractionsAreDropped()
    {
        // z only talks to itself: not a vertex. a's self-like does not touch its degree.
        const CommunityPtr c = communityOf({ { "z", "z" }, { "a", "a", 5.0 }, { "a", "b" } }, { "nobody" });
        const GraphMetrics m = metricsOf(c);
        QCOMPARE(m.summary.vertices, Vertex(2));
        QCOMPARE(m.graph->vertexOf(c->findMember("z")), noVertex);
        QCOMPARE(m.graph->vertexOf(c->findMember("nobody")), noVertex);
        QCOMPARE(m.summary.interactions, std::uint64_t(1));
        const Vertex a = vertexOf(m, *c, "a");
        QCOMPARE(m.degree[a], 1u);
        QCOMPARE(m.strength[a], 1.0);
        QCOMPARE(m.summary.communityMembers, Index(4));
    }

    void duplicateAndReverseEdgesMerge()
    {
        // a→b twice (1 + 2) and b→a once (0.5): one undirected edge of weight 3.5, two arcs.
        const CommunityPtr c = communityOf({ { "a", "b", 1.0 }, { "a", "b", 2.0 }, { "b", "a", 0.5 } });
        const GraphMetrics m = metricsOf(c);
        QCOMPARE(m.summary.edges, std::uint64_t(1));
        QCOMPARE(m.summary.arcs, std::uint64_t(2));
        QCOMPARE(m.summary.totalWeight, 3.5);
        QCOMPARE(m.strength[0], 3.5);
        QCOMPARE(m.strength[1], 3.5);
        QCOMPARE(m.degree[0], 1u);
        QCOMPARE(m.graph->weights(0)[0], 3.5);
        QCOMPARE(m.graph->outStrength(0), 3.0);
        QCOMPARE(m.graph->sourceWeights(1)[0], 3.0);
        QCOMPARE(m.graph->outStrength(1), 0.5);
    }

    void weightedPageRank()
    {
        // a→b (3) and a→c (1); b and c dangling. n = 3, t = 0.05, D = x_b + x_c = 1 − x_a:
        //   x_a = 0.05 + 0.85 (1 − x_a)/3       ⇒ x_a = (1/3) / (3.85/3) = 1/3.85
        //   x_b = x_a + 0.85·(3/4)·x_a = 1.6375 x_a,  x_c = x_a + 0.85·(1/4)·x_a = 1.2125 x_a
        // (x_b − x_a and x_c − x_a are the arc shares; the rest of each term equals x_a's.)
        const CommunityPtr c = communityOf({ { "a", "b", 2.0 }, { "a", "b", 1.0 }, { "a", "c", 1.0 } });
        const GraphMetrics m = metricsOf(c);
        const double xa = 1.0 / 3.85;
        QVERIFY(std::abs(m.pageRank[0] - xa) < eps);
        QVERIFY(std::abs(m.pageRank[1] - 1.6375 * xa) < eps);
        QVERIFY(std::abs(m.pageRank[2] - 1.2125 * xa) < eps);
    }

    void hubPageRankConverges()
    {
        // L = 100,000 members each reply to hub h five times (weight 5) and like the next member
        // of a ring (weight 1); h is dangling. By symmetry every ring member has the same x_l,
        // n = L + 1, t = 0.15/n:
        //   x_l = t + 0.85 x_h / n + 0.85 x_l / 6         (ring predecessor sends 1/6 of its rank)
        //   x_h = 1 − L x_l
        // ⇒ x_l (1 − 0.85/6 + 0.85 L / n) = 1/n.
        // Summing 100,000 terms into the hub naively leaves rounding noise that keeps the L1
        // change above 1e-12 for ever; the iteration must still finish, and exactly.
        constexpr int leaves = 100000;
        CommunityBuilder b;
        char id[16];
        for (int i = 0; i <= leaves; ++i) {
            std::snprintf(id, sizeof id, "m%07d", i);
            MemberRecord member;
            member.id = id;
            b.addMember(std::move(member));
        }
        for (int i = 1; i <= leaves; ++i) {
            b.addInteraction({ i, 0, 1000, InteractionType::Reply, 5.0 });
            b.addInteraction({ i, i % leaves + 1, 2000, InteractionType::Like, 1.0 });
        }
        const CommunityPtr c = b.build();
        GraphOptions options;
        options.computeBetweenness = false;
        const GraphMetrics m = metricsOf(c, options);
        const double n = leaves + 1;
        const double xl = 1.0 / (n * (1 - 0.85 / 6 + 0.85 * leaves / n));
        QVERIFY(m.summary.pageRankIterations < 1000);
        QVERIFY(std::abs(m.pageRank[1] - xl) < 1e-12);
        QVERIFY(std::abs(m.pageRank[0] - (1 - leaves * xl)) < 1e-10);
    }

    void filtersByTypeAndWindow()
    {
        const CommunityPtr c = communityOf({
            { "a", "b", 1.0, InteractionType::Reply, "2026-03-01" },
            { "b", "c", 1.0, InteractionType::Like, "2026-03-10" },
            { "c", "d", 1.0, InteractionType::Mention, "2026-02-01" },
        });
        GraphOptions options;
        options.filter.types = typeBit(InteractionType::Reply) | typeBit(InteractionType::Mention);
        GraphMetrics m = metricsOf(c, options);
        QCOMPARE(m.summary.vertices, Vertex(4)); // a, b, c, d — but no b–c edge
        QCOMPARE(m.summary.edges, std::uint64_t(2));
        QCOMPARE(m.summary.components, 2u);

        // The network ends on 2026-03-10 (no orders or events: the latest interaction), so the
        // last 30 days are 2026-02-09 .. 2026-03-10 and drop the February mention.
        const TimeWindow last30 = lastDays(*c, 30);
        QCOMPARE(last30.begin, at("2026-02-09"));
        QCOMPARE(last30.end, at("2026-03-11"));
        options = {};
        options.filter.window = last30;
        m = metricsOf(c, options);
        QCOMPARE(m.summary.vertices, Vertex(3));
        QCOMPARE(m.summary.edges, std::uint64_t(2));
        QCOMPARE(m.graph->vertexOf(c->findMember("d")), noVertex);
        QVERIFY(lastDays(*c, 0).isAll());
    }

    void parsesTypeLists()
    {
        QCOMPARE(parseInteractionTypes("reply, LIKE"),
            std::optional<InteractionTypeMask>(typeBit(InteractionType::Reply) | typeBit(InteractionType::Like)));
        QCOMPARE(parseInteractionTypes("all"), std::optional<InteractionTypeMask>(allInteractionTypes));
        QCOMPARE(parseInteractionTypes("reply,hug"), std::nullopt);
        QCOMPARE(parseInteractionTypes(""), std::nullopt);
        QCOMPARE(formatInteractionTypes(typeBit(InteractionType::Mention) | typeBit(InteractionType::Share)),
            std::string("mention,share"));
    }

    void emptyGraph()
    {
        const CommunityPtr c = communityOf({}, { "lonely" });
        const GraphMetrics m = metricsOf(c);
        QCOMPARE(m.summary.vertices, Vertex(0));
        QCOMPARE(m.summary.edges, std::uint64_t(0));
        QCOMPARE(m.summary.density, 0.0);
        QCOMPARE(m.summary.communities, 0u);
    }

    void cancels()
    {
        const CommunityPtr c = communityOf({ { "a", "b" }, { "b", "c" } });
        std::atomic<bool> stop { true };
        const auto result = computeGraphMetrics(*c, {}, TaskControl(&stop));
        QVERIFY(!result.ok());
        QCOMPARE(result.error(), std::string("cancelled"));
    }
};

QTEST_GUILESS_MAIN(TestInteractionGraph)
#include "tst_interactiongraph.moc"
