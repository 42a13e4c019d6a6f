// kinsight import --db DB FILE… [--kind K] [--encoding E] [--delimiter D] [--no-header --columns …] [--sheet S]
//                 [--map …] [--value …] [--timezone Z] [--currency C] [--create-missing] [--skip-invalid]

#include <algorithm>
#include <filesystem>
#include <iostream>

#include <QCoreApplication>

#include "app/cli.h"
#include "app/command.h"
#include "core/import/importer.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"
#include "core/text/messagetext.h"
#include "core/text/reasontext.h"
#include "core/util/timezone.h"

namespace kinsight::app {
namespace {

int importInto(const CommandLine& cli, const QString& db)
{
    int status = exitSuccess;
    const QStringList files = cli.positional();
    if (files.isEmpty())
        return usageError(cli.command(), QCoreApplication::translate("Cli", "no file to import"));

    core::ImportOptions options;
    options.skipInvalid = cli.isSet(QStringLiteral("skip-invalid"));
    if (!cli.parsedOption(QStringLiteral("kind"), core::parseFileKind,
            QT_TRANSLATE_NOOP("Cli", "unknown kind '%1' (members, products, orders, events, ratings or interactions)"),
            options.kind, status)
        || !cli.parsedOption(QStringLiteral("encoding"), core::parseTextEncoding,
            QT_TRANSLATE_NOOP("Cli", "unknown encoding '%1' (auto, utf-8, gb18030, utf-16 or windows-1252)"),
            options.encoding, status)
        || !cli.parsedOption(QStringLiteral("delimiter"), core::parseDelimiter,
            QT_TRANSLATE_NOOP("Cli", "unknown delimiter '%1' (, ; tab | or space)"), options.delimiter, status))
        return status;
    if (cli.isSet(QStringLiteral("no-header")) != cli.isSet(QStringLiteral("columns")))
        return usageError(cli.command(), QCoreApplication::translate("Cli", "--no-header and --columns go together"));
    if (cli.isSet(QStringLiteral("columns"))) {
        for (const QString& c : cli.value(QStringLiteral("columns")).split(QLatin1Char(',')))
            options.columns.push_back(c.trimmed().toStdString());
    }
    options.sheet = cli.value(QStringLiteral("sheet")).toStdString();
    options.createMissing = cli.isSet(QStringLiteral("create-missing"));
    if (cli.isSet(QStringLiteral("currency"))) {
        const QString code = cli.value(QStringLiteral("currency")).trimmed().toUpper();
        if (code.size() != 3 || !std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'A' && c <= u'Z'; }))
            return usageError(cli.command(),
                QCoreApplication::translate("Cli", "--currency takes a three-letter code such as CNY or EUR, not '%1'")
                    .arg(cli.value(QStringLiteral("currency"))));
        options.currency = code.toStdString();
    }
    for (const QString& mapping : cli.values(QStringLiteral("value"))) {
        const qsizetype colon = mapping.indexOf(QLatin1Char(':'));
        const qsizetype eq = mapping.indexOf(QLatin1Char('='), colon + 1);
        if (colon <= 0 || eq <= colon + 1 || eq == mapping.size() - 1)
            return usageError(cli.command(),
                QCoreApplication::translate("Cli", "--value takes 'field:source=target', not '%1'").arg(mapping));
        options.valueMap.push_back({ mapping.left(colon).trimmed().toStdString(),
            mapping.mid(colon + 1, eq - colon - 1).trimmed().toStdString(),
            mapping.mid(eq + 1).trimmed().toStdString() });
    }
    const QString zone = cli.value(QStringLiteral("timezone"));
    if (cli.isSet(QStringLiteral("timezone")) && !core::TimeZone::isKnown(zone.toStdString()))
        return usageError(cli.command(),
            QCoreApplication::translate("Cli", "unknown time zone '%1' (an IANA name such as Asia/Shanghai)")
                .arg(zone));
    for (const QString& mapping : cli.values(QStringLiteral("map"))) {
        const qsizetype eq = mapping.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == mapping.size() - 1)
            return usageError(cli.command(),
                QCoreApplication::translate("Cli", "--map takes 'source header=field', not '%1'").arg(mapping));
        options.columnMap.emplace_back(
            mapping.left(eq).trimmed().toStdString(), mapping.mid(eq + 1).trimmed().toStdString());
    }

    std::error_code ec;
    bool existed
        = std::filesystem::exists(db.toStdString(), ec) && std::filesystem::file_size(db.toStdString(), ec) > 0;
    auto opened = core::Database::open(db.toStdString(), core::OpenMode::Create);
    if (!opened)
        return fail(opened.failure());
    if (core::isPostgresLocation(db.toStdString()))
        existed = !(*opened)->created();
    if (cli.isSet(QStringLiteral("timezone"))) {
        // --timezone sets the zone of a database the import creates; an existing database keeps its
        // own (changing it is `kinsight settings`, which says what it changes).
        if (!existed) {
            if (core::Status s = (*opened)->setTimeZoneId(zone.toStdString()); !s)
                return fail(s.failure());
        } else if ((*opened)->timeZoneId() != zone.toStdString()) {
            return fail(QCoreApplication::translate("Cli",
                "the database's time zone is %1, not %2; --timezone only sets the zone of a new "
                "database. To change it, run: kinsight settings --db %3 --timezone %2")
                            .arg(QString::fromStdString((*opened)->timeZoneId()), zone, db));
        }
    }
    std::vector<std::string> paths;
    for (const QString& f : files)
        paths.push_back(f.toStdString());
    const core::ImportReport report = core::importFiles(**opened, paths, options);

    // Errors and warnings in the operator's language (--language or the locale); file, line and
    // column as the importer located them.
    const auto say = [](const char* kind, const QString& text) {
        std::cerr << "kinsight: " << QCoreApplication::translate("Cli", kind).arg(text).toStdString() << "\n";
    };
    const char* const warning = QT_TRANSLATE_NOOP("Cli", "warning: %1");
    const char* const error = QT_TRANSLATE_NOOP("Cli", "error: %1");
    const auto issueText = [](const core::ImportIssue& issue) {
        return core::locatedText(issue.file, issue.line, issue.column, issue.code);
    };
    for (const auto& file : report.files) {
        for (const core::ImportIssue& w : file.warningIssues)
            say(warning, issueText(w));
    }
    if (report.ok) {
        for (const core::ImportIssue& w : report.orderChanges)
            say(warning, issueText(w));
        if (report.updateWarningCount > static_cast<std::int64_t>(report.orderChanges.size()))
            say(warning,
                core::reasonText({ "import.more_order_changes",
                    { report.updateWarningCount - static_cast<std::int64_t>(report.orderChanges.size()) } }));
    }
    if (!report.ok) {
        for (const core::ImportIssue& issue : report.errors)
            say(error, issueText(issue));
        if (report.errorCount > static_cast<std::int64_t>(report.errors.size()))
            std::cerr << "kinsight: "
                      << core::reasonText({ "import.more_errors",
                                              { report.errorCount - static_cast<std::int64_t>(report.errors.size()) } })
                             .toStdString()
                      << "\n";
        if (!report.fatal.empty())
            say(error,
                report.fatalReason.code.empty() ? QString::fromStdString(report.fatal)
                                                : core::locatedText(report.fatalFile, 0, {}, report.fatalReason));
        QString closing = QCoreApplication::translate("Cli", "nothing was imported (the database is unchanged)");
        if (!options.skipInvalid && report.errorCount > 0)
            closing += QCoreApplication::translate(
                "Cli", "; fix the rows above, or use --skip-invalid to import the valid rows");
        std::cerr << "kinsight: " << closing.toStdString() << std::endl;
        return exitFailure;
    }
    opened.value().reset();
    core::Table table { { "file", "kind", "read", "imported", "skipped", "rejected", "updated", "created" }, {} };
    for (const auto& file : report.files) {
        table.rows.push_back({ file.file, std::string(core::toString(file.kind)), file.read, file.imported,
            file.skipped, file.rejected, file.updated, file.created });
        if (!file.rejectedPath.empty())
            std::cerr << "kinsight: "
                      << QCoreApplication::translate("Cli", "rejected rows of %1 written to %2: %3")
                             .arg(QString::fromStdString(file.file), QString::fromStdString(file.rejectedPath))
                             .arg(file.rejected)
                             .toStdString()
                      << "\n";
    }
    // The summary first, so that the operator reads the outcome at once; then the persisted
    // snapshot the next command starts from (with the database closed), which at a million
    // members takes seconds.
    const int printed = cli.print(table);
    if (core::Status s = core::refreshSnapshotFile(db.toStdString(), cliLoadOptions()); !s)
        warn(s.failure());
    return printed;
}

