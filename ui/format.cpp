#include "format.h"

#include <cmath>

#include <QLocale>

namespace kinsight::ui::fmt {

namespace {

const QString dash = QStringLiteral("—");

// Grouped thousands with a dot for decimals, whatever the system locale: the operator's figures
// read the same as in the exported CSV and the report (12,345.00 is also the Chinese format).
const QLocale& locale()
{
    static const QLocale l(QLocale::English, QLocale::UnitedStates);
    return l;
}

} // namespace

QString currencySymbol(std::string_view currency)
{
    if (currency == "CNY" || currency == "RMB" || currency == "JPY")
        return QStringLiteral("¥");
    if (currency == "USD")
        return QStringLiteral("$");
    if (currency == "EUR")
        return QStringLiteral("€");
    if (currency == "GBP")
        return QStringLiteral("£");
    if (currency == "HKD")
        return QStringLiteral("HK$");
    return qs(currency) + QLatin1Char(' ');
}

QString money(core::Cents cents, std::string_view currency)
{
    return moneyUnits(static_cast<double>(cents) / 100.0, currency);
}

QString moneyUnits(double units, std::string_view currency)
{
    if (std::isnan(units))
        return dash;
    const QString sign = units < 0 ? QStringLiteral("-") : QString();
    return sign + currencySymbol(currency) + locale().toString(std::abs(units), 'f', 2);
}

QString percent(double fraction, int decimals)
{
    if (std::isnan(fraction))
        return dash;
    return locale().toString(fraction * 100.0, 'f', decimals) + QLatin1Char('%');
}

QString count(double value)
{
    if (std::isnan(value))
        return dash;
    return locale().toString(static_cast<qlonglong>(std::llround(value)));
}

QString decimal(double value, int decimals)
{
    if (std::isnan(value))
        return dash;
    return locale().toString(value, 'f', decimals);
}

QString day(core::Day d)
{
    return QString::fromStdString(core::formatDay(d));
}

QString dateTime(core::Timestamp t, const core::TimeZone& zone)
{
    return QString::fromStdString(zone.formatLocal(t));
}

QString changeCount(double delta)
{
    if (std::isnan(delta))
        return dash;
    return (delta > 0 ? QStringLiteral("+") : QString()) + count(delta);
}

QString changePoints(double delta)
{
    if (std::isnan(delta))
        return dash;
    //: percentage points
    return (delta > 0 ? QStringLiteral("+") : QString()) + locale().toString(delta * 100.0, 'f', 1)
        + QStringLiteral(" pp");
}

QString changeRelative(double value, double previous)
{
    if (std::isnan(value) || std::isnan(previous) || previous == 0)
        return dash;
    const double r = (value - previous) / std::abs(previous);
    return (r > 0 ? QStringLiteral("+") : QString()) + percent(r);
}

} // namespace kinsight::ui::fmt
