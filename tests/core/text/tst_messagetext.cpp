// Errors and warnings rendered in English and Chinese: every code the core's importer, readers,
// store, snapshot file, team database, reports, segments and settings emit has a sentence of its own in both languages
// (never the fallback), every placeholder is filled, English plurals agree with the count, and the Chinese sentences
// hold no English word beyond the names an operator types as they are (options, contract fields, formats).
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "core/import/importer.h"
#include "core/store/database.h"
#include "core/text/messagetext.h"
#include "core/text/reasontext.h"
#include "renderedtext.h"
#include "resources/translations/translator.h"

using namespace kinsight::core;
using kinsight::test::n;
using kinsight::test::s;

Q_DECLARE_METATYPE(kinsight::core::Reason)

namespace {

// Typical arguments for every code (a code missing here fails everyCodeRenders).
std::vector<Reason> samples()
{
    return {
        { "import.row", { s("disk I/O error") } },
        { "import.required_empty", { s("member_id") } },
        { "import.amount_empty", {} },
        { "import.repeated_id", { s("u1") } },
        { "import.epoch_out_of_range", { s("9999999999") } },
        { "import.time_invalid", { s("2026-13-01") } },
        { "import.enum_invalid", { s("weekly"), s("monthly, quarterly, annual") } },
        { "import.unknown_member", { s("u9") } },
        { "import.unknown_product", { s("p9") } },
        { "import.self_referral", {} },
        { "import.price_invalid", { s("1,000") } },
        { "import.not_a_number", { s("abc") } },
        { "import.amount_invalid", { s("3.001") } },
        { "import.amount_overflow", {} },
        { "import.currency_mixed", { s("USD"), s("CNY") } },
        { "import.order_lines_member", { s("o1"), s("orders.csv"), n(2) } },
        { "import.order_lines_status", { s("o1"), s("orders.csv"), n(2), s("paid") } },
        { "import.rating_invalid", { s("6") } },
        { "import.weight_invalid", { s("-1") } },
        { "import.columns_count", { n(4), n(3) } },
        { "import.field_count", { n(5), n(4) } },
        { "import.no_header", {} },
        { "import.columns_unknown_field", { s("colour"), s("events") } },
        { "import.map_unknown_field", { s("Kunde"), s("customer"), s("orders") } },
        { "import.duplicate_field", { s("客户编号"), s("member") } },
        { "import.missing_column", {} },
        { "import.missing_amount_column", {} },
        { "import.column_ignored", { s("备注"), s("orders") } },
        { "import.order_changed", { s("o1"), s("12.00"), s("30.00"), s("paid"), s("refunded") } },
        { "import.more_errors", { n(7) } },
        { "import.more_order_changes", { n(3) } },
        { "import.file_missing", {} },
        { "import.kind_unknown", {} },
        { "import.value_no_field", { s("colour:red=blue"), s("colour") } },
        { "import.map_with_columns", {} },
        { "import.map_no_column", { s("Kunde=member_id"), s("Kunde") } },
        { "import.cancelled", {} },
        { "import.write_failed", { s("database or disk is full") } },
        { "read.is_folder", {} },
        { "read.unreadable", {} },
        { "read.file_empty", {} },
        { "read.text_empty", {} },
        { "read.utf16_no_bom", {} },
        { "read.unterminated_quote", {} },
        { "read.record_too_long", {} },
        { "read.too_many_columns", { n(10000) } },
        { "read.text_after_quote", { n(2) } },
        { "read.utf8_looks_chinese", {} },
        { "read.utf8_looks_western", {} },
        { "read.invalid_bytes", { s("GB18030") } },
        { "read.xlsx_not_zip", {} },
        { "read.xlsx_no_workbook", {} },
        { "read.xlsx_encrypted_or_xls", {} },
        { "read.xlsx_encrypted", {} },
        { "read.xlsx_damaged", { s("Premature end of document.") } },
        { "read.xlsx_no_sheet", {} },
        { "read.xlsx_sheet_unknown", { s("Orders"), s("Sheet1, Sheet2") } },
        { "read.xlsx_shared_strings_damaged", { s("Premature end of document.") } },
        { "read.xlsx_sheet_missing", { s("Sheet1") } },
        { "read.xlsx_sheet_unreadable", { s("Sheet1") } },
        { "read.xlsx_shared_string_missing", { s("12") } },
        { "read.xlsx_worksheet_damaged", { s("Premature end of document.") } },
        { "settings.unknown_time_zone", { s("Mars/Olympus") } },
        { "task.cancelled", {} },
        { "task.out_of_memory", {} },
        { "actions.out_of_memory", {} },
        { "audience.unknown_product", {} },
        { "audience.model_not_prepared", { s("ease") } },
        { "audience.out_of_memory", {} },
        { "recommend.out_of_memory", { s("als") } },
        { "evaluation.out_of_memory", {} },
        { "evaluation.out_of_memory_method", { s("ease") } },
        { "graph.out_of_memory", {} },
        { "graph.too_many_edges", {} },
        { "demo.database_not_empty", { s("/tmp/community.db") } },
        { "store.missing", { s("/tmp/community.db") } },
        { "store.folder_missing", { s("/tmp/a/community.db"), s("/tmp/a") } },
        { "store.folder_read_only", { s("/tmp/a/community.db"), s("/tmp/a") } },
        { "store.is_folder", { s("/tmp/a") } },
        { "store.not_sqlite", { s("/tmp/notes.txt") } },
        { "store.open_failed", { s("/tmp/community.db"), s("unable to open database file") } },
        { "store.unreadable", { s("/tmp/community.db"), s("file is not a database") } },
        { "store.newer_schema", { s("/tmp/community.db"), n(9), n(2) } },
        { "store.not_kinsight", { s("/tmp/other.db") } },
        { "store.damaged", { s("/tmp/community.db"), s("row 3 missing from index") } },
        { "store.truncated", { s("/tmp/community.db"), n(54), n(55) } },
        { "store.empty", { s("/tmp/community.db") } },
        { "store.upgrade_failed", { s("/tmp/community.db"), s("attempt to write a readonly database") } },
        { "team.connect_failed", { s("postgresql://ops@db.example/community"), s("connection refused") } },
        { "team.empty", { s("postgresql://ops@db.example/community") } },
        { "team.no_community", { s("postgresql://ops@db.example/community") } },
        { "team.may_not_create", { s("analyst"), s("postgresql://ops@db.example/community") } },
        { "snapshot.write_failed", { s("/tmp/c.db.snapshot"), s("No space left on device") } },
        { "snapshot.open_failed", { s("/tmp/c.db.snapshot"), s("Permission denied") } },
        { "snapshot.map_failed", { s("/tmp/c.db.snapshot"), s("Cannot allocate memory") } },
        { "snapshot.not_regular", { s("/tmp/c.db.snapshot") } },
        { "snapshot.not_private", { s("/tmp/c.db.snapshot") } },
        { "snapshot.truncated", { s("/tmp/c.db.snapshot") } },
        { "snapshot.foreign", { s("/tmp/c.db.snapshot") } },
        { "snapshot.other_version", { s("/tmp/c.db.snapshot"), n(3) } },
        { "snapshot.other_database", { s("/tmp/c.db.snapshot") } },
        { "snapshot.stale", { s("/tmp/c.db.snapshot") } },
        { "snapshot.damaged", { s("/tmp/c.db.snapshot"), s("layout") } },
        { "snapshot.out_of_memory", { s("/tmp/c.db.snapshot") } },
        { "snapshot.rebuilding", { s("snapshot.truncated"), s("/tmp/c.db.snapshot") } },
        { "store.damaged_rows", { s("/tmp/community.db"), s("orders") } },
        { "store.unknown_time_zone", { s("/tmp/community.db"), s("Mars/Olympus") } },
        { "store.out_of_memory", { s("/tmp/community.db") } },
        { "store.copy_target_exists", { s("/tmp/copy.db") } },
        { "store.copy_target_not_empty", { s("/tmp/copy.db") } },
        { "store.copy_rows_differ", { s("/tmp/copy.db"), s("orders"), n(5), n(6) } },
        { "store.copy_differs", { s("/tmp/copy.db"), s("ab12"), s("cd34") } },
        { "store.create_failed", { s("/tmp/community.db"), s("Permission denied") } },
        { "store.prepare_failed", { s("/tmp/community.db"), s("disk I/O error") } },
        { "team.local_copy_failed", { s("postgresql://ops@db.example/community"), s("database or disk is full") } },
        { "team.keep_copy_failed",
            { s("postgresql://ops@db.example/community"), s("/home/ops/.cache/kinsight"),
                s("No space left on device") } },
        { "team.cache_folder_failed", { s("/home/ops/.cache/kinsight"), s("Permission denied") } },
        { "team.working_copy_failed", { s("postgresql://ops@db.example/community"), s("No space left on device") } },
        { "team.read_only", { s("postgresql://ops@db.example/community") } },
        { "team.newer_schema", { s("postgresql://ops@db.example/community"), n(9), n(2) } },
        { "team.not_kinsight", { s("postgresql://ops@db.example/community") } },
        { "team.may_only_read", { s("analyst"), s("postgresql://ops@db.example/community") } },
        { "report.write_failed", { s("/tmp/r.pdf"), s("Permission denied") } },
        { "report.unknown_format", { s("/tmp/r.docx") } },
        { "report.folder_failed", { s("/tmp/out") } },
        { "report.pdf_failed", { s("/tmp/r.pdf") } },
        { "report.workbook_failed", { s("/tmp/r.xlsx") } },
        { "report.unknown_language", { s("fr") } },
        { "report.translation_missing", { s("zh_CN") } },
        { "report.unknown_section", { s("sales"), s("summary,overview") } },
        { "report.no_section", { s("summary,overview") } },
        { "report.no_community", {} },
        { "report.needs_pseudonym_key", {} },
        { "report.no_pseudonym_key", {} },
        { "report.pseudonym_key_invalid", {} },
        { "recommend.not_ready", {} },
        { "recommend.cache_write_failed", { s("/tmp/community.db.recommend.json"), s("Permission denied") } },
        { "segment.no_name", {} },
        { "segment.unknown_member", { s("vip"), s("u9") } },
        { "segment.unknown", { s("vip") } },
    };
}

/// Latin words a Chinese operator reads as they are: the contract's field and file names, the
/// options, the kept names of formats and standards, the product's and SQLite's names, the docs,
/// the report formats and languages as the operator types them.
const QRegularExpression& keptWords()
{
    static const QRegularExpression kept(
        QStringLiteral("--[a-z-]+|[a-z]+(_[a-z]+)+|[a-z]+(-[0-9]+)?\\.(csv|xlsx|xls|xml)|docs/[a-z-]+\\.md|xl/"
                       "workbook\\.xml|\\.xlsx?\\b|\\b(UTF|XLSX|Excel|Unicode|"
                       "ISO|IANA|MiB|zip|gb18030|windows|tab|space|quantity|status|amount|Asia/Shanghai|Europe/"
                       "Berlin|UTC|CNY|Kinsight|SQLite|PDF|en|zh_CN)\\b|\\.(pdf|html)\\b"));
    return kept;
}

} // namespace

