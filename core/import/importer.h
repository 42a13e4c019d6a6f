#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/import/csvreader.h"
#include "core/import/encoding.h"
#include "core/import/filekind.h"
#include "core/util/reason.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

class Database;

/// Settings for one file that override ImportOptions for it (the import wizard sets these per file).
struct FileImportSettings {
    std::optional<FileKind> kind;
    std::optional<TextEncoding> encoding;
    /// `source header` → contract field name, tried before ImportOptions::columnMap and the aliases.
    /// An empty field name leaves the column out (it is ignored, with a warning).
    std::vector<std::pair<std::string, std::string>> columnMap;
    std::optional<Delimiter> delimiter;
    /// The worksheet of an XLSX file (default: the first).
    std::optional<std::string> sheet;
};

/// `--value 'field:source=target'`: an enumerated value of a field read as another.
struct ValueMapping {
    std::string field;
    std::string source;
    std::string target;
};

struct ImportOptions {
    /// Applies to every file; otherwise each file's kind comes from its name.
    std::optional<FileKind> kind;
    TextEncoding encoding = TextEncoding::Auto;
    /// Import the valid rows and write the others, with a `reason` column, to
    /// `<stem>.rejected.csv` beside the input. Without it, one invalid row fails the import.
    bool skipInvalid = false;
    /// Extra header mappings, `source header` → contract field name (`--map`).
    std::vector<std::pair<std::string, std::string>> columnMap;
    /// How many errors to keep in detail; the rest are only counted.
    int maxErrors = 20;
    /// Per-file overrides, parallel to the `paths` given to importFiles(); may be empty or shorter.
    std::vector<FileImportSettings> perFile;
    /// The field separator of delimited text (`--delimiter`); Auto detects it per file.
    Delimiter delimiter = Delimiter::Auto;
    /// `--no-header --columns f1,f2,-,f4`: the files have no header row; these field names (`-`
    /// skips a column) name their columns in order. Empty: the first row is the header.
    std::vector<std::string> columns;
    /// The worksheet of XLSX files (`--sheet`); empty: the first.
    std::string sheet;
    /// Enumerated values read as others (`--value`), matched case-insensitively.
    std::vector<ValueMapping> valueMap;
    /// The currency of order rows without a currency cell (`--currency`); empty: CNY.
    std::string currency;
    /// Members and products named by rows but absent are created (`--create-missing`).
    bool createMissing = false;
    /// How many order update warnings to keep in detail; the rest are only counted.
    int maxWarnings = 20;
};

/// A problem with one row (or the header, line 1) of one file.
struct ImportIssue {
    std::string file;
    std::int64_t line = 0;
    std::string column; ///< contract field name, empty when the whole row is at fault
    std::string reason; ///< in English
    /// The reason as data (a stable code and its arguments), rendered in the operator's language by
    /// core/text (locatedText(), messageText(); docs/language.md lists the codes). `import.row`
    /// with the English text for a library's own message (SQLite's, Qt's).
    Reason code;
    /// `file:line: column 'x': reason`, in English
    std::string text() const;
};

struct FileImportSummary {
    std::string file;
    FileKind kind = FileKind::Members;
    TextEncoding encoding = TextEncoding::Utf8;
    std::int64_t read = 0; ///< data rows in the file
    std::int64_t imported = 0; ///< rows inserted or changed
    std::int64_t skipped = 0; ///< rows already present with the same content (or repeated in the file)
    std::int64_t rejected = 0; ///< invalid rows left out (only with skipInvalid)
    std::int64_t updated = 0; ///< rows that changed a member, product or order already stored (part of imported)
    std::int64_t created = 0; ///< members and products created for rows that named them (createMissing)
    Delimiter delimiter = Delimiter::Comma; ///< as detected or given (delimited text only)
    std::string rejectedPath; ///< where rejected rows were written, if any
    std::vector<std::string> warnings; ///< e.g. unknown columns, in English
    std::vector<ImportIssue> warningIssues; ///< the same warnings located and as codes
};

struct ImportReport {
    bool ok = false;
    bool cancelled = false;
    std::vector<FileImportSummary> files;
    std::vector<ImportIssue> errors; ///< the first ImportOptions::maxErrors
    std::int64_t errorCount = 0; ///< all errors, including those not kept
    std::string fatal; ///< an error that is not about one row (missing file, database busy, …), in English
    Reason fatalReason; ///< the same as a code (empty code: only `fatal` says it)
    std::string fatalFile; ///< the file `fatal` is about, if one
    /// Updates that changed an order's amount or status (the first ImportOptions::maxWarnings),
    /// so that a wrong file is noticed: `file:line: order 'o1': amount 12.00 → 30.00`.
    std::vector<std::string> updateWarnings;
    std::vector<ImportIssue> orderChanges; ///< the same, located and as codes (`import.order_changed`)
    std::int64_t updateWarningCount = 0;
};

/// Imports CSV (any delimiter) and XLSX files into the database per the data contract, all in one
/// transaction. Naive times are read in the database's community time zone.
///
/// Files are applied members, products, orders, events, ratings, interactions, whatever the
/// order given. Strict by default: any invalid row (or unreadable file) rolls everything back and
/// the report lists the errors; the database is exactly as before. Re-importing the same files
/// changes nothing. Memory is bounded by a read block plus the ids seen in one file.
/// Cancelling through `control` rolls back too. Must run on the thread that owns `db`.
ImportReport importFiles(
    Database& db, const std::vector<std::string>& paths, const ImportOptions& options, const TaskControl& control = {});

} // namespace kinsight::core
