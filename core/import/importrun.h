#pragma once

// The import's own pieces, shared by its files (importer.cpp: files, headers and the transaction;
// entityrows.cpp: members and products; orderrows.cpp: orders and their lines;
// occurrencerows.cpp: events, ratings and interactions). Not part of the import's interface
// (importer.h).

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <exception>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/import/filekind.h"
#include "core/import/importer.h"
#include "core/store/importwriter.h"
#include "core/util/money.h"
#include "core/util/reason.h"
#include "core/util/timestamp.h"
#include "core/util/timezone.h"

namespace kinsight::core {
class Database;
}

namespace kinsight::core::importing {

std::string_view trim(std::string_view s);
std::string lowerAscii(std::string_view s);
std::optional<double> parseNumber(std::string_view s);
/// A value of the file as a message argument: at most 80 bytes (never cutting a UTF-8 character).
std::string clip(std::string_view s);
/// `'value'`, clipped.
std::string shown(std::string_view s);

/// External id → rowid of every member or product, looked up by the cell's own text: an
/// open-addressing table of 32-byte (hash, rowid, key) slots. A key of up to 15 bytes (most ids)
/// is held in its slot, so that a look-up costs one cache line; a longer one lives in one buffer
/// of the ids' bytes. A million ids load without a million allocations.
class IdMap {
public:
    void reserve(size_t n)
    {
        size_t capacity = 16;
        while (capacity < n + n / 2 + 16) // at most two thirds full
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }
    /// The rowid of `id`, or -1.
    std::int64_t find(std::string_view id) const
    {
        if (m_slots.empty())
            return -1;
        const std::uint64_t h = hashOf(id);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            const Slot& slot = m_slots[i];
            if (slot.hash == 0)
                return -1;
            if (slot.hash == h && keyOf(slot) == id)
                return slot.rowid;
        }
    }
    /// Starts loading the slot where a look-up of `id` begins, so that the look-up a few rows
    /// later finds it in the cache (a table of a million ids is far larger than the cache).
    void prefetch(std::string_view id) const
    {
        if (!m_slots.empty())
            __builtin_prefetch(&m_slots[hashOf(id) & m_mask]);
    }
    /// The value of `id`, adding it with `rowid` when it is new: (value, whether it was added).
    std::pair<std::int64_t, bool> tryEmplace(std::string_view id, std::int64_t rowid)
    {
        if ((m_size + 1) * 3 > m_slots.size() * 2)
            rehash(std::max<size_t>(16, m_slots.size() * 2));
        const std::uint64_t h = hashOf(id);
        for (size_t i = h & m_mask;; i = (i + 1) & m_mask) {
            Slot& slot = m_slots[i];
            if (slot.hash == 0) {
                fill(slot, h, id, rowid);
                return { rowid, true };
            }
            if (slot.hash == h && keyOf(slot) == id)
                return { slot.rowid, false };
        }
    }
    /// Adds ids known to be distinct and absent (a UNIQUE column's values): `keys` holds their
    /// bytes one after another, `ids[i]` = (offset, length, rowid). Inserted in the order of their
    /// slots, so the table is written front to back instead of at a random place for each id.
    struct Span {
        std::uint64_t offset = 0;
        std::uint32_t length = 0;
        std::int64_t rowid = 0;
    };
    void addDistinct(const std::string& keys, const std::vector<Span>& ids)
    {
        reserve(m_size + ids.size());
        const unsigned bits = static_cast<unsigned>(std::countr_zero(m_slots.size()));
        const unsigned bucketBits = std::min(bits, 16u);
        std::vector<std::uint32_t> start((size_t { 1 } << bucketBits) + 1, 0);
        std::vector<std::uint64_t> hashes(ids.size());
        const auto bucketOf = [&](std::uint64_t h) { return static_cast<size_t>((h & m_mask) >> (bits - bucketBits)); };
        for (size_t i = 0; i < ids.size(); ++i) {
            hashes[i] = hashOf({ keys.data() + ids[i].offset, ids[i].length });
            ++start[bucketOf(hashes[i]) + 1];
        }
        for (size_t b = 1; b < start.size(); ++b)
            start[b] += start[b - 1];
        std::vector<std::uint32_t> order(ids.size());
        for (size_t i = 0; i < ids.size(); ++i)
            order[start[bucketOf(hashes[i])]++] = static_cast<std::uint32_t>(i);
        for (const std::uint32_t i : order)
            place(hashes[i], { keys.data() + ids[i].offset, ids[i].length }, ids[i].rowid);
    }
    /// Empties it, releasing its memory.
    void clear()
    {
        std::vector<Slot>().swap(m_slots);
        std::string().swap(m_keys);
        m_mask = 0;
        m_size = 0;
    }
    /// Adds `id` unless it is there already.
    void emplace(std::string_view id, std::int64_t rowid) { tryEmplace(id, rowid); }

private:
    static constexpr size_t inlineKey = 15;
    struct Slot;
    void fill(Slot& slot, std::uint64_t h, std::string_view id, std::int64_t rowid);
    /// Puts an id known to be absent at the first free slot from its home.
    void place(std::uint64_t h, std::string_view id, std::int64_t rowid)
    {
        size_t i = h & m_mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & m_mask;
        fill(m_slots[i], h, id, rowid);
    }
    static constexpr char outOfLine = 0x7f; ///< in key[15]: the key is in m_keys
    struct Slot {
        std::uint64_t hash = 0; ///< 0: empty
        std::int64_t rowid = 0;
        /// The key's bytes and, in the last, their count; or (offset, length) into m_keys.
        char key[inlineKey + 1] = {};
    };
    static_assert(sizeof(Slot) == 32);
    static std::uint64_t hashOf(std::string_view id)
    {
        const std::uint64_t h = std::hash<std::string_view> {}(id);
        return h == 0 ? 1 : h;
    }
    std::string_view keyOf(const Slot& slot) const
    {
        if (slot.key[inlineKey] != outOfLine)
            return { slot.key, static_cast<size_t>(slot.key[inlineKey]) };
        std::uint64_t offset = 0;
        std::uint32_t length = 0;
        std::memcpy(&offset, slot.key, sizeof offset);
        std::memcpy(&length, slot.key + sizeof offset, sizeof length);
        return { m_keys.data() + offset, length };
    }
    void rehash(size_t capacity)
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots.assign(capacity, Slot {});
        m_mask = capacity - 1;
        for (const Slot& slot : old) {
            if (slot.hash == 0)
                continue;
            size_t i = slot.hash & m_mask;
            while (m_slots[i].hash != 0)
                i = (i + 1) & m_mask;
            m_slots[i] = slot;
        }
    }
    std::vector<Slot> m_slots;
    std::string m_keys;
    size_t m_mask = 0;
    size_t m_size = 0;
};

