#pragma once

#include <string>
#include <string_view>

#include <QString>

#include "core/report/report.h"
#include "core/text/format.h"
#include "core/util/money.h"
#include "core/util/table.h"

namespace kinsight::core {

/// Display formatting of report figures, the same in every language (a Chinese operator reads
/// ¥12,345.00 and 12.3% too). Undefined values (NaN, empty cells) show as an en dash.
/// Thread-safe (pure functions).

// currencySymbol() and formatPercent() are the shared ones of core/text/format.h.
/// 1,234,567 (comma thousands separators, minus sign for negatives).
QString formatInteger(std::int64_t value);
/// ¥12,345.00, -¥5.00.
QString formatMoneyText(Cents cents, std::string_view currency);
/// A cell as text in a format. Money accepts MoneyCell (cents) and doubles (currency units).
QString formatCell(const Cell& cell, CellFormat format, std::string_view currency);
/// A KPI or chart value (a double) as text in a format; money in currency units.
QString formatValue(double value, CellFormat format, std::string_view currency);
/// The cell as a double (money in currency units), or NaN when empty or text.
double cellNumber(const Cell& cell);
/// The cell's text (UTF-8 → QString) for text cells; formatted numbers otherwise.
QString cellString(const Cell& cell);

/// The dash shown for an undefined value.
QString undefinedText();

} // namespace kinsight::core
