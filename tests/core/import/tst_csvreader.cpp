#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include "../testsupport.h"
#include "core/import/csvreader.h"
#include "core/import/filekind.h"

using namespace kinsight::core;
using kinsight::test::writeFile;

using Records = QList<QByteArrayList>;

namespace {

struct ReadResult {
    Records records;
    QList<qint64> lines;
    QStringList problems;
    QString fatal;
};

ReadResult readAll(const std::string& path, TextEncoding encoding = TextEncoding::Auto)
{
    ReadResult out;
    auto reader = CsvReader::open(path, encoding);
    if (!reader) {
        out.fatal = QString::fromStdString(reader.error());
        return out;
    }
    std::vector<std::string> fields;
    for (;;) {
        const auto next = (*reader)->next(fields);
        if (next == CsvReader::Next::End)
            break;
        if (next == CsvReader::Next::Failed) {
            out.fatal = QString::fromStdString((*reader)->fatalError());
            break;
        }
        QByteArrayList record;
        for (const auto& f : fields)
            record << QByteArray::fromStdString(f);
        out.records << record;
        out.lines << (*reader)->recordLine();
        out.problems << QString::fromStdString((*reader)->recordProblem());
    }
    return out;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc4180_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<Records>("expected");
        QTest::addColumn<QList<qint64>>("lines");
        QTest::newRow("plain") << QByteArray("a,b\n1,2\n") << Records { { "a", "b" }, { "1", "2" } }
                               << QList<qint64> { 1, 2 };
        QTest::newRow("no final newline")
            << QByteArray("a,b\n1,2") << Records { { "a", "b" }, { "1", "2" } } << QList<qint64> { 1, 2 };
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << Records { { "a", "b" }, { "1", "2" } }
                              << QList<qint64> { 1, 2 };
        QTest::newRow("bare cr") << QByteArray("a,b\r1,2\r") << Records { { "a", "b" }, { "1", "2" } }
                                 << QList<qint64> { 1, 2 };
        QTest::newRow("quoted comma") << QByteArray("a\n\"x,y\"\n") << Records { { "a" }, { "x,y" } }
                                      << QList<qint64> { 1, 2 };
        QTest::newRow("doubled quote") << QByteArray("a\n\"say \"\"hi\"\"\"\n") << Records { { "a" }, { "say \"hi\"" } }
                                       << QList<qint64> { 1, 2 };
        QTest::newRow("embedded newline")
            << QByteArray("a,b\n\"line1\nline2\",z\nnext,row\n")
            << Records { { "a", "b" }, { "line1\nline2", "z" }, { "next", "row" } } << QList<qint64> { 1, 2, 4 };
        QTest::newRow("embedded crlf") << QByteArray("a\r\n\"x\r\ny\"\r\nq\r\n")
                                       << Records { { "a" }, { "x\r\ny" }, { "q" } } << QList<qint64> { 1, 2, 4 };
        QTest::newRow("empty fields") << QByteArray("a,b,c\n,,\n") << Records { { "a", "b", "c" }, { "", "", "" } }
                                      << QList<qint64> { 1, 2 };
        QTest::newRow("empty quoted") << QByteArray("a,b\n\"\",x\n") << Records { { "a", "b" }, { "", "x" } }
                                      << QList<qint64> { 1, 2 };
        QTest::newRow("bom") << QByteArray("\xEF\xBB\xBFid,n\n1,2\n") << Records { { "id", "n" }, { "1", "2" } }
                             << QList<qint64> { 1, 2 };
        QTest::newRow("blank lines skipped")
            << QByteArray("a\n\n\n1\n\n") << Records { { "a" }, { "1" } } << QList<qint64> { 1, 4 };
        QTest::newRow("quote inside unquoted kept")
            << QByteArray("a\nx\"y\n") << Records { { "a" }, { "x\"y" } } << QList<qint64> { 1, 2 };
        QTest::newRow("chinese") << QByteArray("名称\n张三\n") << Records { { "名称" }, { "张三" } }
                                 << QList<qint64> { 1, 2 };
    }
    void rfc4180()
    {
        QFETCH(QByteArray, input);
        QFETCH(Records, expected);
        QFETCH(QList<qint64>, lines);
        QTemporaryDir dir;
        const auto result = readAll(writeFile(dir, QStringLiteral("x.csv"), input.toStdString()));
        QCOMPARE(result.fatal, QString());
        QCOMPARE(result.records, expected);
        QCOMPARE(result.lines, lines);
        for (const QString& p : result.problems)
            QCOMPARE(p, QString());
    }
    void unterminatedQuote()
    {
        QTemporaryDir dir;
        const auto result = readAll(writeFile(dir, QStringLiteral("x.csv"), "a,b\n1,2\n3,\"open\n4,5\n"));
        QCOMPARE(result.records.size(), 2);
        QVERIFY(result.fatal.contains(QStringLiteral("line 3")));
        QVERIFY(result.fatal.contains(QStringLiteral("unterminated quote")));
    }
    void textAfterClosingQuoteIsARowProblem()
    {
        QTemporaryDir dir;
        const auto result = readAll(writeFile(dir, QStringLiteral("x.csv"), "a,b\n\"x\"y,2\n"));
        QCOMPARE(result.records.size(), 2);
        QVERIFY(result.problems[1].contains(QStringLiteral("closing quote")));
    }
    void invalidUtf8IsARowProblem()
    {
        QTemporaryDir dir;
        const auto result
            = readAll(writeFile(dir, QStringLiteral("x.csv"), "a\nok\nbad\xC3\x28\n"), TextEncoding::Utf8);
        QCOMPARE(result.records.size(), 3);
        QCOMPARE(result.problems[1], QString());
        QVERIFY(result.problems[2].contains(QStringLiteral("invalid UTF-8")));
    }
    void emptyAndMissingFiles()
    {
        QTemporaryDir dir;
        QVERIFY(readAll(writeFile(dir, QStringLiteral("e.csv"), "")).fatal.contains(QStringLiteral("empty")));
        QVERIFY(readAll(dir.filePath(QStringLiteral("none.csv")).toStdString())
                    .fatal.contains(QStringLiteral("does not exist")));
    }
    void gb18030RoundTrip()
    {
        // Chinese names saved as GB18030 (as Excel in China does) are detected and read back.
        const QString text
            = QStringLiteral("用户ID,昵称\nu1,张三丰\nu2,欧阳娜娜\nu3,𠀀\n"); // 𠀀 needs GB18030's four-byte form
        QStringEncoder encoder("GB18030");
        const QByteArray bytes = encoder.encode(text);
        QVERIFY(!encoder.hasError());
        QCOMPARE(detectEncoding(std::string_view(bytes.constData(), static_cast<size_t>(bytes.size()))),
            TextEncoding::Gb18030);
        QTemporaryDir dir;
        const auto result = readAll(writeFile(dir, QStringLiteral("m.csv"), bytes.toStdString()));
        QCOMPARE(result.fatal, QString());
        QCOMPARE(result.records,
            (Records { { "用户ID", "昵称" }, { "u1", "张三丰" }, { "u2", "欧阳娜娜" }, { "u3", "𠀀" } }));
    }
    void detection_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<int>("encoding");
        QTest::newRow("ascii") << QByteArray("a,b\n1,2\n") << int(TextEncoding::Utf8);
        QTest::newRow("utf8 chinese") << QByteArray("张三") << int(TextEncoding::Utf8);
        QTest::newRow("utf8 truncated at end") << QByteArray("张\xE4\xB8") << int(TextEncoding::Utf8);
        QTest::newRow("gbk 张三") << QByteArray("\xD5\xC5\xC8\xFD") << int(TextEncoding::Gb18030);
        // Bytes that are neither UTF-8 nor Chinese read as Windows-1252, where every byte is a
        // character (Latin-1 exports from Western Excel): "ÿÿÿ".
        QTest::newRow("not utf-8, not chinese") << QByteArray("\xFF\xFF\xFF") << int(TextEncoding::Windows1252);
        QTest::newRow("latin-1 Müller") << QByteArray("name\nM\xFC"
                                                      "ller,Z\xFC"
                                                      "rich\n")
                                        << int(TextEncoding::Windows1252);
        QTest::newRow("latin-1 café") << QByteArray("caf\xE9,cr\xE8"
                                                    "me br\xFB"
                                                    "l\xE9"
                                                    "e\n")
                                      << int(TextEncoding::Windows1252);
        QTest::newRow("utf-16le bom") << QByteArray("\xFF\xFE"
                                                    "a")
                                      << int(TextEncoding::Utf16);
    }
    void detection()
    {
        QFETCH(QByteArray, sample);
        QFETCH(int, encoding);
        QCOMPARE(
            int(detectEncoding(std::string_view(sample.constData(), static_cast<size_t>(sample.size())))), encoding);
    }
    void fileKinds_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("kind");
        QTest::newRow("members") << "/x/members.csv" << int(FileKind::Members);
        QTest::newRow("orders-2026") << "orders-2026.csv" << int(FileKind::Orders);
        QTest::newRow("Events_May") << "Events_May.csv" << int(FileKind::Events);
        QTest::newRow("interactions") << "interactions.csv" << int(FileKind::Interactions);
        QTest::newRow("会员") << "会员.csv" << int(FileKind::Members);
        QTest::newRow("订单2026") << "订单2026.csv" << int(FileKind::Orders);
        QTest::newRow("ordersx") << "ordersx.csv" << -1;
        QTest::newRow("stuff") << "stuff.csv" << -1;
    }
    void fileKinds()
    {
        QFETCH(QString, path);
        QFETCH(int, kind);
        const auto k = fileKindFromPath(path.toStdString());
        QCOMPARE(k ? int(*k) : -1, kind);
    }
    void headerAliases()
    {
        QCOMPARE(fieldForHeader(FileKind::Members, "用户ID"), 0);
        QCOMPARE(fieldForHeader(FileKind::Members, " Member ID "), 0);
        QCOMPARE(fieldForHeader(FileKind::Members, "注册时间"), 1);
        QCOMPARE(fieldForHeader(FileKind::Orders, "实付金额"), 4);
        QCOMPARE(fieldForHeader(FileKind::Orders, "订单状态"), 8);
        QCOMPARE(fieldForHeader(FileKind::Products, "商品名称"), 1);
        QCOMPARE(fieldForHeader(FileKind::Orders, "nonsense"), -1);
        QCOMPARE(canonicalEnumValue("status", "已退款"), std::string_view("refunded"));
        QCOMPARE(canonicalEnumValue("status", "paid"), std::string_view("paid"));
    }
    // The field enums the importer reads rows by name the contract's columns (data contract §1).
    void fieldEnumsNameTheContractColumns()
    {
        QCOMPARE(fieldName(MemberField::MemberId), "member_id");
        QCOMPARE(fieldName(MemberField::JoinedAt), "joined_at");
        QCOMPARE(fieldName(MemberField::ReferrerId), "referrer_id");
        QCOMPARE(fieldName(ProductField::ListPrice), "list_price");
        QCOMPARE(fieldName(ProductField::CreatedAt), "created_at");
        QCOMPARE(fieldName(OrderField::PaidAt), "paid_at");
        QCOMPARE(fieldName(OrderField::Amount), "amount");
        QCOMPARE(fieldName(OrderField::Coupon), "coupon");
        QCOMPARE(fieldName(OrderField::Quantity), "quantity");
        QCOMPARE(fieldName(OrderField::UnitPrice), "unit_price");
        QCOMPARE(fieldName(OrderField::ProductTitle), "product_title");
        QCOMPARE(fieldName(EventField::OccurredAt), "occurred_at");
        QCOMPARE(fieldName(EventField::Value), "value");
        QCOMPARE(fieldName(RatingField::RatedAt), "rated_at");
        QCOMPARE(fieldName(RatingField::Review), "review");
        QCOMPARE(fieldName(InteractionField::ToMemberId), "to_member_id");
        QCOMPARE(fieldName(InteractionField::Weight), "weight");
        // The last enumerator is the last field of each table.
        QCOMPARE(fieldsOf(FileKind::Members).size(), size_t(MemberField::ReferrerId) + 1);
        QCOMPARE(fieldsOf(FileKind::Products).size(), size_t(ProductField::CreatedAt) + 1);
        QCOMPARE(fieldsOf(FileKind::Orders).size(), size_t(OrderField::ProductTitle) + 1);
        QCOMPARE(fieldsOf(FileKind::Events).size(), size_t(EventField::Value) + 1);
        QCOMPARE(fieldsOf(FileKind::Ratings).size(), size_t(RatingField::Review) + 1);
        QCOMPARE(fieldsOf(FileKind::Interactions).size(), size_t(InteractionField::Weight) + 1);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
