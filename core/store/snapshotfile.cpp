#include "snapshotfile.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <deque>
#include <functional>
#include <random>
#include <string_view>
#include <type_traits>
#include <unordered_map>

#include "core/data/communitycolumns.h"
#include "core/store/database.h"
#include "core/util/parallel.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>

namespace kinsight::core {

namespace {

// The file, all integers in the writing machine's byte order (a marker tells):
//   header (128 bytes) | directory (columnCount entries of 80 bytes) | columns, each 64-aligned
constexpr char magic[8] = { 'K', 'I', 'N', 'S', 'N', 'A', 'P', '\0' };
/// Raised when the meaning of a column changes. A column added or removed needs no new version:
/// the reader looks columns up by name and treats a missing one as a stale file.
constexpr std::uint32_t formatVersion = 1;
constexpr std::uint32_t byteOrderMark = 0x01020304;
constexpr size_t alignment = 64;
constexpr size_t nameBytes = 48;

struct Header {
    char magic[8];
    std::uint32_t version;
    std::uint32_t byteOrder;
    std::uint64_t fileSize;
    std::uint64_t directoryOffset;
    std::uint32_t columnCount;
    std::uint32_t reserved0;
    std::int64_t contentVersion;
    std::int32_t schemaVersion;
    std::uint32_t reserved1;
    char databaseId[32];
    std::uint64_t directoryChecksum;
    char reserved2[24];
    std::uint64_t headerChecksum; ///< XXH3-64 of the 120 bytes before it
};
static_assert(sizeof(Header) == 128 && std::is_trivially_copyable_v<Header>);

enum class Kind : std::uint32_t { Vector = 1, PoolChars = 2, PoolEnds = 3, Scalar = 4, Text = 5 };

struct Entry {
    char name[nameBytes];
    std::uint32_t elementSize;
    Kind kind;
    std::uint64_t count;
    std::uint64_t offset;
    std::uint64_t checksum; ///< XXH3-64 of the column's bytes
};
static_assert(sizeof(Entry) == 80 && std::is_trivially_copyable_v<Entry>);

/// Columns to write: name, kind, where their bytes are.
struct Source {
    std::string name;
    Kind kind;
    std::uint32_t elementSize;
    std::uint64_t count;
    const void* data;
    size_t bytes() const { return static_cast<size_t>(count) * elementSize; }
};

template <typename T> void addSources(std::vector<Source>& out, const std::string& name, const T& column)
{
    if constexpr (std::is_same_v<T, StringPool>) {
        out.push_back({ name + "#chars", Kind::PoolChars, 1, column.chars().size(), column.chars().data() });
        out.push_back({ name + "#ends", Kind::PoolEnds, sizeof(size_t), column.ends().size(), column.ends().data() });
    } else if constexpr (std::is_same_v<T, Vocabulary>) {
        addSources(out, name, column.names());
    } else if constexpr (std::is_arithmetic_v<T>) {
        out.push_back({ name, Kind::Scalar, sizeof(T), 1, &column });
    } else {
        using V = typename T::value_type;
        static_assert(std::is_trivially_copyable_v<V>);
        out.push_back({ name, Kind::Vector, sizeof(V), column.size(), column.data() });
    }
}

std::string hexOf(const XXH128_hash_t& h)
{
    char out[33];
    std::snprintf(out, sizeof out, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
        static_cast<unsigned long long>(h.low64));
    return out;
}

size_t alignUp(size_t v)
{
    return (v + alignment - 1) / alignment * alignment;
}

/// The write of `path` failed (errno says why).
Error writeFailed(const std::string& path)
{
    const std::string why = std::strerror(errno);
    return Error { "cannot write snapshot file " + path + ": " + why, { "snapshot.write_failed", { path, why } } };
}

Status writeAll(int fd, const void* data, size_t bytes, const std::string& path)
{
    const auto* p = static_cast<const char*>(data);
    while (bytes > 0) {
        const ssize_t n = ::write(fd, p, std::min<size_t>(bytes, size_t(1) << 30));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return writeFailed(path);
        }
        p += n;
        bytes -= static_cast<size_t>(n);
    }
    return {};
}

std::string randomSuffix()
{
    std::random_device device;
    return std::to_string(::getpid()) + "-" + std::to_string(device());
}

} // namespace

