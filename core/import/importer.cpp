#include "importer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <condition_variable>
#include <ctime>
#include <deque>
#include <exception>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <numeric>
#include <thread>

#include "core/import/csvreader.h"
#include "core/import/importrun.h"
#include "core/import/recordsource.h"
#include "core/import/values.h"
#include "core/store/database.h"
#include "core/text/messagetext.h"
#include "core/util/table.h"

#include <fcntl.h>
#include <sys/stat.h>

namespace kinsight::core {

std::string ImportIssue::text() const
{
    std::string out = file;
    if (line > 0)
        out += ":" + std::to_string(line);
    out += ": ";
    if (!column.empty())
        out += "column " + column + ": ";
    return out + reason;
}

namespace importing {

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::string lowerAscii(std::string_view s)
{
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::optional<double> parseNumber(std::string_view s)
{
    double v = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v))
        return std::nullopt;
    return v;
}

/// A value of the file as a message argument: at most 80 bytes (never cutting a UTF-8 character).
std::string clip(std::string_view s)
{
    if (s.size() <= 80)
        return std::string(s);
    size_t end = 80;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80)
        --end;
    return std::string(s.substr(0, end)) + "…";
}

std::string shown(std::string_view s)
{
    return "'" + clip(s) + "'";
}

std::string orNull(std::string_view v)
{
    return v.empty() ? std::string(storedNull) : std::string(v);
}

std::optional<RowError> requireText(std::string_view value, const char* column)
{
    if (value.empty())
        return RowError { column, "is empty (required)", { "import.required_empty", { std::string(column) } } };
    return std::nullopt;
}

namespace {

/// A non-empty time value as an instant, or the row's error.
std::optional<RowError> parseInstant(const TimeZone& zone, std::string_view value, const char* column, Timestamp& out)
{
    Reason why;
    const auto t = parseImportTime(value, zone, why);
    if (!t) {
        why.arguments = { clip(value) };
        if (why.code == "import.epoch_out_of_range")
            return RowError { column, shown(value) + " is an epoch time outside the years 1970 to 2100", why };
        return RowError { column,
            shown(value)
                + " is not a valid date or time (YYYY-MM-DD, YYYY/M/D, either with HH:MM[:SS], ISO 8601, or Unix "
                  "epoch seconds or milliseconds)",
            why };
    }
    out = *t;
    return std::nullopt;
}

std::optional<RowError> requiredEmpty(const char* column)
{
    return RowError { column, "is empty (required)", { "import.required_empty", { std::string(column) } } };
}

} // namespace

std::optional<RowError> parseTime(
    const TimeZone& zone, std::string_view value, const char* column, bool required, std::string& out)
{
    if (value.empty()) {
        if (required)
            return requiredEmpty(column);
        out = std::string(storedNull);
        return std::nullopt;
    }
    Timestamp t = 0;
    if (auto e = parseInstant(zone, value, column, t))
        return e;
    out = std::to_string(t);
    return std::nullopt;
}

std::optional<RowError> parseRequiredTime(
    const TimeZone& zone, std::string_view value, const char* column, Timestamp& out)
{
    if (value.empty())
        return requiredEmpty(column);
    return parseInstant(zone, value, column, out);
}

void ImportRun::addError(
    const std::string& file, std::int64_t line, std::string column, std::string reason, Reason code)
{
    ++m_report.errorCount;
    if (code.code.empty())
        code = Reason { "import.row", { reason } }; // a library's own message (SQLite's, Qt's)
    if (static_cast<int>(m_report.errors.size()) < m_options.maxErrors)
        m_report.errors.push_back({ file, line, std::move(column), std::move(reason), std::move(code) });
}

bool ImportRun::prepare()
{
    m_currency = m_db.meta("currency");
    auto zone = TimeZone::fromId(m_db.timeZoneId());
    if (!zone) {
        m_report.fatal = zone.error();
        m_report.fatalReason = zone.failure().reason;
        return false;
    }
    m_zone = std::move(zone).value();
    auto writer = ImportWriter::prepare(m_db);
    if (!writer) {
        m_report.fatal = writer.error();
        m_report.fatalReason = writer.failure().reason;
        return false;
    }
    m_writer = std::move(writer).value();
    return true;
}

