#pragma once

#include <optional>
#include <vector>

#include <QList>
#include <QString>
#include <QStringList>

#include "core/import/encoding.h"
#include "core/import/filekind.h"
#include "core/import/importer.h"

class QSettings;

namespace kinsight::ui {

/// One file chosen in the import wizard: what it holds, how it is read and how its columns map to
/// the fields of docs/data-format.md. A plain value; the wizard keeps one per file.
struct ImportFilePlan {
    QString path;
    /// Chosen by the operator, else taken from the file name; nullopt until known.
    std::optional<core::FileKind> kind;
    /// The encoding the operator chose (Auto reads the detected one).
    core::TextEncoding encoding = core::TextEncoding::Auto;
    /// The encoding the file was read with for the preview (detected when `encoding` is Auto).
    core::TextEncoding detected = core::TextEncoding::Utf8;
    /// The field separator the preview found (delimited text), used for the import too.
    core::Delimiter delimiter = core::Delimiter::Comma;
    QStringList headers;
    QList<QStringList> rows; ///< the first rows, for the preview
    bool moreRows = false; ///< the file holds more rows than `rows`
    qint64 bytes = 0;
    QString error; ///< why the file cannot be previewed, or empty
    /// Per header: an index into core::fieldsOf(*kind), or -1 when the column is left out.
    std::vector<int> fieldOfColumn;

    bool readable() const { return error.isEmpty(); }
};

/// Reads the header and the first `maxRows` rows of a CSV file with `encoding` (detecting it when
/// Auto) into a new plan. Never throws; a file that cannot be read comes back with `error` set.
/// The kind is taken from the file name when it names one; the columns are not mapped yet.
ImportFilePlan previewFile(
    const QString& path, core::TextEncoding encoding = core::TextEncoding::Auto, int maxRows = 20);

/// Maps headers to the fields of `kind` by contract name and the documented aliases (English
/// variants and common Chinese headers such as 用户ID, 注册时间, 实付金额). A field already given by an
/// earlier column is not given twice: the later column is left out.
std::vector<int> autoMapColumns(core::FileKind kind, const QStringList& headers);

/// The required fields of `plan.kind` that no column gives (contract names).
QStringList missingRequiredFields(const ImportFilePlan& plan);
/// Fields given by more than one column (contract names).
QStringList fieldsGivenTwice(const ImportFilePlan& plan);
/// True when the plan can be imported: readable, of a known kind, every required field mapped once.
bool isPlanReady(const ImportFilePlan& plan);

/// The importer's options for these plans: one transaction over all files, each with its own
/// kind, encoding and the full column mapping (ignored columns stay ignored even when a header
/// looks like a field).
core::ImportOptions importOptionsFor(const QList<ImportFilePlan>& plans, bool skipInvalid);
std::vector<std::string> importPathsFor(const QList<ImportFilePlan>& plans);

/// Mappings the operator confirmed, remembered per kind and set of headers (order does not matter),
/// in QSettings under `importMappings/`. Reading and writing use the given settings object, or the
/// application's default settings.
class MappingMemory {
public:
    explicit MappingMemory(QSettings* settings = nullptr);

    /// The remembered mapping for exactly this set of headers, in the order of `headers`.
    std::optional<std::vector<int>> recall(core::FileKind kind, const QStringList& headers) const;
    void remember(core::FileKind kind, const QStringList& headers, const std::vector<int>& fieldOfColumn);

    /// The settings key for a kind and header set (normalised headers, sorted, hashed).
    static QString keyFor(core::FileKind kind, const QStringList& headers);

private:
    QSettings* m_settings;
};

/// Maps the columns of a plan: the remembered mapping for its header set when there is one, else
/// autoMapColumns(). Clears the mapping when the kind is unknown.
void mapColumns(ImportFilePlan& plan, const MappingMemory& memory);

/// Display names, translated.
QString kindLabel(core::FileKind kind);
QString fieldLabel(std::string_view field);
QString encodingLabel(core::TextEncoding encoding);

} // namespace kinsight::ui
