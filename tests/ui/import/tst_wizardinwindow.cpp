// The wizard as the dashboard uses it: File › Import… opens it over the window, a successful
// import reloads the window's database, in Chinese.

#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "core/store/database.h"
#include "resources/translations/translator.h"
#include "settingsfortest.h"
#include "ui/analysiscontroller.h"
#include "ui/import/importwizard.h"
#include "ui/import/runpage.h"
#include "ui/mainwindow.h"

using namespace kinsight;
using namespace kinsight::ui;

class TestWizardInWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString copied(const char* name)
    {
        const QString target = m_dir.filePath(QString::fromUtf8(name));
        QFile::copy(QStringLiteral(KINSIGHT_TEST_DATA_DIR "/wizard/") + QString::fromUtf8(name), target);
        return target;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        kinsight::test::useSettingsIn(m_dir, QStringLiteral("tst_wizardinwindow"));
    }

    void importFromTheFileMenuReloadsTheWindow()
    {
        setLanguageSetting(QStringLiteral("zh_CN"));
        QVERIFY(installTranslator(interfaceLocale()));

        const QString db = m_dir.filePath(QStringLiteral("window.kinsight"));
        QVERIFY(core::Database::open(QFile::encodeName(db).toStdString(), core::OpenMode::Create).ok());
        MainWindow window;
        QSignalSpy opened(window.controller(), &AnalysisController::databaseOpened);
        window.show();
        window.openDatabase(db);
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 1, 20000);

        window.importFiles();
        auto* wizard = window.findChild<ImportWizard*>();
        QVERIFY(wizard);
        QVERIFY(wizard->isVisible());
        QCOMPARE(wizard->windowTitle(), QStringLiteral("导入数据"));
        wizard->addFiles({ copied("会员导出.csv"), copied("商品.csv"), copied("订单.csv") });
        wizard->next();
        wizard->next();
        wizard->runPage()->startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->runPage()->isRunning(), 20000);
        QVERIFY(wizard->runPage()->succeeded());
        // The window reloads the database and shows the three members and two products imported.
        QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 2, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(window.membersLabel()->text().contains(QStringLiteral("3 位会员")), 20000);
        QVERIFY2(window.membersLabel()->text().contains(QStringLiteral("2 个商品")),
            qPrintable(window.membersLabel()->text()));

        const QString folder = qEnvironmentVariable("KINSIGHT_SCREENSHOT_DIR");
        if (!folder.isEmpty()) {
            wizard->grab().save(folder + QStringLiteral("/window-wizard-done.png"));
            window.grab().save(folder + QStringLiteral("/window-after-import.png"));
        }
        wizard->accept(); // Finish
        QTRY_VERIFY(!window.findChild<ImportWizard*>());
        setLanguageSetting({});
        installTranslator(QLocale(QLocale::English));
    }
};

QTEST_MAIN(TestWizardInWindow)
#include "tst_wizardinwindow.moc"