inline void IdMap::fill(Slot& slot, std::uint64_t h, std::string_view id, std::int64_t rowid)
{
    slot.hash = h;
    slot.rowid = rowid;
    if (id.size() <= inlineKey) {
        if (!id.empty()) // an empty view may have no data at all (a column the file lacks)
            std::memcpy(slot.key, id.data(), id.size());
        slot.key[inlineKey] = static_cast<char>(id.size());
    } else {
        const std::uint64_t offset = m_keys.size();
        const auto length = static_cast<std::uint32_t>(id.size());
        std::memcpy(slot.key, &offset, sizeof offset);
        std::memcpy(slot.key + sizeof offset, &length, sizeof length);
        slot.key[inlineKey] = outOfLine;
        m_keys.append(id);
    }
    ++m_size;
}

/// A bit per rowid: rows this file has already written (to tell an in-file duplicate with other
/// content from an update of an older row).
class RowSet {
public:
    void insert(std::int64_t rowid)
    {
        const auto r = static_cast<size_t>(rowid);
        if (r >= m_bits.size())
            m_bits.resize(std::max(r + 1, m_bits.size() * 2));
        m_bits[r] = true;
    }
    bool contains(std::int64_t rowid) const
    {
        const auto r = static_cast<size_t>(rowid);
        return rowid >= 0 && r < m_bits.size() && m_bits[r];
    }

private:
    std::vector<bool> m_bits;
};

