#pragma once

#include <QString>

#include "core/report/report.h"
#include "core/util/result.h"

namespace kinsight::ui {

/// The report file formats.
enum class ReportFormat { Pdf, Html, Xlsx, Csv };

/// The format a file name asks for (.pdf, .html/.htm, .xlsx, .csv; case-insensitive), or an error
/// naming the supported suffixes.
[[nodiscard]] core::Result<ReportFormat> reportFormatOf(const QString& path);

/// A4 PDF through QPdfWriter: a cover (community, data range, generated date, contents), then
/// one or more pages per section, charts painted as vectors, tables with alternating shading,
/// "page X of Y" on every page. Text is real text in an embedded CJK-capable font.
/// Needs a QGuiApplication (the offscreen platform is enough).
[[nodiscard]] core::Status writePdfReport(const core::Report& report, const QString& path);

/// One self-contained XHTML file (it parses as XML): inline CSS, charts as inline SVG from
/// QSvgGenerator, tables as HTML tables, the long data tables in collapsed appendices.
/// Needs a QGuiApplication.
[[nodiscard]] core::Status writeHtmlReport(const core::Report& report, const QString& path);

/// An XLSX workbook through libxlsxwriter: a cover sheet with the contents, then one sheet per
/// table, numbers stored as numbers with number formats (money, percentages, thousands), native
/// Excel charts next to the tables that have one, a colour scale on the retention matrix.
[[nodiscard]] core::Status writeXlsxReport(const core::Report& report, const QString& path);

/// Every table of the report as CSV files in `directory` (created if needed), named
/// `<section>-<table key>.csv`. See core::writeReportCsv for the format.
[[nodiscard]] core::Status writeCsvTables(const core::Report& report, const QString& directory);

/// Writes the report in the format of the file name's suffix. Every file is created owner-only
/// (0600: reports hold business data) and replaces an existing one only once complete.
[[nodiscard]] core::Status writeReport(const core::Report& report, const QString& path);

/// Installs the translation of report headings for `language` ("en" or "zh_CN"; "zh", "zh-CN"
/// and "zh_Hans" are taken as zh_CN) into the application, replacing a previous one, and the
/// interface's translation for the same language (the labels and reasons of core/text). English
/// needs none. Errors: an unknown language.
[[nodiscard]] core::Status installReportTranslator(const QString& language);

/// The canonical language code ("en" or "zh_CN") of a --language value, or an empty string.
QString canonicalReportLanguage(const QString& language);

} // namespace kinsight::ui
