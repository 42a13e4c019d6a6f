#include "reportwriters.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTranslator>

#include "core/report/reportcsv.h"
#include "resources/translations/translator.h"

namespace kinsight::ui {

core::Result<ReportFormat> reportFormatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return ReportFormat::Pdf;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ReportFormat::Html;
    if (suffix == QLatin1String("xlsx"))
        return ReportFormat::Xlsx;
    if (suffix == QLatin1String("csv"))
        return ReportFormat::Csv;
    return core::Error { "the report file must end in .pdf, .html or .xlsx (not '" + path.toStdString() + "')",
        { "report.unknown_format", { path.toStdString() } } };
}

core::Status writeCsvTables(const core::Report& report, const QString& directory)
{
    if (!QDir().mkpath(directory))
        return core::Error { "cannot create the folder " + directory.toStdString(),
            { "report.folder_failed", { directory.toStdString() } } };
    for (const core::ReportSection& section : report.sections) {
        for (const core::ReportTable& table : section.tables) {
            const QString name = QString::fromStdString(section.key + "-" + table.key + ".csv");
            if (core::Status s = core::writeReportCsvFile(table, QDir(directory).filePath(name).toStdString()); !s)
                return s;
        }
    }
    return core::Status::success();
}

core::Status writeReport(const core::Report& report, const QString& path)
{
    const auto format = reportFormatOf(path);
    if (!format)
        return format.failure();
    switch (*format) {
    case ReportFormat::Pdf:
        return writePdfReport(report, path);
    case ReportFormat::Html:
        return writeHtmlReport(report, path);
    case ReportFormat::Xlsx:
        return writeXlsxReport(report, path);
    case ReportFormat::Csv:
        break;
    }
    return core::Error { "a whole report cannot be one CSV file: use writeCsvTables() or export one table" };
}

QString canonicalReportLanguage(const QString& language)
{
    const QString l = language.trimmed().toLower().replace(QLatin1Char('-'), QLatin1Char('_'));
    if (l.isEmpty() || l == QLatin1String("en") || l.startsWith(QLatin1String("en_")) || l == QLatin1String("c"))
        return QStringLiteral("en");
    if (l == QLatin1String("zh") || l == QLatin1String("zh_cn") || l == QLatin1String("zh_hans")
        || l == QLatin1String("zh_hans_cn") || l == QLatin1String("zh_sg"))
        return QStringLiteral("zh_CN");
    return {};
}

core::Status installReportTranslator(const QString& language)
{
    static std::unique_ptr<QTranslator> installed;
    const QString canonical = canonicalReportLanguage(language);
    if (canonical.isEmpty())
        return core::Error { "unknown report language '" + language.toStdString() + "' (en or zh_CN)",
            { "report.unknown_language", { language.toStdString() } } };
    if (installed) {
        QCoreApplication::removeTranslator(installed.get());
        installed.reset();
    }
    // The labels (segments, levels, tiers) and reasons in the report are the window's
    // (core/text), translated by the interface's translation: the same language for both.
    if (!installTranslator(QLocale(canonical)))
        return core::Error { "the " + canonical.toStdString() + " translation is missing",
            { "report.translation_missing", { canonical.toStdString() } } };
    if (canonical == QLatin1String("en"))
        return core::Status::success();
    auto translator = std::make_unique<QTranslator>();
    // Compiled into the library from ui/report/translations (see CMakeLists.txt).
    if (!translator->load(
            QStringLiteral(":/kinsight/report/i18n/kinsight_report_") + canonical + QStringLiteral(".qm")))
        return core::Error { "the " + canonical.toStdString() + " translation of reports is missing",
            { "report.translation_missing", { canonical.toStdString() } } };
    QCoreApplication::installTranslator(translator.get());
    installed = std::move(translator);
    return core::Status::success();
}

} // namespace kinsight::ui