Result<SnapshotKey> snapshotKeyOf(Database& db)
{
    SnapshotKey key;
    const std::string identity = db.meta("pseudonym_key") + "\x1f" + db.meta("created_at");
    key.databaseId = hexOf(XXH3_128bits(identity.data(), identity.size()));
    key.contentVersion = db.contentVersion();
    key.schemaVersion = db.schemaVersion();
    key.currency = db.meta("currency").empty() ? std::string("CNY") : db.meta("currency");
    key.timeZone = db.timeZoneId();
    return key;
}

std::string snapshotPathFor(const std::string& databasePath)
{
    return databasePath + ".snapshot";
}

Status writeSnapshotFile(const std::string& path, const Community& c, const SnapshotKey& key)
{
    std::vector<Source> sources;
    forEachColumn(c, [&](const char* name, const auto& column) { addSources(sources, name, column); });
    sources.push_back({ "currency", Kind::Text, 1, c.currency.size(), c.currency.data() });
    sources.push_back({ "timeZone", Kind::Text, 1, c.timeZone.id().size(), c.timeZone.id().data() });

    std::vector<Entry> directory(sources.size());
    size_t offset = alignUp(sizeof(Header) + directory.size() * sizeof(Entry));
    for (size_t i = 0; i < sources.size(); ++i) {
        Entry& e = directory[i];
        std::memset(&e, 0, sizeof e);
        if (sources[i].name.size() >= nameBytes)
            return Error { "snapshot column name too long: " + sources[i].name };
        std::memcpy(e.name, sources[i].name.data(), sources[i].name.size());
        e.elementSize = sources[i].elementSize;
        e.kind = sources[i].kind;
        e.count = sources[i].count;
        e.offset = offset;
        offset = alignUp(offset + sources[i].bytes());
    }
    detail::parallelBlocks(detail::threadCount(0), sources.size(),
        [&](size_t i) { directory[i].checksum = XXH3_64bits(sources[i].data, sources[i].bytes()); });

    Header h;
    std::memset(&h, 0, sizeof h);
    std::memcpy(h.magic, magic, sizeof magic);
    h.version = formatVersion;
    h.byteOrder = byteOrderMark;
    h.fileSize = offset;
    h.directoryOffset = sizeof(Header);
    h.columnCount = static_cast<std::uint32_t>(directory.size());
    h.contentVersion = key.contentVersion;
    h.schemaVersion = key.schemaVersion;
    std::memcpy(h.databaseId, key.databaseId.data(), std::min(key.databaseId.size(), sizeof h.databaseId));
    h.directoryChecksum = XXH3_64bits(directory.data(), directory.size() * sizeof(Entry));
    h.headerChecksum = XXH3_64bits(&h, offsetof(Header, headerChecksum));

    const std::string temporary = path + ".tmp-" + randomSuffix();
    const int fd = ::open(temporary.c_str(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0)
        return writeFailed(path);
    ::fchmod(fd, S_IRUSR | S_IWUSR);
    Status s = writeAll(fd, &h, sizeof h, path);
    if (s)
        s = writeAll(fd, directory.data(), directory.size() * sizeof(Entry), path);
    size_t written = sizeof h + directory.size() * sizeof(Entry);
    static const char zeros[alignment] = {};
    for (size_t i = 0; s && i < sources.size(); ++i) {
        s = writeAll(fd, zeros, static_cast<size_t>(directory[i].offset) - written, path);
        if (s)
            s = writeAll(fd, sources[i].data, sources[i].bytes(), path);
        written = static_cast<size_t>(directory[i].offset) + sources[i].bytes();
    }
    if (s)
        s = writeAll(fd, zeros, offset - written, path);
    if (::close(fd) != 0 && s)
        s = writeFailed(path);
    if (s && ::rename(temporary.c_str(), path.c_str()) != 0)
        s = writeFailed(path);
    if (!s)
        ::unlink(temporary.c_str());
    return s;
}

namespace {

Error problemError(SnapshotProblem* out, SnapshotProblem p, const std::string& message, Reason reason)
{
    if (out)
        *out = p;
    return Error { message, std::move(reason) };
}

/// A damaged file's problem: { path, the part found wrong } (snapshot.damaged).
Error damagedError(SnapshotProblem* out, const std::string& path, const std::string& message, const char* part)
{
    return problemError(out, SnapshotProblem::Damaged, message, { "snapshot.damaged", { path, std::string(part) } });
}

/// A column's bytes in the file, checked against what the reader expects of it.
struct Found {
    const Entry* entry = nullptr;
    const unsigned char* data = nullptr;
    size_t bytes = 0;
    std::function<void()> copy; ///< into its column (empty: read elsewhere)
};

} // namespace

namespace {

Result<CommunityPtr> readImage(const std::string& path, const unsigned char* data, size_t size,
    const SnapshotKey* expected, SnapshotProblem* problem,
    const std::function<void(const unsigned char*, size_t)>& release)
{
    if (problem)
        *problem = SnapshotProblem::None;
    if (size < sizeof(Header))
        return problemError(
            problem, SnapshotProblem::Damaged, "the snapshot file is truncated", { "snapshot.truncated", { path } });
    Header h;
    std::memcpy(&h, data, sizeof h);
    if (std::memcmp(h.magic, magic, sizeof magic) != 0)
        return problemError(
            problem, SnapshotProblem::Foreign, "not a Kinsight snapshot file", { "snapshot.foreign", { path } });
    if (h.headerChecksum != XXH3_64bits(&h, offsetof(Header, headerChecksum)))
        return damagedError(problem, path, "the snapshot file's header checksum differs", "header");
    if (h.version != formatVersion || h.byteOrder != byteOrderMark)
        return problemError(problem, SnapshotProblem::Foreign,
            "the snapshot file has format version " + std::to_string(h.version) + " or another byte order",
            { "snapshot.other_version", { path, static_cast<std::int64_t>(h.version) } });
    if (h.fileSize != size)
        return damagedError(problem, path, "the snapshot file is truncated or extended", "length");
    if (expected) {
        const std::string id(h.databaseId, strnlen(h.databaseId, sizeof h.databaseId));
        if (id != expected->databaseId)
            return problemError(problem, SnapshotProblem::Foreign, "the snapshot file was made from another database",
                { "snapshot.other_database", { path } });
        if (h.contentVersion != expected->contentVersion || h.schemaVersion != expected->schemaVersion)
            return problemError(problem, SnapshotProblem::Stale, "the database has changed since the snapshot file",
                { "snapshot.stale", { path } });
    }
    if (h.directoryOffset > size || h.columnCount > (size - h.directoryOffset) / sizeof(Entry))
        return damagedError(problem, path, "the snapshot file's directory is out of bounds", "directory");
    std::vector<Entry> directory(h.columnCount);
    if (!directory.empty())
        std::memcpy(directory.data(), data + h.directoryOffset, directory.size() * sizeof(Entry));
    if (h.directoryChecksum != XXH3_64bits(directory.data(), directory.size() * sizeof(Entry)))
        return damagedError(problem, path, "the snapshot file's directory checksum differs", "directory");

    std::unordered_map<std::string_view, const Entry*> byName;
    for (const Entry& e : directory) {
        const std::string_view name(e.name, strnlen(e.name, nameBytes));
        if (e.elementSize == 0 || e.offset > size || e.count > (size - e.offset) / e.elementSize
            || !byName.emplace(name, &e).second)
            return damagedError(problem, path,
                "the snapshot file's column " + std::string(name) + " is out of bounds or repeated", "directory");
    }

    // The layout is the writer's exactly: columns back to back in directory order, each at the
    // next 64-byte boundary, zero padding between. So no byte of the file goes unchecked.
    {
        size_t at = sizeof(Header) + directory.size() * sizeof(Entry);
        for (const Entry& e : directory) {
            const size_t start = alignUp(at);
            if (e.offset != start)
                return damagedError(problem, path, "the snapshot file's layout is not its own", "layout");
            for (size_t i = at; i < start; ++i) {
                if (data[i] != 0)
                    return damagedError(problem, path, "the snapshot file's padding is not zero", "layout");
            }
            at = start + static_cast<size_t>(e.count) * e.elementSize;
        }
        if (alignUp(at) != size)
            return damagedError(problem, path, "the snapshot file's size is not its own", "layout");
        for (size_t i = at; i < size; ++i) {
            if (data[i] != 0)
                return damagedError(problem, path, "the snapshot file's padding is not zero", "layout");
        }
    }

    // First every column is found and its shape checked; then checksums and copies run at once.
    std::string missing;
    std::deque<Found> found; // stable addresses: the copy jobs keep pointers
    auto find = [&](const std::string& name, Kind kind, size_t elementSize) -> Found* {
        const auto it = byName.find(name);
        if (it == byName.end() || it->second->kind != kind || it->second->elementSize != elementSize) {
            if (missing.empty())
                missing = name;
            return nullptr;
        }
        const Entry& e = *it->second;
        found.push_back({ &e, data + e.offset, static_cast<size_t>(e.count) * e.elementSize, {} });
        return &found.back();
    };
    auto community = std::make_unique<Community>();
    std::vector<std::function<bool()>> finish; // pools and vocabularies, after their parts are copied
    std::vector<std::unique_ptr<std::pair<std::string, std::vector<size_t>>>> poolParts;

    auto readPool = [&](const std::string& name, std::function<bool(std::string, std::vector<size_t>)> assign) {
        Found* chars = find(name + "#chars", Kind::PoolChars, 1);
        Found* ends = find(name + "#ends", Kind::PoolEnds, sizeof(size_t));
        if (!chars || !ends)
            return;
        poolParts.push_back(std::make_unique<std::pair<std::string, std::vector<size_t>>>());
        auto* parts = poolParts.back().get();
        chars->copy = [parts, chars] { parts->first.assign(reinterpret_cast<const char*>(chars->data), chars->bytes); };
        ends->copy = ([parts, ends] {
            parts->second.resize(ends->bytes / sizeof(size_t));
            if (ends->bytes)
                std::memcpy(parts->second.data(), ends->data, ends->bytes);
        });
        finish.emplace_back(
            [parts, assign = std::move(assign)] { return assign(std::move(parts->first), std::move(parts->second)); });
    };
    forEachColumn(*community, [&](const char* name, auto& column) {
        using T = std::decay_t<decltype(column)>;
        if constexpr (std::is_same_v<T, StringPool>) {
            readPool(name, [&column](std::string chars, std::vector<size_t> ends) {
                return column.assign(std::move(chars), std::move(ends));
            });
        } else if constexpr (std::is_same_v<T, Vocabulary>) {
            readPool(name, [&column](std::string chars, std::vector<size_t> ends) {
                StringPool names;
                if (!names.assign(std::move(chars), std::move(ends)))
                    return false;
                for (Index i = 0; i < names.size(); ++i) {
                    if (column.intern(names.view(i)) != i)
                        return false; // a repeated name
                }
                return true;
            });
        } else if constexpr (std::is_arithmetic_v<T>) {
            Found* f = find(name, Kind::Scalar, sizeof(T));
            if (f && f->entry->count == 1)
                f->copy = [&column, f] { std::memcpy(&column, f->data, sizeof(T)); };
            else if (f && missing.empty())
                missing = name;
        } else {
            using V = typename T::value_type;
            Found* f = find(name, Kind::Vector, sizeof(V));
            if (f) {
                f->copy = ([&column, f] {
                    column.resize(f->bytes / sizeof(V));
                    if (f->bytes)
                        std::memcpy(column.data(), f->data, f->bytes);
                });
            }
        }
    });
    const Found* currency = find("currency", Kind::Text, 1);
    const Found* timeZone = find("timeZone", Kind::Text, 1);
    if (!missing.empty())
        return problemError(problem, SnapshotProblem::Stale, "the snapshot file lacks the column " + missing,
            { "snapshot.stale", { path } });

    // Each column: checksum, copy, then its mapped pages may go (a mapped file need not stay
    // resident beside its copy). The copies of a file with a bad checksum are thrown away.
    std::atomic<bool> checksumsAgree { true };
    try {
        detail::parallelBlocks(detail::threadCount(0), found.size(), [&](size_t i) {
            const Found& f = found[i];
            if (XXH3_64bits(f.data, f.bytes) != f.entry->checksum) {
                checksumsAgree = false;
                return;
            }
            if (checksumsAgree && f.copy)
                f.copy();
            if (release)
                release(f.data, f.bytes);
        });
        if (!checksumsAgree)
            return damagedError(problem, path, "a column's checksum in the snapshot file differs", "columns");
        for (auto& f : finish) {
            if (!f())
                return damagedError(problem, path, "a text column of the snapshot file is invalid", "columns");
        }
    } catch (const std::bad_alloc&) {
        return problemError(problem, SnapshotProblem::Damaged, "not enough memory to read the snapshot file",
            { "snapshot.out_of_memory", { path } });
    }
    community->currency.assign(reinterpret_cast<const char*>(currency->data), currency->bytes);
    const std::string zoneId(reinterpret_cast<const char*>(timeZone->data), timeZone->bytes);
    if (expected && (community->currency != expected->currency || zoneId != expected->timeZone))
        return problemError(problem, SnapshotProblem::Stale, "the database's currency or time zone has changed",
            { "snapshot.stale", { path } });
    auto zone = TimeZone::fromId(zoneId);
    if (!zone)
        return damagedError(problem, path, "the snapshot file's time zone is unknown", "content");
    community->timeZone = std::move(zone.value());
    if (const std::string broken = checkCommunity(*community); !broken.empty())
        return damagedError(problem, path, "the snapshot file is inconsistent: " + broken, "content");
    return CommunityPtr(std::move(community));
}

} // namespace

Result<CommunityPtr> readSnapshotBytes(
    const unsigned char* data, size_t size, const SnapshotKey* expected, SnapshotProblem* problem)
{
    return readImage({}, data, size, expected, problem, {});
}

void resealSnapshotBytes(unsigned char* data, size_t size)
{
    if (size < sizeof(Header))
        return;
    Header h;
    std::memcpy(&h, data, sizeof h);
    if (h.directoryOffset > size || h.columnCount > (size - h.directoryOffset) / sizeof(Entry))
        return;
    std::vector<Entry> directory(h.columnCount);
    if (directory.empty())
        return;
    std::memcpy(directory.data(), data + h.directoryOffset, directory.size() * sizeof(Entry));
    for (Entry& e : directory) {
        if (e.elementSize != 0 && e.offset <= size && e.count <= (size - e.offset) / e.elementSize)
            e.checksum = XXH3_64bits(data + e.offset, static_cast<size_t>(e.count) * e.elementSize);
    }
    std::memcpy(data + h.directoryOffset, directory.data(), directory.size() * sizeof(Entry));
    h.directoryChecksum = XXH3_64bits(directory.data(), directory.size() * sizeof(Entry));
    h.headerChecksum = XXH3_64bits(&h, offsetof(Header, headerChecksum));
    std::memcpy(data, &h, sizeof h);
}

Result<CommunityPtr> readSnapshotFile(const std::string& path, const SnapshotKey& expected, SnapshotProblem* problem)
{
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        const bool missing = errno == ENOENT;
        const std::string why = std::strerror(errno);
        return problemError(problem, missing ? SnapshotProblem::Missing : SnapshotProblem::Damaged,
            "cannot open snapshot file " + path + ": " + why, { "snapshot.open_failed", { path, why } });
    }
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer { fd };
    struct stat st { };
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
        return problemError(problem, SnapshotProblem::Foreign, "snapshot file " + path + " is not a regular file",
            { "snapshot.not_regular", { path } });
    if (st.st_uid != ::geteuid() || (st.st_mode & (S_IRWXG | S_IRWXO)) != 0)
        return problemError(problem, SnapshotProblem::Foreign,
            "snapshot file " + path + " is not owner-only, or belongs to someone else",
            { "snapshot.not_private", { path } });
    const auto size = static_cast<size_t>(st.st_size);
    if (size < sizeof(Header))
        return problemError(problem, SnapshotProblem::Damaged, "snapshot file " + path + " is truncated",
            { "snapshot.truncated", { path } });
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (map == MAP_FAILED) {
        const std::string why = std::strerror(errno);
        return problemError(problem, SnapshotProblem::Damaged, "cannot map snapshot file " + path + ": " + why,
            { "snapshot.map_failed", { path, why } });
    }
    ::madvise(map, size, MADV_WILLNEED);
    const auto pageSize = static_cast<std::uintptr_t>(::sysconf(_SC_PAGESIZE));
    auto release = [pageSize](const unsigned char* p, size_t bytes) {
        const auto begin = (reinterpret_cast<std::uintptr_t>(p) + pageSize - 1) / pageSize * pageSize;
        const auto end = (reinterpret_cast<std::uintptr_t>(p) + bytes) / pageSize * pageSize;
        if (end > begin)
            ::madvise(reinterpret_cast<void*>(begin), end - begin, MADV_DONTNEED);
    };
    auto result = readImage(path, static_cast<const unsigned char*>(map), size, &expected, problem, release);
    ::munmap(map, size);
    if (!result)
        return Error { "snapshot file " + path + ": " + result.error(), result.failure().reason };
    return result;
}

} // namespace kinsight::core
