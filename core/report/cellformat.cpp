#include "cellformat.h"

#include <cmath>
#include <cstdlib>
#include <limits>

namespace kinsight::core {

namespace {

// Groups the digits of a non-negative integer text in threes.
QString groupDigits(const QString& digits)
{
    QString out;
    out.reserve(digits.size() + digits.size() / 3);
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += QLatin1Char(',');
        out += digits[i];
    }
    return out;
}

Cents roundToCents(double units)
{
    return static_cast<Cents>(std::llround(units * 100.0));
}

} // namespace

QString undefinedText()
{
    return QStringLiteral("\u2013");
}

QString formatInteger(std::int64_t value)
{
    // Built from the magnitude as unsigned so that INT64_MIN does not overflow.
    const bool negative = value < 0;
    const std::uint64_t magnitude
        = negative ? static_cast<std::uint64_t>(-(value + 1)) + 1 : static_cast<std::uint64_t>(value);
    const QString text = groupDigits(QString::number(magnitude));
    return negative ? QLatin1Char('-') + text : text;
}

QString formatMoneyText(Cents cents, std::string_view currency)
{
    const bool negative = cents < 0;
    const std::uint64_t magnitude
        = negative ? static_cast<std::uint64_t>(-(cents + 1)) + 1 : static_cast<std::uint64_t>(cents);
    const QString units = groupDigits(QString::number(magnitude / 100));
    const QString fraction = QStringLiteral("%1").arg(static_cast<int>(magnitude % 100), 2, 10, QLatin1Char('0'));
    return (negative ? QStringLiteral("-") : QString()) + currencySymbol(currency) + units + QLatin1Char('.')
        + fraction;
}

double cellNumber(const Cell& cell)
{
    if (const auto* i = std::get_if<std::int64_t>(&cell))
        return static_cast<double>(*i);
    if (const auto* d = std::get_if<double>(&cell))
        return *d;
    if (const auto* m = std::get_if<MoneyCell>(&cell))
        return static_cast<double>(m->cents) / 100.0;
    return std::numeric_limits<double>::quiet_NaN();
}

QString cellString(const Cell& cell)
{
    if (const auto* s = std::get_if<std::string>(&cell))
        return QString::fromStdString(*s);
    return QString::fromStdString(cellText(cell));
}

QString formatValue(double value, CellFormat format, std::string_view currency)
{
    if (!std::isfinite(value))
        return undefinedText();
    switch (format) {
    case CellFormat::Integer:
        return formatInteger(std::llround(value));
    case CellFormat::Money:
        return formatMoneyText(roundToCents(value), currency);
    case CellFormat::Percent:
        return formatPercent(value);
    case CellFormat::Multiple:
        return QString::number(value, 'f', 1) + QStringLiteral("\u00d7");
    case CellFormat::Real:
    case CellFormat::PerRow:
        return QString::number(value, 'f', 3);
    case CellFormat::Text:
        break;
    }
    return QString::number(value, 'g', 6);
}

QString formatCell(const Cell& cell, CellFormat format, std::string_view currency)
{
    if (std::holds_alternative<std::monostate>(cell))
        return undefinedText();
    if (const auto* s = std::get_if<std::string>(&cell))
        return QString::fromStdString(*s);
    if (const auto* m = std::get_if<MoneyCell>(&cell)) {
        if (format == CellFormat::Money || format == CellFormat::Text)
            return formatMoneyText(m->cents, currency);
    }
    if (const auto* i = std::get_if<std::int64_t>(&cell)) {
        if (format == CellFormat::Integer || format == CellFormat::Text)
            return formatInteger(*i);
        if (format == CellFormat::Money)
            return formatMoneyText(*i * 100, currency);
    }
    return formatValue(cellNumber(cell), format, currency);
}

} // namespace kinsight::core