/// `--value` mappings of one field: source (ASCII lower case) → target.
using ValueMaps = std::vector<std::vector<std::pair<std::string, std::string>>>;

/// Column values of a row by contract field, after header mapping and `--value` mapping.
/// Missing columns read empty.
struct Row {
    const std::vector<std::string>* fields = nullptr;
    const std::vector<int>* columnOfField = nullptr;
    const ValueMaps* values = nullptr;
    std::string_view get(size_t field) const
    {
        const int c = (*columnOfField)[field];
        const std::string_view v = c < 0 ? std::string_view() : trim((*fields)[static_cast<size_t>(c)]);
        if (values && field < values->size() && !(*values)[field].empty()) {
            const std::string lower = lowerAscii(v);
            for (const auto& [source, target] : (*values)[field]) {
                if (source == lower)
                    return target;
            }
        }
        return v;
    }
    /// The value of a field named by its kind's field enum (MemberField, OrderField, …).
    template <typename F>
    requires std::is_enum_v<F> std::string_view get(F field)
    const { return get(static_cast<size_t>(field)); }
};

/// A row's problem: the column at fault, the English sentence and the same as a code with its
/// arguments (rendered by core/text in the operator's language).
struct RowError {
    std::string column;
    std::string reason;
    Reason code;
};

/// The value as stored, or `storedNull` when empty.
std::string orNull(std::string_view v);
std::optional<RowError> requireText(std::string_view value, const char* column);
/// A time as its instant's decimal text (`storedNull` when empty and not required), or the row's error.
std::optional<RowError> parseTime(
    const TimeZone& zone, std::string_view value, const char* column, bool required, std::string& out);
/// A required time as the instant it names in `zone`, or the row's error.
std::optional<RowError> parseRequiredTime(
    const TimeZone& zone, std::string_view value, const char* column, Timestamp& out);

template <typename E>
std::optional<RowError> parseEnum(std::string_view value, const char* column, const char* canonicalField,
    std::optional<E> (*parser)(std::string_view), E fallback, const char* allowed, std::string& out)
{
    if (value.empty()) {
        out = std::string(toString(fallback));
        return std::nullopt;
    }
    const auto parsed = parser(canonicalEnumValue(canonicalField, value));
    if (!parsed)
        return RowError { column, shown(value) + " is not one of " + allowed,
            { "import.enum_invalid", { clip(value), std::string(allowed) } } };
    out = std::string(toString(*parsed));
    return std::nullopt;
}

class ImportRun {
public:
    ImportRun(Database& db, const ImportOptions& options, const TaskControl& control, ImportReport& report)
        : m_db(db)
        , m_options(options)
        , m_control(control)
        , m_report(report)
    { }
    ~ImportRun() { joinWrites(); }
    ImportRun(const ImportRun&) = delete;
    ImportRun& operator=(const ImportRun&) = delete;

    bool prepare();
    bool importFile(const std::string& path, FileKind kind, std::int64_t bytesBefore, std::int64_t bytesTotal,
        const FileImportSettings* settings = nullptr);
    void discardRejectedFiles();
    void publishRejectedFiles();

private:
    // Validates and writes one row; returns an error for an invalid row. `deferred` is set when a
    // members row names a referrer not yet known (it is retried at the end of the file).
    std::optional<RowError> importRow(FileKind kind, const Row& row, bool& deferred);
    std::optional<RowError> importMember(const Row& row, bool& deferred);
    std::optional<RowError> importProduct(const Row& row);
    std::optional<RowError> importOrder(const Row& row);
    std::optional<RowError> importEvent(const Row& row);
    std::optional<RowError> importRating(const Row& row);
    std::optional<RowError> importInteraction(const Row& row);

