// The shared number formats (core/text/format.h): one rounding rule, the words of numbers in
// English and Chinese, months on axes, currency symbols.
#include <cmath>
#include <limits>

#include <QCoreApplication>
#include <QTest>

#include "core/text/format.h"
#include "resources/translations/translator.h"

using namespace kinsight::core;

class TestTextFormat : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("en")))); }

    void percentRoundsHalfAwayInDecimal_data()
    {
        QTest::addColumn<double>("fraction");
        QTest::addColumn<int>("decimals");
        QTest::addColumn<QString>("text");
        // 0.1235 is 0.12349999999999999645 as a double: by hand it is 12.35 %, which rounds to
        // 12.4 % (half away from zero), where the binary value alone would give 12.3 %.
        QTest::newRow("half up") << 0.1235 << 1 << QStringLiteral("12.4%");
        QTest::newRow("below half") << 0.12349 << 1 << QStringLiteral("12.3%");
        QTest::newRow("negative half") << -0.1235 << 1 << QStringLiteral("-12.4%");
        QTest::newRow("no decimals") << 0.125 << 0 << QStringLiteral("13%");
        QTest::newRow("tiny negative is zero") << -0.00001 << 1 << QStringLiteral("0.0%");
        QTest::newRow("nan") << std::numeric_limits<double>::quiet_NaN() << 1 << QStringLiteral("\u2013");
    }

    void percentRoundsHalfAwayInDecimal()
    {
        QFETCH(double, fraction);
        QFETCH(int, decimals);
        QFETCH(QString, text);
        QCOMPARE(formatPercent(fraction, decimals), text);
    }

    void pointsAndCompactNumbersInBothLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<double>("points");
        QTest::addColumn<QString>("pointsText");
        QTest::addColumn<double>("count");
        QTest::addColumn<QString>("countText");
        // 0.012 = 1.2 percentage points. 12,345 = 12.345 thousand → 12k (no decimal from 10 up);
        // 1.2345 万 → 1.2万.
        QTest::newRow("en small") << QStringLiteral("en") << 0.012 << QStringLiteral("+1.2 pp") << 950.0
                                  << QStringLiteral("950");
        QTest::newRow("en k") << QStringLiteral("en") << -0.006 << QStringLiteral("-0.6 pp") << 1234.0
                              << QStringLiteral("1.2k");
        QTest::newRow("en tens of k") << QStringLiteral("en") << 0.0 << QStringLiteral("0.0 pp") << 12345.0
                                      << QStringLiteral("12k");
        QTest::newRow("en M") << QStringLiteral("en") << 0.5 << QStringLiteral("+50.0 pp") << 3400000.0
                              << QStringLiteral("3.4M");
        // 999,960 is 1000.0k after rounding: shown as 1M, not 1000k.
        QTest::newRow("en rounds into M")
            << QStringLiteral("en") << 0.0 << QStringLiteral("0.0 pp") << 999960.0 << QStringLiteral("1M");
        QTest::newRow("zh below 万") << QStringLiteral("zh_CN") << 0.012 << QStringLiteral("+1.2 个百分点") << 9999.0
                                     << QStringLiteral("9999");
        QTest::newRow("zh 万") << QStringLiteral("zh_CN") << -0.006 << QStringLiteral("-0.6 个百分点") << 12345.0
                               << QStringLiteral("1.2万");
        QTest::newRow("zh hundreds of 万")
            << QStringLiteral("zh_CN") << 0.0 << QStringLiteral("0.0 个百分点") << 3400000.0 << QStringLiteral("340万");
        QTest::newRow("zh 亿") << QStringLiteral("zh_CN") << 0.0 << QStringLiteral("0.0 个百分点") << 250000000.0
                               << QStringLiteral("2.5亿");
        QTest::newRow("zh negative") << QStringLiteral("zh_CN") << 0.0 << QStringLiteral("0.0 个百分点") << -20000.0
                                     << QStringLiteral("-2万");
    }

    void pointsAndCompactNumbersInBothLanguages()
    {
        QFETCH(QString, language);
        QFETCH(double, points);
        QFETCH(QString, pointsText);
        QFETCH(double, count);
        QFETCH(QString, countText);
        QVERIFY(kinsight::ui::installTranslator(QLocale(language)));
        QCOMPARE(chineseText(), language == QLatin1String("zh_CN"));
        QCOMPARE(formatPoints(points), pointsText);
        QCOMPARE(formatCompact(count), countText);
    }

    void monthsOnAxes()
    {
        // Month index = year × 12 + month − 1: 2026 × 12 + 10 is November 2026.
        const int november2026 = 2026 * 12 + 10;
        QCOMPARE(formatMonthIndexLabel(november2026, true), QStringLiteral("Nov 2026"));
        QCOMPARE(formatMonthIndexLabel(november2026, false), QStringLiteral("Nov"));
        QCOMPARE(monthAxisFormat(true), QStringLiteral("MMM yyyy"));
        QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("zh_CN"))));
        QCOMPARE(formatMonthIndexLabel(november2026, true), QStringLiteral("2026年11月"));
        QCOMPARE(formatMonthIndexLabel(november2026, false), QStringLiteral("11月"));
        QCOMPARE(formatMonth(2027, 1, true), QStringLiteral("2027年1月"));
        QCOMPARE(monthAxisFormat(false), QStringLiteral("M月"));
    }

    void currencySymbols()
    {
        QCOMPARE(currencySymbol("CNY"), QStringLiteral("¥"));
        QCOMPARE(currencySymbol("RMB"), QStringLiteral("¥"));
        QCOMPARE(currencySymbol("USD"), QStringLiteral("$"));
        QCOMPARE(currencySymbol("EUR"), QStringLiteral("€"));
        QCOMPARE(currencySymbol("HKD"), QStringLiteral("HK$"));
        QCOMPARE(currencySymbol("CHF"), QStringLiteral("CHF "));
    }
};

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    TestTextFormat test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_textformat.moc"