class TestMessageText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("en")))); }

    void everyCodeRenders_data() { kinsight::test::addLanguageRows(); }

    void everyCodeRenders()
    {
        QFETCH(QString, language);
        QVERIFY(kinsight::ui::installTranslator(QLocale(language)));
        const std::vector<Reason> all = samples();
        const std::vector<std::string> codes = knownMessageCodes();
        QCOMPARE(codes.size(), all.size()); // a sample per code, no sample for a code that is gone
        for (const std::string& code : codes) {
            const auto it = std::find_if(all.begin(), all.end(), [&](const Reason& r) { return r.code == code; });
            QVERIFY2(it != all.end(), ("no sample arguments for " + code).c_str());
            QVERIFY(hasReasonText(*it));
            const auto rendered = messageText(*it);
            QVERIFY(rendered.has_value());
            const QString text = *rendered;
            QCOMPARE(reasonText(*it), text); // the reasons' renderer knows the messages too
            // (a library's own message, passed on in brackets, is the library's language)
            const bool chinese = language == QLatin1String("zh_CN") && code != "import.row"
                && (code.find("damaged") == std::string::npos || code == "snapshot.damaged"
                    || code == "store.damaged_rows")
                && code != "import.write_failed";
            const QString problem = kinsight::test::renderingProblem(*it, text, chinese, keptWords());
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
        }
    }

    void sentences_data()
    {
        QTest::addColumn<Reason>("reason");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("chinese");
        QTest::newRow("unknown member") << Reason { "import.unknown_member", { s("u9") } }
                                        << QStringLiteral("'u9' names no known member")
                                        << QStringLiteral("找不到会员 “u9”");
        QTest::newRow("bad time") << Reason { "import.time_invalid", { s("2026-13-01") } }
                                  << QStringLiteral(
                                         "'2026-13-01' is not a valid date or time (YYYY-MM-DD, YYYY/M/D, either with "
                                         "HH:MM[:SS], ISO 8601, or Unix epoch seconds or milliseconds)")
                                  << QStringLiteral(
                                         "“2026-13-01” 不是有效的日期或时间（可写成 2026-05-31 或 2026/5/31，后面可带 "
                                         "08:30 或 08:30:00；也可以是 ISO 8601 格式，或以秒、毫秒计的时间戳）");
        // English plurals by the count; one Chinese form.
        QTest::newRow("one field") << Reason { "import.field_count", { n(1), n(3) } }
                                   << QStringLiteral("expected 1 field, found 3")
                                   << QStringLiteral("应有 1 列，这一行却有 3 列");
        QTest::newRow("fields") << Reason { "import.field_count", { n(5), n(4) } }
                                << QStringLiteral("expected 5 fields, found 4")
                                << QStringLiteral("应有 5 列，这一行却有 4 列");
        QTest::newRow("one more error") << Reason { "import.more_errors", { n(1) } }
                                        << QStringLiteral("… and 1 more error") << QStringLiteral("……另有 1 处错误");
        QTest::newRow("kind named") << Reason { "import.column_ignored", { s("备注"), s("orders") } }
                                    << QStringLiteral("column '备注' is not a field of orders; ignored")
                                    << QStringLiteral("“备注” 列不是订单表的字段，已忽略");
        QTest::newRow("order lines") << Reason { "import.order_lines_status", { s("o1"), s("a.csv"), n(2), s("paid") } }
                                     << QStringLiteral(
                                            "order 'o1' has a line with status paid at a.csv:2 (the lines of one "
                                            "order must agree on status)")
                                     << QStringLiteral(
                                            "订单 “o1” 在 a.csv 第 2 行有一行的状态是“已支付”（同一订单的各行 status "
                                            "必须一致）");
        QTest::newRow("order changed") << Reason { "import.order_changed",
            { s("o1"), s("12.00"), s("30.00"), s(""), s("") } }
                                       << QStringLiteral("order 'o1' changed: amount 12.00 → 30.00")
                                       << QStringLiteral("订单 “o1” 有变动：金额 12.00 → 30.00");
        QTest::newRow("order refunded") << Reason { "import.order_changed",
            { s("o1"), s("12.00"), s("30.00"), s("paid"),
                s("refunded") } } << QStringLiteral("order 'o1' changed: amount 12.00 → 30.00; status paid → refunded")
                                        << QStringLiteral("订单 “o1” 有变动：金额 12.00 → 30.00；状态 已支付 → 已退款");
        // The store's, the snapshot file's, the team database's, the reports' and the segments' codes.
        QTest::newRow("snapshot.write_failed")
            << Reason { "snapshot.write_failed", { s("/tmp/c.db.snapshot"), s("No space left on device") } }
            << QStringLiteral("cannot write snapshot file /tmp/c.db.snapshot: No space left on device")
            << QStringLiteral("无法写入快照文件 /tmp/c.db.snapshot：No space left on device");
        QTest::newRow("snapshot.open_failed")
            << Reason { "snapshot.open_failed", { s("/tmp/c.db.snapshot"), s("Permission denied") } }
            << QStringLiteral("cannot open snapshot file /tmp/c.db.snapshot: Permission denied")
            << QStringLiteral("无法打开快照文件 /tmp/c.db.snapshot：Permission denied");
        QTest::newRow("snapshot.map_failed")
            << Reason { "snapshot.map_failed", { s("/tmp/c.db.snapshot"), s("Cannot allocate memory") } }
            << QStringLiteral("cannot map snapshot file /tmp/c.db.snapshot into memory: Cannot allocate memory")
            << QStringLiteral("无法把快照文件 /tmp/c.db.snapshot 映射到内存：Cannot allocate memory");
        QTest::newRow("snapshot.not_regular")
            << Reason { "snapshot.not_regular", { s("/tmp/c.db.snapshot") } }
            << QStringLiteral("snapshot file /tmp/c.db.snapshot is not a regular file")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot 不是普通文件");
        QTest::newRow("snapshot.not_private")
            << Reason { "snapshot.not_private", { s("/tmp/c.db.snapshot") } }
            << QStringLiteral("snapshot file /tmp/c.db.snapshot is readable by other users, or belongs to someone else")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot 其他用户也能读取，或者属于别的用户");
        QTest::newRow("snapshot.truncated") << Reason { "snapshot.truncated", { s("/tmp/c.db.snapshot") } }
                                            << QStringLiteral("snapshot file /tmp/c.db.snapshot is truncated")
                                            << QStringLiteral("快照文件 /tmp/c.db.snapshot 不完整（已被截断）");
        QTest::newRow("snapshot.foreign") << Reason { "snapshot.foreign", { s("/tmp/c.db.snapshot") } }
                                          << QStringLiteral("/tmp/c.db.snapshot is not a Kinsight snapshot file")
                                          << QStringLiteral("/tmp/c.db.snapshot 不是 Kinsight 快照文件");
        QTest::newRow("snapshot.other_version")
            << Reason { "snapshot.other_version", { s("/tmp/c.db.snapshot"), n(3) } }
            << QStringLiteral("snapshot file /tmp/c.db.snapshot has another format version (3) or byte order")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot 的格式版本（3）或字节序与本版本不同");
        QTest::newRow("snapshot.other_database")
            << Reason { "snapshot.other_database", { s("/tmp/c.db.snapshot") } }
            << QStringLiteral("snapshot file /tmp/c.db.snapshot was made from another database")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot 是由另一个数据库生成的");
        QTest::newRow("snapshot.stale") << Reason { "snapshot.stale", { s("/tmp/c.db.snapshot") } }
                                        << QStringLiteral(
                                               "snapshot file /tmp/c.db.snapshot is older than the database's content")
                                        << QStringLiteral("快照文件 /tmp/c.db.snapshot 已过期（数据库内容有了变动）");
        QTest::newRow("snapshot.damaged")
            << Reason { "snapshot.damaged", { s("/tmp/c.db.snapshot"), s("layout") } }
            << QStringLiteral("snapshot file /tmp/c.db.snapshot is damaged (its layout is not the one Kinsight writes)")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot 已损坏（文件布局与 Kinsight 写入的不一致）");
        QTest::newRow("snapshot.damaged header")
            << Reason { "snapshot.damaged", { s("/tmp/c.db.snapshot"), s("header") } }
            << QStringLiteral("snapshot file /tmp/c.db.snapshot is damaged (its header checksum differs)")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot 已损坏（文件头校验和不符）");
        QTest::newRow("snapshot.damaged length")
            << Reason { "snapshot.damaged", { s("/tmp/c.db.snapshot"), s("length") } }
            << QStringLiteral(
                   "snapshot file /tmp/c.db.snapshot is damaged (its length is not the one its header gives)")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot 已损坏（文件长度与文件头记录的不符）");
        QTest::newRow("snapshot.damaged directory")
            << Reason { "snapshot.damaged", { s("/tmp/c.db.snapshot"), s("directory") } }
            << QStringLiteral("snapshot file /tmp/c.db.snapshot is damaged (its list of columns is out of bounds or "
                              "its checksum differs)")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot 已损坏（列目录越界或校验和不符）");
        QTest::newRow("snapshot.damaged columns")
            << Reason { "snapshot.damaged", { s("/tmp/c.db.snapshot"), s("columns") } }
            << QStringLiteral(
                   "snapshot file /tmp/c.db.snapshot is damaged (a column's checksum differs or its text is invalid)")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot 已损坏（某一列的校验和不符，或其中的文本无效）");
        QTest::newRow("snapshot.damaged content")
            << Reason { "snapshot.damaged", { s("/tmp/c.db.snapshot"), s("content") } }
            << QStringLiteral("snapshot file /tmp/c.db.snapshot is damaged (its content is inconsistent)")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot 已损坏（内容前后矛盾）");
        QTest::newRow("snapshot.out_of_memory")
            << Reason { "snapshot.out_of_memory", { s("/tmp/c.db.snapshot") } }
            << QStringLiteral("not enough memory to read snapshot file /tmp/c.db.snapshot")
            << QStringLiteral("内存不足，无法读取快照文件 /tmp/c.db.snapshot");
        QTest::newRow("snapshot.rebuilding")
            << Reason { "snapshot.rebuilding", { s("snapshot.truncated"), s("/tmp/c.db.snapshot") } }
            << QStringLiteral("snapshot file /tmp/c.db.snapshot is truncated; rebuilding it from the database")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot 不完整（已被截断），正在根据数据库重新生成");
        QTest::newRow("snapshot.rebuilding damaged")
            << Reason { "snapshot.rebuilding", { s("snapshot.damaged"), s("/tmp/c.db.snapshot"), s("columns") } }
            << QStringLiteral("snapshot file /tmp/c.db.snapshot is damaged (a column's checksum differs or its text is "
                              "invalid); rebuilding it from the database")
            << QStringLiteral("快照文件 /tmp/c.db.snapshot "
                              "已损坏（某一列的校验和不符，或其中的文本无效），正在根据数据库重新生成");
        QTest::newRow("store.damaged_rows")
            << Reason { "store.damaged_rows", { s("/tmp/community.db"), s("orders") } }
            << QStringLiteral("database /tmp/community.db is damaged: an order refers to a member or product that is "
                              "not there (restore a backup, or re-import your files)")
            << QStringLiteral(
                   "数据库 /tmp/community.db 已损坏：有订单指向不存在的会员或商品（请恢复备份，或重新导入文件）");
        QTest::newRow("store.damaged_rows events")
            << Reason { "store.damaged_rows", { s("/tmp/community.db"), s("events") } }
            << QStringLiteral("database /tmp/community.db is damaged: an event refers to a member or product that is "
                              "not there (restore a backup, or re-import your files)")
            << QStringLiteral(
                   "数据库 /tmp/community.db 已损坏：有行为记录指向不存在的会员或商品（请恢复备份，或重新导入文件）");
        QTest::newRow("store.damaged_rows ratings")
            << Reason { "store.damaged_rows", { s("/tmp/community.db"), s("ratings") } }
            << QStringLiteral("database /tmp/community.db is damaged: a rating refers to a member or product that is "
                              "not there, or is out of range (restore a backup, or re-import your files)")
            << QStringLiteral("数据库 /tmp/community.db "
                              "已损坏：有评分指向不存在的会员或商品，或分值超出范围（请恢复备份，或重新导入文件）");
        QTest::newRow("store.damaged_rows interactions")
            << Reason { "store.damaged_rows", { s("/tmp/community.db"), s("interactions") } }
            << QStringLiteral("database /tmp/community.db is damaged: an interaction refers to a member that is not "
                              "there (restore a backup, or re-import your files)")
            << QStringLiteral(
                   "数据库 /tmp/community.db 已损坏：有互动记录指向不存在的会员（请恢复备份，或重新导入文件）");
        QTest::newRow("store.damaged_rows order_lines")
            << Reason { "store.damaged_rows", { s("/tmp/community.db"), s("order_lines") } }
            << QStringLiteral("database /tmp/community.db is damaged: an order line refers to an order or product that "
                              "is not there (restore a backup, or re-import your files)")
            << QStringLiteral(
                   "数据库 /tmp/community.db 已损坏：有订单明细指向不存在的订单或商品（请恢复备份，或重新导入文件）");
        QTest::newRow("store.unknown_time_zone")
            << Reason { "store.unknown_time_zone", { s("/tmp/community.db"), s("Mars/Olympus") } }
            << QStringLiteral("database /tmp/community.db names an unknown time zone 'Mars/Olympus'")
            << QStringLiteral("数据库 /tmp/community.db 设置的时区 “Mars/Olympus” 无法识别");
        QTest::newRow("store.out_of_memory") << Reason { "store.out_of_memory", { s("/tmp/community.db") } }
                                             << QStringLiteral("not enough memory to load database /tmp/community.db")
                                             << QStringLiteral("内存不足，无法载入数据库 /tmp/community.db");
        QTest::newRow("store.copy_target_exists")
            << Reason { "store.copy_target_exists", { s("/tmp/copy.db") } }
            << QStringLiteral("database /tmp/copy.db already exists: copy into a new file")
            << QStringLiteral("数据库 /tmp/copy.db 已存在：请复制到一个新文件");
        QTest::newRow("store.copy_target_not_empty")
            << Reason { "store.copy_target_not_empty", { s("/tmp/copy.db") } }
            << QStringLiteral("database /tmp/copy.db already holds a community: copy into an empty one")
            << QStringLiteral("数据库 /tmp/copy.db 里已有社群数据：请复制到一个空数据库");
        QTest::newRow("store.copy_rows_differ")
            << Reason { "store.copy_rows_differ", { s("/tmp/copy.db"), s("orders"), n(5), n(6) } }
            << QStringLiteral("the copy in /tmp/copy.db holds 5 rows of orders, not 6")
            << QStringLiteral("/tmp/copy.db 中的副本有 5 行 orders 数据，而不是 6 行");
        QTest::newRow("store.copy_rows_differ one")
            << Reason { "store.copy_rows_differ", { s("/tmp/copy.db"), s("orders"), n(1), n(2) } }
            << QStringLiteral("the copy in /tmp/copy.db holds 1 row of orders, not 2")
            << QStringLiteral("/tmp/copy.db 中的副本有 1 行 orders 数据，而不是 2 行");
        QTest::newRow("store.copy_differs")
            << Reason { "store.copy_differs", { s("/tmp/copy.db"), s("ab12"), s("cd34") } }
            << QStringLiteral(
                   "the copy in /tmp/copy.db does not load to the same community (content digest ab12, not cd34)")
            << QStringLiteral("/tmp/copy.db 中的副本载入后与原社群不一致（内容摘要为 ab12，而不是 cd34）");
        QTest::newRow("store.create_failed")
            << Reason { "store.create_failed", { s("/tmp/community.db"), s("Permission denied") } }
            << QStringLiteral("cannot create database /tmp/community.db: Permission denied")
            << QStringLiteral("无法创建数据库 /tmp/community.db：Permission denied");
        QTest::newRow("store.prepare_failed")
            << Reason { "store.prepare_failed", { s("/tmp/community.db"), s("disk I/O error") } }
            << QStringLiteral("cannot prepare database /tmp/community.db: disk I/O error")
            << QStringLiteral("无法初始化数据库 /tmp/community.db：disk I/O error");
        QTest::newRow("team.local_copy_failed")
            << Reason { "team.local_copy_failed",
                   { s("postgresql://ops@db.example/community"), s("database or disk is full") } }
            << QStringLiteral("cannot make the local copy of the team database postgresql://ops@db.example/community: "
                              "database or disk is full")
            << QStringLiteral(
                   "无法生成团队数据库 postgresql://ops@db.example/community 的本地副本：database or disk is full");
        QTest::newRow("team.keep_copy_failed")
            << Reason { "team.keep_copy_failed",
                   { s("postgresql://ops@db.example/community"), s("/home/ops/.cache/kinsight"),
                       s("No space left on device") } }
            << QStringLiteral("cannot keep the local copy of postgresql://ops@db.example/community in "
                              "/home/ops/.cache/kinsight: No space left on device")
            << QStringLiteral("无法把 postgresql://ops@db.example/community 的本地副本保存到 "
                              "/home/ops/.cache/kinsight：No space left on device");
        QTest::newRow("team.cache_folder_failed")
            << Reason { "team.cache_folder_failed", { s("/home/ops/.cache/kinsight"), s("Permission denied") } }
            << QStringLiteral("cannot make the folder for local copies /home/ops/.cache/kinsight: Permission denied")
            << QStringLiteral("无法创建存放本地副本的文件夹 /home/ops/.cache/kinsight：Permission denied");
        QTest::newRow("team.working_copy_failed")
            << Reason { "team.working_copy_failed",
                   { s("postgresql://ops@db.example/community"), s("No space left on device") } }
            << QStringLiteral(
                   "cannot make a working copy of postgresql://ops@db.example/community: No space left on device")
            << QStringLiteral("无法为 postgresql://ops@db.example/community 生成工作副本：No space left on device");
        QTest::newRow("team.read_only")
            << Reason { "team.read_only", { s("postgresql://ops@db.example/community") } }
            << QStringLiteral("team database postgresql://ops@db.example/community was opened for reading only")
            << QStringLiteral("团队数据库 postgresql://ops@db.example/community 是以只读方式打开的");
        QTest::newRow("team.newer_schema")
            << Reason { "team.newer_schema", { s("postgresql://ops@db.example/community"), n(9), n(2) } }
            << QStringLiteral("team database postgresql://ops@db.example/community was written by a newer Kinsight "
                              "(schema version 9; this version reads up to 2). Please update Kinsight.")
            << QStringLiteral("团队数据库 postgresql://ops@db.example/community 由更新版本的 Kinsight "
                              "写入（数据结构版本 9，当前版本最高只能读取 2）。请升级 Kinsight。");
        QTest::newRow("team.not_kinsight")
            << Reason { "team.not_kinsight", { s("postgresql://ops@db.example/community") } }
            << QStringLiteral(
                   "team database postgresql://ops@db.example/community is not a Kinsight database (no schema version)")
            << QStringLiteral(
                   "团队数据库 postgresql://ops@db.example/community 不是 Kinsight 数据库（没有数据结构版本）");
        QTest::newRow("team.may_only_read")
            << Reason { "team.may_only_read", { s("analyst"), s("postgresql://ops@db.example/community") } }
            << QStringLiteral(
                   "the role 'analyst' may only read the team database postgresql://ops@db.example/community: "
                   "importing and changing settings need a role with write rights (see docs/team-database.md)")
            << QStringLiteral("角色 “analyst” 对团队数据库 postgresql://ops@db.example/community "
                              "只有读取权限：导入数据和修改设置需要有写入权限的角色（见 docs/team-database.md）");
        QTest::newRow("report.write_failed")
            << Reason { "report.write_failed", { s("/tmp/r.pdf"), s("Permission denied") } }
            << QStringLiteral("cannot write /tmp/r.pdf: Permission denied")
            << QStringLiteral("无法写入 /tmp/r.pdf：Permission denied");
        QTest::newRow("report.write_failed without a reason")
            << Reason { "report.write_failed", { s("/tmp/r.xlsx"), s("") } }
            << QStringLiteral("cannot write /tmp/r.xlsx") << QStringLiteral("无法写入 /tmp/r.xlsx");
        QTest::newRow("report.unknown_format")
            << Reason { "report.unknown_format", { s("/tmp/r.docx") } }
            << QStringLiteral("the report file must end in .pdf, .html or .xlsx (not '/tmp/r.docx')")
            << QStringLiteral("报告文件的扩展名必须是 .pdf、.html 或 .xlsx（而不是 “/tmp/r.docx”）");
        QTest::newRow("report.folder_failed")
            << Reason { "report.folder_failed", { s("/tmp/out") } }
            << QStringLiteral("cannot create the folder /tmp/out") << QStringLiteral("无法创建文件夹 /tmp/out");
        QTest::newRow("report.pdf_failed")
            << Reason { "report.pdf_failed", { s("/tmp/r.pdf") } } << QStringLiteral("cannot draw the PDF /tmp/r.pdf")
            << QStringLiteral("无法绘制 PDF 文件 /tmp/r.pdf");
        QTest::newRow("report.workbook_failed")
            << Reason { "report.workbook_failed", { s("/tmp/r.xlsx") } }
            << QStringLiteral("cannot create the workbook /tmp/r.xlsx") << QStringLiteral("无法创建工作簿 /tmp/r.xlsx");
        QTest::newRow("report.unknown_language") << Reason { "report.unknown_language", { s("fr") } }
                                                 << QStringLiteral("unknown report language 'fr' (en or zh_CN)")
                                                 << QStringLiteral("未知的报告语言 “fr”（可选 en 或 zh_CN）");
        QTest::newRow("report.translation_missing") << Reason { "report.translation_missing", { s("zh_CN") } }
                                                    << QStringLiteral("the zh_CN translation of the reports is missing")
                                                    << QStringLiteral("缺少报告的 zh_CN 翻译");
        QTest::newRow("report.unknown_section")
            << Reason { "report.unknown_section", { s("sales"), s("summary,overview") } }
            << QStringLiteral("unknown report section 'sales' (known: summary,overview)")
            << QStringLiteral("未知的报告章节 “sales”（可用的有：summary,overview）");
        QTest::newRow("report.no_section") << Reason { "report.no_section", { s("summary,overview") } }
                                           << QStringLiteral("no report section given (known: summary,overview)")
                                           << QStringLiteral("没有指定报告章节（可用的有：summary,overview）");
        QTest::newRow("report.no_community")
            << Reason { "report.no_community", {} } << QStringLiteral("the analysis has no community")
            << QStringLiteral("分析里没有社群数据");
        QTest::newRow("report.needs_pseudonym_key")
            << Reason { "report.needs_pseudonym_key", {} }
            << QStringLiteral("a report without personal data needs the database's pseudonym key")
            << QStringLiteral("不含个人信息的报告需要用到数据库的化名密钥");
        QTest::newRow("report.no_pseudonym_key")
            << Reason { "report.no_pseudonym_key", {} } << QStringLiteral("the database has no pseudonym key")
            << QStringLiteral("数据库没有化名密钥");
        QTest::newRow("report.pseudonym_key_invalid")
            << Reason { "report.pseudonym_key_invalid", {} }
            << QStringLiteral("the database's pseudonym key is not hexadecimal")
            << QStringLiteral("数据库的化名密钥不是十六进制格式");
        QTest::newRow("recommend.not_ready")
            << Reason { "recommend.not_ready", {} } << QStringLiteral("the recommendations are not ready yet")
            << QStringLiteral("推荐结果还没有算好");
        QTest::newRow("recommend.cache_write_failed")
            << Reason { "recommend.cache_write_failed",
                   { s("/tmp/community.db.recommend.json"), s("Permission denied") } }
            << QStringLiteral(
                   "cannot write the recommendation cache /tmp/community.db.recommend.json: Permission denied")
            << QStringLiteral("无法写入推荐缓存文件 /tmp/community.db.recommend.json：Permission denied");
        QTest::newRow("segment.no_name") << Reason { "segment.no_name", {} } << QStringLiteral("a segment needs a name")
                                         << QStringLiteral("分群需要一个名称");
        QTest::newRow("segment.unknown_member") << Reason { "segment.unknown_member", { s("vip"), s("u9") } }
                                                << QStringLiteral("segment 'vip': no member has the id 'u9'")
                                                << QStringLiteral("分群 “vip”：找不到会员 “u9”");
        QTest::newRow("segment.unknown") << Reason { "segment.unknown", { s("vip") } }
                                         << QStringLiteral("there is no segment named 'vip'")
                                         << QStringLiteral("没有名为 “vip” 的分群");
    }

    void sentences()
    {
        QFETCH(Reason, reason);
        QFETCH(QString, english);
        QFETCH(QString, chinese);
        kinsight::test::checkSentences(reason, english, chinese);
    }

    void located()
    {
        const Reason why { "import.unknown_member", { s("u9") } };
        QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("en"))));
        QCOMPARE(locatedText("orders.csv", 3, "member_id", why),
            QStringLiteral("orders.csv:3: column member_id: 'u9' names no known member"));
        QCOMPARE(locatedText("orders.csv", 0, {}, { "read.xlsx_not_zip", {} }),
            QStringLiteral("orders.csv: is not an XLSX workbook (not a zip archive)"));
        // A rejected row's reason: the column and the problem (the row is beside it).
        QCOMPARE(locatedText({}, 0, "member_id", why), QStringLiteral("member_id: 'u9' names no known member"));
        QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("zh_CN"))));
        QCOMPARE(locatedText("orders.csv", 3, "member_id", why),
            QStringLiteral("orders.csv 第 3 行，member_id 列：找不到会员 “u9”"));
        QCOMPARE(locatedText("orders.csv", 3, {}, { "import.field_count", { n(5), n(4) } }),
            QStringLiteral("orders.csv 第 3 行：应有 5 列，这一行却有 4 列"));
        QCOMPARE(locatedText({}, 0, "member_id", why), QStringLiteral("member_id 列：找不到会员 “u9”"));
        // A library's message without a code is passed on as it is.
        QCOMPARE(locatedText("a.csv", 2, {}, { "import.row", { s("disk I/O error") } }),
            QStringLiteral("a.csv 第 2 行：disk I/O error"));
    }

    void errors()
    {
        QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("zh_CN"))));
        const Error coded { "unknown time zone 'Mars/Olympus' (…)",
            { "settings.unknown_time_zone", { s("Mars/Olympus") } } };
        QCOMPARE(errorText(coded),
            QStringLiteral("未知的时区 “Mars/Olympus”（请使用 IANA 时区名，如 Asia/Shanghai、Europe/Berlin 或 UTC）"));
        QCOMPARE(errorText(Error { "database is locked" }), QStringLiteral("database is locked"));
    }

    void importerIssuesCarryCodes()
    {
        // The importer's own problems all come with a code the text layer renders (the English
        // sentence is kept for logs): a file with a bad time, an unknown member and a short row.
        QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("zh_CN"))));
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("c.db")).toStdString(), OpenMode::Create);
        QVERIFY(db);
        const QString path = dir.filePath(QStringLiteral("events.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("member_id,occurred_at,type\nu1,2026-13-01,view\nu9,2026-01-01,view\nu1,2026-01-01\n");
        f.close();
        auto members = dir.filePath(QStringLiteral("members.csv"));
        QFile m(members);
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write("member_id,joined_at,colour\nu1,2026-01-01,red\n");
        m.close();
        const ImportReport r = importFiles(**db, { members.toStdString(), path.toStdString() }, {});
        QVERIFY(!r.ok);
        QCOMPARE(r.errors.size(), size_t(3));
        QCOMPARE(r.errors[0].code.code, std::string("import.time_invalid"));
        QCOMPARE(r.errors[0].line, 2);
        QCOMPARE(r.errors[1].code.code, std::string("import.unknown_member"));
        QCOMPARE(r.errors[2].code.code, std::string("import.field_count"));
        for (const ImportIssue& issue : r.errors)
            QVERIFY2(messageText(issue.code).has_value(), issue.code.code.c_str());
        QCOMPARE(r.files[0].warningIssues.size(), size_t(1));
        QCOMPARE(reasonText(r.files[0].warningIssues[0].code), QStringLiteral("“colour” 列不是会员表的字段，已忽略"));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestMessageText test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_messagetext.moc"
