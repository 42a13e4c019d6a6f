// Reasons rendered in English and Chinese: every code the core emits has a sentence of its own
// in both languages (never the fallback), English plurals agree with the count, and the Chinese
// sentences hold no English word.
#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

#include "core/text/reasontext.h"
#include "renderedtext.h"
#include "resources/translations/translator.h"

using namespace kinsight::core;
using kinsight::test::n;
using kinsight::test::s;

Q_DECLARE_METATYPE(kinsight::core::Reason)

namespace {

// Typical arguments for every code (a code missing here fails everyCodeRenders).
std::vector<Reason> samples()
{
    return {
        { "leader.replied_by", { n(120) } },
        { "leader.addressed_by", { n(3) } },
        { "leader.pagerank_top", { 2.0 } },
        { "leader.betweenness_top", { 0.5 } },
        { "leader.bridges", { n(3) } },
        { "leader.innermost_core", { n(12) } },
        { "leader.neighbours_spend", { 2.3 } },
        { "churn.silent", { n(30) } },
        { "churn.falling", { n(30) } },
        { "churn.lapsed", {} },
        { "recommend.popular", { n(19) } },
        { "recommend.filled", { n(19) } },
        { "recommend.item_knn", { n(34), s("数据分析"), n(2) } },
        { "recommend.similar_members", {} },
        { "recommend.user_knn_neighbours", { n(3), n(10) } },
        { "recommend.user_knn", { n(2) } },
        { "recommend.content", { s("Python 入门"), n(0), s("python") } },
        { "recommend.content_interests", {} },
        { "recommend.als", { s("数据分析") } },
        { "cold_start.channel", { s("抖音"), n(2) } },
        { "cold_start.popular", { n(3) } },
        { "cold_start.catalogue", {} },
        { "recommend.ease_because", { s("数据分析"), n(12) } },
        { "recommend.sequential_most_often", { n(4), s("Python 入门"), s("数据分析") } },
        { "recommend.sequential_next", { n(1), s("Python 入门"), s("机器学习") } },
        { "recommend.social_ties", { n(2), n(5) } },
        { "recommend.social_no_ties", { n(8) } },
        { "recommend.popular_fill", { n(8) } },
        { "action.trial_not_converted", { n(3), s("数据分析") } },
        { "action.paying_at_risk", { n(45), n(3) } },
        { "action.renewal_due", { n(5), s("年度会员"), s("2026-11-05") } },
        { "action.new_not_activated", { n(5) } },
        { "action.leader_quiet", { n(20) } },
        { "audience.bought_together", { s("数据分析"), n(12) } },
        { "audience.model_score", { s("hybrid") } },
    };
}

} // namespace

