// File › Export report…: the dialog's choices (defaults, the settings round trip, no report
// without a section) and the notice that replaces the modal "Wrote …".

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "core/demo/demo.h"
#include "core/store/database.h"
#include "resources/translations/translator.h"
#include "tests/ui/window/uitestutil.h"
#include "ui/mainwindow.h"
#include "ui/report/reportexport.h"
#include "ui/report/reportexportdialog.h"

using namespace kinsight;
using core::ReportSectionKind;
using ui::ReportExportChoices;
using ui::ReportExportDialog;

Q_DECLARE_METATYPE(ReportExportChoices)

namespace {

/// Counts the LanguageChange events a widget gets (each would rebuild the window's texts).
class LanguageChanges : public QObject {
public:
    int count = 0;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::LanguageChange)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestReportExport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().remove(QStringLiteral("reportExport")); }

    void defaults()
    {
        // Nothing saved yet: PDF in the interface's language, every section, no personal data.
        const ReportExportChoices c = ReportExportChoices::load();
        QCOMPARE(c, ReportExportChoices {});
        QCOMPARE(c.format, ui::ReportFormat::Pdf);
        QVERIFY(c.language.isEmpty());
        QCOMPARE(c.sections, core::allReportSections);
        QVERIFY(!c.personalData);
        QVERIFY(!c.openWhenDone);
        ReportExportDialog dialog;
        QVERIFY(!dialog.personalDataBox()->isChecked());
        QVERIFY(!dialog.openWhenDoneBox()->isChecked());
        QCOMPARE(dialog.formatBox()->count(), 3);
        QCOMPARE(dialog.languageBox()->count(), 3); // the interface's, English, 简体中文
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
        for (int k = 0; k < core::reportSectionCount; ++k)
            QVERIFY(dialog.sectionBox(static_cast<ReportSectionKind>(k))->isChecked());
        QCOMPARE(dialog.choices(), c);
    }

    void roundTrip_data()
    {
        QTest::addColumn<ReportExportChoices>("choices");
        ReportExportChoices html;
        html.format = ui::ReportFormat::Html;
        html.language = QStringLiteral("zh_CN");
        html.sections
            = core::reportSectionBit(ReportSectionKind::Summary) | core::reportSectionBit(ReportSectionKind::Members);
        html.personalData = true;
        QTest::newRow("HTML in Chinese, two sections, personal data") << html;
        ReportExportChoices xlsx;
        xlsx.format = ui::ReportFormat::Xlsx;
        xlsx.language = QStringLiteral("en");
        xlsx.sections = core::reportSectionBit(ReportSectionKind::Recommendations);
        xlsx.openWhenDone = true;
        QTest::newRow("XLSX in English, open when done") << xlsx;
    }

    void roundTrip()
    {
        QFETCH(ReportExportChoices, choices);
        {
            // Set through the widgets, as the operator does, then accepted: saved.
            ReportExportDialog dialog;
            dialog.formatBox()->setCurrentIndex(dialog.formatBox()->findData(static_cast<int>(choices.format)));
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(choices.language));
            for (int k = 0; k < core::reportSectionCount; ++k) {
                const auto kind = static_cast<ReportSectionKind>(k);
                dialog.sectionBox(kind)->setChecked((choices.sections & core::reportSectionBit(kind)) != 0);
            }
            dialog.personalDataBox()->setChecked(choices.personalData);
            dialog.openWhenDoneBox()->setChecked(choices.openWhenDone);
            QCOMPARE(dialog.choices(), choices);
            dialog.accept();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QCOMPARE(ReportExportChoices::load(), choices);
        // The next dialog opens on them.
        ReportExportDialog again;
        QCOMPARE(again.choices(), choices);
        QCOMPARE(again.personalDataBox()->isChecked(), choices.personalData);
        // Cancelled: nothing saved.
        again.personalDataBox()->setChecked(!choices.personalData);
        again.reject();
        QCOMPARE(ReportExportChoices::load(), choices);
    }

    void reportLanguage()
    {
        ReportExportChoices c;
        c.language = QStringLiteral("zh_CN");
        QCOMPARE(c.reportLanguage(), QStringLiteral("zh_CN"));
        c.language = QStringLiteral("en");
        QCOMPARE(c.reportLanguage(), QStringLiteral("en"));
        QCOMPARE(c.suffix(), QStringLiteral("pdf"));
    }

    void aSectionIsNeeded()
    {
        ReportExportDialog dialog;
        auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        for (int k = 0; k < core::reportSectionCount; ++k)
            dialog.sectionBox(static_cast<ReportSectionKind>(k))->setChecked(false);
        QVERIFY(!ok->isEnabled());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(ReportExportChoices::load().sections, core::allReportSections);
        dialog.sectionBox(ReportSectionKind::Network)->setChecked(true);
        QVERIFY(ok->isEnabled());
    }

    void unknownSettingsFallBack()
    {
        QSettings s;
        s.setValue(QStringLiteral("reportExport/format"), QStringLiteral("docx"));
        s.setValue(QStringLiteral("reportExport/language"), QStringLiteral("fr"));
        s.setValue(QStringLiteral("reportExport/sections"), QStringLiteral("charts"));
        const ReportExportChoices c = ReportExportChoices::load();
        QCOMPARE(c.format, ui::ReportFormat::Pdf);
        QVERIFY(c.language.isEmpty());
        QCOMPARE(c.sections, core::allReportSections);
    }

    void fitsInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }

    void fitsInBothLanguages()
    {
        // A small dialog: every choice readable at its natural size, in both languages.
        // KINSIGHT_SCREENSHOTS=DIR keeps a picture of it for a look.
        QFETCH(QString, language);
        QVERIFY(ui::installTranslator(QLocale(language)) || language == QLatin1String("en"));
        {
            ReportExportDialog dialog;
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY2(dialog.width() <= 640, qPrintable(QString::number(dialog.width())));
            for (QCheckBox* box : dialog.findChildren<QCheckBox*>())
                QVERIFY2(box->width() >= box->sizeHint().width(), qPrintable(box->text()));
            if (language == QLatin1String("zh_CN"))
                QCOMPARE(dialog.windowTitle(), QStringLiteral("导出报告"));
            const QString dir = qEnvironmentVariable("KINSIGHT_SCREENSHOTS");
            if (!dir.isEmpty())
                QVERIFY(
                    dialog.grab().save(dir + QStringLiteral("/export-dialog-") + language + QStringLiteral(".png")));
        }
        ui::installTranslator(QLocale(QStringLiteral("en")));
    }

    void exportFromTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("summaryTitle");
        QTest::newRow("interface language") << QString() << QStringLiteral("Summary");
        QTest::newRow("Chinese from an English window") << QStringLiteral("zh_CN") << QStringLiteral("摘要");
    }

    void exportFromTheWindow()
    {
        // The demo at 300 members, opened in the window; the report of two sections as HTML, to a
        // name without a suffix: the format's is added. No message box, a notice; a report in the
        // other language leaves the window in its own.
        QFETCH(QString, language);
        QFETCH(QString, summaryTitle);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(QStringLiteral("demo.kinsight"));
        {
            auto opened = core::Database::open(db.toStdString(), core::OpenMode::Create);
            QVERIFY(opened.ok());
            core::DemoOptions options;
            options.members = 300;
            QVERIFY(core::writeDemoDatabase(**opened, options).ok());
        }
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.openDatabase(db);
        QVERIFY(test::waitForIdle(window.controller()));
        ReportExportChoices choices;
        choices.format = ui::ReportFormat::Html;
        choices.language = language;
        choices.sections
            = core::reportSectionBit(ReportSectionKind::Summary) | core::reportSectionBit(ReportSectionKind::Members);
        const QString title = window.windowTitle();
        LanguageChanges changes;
        window.installEventFilter(&changes);
        ui::exportReportTo(window, choices, dir.filePath(QStringLiteral("out")));
        QVERIFY(test::waitForIdle(window.controller()));
        const QString path = dir.filePath(QStringLiteral("out.html"));
        QTRY_VERIFY(window.statusBar()->findChild<QFrame*>(QStringLiteral("reportNotice")));
        // At 1280 px the notice and its buttons are shown whole.
        auto* notice = window.statusBar()->findChild<QFrame*>(QStringLiteral("reportNotice"));
        QTRY_VERIFY(notice->isVisible());
        QTRY_VERIFY2(notice->width() >= notice->sizeHint().width(), qPrintable(QString::number(notice->width())));
        if (const QString shots = qEnvironmentVariable("KINSIGHT_SCREENSHOTS"); !shots.isEmpty())
            QVERIFY(window.grab().save(shots + QStringLiteral("/export-notice-")
                + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'))
                + QStringLiteral(".png")));
        QVERIFY(QFile::exists(path));
        QVERIFY(QApplication::activeModalWidget() == nullptr);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QStringLiteral("<section id=\"summary\">")));
        QVERIFY(html.contains(QStringLiteral("<section id=\"members\">")));
        QVERIFY(!html.contains(QStringLiteral("<section id=\"network\">")));
        QVERIFY(html.contains(QStringLiteral("<h2>") + summaryTitle + QStringLiteral("</h2>")));
        // The window speaks English again (and never rebuilt itself in Chinese meanwhile).
        QCoreApplication::processEvents();
        QCOMPARE(changes.count, 0);
        QCOMPARE(window.windowTitle(), title);
        QCOMPARE(QCoreApplication::translate("kinsight::ui::TodayList", "Today"), QStringLiteral("Today"));
    }

    void noticeInsteadOfAMessageBox()
    {
        ui::MainWindow window;
        ui::showReportWritten(window, QStringLiteral("/tmp/reports/community-report.pdf"));
        auto* notice = window.statusBar()->findChild<QFrame*>(QStringLiteral("reportNotice"));
        QVERIFY(notice);
        QVERIFY(notice->findChild<QToolButton*>(QStringLiteral("openReport")));
        QVERIFY(notice->findChild<QToolButton*>(QStringLiteral("showReportFolder")));
        // A later export replaces it; the close button dismisses it.
        ui::showReportWritten(window, QStringLiteral("/tmp/reports/second.html"));
        QCOMPARE(window.statusBar()->findChildren<QFrame*>(QStringLiteral("reportNotice")).size(), 1);
        auto* second = window.statusBar()->findChild<QFrame*>(QStringLiteral("reportNotice"));
        QTest::mouseClick(second->findChild<QToolButton*>(QStringLiteral("dismissReportNotice")), Qt::LeftButton);
        QTRY_VERIFY(!window.statusBar()->findChild<QFrame*>(QStringLiteral("reportNotice")));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
