// kinsight [gui] [--db DB]: the dashboard window.

#include <QApplication>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSettings>

#include "app/cli.h"
#include "app/command.h"
#include "core/store/database.h"
#include "resources/translations/translator.h"
#include "ui/analysiscontroller.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow.h"
#include "ui/report/reportexport.h"
#include "ui/theme.h"

namespace kinsight::app {
namespace {

int runGui(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseOption();
    cli.addOptions({ { "theme", "system (default), light or dark.", "THEME" } });
    int status = exitSuccess;
    if (!cli.parse(arguments, status))
        return status;
    auto* app = qobject_cast<QApplication*>(QCoreApplication::instance());
    if (!app)
        return fail(QStringLiteral("the dashboard needs a graphical session"));
    QApplication::setApplicationDisplayName(QStringLiteral("Kinsight"));
    QApplication::setDesktopFileName(QStringLiteral("org.kinsight.Kinsight")); // packaging/*.desktop
    // The interface language: the settings' choice, else the system's (before any widget exists).
    ui::installTranslator(ui::interfaceLocale());

    QSettings settings;
    if (cli.isSet(QStringLiteral("theme")))
        settings.setValue(QStringLiteral("theme"), cli.value(QStringLiteral("theme")));
    ui::applyTheme(*app, ui::themeFromString(settings.value(QStringLiteral("theme")).toString()));

    QString database;
    if (cli.isSet(QStringLiteral("db"))) {
        database = cli.value(QStringLiteral("db"));
        if (!core::isPostgresLocation(database.toStdString()) && !QFileInfo::exists(database))
            return fail(QCoreApplication::translate(
                "Cli", "%1: no such database (create one with 'kinsight import' or 'kinsight demo')")
                            .arg(database));
    } else {
        const QString last = settings.value(QStringLiteral("lastDatabase")).toString();
        if (!last.isEmpty() && (core::isPostgresLocation(last.toStdString()) || QFileInfo::exists(last)))
            database = last;
    }

    ui::MainWindow window;
    window.setReportHandler([&window] { ui::exportReport(window); });
    window.show();
    if (database.isEmpty())
        window.openDemo();
    else
        window.openDatabase(database);
    return app->exec();
}

} // namespace

KINSIGHT_COMMAND("gui", "Open the dashboard (the default without a command)", Needs::Window, runGui,
    "Opens the dashboard on DB; without --db, on the last database opened, else on the demo community (created on "
    "first use in the user's data folder).");

} // namespace kinsight::app
