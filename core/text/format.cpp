#include "format.h"

#include <cmath>
#include <mutex>

#include <QCoreApplication>

namespace kinsight::core {

namespace {

std::mutex& localeMutex()
{
    static std::mutex m;
    return m;
}

QLocale& currentLocale()
{
    static QLocale locale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

QString fixed(double value, int decimals)
{
    const double r = roundHalfAway(value, decimals);
    return QString::number(r == 0 ? 0.0 : r, 'f', decimals); // no "-0.0"
}

QString trimmed(QString s)
{
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    return s;
}

// One decimal below 10 of the unit, none from 10 up: 1.2万, 12万, 340万.
QString scaled(double magnitude, double unit)
{
    const double v = magnitude / unit;
    return trimmed(fixed(v, v < 10 ? 1 : 0));
}

} // namespace

QString formatTrimmed(double value, int decimals)
{
    return trimmed(fixed(value, decimals));
}

QLocale textLocale()
{
    std::lock_guard lock(localeMutex());
    return currentLocale();
}

void setTextLocale(const QLocale& locale)
{
    std::lock_guard lock(localeMutex());
    currentLocale() = locale;
}

bool chineseText()
{
    return textLocale().language() == QLocale::Chinese;
}

QString currencySymbol(std::string_view currency)
{
    if (currency == "CNY" || currency == "RMB" || currency == "JPY")
        return QStringLiteral("\u00a5");
    if (currency == "USD")
        return QStringLiteral("$");
    if (currency == "EUR")
        return QStringLiteral("\u20ac");
    if (currency == "GBP")
        return QStringLiteral("\u00a3");
    if (currency == "HKD")
        return QStringLiteral("HK$");
    return QString::fromUtf8(currency.data(), static_cast<qsizetype>(currency.size())) + QLatin1Char(' ');
}

double roundHalfAway(double value, int decimals)
{
    if (!std::isfinite(value))
        return value;
    const double scale = std::pow(10.0, decimals);
    // The nudge (far below the shown precision) lifts values that are a half in decimal but just
    // under it in binary (0.1235 is 0.12349999… as a double).
    return std::round(value * scale + (value >= 0 ? 1e-9 : -1e-9)) / scale;
}

QString formatPercent(double fraction, int decimals, const QString& undefined)
{
    if (!std::isfinite(fraction))
        return undefined;
    return fixed(fraction * 100.0, decimals) + QLatin1Char('%');
}

QString formatPoints(double deltaFraction, int decimals, const QString& undefined)
{
    if (!std::isfinite(deltaFraction))
        return undefined;
    const QString number = fixed(deltaFraction * 100.0, decimals);
    const QString sign = roundHalfAway(deltaFraction * 100.0, decimals) > 0 ? QStringLiteral("+") : QString();
    //: a change in percentage points, e.g. "+1.2 pp"
    return QCoreApplication::translate("Format", "%1 pp").arg(sign + number);
}

QString formatCompact(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("\u2013");
    const double magnitude = std::abs(value);
    const QString sign = value < 0 ? QStringLiteral("-") : QString();
    if (chineseText()) {
        // 万 = 10⁴, 亿 = 10⁸; a value that rounds up to the next unit moves to it (9999.6万 → 1亿).
        if (roundHalfAway(magnitude / 1e4, magnitude < 1e5 ? 1 : 0) >= 1e4)
            return sign + scaled(magnitude, 1e8) + QStringLiteral("亿");
        if (magnitude >= 1e4)
            return sign + scaled(magnitude, 1e4) + QStringLiteral("万");
        return sign + QString::number(std::llround(magnitude));
    }
    if (roundHalfAway(magnitude / 1e3, magnitude < 1e4 ? 1 : 0) >= 1e3)
        return sign + scaled(magnitude, 1e6) + QLatin1Char('M');
    if (magnitude >= 1e3)
        return sign + scaled(magnitude, 1e3) + QLatin1Char('k');
    return sign + QString::number(std::llround(magnitude));
}

QString formatMonth(int year, int month, bool withYear)
{
    if (chineseText())
        return withYear ? QStringLiteral("%1年%2月").arg(year).arg(month) : QStringLiteral("%1月").arg(month);
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QString name = english.monthName(month, QLocale::ShortFormat);
    return withYear ? name + QLatin1Char(' ') + QString::number(year) : name;
}

QString formatMonthIndexLabel(int monthIndex, bool withYear)
{
    const int year = monthIndex >= 0 ? monthIndex / 12 : -((-monthIndex + 11) / 12);
    return formatMonth(year, monthIndex - year * 12 + 1, withYear);
}

QString monthAxisFormat(bool withYear)
{
    if (chineseText())
        return withYear ? QStringLiteral("yyyy年M月") : QStringLiteral("M月");
    return withYear ? QStringLiteral("MMM yyyy") : QStringLiteral("MMM");
}

} // namespace kinsight::core
