#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/util/result.h"

namespace kinsight::core {

class Database;
class Statement;

/// A value of `StoredRow` that is NULL in the database.
constexpr std::string_view storedNull = "\x01";

/// The values of a members, products or orders row in the column order of their table's insert
/// (the external id first), as text: what the importer compares with the stored row and writes.
/// `storedNull` stands for NULL; SQLite converts integers given as text by the columns' types.
using StoredRow = std::vector<std::string>;

/// The tables whose rows are named by an external id.
enum class IdTable { Members, Products, Orders };

/// The tables whose rows are counted as occurrences (a `copies` column, unique content).
enum class OccurrenceTable { Events, Ratings, Interactions };

struct EventValues {
    std::int64_t member = 0;
    std::optional<std::int64_t> product;
    std::int64_t occurredAt = 0;
    std::string_view type;
    std::optional<double> value;
};

struct RatingValues {
    std::int64_t member = 0;
    std::int64_t product = 0;
    std::int64_t rating = 0;
    std::int64_t ratedAt = 0;
    std::string_view review; ///< empty: NULL
};

struct InteractionValues {
    std::int64_t fromMember = 0;
    std::int64_t toMember = 0;
    std::int64_t occurredAt = 0;
    std::string_view type;
    double weight = 1.0;
};

/// A new order row, bound as it is stored (text values may be `storedNull`).
struct OrderValues {
    std::string_view orderId;
    std::int64_t member = 0;
    std::int64_t product = 0;
    std::int64_t paidAt = 0;
    std::int64_t amount = 0; ///< cents
    std::string_view currency, type, plan, status, coupon;
};

/// One line of an order of several lines (table order_lines).
struct OrderLineValues {
    std::int64_t product = 0;
    std::optional<double> quantity;
    std::string unitPrice; ///< canonical decimal text; empty: NULL
    std::int64_t amount = 0; ///< cents
    std::string title; ///< empty: NULL
};

/// One row of the `imports` log.
struct ImportLogRow {
    std::string_view file, kind, sha256;
    std::int64_t read = 0, imported = 0, skipped = 0, rejected = 0, updated = 0, created = 0;
    std::int64_t importedAt = 0; ///< Unix seconds
};

/// The SQL of an import: every statement the importer writes and reads with, prepared once on
/// the import's connection and transaction (core/import/importer.cpp validates; this class only
/// stores). A failed step is not a row's fault (disk full, database busy): it throws
/// std::runtime_error with SQLite's message, and the importer rolls the transaction back.
class ImportWriter {
public:
    [[nodiscard]] static Result<std::unique_ptr<ImportWriter>> prepare(Database& db);
    ~ImportWriter();
    ImportWriter(const ImportWriter&) = delete;
    ImportWriter& operator=(const ImportWriter&) = delete;

    /// Settings for a large write, in force while the guard lives (then as they were): a large
    /// page cache (rows arrive in no particular order) and no per-row foreign-key checks (the
    /// importer resolves every reference itself before a row is written).
    class BulkSettings {
    public:
        explicit BulkSettings(Database& db);
        ~BulkSettings();
        BulkSettings(const BulkSettings&) = delete;
        BulkSettings& operator=(const BulkSettings&) = delete;

    private:
        Database& m_db;
        std::int64_t m_cacheSize; ///< as the connection had it
        bool m_foreignKeys;
    };

    /// The greatest rowid of `table`: at least as many as the rows it holds (0 when empty).
    std::int64_t rowidBound(IdTable table);
    /// Drops the indexes of `table` that no statement of the import relies on (those that are not
    /// UNIQUE), so that a large write does not insert into them row by row at random places;
    /// restoreIndexes() builds them again at once, sorted, before the transaction commits. In the
    /// import's transaction, so a rollback restores them too.
    Status deferIndexes(IdTable table);
    Status restoreIndexes();