bool ImportRun::loadIdsFor(FileKind kind)
{
    if (kind != FileKind::Products && !m_memberIdsLoaded) {
        m_memberIdsLoaded = true;
        if (!loadIds(IdTable::Members, m_memberIds))
            return false;
    }
    if (kind != FileKind::Members && kind != FileKind::Interactions && !m_productIdsLoaded) {
        m_productIdsLoaded = true;
        if (!loadIds(IdTable::Products, m_productIds))
            return false;
    }
    return true;
}

bool ImportRun::loadIds(IdTable table, IdMap& ids)
{
    // The ids of a UNIQUE column, read here in chunks while another thread makes the map's room
    // and adds each chunk read so far (in the order of the table's slots): the scan and the
    // adding overlap, instead of following each other (at a million members, 0.15 s and 0.1 s).
    struct Chunk {
        std::string keys;
        std::vector<IdMap::Span> spans;
    };
    constexpr size_t chunkIds = 1 << 16;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Chunk> full;
    bool scanned = false;
    std::exception_ptr failure;
    const auto expected = static_cast<size_t>(m_writer->rowidBound(table)) + 1024;
    std::thread adder([&] {
        try {
            ids.reserve(expected);
            for (;;) {
                Chunk chunk;
                {
                    std::unique_lock lock(mutex);
                    changed.wait(lock, [&] { return scanned || !full.empty(); });
                    if (full.empty())
                        return;
                    chunk = std::move(full.front());
                    full.pop_front();
                }
                ids.addDistinct(chunk.keys, chunk.spans);
            }
        } catch (...) {
            std::lock_guard lock(mutex);
            failure = std::current_exception();
        }
    });
    Chunk chunk;
    const auto hand = [&] {
        {
            std::lock_guard lock(mutex);
            full.push_back(std::move(chunk));
        }
        changed.notify_one();
        chunk = {};
        chunk.spans.reserve(chunkIds);
    };
    chunk.spans.reserve(chunkIds);
    Status s;
    try {
        s = m_writer->forEachId(table, [&](std::string_view id, std::int64_t rowid) {
            chunk.spans.push_back({ chunk.keys.size(), static_cast<std::uint32_t>(id.size()), rowid });
            chunk.keys.append(id);
            if (chunk.spans.size() == chunkIds)
                hand();
        });
    } catch (...) { // out of memory
        s = Error { "cannot read the ids" };
        std::lock_guard lock(mutex);
        failure = std::current_exception();
    }
    if (!chunk.spans.empty())
        hand();
    {
        std::lock_guard lock(mutex);
        scanned = true;
    }
    changed.notify_one();
    adder.join();
    if (failure)
        std::rethrow_exception(failure);
    if (!s) {
        m_report.fatal = s.error();
        m_report.fatalReason = s.failure().reason;
        return false;
    }
    return true;
}

std::optional<std::int64_t> ImportRun::memberRowid(std::string_view id)
{
    const std::int64_t rowid = m_memberIds.find(id);
    return rowid < 0 ? std::nullopt : std::optional<std::int64_t>(rowid);
}

std::optional<std::int64_t> ImportRun::productRowid(std::string_view id)
{
    const std::int64_t rowid = m_productIds.find(id);
    return rowid < 0 ? std::nullopt : std::optional<std::int64_t>(rowid);
}

void ImportRun::writeLog()
{
    for (const LogEntry& e : m_log) {
        const FileImportSummary& f = m_report.files[e.summary];
        m_writer->log({ f.file, toString(f.kind), e.sha256, f.read, f.imported, f.skipped, f.rejected, f.updated,
            f.created, static_cast<std::int64_t>(std::time(nullptr)) });
    }
    m_log.clear();
}

std::optional<RowError> ImportRun::importRow(FileKind kind, const Row& row, bool& deferred)
{
    switch (kind) {
    case FileKind::Members:
        return importMember(row, deferred);
    case FileKind::Products:
        return importProduct(row);
    case FileKind::Orders:
        return importOrder(row);
    case FileKind::Events:
        return importEvent(row);
    case FileKind::Ratings:
        return importRating(row);
    case FileKind::Interactions:
        return importInteraction(row);
    }
    return std::nullopt;
}

