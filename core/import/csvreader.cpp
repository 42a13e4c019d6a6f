#include "csvreader.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace kinsight::core {

namespace {
constexpr size_t blockSize = 1 << 20;
}

Result<std::unique_ptr<CsvReader>> CsvReader::open(const std::string& path, TextEncoding encoding)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return Error { path + ": file does not exist" };
    if (std::filesystem::is_directory(path, ec))
        return Error { path + ": is a folder, not a file" };
    std::unique_ptr<CsvReader> reader(new CsvReader);
    auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!*file)
        return Error { path + ": cannot be read" };
    reader->m_file = std::move(file);
    reader->m_totalBytes = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));
    if (reader->m_totalBytes == 0)
        return Error { path + ": file is empty (a header row is required)" };
    return start(std::move(reader), encoding);
}

Result<std::unique_ptr<CsvReader>> CsvReader::fromBytes(std::string bytes, TextEncoding encoding)
{
    if (bytes.empty())
        return Error { "the text is empty (a header row is required)" };
    std::unique_ptr<CsvReader> reader(new CsvReader);
    reader->m_totalBytes = static_cast<std::int64_t>(bytes.size());
    reader->m_file = std::make_unique<std::istringstream>(std::move(bytes));
    return start(std::move(reader), encoding);
}

Result<std::unique_ptr<CsvReader>> CsvReader::start(std::unique_ptr<CsvReader> reader, TextEncoding encoding)
{
    if (encoding == TextEncoding::Auto) {
        std::string sample(64 * 1024, '\0');
        reader->m_file->read(sample.data(), static_cast<std::streamsize>(sample.size()));
        sample.resize(static_cast<size_t>(reader->m_file->gcount()));
        encoding = detectEncoding(sample);
        reader->m_file->clear();
        reader->m_file->seekg(0);
    }
    reader->m_encoding = encoding;
    if (encoding == TextEncoding::Gb18030)
        reader->m_decoder = std::make_unique<QStringDecoder>("GB18030");
    return reader;
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
    m_hash.addData(QByteArrayView(raw.data(), static_cast<qsizetype>(raw.size())));
    m_buffer.erase(0, m_pos);
    m_pos = 0;
    if (m_decoder) {
        const QString text = m_decoder->decode(QByteArrayView(raw.data(), static_cast<qsizetype>(raw.size())));
        const QByteArray utf8 = text.toUtf8();
        m_buffer.append(utf8.constData(), static_cast<size_t>(utf8.size()));
    } else {
        m_buffer.append(raw);
    }
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
    fields.clear();
    m_recordProblem.clear();
    if (!m_fatalError.empty())
        return Next::Failed;

    // Skip blank lines between records.
    for (;;) {
        const int c = peek();
        if (c == -1)
            return Next::End;
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
    fields.emplace_back();
    bool quoted = false; // inside a quoted field
    bool fieldWasQuoted = false;
    for (;;) {
        int c = get();
        if (c == -1) {
            if (quoted) {
                m_fatalError
                    = "line " + std::to_string(m_recordLine) + ": a quoted field is never closed (unterminated quote)";
                return Next::Failed;
            }
            break;
        }
        if (++recordBytes > maxRecordBytes) {
            m_fatalError = "line " + std::to_string(m_recordLine) + ": record longer than 16 MiB (an unclosed quote?)";
            return Next::Failed;
        }
        if (quoted) {
            if (c == '"') {
                if (peek() == '"') {
                    get();
                    fields.back() += '"';
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n')
                    ++m_line;
                else if (c == '\r' && peek() != '\n')
                    ++m_line;
                fields.back() += static_cast<char>(c);
            }
            continue;
        }
        if (c == ',') {
            if (fields.size() >= maxFields) {
                m_fatalError
                    = "line " + std::to_string(m_recordLine) + ": more than " + std::to_string(maxFields) + " columns";
                return Next::Failed;
            }
            fields.emplace_back();
            fieldWasQuoted = false;
        } else if (c == '\n') {
            ++m_line;
            break;
        } else if (c == '\r') {
            if (peek() == '\n')
                get();
            ++m_line;
            break;
        } else if (c == '"' && fields.back().empty() && !fieldWasQuoted) {
            quoted = true;
            fieldWasQuoted = true;
        } else {
            if (fieldWasQuoted && m_recordProblem.empty())
                m_recordProblem = "text after the closing quote of field " + std::to_string(fields.size());
            fields.back() += static_cast<char>(c);
        }
    }
    if (m_encoding == TextEncoding::Utf8 && m_recordProblem.empty()) {
        for (const std::string& f : fields) {
            if (!isValidUtf8(f)) {
                m_recordProblem
                    = "invalid UTF-8 (if Excel saved this file in China, import it with --encoding gb18030)";
                break;
            }
        }
    }
    if (m_encoding == TextEncoding::Gb18030 && m_recordProblem.empty()) {
        for (const std::string& f : fields) {
            if (f.find("\xEF\xBF\xBD") != std::string::npos) {
                m_recordProblem = "bytes that are not valid GB18030 text";
                break;
            }
        }
    }
    return Next::Record;
}

std::string CsvReader::sha256Hex() const
{
    return m_hash.result().toHex().toStdString();
}

} // namespace kinsight::core
