#include "csvreader.h"

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/util/enumnames.h"

namespace kinsight::core {

namespace {
constexpr size_t blockSize = 1 << 20;

char separatorOf(Delimiter d)
{
    switch (d) {
    case Delimiter::Semicolon:
        return ';';
    case Delimiter::Tab:
        return '\t';
    case Delimiter::Pipe:
        return '|';
    case Delimiter::Space:
        return ' ';
    case Delimiter::Auto:
    case Delimiter::Comma:
        break;
    }
    return ',';
}

std::unique_ptr<QStringDecoder> decoderFor(TextEncoding encoding)
{
    if (encoding == TextEncoding::Gb18030)
        return std::make_unique<QStringDecoder>("GB18030");
    if (encoding == TextEncoding::Utf16)
        return std::make_unique<QStringDecoder>(QStringConverter::Utf16);
    return nullptr;
}

} // namespace

std::optional<Delimiter> parseDelimiter(std::string_view name)
{
    if (name == "," || name == "comma")
        return Delimiter::Comma;
    if (name == ";" || name == "semicolon")
        return Delimiter::Semicolon;
    if (name == "tab" || name == "\\t" || name == "\t")
        return Delimiter::Tab;
    if (name == "|" || name == "pipe")
        return Delimiter::Pipe;
    if (name == "space" || name == " ")
        return Delimiter::Space;
    if (name == "auto")
        return Delimiter::Auto;
    return std::nullopt;
}

constexpr auto delimiterNames
    = enumNames<Delimiter>({ { Delimiter::Auto, "auto" }, { Delimiter::Comma, "," }, { Delimiter::Semicolon, ";" },
        { Delimiter::Tab, "tab" }, { Delimiter::Pipe, "|" }, { Delimiter::Space, "space" } });

const char* delimiterName(Delimiter delimiter)
{
    return delimiterNames.nameOf(delimiter, ",").data();
}

Delimiter detectDelimiter(std::string_view text)
{
    static constexpr Delimiter candidates[]
        = { Delimiter::Comma, Delimiter::Semicolon, Delimiter::Tab, Delimiter::Pipe };
    // Counts of each candidate per line, outside quotes, for the first lines.
    std::vector<std::array<int, 4>> lines;
    std::array<int, 4> current {};
    bool quoted = false;
    bool any = false;
    for (size_t i = 0; i < text.size() && lines.size() < 51; ++i) {
        const char c = text[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            if (any)
                lines.push_back(current);
            current = {};
            any = false;
        } else if (!quoted) {
            any = true;
            for (size_t k = 0; k < 4; ++k) {
                if (c == separatorOf(candidates[k]))
                    ++current[k];
            }
        }
    }
    if (any && lines.size() < 51)
        lines.push_back(current);
    if (lines.empty())
        return Delimiter::Comma;
    int best = -1;
    size_t bestAgree = 0;
    for (size_t k = 0; k < 4; ++k) {
        const int first = lines[0][k];
        if (first == 0)
            continue;
        size_t agree = 0;
        for (size_t l = 1; l < lines.size(); ++l)
            agree += lines[l][k] == first ? 1 : 0;
        if (best < 0 || agree > bestAgree || (agree == bestAgree && first > lines[0][static_cast<size_t>(best)])) {
            best = static_cast<int>(k);
            bestAgree = agree;
        }
    }
    return best < 0 ? Delimiter::Comma : candidates[best];
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const std::string& path, TextEncoding encoding, Delimiter delimiter)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return Error { path + ": file does not exist", { "import.file_missing", {} } };
    if (std::filesystem::is_directory(path, ec))
        return Error { path + ": is a folder, not a file", { "read.is_folder", {} } };
    std::unique_ptr<CsvReader> reader(new CsvReader);
    auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*file)
        return Error { path + ": cannot be read", { "read.unreadable", {} } };
    reader->m_file = std::move(file);
    reader->m_totalBytes = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));
    if (reader->m_totalBytes == 0)
        return Error { path + ": file is empty (a header row is required)", { "read.file_empty", {} } };
    return start(std::move(reader), encoding, delimiter);
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromBytes(std::string bytes, TextEncoding encoding, Delimiter delimiter)
{
    if (bytes.empty())
        return Error { "the text is empty (a header row is required)", { "read.text_empty", {} } };
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_totalBytes = static_cast<std::int64_t>(bytes.size());
    reader->m_file = std::make_unique<std::istringstream>(std::move(bytes));
    return start(std::move(reader), encoding, delimiter);
}