namespace {

/// Writes rejected rows to a temporary file beside the input; published only on commit.
class RejectedWriter {
public:
    RejectedWriter(std::string finalPath, const std::vector<std::string>& header)
        : m_finalPath(std::move(finalPath))
        , m_tempPath(m_finalPath + ".part")
        , m_header(header)
    { }
    void write(const std::vector<std::string>& fields, const std::string& reason)
    {
        if (!m_out.is_open()) {
            // Rejected rows carry personal data: owner-only, like the database.
            const int fd = ::open(m_tempPath.c_str(), O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
            if (fd >= 0)
                ::close(fd);
            m_out.open(m_tempPath, std::ios::binary | std::ios::trunc);
            m_out << "\xEF\xBB\xBF"; // a BOM, so that Excel reads the UTF-8 text right
            writeRow(m_header, "reason");
        }
        writeRow(fields, reason);
    }
    bool used() const { return m_out.is_open(); }
    void close() { m_out.close(); }
    const std::string& tempPath() const { return m_tempPath; }
    const std::string& finalPath() const { return m_finalPath; }

private:
    void writeRow(const std::vector<std::string>& fields, const std::string& last)
    {
        for (const std::string& f : fields)
            m_out << csvField(f) << ',';
        m_out << csvField(last) << "\r\n";
    }
    std::string m_finalPath, m_tempPath;
    std::vector<std::string> m_header;
    std::ofstream m_out;
};

} // namespace

bool ImportRun::importFile(const std::string& path, FileKind kind, std::int64_t bytesBefore, std::int64_t bytesTotal,
    const FileImportSettings* settings)
{
    // No write of a file's events outlives the file, however it ends (m_summary points at its
    // summary; a failed or cancelled import rolls back on this thread).
    struct JoinWrites {
        ImportRun& run;
        ~JoinWrites() { run.joinWrites(); }
    } joinWrites { *this };
    m_report.files.push_back({});
    m_summary = &m_report.files.back();
    m_summaryIndex = static_cast<std::uint32_t>(m_report.files.size() - 1);
    m_summary->file = path;
    m_summary->kind = kind;
    m_touched = RowSet();
    m_repeatsInFile.clear();
    std::error_code sizeUnknown;
    const auto fileBytes = std::filesystem::file_size(path, sizeUnknown);
    m_fileBytes = sizeUnknown ? 0 : static_cast<std::int64_t>(fileBytes);

    const TextEncoding encoding = settings && settings->encoding ? *settings->encoding : m_options.encoding;
    const Delimiter delimiter = settings && settings->delimiter ? *settings->delimiter : m_options.delimiter;
    const std::string sheet = settings && settings->sheet ? *settings->sheet : m_options.sheet;
    auto opened = openRecordSource(path, encoding, delimiter, sheet);
    if (!opened) {
        addError(path, 0, {}, opened.error().substr(std::min(opened.error().size(), path.size() + 2)),
            opened.failure().reason);
        return false;
    }
    // Read, decoded and split ahead on the other core while this one validates and writes.
    const std::unique_ptr<RecordSource> source = readAhead(std::move(opened).value());
    RecordSource& reader = *source;
    m_summary->encoding = reader.encoding();
    m_summary->delimiter = reader.delimiter();

    const auto fields = fieldsOf(kind);
    const bool noHeader = !m_options.columns.empty();
    std::vector<std::string> header;
    if (noHeader) {
        header = m_options.columns;
        bool namesOk = true;
        for (const std::string& name : header) {
            if (name == "-")
                continue;
            bool known = false;
            for (const FieldSpec& f : fields)
                known = known || f.name == name;
            if (!known) {
                addError(path, 0, name,
                    "--columns names '" + name + "', which is not a field of " + std::string(toString(kind)),
                    { "import.columns_unknown_field", { name, std::string(toString(kind)) } });
                namesOk = false;
            }
        }
        if (!namesOk)
            return false;
    } else {
        const auto first = reader.next(header);
        if (first == CsvReader::Next::Failed) {
            addError(path, reader.recordLine(), {}, reader.fatalError(), reader.fatalReason());
            return false;
        }
        if (first == CsvReader::Next::End) {
            addError(path, 1, {}, "no header row (the file holds only blank lines)", { "import.no_header", {} });
            return false;
        }
        if (!reader.recordProblem().empty()) {
            addError(path, 1, {}, "header: " + reader.recordProblem(), reader.recordProblemReason());
            return false;
        }
    }

    // Map headers to fields: --map first, then names and aliases.
    std::vector<int> columnOfField(fields.size(), -1);
    bool headerOk = true;
    const auto fieldIndex = [&](std::string_view name) {
        for (size_t f = 0; f < fields.size(); ++f) {
            if (fields[f].name == name)
                return static_cast<int>(f);
        }
        return -1;
    };
    for (size_t c = 0; c < header.size(); ++c) {
        const std::string h(trim(header[c]));
        if (noHeader && h == "-")
            continue;
        int field = -1;
        bool leftOut = false; // the wizard's "ignore this column"
        const auto mapHeader = [&](const std::vector<std::pair<std::string, std::string>>& columnMap, bool strict) {
            for (size_t i = 0; i < columnMap.size(); ++i) {
                const auto& [source, target] = columnMap[i];
                if (normaliseHeader(source) != normaliseHeader(h))
                    continue;
                if (strict)
                    m_mapMatched[i] = true;
                leftOut = target.empty();
                const int f = fieldIndex(target);
                if (f >= 0) {
                    field = f;
                } else if (strict && !target.empty()) {
                    addError(path, 1, target,
                        "--map '" + source + "=" + target + "': " + std::string(toString(kind)) + " have no field '"
                            + target + "'",
                        { "import.map_unknown_field", { source, target, std::string(toString(kind)) } });
                    headerOk = false;
                }
            }
        };
        // Per-file mappings first, then --map, then names and aliases.
        if (settings)
            mapHeader(settings->columnMap, false);
        if (field < 0 && !leftOut)
            mapHeader(m_options.columnMap, !noHeader);
        if (field < 0 && !leftOut)
            field = fieldForHeader(kind, h);
        if (field < 0) {
            if (!leftOut) {
                m_summary->warnings.push_back(
                    path + ": column '" + h + "' is not a field of " + std::string(toString(kind)) + "; ignored");
                m_summary->warningIssues.push_back({ path, 1, {}, m_summary->warnings.back(),
                    { "import.column_ignored", { clip(h), std::string(toString(kind)) } } });
            }
            continue;
        }
        if (columnOfField[static_cast<size_t>(field)] >= 0) {
            const std::string other(trim(header[static_cast<size_t>(columnOfField[static_cast<size_t>(field)])]));
            addError(path, 1, std::string(fields[static_cast<size_t>(field)].name),
                "columns '" + other + "' and '" + h + "' both give this field",
                { "import.duplicate_field", { clip(other), clip(h) } });
            headerOk = false;
            continue;
        }
        columnOfField[static_cast<size_t>(field)] = static_cast<int>(c);
    }
    for (size_t f = 0; f < fields.size(); ++f) {
        if (fields[f].required && columnOfField[f] < 0) {
            addError(path, 1, std::string(fields[f].name), "missing required column",
                { "import.missing_column", { std::string(fields[f].name) } });
            headerOk = false;
        }
    }
    if (kind == FileKind::Orders) {
        std::vector<int> present;
        for (size_t f = 0; f < fields.size(); ++f) {
            if (columnOfField[f] >= 0)
                present.push_back(static_cast<int>(f));
        }
        if (!ordersHaveAmount(present)) {
            addError(path, 1, "amount", "missing required column (or give quantity and unit_price)",
                { "import.missing_amount_column", {} });
            headerOk = false;
        }
    }
    if (!headerOk)
        return false;

    // --value mappings of this kind's fields.
    ValueMaps valueMaps(fields.size());
    for (const ValueMapping& m : m_options.valueMap) {
        const int f = fieldIndex(m.field);
        if (f >= 0)
            valueMaps[static_cast<size_t>(f)].emplace_back(lowerAscii(m.source), m.target);
    }

    // While the reader parses the first rows on the other core.
    if (!loadIdsFor(kind))
        return false;

    const std::filesystem::path p(path);
    RejectedWriter rejected((p.parent_path() / (p.stem().string() + ".rejected.csv")).string(), header);
    bool fileOk = true;
    struct Deferred {
        std::vector<std::string> fields;
        std::int64_t line;
    };
    std::vector<Deferred> deferredRows;

    auto handle = [&](const std::vector<std::string>& record, std::int64_t line, const std::optional<RowError>& error) {
        if (!error)
            return;
        if (m_options.skipInvalid) {
            ++m_summary->rejected;
            // The reason column is for the operator who opens the file (in Excel): in the interface
            // language, as the CLI's --language or the window's language set it.
            const QString reason = locatedText({}, 0, error->column, error->code);
            rejected.write(record, reason.toStdString());
        } else {
            fileOk = false;
            addError(path, line, error->column, error->reason, error->code);
        }
    };

    // The id columns looked up in a large table for each row: the row a few places ahead has its
    // slots loaded while this one is validated (each look-up is otherwise a cache miss).
    std::vector<std::pair<size_t, const IdMap*>> lookedUp;
    const auto looksUp = [&](size_t field, const IdMap& ids) {
        if (columnOfField[field] >= 0)
            lookedUp.emplace_back(static_cast<size_t>(columnOfField[field]), &ids);
    };
    switch (kind) {
    case FileKind::Members:
        looksUp(static_cast<size_t>(MemberField::MemberId), m_memberIds);
        break;
    case FileKind::Orders:
        looksUp(static_cast<size_t>(OrderField::MemberId), m_memberIds);
        looksUp(static_cast<size_t>(OrderField::OrderId), m_orderIndex);
        break;
    case FileKind::Events:
        looksUp(static_cast<size_t>(EventField::MemberId), m_memberIds);
        break;
    case FileKind::Ratings:
        looksUp(static_cast<size_t>(RatingField::MemberId), m_memberIds);
        break;
    case FileKind::Interactions:
        looksUp(static_cast<size_t>(InteractionField::FromMemberId), m_memberIds);
        looksUp(static_cast<size_t>(InteractionField::ToMemberId), m_memberIds);
        break;
    case FileKind::Products:
        break;
    }
    constexpr size_t lookAheadRows = 8;

    std::vector<std::string> record;
    std::int64_t rows = 0;
    for (;;) {
        const auto next = reader.next(record);
        if (const std::vector<std::string>* ahead = lookedUp.empty() ? nullptr : reader.lookAhead(lookAheadRows)) {
            for (const auto& [column, ids] : lookedUp) {
                if (column < ahead->size())
                    ids->prefetch(trim((*ahead)[column]));
            }
        }
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Failed) {
            const std::string& fatal = reader.fatalError();
            const size_t colon = fatal.find(": ");
            addError(path, reader.recordLine(), {}, colon == std::string::npos ? fatal : fatal.substr(colon + 2),
                reader.fatalReason());
            return false;
        }
        ++m_summary->read;
        if ((++rows & 0x3fff) == 0) {
            if (m_control.stopRequested())
                throw Cancelled {};
            m_control.progress(static_cast<double>(bytesBefore + reader.bytesRead())
                / static_cast<double>(std::max<std::int64_t>(bytesTotal, 1)));
        }
        m_rowLine = reader.recordLine();
        m_bytesInFile = reader.bytesRead();
        if (reader.ragged() && record.size() < header.size())
            record.resize(header.size());
        std::optional<RowError> error;
        if (!reader.recordProblem().empty()) {
            error = RowError { {}, reader.recordProblem(), reader.recordProblemReason() };
        } else if (record.size() != header.size()) {
            if (noHeader)
                error = RowError { {},
                    "--columns names " + std::to_string(header.size()) + " columns, but this row has "
                        + std::to_string(record.size()),
                    { "import.columns_count",
                        { static_cast<std::int64_t>(header.size()), static_cast<std::int64_t>(record.size()) } } };
            else
                error = RowError { {},
                    "expected " + std::to_string(header.size()) + " fields, found " + std::to_string(record.size()),
                    { "import.field_count",
                        { static_cast<std::int64_t>(header.size()), static_cast<std::int64_t>(record.size()) } } };
        } else {
            bool deferred = false;
            error = importRow(kind, Row { &record, &columnOfField, &valueMaps }, deferred);
            if (deferred) {
                deferredRows.push_back({ record, reader.recordLine() });
                continue;
            }
        }
        handle(record, reader.recordLine(), error);
    }

