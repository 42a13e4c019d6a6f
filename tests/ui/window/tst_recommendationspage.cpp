// The Recommendations page: the automatic choice, the evaluation and the comparison of two settings
// computed in the background on open, the choice applied to the lists; "Who should I offer this product to?" with its
// CSV export.

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "core/actions/audience.h"
#include "core/demo/demo.h"
#include "core/recommend/evaluation.h"
#include "core/text/labels.h"
#include "ui/analysiscontroller.h"
#include "ui/mainwindow.h"
#include "ui/models/rowsmodel.h"
#include "ui/pages/memberspage.h"
#include "ui/pages/recommendationspage.h"
#include "uitestutil.h"

using namespace kinsight;
using test::waitForIdle;

class TestRecommendationsPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void automaticChoiceAndAudience()
    {
        const core::CommunityPtr community = core::makeDemoCommunity({ 3000, 42 });
        ui::MainWindow w;
        w.resize(1280, 800);
        w.show();
        w.controller()->openCommunity(community, QStringLiteral("demo"));
        QVERIFY(waitForIdle(w.controller()));
        ui::RecommendationsPage* page = w.recommendationsPage();
        // Nothing was asked for while the page was hidden.
        QCOMPARE(page->evaluation()->rowCount(), 0);

        // Opening the page starts the automatic choice and the evaluation in the background.
        w.showPage(ui::MainWindow::Recommendations);
        QVERIFY(waitForIdle(w.controller(), 300000));
        QTRY_COMPARE_WITH_TIMEOUT(page->evaluation()->rowCount(), static_cast<int>(core::allMethods.size()), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(page->autoInfo()->text().startsWith(QStringLiteral("Chosen automatically: '")), 5000);
        // The same choice as the core's (and `kinsight recommend`'s), applied to the lists.
        const auto expected = core::chooseMethod(community, w.controller()->thresholds().rank);
        QVERIFY(expected.ok());
        QVERIFY(waitForIdle(w.controller()));
        QCOMPARE(w.controller()->thresholds().method, expected->method);
        auto* combo = page->findChild<QComboBox*>();
        QVERIFY(combo);
        QCOMPARE(combo->currentIndex(), 0);
        QCOMPARE(combo->currentText(), QStringLiteral("Automatic: %1").arg(core::label::method(expected->method)));
        QVERIFY(!page->ranking()->text().isEmpty());
        // The comparison of two settings ran too, without a click: the paired test's verdict is shown.
        QTRY_VERIFY_WITH_TIMEOUT(page->compareButton()->isEnabled(), 5000);
        QVERIFY2(page->abResult()->text().contains(QStringLiteral("paired t =")), qPrintable(page->abResult()->text()));

        // Who should I offer the best-selling product to? Never a member who has it.
        const core::Index product = 0;
        QVERIFY(!page->showAudience(QStringLiteral("no-such-product")));
        QVERIFY(page->showAudience(community->products.ids.qstring(product)));
        QVERIFY(waitForIdle(w.controller()));
        QTRY_VERIFY_WITH_TIMEOUT(page->audience()->rowCount() > 0, 5000);
        const int rows = page->audience()->rowCount();
        QVERIFY(rows <= core::defaultAudienceSize);
        for (int r = 0; r < rows; ++r) {
            const QString id = page->audience()->index(r, 1).data().toString();
            const core::Index m = community->findMember(id.toStdString());
            QVERIFY(m != core::noIndex);
            QVERIFY2(!core::holdsProduct(*community, m, product), qPrintable(id));
        }
        // The same members as the core's audience by the method the page uses, in the same order.
        auto recommender = core::Recommender::forCommunity(community);
        QVERIFY(recommender->prepare(expected->method).ok());
        const auto audience = core::computeAudience(*recommender, expected->method, product);
        QVERIFY(audience.ok());
        QCOMPARE(static_cast<int>(audience->size()), rows);
        QCOMPARE(
            page->audience()->index(0, 1).data().toString(), community->members.ids.qstring(audience->front().member));

        // A product's context menu elsewhere (the member's recommendations) opens the same list.
        w.showPage(ui::MainWindow::Members);
        Q_EMIT w.membersPage()->offerProduct(community->products.ids.qstring(1));
        QCOMPARE(w.currentPage(), int(ui::MainWindow::Recommendations));
        QVERIFY(waitForIdle(w.controller()));
        QTRY_VERIFY_WITH_TIMEOUT(page->audience()->rowCount() > 0, 5000);
        const auto second = core::computeAudience(*recommender, expected->method, 1);
        QVERIFY(second.ok() && !second->empty());
        QCOMPARE(
            page->audience()->index(0, 1).data().toString(), community->members.ids.qstring(second->front().member));
        QVERIFY(page->showAudience(community->products.ids.qstring(product)));
        QVERIFY(waitForIdle(w.controller()));
        QTRY_COMPARE_WITH_TIMEOUT(page->audience()->rowCount(), rows, 5000);

        // Export as `kinsight audience` prints it.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audience.csv"));
        QVERIFY(page->exportAudienceCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.value(0).trimmed(), QByteArray("rank,member_id,name,score,reason"));
        QCOMPARE(lines.size(), rows + 1);
        const QByteArray first = QByteArray("1,") + community->members.ids.qstring(audience->front().member).toUtf8();
        QVERIFY(lines.value(1).startsWith(QByteArray(first + ",")));
    }
};

QTEST_MAIN(TestRecommendationsPage)
#include "tst_recommendationspage.moc"
