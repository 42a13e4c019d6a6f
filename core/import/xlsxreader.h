#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/import/csvreader.h"
#include "core/util/result.h"

class QXmlStreamReader;
struct zip;
struct zip_file;

namespace kinsight::core {

/// Streams the rows of one worksheet of an XLSX workbook: the zip is read with libzip, the XML
/// with QXmlStreamReader fed block by block, so that memory is bounded by a block, the current
/// row and the shared strings, never by the sheet. Shared strings, inline strings, numbers,
/// booleans and formula results are read as text; cells whose style is a date or time format are
/// written `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (wall-clock, 1900 or 1904 date system). A row's
/// record number is its worksheet row number; empty rows are skipped.
class XlsxReader {
public:
    ~XlsxReader();
    /// Opens `sheet` (by name), or the first sheet when empty. Errors: not a zip (or not an XLSX),
    /// encrypted (password-protected), no sheet of that name (the error lists the sheets).
    [[nodiscard]] static Result<std::unique_ptr<XlsxReader>> open(const std::string& path, const std::string& sheet);
    /// The sheet names of a workbook, in workbook order.
    [[nodiscard]] static Result<std::vector<std::string>> sheetNames(const std::string& path);

    CsvReader::Next next(std::vector<std::string>& fields);
    std::int64_t recordLine() const { return m_recordLine; }
    const std::string& recordProblem() const { return m_recordProblem; }
    const std::string& fatalError() const { return m_fatalError; }
    const Reason& recordProblemReason() const { return m_recordProblemReason; }
    const Reason& fatalReason() const { return m_fatalReason; }
    std::int64_t bytesRead() const;
    std::string sha256Hex() const { return m_sha256; }

private:
    XlsxReader();
    bool feed(); ///< gives the XML reader the next block of the sheet; false at its end
    std::string cellText(const std::string& type, int style, const std::string& value, const std::string& inlineText);

    zip* m_zip = nullptr;
    zip_file* m_sheet = nullptr;
    std::unique_ptr<QXmlStreamReader> m_xml;
    std::vector<std::string> m_sharedStrings;
    std::vector<bool> m_dateStyle; ///< per cellXfs index: a date or time number format
    bool m_date1904 = false;
    bool m_sheetDone = false;
    std::int64_t m_fileSize = 0;
    std::int64_t m_sheetSize = 0;
    std::int64_t m_sheetRead = 0;
    std::int64_t m_recordLine = 0;
    std::int64_t m_nextRow = 1;
    std::string m_recordProblem;
    std::string m_fatalError;
    Reason m_recordProblemReason;
    Reason m_fatalReason;
    std::string m_sha256;
};

} // namespace kinsight::core