    flushOccurrences();
    writeMovedJoins();

    // Members whose referrer appears later in the same file: retry until nothing more resolves.
    while (!deferredRows.empty()) {
        std::vector<Deferred> still;
        for (Deferred& d : deferredRows) {
            bool deferred = false;
            m_rowLine = d.line;
            const auto error = importRow(kind, Row { &d.fields, &columnOfField, &valueMaps }, deferred);
            if (deferred)
                still.push_back(std::move(d));
            else
                handle(d.fields, d.line, error);
        }
        if (still.size() == deferredRows.size()) {
            std::sort(still.begin(), still.end(), [](const Deferred& a, const Deferred& b) { return a.line < b.line; });
            for (const Deferred& d : still) {
                const std::string_view ref = Row { &d.fields, &columnOfField, &valueMaps }.get(MemberField::ReferrerId);
                handle(d.fields, d.line,
                    RowError { fieldName(MemberField::ReferrerId), shown(ref) + " names no known member",
                        { "import.unknown_member", { clip(ref) } } });
            }
            break;
        }
        deferredRows = std::move(still);
    }

    if (kind == FileKind::Members)
        flushMembers();
    if (kind == FileKind::Orders) {
        m_orderBytesDone += reader.bytesRead();
        m_bytesInFile = 0;
    }

