// File › Export report…: the dialog's choices (defaults, the settings round trip, no report
// without a section) and the notice that replaces the modal "Wrote …".

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QToolButton>

#include "ui/mainwindow.h"
#include "ui/report/reportexport.h"
#include "ui/report/reportexportdialog.h"

using namespace kinsight;
using core::ReportSectionKind;
using ui::ReportExportChoices;
using ui::ReportExportDialog;

Q_DECLARE_METATYPE(ReportExportChoices)

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
        html.sections = core::reportSectionBit(ReportSectionKind::Summary)
            | core::reportSectionBit(ReportSectionKind::Members);
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
