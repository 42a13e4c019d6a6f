#pragma once

#include <ostream>
#include <string>

#include "core/report/report.h"
#include "core/util/result.h"

namespace kinsight::core {

struct ReportCsvOptions {
    /// A UTF-8 byte order mark first: Excel (which most operators open CSV files with) reads
    /// Chinese text correctly only with it.
    bool byteOrderMark = true;
    /// Header row of machine keys (the CLI's column names) instead of the headers in the
    /// report's language.
    bool keyHeaders = false;
};

/// Writes one report table as RFC 4180 CSV. Values are raw, as the CLI prints them (money 12.30,
/// rates as fractions, empty cells empty), so a spreadsheet reads them as numbers.
void writeReportCsv(const ReportTable& table, std::ostream& out, const ReportCsvOptions& options = {});

/// Writes the table to `path`, created owner-only (0600). Errors name the file.
Status writeReportCsvFile(const ReportTable& table, const std::string& path, const ReportCsvOptions& options = {});

} // namespace kinsight::core