    if (rejected.used()) {
        rejected.close();
        m_summary->rejectedPath = rejected.finalPath();
        m_pendingRejected.emplace_back(rejected.tempPath(), rejected.finalPath());
    }
    if (!fileOk)
        return false;

    m_log.push_back({ m_summaryIndex, reader.sha256Hex() });
    return true;
}

void ImportRun::discardRejectedFiles()
{
    for (const auto& [temp, final] : m_pendingRejected) {
        std::error_code ec;
        std::filesystem::remove(temp, ec);
    }
    for (auto& f : m_report.files)
        f.rejectedPath.clear();
}

void ImportRun::publishRejectedFiles()
{
    for (const auto& [temp, final] : m_pendingRejected) {
        std::error_code ec;
        std::filesystem::rename(temp, final, ec);
    }
}

} // namespace importing

ImportReport importFiles(
    Database& db, const std::vector<std::string>& paths, const ImportOptions& options, const TaskControl& control)
{
    using namespace importing;
    ImportReport report;
    struct Planned {
        std::string path;
        FileKind kind;
        size_t given;
        std::int64_t bytes; ///< its size (0 when it cannot be read), for progress and the order estimate
    };
    std::vector<Planned> plan;
    std::int64_t totalBytes = 0;
    for (size_t i = 0; i < paths.size(); ++i) {
        std::error_code exists;
        if (!std::filesystem::exists(paths[i], exists)) {
            report.fatal = paths[i] + ": file does not exist";
            report.fatalReason = { "import.file_missing", {} };
            report.fatalFile = paths[i];
            return report;
        }
        const FileImportSettings* settings = i < options.perFile.size() ? &options.perFile[i] : nullptr;
        const auto kind = settings && settings->kind ? settings->kind
            : options.kind                           ? options.kind
                                                     : fileKindFromPath(paths[i]);
        if (!kind) {
            report.fatal = paths[i]
                + ": cannot tell the kind of file from its name; name it members.csv, products.csv, orders.csv, "
                  "events.csv, ratings.csv or interactions.csv (a suffix such as orders-2026.csv is fine), or give "
                  "--kind";
            report.fatalReason = { "import.kind_unknown", {} };
            report.fatalFile = paths[i];
            return report;
        }
        std::error_code ec;
        const auto size = std::filesystem::file_size(paths[i], ec);
        plan.push_back({ paths[i], *kind, i, ec ? 0 : static_cast<std::int64_t>(size) });
        totalBytes += plan.back().bytes;
    }
    std::stable_sort(plan.begin(), plan.end(), [](const Planned& a, const Planned& b) { return a.kind < b.kind; });

    // --value and --map must name fields that the kinds imported have.
    const auto kindHas = [&](std::string_view field) {
        for (const Planned& p : plan) {
            for (const FieldSpec& f : fieldsOf(p.kind)) {
                if (f.name == field)
                    return true;
            }
        }
        return false;
    };
    for (const ValueMapping& m : options.valueMap) {
        if (!kindHas(m.field)) {
            report.fatal = "--value '" + m.field + ":" + m.source + "=" + m.target
                + "': no file of this import has a field '" + m.field + "'";
            report.fatalReason = { "import.value_no_field", { m.field + ":" + m.source + "=" + m.target, m.field } };
            return report;
        }
    }
    if (!options.columns.empty() && !options.columnMap.empty()) {
        report.fatal = "--map cannot be used with --no-header --columns (the columns are named by --columns)";
        report.fatalReason = { "import.map_with_columns", {} };
        return report;
    }

    const ImportWriter::BulkSettings bulk(db);
    if (Status s = db.begin(); !s) {
        // A file's busy or read-only state reads best from SQLite; a server's error is in `s`.
        report.fatal = std::string_view(db.engine()) == "sqlite" ? db.lastError() : s.error();
        report.fatalReason = s.failure().reason;
        return report;
    }
    ImportRun run(db, options, control, report);
    run.m_mapMatched.assign(options.columnMap.size(), false);
    std::int64_t orderBytes = 0;
    for (const Planned& p : plan)
        orderBytes += p.kind == FileKind::Orders ? p.bytes : 0;
    run.setOrderBytes(orderBytes);
    bool ok = run.prepare();
    // Files are imported kind by kind (members before the orders that name them) but reported in
    // the order given, as the user named them: report.files[i] came from paths[givenOf[i]].
    std::vector<size_t> givenOf;
    auto inOrderGiven = [&report, &givenOf] {
        std::vector<size_t> order(std::min(givenOf.size(), report.files.size()));
        std::iota(order.begin(), order.end(), size_t { 0 });
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return givenOf[a] < givenOf[b]; });
        std::vector<FileImportSummary> files;
        files.reserve(report.files.size());
        for (size_t i : order)
            files.push_back(std::move(report.files[i]));
        for (size_t i = order.size(); i < report.files.size(); ++i)
            files.push_back(std::move(report.files[i]));
        report.files = std::move(files);
    };
    try {
        std::int64_t bytesBefore = 0;
        for (size_t i = 0; i < plan.size(); ++i) {
            const Planned& p = plan[i];
            if (!ok && !report.fatal.empty())
                break;
            givenOf.push_back(p.given);
            ok = run.importFile(p.path, p.kind, bytesBefore, totalBytes,
                     p.given < options.perFile.size() ? &options.perFile[p.given] : nullptr)
                && ok;
            bytesBefore += p.bytes;
            // The lines of one order may be in any of the order files: orders are written once
            // the last of them is read.
            if (p.kind == FileKind::Orders && (i + 1 == plan.size() || plan[i + 1].kind != FileKind::Orders) && ok)
                run.flushOrders();
        }
        for (size_t i = 0; i < options.columnMap.size() && ok; ++i) {
            if (!run.m_mapMatched[i]) {
                report.fatal = "--map '" + options.columnMap[i].first + "=" + options.columnMap[i].second
                    + "': no file of this import has a column '" + options.columnMap[i].first + "'";
                report.fatalReason = { "import.map_no_column",
                    { options.columnMap[i].first + "=" + options.columnMap[i].second, options.columnMap[i].first } };
                ok = false;
            }
        }
        if (ok && report.fatal.empty())
            run.writeLog();
        if (ok && report.fatal.empty()) {
            if (Status s = db.commit(); !s) {
                report.fatal = s.error();
                report.fatalReason = s.failure().reason;
                ok = false;
            }
        }
    } catch (const Cancelled&) {
        report.cancelled = true;
        report.fatal = "import cancelled; nothing was written";
        report.fatalReason = { "import.cancelled", {} };
        ok = false;
    } catch (const std::exception& e) {
        report.fatal = e.what();
        report.fatalReason = { "import.write_failed", { std::string(e.what()) } };
        ok = false;
    }
    if (!ok || !report.fatal.empty()) {
        db.rollback();
        run.discardRejectedFiles();
        report.ok = false;
        inOrderGiven();
        return report;
    }
    run.publishRejectedFiles();
    inOrderGiven();
    report.ok = true;
    control.progress(1.0);
    return report;
}

} // namespace kinsight::core
