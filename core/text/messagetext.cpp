#include "messagetext.h"

#include <algorithm>
#include <functional>
#include <unordered_map>

#include <QCoreApplication>

#include "core/text/reasonarguments.h"

namespace kinsight::core {

namespace {

using Arguments = std::vector<ReasonArgument>;
using arguments::count;
using arguments::text;
using Renderer = std::function<QString(const Arguments&)>;

// Marked with QT_TRANSLATE_NOOP at each use so that lupdate files them under `Message`.
QString say(const char* source, const char* disambiguation = nullptr)
{
    return QCoreApplication::translate("Message", source, disambiguation);
}

/// "orders.csv:3" in the language ({ file, line } at `i`, `i + 1`).
QString fileLine(const QString& file, std::int64_t line)
{
    //: a file and a line in it
    return say(QT_TRANSLATE_NOOP("Message", "%1:%2")).arg(file).arg(line);
}

/// A value from the operator's file, quoted the way the interface language quotes ('x' / “x”).
QString quoted(const Arguments& a, size_t i)
{
    //: a value from the operator's file, quoted
    return say(QT_TRANSLATE_NOOP("Message", "'%1'")).arg(text(a, i));
}

/// A numerus string (`%n`); without a translation giving the English forms, "(s)" is made
/// plural here, so that untranslated English reads "1 column" and "2 columns".
QString numerus(const char* source, std::int64_t n)
{
    QString out = QCoreApplication::translate("Message", source, nullptr, static_cast<int>(n));
    if (out.contains(QLatin1String("(s)")))
        out.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return out;
}

/// The kind of an import file as the contract names it (members, orders, …), in the language.
QString kindName(const QString& kind)
{
    static const std::unordered_map<std::string, const char*> names = {
        { "members", QT_TRANSLATE_NOOP("Message", "members") },
        { "products", QT_TRANSLATE_NOOP("Message", "products") },
        { "orders", QT_TRANSLATE_NOOP("Message", "orders") },
        { "events", QT_TRANSLATE_NOOP("Message", "events") },
        { "ratings", QT_TRANSLATE_NOOP("Message", "ratings") },
        { "interactions", QT_TRANSLATE_NOOP("Message", "interactions") },
    };
    const auto it = names.find(kind.toStdString());
    return it == names.end() ? kind : say(it->second);
}

/// An order's status (paid, refunded) in the language.
QString statusName(const QString& status)
{
    if (status == QLatin1String("paid"))
        return say(QT_TRANSLATE_NOOP("Message", "paid"));
    if (status == QLatin1String("refunded"))
        return say(QT_TRANSLATE_NOOP("Message", "refunded"));
    return status;
}

/// The rows a damaged database names (store.damaged_rows), in the language.
QString damagedRows(const QString& part)
{
    static const std::unordered_map<std::string, const char*> parts = {
        { "orders", QT_TRANSLATE_NOOP("Message", "an order refers to a member or product that is not there") },
        { "events", QT_TRANSLATE_NOOP("Message", "an event refers to a member or product that is not there") },
        { "ratings",
            QT_TRANSLATE_NOOP(
                "Message", "a rating refers to a member or product that is not there, or is out of range") },
        { "interactions", QT_TRANSLATE_NOOP("Message", "an interaction refers to a member that is not there") },
        { "order_lines",
            QT_TRANSLATE_NOOP("Message", "an order line refers to an order or product that is not there") },
    };
    const auto it = parts.find(part.toStdString());
    return it == parts.end() ? part : say(it->second);
}

/// The part of a snapshot file found damaged (snapshot.damaged), in the language.
QString damagedSnapshotPart(const QString& part)
{
    static const std::unordered_map<std::string, const char*> parts = {
        { "header", QT_TRANSLATE_NOOP("Message", "its header checksum differs") },
        { "length", QT_TRANSLATE_NOOP("Message", "its length is not the one its header gives") },
        { "directory", QT_TRANSLATE_NOOP("Message", "its list of columns is out of bounds or its checksum differs") },
        { "layout", QT_TRANSLATE_NOOP("Message", "its layout is not the one Kinsight writes") },
        { "columns", QT_TRANSLATE_NOOP("Message", "a column's checksum differs or its text is invalid") },
        { "content", QT_TRANSLATE_NOOP("Message", "its content is inconsistent") },
    };
    const auto it = parts.find(part.toStdString());
    return it == parts.end() ? part : say(it->second);
}

QString withKind(const char* source, const Arguments& a, size_t valueAt, size_t kindAt)
{
    return say(source).arg(quoted(a, valueAt), kindName(text(a, kindAt)));
}

Renderer fixed(const char* source)
{
    return [source](const Arguments&) { return say(source); };
}

Renderer oneValue(const char* source)
{
    return [source](const Arguments& a) { return say(source).arg(quoted(a, 0)); };
}

/// A sentence whose arguments are names as they are (a path, a URI, a library's message): %1, or
/// %1 and %2.
Renderer names(const char* source)
{
    return [source](const Arguments& a) {
        const QString sentence = say(source);
        return a.size() >= 2 ? sentence.arg(text(a, 0), text(a, 1)) : sentence.arg(text(a, 0));
    };
}

// One entry per code, grouped by the area that emits it; docs/language.md lists them.
const std::unordered_map<std::string, Renderer>& renderers()
{
    static const std::unordered_map<std::string, Renderer> table = {
        // A library's own message (SQLite's, Qt's), passed on as it is: { text }.
        { "import.row", [](const Arguments& a) { return text(a, 0); } },
        // core/import/importer.cpp: a row's problem (its file, line and column are given apart).
        { "import.required_empty", fixed(QT_TRANSLATE_NOOP("Message", "is empty (required)")) },
        { "import.amount_empty",
            fixed(QT_TRANSLATE_NOOP("Message", "is empty (required, or give quantity and unit_price)")) },
        { "import.repeated_id",
            oneValue(QT_TRANSLATE_NOOP("Message", "%1 appears earlier in this file with different content")) },
        { "import.epoch_out_of_range",
            oneValue(QT_TRANSLATE_NOOP("Message", "%1 is an epoch time outside the years 1970 to 2100")) },
        { "import.time_invalid",
            oneValue(QT_TRANSLATE_NOOP("Message",
                "%1 is not a valid date or time (YYYY-MM-DD, YYYY/M/D, either with HH:MM[:SS], ISO 8601, or Unix "
                "epoch seconds or milliseconds)")) },
        // { value, the values allowed, comma separated }
        { "import.enum_invalid",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "%1 is not one of %2")).arg(quoted(a, 0), text(a, 1));
            } },
        { "import.unknown_member", oneValue(QT_TRANSLATE_NOOP("Message", "%1 names no known member")) },
        { "import.unknown_product", oneValue(QT_TRANSLATE_NOOP("Message", "%1 names no known product")) },
        { "import.self_referral", fixed(QT_TRANSLATE_NOOP("Message", "a member cannot refer themselves")) },
        { "import.price_invalid",
            oneValue(QT_TRANSLATE_NOOP("Message",
                "%1 is not a valid price (a non-negative number with at most two decimals, no thousands "
                "separator)")) },
        { "import.not_a_number", oneValue(QT_TRANSLATE_NOOP("Message", "%1 is not a number")) },
        { "import.amount_invalid",
            oneValue(QT_TRANSLATE_NOOP("Message",
                "%1 is not a valid amount (a number with at most two decimals; a currency sign and , thousands "
                "separators are allowed)")) },
        { "import.amount_overflow", fixed(QT_TRANSLATE_NOOP("Message", "quantity × unit_price is too large")) },
        // { the row's currency, the database's }
        { "import.currency_mixed",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message",
                               "%1 differs from this database's currency %2 (one database holds one currency)"))
                    .arg(quoted(a, 0), text(a, 1));
            } },
        // { order id, file and line of its first line }
        { "import.order_lines_member",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message",
                               "order %1 has a line for another member at %2 (the lines of one order must agree on "
                               "member_id)"))
                    .arg(quoted(a, 0), fileLine(text(a, 1), count(a, 2)));
            } },
        // { order id, file and line of its first line, that line's status }
        { "import.order_lines_status",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message",
                               "order %1 has a line with status %3 at %2 (the lines of one order must agree on "
                               "status)"))
                    .arg(quoted(a, 0), fileLine(text(a, 1), count(a, 2)), statusName(text(a, 3)));
            } },
        { "import.rating_invalid", oneValue(QT_TRANSLATE_NOOP("Message", "%1 is not a whole number from 1 to 5")) },
        { "import.weight_invalid", oneValue(QT_TRANSLATE_NOOP("Message", "%1 is not a number greater than 0")) },
        // { columns named by --columns, fields in the row }
        { "import.columns_count",
            [](const Arguments& a) {
                return numerus(
                    QT_TRANSLATE_N_NOOP("Message", "--columns names %n column(s), but this row has %1"), count(a, 0))
                    .arg(count(a, 1));
            } },
        // { fields of the header, fields of the row }
        { "import.field_count",
            [](const Arguments& a) {
                return numerus(QT_TRANSLATE_N_NOOP("Message", "expected %n field(s), found %1"), count(a, 0))
                    .arg(count(a, 1));
            } },

        // core/import/importer.cpp: the header and the options.
        { "import.no_header", fixed(QT_TRANSLATE_NOOP("Message", "no header row (the file holds only blank lines)")) },
        // { name, kind }
        { "import.columns_unknown_field",
            [](const Arguments& a) {
                return withKind(
                    QT_TRANSLATE_NOOP("Message", "--columns names %1, which is not a field of %2"), a, 0, 1);
            } },
        // { source header, target field, kind }
        { "import.map_unknown_field",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "--map '%1=%2': %3 have no field %4"))
                    .arg(text(a, 0), text(a, 1), kindName(text(a, 2)), quoted(a, 1));
            } },
        // { header, the other header giving the same field }
        { "import.duplicate_field",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "columns %1 and %2 both give this field"))
                    .arg(quoted(a, 0), quoted(a, 1));
            } },
        { "import.missing_column", fixed(QT_TRANSLATE_NOOP("Message", "missing required column")) },
        { "import.missing_amount_column",
            fixed(QT_TRANSLATE_NOOP("Message", "missing required column (or give quantity and unit_price)")) },
        // A warning: { header, kind }
        { "import.column_ignored",
            [](const Arguments& a) {
                return withKind(QT_TRANSLATE_NOOP("Message", "column %1 is not a field of %2; ignored"), a, 0, 1);
            } },
        // A warning: { order id, old amount, new amount, old status, new status } (amounts or
        // statuses empty when they did not change).
        { "import.order_changed",
            [](const Arguments& a) {
                QString changes;
                if (!text(a, 1).isEmpty())
                    changes = say(QT_TRANSLATE_NOOP("Message", "amount %1 → %2")).arg(text(a, 1), text(a, 2));
                if (!text(a, 3).isEmpty()) {
                    if (!changes.isEmpty())
                        //: between the changes of one order
                        changes += say(QT_TRANSLATE_NOOP("Message", "; "));
                    changes += say(QT_TRANSLATE_NOOP("Message", "status %1 → %2"))
                                   .arg(statusName(text(a, 3)), statusName(text(a, 4)));
                }
                return say(QT_TRANSLATE_NOOP("Message", "order %1 changed: %2")).arg(quoted(a, 0), changes);
            } },
        { "import.more_errors",
            [](const Arguments& a) {
                return numerus(QT_TRANSLATE_N_NOOP("Message", "… and %n more error(s)"), count(a, 0));
            } },
        { "import.more_order_changes",
            [](const Arguments& a) {
                return numerus(QT_TRANSLATE_N_NOOP("Message", "… and %n more order(s) whose amount or status changed"),
                    count(a, 0));
            } },
        // An import's fatal error (not about one row).
        { "import.file_missing", fixed(QT_TRANSLATE_NOOP("Message", "file does not exist")) },
        { "import.kind_unknown",
            fixed(QT_TRANSLATE_NOOP("Message",
                "cannot tell the kind of file from its name; name it members.csv, products.csv, orders.csv, "
                "events.csv, ratings.csv or interactions.csv (a suffix such as orders-2026.csv is fine), or give "
                "--kind")) },
        // { the mapping as given, its field }
        { "import.value_no_field",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "--value '%1': no file of this import has a field %2"))
                    .arg(text(a, 0), quoted(a, 1));
            } },
        { "import.map_with_columns",
            fixed(QT_TRANSLATE_NOOP(
                "Message", "--map cannot be used with --no-header --columns (the columns are named by --columns)")) },
        // { the mapping as given, its header }
        { "import.map_no_column",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "--map '%1': no file of this import has a column %2"))
                    .arg(text(a, 0), quoted(a, 1));
            } },
        { "import.cancelled", fixed(QT_TRANSLATE_NOOP("Message", "import cancelled; nothing was written")) },
        // { the database's own message }
        { "import.write_failed",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "the database could not be written (%1)")).arg(text(a, 0));
            } },

        // core/import/csvreader.cpp, xlsxreader.cpp: reading a file.
        { "read.is_folder", fixed(QT_TRANSLATE_NOOP("Message", "is a folder, not a file")) },
        { "read.unreadable", fixed(QT_TRANSLATE_NOOP("Message", "cannot be read")) },
        { "read.file_empty", fixed(QT_TRANSLATE_NOOP("Message", "file is empty (a header row is required)")) },
        { "read.text_empty", fixed(QT_TRANSLATE_NOOP("Message", "the text is empty (a header row is required)")) },
        { "read.utf16_no_bom",
            fixed(QT_TRANSLATE_NOOP("Message",
                "UTF-16 text needs a byte-order mark (save it from Excel as \"Unicode text\", or as UTF-8)")) },
        { "read.unterminated_quote",
            fixed(QT_TRANSLATE_NOOP("Message", "a quoted field is never closed (unterminated quote)")) },
        { "read.record_too_long",
            fixed(QT_TRANSLATE_NOOP("Message", "record longer than 16 MiB (an unclosed quote?)")) },
        { "read.too_many_columns",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "more than %1 columns")).arg(count(a, 0));
            } },
        { "read.text_after_quote",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "text after the closing quote of field %1")).arg(count(a, 0));
            } },
        { "read.utf8_looks_chinese",
            fixed(QT_TRANSLATE_NOOP("Message",
                "invalid UTF-8 (the bytes look like Chinese text as Excel in China saves it: import with --encoding "
                "gb18030)")) },
        { "read.utf8_looks_western",
            fixed(QT_TRANSLATE_NOOP("Message",
                "invalid UTF-8 (the bytes look like Western text as Excel saves it: import with --encoding "
                "windows-1252)")) },
        // { encoding name }
        { "read.invalid_bytes",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "bytes that are not valid %1 text")).arg(text(a, 0));
            } },
        { "read.xlsx_not_zip", fixed(QT_TRANSLATE_NOOP("Message", "is not an XLSX workbook (not a zip archive)")) },
        { "read.xlsx_no_workbook",
            fixed(QT_TRANSLATE_NOOP("Message", "is not an XLSX workbook (no xl/workbook.xml)")) },
        { "read.xlsx_encrypted_or_xls",
            fixed(QT_TRANSLATE_NOOP("Message",
                "is encrypted (password-protected) or an old .xls workbook; save it from Excel as .xlsx without a "
                "password")) },
        { "read.xlsx_encrypted",
            fixed(QT_TRANSLATE_NOOP(
                "Message", "is encrypted (password-protected); save it from Excel without a password")) },
        // { the XML reader's own message }
        { "read.xlsx_damaged",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "the workbook is damaged (%1)")).arg(text(a, 0));
            } },
        { "read.xlsx_no_sheet", fixed(QT_TRANSLATE_NOOP("Message", "the workbook has no sheet")) },
        // { sheet asked for, the sheets it has, comma separated }
        { "read.xlsx_sheet_unknown",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "has no sheet named %1 (its sheets: %2)"))
                    .arg(quoted(a, 0), text(a, 1));
            } },
        { "read.xlsx_shared_strings_damaged",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "the shared strings are damaged (%1)")).arg(text(a, 0));
            } },
        { "read.xlsx_sheet_missing",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "the sheet %1 is missing from the workbook")).arg(quoted(a, 0));
            } },
        { "read.xlsx_sheet_unreadable",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "the sheet %1 cannot be read")).arg(quoted(a, 0));
            } },
        { "read.xlsx_shared_string_missing",
            [](const Arguments& a) {
                return say(
                    QT_TRANSLATE_NOOP("Message", "a cell names shared string %1, which the workbook does not have"))
                    .arg(text(a, 0));
            } },
        { "read.xlsx_worksheet_damaged",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "the worksheet is damaged (%1)")).arg(text(a, 0));
            } },

        // Long tasks (analysis, graph, recommendations, evaluation, actions, the demo).
        { "task.cancelled", fixed(QT_TRANSLATE_NOOP("Message", "cancelled")) },
        { "task.out_of_memory", fixed(QT_TRANSLATE_NOOP("Message", "out of memory")) },
        { "actions.out_of_memory",
            fixed(QT_TRANSLATE_NOOP("Message", "out of memory while computing the action lists")) },
        { "audience.unknown_product", fixed(QT_TRANSLATE_NOOP("Message", "unknown product")) },
        // { method }
        { "audience.model_not_prepared",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "the %1 model is not prepared")).arg(text(a, 0));
            } },
        { "audience.out_of_memory", fixed(QT_TRANSLATE_NOOP("Message", "out of memory while scoring the audience")) },
        { "recommend.out_of_memory",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "not enough memory to build the %1 model")).arg(text(a, 0));
            } },
        { "evaluation.out_of_memory", fixed(QT_TRANSLATE_NOOP("Message", "not enough memory for the evaluation")) },
        { "evaluation.out_of_memory_method",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "not enough memory to evaluate %1")).arg(text(a, 0));
            } },
        { "graph.out_of_memory", fixed(QT_TRANSLATE_NOOP("Message", "not enough memory for the interaction network")) },
        { "graph.too_many_edges",
            fixed(QT_TRANSLATE_NOOP("Message", "the interaction graph has too many edges for 32-bit edge indices")) },
        // core/store: opening a database file ({ path, … }) or the team database ({ uri, … }).
        { "store.missing", names(QT_TRANSLATE_NOOP("Message", "database %1 does not exist")) },
        { "store.folder_missing",
            names(QT_TRANSLATE_NOOP("Message", "cannot create database %1: folder %2 does not exist")) },
        { "store.folder_read_only",
            names(QT_TRANSLATE_NOOP("Message", "cannot create database %1: folder %2 is not writable")) },
        { "store.is_folder", names(QT_TRANSLATE_NOOP("Message", "database %1 is a folder, not a file")) },
        { "store.not_sqlite",
            names(QT_TRANSLATE_NOOP("Message", "%1 is not a Kinsight database (not an SQLite file)")) },
        { "store.open_failed", names(QT_TRANSLATE_NOOP("Message", "cannot open database %1: %2")) },
        { "store.unreadable", names(QT_TRANSLATE_NOOP("Message", "%1 is not a readable Kinsight database: %2")) },
        { "store.newer_schema",
            [](const Arguments& a) {
                return say(
                    QT_TRANSLATE_NOOP("Message",
                        "database %1 was written by a newer Kinsight (schema version %2; this version reads up to %3). "
                        "Please update Kinsight."))
                    .arg(text(a, 0))
                    .arg(count(a, 1))
                    .arg(count(a, 2));
            } },
        { "store.not_kinsight",
            names(QT_TRANSLATE_NOOP("Message", "%1 is an SQLite database, but not a Kinsight one")) },
        { "store.damaged",
            names(QT_TRANSLATE_NOOP("Message",
                "database %1 is damaged (%2); restore a backup, or re-import your files into a new database")) },
        { "store.truncated",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message",
                               "database %1 is damaged (the file ends after %2 of its %3 pages); restore a backup, or "
                               "re-import your files into a new database"))
                    .arg(text(a, 0))
                    .arg(count(a, 1))
                    .arg(count(a, 2));
            } },
        { "store.empty",
            names(QT_TRANSLATE_NOOP("Message", "database %1 is empty: import data or create a demo first")) },
        { "store.upgrade_failed",
            names(QT_TRANSLATE_NOOP("Message", "database %1 uses an older schema and cannot be upgraded: %2")) },
        { "team.connect_failed", names(QT_TRANSLATE_NOOP("Message", "cannot connect to the team database %1: %2")) },
        { "team.empty",
            names(QT_TRANSLATE_NOOP("Message", "team database %1 is empty: import data or create a demo first")) },
        { "team.no_community",
            names(QT_TRANSLATE_NOOP("Message", "team database %1 holds no Kinsight community yet")) },
        { "team.may_not_create",
            names(QT_TRANSLATE_NOOP("Message",
                "the role '%1' may not create tables in the team database %2: the first import needs "
                "the owner's role (see docs/team-database.md)")) },
        // { database path }
        { "demo.database_not_empty",
            [](const Arguments& a) {
                return say(
                    QT_TRANSLATE_NOOP("Message", "database %1 already holds data; the demo needs a new database"))
                    .arg(text(a, 0));
            } },

        // core/store/snapshotloader.cpp: loading a database file ({ path, … }).
        // { path, the rows found wrong: orders, events, ratings, interactions, order_lines }
        { "store.damaged_rows",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP(
                               "Message", "database %1 is damaged: %2 (restore a backup, or re-import your files)"))
                    .arg(text(a, 0), damagedRows(text(a, 1)));
            } },
        // { path, zone id }
        { "store.unknown_time_zone",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "database %1 names an unknown time zone %2"))
                    .arg(text(a, 0), quoted(a, 1));
            } },
        { "store.out_of_memory", names(QT_TRANSLATE_NOOP("Message", "not enough memory to load database %1")) },
        // { path, the system's message }
        { "store.create_failed", names(QT_TRANSLATE_NOOP("Message", "cannot create database %1: %2")) },
        // { path, SQLite's message }
        { "store.prepare_failed", names(QT_TRANSLATE_NOOP("Message", "cannot prepare database %1: %2")) },
        // core/store/segments.cpp: saved segments.
        { "segment.no_name", fixed(QT_TRANSLATE_NOOP("Message", "a segment needs a name")) },
        // { segment, member id }
        { "segment.unknown_member",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "segment %1: no member has the id %2"))
                    .arg(quoted(a, 0), quoted(a, 1));
            } },
        { "segment.unknown", oneValue(QT_TRANSLATE_NOOP("Message", "there is no segment named %1")) },
        // core/store/pgstore.cpp: copying a database ({ path or URI }).
        { "store.copy_target_exists",
            names(QT_TRANSLATE_NOOP("Message", "database %1 already exists: copy into a new file")) },
        // { the copy's path or URI, table, rows in the copy, rows in the original }
        { "store.copy_rows_differ",
            [](const Arguments& a) {
                return numerus(
                    QT_TRANSLATE_N_NOOP("Message", "the copy in %1 holds %n row(s) of %2, not %3"), count(a, 2))
                    .arg(text(a, 0), text(a, 1))
                    .arg(count(a, 3));
            } },
        // { the copy's path or URI, its content digest, the original's }
        { "store.copy_differs",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message",
                               "the copy in %1 does not load to the same community (content digest %2, not %3)"))
                    .arg(text(a, 0), text(a, 1), text(a, 2));
            } },
        { "store.copy_target_not_empty",
            names(QT_TRANSLATE_NOOP("Message", "database %1 already holds a community: copy into an empty one")) },

        // core/store/snapshotfile.cpp, snapshotloader.cpp: the snapshot file beside a database
        // ({ its path, … }; the system's own message kept as it words it).
        { "snapshot.write_failed", names(QT_TRANSLATE_NOOP("Message", "cannot write snapshot file %1: %2")) },
        { "snapshot.open_failed", names(QT_TRANSLATE_NOOP("Message", "cannot open snapshot file %1: %2")) },
        { "snapshot.map_failed", names(QT_TRANSLATE_NOOP("Message", "cannot map snapshot file %1 into memory: %2")) },
        { "snapshot.not_regular", names(QT_TRANSLATE_NOOP("Message", "snapshot file %1 is not a regular file")) },
        { "snapshot.not_private",
            names(QT_TRANSLATE_NOOP(
                "Message", "snapshot file %1 is readable by other users, or belongs to someone else")) },
        { "snapshot.truncated", names(QT_TRANSLATE_NOOP("Message", "snapshot file %1 is truncated")) },
        { "snapshot.foreign", names(QT_TRANSLATE_NOOP("Message", "%1 is not a Kinsight snapshot file")) },
        // { path, the file's format version }
        { "snapshot.other_version",
            [](const Arguments& a) {
                return say(
                    QT_TRANSLATE_NOOP("Message", "snapshot file %1 has another format version (%2) or byte order"))
                    .arg(text(a, 0))
                    .arg(count(a, 1));
            } },
        { "snapshot.other_database",
            names(QT_TRANSLATE_NOOP("Message", "snapshot file %1 was made from another database")) },
        { "snapshot.stale",
            names(QT_TRANSLATE_NOOP("Message", "snapshot file %1 is older than the database's content")) },
        // { path, the part found wrong: header, length, directory, layout, columns, content }
        { "snapshot.damaged",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "snapshot file %1 is damaged (%2)"))
                    .arg(text(a, 0), damagedSnapshotPart(text(a, 1)));
            } },
        { "snapshot.out_of_memory", names(QT_TRANSLATE_NOOP("Message", "not enough memory to read snapshot file %1")) },
        // A warning: { the problem's code, its arguments… }
        { "snapshot.rebuilding",
            [](const Arguments& a) {
                const Reason problem { text(a, 0).toStdString(), Arguments(a.begin() + (a.empty() ? 0 : 1), a.end()) };
                return say(QT_TRANSLATE_NOOP("Message", "%1; rebuilding it from the database"))
                    .arg(messageText(problem).value_or(text(a, 0)));
            } },

        // core/store/pgstore.cpp: the team database's local copies ({ URI (password removed), … }).
        { "team.local_copy_failed",
            names(QT_TRANSLATE_NOOP("Message", "cannot make the local copy of the team database %1: %2")) },
        // { URI, folder, the system's message }
        { "team.keep_copy_failed",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "cannot keep the local copy of %1 in %2: %3"))
                    .arg(text(a, 0), text(a, 1), text(a, 2));
            } },
        // { folder, the system's message }
        { "team.cache_folder_failed",
            names(QT_TRANSLATE_NOOP("Message", "cannot make the folder for local copies %1: %2")) },
        { "team.working_copy_failed", names(QT_TRANSLATE_NOOP("Message", "cannot make a working copy of %1: %2")) },
        { "team.read_only", names(QT_TRANSLATE_NOOP("Message", "team database %1 was opened for reading only")) },
        { "team.newer_schema",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message",
                               "team database %1 was written by a newer Kinsight (schema version %2; this version "
                               "reads up to %3). Please update Kinsight."))
                    .arg(text(a, 0))
                    .arg(count(a, 1))
                    .arg(count(a, 2));
            } },
        { "team.not_kinsight",
            names(QT_TRANSLATE_NOOP("Message", "team database %1 is not a Kinsight database (no schema version)")) },
        // { role, URI }
        { "team.may_only_read",
            names(QT_TRANSLATE_NOOP("Message",
                "the role '%1' may only read the team database %2: importing and changing settings need a role "
                "with write rights (see docs/team-database.md)")) },

        // core/report, ui/report: building and writing a report.
        // { path, the system's message (may be empty) }
        { "report.write_failed",
            [](const Arguments& a) {
                if (text(a, 1).isEmpty())
                    return say(QT_TRANSLATE_NOOP("Message", "cannot write %1")).arg(text(a, 0));
                return say(QT_TRANSLATE_NOOP("Message", "cannot write %1: %2")).arg(text(a, 0), text(a, 1));
            } },
        { "report.unknown_format",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "the report file must end in .pdf, .html or .xlsx (not %1)"))
                    .arg(quoted(a, 0));
            } },
        { "report.folder_failed", names(QT_TRANSLATE_NOOP("Message", "cannot create the folder %1")) },
        { "report.pdf_failed", names(QT_TRANSLATE_NOOP("Message", "cannot draw the PDF %1")) },
        { "report.workbook_failed", names(QT_TRANSLATE_NOOP("Message", "cannot create the workbook %1")) },
        { "report.unknown_language",
            oneValue(QT_TRANSLATE_NOOP("Message", "unknown report language %1 (en or zh_CN)")) },
        // { language code }
        { "report.translation_missing",
            names(QT_TRANSLATE_NOOP("Message", "the %1 translation of the reports is missing")) },
        // { the section as given, the known sections, comma separated }
        { "report.unknown_section",
            [](const Arguments& a) {
                return say(QT_TRANSLATE_NOOP("Message", "unknown report section %1 (known: %2)"))
                    .arg(quoted(a, 0), text(a, 1));
            } },
        // { the known sections }
        { "report.no_section", names(QT_TRANSLATE_NOOP("Message", "no report section given (known: %1)")) },
        { "report.no_community", fixed(QT_TRANSLATE_NOOP("Message", "the analysis has no community")) },
        { "report.needs_pseudonym_key",
            fixed(QT_TRANSLATE_NOOP("Message", "a report without personal data needs the database's pseudonym key")) },
        { "report.no_pseudonym_key", fixed(QT_TRANSLATE_NOOP("Message", "the database has no pseudonym key")) },
        { "report.pseudonym_key_invalid",
            fixed(QT_TRANSLATE_NOOP("Message", "the database's pseudonym key is not hexadecimal")) },

        // core/analysis, the window: recommendations.
        { "recommend.not_ready", fixed(QT_TRANSLATE_NOOP("Message", "the recommendations are not ready yet")) },
        // { path, the system's message }
        { "recommend.cache_write_failed",
            names(QT_TRANSLATE_NOOP("Message", "cannot write the recommendation cache %1: %2")) },

        // core/util/timezone.cpp
        { "settings.unknown_time_zone",
            oneValue(QT_TRANSLATE_NOOP(
                "Message", "unknown time zone %1 (use an IANA name such as Asia/Shanghai, Europe/Berlin or UTC)")) },
    };
    return table;
}

} // namespace

