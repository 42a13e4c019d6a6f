#include <QApplication>
#include <QDockWidget>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "core/demo/demo.h"
#include "resources/translations/translator.h"
#include "ui/mainwindow.h"
#include "ui/pages/memberspage.h"
#include "ui/thresholdspanel.h"
#include "uitestutil.h"

// The window on a laptop's screen (the offscreen platform with one screen of KINSIGHT_SCREEN_WIDTH × _HEIGHT,
// 1440×900 or 1280×800, set in main() below): on every page, in English and in Chinese, with the
// thresholds panel (and on the Members page the member's drawer) shown, its minimum width stays
// at most 1200 px, so that the size it opens at is not overridden, and it opens inside the screen.

using namespace kinsight;
using namespace kinsight::ui;

namespace {

constexpr int widestMinimum = 1200;
const QSize screenSize(KINSIGHT_SCREEN_WIDTH, KINSIGHT_SCREEN_HEIGHT);

QString describe(const QRect& r)
{
    return QStringLiteral("%1,%2 %3x%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}

/// The chain of widgets that sets `root`'s minimum width: at each level the child whose minimum
/// width is the largest (what to look at when the window grows too wide).
QString widestChain(const QWidget* root)
{
    QStringList chain;
    const QWidget* w = root;
    for (int depth = 0; w && depth < 12; ++depth) {
        chain << QStringLiteral("%1%2 %3")
                     .arg(QString::fromLatin1(w->metaObject()->className()),
                         w->objectName().isEmpty() ? QString() : QStringLiteral("#") + w->objectName())
                     .arg(std::max(w->minimumSizeHint().width(), w->minimumWidth()));
        const QWidget* next = nullptr;
        int widest = -1;
        for (const QWidget* child : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (child->isWindow() || child->isHidden())
                continue;
            const int width = std::max(child->minimumSizeHint().width(), child->minimumWidth());
            if (width > widest) {
                widest = width;
                next = child;
            }
        }
        w = next;
    }
    return chain.join(QStringLiteral(" > "));
}

} // namespace

class TestWindowSize : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("window/geometry"));
        QSettings().remove(QStringLiteral("window/state"));
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), screenSize);
    }

    void cleanup() { QVERIFY(installTranslator(QLocale(QLocale::English))); }

    void initialSize_data()
    {
        QTest::addColumn<QSize>("available");
        QTest::addColumn<QSize>("expected");
        // 1440×900 where it fits with room for the frame (16 × 48 px); less on smaller screens.
        QTest::newRow("1920x1040") << QSize(1920, 1040) << QSize(1440, 900);
        QTest::newRow("1456x948: just fits") << QSize(1456, 948) << QSize(1440, 900);
        QTest::newRow("1440x860: a 1440x900 screen with a panel") << QSize(1440, 860) << QSize(1424, 812);
        QTest::newRow("1440x900") << QSize(1440, 900) << QSize(1424, 852);
        QTest::newRow("1280x800") << QSize(1280, 800) << QSize(1264, 752);
        QTest::newRow("1280x760") << QSize(1280, 760) << QSize(1264, 712);
        QTest::newRow("tiny") << QSize(300, 200) << QSize(640, 480);
    }
    void initialSize()
    {
        QFETCH(QSize, available);
        QFETCH(QSize, expected);
        QCOMPARE(MainWindow::initialSize(available), expected);
    }

    void opensInsideTheScreen_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("page");
        for (const char* language : { "en", "zh_CN" }) {
            for (int page = 0; page < MainWindow::PageCount; ++page)
                QTest::addRow("%s page %d", language, page) << QString::fromLatin1(language) << page;
        }
    }
    void opensInsideTheScreen()
    {
        QFETCH(QString, language);
        QFETCH(int, page);
        QVERIFY(installTranslator(QLocale(language)));
        MainWindow w;
        // The demo's names, titles and channels, as an operator's data fills the pages.
        w.controller()->openCommunity(core::makeDemoCommunity({ 300, 7 }), QStringLiteral("demo"));
        QVERIFY(test::waitForIdle(w.controller()));
        w.showPage(page);
        if (page == MainWindow::Members) {
            w.membersPage()->showMember(0);
            QTRY_VERIFY(w.membersPage()->isDrawerOpen());
        }
        QDockWidget* dock = w.findChild<QDockWidget*>(QStringLiteral("thresholdsDock"));
        QVERIFY(dock && !dock->isHidden());
        QVERIFY2(w.minimumSizeHint().width() <= widestMinimum, qPrintable(widestChain(&w)));

        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(test::waitForIdle(w.controller()));
        const QRect available = w.screen()->availableGeometry();
        QVERIFY2(w.minimumSizeHint().width() <= widestMinimum, qPrintable(widestChain(&w)));
        // The size it was given, not one its contents pushed it to.
        QCOMPARE(w.size(), MainWindow::initialSize(available.size()));
        QVERIFY2(available.contains(w.frameGeometry()), qPrintable(describe(w.frameGeometry())));
        // The thresholds panel whole inside the window.
        QVERIFY(dock->isVisible());
        QVERIFY2(w.rect().contains(QRect(dock->mapTo(&w, QPoint(0, 0)), dock->size())),
            qPrintable(describe(QRect(dock->mapTo(&w, QPoint(0, 0)), dock->size()))));
        if (page == MainWindow::Members)
            QVERIFY(w.membersPage()->drawer()->isVisible());
    }

    void savedOnALargerScreen()
    {
        // A geometry saved on a 2560-px screen is fitted to this one.
        {
            MainWindow big;
            big.resize(2400, 1300);
            QSettings().setValue(QStringLiteral("window/geometry"), big.saveGeometry());
        }
        MainWindow w;
        QVERIFY(w.width() <= screenSize.width());
        QVERIFY(w.height() <= screenSize.height());
        QSettings().remove(QStringLiteral("window/geometry"));
    }
};

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" KINSIGHT_TEST_DATA_DIR "/window/" KINSIGHT_SCREEN_CONFIG);
    QApplication app(argc, argv);
    TestWindowSize test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowsize.moc"
