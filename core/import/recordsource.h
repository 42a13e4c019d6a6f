#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "core/import/csvreader.h"
#include "core/import/encoding.h"
#include "core/util/result.h"

namespace kinsight::core {

/// Rows of an import file, whatever its format: delimited text (CsvReader) or an XLSX worksheet
/// (XlsxReader). Each record is a vector of UTF-8 cell texts.
class RecordSource {
public:
    virtual ~RecordSource() = default;
    virtual CsvReader::Next next(std::vector<std::string>& fields) = 0;
    /// Line (or worksheet row), 1-based, of the last record.
    virtual std::int64_t recordLine() const = 0;
    virtual const std::string& recordProblem() const = 0;
    virtual const std::string& fatalError() const = 0;
    /// recordProblem() and fatalError() as data (a code and its arguments).
    virtual const Reason& recordProblemReason() const = 0;
    virtual const Reason& fatalReason() const = 0;
    /// Progress through the file, in bytes of the file.
    virtual std::int64_t bytesRead() const = 0;
    virtual std::string sha256Hex() const = 0;
    virtual TextEncoding encoding() const { return TextEncoding::Utf8; }
    virtual Delimiter delimiter() const { return Delimiter::Comma; }
    /// True when a record may stop before its last empty cells (a worksheet row does).
    virtual bool ragged() const { return false; }
    /// The fields of the record `n` (≥ 1) places after the one next() gave last, when it is read
    /// already; else null. For warming caches ahead of use: the record may still have a problem.
    virtual const std::vector<std::string>* lookAhead(size_t n) const
    {
        (void)n;
        return nullptr;
    }
};

/// Reads `source` ahead on a thread of its own, in batches of records (at most two batches
/// waiting, so memory stays bounded by them): the file is read, decoded, split and hashed on one
/// core while the caller validates and writes on the other. The same records, lines, problems
/// and fatal error as `source` gives, in the same order. Destroying it stops the reading.
std::unique_ptr<RecordSource> readAhead(std::unique_ptr<RecordSource> source);

/// True when the file is to be read as an XLSX workbook: its name ends in `.xlsx`, or it starts
/// like a zip archive.
bool isXlsxPath(const std::string& path);

/// Opens a file for import: an XLSX workbook's sheet (`sheet`, or the first when empty), or
/// delimited text in `encoding` with `delimiter` (either detected when Auto).
[[nodiscard]] Result<std::unique_ptr<RecordSource>> openRecordSource(
    const std::string& path, TextEncoding encoding, Delimiter delimiter, const std::string& sheet);

} // namespace kinsight::core
