#pragma once

#include <string_view>

#include <QLocale>
#include <QString>

namespace kinsight::core {

/// Number formats shared by the window, the CLI's human text and the reports, so that the same
/// value reads the same everywhere. Figures use a dot for decimals and commas for thousands in
/// every language (12,345.00 is also how Chinese operators write them); what changes with the
/// language is the words: "pp" or 个百分点, k / M or 万 / 亿, month names. Thread-safe once the
/// language is set.

/// The language the text is in: set by installTranslator() (resources/translations) next to the
/// translators, English until then. Only its language matters here (Chinese or not).
QLocale textLocale();
void setTextLocale(const QLocale& locale);
/// True when the text is Chinese.
bool chineseText();

/// ¥ for CNY, RMB and JPY, $ for USD, € for EUR, £ for GBP, HK$ for HKD; else the code and a space.
QString currencySymbol(std::string_view currency);

/// `value` rounded to `decimals` in decimal steps, half away from zero (0.1235 → 0.124 at 3),
/// as a reader rounding by hand expects rather than by the binary value (0.12349999…).
double roundHalfAway(double value, int decimals);

/// A number with at most `decimals` decimals (rounded half away from zero) and no trailing zeros:
/// 0.1, 0.5, 2, 10.
QString formatTrimmed(double value, int decimals);

/// A fraction as a percentage, rounded by roundHalfAway(): 0.1235 → "12.4%". NaN or infinite: the
/// dash `undefined`.
QString formatPercent(double fraction, int decimals = 1, const QString& undefined = QStringLiteral("\u2013"));

/// A change of a rate in percentage points, signed: +0.012 → "+1.2 pp" (Chinese: "+1.2 个百分点").
QString formatPoints(double deltaFraction, int decimals = 1, const QString& undefined = QStringLiteral("\u2013"));

/// A count where space is short: 950 → "950", 1,234 → "1.2k", 12,345 → "12k" (Chinese "1.2万"), 3,400,000 →
/// "3.4M" (Chinese "340万"), 250,000,000 → "250M" (Chinese "2.5亿"). One decimal below ten
/// units of the step, none above; trailing ".0" dropped.
QString formatCompact(double value);

/// A month (1–12) of a year on a chart axis: "Nov" / "Nov 2026", Chinese "11月" / "2026年11月".
QString formatMonth(int year, int month, bool withYear);
/// formatMonth() of a month index (year × 12 + month − 1, core/util/timestamp.h monthIndexOf()).
QString formatMonthIndexLabel(int monthIndex, bool withYear);
/// The QDateTime format of a month axis in the text's language ("MMM yyyy" / "yyyy年M月").
QString monthAxisFormat(bool withYear);

} // namespace kinsight::core
