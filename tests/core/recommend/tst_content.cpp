#include <QTest>

#include "core/recommend/content.h"
#include "core/recommend/recommender.h"
#include "core/text/reasontext.h"
#include "fixtures.h"

using namespace kinsight::core;
using kinsight::test::day;

using Terms = std::vector<std::string>;

class TestContent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenizer_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Terms>("expected");
        QTest::newRow("bigrams") << QStringLiteral("数据分析") << Terms { "数据", "据分", "分析" };
        QTest::newRow("stop character splits")
            << QStringLiteral("AI时代的学习法") << Terms { "ai", "时代", "学习", "习法" };
        QTest::newRow("single character kept") << QStringLiteral("读 书") << Terms { "读", "书" };
        QTest::newRow("english stop words") << QStringLiteral("The Art of Writing") << Terms { "art", "writing" };
        QTest::newRow("c++ and 与") << QStringLiteral("C++ 与 Python 入门") << Terms { "c++", "python", "入门" };
        QTest::newRow("punctuation") << QStringLiteral("《写作课》：从0到1！") << Terms { "写作", "作课", "从", "到" };
        QTest::newRow("one-letter words dropped") << QStringLiteral("GPT-4 实战") << Terms { "gpt", "实战" };
        QTest::newRow("accents") << QStringLiteral("Café Société") << Terms { "café", "société" };
    }

    void tokenizer()
    {
        QFETCH(QString, text);
        QFETCH(Terms, expected);
        const QByteArray utf8 = text.toUtf8();
        QCOMPARE(tokenize(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size()))), expected);
    }

    void tfidfWeights()
    {
        CommunityBuilder b;
        b.addMember({ "m1", day(0), "", "", "", "", "", "" });
        b.addProduct({ "p1", "Python数据分析", ProductKind::Course, "", 100, "", "", noTimestamp });
        b.addProduct({ "p2", "数据可视化 with Python", ProductKind::Course, "", 100, "", "", noTimestamp });
        b.addProduct({ "p3", "写作的技巧", ProductKind::Course, "", 100, "", "写作", noTimestamp });
        const CommunityPtr c = b.build();
        const auto model = ContentModel::build(*c, {}, {});

        // Terms: p1 python, 数据, 据分, 分析; p2 数据, 据可, 可视, 视化, python ("with" is a stop
        // word); p3 写作 ×2 (title + tag), 技巧 (的 splits the run).
        // N = 3; idf(python) = idf(数据) = ln(3/2) = 0.405465, every other term ln(3) = 1.098612.
        // p1: |v| = sqrt(2·0.405465² + 2·1.098612²) = 1.656110
        //     python = 数据 = 0.405465 / 1.656110 = 0.244830; 据分 = 分析 = 1.098612 / 1.656110 = 0.663369
        // p2: |v| = sqrt(2·0.405465² + 3·1.098612²) = 1.987374
        //     python = 数据 = 0.204021; 据可 = 可视 = 视化 = 0.552796
        // p3: tf 写作 2, 技巧 1: |v| = ln3 · √5; 写作 = 2/√5 = 0.894427, 技巧 = 1/√5 = 0.447214
        // cos(p1, p2) = 2 · 0.244830 · 0.204021 = 0.099901; cos(p1, p3) = 0.
        const auto weight = [&](Index p, const char* term) {
            const Index t = model->findTerm(term);
            for (const auto& w : model->vectorOf(p)) {
                if (w.term == t)
                    return w.weight;
            }
            return 0.0;
        };
        const auto near = [](double a, double b) { return std::abs(a - b) < 1e-6; };
        QCOMPARE(model->termCount(), 9);
        QVERIFY(model->findTerm("with") == noIndex);
        QVERIFY(near(weight(0, "python"), 0.244830));
        QVERIFY(near(weight(0, "数据"), 0.244830));
        QVERIFY(near(weight(0, "分析"), 0.663369));
        QVERIFY(near(weight(1, "python"), 0.204021));
        QVERIFY(near(weight(1, "视化"), 0.552796));
        QVERIFY(near(weight(2, "写作"), 0.894427));
        QVERIFY(near(weight(2, "技巧"), 0.447214));
        QVERIFY(near(model->similarity(0, 1), 0.099901));
        QCOMPARE(model->similarity(0, 2), 0.0);
        QVERIFY(near(model->similarity(2, 2), 1.0));
        QCOMPARE(model->sharedTerms(0, 1, 5), (Terms { "python", "数据" }));
    }

    void contentScores()
    {
        // Products: p1 Python 入门, p2 Python 进阶, p3 写作入门, p4 写作进阶; terms python, 入门,
        // 进阶, 写作, 作入, 作进 (a bigram across 写作入门: 写作, 作入, 入门).
        // m1 holds p1. Profile = vector(p1); scores are cosines with p1.
        //   df: python 2, 入门 2, 进阶 2, 写作 2, 作入 1, 作进 1; N = 4: idf ln2 = 0.693147, ln4 = 1.386294
        //   p1 = (python ln2, 入门 ln2) → each 1/√2
        //   p2 = (python ln2, 进阶 ln2) → each 1/√2            cos(p1,p2) = 1/2
        //   p3 = (写作 ln2, 作入 ln4, 入门 ln2) → |.| = ln2·√6: 入门 = 1/√6   cos(p1,p3) = 1/√2 · 1/√6 = 0.288675
        //   p4 = (写作, 作进, 进阶): no term shared with p1 → 0, from the popularity fill.
        auto c = kinsight::test::purchases(
            2, 4, { { 1, 1, 1 }, { 2, 4, 1 } }, { "Python 入门", "Python 进阶", "写作入门", "写作进阶" });
        auto r = Recommender::forCommunity(c);
        QVERIFY(r->prepare(Method::Content).ok());
        const auto list = r->recommend(0, Method::Content, { 3, 0, 0.0, 0.5 });
        QCOMPARE(list.size(), size_t(3));
        QCOMPARE(list[0].product, 1);
        QVERIFY(std::abs(list[0].score - 0.5) < 1e-9);
        QCOMPARE(list[1].product, 2);
        QVERIFY(std::abs(list[1].score - 1.0 / std::sqrt(12.0)) < 1e-9);
        QCOMPARE(list[2].product, 3);
        QCOMPARE(list[2].kind, RecommendationKind::Filled);
        QCOMPARE(reasonText(list[0].reason),
            QStringLiteral("similar to 《Python 入门》 which they bought (shared: python)"));
    }
};

QTEST_GUILESS_MAIN(TestContent)
#include "tst_content.moc"
