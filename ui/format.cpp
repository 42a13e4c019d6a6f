#include "format.h"

#include <cmath>

#include <QLocale>

#include "core/text/format.h"

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
    return core::currencySymbol(currency);
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
    // The report's rounding (half away from zero in decimal), so both show 12.4% for 0.1235.
    return core::formatPercent(fraction, decimals, dash);
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
    return core::formatPoints(delta, 1, dash);
}

QString compact(double value)
{
    if (std::isnan(value))
        return dash;
    return core::formatCompact(value);
}

QString changeRelative(double value, double previous)
{
    if (std::isnan(value) || std::isnan(previous) || previous == 0)
        return dash;
    const double r = (value - previous) / std::abs(previous);
    return (r > 0 ? QStringLiteral("+") : QString()) + percent(r);
}

} // namespace kinsight::ui::fmt
