#pragma once

#include <cstdint>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <QStringDecoder>

#include "core/import/encoding.h"
#include "core/util/result.h"
#include "core/util/sha256.h"

namespace kinsight::core {

/// The field separator of a delimited text file. Space means runs of spaces (as in Unix logs):
/// leading and trailing spaces of a line are not separators. Auto detects `,` `;` tab or `|`.
enum class Delimiter { Auto, Comma, Semicolon, Tab, Pipe, Space };

/// `,` `;` `tab` `|` `space` (also `comma`, `semicolon`, `pipe`, `\t`, `auto`).
std::optional<Delimiter> parseDelimiter(std::string_view name);
/// `,` `;` `tab` `|` `space` or `auto`.
const char* delimiterName(Delimiter delimiter);
/// The delimiter of a text: the one of `,` `;` tab `|` found on the first line that splits the
/// most of the next lines (up to 50) into the same number of fields (ties: more fields, then the
/// order listed); a comma when none is found. Quoted text is not looked into.
Delimiter detectDelimiter(std::string_view utf8Text);

/// A streaming RFC 4180 CSV reader over a file: quoted fields, doubled quotes, embedded commas
/// and newlines, CRLF / LF / CR line ends, a UTF-8 (or GB18030) BOM, any Delimiter. GB18030,
/// UTF-16 and Windows-1252 input is transcoded to UTF-8 as it is read. Memory is bounded by one read block plus the
/// current record (at most maxRecordBytes). Blank lines are skipped.
///
/// It also computes the SHA-256 of the raw file as it goes (for the import log).
class CsvReader {
public:
    static constexpr size_t maxRecordBytes = 16 * 1024 * 1024;
    static constexpr size_t maxFields = 10000;

    enum class Next {
        Record, ///< `fields` holds the next record; check recordProblem() for row-level faults
        End, ///< no more records
        Failed, ///< the file cannot be read further; fatalError() says why
    };

    /// Opens the file; detects the encoding (and the delimiter) from its first 64 KiB when
    /// `encoding` (`delimiter`) is Auto.
    [[nodiscard]] static Result<std::unique_ptr<CsvReader>> open(
        const std::string& path, TextEncoding encoding, Delimiter delimiter = Delimiter::Auto);
    /// Reads from memory instead of a file (previews, fuzzing). Same rules as open().
    [[nodiscard]] static Result<std::unique_ptr<CsvReader>> fromBytes(
        std::string bytes, TextEncoding encoding, Delimiter delimiter = Delimiter::Auto);

    Next next(std::vector<std::string>& fields);

    /// Line (1-based) where the last record started.
    std::int64_t recordLine() const { return m_recordLine; }
    /// A row-level fault of the last record (invalid UTF-8, text after a closing quote), or empty.
    const std::string& recordProblem() const { return m_recordProblem; }
    const std::string& fatalError() const { return m_fatalError; }
    /// recordProblem() and fatalError() as data (core/text renders them).
    const Reason& recordProblemReason() const { return m_recordProblemReason; }
    const Reason& fatalReason() const { return m_fatalReason; }
    TextEncoding encoding() const { return m_encoding; }
    /// The delimiter in use (detected when opened with Auto).
    Delimiter delimiter() const { return m_delimiter; }
    std::int64_t bytesRead() const { return m_bytesRead; }
    std::int64_t totalBytes() const { return m_totalBytes; }
    /// Hex SHA-256 of the raw bytes; complete once next() returned End.
    std::string sha256Hex() const;

private:
    CsvReader() = default;
    static Result<std::unique_ptr<CsvReader>> start(
        std::unique_ptr<CsvReader> reader, TextEncoding encoding, Delimiter delimiter);
    /// Raw bytes as UTF-8 in the reader's encoding (the decoder keeps a split character).
    std::string decode(std::string_view raw, QStringDecoder* decoder) const;
    bool refill();
    int get(); ///< next byte of UTF-8 text, or -1 at end
    int peek();

    std::unique_ptr<std::istream> m_file;
    TextEncoding m_encoding = TextEncoding::Utf8;
    Delimiter m_delimiter = Delimiter::Comma;
    char m_separator = ',';
    std::unique_ptr<QStringDecoder> m_decoder;
    mutable Sha256 m_hash; ///< final once read (sha256Hex())
    std::string m_buffer;
    size_t m_pos = 0;
    bool m_eof = false;
    bool m_atStart = true;
    std::int64_t m_line = 1;
    std::int64_t m_recordLine = 0;
    std::int64_t m_bytesRead = 0;
    std::int64_t m_totalBytes = 0;
    std::string m_recordProblem;
    std::string m_fatalError;
    Reason m_recordProblemReason;
    Reason m_fatalReason;
};

} // namespace kinsight::core
