#include "ui/report/reportexport.h"

#include <memory>

#include <QApplication>
#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUrl>

#include "core/report/pseudonym.h"
#include "core/report/reportbuilder.h"
#include "core/text/messagetext.h"
#include "resources/translations/translator.h"
#include "ui/analysiscontroller.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/report/reportexportdialog.h"
#include "ui/report/reportwriters.h"

namespace kinsight::ui {

namespace {

/// The interface's language as a report language (`en` when it has no report translation).
QString interfaceReportLanguage()
{
    const QString l = canonicalReportLanguage(interfaceLocale().name());
    return l.isEmpty() ? QStringLiteral("en") : l;
}

/// Swallows LanguageChange while the report's translation is swapped in and out: a report in
/// another language than the interface's must not rebuild the window in that language.
class LanguageChangeBlocker : public QObject {
public:
    LanguageChangeBlocker() { qApp->installEventFilter(this); }
    ~LanguageChangeBlocker() override { qApp->removeEventFilter(this); }
    LanguageChangeBlocker(const LanguageChangeBlocker&) = delete;
    LanguageChangeBlocker& operator=(const LanguageChangeBlocker&) = delete;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        return event->type() == QEvent::LanguageChange || QObject::eventFilter(watched, event);
    }
};

/// Installs the report translation of `language` (and the interface translation of the same
/// language, which the report's labels use) without a LanguageChange reaching the window.
void useLanguage(const QString& language)
{
    const LanguageChangeBlocker blocker;
    (void)installReportTranslator(language);
}

QString formatFilter(ReportFormat format)
{
    switch (format) {
    case ReportFormat::Html:
        return QObject::tr("Web page (*.html)");
    case ReportFormat::Xlsx:
        return QObject::tr("Excel workbook (*.xlsx)");
    case ReportFormat::Pdf:
    case ReportFormat::Csv:
        break;
    }
    return QObject::tr("PDF document (*.pdf)");
}

class ReportNotice : public QFrame {
public:
    ReportNotice(const QString& path, QWidget* parent)
        : QFrame(parent)
    {
        setObjectName(QStringLiteral("reportNotice"));
        auto* row = new QHBoxLayout(this);
        row->setContentsMargins(4, 0, 4, 0);
        row->setSpacing(4);
        auto* label = new QLabel(QObject::tr("Report written: %1").arg(QFileInfo(path).fileName()), this);
        label->setToolTip(QDir::toNativeSeparators(path));
        row->addWidget(label);
        auto* open = new QToolButton(this);
        open->setObjectName(QStringLiteral("openReport"));
        open->setText(QObject::tr("Open"));
        open->setToolTip(QObject::tr("Open the report in the program that shows this kind of file"));
        connect(open, &QToolButton::clicked, this,
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath())); });
        row->addWidget(open);
        auto* folder = new QToolButton(this);
        folder->setObjectName(QStringLiteral("showReportFolder"));
        folder->setText(QObject::tr("Show in folder"));
        folder->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        connect(folder, &QToolButton::clicked, this,
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath())); });
        row->addWidget(folder);
        auto* close = new QToolButton(this);
        close->setObjectName(QStringLiteral("dismissReportNotice"));
        close->setText(QStringLiteral("\u2715"));
        close->setAutoRaise(true);
        close->setToolTip(QObject::tr("Dismiss"));
        connect(close, &QToolButton::clicked, this, &QObject::deleteLater);
        row->addWidget(close);
        // Out of the way after a while; the file stays where it was written.
        QTimer::singleShot(5 * 60 * 1000, this, &QObject::deleteLater);
    }
};

} // namespace

void showReportWritten(MainWindow& window, const QString& path)
{
    delete window.statusBar()->findChild<QFrame*>(QStringLiteral("reportNotice"));
    window.statusBar()->addPermanentWidget(new ReportNotice(path, window.statusBar()));
}

void exportReport(MainWindow& window)
{
    const QString db = window.controller()->databasePath();
    if (db.isEmpty())
        return;
    auto* dialog = new ReportExportDialog(&window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, &window, [&window, dialog, db] {
        const ReportExportChoices choices = dialog->choices();
        const QString name = QFileInfo(db).completeBaseName();
        askSaveFile(&window, QObject::tr("Export report"), name + QStringLiteral("-report.") + choices.suffix(),
            formatFilter(choices.format),
            [&window, choices](const QString& path) { exportReportTo(window, choices, path); });
    });
    dialog->open(); // window-modal, without a nested event loop
}

void exportReportTo(MainWindow& window, const ReportExportChoices& choices, const QString& chosen)
{
    const QString db = window.controller()->databasePath();
    if (db.isEmpty())
        return;
    // The file is in the chosen format: a name without a report suffix gets it.
    QString path = chosen;
    const auto format = reportFormatOf(path);
    if (!format || *format == ReportFormat::Csv)
        path += QLatin1Char('.') + choices.suffix();
    const QString name = QFileInfo(db).completeBaseName();
    const QString language = choices.reportLanguage();
    const QString interface = interfaceReportLanguage();
    // Headings in the report's language. The translation is the application's, so while a report
    // in the other language is made the window keeps its texts (no LanguageChange) and gets its
    // own translation back when the job ends.
    useLanguage(language);
    // The job's end gives the interface's translation back; so does another database opened
    // meanwhile (the job's outcome is then dropped).
    struct Restore {
        bool pending = true;
        QMetaObject::Connection opened;
    };
    auto restore = std::make_shared<Restore>();
    auto restoreLanguage = [restore, language, interface] {
        if (!restore->pending)
            return;
        restore->pending = false;
        QObject::disconnect(restore->opened);
        if (language != interface)
            useLanguage(interface);
    };
    restore->opened = QObject::connect(
        window.controller(), &AnalysisController::databaseOpened, window.controller(), restoreLanguage);
    QPointer<MainWindow> guard(&window);
    window.controller()->runAnalysisJob(
        QObject::tr("Writing the report"),
        [db, name, path, language, choices](
            core::Analysis& analysis, const core::TaskControl& control) -> core::Status {
            core::ReportOptions options;
            options.community = name;
            options.source = db;
            options.language = language;
            options.sections = choices.sections;
            options.includePersonalData = choices.personalData;
            if (!options.includePersonalData) {
                auto key = core::Pseudonymizer::forDatabaseFile(db.toStdString());
                if (!key)
                    return key.failure();
                options.pseudonymizer = std::move(*key);
            }
            const bool recommendations
                = (choices.sections & core::reportSectionBit(core::ReportSectionKind::Recommendations)) != 0;
            if (recommendations && !analysis.results()->evaluation
                && analysis.community().memberCount() <= core::autoEvaluationMembers) {
                if (auto evaluated = analysis.evaluate(control.slice(0, 0.6)); !evaluated)
                    return evaluated.failure();
            }
            auto report = core::buildReport(*analysis.results(), options, control.slice(0.6, 0.8));
            if (!report)
                return report.failure();
            return writeReport(*report, path);
        },
        [guard, path, choices, restoreLanguage](const core::Status& status) {
            restoreLanguage();
            if (!guard)
                return;
            MainWindow& window = *guard;
            if (status.ok()) {
                showReportWritten(window, path);
                if (choices.openWhenDone)
                    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()));
            } else if (!status.cancelled()) { // cancelling is the operator's own choice: nothing to say
                showMessage(&window, QObject::tr("Export report"),
                    QObject::tr("The report could not be written to %1:\n%2")
                        .arg(QDir::toNativeSeparators(path), core::errorText(status.failure())),
                    true);
            }
        });
}

} // namespace kinsight::ui
