#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include "ui/mainwindow.h"

// The window on a 1440×900 screen (the offscreen platform with a screen of that size, set in
// main() below): it opens inside the screen, thresholds panel included.

using namespace kinsight::ui;

class TestWindowSize : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("window/geometry"));
        QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), QSize(1440, 900));
    }

    void initialSize_data()
    {
        QTest::addColumn<QSize>("available");
        QTest::addColumn<QSize>("expected");
        // 1440×900 where it fits with room for the frame (16 × 48 px); less on smaller screens.
        QTest::newRow("1920x1040") << QSize(1920, 1040) << QSize(1440, 900);
        QTest::newRow("1456x948: just fits") << QSize(1456, 948) << QSize(1440, 900);
        QTest::newRow("1440x860: a 1440x900 screen with a panel") << QSize(1440, 860) << QSize(1424, 812);
        QTest::newRow("1440x900") << QSize(1440, 900) << QSize(1424, 852);
        QTest::newRow("1280x760") << QSize(1280, 760) << QSize(1264, 712);
        QTest::newRow("tiny") << QSize(300, 200) << QSize(640, 480);
    }
    void initialSize()
    {
        QFETCH(QSize, available);
        QFETCH(QSize, expected);
        QCOMPARE(MainWindow::initialSize(available), expected);
    }

    void opensInsideTheScreen()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QRect available = w.screen()->availableGeometry();
        QCOMPARE(w.size(), MainWindow::initialSize(available.size()));
        QVERIFY2(available.contains(w.frameGeometry()),
            qPrintable(QStringLiteral("%1,%2 %3x%4")
                           .arg(w.frameGeometry().x())
                           .arg(w.frameGeometry().y())
                           .arg(w.frameGeometry().width())
                           .arg(w.frameGeometry().height())));
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
        QVERIFY(w.width() <= 1440);
        QVERIFY(w.height() <= 900);
        QSettings().remove(QStringLiteral("window/geometry"));
    }
};

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" KINSIGHT_TEST_DATA_DIR "/window/screen-1440x900.json");
    QApplication app(argc, argv);
    TestWindowSize test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_windowsize.moc"
