#include "ui/report/reportexport.h"

#include <QFileInfo>
#include <QLocale>

#include "core/report/pseudonym.h"
#include "core/report/reportbuilder.h"
#include "core/text/messagetext.h"
#include "resources/translations/translator.h"
#include "ui/analysiscontroller.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/report/reportwriters.h"

namespace kinsight::ui {

/// File › Export report…: the report writer over the window's own Analysis (the same figures the
/// pages show), on the analysis lane, with members under their pseudonyms.
void exportReport(MainWindow& window)
{
    const QString db = window.controller()->databasePath();
    if (db.isEmpty())
        return;
    const QString name = QFileInfo(db).completeBaseName();
    askSaveFile(&window, QObject::tr("Export report"), name + QStringLiteral("-report.pdf"),
        QObject::tr("PDF document (*.pdf);;Web page (*.html);;Excel workbook (*.xlsx)"),
        [&window, db, name](const QString& path) {
            QString language = interfaceLocale().name();
            language = canonicalReportLanguage(language);
            if (language.isEmpty())
                language = QStringLiteral("en");
            (void)installReportTranslator(language); // headings in the interface's language
            window.controller()->runAnalysisJob(
                QObject::tr("Writing the report"),
                [db, name, path, language](core::Analysis& analysis, const core::TaskControl& control) -> core::Status {
                    core::ReportOptions options;
                    options.community = name;
                    options.source = db;
                    options.language = language;
                    auto key = core::Pseudonymizer::forDatabaseFile(db.toStdString());
                    if (!key)
                        return key.failure();
                    options.pseudonymizer = std::move(*key);
                    if (!analysis.results()->evaluation
                        && analysis.community().memberCount() <= core::autoEvaluationMembers) {
                        if (auto evaluated = analysis.evaluate(control.slice(0, 0.6)); !evaluated)
                            return evaluated.failure();
                    }
                    auto report = core::buildReport(*analysis.results(), options, control.slice(0.6, 0.8));
                    if (!report)
                        return report.failure();
                    return writeReport(*report, path);
                },
                [&window, path](const core::Status& status) {
                    if (status.ok())
                        showMessage(&window, QObject::tr("Export report"), QObject::tr("Wrote %1.").arg(path));
                    else if (!status.cancelled()) // cancelling is the operator's own choice: nothing to say
                        showMessage(&window, QObject::tr("Export report"), core::errorText(status.failure()), true);
                });
        });
}

} // namespace kinsight::ui
