#include <QTest>

#include "core/util/money.h"

using namespace kinsight::core;

class TestMoney : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("integer") << "12" << true << qint64(1200);
        QTest::newRow("one decimal") << "12.3" << true << qint64(1230);
        QTest::newRow("two decimals") << "12.30" << true << qint64(1230);
        QTest::newRow("zero") << "0" << true << qint64(0);
        QTest::newRow("leading dot") << ".5" << true << qint64(50);
        QTest::newRow("trailing dot") << "7." << true << qint64(700);
        QTest::newRow("0.1 exact") << "0.10" << true << qint64(10);
        QTest::newRow("three decimals") << "1.234" << false << qint64(0);
        QTest::newRow("negative") << "-5" << false << qint64(0);
        QTest::newRow("plus") << "+5" << false << qint64(0);
        QTest::newRow("thousands") << "1,000" << false << qint64(0);
        QTest::newRow("comma decimal") << "1,5" << false << qint64(0);
        QTest::newRow("symbol") << "¥5" << false << qint64(0);
        QTest::newRow("text") << "abc" << false << qint64(0);
        QTest::newRow("dot only") << "." << false << qint64(0);
        QTest::newRow("empty") << "" << false << qint64(0);
        QTest::newRow("exponent") << "1e3" << false << qint64(0);
        QTest::newRow("space") << " 5" << false << qint64(0);
        QTest::newRow("overflow") << "99999999999999999999999" << false << qint64(0);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(qint64, cents);
        const auto parsed = parseMoney(text.toStdString());
        QCOMPARE(parsed.has_value(), valid);
        if (valid)
            QCOMPARE(static_cast<qint64>(*parsed), cents);
    }
    void format()
    {
        QCOMPARE(QString::fromStdString(formatMoney(1230)), QStringLiteral("12.30"));
        QCOMPARE(QString::fromStdString(formatMoney(5)), QStringLiteral("0.05"));
        QCOMPARE(QString::fromStdString(formatMoney(-5)), QStringLiteral("-0.05"));
        QCOMPARE(QString::fromStdString(formatMoney(0)), QStringLiteral("0.00"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