Result<std::unique_ptr<CsvReader>> CsvReader::start(
    std::unique_ptr<CsvReader> reader, TextEncoding encoding, Delimiter delimiter)
{
    if (encoding == TextEncoding::Auto || delimiter == Delimiter::Auto) {
        std::string sample(64 * 1024, '\0');
        reader->m_file->read(sample.data(), static_cast<std::streamsize>(sample.size()));
        sample.resize(static_cast<size_t>(reader->m_file->gcount()));
        if (encoding == TextEncoding::Auto)
            encoding = detectEncoding(sample);
        reader->m_encoding = encoding;
        if (delimiter == Delimiter::Auto) {
            auto decoder = decoderFor(encoding);
            delimiter = detectDelimiter(reader->decode(sample, decoder.get()));
        }
        reader->m_file->clear();
        reader->m_file->seekg(0);
    }
    if (encoding == TextEncoding::Utf16) {
        // Without a BOM the byte order cannot be told: only Excel's BOM-marked "Unicode text" is read.
        char bom[2] = {};
        reader->m_file->read(bom, 2);
        const bool marked = reader->m_file->gcount() == 2
            && ((bom[0] == '\xFF' && bom[1] == '\xFE') || (bom[0] == '\xFE' && bom[1] == '\xFF'));
        reader->m_file->clear();
        reader->m_file->seekg(0);
        if (!marked)
            return Error { "UTF-16 text needs a byte-order mark (save it from Excel as \"Unicode text\", or as UTF-8)",
                { "read.utf16_no_bom", {} } };
    }
    reader->m_encoding = encoding;
    reader->m_delimiter = delimiter;
    reader->m_separator = separatorOf(delimiter);
    reader->m_decoder = decoderFor(encoding);
    return reader;
}

std::string CsvReader::decode(std::string_view raw, QStringDecoder* decoder) const
{
    if (decoder) {
        const QString text = decoder->decode(QByteArrayView(raw.data(), static_cast<qsizetype>(raw.size())));
        const QByteArray utf8 = text.toUtf8();
        return std::string(utf8.constData(), static_cast<size_t>(utf8.size()));
    }
    if (m_encoding == TextEncoding::Windows1252)
        return windows1252ToUtf8(raw);
    return std::string(raw);
}

bool CsvReader::refill()
{
    if (m_eof)
        return false;
    // Small inputs (previews, fuzzing) need no megabyte buffer.
    const auto remaining = static_cast<size_t>(std::max<std::int64_t>(m_totalBytes - m_bytesRead, 0));
    std::string raw(std::clamp<size_t>(remaining + 1, 4096, blockSize), '\0');
    m_file->read(raw.data(), static_cast<std::streamsize>(raw.size()));
    raw.resize(static_cast<size_t>(m_file->gcount()));
    if (raw.empty()) {
        m_eof = true;
        return false;
    }
    m_bytesRead += static_cast<std::int64_t>(raw.size());
    m_hash.add(raw);
    m_buffer.erase(0, m_pos);
    m_pos = 0;
    if (m_decoder || m_encoding == TextEncoding::Windows1252)
        m_buffer.append(decode(raw, m_decoder.get()));
    else
        m_buffer.append(raw);
    if (m_atStart) {
        m_atStart = false;
        // UTF-8 BOM (also what a GB18030 BOM decodes to).
        if (m_buffer.compare(0, 3, "\xEF\xBB\xBF") == 0)
            m_pos = 3;
    }
    return true;
}

int CsvReader::get()
{
    if (m_pos >= m_buffer.size() && !refill())
        return -1;
    if (m_pos >= m_buffer.size())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos++]);
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !refill())
        return -1;
    if (m_pos >= m_buffer.size())
        return -1;
    return static_cast<unsigned char>(m_buffer[m_pos]);
}

