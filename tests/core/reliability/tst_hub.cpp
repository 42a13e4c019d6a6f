// A member with a million interactions must not make graph metrics quadratic: a hub that
// 200,000 members each interact with five times (1,000,000 interactions), the members also in a
// ring. Values by hand: the hub has degree d = 200,000 and the ring's 200,000 edges are the
// triangles through it, so its clustering is 200,000 / (d (d − 1) / 2) = 2 / (d − 1); every ring
// member has degree 3 (hub and two ring neighbours) and 2 triangles: clustering 2/3.
#include <QElapsedTimer>
#include <QTest>

#include "core/data/community.h"
#include "core/graph/graphmetrics.h"

using namespace kinsight::core;

class TestHub : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void millionInteractionHub()
    {
        constexpr int leaves = 200000;
        CommunityBuilder b;
        b.reserve(leaves + 1, 0, 0, 0, 0, 5 * leaves + leaves);
        char id[16];
        for (int i = 0; i <= leaves; ++i) {
            std::snprintf(id, sizeof id, "m%07d", i);
            b.addMember({ id, 0, "", "", "", "", "", "" });
        }
        const Index hub = 0;
        for (int i = 1; i <= leaves; ++i) {
            for (int k = 0; k < 5; ++k)
                b.addInteraction({ i, hub, 1000 + k, InteractionType::Reply, 1.0 });
            b.addInteraction({ i, i % leaves + 1, 2000, InteractionType::Like, 1.0 });
        }
        const CommunityPtr c = b.build();
        QCOMPARE(c->interactionsTo(hub).size(), 5 * leaves);

        GraphOptions options;
        options.computeBetweenness = false;
        QElapsedTimer timer;
        timer.start();
        const auto metrics = computeGraphMetrics(*c, options);
        qInfo("graph metrics of a 1,000,000-interaction hub: %lld ms", static_cast<long long>(timer.elapsed()));
        QVERIFY(metrics.ok());
        const GraphMetrics& g = *metrics;
        qInfo("PageRank iterations: %d", g.summary.pageRankIterations);
        QCOMPARE(g.vertexCount(), leaves + 1);
        Vertex hubVertex = 0;
        for (Vertex v = 0; v < g.vertexCount(); ++v) {
            if (g.graph->member(v) == hub)
                hubVertex = v;
        }
        QCOMPARE(g.degree[hubVertex], std::uint32_t(leaves));
        QCOMPARE(g.triangles[hubVertex], std::uint64_t(leaves));
        QVERIFY(qAbs(g.clustering[hubVertex] - 2.0 / (leaves - 1)) < 1e-15);
        const Vertex leaf = hubVertex == 0 ? 1 : 0;
        QCOMPARE(g.degree[leaf], 3u);
        QVERIFY(qAbs(g.clustering[leaf] - 2.0 / 3.0) < 1e-12);
        // The hub's strength: five interactions of weight 1 from each member.
        QVERIFY(qAbs(g.strength[hubVertex] - 5.0 * leaves) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestHub)
#include "tst_hub.moc"