    std::optional<std::int64_t> memberRowid(std::string_view id);
    std::optional<std::int64_t> productRowid(std::string_view id);
    /// The rowid a required member or product reference names, or the row's error in `error`.
    /// With createMissing, an absent one is created (a member joining at `at`, a product titled
    /// `title` or its id).
    std::optional<std::int64_t> resolve(std::string_view value, const char* column, bool member,
        std::optional<RowError>& error, Timestamp at = 0, std::string_view title = {});
    bool loadIds(IdTable table, IdMap& ids);
    /// Loads the ids a file of `kind` refers to, once per import (a products file needs no
    /// members, an interactions file no products).
    bool loadIdsFor(FileKind kind);
    /// Compares a row with the stored row of its id: identical (skipped), updated, or conflicting
    /// with a row of the same id earlier in this file.
    std::optional<RowError> compareAndUpdate(IdTable table, const StoredRow& values, std::string_view idColumn);
    /// Counts the outcome of an upsert-by-id: inserted, identical, updated, or conflicting.
    std::optional<RowError> upsert(
        IdTable table, const StoredRow& values, std::string_view idColumn, IdMap* idRegistry = nullptr);
    /// Counts `occurrences` identical copies of an event, rating or interaction as the writer
    /// added or found it: the row's copies become the larger of what the database holds and the
    /// occurrences seen so far in this file.
    void countOccurrence(OccurrenceTable table, const ImportWriter::Occurrence& row, std::int64_t occurrences = 1);
    void addError(const std::string& file, std::int64_t line, std::string column, std::string reason, Reason code = {});
    /// A member or product that `--create-missing` creates for a row naming it at time `at`.
    std::optional<std::int64_t> create(std::string_view id, bool member, Timestamp at, std::string_view title);

public:
    /// Writes the new members validated since the last call: in the background while the next
    /// ones are read (`inBackground`), or before returning (at the end of a members file).
    void flushMembers(bool inBackground = false);
    /// Writes the orders gathered from the import's order files (their lines grouped by order_id).
    void flushOrders();
    /// Writes the valid events, ratings or interactions read since the last call, before returning.
    void flushOccurrences();
    /// Waits for the batch being written in the background; rethrows a failed write's error.
    /// Every other use of the connection (m_writer, m_db) waits for it first.
    void waitForWrites();
    /// Waits for it, keeping any error (for a run that is stopping anyway).
    void joinWrites() noexcept;
    /// Writes the joined_at of members this import created and later rows named earlier.
    void writeMovedJoins();
    /// Logs each imported file in the `imports` table.
    void writeLog();

private:
    /// Texts that many orders repeat (types, statuses, plans, coupons, product titles, unit
    /// prices), each held once: an order refers to its texts by index.
    class TextPool {
    public:
        std::uint32_t intern(std::string_view text)
        {
            const auto [index, added] = m_index.tryEmplace(text, static_cast<std::int64_t>(m_texts.size()));
            if (added)
                m_texts.emplace_back(text);
            return static_cast<std::uint32_t>(index);
        }
        const std::string& at(std::uint32_t index) const { return m_texts[index]; }
        void clear()
        {
            m_index.clear();
            m_texts.clear();
        }

