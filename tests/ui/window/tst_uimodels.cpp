#include <cmath>

#include <QAbstractItemModelTester>
#include <QTest>

#include "../../core/analysis/fixture.h"
#include "core/analysis/analysis.h"
#include "ui/format.h"
#include "ui/models/heatmapmodel.h"
#include "ui/models/membertablemodel.h"
#include "ui/models/rowsmodel.h"
#include "ui/pages/recommendationspage.h"

using namespace kinsight;
using namespace kinsight::ui;

namespace {

std::shared_ptr<const core::AnalysisResults> analysed()
{
    static const auto results = [] {
        core::Analysis a(test::tinyCommunity());
        if (!a.update({}).ok())
            qFatal("analysis failed");
        return a.results();
    }();
    return results;
}

} // namespace

class TestUiModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("money") << fmt::money(1234500, "CNY") << QStringLiteral("¥12,345.00");
        QTest::newRow("money small") << fmt::money(5, "CNY") << QStringLiteral("¥0.05");
        QTest::newRow("money usd") << fmt::money(-1999, "USD") << QStringLiteral("-$19.99");
        QTest::newRow("money units") << fmt::moneyUnits(99.5, "CNY") << QStringLiteral("¥99.50");
        QTest::newRow("percent") << fmt::percent(0.1234) << QStringLiteral("12.3%");
        QTest::newRow("percent nan") << fmt::percent(std::nan("")) << QStringLiteral("—");
        QTest::newRow("count") << fmt::count(1234567) << QStringLiteral("1,234,567");
        QTest::newRow("change count") << fmt::changeCount(2) << QStringLiteral("+2");
        QTest::newRow("change points") << fmt::changePoints(0.012) << QStringLiteral("+1.2 pp");
        QTest::newRow("relative") << fmt::changeRelative(4, 2) << QStringLiteral("+100.0%");
        QTest::newRow("relative from zero") << fmt::changeRelative(4, 0) << QStringLiteral("—");
    }
    void formats()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void memberModel()
    {
        MemberTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(analysed());
        QCOMPARE(model.rowCount(), 0);
        model.setRows(std::make_shared<const std::vector<core::Index>>(std::vector<core::Index> { 1, 0, 3 }));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), core::memberColumnCount);
        // Row 0 is u2 (李四): one paid order of ¥99.00, last active 2026-02-25.
        auto cell = [&](int row, core::MemberColumn c) { return model.index(row, static_cast<int>(c)).data(); };
        QCOMPARE(cell(0, core::MemberColumn::Id).toString(), QStringLiteral("u2"));
        QCOMPARE(cell(0, core::MemberColumn::Name).toString(), QStringLiteral("李四"));
        QCOMPARE(cell(0, core::MemberColumn::Revenue).toString(), QStringLiteral("¥99.00"));
        QCOMPARE(model.index(0, static_cast<int>(core::MemberColumn::Revenue)).data(Qt::UserRole).toLongLong(), 9900);
        QCOMPARE(cell(0, core::MemberColumn::PaidOrders).toString(), QStringLiteral("1"));
        QCOMPARE(cell(0, core::MemberColumn::LastActive).toString(), QStringLiteral("2026-02-25"));
        QCOMPARE(cell(0, core::MemberColumn::Lifecycle).toString(), QStringLiteral("Dormant"));
        // u1: ¥99.00 + ¥299.00.
        QCOMPARE(cell(1, core::MemberColumn::Revenue).toString(), QStringLiteral("¥398.00"));
        QCOMPARE(model.index(2, 0).data(MemberTableModel::MemberRole).toInt(), 3);
        // The churn-risk cell's short names come with the states in full in the tooltip.
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex churn = model.index(row, static_cast<int>(core::MemberColumn::ChurnRisk));
            const QString shown = churn.data().toString();
            const QString full = churn.data(Qt::ToolTipRole).toString();
            QCOMPARE(shown.isEmpty(), full.isEmpty());
            QCOMPARE(shown.contains(QStringLiteral("Silent")), full.contains(QStringLiteral("silent for at least")));
        }
        // Sorting is asked of the page, never done here.
        int asked = -1;
        connect(&model, &MemberTableModel::sortRequested, this, [&](int column, Qt::SortOrder) { asked = column; });
        model.sort(static_cast<int>(core::MemberColumn::Revenue), Qt::DescendingOrder);
        QCOMPARE(asked, static_cast<int>(core::MemberColumn::Revenue));
        // New results of the same snapshot keep the rows.
        model.setResults(analysed());
        QCOMPARE(model.rowCount(), 3);
    }

    void heatmapModel()
    {
        HeatmapModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMatrix(analysed()->retention, "CNY", false);
        const core::RetentionMatrix& m = *analysed()->retention;
        QCOMPARE(model.rowCount(), static_cast<int>(m.rows.size()) + 1);
        QCOMPARE(model.columnCount(), 2 + m.periods);
        // Cohorts 2026-01 (u1, u2), 2026-02 (u3), 2026-03 (u4). January: both active in month 0
        // (u1's order, u2's trial): 100.0%; month 1 (February): u2 only: 50.0%; month 2
        // (March): u1 only: 50.0%.
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("2026-01"));
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("2"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("100.0%"));
        QCOMPARE(model.index(0, 3).data().toString(), QStringLiteral("50.0%"));
        QCOMPARE(model.index(0, 4).data().toString(), QStringLiteral("50.0%"));
        // March's cohort has only period 0: later cells are blank, not zero.
        QCOMPARE(model.index(2, 3).data().toString(), QString());
        QVERIFY(std::isnan(model.index(2, 3).data(Qt::UserRole).toDouble()));
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("Mean"));
        model.setMatrix(nullptr, "CNY", false);
        QCOMPARE(model.rowCount(), 0);
    }

    void methodRanking()
    {
        // Best by NDCG: item-knn (0.30), then ease (0.25), popular (0.10); item-knn's hit rate
        // 0.42 is 0.42 / 0.20 = 2.1 times popular's.
        std::vector<core::MethodMetrics> rows(3);
        rows[0].method = core::Method::Popular;
        rows[0].members = 100;
        rows[0].hitRate = 0.20;
        rows[0].ndcg = 0.10;
        rows[1].method = core::Method::ItemKnn;
        rows[1].members = 100;
        rows[1].hitRate = 0.42;
        rows[1].ndcg = 0.30;
        rows[2].method = core::Method::Ease;
        rows[2].members = 100;
        rows[2].hitRate = 0.40;
        rows[2].ndcg = 0.25;
        QCOMPARE(RecommendationsPage::rankingText(rows),
            QStringLiteral("For your community, 'bought together' finds the next purchase 2.1× as often as 'most "
                           "popular'. Then, best first: whole-catalogue patterns (EASE), most popular."));
        rows[0].hitRate = 0.0;
        QVERIFY(RecommendationsPage::rankingText(rows).contains(QStringLiteral("'most popular' never")));
        for (auto& r : rows)
            r.members = 0;
        QVERIFY(RecommendationsPage::rankingText(rows).startsWith(QStringLiteral("Nobody has two purchases")));
    }

    void autoChoiceText()
    {
        // Validation figures of three methods on 200 members: user-kNN best (weighted NDCG 0.41),
        // EASE second (0.40); hit rates 0.63 and popular's 0.30, so 0.63 / 0.30 = 2.1×.
        core::AutoChoice choice;
        choice.method = core::Method::UserKnn;
        choice.k = 10;
        choice.folds = 3;
        choice.validationMembers = 200;
        for (const auto& [method, hit, ndcg] : { std::tuple { core::Method::Popular, 0.30, 0.15 },
                 std::tuple { core::Method::UserKnn, 0.63, 0.41 }, std::tuple { core::Method::Ease, 0.60, 0.40 } }) {
            core::MethodMetrics m;
            m.method = method;
            m.members = 200;
            m.hitRate = hit;
            m.ndcg = ndcg;
            choice.validation.push_back(m);
            choice.weightedNdcg.push_back(ndcg);
        }
        QCOMPARE(RecommendationsPage::autoChoiceText(choice),
            QStringLiteral("Chosen automatically: 'members like them'. Replaying each member's second-latest purchase "
                           "(200 member(s)), it found it best: NDCG@10 0.410, ahead of 'whole-catalogue patterns "
                           "(EASE)' (0.400); it finds that purchase 2.1× as often as 'most popular'."));
        choice.validationMembers = 0;
        QVERIFY(RecommendationsPage::autoChoiceText(choice).contains(QStringLiteral("Nobody has three purchases")));
    }

    void rowsModel()
    {
        RowsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({ QStringLiteral("a"), QStringLiteral("b") },
            { { { QStringLiteral("x"), 1, {}, {} }, { QStringLiteral("¥1.00"), 100, {}, {} } } }, { 1 });
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 1).data().toString(), QStringLiteral("¥1.00"));
        QCOMPARE(model.index(0, 1).data(Qt::UserRole).toInt(), 100);
        QCOMPARE(model.index(0, 1).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight, Qt::AlignRight);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestUiModels)
#include "tst_uimodels.moc"
