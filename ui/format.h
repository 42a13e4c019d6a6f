#pragma once

#include <string_view>

#include <QString>

#include "core/util/money.h"
#include "core/util/timestamp.h"
#include "core/util/timezone.h"

namespace kinsight::ui {

/// Display formats shared by every page, chart and tooltip: money as ¥12,345.00, percentages as
/// 12.3%, counts with thousands separators. Missing values (NaN) show as an em dash. Rounding,
/// currency symbols and the words of numbers (pp / 个百分点, k / 万) are the core's
/// (core/text/format.h), shared with the reports and the CLI.
namespace fmt {

/// The symbol of an ISO currency code (¥ for CNY, $ for USD, …; other codes as "XYZ ").
QString currencySymbol(std::string_view currency);
QString money(core::Cents cents, std::string_view currency);
/// Money given in currency units (e.g. ARPPU, LTV).
QString moneyUnits(double units, std::string_view currency);
/// A fraction as a percentage: 0.1234 → 12.3%.
QString percent(double fraction, int decimals = 1);
QString count(double value);
QString decimal(double value, int decimals = 2);
/// `YYYY-MM-DD` of a day number (the metrics' days are local days of the community time zone).
QString day(core::Day day);
/// `YYYY-MM-DD HH:MM:SS` of an instant in the community time zone.
QString dateTime(core::Timestamp t, const core::TimeZone& zone);
/// A count where space is short: 12.3k / 3.4M, in Chinese 1.2万 / 2.5亿 (core::formatCompact()).
QString compact(double value);
/// A signed change: "+12.3%" for rates (percentage points: "+1.2 pp", Chinese "+1.2 个百分点"),
/// "+1,234" for counts.
QString changeCount(double delta);
QString changePoints(double delta);
/// Relative change (value − previous) / previous as "+12.3%"; "—" when previous is 0 or NaN.
QString changeRelative(double value, double previous);

} // namespace fmt

/// A QString from a UTF-8 view (the snapshot's strings).
inline QString qs(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

} // namespace kinsight::ui
