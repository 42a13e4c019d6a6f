#include <sstream>

#include <QTest>

#include "core/util/table.h"

using namespace kinsight::core;

class TestTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void csv()
    {
        Table t { { "id", "name", "score", "money", "empty" }, {} };
        t.rows.push_back({ std::int64_t(1), std::string("a,b"), 0.1, MoneyCell { 1230 }, std::monostate {} });
        t.rows.push_back(
            { std::int64_t(2), std::string("say \"hi\"\n"), 1.0 / 3.0, MoneyCell { 5 }, std::monostate {} });
        std::ostringstream out;
        writeCsv(t, out);
        QCOMPARE(QString::fromStdString(out.str()),
            QStringLiteral(
                "id,name,score,money,empty\n1,\"a,b\",0.1,12.30,\n2,\"say \"\"hi\"\"\n\",0.3333333333333333,0.05,\n"));
    }
    void realsArePlainDecimals()
    {
        // Shortest round-trip digits, never an exponent for fractions.
        QCOMPARE(cellText(0.00005), std::string("0.00005"));
        QCOMPARE(cellText(1e-4), std::string("0.0001"));
        QCOMPARE(cellText(1.0 / 30000), std::string("0.000033333333333333335"));
        QCOMPARE(cellText(1.0), std::string("1"));
        QCOMPARE(cellText(1e20), std::string("100000000000000000000"));
        QCOMPARE(std::stod(cellText(1.0 / 30000)), 1.0 / 30000);
    }
    void json()
    {
        Table t { { "id", "name", "x" }, {} };
        t.rows.push_back({ std::int64_t(1), std::string("张\"三"), std::monostate {} });
        std::ostringstream out;
        writeJson(t, out);
        QCOMPARE(QString::fromStdString(out.str()),
            QStringLiteral("[\n {\"id\": 1, \"name\": \"张\\\"三\", \"x\": null}\n]\n"));
        std::ostringstream empty;
        writeJson(Table { { "a" }, {} }, empty);
        QCOMPARE(QString::fromStdString(empty.str()), QStringLiteral("[]\n"));
    }
};

QTEST_GUILESS_MAIN(TestTable)
#include "tst_table.moc"
