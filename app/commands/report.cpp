// kinsight report --db DB --out FILE.pdf|.html|.xlsx [--sections a,b,…] [--personal-data]
//                 [--language en|zh_CN] [--evaluation auto|always|never] [--csv-dir DIR]

#include <iostream>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include "app/cli.h"
#include "app/command.h"
#include "core/report/pseudonym.h"
#include "core/report/reportbuilder.h"

#ifdef KINSIGHT_HAVE_UI
#include "ui/report/reportwriters.h"
#endif

namespace kinsight::app {
namespace {

int writeReport([[maybe_unused]] const CommandLine& cli, [[maybe_unused]] const QString& db)
{
#ifndef KINSIGHT_HAVE_UI
    return fail(QCoreApplication::translate(
        "Cli", "this kinsight was built without the report writers (KINSIGHT_BUILD_UI=OFF)"));
#else
    int status = exitSuccess;
    const auto given = cli.required(
        QStringLiteral("out"), QT_TRANSLATE_NOOP("Cli", "--out FILE.pdf|.html|.xlsx is required"), status);
    if (!given)
        return status;
    const QString& out = *given;
    const auto format = ui::reportFormatOf(out);
    if (!format || *format == ui::ReportFormat::Csv)
        return usageError(cli.command(),
            QCoreApplication::translate(
                "Cli", "--out must end in .pdf, .html or .xlsx (for CSV files use --csv-dir DIR)"));

    const auto evaluation
        = cli.choice<core::ReportEvaluation>(QStringLiteral("evaluation"), core::ReportEvaluation::Auto,
            { { QStringLiteral("auto"), core::ReportEvaluation::Auto },
                { QStringLiteral("always"), core::ReportEvaluation::Always },
                { QStringLiteral("never"), core::ReportEvaluation::Never } },
            status, QT_TRANSLATE_NOOP("Cli", "--evaluation must be auto, always or never, not '%1'"));
    if (!evaluation)
        return status;

    core::ReportSections sections = core::allReportSections;
    if (cli.isSet(QStringLiteral("sections"))) {
        const QString list = cli.value(QStringLiteral("sections"));
        const auto parsed = core::parseReportSections(list.toStdString());
        if (!parsed)
            return usageError(cli.command(),
                QCoreApplication::translate("Cli", "--sections takes a comma-separated list of %1, not '%2'")
                    .arg(QString::fromStdString(core::reportSectionList(core::allReportSections)), list));
        sections = *parsed;
    }

    // A report made under a Chinese locale is in Chinese unless told otherwise.
    QString language
        = cli.isSet(QStringLiteral("language")) ? cli.value(QStringLiteral("language")) : QLocale::system().name();
    language = ui::canonicalReportLanguage(language);
    if (language.isEmpty()) {
        if (cli.isSet(QStringLiteral("language")))
            return usageError(cli.command(),
                QCoreApplication::translate("Cli", "--language must be en or zh_CN, not '%1'")
                    .arg(cli.value(QStringLiteral("language"))));
        language = QStringLiteral("en");
    }
    if (core::Status s = ui::installReportTranslator(language); !s)
        return fail(s.failure());

    core::ReportOptions options;
    options.community = QFileInfo(db).completeBaseName();
    options.source = QFileInfo(db).fileName();
    options.includePersonalData = cli.isSet(QStringLiteral("personal-data"));
    options.sections = sections;
    options.language = language;
    if (!options.includePersonalData) {
        auto pseudonyms = core::Pseudonymizer::forDatabaseFile(db.toStdString());
        if (!pseudonyms)
            return fail(pseudonyms.failure());
        options.pseudonymizer = std::move(*pseudonyms);
    }

    QElapsedTimer timer;
    timer.start();
    const core::CommunityPtr community = loadCommunityOrFail(db);
    if (!community)
        return exitFailure;
    const auto report = core::analyseAndBuildReport(community, core::Thresholds {}, options, *evaluation);
    if (!report)
        return fail(report.failure());
    if (core::Status s = ui::writeReport(*report, out); !s)
        return fail(s.failure());
    if (cli.isSet(QStringLiteral("csv-dir"))) {
        if (core::Status s = ui::writeCsvTables(*report, cli.value(QStringLiteral("csv-dir"))); !s)
            return fail(s.failure());
    }
    std::cerr << "kinsight: "
              << QCoreApplication::translate("Cli", "report written to %1 in %2 s")
                     .arg(out, QString::number(timer.elapsed() / 1000.0, 'f', 1))
                     .toStdString()
              << std::endl;
    return exitSuccess;
#endif
}

int runReport(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseOption();
    cli.addOptions({ { "out", "The report file: FILE.pdf, FILE.html or FILE.xlsx.", "FILE" } });
    cli.parser().addOption({ QStringList { QStringLiteral("personal-data"), QStringLiteral("include-personal-data") },
        QStringLiteral("Show member ids, names, emails and phones instead of pseudonyms.") });
    cli.addOptions({ { "sections",
                         "The sections to write, comma-separated: summary, overview, members, network, retention, "
                         "conversion, pricing, recommendations (default: all).",
                         "LIST" },
        { "evaluation",
            "Offline evaluation of the recommendation methods: auto (up to 250,000 members), always or never.", "WHEN",
            "auto" },
        { "csv-dir", "Also write every table of the report as a CSV file into DIR.", "DIR" } });
    return cli.runWithDatabase(arguments, writeReport);
}

} // namespace

KINSIGHT_COMMAND("report", "Write the community report as PDF, HTML or XLSX", Needs::OffscreenGui, runReport,
    "Writes the community report (a one-page summary, then overview, members, network, retention, conversion, pricing, "
    "recommendations) as PDF, HTML or XLSX. Members appear by pseudonym unless --personal-data is given.");

} // namespace kinsight::app
