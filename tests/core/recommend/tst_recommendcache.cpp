// The cache of `auto`'s choice and EASE's λ beside the database (core/recommend/recommendcache.h).

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/recommend/recommendcache.h"
#include "fixtures.h"

using namespace kinsight::core;
using kinsight::test::purchases;

namespace {

/// Courses on a ring of 8, each member taking a run of 3 or 4 in order: sequential is the only
/// method that knows what comes next (tst_methods works this out), so auto picks it.
CommunityPtr ring(int extraOrderDay = 0)
{
    std::vector<std::tuple<int, int, int>> orders;
    int m = 0;
    for (int start = 0; start < 8; ++start) {
        for (int length = 3; length <= 4; ++length) {
            for (int c = 0; c < 6; ++c) {
                ++m;
                for (int i = 0; i < length; ++i)
                    orders.emplace_back(m, 1 + (start + i) % 8, 10 * m + i);
            }
        }
    }
    if (extraOrderDay > 0)
        orders.emplace_back(1, 8, extraOrderDay); // one more row: another content
    return purchases(m, 8, orders);
}

} // namespace

class TestRecommendCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keyFollowsContentAndOptions()
    {
        const CommunityPtr a = ring(), same = ring(), other = ring(2000);
        const RankOptions rank;
        const ModelOptions models;
        const std::string key = RecommendCache::keyFor(*a, rank, models);
        QCOMPARE(RecommendCache::keyFor(*same, rank, models), key); // same rows, same key
        QVERIFY(RecommendCache::keyFor(*other, rank, models) != key); // one order more
        RankOptions k5 = rank;
        k5.k = 5;
        QVERIFY(RecommendCache::keyFor(*a, k5, models) != key);
        ModelOptions als = models;
        als.als.iterations = 3;
        QVERIFY(RecommendCache::keyFor(*a, rank, als) != key);
        ModelOptions shrunk = models;
        shrunk.itemKnn.shrinkage = 10.0;
        QVERIFY(RecommendCache::keyFor(*a, rank, shrunk) != key);
        QCOMPARE(RecommendCache::pathFor("/data/club.db"), std::string("/data/club.db.recommend"));
    }

    void secondRunDoesNotRecompute()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::string path = RecommendCache::pathFor(dir.filePath(QStringLiteral("club.db")).toStdString());
        const CommunityPtr c = ring();
        const RankOptions rank;
        ModelOptions models;
        models.als.iterations = 2; // fast; the choice does not depend on ALS here
        const std::string key = RecommendCache::keyFor(*c, rank, models);

        RecommendCache first = RecommendCache::open(path, key);
        QVERIFY(!first.autoChoice());
        bool computed = false;
        const long builds = SequentialModel::buildCount();
        const auto choice = chooseMethod(c, rank, models, first, &computed);
        QVERIFY(choice.ok());
        QVERIFY(computed);
        QCOMPARE(choice->method, Method::Sequential);
        QVERIFY(SequentialModel::buildCount() > builds); // the validation fitted sequential per fold
        first.setEaseLambda(16.0);
        QVERIFY(first.save().ok());
        QVERIFY(QFile::exists(QString::fromStdString(path)));
        QCOMPARE(QFile::permissions(QString::fromStdString(path)) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions {});

        // Another run: the same choice and figures, and no model is fitted again.
        RecommendCache second = RecommendCache::open(path, key);
        QVERIFY(second.autoChoice());
        const long before = SequentialModel::buildCount();
        const auto again = chooseMethod(c, rank, models, second, &computed);
        QVERIFY(again.ok());
        QVERIFY(!computed);
        QCOMPARE(SequentialModel::buildCount(), before);
        QCOMPARE(again->method, Method::Sequential);
        QCOMPARE(again->folds, choice->folds);
        QCOMPARE(again->validationMembers, choice->validationMembers);
        QCOMPARE(again->validation.size(), allMethods.size());
        for (size_t i = 0; i < allMethods.size(); ++i) {
            QCOMPARE(again->validation[i].method, choice->validation[i].method);
            QCOMPARE(again->validation[i].ndcg, choice->validation[i].ndcg);
            QCOMPARE(again->validation[i].hitRate, choice->validation[i].hitRate);
            QCOMPARE(again->weightedNdcg[i], choice->weightedNdcg[i]);
        }
        QCOMPARE(second.easeLambda().value_or(0.0), 16.0);

        // A content change gives another key: the file is not used, nothing is remembered.
        const CommunityPtr changed = ring(2000);
        RecommendCache stale = RecommendCache::open(path, RecommendCache::keyFor(*changed, rank, models));
        QVERIFY(!stale.autoChoice());
        QVERIFY(!stale.easeLambda());
        // So are other options.
        RankOptions k3 = rank;
        k3.k = 3;
        QVERIFY(!RecommendCache::open(path, RecommendCache::keyFor(*c, k3, models)).autoChoice());
    }

    void damagedFileIsIgnored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("club.db.recommend"));
        for (const QByteArray& bytes : { QByteArray("not json"), QByteArray("{\"key\": 3}"),
                 QByteArray("{\"key\": \"k\", \"auto\": {\"method\": \"nonsense\"}, \"ease_lambda\": -1}"),
                 QByteArray("{\"key\": \"k\", \"auto\": {\"method\": \"ease\", \"validation\": []}}") }) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(bytes);
            f.close();
            const RecommendCache cache = RecommendCache::open(path.toStdString(), "k");
            QVERIFY2(!cache.autoChoice(), bytes.constData());
            QVERIFY2(!cache.easeLambda(), bytes.constData());
        }
    }
};

QTEST_GUILESS_MAIN(TestRecommendCache)
#include "tst_recommendcache.moc"