CsvReader::Next CsvReader::next(std::vector<std::string>& fields)
{
    // The strings of the last record are reused (cleared, their capacity kept): no allocation per
    // field once the first rows are read.
    size_t count = 0;
    const auto startField = [&fields, &count] {
        if (count < fields.size())
            fields[count].clear();
        else
            fields.emplace_back();
        ++count;
    };
    m_recordProblem.clear();
    m_recordProblemReason = {};
    if (!m_fatalError.empty())
        return Next::Failed;

    // Skip blank lines between records.
    for (;;) {
        const int c = peek();
        if (c == -1) {
            fields.clear();
            return Next::End;
        }
        if (c == '\n') {
            get();
            ++m_line;
        } else if (c == '\r') {
            get();
            if (peek() == '\n')
                get();
            ++m_line;
        } else {
            break;
        }
    }

    m_recordLine = m_line;
    size_t recordBytes = 0;
    startField();
    bool quoted = false; // inside a quoted field
    bool fieldWasQuoted = false;
    for (;;) {
        if (!quoted && m_separator != ' ' && m_pos < m_buffer.size()) {
            // The ordinary bytes of an unquoted field, up to the next separator, line end or
            // quote, in one append (the byte-by-byte path below handles those).
            const char* begin = m_buffer.data() + m_pos;
            const char* end = m_buffer.data() + m_buffer.size();
            const char* p = begin;
            const char separator = m_separator;
            while (p < end && *p != separator && *p != '\n' && *p != '\r' && *p != '"')
                ++p;
            if (p > begin) {
                const auto n = static_cast<size_t>(p - begin);
                if (recordBytes + n > maxRecordBytes) {
                    m_fatalError
                        = "line " + std::to_string(m_recordLine) + ": record longer than 16 MiB (an unclosed quote?)";
                    m_fatalReason = { "read.record_too_long", {} };
                    return Next::Failed;
                }
                recordBytes += n;
                if (fieldWasQuoted && m_recordProblem.empty()) {
                    m_recordProblem = "text after the closing quote of field " + std::to_string(count);
                    m_recordProblemReason = { "read.text_after_quote", { static_cast<std::int64_t>(count) } };
                }
                fields[count - 1].append(begin, n);
                m_pos += n;
                continue;
            }
        }
        int c = get();
        if (c == -1) {
            if (quoted) {
                m_fatalError
                    = "line " + std::to_string(m_recordLine) + ": a quoted field is never closed (unterminated quote)";
                m_fatalReason = { "read.unterminated_quote", {} };
                return Next::Failed;
            }
            break;
        }
        if (++recordBytes > maxRecordBytes) {
            m_fatalError = "line " + std::to_string(m_recordLine) + ": record longer than 16 MiB (an unclosed quote?)";
            m_fatalReason = { "read.record_too_long", {} };
            return Next::Failed;
        }
        if (quoted) {
            if (c == '"') {
                if (peek() == '"') {
                    get();
                    fields[count - 1] += '"';
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                else if (c == '\r' && peek() != '\n')
                    ++m_line;
                fields[count - 1] += static_cast<char>(c);
            }
            continue;
        }
        if (c == ' ' && m_separator == ' ') {
            // Runs of spaces are one separator; none at the start or the end of a line.
            while (peek() == ' ')
                get();
            const int after = peek();
            if ((count == 1 && fields[count - 1].empty() && !fieldWasQuoted) || after == '\n' || after == '\r'
                || after == -1)
                continue;
            c = m_separator;
        }
        if (c == m_separator) {
            if (count >= maxFields) {
                m_fatalError
                    = "line " + std::to_string(m_recordLine) + ": more than " + std::to_string(maxFields) + " columns";
                m_fatalReason = { "read.too_many_columns", { static_cast<std::int64_t>(maxFields) } };
                return Next::Failed;
            }
            startField();
            fieldWasQuoted = false;
        } else if (c == '\n') {
            ++m_line;
            break;
        } else if (c == '\r') {
            if (peek() == '\n')
                get();
            ++m_line;
            break;
        } else if (c == '"' && fields[count - 1].empty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else {
            if (fieldWasQuoted && m_recordProblem.empty()) {
                m_recordProblem = "text after the closing quote of field " + std::to_string(count);
                m_recordProblemReason = { "read.text_after_quote", { static_cast<std::int64_t>(count) } };
            }
            fields[count - 1] += static_cast<char>(c);
        }
    }
    fields.resize(count);
    if (m_encoding == TextEncoding::Utf8 && m_recordProblem.empty()) {
        for (const std::string& f : fields) {
            if (!isValidUtf8(f)) {
                m_recordProblem = looksChinese(f)
                    ? "invalid UTF-8 (the bytes look like Chinese text as Excel in China saves it: import with "
                      "--encoding gb18030)"
                    : "invalid UTF-8 (the bytes look like Western text as Excel saves it: import with --encoding "
                      "windows-1252)";
                m_recordProblemReason = { looksChinese(f) ? "read.utf8_looks_chinese" : "read.utf8_looks_western", {} };
                break;
            }
        }
    }
    if ((m_encoding == TextEncoding::Gb18030 || m_encoding == TextEncoding::Utf16) && m_recordProblem.empty()) {
        for (const std::string& f : fields) {
            if (f.find("\xEF\xBF\xBD") != std::string::npos) {
                m_recordProblem = std::string("bytes that are not valid ") + encodingName(m_encoding) + " text";
                m_recordProblemReason = { "read.invalid_bytes", { std::string(encodingName(m_encoding)) } };
                break;
            }
        }
    }
    return Next::Record;
}

std::string CsvReader::sha256Hex() const
{
    return m_hash.hex();
}

} // namespace kinsight::core
