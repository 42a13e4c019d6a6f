// Errors and warnings rendered in English and Chinese: every code the core's importer, readers
// and settings emit has a sentence of its own in both languages (never the fallback), every
// placeholder is filled, English plurals agree with the count, and the Chinese sentences hold no
// English word beyond the names an operator types as they are (options, contract fields, formats).
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
        { "store.empty", { s("/tmp/community.db") } },
        { "store.upgrade_failed", { s("/tmp/community.db"), s("attempt to write a readonly database") } },
        { "team.connect_failed", { s("postgresql://ops@db.example/community"), s("connection refused") } },
        { "team.empty", { s("postgresql://ops@db.example/community") } },
        { "team.no_community", { s("postgresql://ops@db.example/community") } },
        { "team.may_not_create", { s("analyst"), s("postgresql://ops@db.example/community") } },
    };
}

/// Latin words a Chinese operator reads as they are: the contract's field and file names, the
/// options, the kept names of formats and standards, the product's and SQLite's names, the docs.
const QRegularExpression& keptWords()
{
    static const QRegularExpression kept(
        QStringLiteral("--[a-z-]+|[a-z]+(_[a-z]+)+|[a-z]+(-[0-9]+)?\\.(csv|xlsx|xls|xml)|docs/[a-z-]+\\.md|xl/"
                       "workbook\\.xml|\\.xlsx?\\b|\\b(UTF|XLSX|Excel|Unicode|"
                       "ISO|IANA|MiB|zip|gb18030|windows|tab|space|quantity|status|amount|Asia/Shanghai|Europe/"
                       "Berlin|UTC|CNY|Kinsight|SQLite)\\b"));
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
                && code.find("damaged") == std::string::npos && code != "import.write_failed";
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