    private:
        IdMap m_index;
        std::vector<std::string> m_texts;
    };
    /// A line of an order as read, 48 bytes: a million orders are held until their import ends
    /// (their lines may come in any file of it).
    struct PendingLine {
        std::int64_t product = 0;
        Cents amount = 0;
        double quantity = std::numeric_limits<double>::quiet_NaN(); ///< NaN: none
        std::int64_t line = 0; ///< the row's line in its file
        std::uint32_t summary = 0; ///< index into m_report.files of the row's file
        std::uint32_t unitPrice = 0; ///< in m_orderTexts: canonical decimal text, empty: NULL
        std::uint32_t title = 0; ///< in m_orderTexts, empty: NULL
        std::uint32_t next = 0; ///< the order's next line: 1 + its index in m_moreLines; 0: none
    };
    struct PendingEvent {
        std::int64_t member = 0;
        std::int64_t product = 0;
        Timestamp at = 0;
        double value = 0;
        bool hasProduct = false;
        bool hasValue = false;
        std::string type;
    };
    struct PendingRating {
        std::int64_t member = 0;
        std::int64_t product = 0;
        std::int64_t rating = 0;
        Timestamp at = 0;
        std::string review; ///< empty: NULL
    };
    struct PendingInteraction {
        std::int64_t from = 0;
        std::int64_t to = 0;
        Timestamp at = 0;
        double weight = 1.0;
        std::string type;
    };
    static std::pair<std::int64_t, Timestamp> memberAndTime(const PendingEvent& e) { return { e.member, e.at }; }
    static std::pair<std::int64_t, Timestamp> memberAndTime(const PendingRating& r) { return { r.member, r.at }; }
    static std::pair<std::int64_t, Timestamp> memberAndTime(const PendingInteraction& i) { return { i.from, i.at }; }
    template <typename Pending> static constexpr OccurrenceTable tableOf()
    {
        if constexpr (std::is_same_v<Pending, PendingEvent>)
            return OccurrenceTable::Events;
        else if constexpr (std::is_same_v<Pending, PendingRating>)
            return OccurrenceTable::Ratings;
        else
            return OccurrenceTable::Interactions;
    }
    /// Validated events, ratings and interactions waiting to be written, in batches that bound
    /// the memory. A full batch is written on m_batchWriter while the next is read (the
    /// connection is used by one thread at a time: the reading thread waits for the writer
    /// before any other statement); one batch is written at a time. A batch is sorted in the
    /// order of its table's content index before it is written, so the larger it is, the more
    /// of its rows land on the same index page; the first is small, so that writing starts
    /// early and overlaps the reading, and each next one of the table twice the last, up to
    /// 524,288 rows (about 38 MB of pending events, twice: one read, one written). At 16.5
    /// million events into a million members' index (far larger than the page cache), batches
    /// of 524,288 imported in 30 s where batches of 65,536 took 37 s.
    static constexpr size_t firstOccurrenceBatch = 1 << 16;
    static constexpr size_t largestOccurrenceBatch = 1 << 19;
    size_t m_eventBatch = firstOccurrenceBatch;
    size_t m_ratingBatch = firstOccurrenceBatch;
    size_t m_interactionBatch = firstOccurrenceBatch;
    /// Writes `pending` in the background once it holds `limit` rows, and sets the next limit
    /// (nextOccurrenceBatch).
    template <typename Pending> void flushWhenFull(std::vector<Pending>& pending, size_t& limit);
    /// Twice `limit`, up to largestOccurrenceBatch, but no more than half the rows estimated to
    /// remain in the file (from the bytes read so far), and no less than firstOccurrenceBatch:
    /// the last batch is written after the file is read, with nothing to validate meanwhile, so
    /// the batches grow smaller towards the end of the file and the last one is small.
    size_t nextOccurrenceBatch(size_t limit) const;
    /// Orders (drafts of one or more lines) waiting to be written, likewise.
    static constexpr size_t pendingRowsMax = 1 << 16;
    std::vector<PendingEvent> m_pendingEvents;
    std::vector<PendingRating> m_pendingRatings;
    std::vector<PendingInteraction> m_pendingInteractions;
    std::tuple<std::vector<PendingEvent>, std::vector<PendingRating>, std::vector<PendingInteraction>> m_writing;
    /// A batch sorted and counted, ready to be written: its distinct rows (viewing the texts of
    /// the pending rows they come from) and each one's copies.
    struct SortPlace {
        std::int64_t member = 0;
        Timestamp at = 0;
        std::uint32_t index = 0; ///< in the pending batch
    };
    template <typename Values> struct CountedBatch {
        std::vector<Values> rows;
        std::vector<std::int64_t> copies;
        /// The pending rows' members, times and places, sorted (kept for its capacity).
        std::vector<SortPlace> order;
    };
    using CountedBatches
        = std::tuple<CountedBatch<EventValues>, CountedBatch<RatingValues>, CountedBatch<InteractionValues>>;
    CountedBatches m_counting; ///< on the reading thread
    CountedBatches m_counted; ///< on m_batchWriter
    std::vector<ImportWriter::Occurrence> m_written; ///< on m_batchWriter
    std::thread m_batchWriter;
    std::exception_ptr m_writeError;
    /// Runs `write` (statements on the connection) on m_batchWriter, or before returning when not
    /// `inBackground`. The caller has waited for the previous write; a failure in the background
    /// is kept for waitForWrites().
    template <typename Write> void startWrite(bool inBackground, Write write)
    {
        if (!inBackground) {
            write();
            return;
        }
        m_batchWriter = std::thread([this, write] {
            try {
                write();
            } catch (...) {
                m_writeError = std::current_exception();
            }
        });
    }
    template <typename Pending> void flushBatch(std::vector<Pending>& pending, bool inBackground);
    /// Sorts `batch` in the order of its table's content index and counts its identical rows,
    /// into `counted` (on the reading thread, so that the writer only writes).
    void countBatch(std::vector<PendingEvent>& batch, CountedBatch<EventValues>& counted);
    void countBatch(std::vector<PendingRating>& batch, CountedBatch<RatingValues>& counted);
    void countBatch(std::vector<PendingInteraction>& batch, CountedBatch<InteractionValues>& counted);
    template <typename Pending, typename Values, typename Key, typename ToValues>
    static void countSorted(std::vector<Pending>& batch, CountedBatch<Values>& counted, Key key, ToValues toValues);
    template <typename Values> void writeCounted(OccurrenceTable table, CountedBatch<Values>& counted);
    // New members validated and not yet written: their rows, the first one's rowid (the table's
    // next when the file's first was read; each next one the following), at most newMembersMax;
    // a full batch is written on m_batchWriter.
    static constexpr size_t newMembersMax = 1 << 15;
    std::vector<StoredRow> m_newMembers;
    std::int64_t m_newMembersFirst = 0;
    std::optional<std::int64_t> m_nextMemberRowid; ///< in a members file, from its first new member
    std::vector<StoredRow> m_writingMembers; ///< on m_batchWriter
    /// An order as read so far: its first line in place, any others chained in m_moreLines; its
    /// texts in m_orderTexts; its currency the database's (one database holds one currency).
    struct PendingOrder {
        PendingLine first;
        std::int64_t member = 0;
        Timestamp paidAt = 0; ///< the earliest line's
        std::uint64_t idOffset = 0; ///< its order_id in m_orderIds
        std::uint32_t idLength = 0;
        std::uint32_t status = 0; ///< canonical, `paid` when the rows leave it empty
        std::uint32_t type = 0, plan = 0, coupon = 0; ///< as stored (storedNull for NULL)
        std::uint32_t lastLine = 0; ///< 1 + index in m_moreLines of its last line; 0: `first` is the only one
    };
    enum class Outcome { Inserted, Same, Updated };
    std::string_view idOf(const PendingOrder& order) const
    {
        return { m_orderIds.data() + order.idOffset, order.idLength };
    }
    /// The order's lines in the order they were read.
    std::vector<PendingLine> linesOf(const PendingOrder& order) const;
    /// A line as the writer stores it.
    OrderLineValues valuesOf(const PendingLine& line) const;
    /// Compares an order the database holds with the one imported (its `lines`, the `status`
    /// and `amount` they make), and updates it when they differ.
    Outcome writeHeldOrder(
        const PendingOrder& order, const std::vector<PendingLine>& lines, std::string_view status, Cents amount);
    /// An order's row as text (StoredRow order) with the product of its first line.
    StoredRow storedRowOf(
        const PendingOrder& order, const std::vector<PendingLine>& lines, std::string_view status, Cents amount) const;
    /// The lines stored beside an order: none for an order of one line (its row holds them).
    std::vector<OrderLineValues> storedLinesOf(const std::vector<PendingLine>& lines) const;

