#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/import/encoding.h"
#include "core/import/filekind.h"
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
};

/// A problem with one row (or the header, line 1) of one file.
struct ImportIssue {
    std::string file;
    std::int64_t line = 0;
    std::string column; ///< contract field name, empty when the whole row is at fault
    std::string reason;
    /// `file:line: column 'x': reason`
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
    std::string rejectedPath; ///< where rejected rows were written, if any
    std::vector<std::string> warnings; ///< e.g. unknown columns
};

struct ImportReport {
    bool ok = false;
    bool cancelled = false;
    std::vector<FileImportSummary> files;
    std::vector<ImportIssue> errors; ///< the first ImportOptions::maxErrors
    std::int64_t errorCount = 0; ///< all errors, including those not kept
    std::string fatal; ///< an error that is not about one row (missing file, database busy, …)
};

/// Imports CSV files into the database per the data contract, all in one transaction.
///
/// Files are applied members, products, orders, events, ratings, interactions, whatever the
/// order given. Strict by default: any invalid row (or unreadable file) rolls everything back and
/// the report lists the errors; the database is exactly as before. Re-importing the same files
/// changes nothing. Memory is bounded by a read block plus the ids seen in one file.
/// Cancelling through `control` rolls back too. Must run on the thread that owns `db`.
ImportReport importFiles(
    Database& db, const std::vector<std::string>& paths, const ImportOptions& options, const TaskControl& control = {});

} // namespace kinsight::core