    /// Calls `each(externalId, rowid)` for every row of `table`; an error is SQLite's.
    Status forEachId(IdTable table, const std::function<void(std::string_view id, std::int64_t rowid)>& each);

    /// Inserts new members (StoredRow order), several per statement, with the rowids
    /// `firstRowid`, `firstRowid + 1`, …: the importer has checked that their ids are not stored and
    /// that these rowids are free (above the table's greatest); a clash is an error.
    void insertMembers(const std::vector<StoredRow>& rows, std::int64_t firstRowid);
    /// Inserts a members, products or orders row unless its id is stored: the new rowid, or
    /// nullopt when a row with that id exists.
    std::optional<std::int64_t> insert(IdTable table, const StoredRow& values);
    /// The stored row with `values[0]`'s id: its rowid and whether every value equals `values`.
    struct Comparison {
        std::int64_t rowid = 0;
        bool same = false;
    };
    Comparison compare(IdTable table, const StoredRow& values);
    /// Overwrites the row with `values[0]`'s id.
    void update(IdTable table, const StoredRow& values);

    /// A member that only rows name and the database does not hold, joining at `joinedAt` (its
    /// other fields NULL): its rowid.
    std::int64_t createMember(std::string_view id, std::int64_t joinedAt);
    /// A product that only rows name and the database does not hold, of kind `other`: its rowid.
    std::int64_t createProduct(std::string_view id, std::string_view title);
    void setJoinedAt(std::int64_t memberRowid, std::int64_t joinedAt);

    /// An occurrence row: inserted (first copy) or found with the copies it holds.
    struct Occurrence {
        std::int64_t rowid = 0;
        bool inserted = false;
        std::int64_t copies = 1; ///< stored copies of a row found
    };
    /// Adds distinct events at once, each standing for `copies[i]` identical occurrences: a row
    /// the database lacks is inserted holding those copies (`out[i].inserted`), one it holds is
    /// found with the copies it has (and left as it is). Written several rows per statement; the
    /// rows are best given in the content index's order (member, time, …).
    void add(
        const std::vector<EventValues>& rows, const std::vector<std::int64_t>& copies, std::vector<Occurrence>& out);
    /// As add(events) for ratings and interactions.
    void add(
        const std::vector<RatingValues>& rows, const std::vector<std::int64_t>& copies, std::vector<Occurrence>& out);
    void add(const std::vector<InteractionValues>& rows, const std::vector<std::int64_t>& copies,
        std::vector<Occurrence>& out);
    void setCopies(OccurrenceTable table, std::int64_t rowid, std::int64_t copies);

    /// Inserts orders of distinct ids at once, several per statement: `rowids[i]` is the new
    /// order's rowid, or 0 when an order with that id is stored (and left as it is).
    void insertOrders(const std::vector<OrderValues>& orders, std::vector<std::int64_t>& rowids);
    /// The stored order `orderId` with its values as text (StoredRow order: order_id, member,
    /// product, paid_at, amount, currency, type, plan, status, coupon).
    struct StoredOrder {
        std::int64_t rowid = 0;
        StoredRow values;
    };
    StoredOrder readOrder(std::string_view orderId);
    /// The stored lines of an order, in line order (none for an order of one line).
    std::vector<OrderLineValues> readLines(std::int64_t orderRowid);
    /// Replaces an order's lines (numbered from 1); no lines: deletes them.
    void replaceLines(std::int64_t orderRowid, const std::vector<OrderLineValues>& lines);
    /// Adds lines to a new order (numbered from 1).
    void insertLines(std::int64_t orderRowid, const std::vector<OrderLineValues>& lines);

    void log(const ImportLogRow& row);

private:
    explicit ImportWriter(Database& db);
    struct Statements;
    Database& m_db;
    std::unique_ptr<Statements> m_s;
    std::vector<std::string> m_deferredIndexes; ///< their CREATE INDEX statements
};

} // namespace kinsight::core