    TimeZone m_zone;
    std::vector<PendingOrder> m_orders;
    std::vector<PendingLine> m_moreLines; ///< the orders' lines after their first
    std::string m_orderIds; ///< the orders' order_id bytes, one after another
    TextPool m_orderTexts;
    IdMap m_orderIndex; ///< order_id → index into m_orders
    // Each new order is written as its first line makes it, in batches on m_batchWriter while
    // the order files are read (most orders have one line in one file, and are then done);
    // flushOrders() completes the others and compares those the database held. A draft holds
    // its own values (m_orders grows meanwhile on the reading thread).
    struct OrderDraft {
        std::string id;
        std::int64_t member = 0, product = 0;
        Timestamp paidAt = 0;
        Cents amount = 0;
        std::string currency, type, plan, status, coupon;
    };
    std::vector<OrderDraft> m_pendingDrafts;
    std::vector<OrderDraft> m_writingDrafts; ///< of the orders m_orderRowids.size() + 0, 1, …
    /// Per m_orders, appended by the writer as its draft is written: the new row, or 0 when the
    /// database held the order. Read once the writes were waited for.
    std::vector<std::int64_t> m_orderRowids;
    /// Whether the orders' index by member is rebuilt at the end rather than kept up, decided
    /// when the first drafts are written (from the order files' size).
    std::optional<bool> m_deferOrderIndexes;
    void flushDrafts(bool inBackground);
    void decideOrderIndexes(std::int64_t expectedOrders);
    /// Bytes of the order files of this import, and of those (and of the current one) read.
    std::int64_t m_orderBytesTotal = 0;
    std::int64_t m_orderBytesDone = 0;
    std::int64_t m_bytesInFile = 0;
    std::int64_t m_fileBytes = 0; ///< the size of the file being imported (0: unknown)

public:
    void setOrderBytes(std::int64_t bytes) { m_orderBytesTotal = bytes; }

private:
    // Members created by createMissing in this import → their joined_at (moved earlier when a
    // later row names them at an earlier time).
    struct CreatedMember {
        Timestamp joinedAt = 0;
        bool moved = false; ///< since the member's row was last written
    };
    std::unordered_map<std::int64_t, CreatedMember> m_createdMembers;
    std::vector<std::int64_t> m_movedJoins; ///< those moved (written at the end of each file)
    struct LogEntry {
        size_t summary;
        std::string sha256;
    };
    std::vector<LogEntry> m_log;
    std::uint32_t m_summaryIndex = 0; ///< index of m_summary in m_report.files
public:
    /// Which --map entries matched a header of some file (a --map that matches none is an error).
    std::vector<bool> m_mapMatched;

private:
    std::int64_t m_rowLine = 0; ///< line of the row being imported

    Database& m_db;
    const ImportOptions& m_options;
    const TaskControl& m_control;
    ImportReport& m_report;
    FileImportSummary* m_summary = nullptr;
    RowSet m_touched;
    // External id → rowid of every member and product, loaded once per import: rows that refer
    // to them are resolved without a B-tree probe each. Memory grows with the database's members
    // (about 100 bytes each), not with the file.
    IdMap m_memberIds;
    IdMap m_productIds;
    bool m_memberIdsLoaded = false;
    bool m_productIdsLoaded = false;
    std::string m_currency;

    // Occurrences of each distinct row in the current file beyond its first (rowid → count); the
    // first occurrence is a bit in m_touched. Only rows repeated within the file take memory.
    std::unordered_map<std::int64_t, std::int64_t> m_repeatsInFile;
    std::unique_ptr<ImportWriter> m_writer; ///< every statement of the import (core/store)
    std::vector<std::pair<std::string, std::string>> m_pendingRejected; // temp path → final path
};

} // namespace kinsight::core::importing
