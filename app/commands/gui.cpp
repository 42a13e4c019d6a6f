// kinsight [gui] [--db DB]: the dashboard window.

#include <QApplication>
#include <QFileInfo>
#include <QSettings>

#include "app/cli.h"
#include "app/command.h"
#include "ui/mainwindow.h"
#include "ui/theme.h"

#ifdef KINSIGHT_HAVE_IMPORT_WIZARD
#include "resources/translations/translator.h"
#include "ui/analysiscontroller.h"
#include "ui/import/importwizard.h"
#endif

#ifdef KINSIGHT_HAVE_REPORT_WRITERS
#include <QLocale>

#include "core/report/pseudonym.h"
#include "core/report/reportbuilder.h"
#include "core/text/messagetext.h"
#include "ui/analysiscontroller.h"
#include "ui/dialogs.h"
#include "ui/report/reportwriters.h"
#endif

namespace kinsight::app {
namespace {

#ifdef KINSIGHT_HAVE_REPORT_WRITERS
/// File › Export report…: the report writer over the window's own Analysis (the same figures the
/// pages show), on the analysis lane, with members under their pseudonyms.
void exportReport(ui::MainWindow& window)
{
    const QString db = window.controller()->databasePath();
    if (db.isEmpty())
        return;
    const QString name = QFileInfo(db).completeBaseName();
    ui::askSaveFile(&window, QObject::tr("Export report"), name + QStringLiteral("-report.pdf"),
        QObject::tr("PDF document (*.pdf);;Web page (*.html);;Excel workbook (*.xlsx)"),
        [&window, db, name](const QString& path) {
            QString language = QLocale().name();
#ifdef KINSIGHT_HAVE_IMPORT_WIZARD
            language = ui::interfaceLocale().name();
#endif
            language = ui::canonicalReportLanguage(language);
            if (language.isEmpty())
                language = QStringLiteral("en");
            (void)ui::installReportTranslator(language); // headings in the interface's language
            window.controller()->runAnalysisJob(
                QObject::tr("Writing the report"),
                [db, name, path, language](core::Analysis& analysis, const core::TaskControl& control) -> QString {
                    core::ReportOptions options;
                    options.community = name;
                    options.source = db;
                    options.language = language;
                    auto key = core::Pseudonymizer::forDatabaseFile(db.toStdString());
                    if (!key)
                        return core::errorText(key.failure());
                    options.pseudonymizer = std::move(*key);
                    if (!analysis.results()->evaluation
                        && analysis.community().memberCount() <= core::autoEvaluationMembers) {
                        if (auto evaluated = analysis.evaluate(control.slice(0, 0.6)); !evaluated)
                            return core::errorText(evaluated.failure());
                    }
                    auto report = core::buildReport(*analysis.results(), options, control.slice(0.6, 0.8));
                    if (!report)
                        return core::errorText(report.failure());
                    const core::Status written = ui::writeReport(*report, path);
                    return written ? QString() : core::errorText(written.failure());
                },
                [&window, path](const QString& error) {
                    if (error.isEmpty())
                        ui::showMessage(&window, QObject::tr("Export report"), QObject::tr("Wrote %1.").arg(path));
                    else
                        ui::showMessage(&window, QObject::tr("Export report"), error, true);
                });
        });
}
#endif

int runGui(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("gui"),
        QStringLiteral("Opens the dashboard on DB; without --db, on the last database opened, else on the demo "
                       "community (created on first use in the user's data folder)."));
    cli.addDatabaseOption();
    cli.parser().addOption(
        { QStringLiteral("theme"), QStringLiteral("system (default), light or dark."), QStringLiteral("THEME") });
    int status = exitSuccess;
    if (!cli.parse(arguments, status))
        return status;
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app)
        return fail(QStringLiteral("the dashboard needs a graphical session"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kinsight"));
    QApplication::setDesktopFileName(QStringLiteral("org.kinsight.Kinsight")); // packaging/*.desktop
#ifdef KINSIGHT_HAVE_IMPORT_WIZARD
    // The interface language: the settings' choice, else the system's (before any widget exists).
    ui::installTranslator(ui::interfaceLocale());
#endif

    QSettings settings;
    if (cli.isSet(QStringLiteral("theme")))
        settings.setValue(QStringLiteral("theme"), cli.value(QStringLiteral("theme")));
    ui::applyTheme(*app, ui::themeFromString(settings.value(QStringLiteral("theme")).toString()));

    QString database;
    if (cli.isSet(QStringLiteral("db"))) {
        database = cli.value(QStringLiteral("db"));
        if (!QFileInfo::exists(database))
            return fail(QStringLiteral("%1: no such database (create one with 'kinsight import' or 'kinsight demo')")
                            .arg(database));
    } else {
        const QString last = settings.value(QStringLiteral("lastDatabase")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last))
            database = last;
    }

    ui::MainWindow window;
#ifdef KINSIGHT_HAVE_IMPORT_WIZARD
    window.setImportHandler([&window] {
        auto* wizard = new ui::ImportWizard(window.controller()->databasePath(), &window);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(wizard, &ui::ImportWizard::imported, &window,
            [&window] { window.openDatabase(window.controller()->databasePath()); });
        wizard->open(); // window-modal, without a nested event loop
    });
#endif
#ifdef KINSIGHT_HAVE_REPORT_WRITERS
    window.setReportHandler([&window] { exportReport(window); });
#endif
    window.show();
    if (database.isEmpty())
        window.openDemo();
    else
        window.openDatabase(database);
    return app->exec();
}

} // namespace

KINSIGHT_COMMAND("gui", "Open the dashboard (the default without a command)", Needs::Window, runGui);

} // namespace kinsight::app
