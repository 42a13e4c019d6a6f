// kinsight import --db DB FILE… [--kind K] [--encoding E] [--skip-invalid] [--map 'header=field']

#include <iostream>

#include "app/cli.h"
#include "app/command.h"
#include "core/import/importer.h"
#include "core/store/database.h"

namespace kinsight::app {
namespace {

int runImport(const QStringList& arguments)
{
    CommandLine cli(QStringLiteral("import"),
        QStringLiteral("Imports CSV files (members, products, orders, events, ratings, interactions) into a database, "
                       "in one transaction. Strict by default: one invalid row rejects everything."));
    cli.addDatabaseOption();
    cli.addFormatOption();
    QCommandLineParser& p = cli.parser();
    p.addPositionalArgument(QStringLiteral("FILE"),
        QStringLiteral("CSV files; the kind is read from each name (members.csv, orders-2026.csv, …)."),
        QStringLiteral("FILE…"));
    p.addOption({ QStringLiteral("kind"),
        QStringLiteral("The kind of every file: members, products, orders, events, ratings or interactions."),
        QStringLiteral("KIND") });
    p.addOption({ QStringLiteral("encoding"), QStringLiteral("Text encoding: auto (default), utf-8 or gb18030."),
        QStringLiteral("ENCODING"), QStringLiteral("auto") });
    p.addOption({ QStringLiteral("skip-invalid"),
        QStringLiteral(
            "Import the valid rows; write the others with a reason to <name>.rejected.csv beside the file.") });
    p.addOption({ QStringLiteral("map"),
        QStringLiteral("Map another header to a field, e.g. --map '客户编号=member_id' (repeatable)."),
        QStringLiteral("HEADER=FIELD") });
    int status = exitSuccess;
    const auto db = cli.parseWithDatabase(arguments, status);
    if (!db)
        return status;
    const QStringList files = cli.positional();
    if (files.isEmpty())
        return usageError(cli.command(), QStringLiteral("no file to import"));

    core::ImportOptions options;
    options.skipInvalid = cli.isSet(QStringLiteral("skip-invalid"));
    if (cli.isSet(QStringLiteral("kind"))) {
        options.kind = core::parseFileKind(cli.value(QStringLiteral("kind")).toStdString());
        if (!options.kind)
            return usageError(cli.command(),
                QStringLiteral("unknown kind '%1' (members, products, orders, events, ratings or interactions)")
                    .arg(cli.value(QStringLiteral("kind"))));
    }
    const auto encoding = core::parseTextEncoding(cli.value(QStringLiteral("encoding")).toStdString());
    if (!encoding)
        return usageError(cli.command(),
            QStringLiteral("unknown encoding '%1' (auto, utf-8 or gb18030)")
                .arg(cli.value(QStringLiteral("encoding"))));
    options.encoding = *encoding;
    for (const QString& mapping : p.values(QStringLiteral("map"))) {
        const qsizetype eq = mapping.lastIndexOf(QLatin1Char('='));
        if (eq <= 0 || eq == mapping.size() - 1)
            return usageError(
                cli.command(), QStringLiteral("--map takes 'source header=field', not '%1'").arg(mapping));
        options.columnMap.emplace_back(
            mapping.left(eq).trimmed().toStdString(), mapping.mid(eq + 1).trimmed().toStdString());
    }

    auto opened = core::Database::open(db->toStdString(), core::OpenMode::Create);
    if (!opened)
        return fail(QString::fromStdString(opened.error()));
    std::vector<std::string> paths;
    for (const QString& f : files)
        paths.push_back(f.toStdString());
    const core::ImportReport report = core::importFiles(**opened, paths, options);

    for (const auto& file : report.files) {
        for (const std::string& w : file.warnings)
            std::cerr << "kinsight: warning: " << w << "\n";
    }
    if (!report.ok) {
        for (const core::ImportIssue& issue : report.errors)
            std::cerr << "kinsight: error: " << issue.text() << "\n";
        if (report.errorCount > static_cast<std::int64_t>(report.errors.size()))
            std::cerr << "kinsight: … and " << report.errorCount - static_cast<std::int64_t>(report.errors.size())
                      << " more errors\n";
        if (!report.fatal.empty())
            std::cerr << "kinsight: error: " << report.fatal << "\n";
        std::cerr << "kinsight: nothing was imported (the database is unchanged)";
        if (!options.skipInvalid && report.errorCount > 0)
            std::cerr << "; fix the rows above, or use --skip-invalid to import the valid rows";
        std::cerr << std::endl;
        return exitFailure;
    }
    core::Table table { { "file", "kind", "read", "imported", "skipped", "rejected" }, {} };
    for (const auto& file : report.files) {
        table.rows.push_back({ file.file, std::string(core::toString(file.kind)), file.read, file.imported,
            file.skipped, file.rejected });
        if (!file.rejectedPath.empty())
            std::cerr << "kinsight: " << file.rejected << " rejected rows of " << file.file << " written to "
                      << file.rejectedPath << "\n";
    }
    return cli.print(table);
}

} // namespace

KINSIGHT_COMMAND("import", "Import CSV files into a database", Needs::Core, runImport);

} // namespace kinsight::app