class TestReasonText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("en")))); }

    void everyCodeRenders_data() { kinsight::test::addLanguageRows(); }

    void everyCodeRenders()
    {
        QFETCH(QString, language);
        QVERIFY(kinsight::ui::installTranslator(QLocale(language)));
        const std::vector<Reason> all = samples();
        const std::vector<std::string> codes = knownReasonCodes();
        QVERIFY(codes.size() >= all.size());
        for (const std::string& code : codes) {
            const auto it = std::find_if(all.begin(), all.end(), [&](const Reason& r) { return r.code == code; });
            QVERIFY2(it != all.end(), ("no sample arguments for " + code).c_str());
            QVERIFY(hasReasonText(*it));
            const QString text = reasonText(*it);
            const QString problem = kinsight::test::renderingProblem(*it, text, language == QLatin1String("zh_CN"));
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
        // An unknown code shows itself and its arguments rather than nothing.
        const Reason unknown { "nobody.knows", { n(7) } };
        QVERIFY(!hasReasonText(unknown));
        QCOMPARE(reasonText(unknown), QStringLiteral("nobody.knows (7)"));
    }

    void sentences_data()
    {
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        // Singular and plural in English; one sentence in Chinese, with 位 for people.
        QTest::newRow("replied by one") << Reason { "leader.replied_by", { n(1) } }
                                        << QStringLiteral("replied to by 1 distinct member")
                                        << QStringLiteral("收到 1 位会员的回复");
        QTest::newRow("replied by many") << Reason { "leader.replied_by", { n(120) } }
                                         << QStringLiteral("replied to by 120 distinct members")
                                         << QStringLiteral("收到 120 位会员的回复");
        QTest::newRow("addressed by one")
            << Reason { "leader.addressed_by", { n(1) } } << QStringLiteral("addressed by 1 distinct member")
            << QStringLiteral("1 位会员与其互动过");
        QTest::newRow("top share below 1%")
            << Reason { "leader.pagerank_top", { 0.1 } } << QStringLiteral("top 0.1% PageRank")
            << QStringLiteral("影响力排名前 0.1%");
        QTest::newRow("top share") << Reason { "leader.betweenness_top", { 5.0 } }
                                   << QStringLiteral("top 5% betweenness") << QStringLiteral("桥梁作用排名前 5%");
        QTest::newRow("bridges") << Reason { "leader.bridges", { n(3) } } << QStringLiteral("bridges 3 communities")
                                 << QStringLiteral("连接 3 个圈子");
        QTest::newRow("core") << Reason { "leader.innermost_core", { n(12) } }
                              << QStringLiteral("in the innermost 12-core")
                              << QStringLiteral("身处最紧密的核心圈（12 核）");
        QTest::newRow("spend") << Reason { "leader.neighbours_spend", { 2.3 } }
                               << QStringLiteral("neighbours spend 2.3× the average member")
                               << QStringLiteral("互动对象的人均消费是平均会员的 2.3 倍");
        QTest::newRow("silent") << Reason { "churn.silent", { n(30) } } << QStringLiteral("silent for at least 30 days")
                                << QStringLiteral("已沉默至少 30 天");
        QTest::newRow("falling") << Reason { "churn.falling", { n(30) } }
                                 << QStringLiteral("active on less than half as many days in the last 30 days")
                                 << QStringLiteral("近 30 天的活跃天数不到此前的一半");
        QTest::newRow("lapsed") << Reason { "churn.lapsed", {} } << QStringLiteral("plan ended without a renewal")
                                << QStringLiteral("会员到期未续费");
        QTest::newRow("popular one") << Reason { "recommend.popular", { n(1) } }
                                     << QStringLiteral("popular: bought by 1 member")
                                     << QStringLiteral("热门：1 位会员买过");
        QTest::newRow("filled") << Reason { "recommend.filled", { n(19) } }
                                << QStringLiteral("popular: bought by 19 members (few personal matches)")
                                << QStringLiteral("热门：19 位会员买过（个性化匹配较少）");
        QTest::newRow("item alone") << Reason { "recommend.item_knn", { n(1), s("数据分析"), n(0) } }
                                    << QStringLiteral("bought by 1 member who also bought 《数据分析》")
                                    << QStringLiteral("买过《数据分析》的会员中有 1 位也买了它");
        QTest::newRow("item linked") << Reason { "recommend.item_knn", { n(34), s("数据分析"), n(1) } }
                                     << QStringLiteral(
                                            "bought by 34 members who also bought 《数据分析》 (and linked to 1 "
                                            "more of their products)")
                                     << QStringLiteral(
                                            "买过《数据分析》的会员中有 34 位也买了它（另与其 1 件已购商品相关）");
        QTest::newRow("user neighbours") << Reason { "recommend.user_knn_neighbours", { n(3), n(10) } }
                                         << QStringLiteral("bought by 3 of their 10 most similar members")
                                         << QStringLiteral("与其最相似的 10 位会员中有 3 位买过");
        QTest::newRow("user one neighbour")
            << Reason { "recommend.user_knn_neighbours", { n(1), n(1) } }
            << QStringLiteral("bought by their most similar member") << QStringLiteral("与其最相似的会员买过");
        QTest::newRow("user") << Reason { "recommend.user_knn", { n(2) } }
                              << QStringLiteral("bought by 2 members with purchases like theirs")
                              << QStringLiteral("2 位购买习惯相近的会员买过");
        QTest::newRow("content") << Reason { "recommend.content", { s("Python 入门"), n(1), s("python"), s("入门") } }
                                 << QStringLiteral(
                                        "similar to 《Python 入门》 which they completed (shared: python, 入门)")
                                 << QStringLiteral("与其学完的《Python 入门》相似（共同关键词：python、入门）");
        QTest::newRow("content bought") << Reason { "recommend.content", { s("数据分析"), n(0) } }
                                        << QStringLiteral("similar to 《数据分析》 which they bought")
                                        << QStringLiteral("与其买过的《数据分析》相似");
        QTest::newRow("als") << Reason { "recommend.als", { s("数据分析") } }
                             << QStringLiteral("fits the pattern of their purchases; closest to 《数据分析》")
                             << QStringLiteral("符合其购买偏好，与《数据分析》最接近");
        QTest::newRow("channel") << Reason { "cold_start.channel", { s("抖音"), n(2) } }
                                 << QStringLiteral("new member: popular with new members from 抖音 (2 started with it)")
                                 << QStringLiteral("新会员：在来自抖音的新会员中受欢迎（2 人以它入门）");
        QTest::newRow("cold popular one")
            << Reason { "cold_start.popular", { n(1) } }
            << QStringLiteral("new member: popular across the community (bought by 1 member)")
            << QStringLiteral("新会员：全社群热门（1 位会员买过）");
        QTest::newRow("catalogue") << Reason { "cold_start.catalogue", {} }
                                   << QStringLiteral("new member: from the catalogue (nobody has bought it yet)")
                                   << QStringLiteral("新会员：来自商品目录（还没有人买过）");
    }

    void sentences()
    {
        QFETCH(Reason, reason);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        kinsight::test::checkSentences(reason, english, chinese);
    }

    void lists()
    {
        const std::vector<Reason> two { { "leader.replied_by", { n(4) } }, { "leader.bridges", { n(2) } } };
        QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("en"))));
        QCOMPARE(reasonsText(two), QStringLiteral("replied to by 4 distinct members; bridges 2 communities"));
        QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("zh_CN"))));
        QCOMPARE(reasonsText(two), QStringLiteral("收到 4 位会员的回复；连接 2 个圈子"));
        QCOMPARE(reasonsText({}), QString());
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestReasonText test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reasontext.moc"
