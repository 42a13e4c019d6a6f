#include "recordsource.h"

#include <fstream>

#include "core/import/xlsxreader.h"

namespace kinsight::core {

namespace {

class CsvSource final : public RecordSource {
public:
    explicit CsvSource(std::unique_ptr<CsvReader> reader)
        : m_reader(std::move(reader))
    { }
    CsvReader::Next next(std::vector<std::string>& fields) override { return m_reader->next(fields); }
    std::int64_t recordLine() const override { return m_reader->recordLine(); }
    const std::string& recordProblem() const override { return m_reader->recordProblem(); }
    const std::string& fatalError() const override { return m_reader->fatalError(); }
    const Reason& recordProblemReason() const override { return m_reader->recordProblemReason(); }
    const Reason& fatalReason() const override { return m_reader->fatalReason(); }
    std::int64_t bytesRead() const override { return m_reader->bytesRead(); }
    std::string sha256Hex() const override { return m_reader->sha256Hex(); }
    TextEncoding encoding() const override { return m_reader->encoding(); }
    Delimiter delimiter() const override { return m_reader->delimiter(); }

private:
    std::unique_ptr<CsvReader> m_reader;
};

class XlsxSource final : public RecordSource {
public:
    explicit XlsxSource(std::unique_ptr<XlsxReader> reader)
        : m_reader(std::move(reader))
    { }
    CsvReader::Next next(std::vector<std::string>& fields) override { return m_reader->next(fields); }
    std::int64_t recordLine() const override { return m_reader->recordLine(); }
    const std::string& recordProblem() const override { return m_reader->recordProblem(); }
    const std::string& fatalError() const override { return m_reader->fatalError(); }
    const Reason& recordProblemReason() const override { return m_reader->recordProblemReason(); }
    const Reason& fatalReason() const override { return m_reader->fatalReason(); }
    std::int64_t bytesRead() const override { return m_reader->bytesRead(); }
    std::string sha256Hex() const override { return m_reader->sha256Hex(); }
    bool ragged() const override { return true; }

private:
    std::unique_ptr<XlsxReader> m_reader;
};

bool endsWithXlsx(const std::string& path)
{
    if (path.size() < 5)
        return false;
    std::string ext = path.substr(path.size() - 5);
    for (char& c : ext) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return ext == ".xlsx" || ext == ".xlsm";
}

} // namespace

bool isXlsxPath(const std::string& path)
{
    if (endsWithXlsx(path))
        return true;
    std::ifstream in(path, std::ios::binary);
    char magic[4] = {};
    in.read(magic, 4);
    return in.gcount() == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == '\x03' && magic[3] == '\x04';
}

Result<std::unique_ptr<RecordSource>> openRecordSource(
    const std::string& path, TextEncoding encoding, Delimiter delimiter, const std::string& sheet)
{
    if (isXlsxPath(path)) {
        auto reader = XlsxReader::open(path, sheet);
        if (!reader)
            return reader.failure();
        return std::unique_ptr<RecordSource>(new XlsxSource(std::move(reader).value()));
    }
    auto reader = CsvReader::open(path, encoding, delimiter);
    if (!reader)
        return reader.failure();
    return std::unique_ptr<RecordSource>(new CsvSource(std::move(reader).value()));
}

} // namespace kinsight::core