std::optional<QString> messageText(const Reason& reason)
{
    const auto& table = renderers();
    const auto it = table.find(reason.code);
    if (it == table.end())
        return std::nullopt;
    return it->second(reason.arguments);
}

std::vector<std::string> knownMessageCodes()
{
    std::vector<std::string> codes;
    for (const auto& [code, renderer] : renderers())
        codes.push_back(code);
    std::sort(codes.begin(), codes.end());
    return codes;
}

QString errorText(const Error& error)
{
    if (!error.reason.code.empty()) {
        if (auto m = messageText(error.reason))
            return *m;
    }
    return QString::fromStdString(error.message);
}

QString locatedText(const std::string& file, std::int64_t line, const std::string& column, const Reason& reason)
{
    const QString shown = messageText(reason).value_or(text(reason.arguments, 0));
    const QString f = QString::fromStdString(file);
    const QString c = QString::fromStdString(column);
    QString where;
    if (!file.empty() && line > 0)
        where = fileLine(f, line);
    else if (!file.empty())
        where = f;
    else if (line > 0)
        where = say(QT_TRANSLATE_NOOP("Message", "line %1")).arg(line);
    if (!c.isEmpty()) {
        //: %1: where (a file and line), %2: a column, %3: the problem
        if (!where.isEmpty())
            return say(QT_TRANSLATE_NOOP("Message", "%1: column %2: %3")).arg(where, c, shown);
        return QCoreApplication::translate("Message", "%1: %2", "a column and its problem").arg(c, shown);
    }
    if (!where.isEmpty())
        return QCoreApplication::translate("Message", "%1: %2", "a file or line and its problem").arg(where, shown);
    return shown;
}

} // namespace kinsight::core