int runImport(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseAndFormatOptions();
    cli.parser().addPositionalArgument(QStringLiteral("FILE"),
        QStringLiteral("CSV files; the kind is read from each name (members.csv, orders-2026.csv, …)."),
        QStringLiteral("FILE…"));
    cli.addOptions({ { "kind", "The kind of every file: members, products, orders, events, ratings or interactions.",
                         "KIND" },
        { "encoding", "Text encoding: auto (default), utf-8, gb18030, utf-16 (with a BOM) or windows-1252 (latin-1).",
            "ENCODING", "auto" },
        { "delimiter", "Field separator: , ; tab | or space (runs of spaces); detected when not given.", "D" },
        { "no-header", "The files have no header row (give --columns)." },
        { "columns",
            "With --no-header: the field of each column in order, '-' to skip one, e.g. member_id,-,occurred_at,type.",
            "F1,F2,…" },
        { "sheet", "The worksheet of XLSX files (default: the first).", "NAME" },
        { "value", "Read an enumerated value as another, e.g. --value 'type:pv=view' (repeatable).",
            "FIELD:SOURCE=TARGET" },
        { "timezone",
            "The community time zone of a database this import creates (IANA id, e.g. Asia/Shanghai; default: the "
            "machine's). Naive times are read in the database's zone.",
            "ZONE" },
        { "currency", "The currency of order rows without a currency column (default CNY).", "CODE" },
        { "create-missing", "Create the members and products that rows name but the database lacks." },
        { "skip-invalid",
            "Import the valid rows; write the others with a reason to <name>.rejected.csv beside the file." },
        { "map", "Map another header to a field, e.g. --map '客户编号=member_id' (repeatable).", "HEADER=FIELD" } });
    return cli.runWithDatabase(arguments, importInto);
}

} // namespace

KINSIGHT_COMMAND("import", "Import CSV or XLSX files into a database", Needs::Core, runImport,
    "Imports CSV or XLSX files (members, products, orders, events, ratings, interactions) into a database, in one "
    "transaction. Strict by default: one invalid row rejects everything.");

} // namespace kinsight::app
