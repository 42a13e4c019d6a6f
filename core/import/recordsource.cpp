#include "recordsource.h"

#include <condition_variable>
#include <deque>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <thread>

#include "core/import/xlsxreader.h"

namespace kinsight::core {

namespace {

/// A RecordSource over one of the readers (CsvReader, XlsxReader: the same interface).
template <typename Reader> class ReaderSource : public RecordSource {
public:
    explicit ReaderSource(std::unique_ptr<Reader> reader)
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

protected:
    const Reader& reader() const { return *m_reader; }

private:
    std::unique_ptr<Reader> m_reader;
};

class CsvSource final : public ReaderSource<CsvReader> {
public:
    using ReaderSource::ReaderSource;
    TextEncoding encoding() const override { return reader().encoding(); }
    Delimiter delimiter() const override { return reader().delimiter(); }
};

/// Cells of a sheet row: a row may be shorter than the header (trailing empty cells are absent).
class XlsxSource final : public ReaderSource<XlsxReader> {
public:
    using ReaderSource::ReaderSource;
    bool ragged() const override { return true; }
};

/// One batch of records read ahead. `next` is what the source said after the last record (End or
/// Failed) when the batch is the source's last, else Record.
struct Batch {
    struct Item {
        std::vector<std::string> fields;
        std::int64_t line = 0;
        std::string problem;
        Reason problemReason;
    };
    std::vector<Item> items;
    size_t used = 0; ///< records filled (items beyond keep their capacity for reuse)
    CsvReader::Next last = CsvReader::Next::Record;
    std::int64_t lastLine = 0; ///< the source's recordLine() when it said `last`
};

class ReadAheadSource final : public RecordSource {
public:
    explicit ReadAheadSource(std::unique_ptr<RecordSource> source)
        : m_source(std::move(source))
        , m_encoding(m_source->encoding())
        , m_delimiter(m_source->delimiter())
        , m_ragged(m_source->ragged())
    {
        m_worker = std::thread([this] { run(); });
    }
    ~ReadAheadSource() override
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_changed.notify_all();
        m_worker.join();
    }

    CsvReader::Next next(std::vector<std::string>& fields) override
    {
        while (m_current.used == m_position) {
            if (m_current.last != CsvReader::Next::Record) {
                m_line = m_current.lastLine;
                return m_current.last;
            }
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_full.empty(); });
            // The spent batch goes back to the reader for its strings' capacity.
            m_empty.push_back(std::move(m_current));
            m_current = std::move(m_full.front());
            m_full.pop_front();
            m_bytesRead = m_bytesAtBatch.front();
            m_bytesAtBatch.pop_front();
            m_position = 0;
            lock.unlock();
            m_changed.notify_all();
        }
        Batch::Item& item = m_current.items[m_position++];
        fields.swap(item.fields);
        m_line = item.line;
        m_problem.swap(item.problem);
        m_problemReason = std::move(item.problemReason);
        return CsvReader::Next::Record;
    }
    std::int64_t recordLine() const override { return m_line; }
    const std::string& recordProblem() const override { return m_problem; }
    const Reason& recordProblemReason() const override { return m_problemReason; }
    // Read once the last batch is in (the queue's lock orders the worker's writes before).
    const std::string& fatalError() const override { return m_fatal; }
    const Reason& fatalReason() const override { return m_fatalReason; }
    std::int64_t bytesRead() const override { return m_bytesRead; }
    std::string sha256Hex() const override { return m_sha256; }
    TextEncoding encoding() const override { return m_encoding; }
    Delimiter delimiter() const override { return m_delimiter; }
    bool ragged() const override { return m_ragged; }
    const std::vector<std::string>* lookAhead(size_t n) const override
    {
        const size_t at = m_position + n - 1;
        return n >= 1 && at < m_current.used ? &m_current.items[at].fields : nullptr;
    }

private:
    static constexpr size_t batchRecords = 2048;
    static constexpr size_t batchesWaiting = 2;

    void run()
    {
        for (;;) {
            Batch batch;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [this] { return m_stop || m_full.size() < batchesWaiting; });
                if (m_stop)
                    return;
                if (!m_empty.empty()) {
                    batch = std::move(m_empty.back());
                    m_empty.pop_back();
                }
            }
            batch.used = 0;
            batch.last = CsvReader::Next::Record;
            std::string thrown;
            while (batch.used < batchRecords) {
                if (batch.items.size() == batch.used)
                    batch.items.emplace_back();
                Batch::Item& item = batch.items[batch.used];
                CsvReader::Next n = CsvReader::Next::Failed;
                try {
                    n = m_source->next(item.fields);
                } catch (const std::exception& e) { // out of memory: the file cannot be read further
                    thrown = e.what();
                }
                if (n != CsvReader::Next::Record) {
                    batch.last = n;
                    break;
                }
                item.line = m_source->recordLine();
                item.problem = m_source->recordProblem();
                item.problemReason = m_source->recordProblemReason();
                ++batch.used;
            }
            const bool done = batch.last != CsvReader::Next::Record;
            {
                std::lock_guard lock(m_mutex);
                if (done) {
                    m_fatal = thrown.empty() ? m_source->fatalError() : thrown;
                    m_fatalReason = thrown.empty() ? m_source->fatalReason() : Reason { "import.row", { thrown } };
                    batch.lastLine = m_source->recordLine(); // where a failure is
                    m_sha256 = m_source->sha256Hex();
                }
                m_bytesAtBatch.push_back(m_source->bytesRead());
                m_full.push_back(std::move(batch));
            }
            m_changed.notify_all();
            if (done)
                return;
        }
    }

    std::unique_ptr<RecordSource> m_source;
    const TextEncoding m_encoding;
    const Delimiter m_delimiter;
    const bool m_ragged;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_full;
    std::deque<std::int64_t> m_bytesAtBatch;
    std::vector<Batch> m_empty;
    bool m_stop = false;
    std::string m_fatal;
    Reason m_fatalReason;
    std::string m_sha256;
    std::thread m_worker;

    // The consumer's side.
    Batch m_current;
    size_t m_position = 0;
    std::int64_t m_line = 0;
    std::int64_t m_bytesRead = 0;
    std::string m_problem;
    Reason m_problemReason;
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

std::unique_ptr<RecordSource> readAhead(std::unique_ptr<RecordSource> source)
{
    return std::make_unique<ReadAheadSource>(std::move(source));
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
