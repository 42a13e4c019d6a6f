#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "core/util/money.h"
#include "core/util/reason.h"
#include "core/util/timestamp.h"
#include "core/util/timezone.h"

namespace kinsight::core {

/// Reads a time cell per contract §1: `YYYY-MM-DD`, `YYYY/M/D`, either with ` H:MM[:SS]`;
/// ISO 8601 `YYYY-MM-DDTHH:MM[:SS][.fff][Z|±HH:MM]`; Unix epoch seconds (10 digits) or
/// milliseconds (13 digits, the fraction of a second dropped). A time with an offset, or an
/// epoch, is an instant; a time without one is wall-clock time in `zone`. On failure returns
/// nullopt and sets `why` (`import.time_invalid` or `import.epoch_out_of_range`, with the text).
std::optional<Timestamp> parseImportTime(std::string_view text, const TimeZone& zone, Reason& why);

/// Reads a money cell: a decimal with `.` and at most two decimals; a currency sign (¥ ￥ $ € £,
/// or a three-letter code) before or after the number, and `,` thousands separators in groups of
/// three, are accepted and dropped. A leading `-` is accepted only with `allowNegative`.
std::optional<Cents> parseMoneyText(std::string_view text, bool allowNegative);

/// An exact decimal: mantissa × 10^-scale (scale at most 9).
struct Decimal {
    std::int64_t mantissa = 0;
    int scale = 0;
};

/// A plain decimal number (`3`, `-2`, `12.3456`), with the money signs and separators of
/// parseMoneyText() accepted; nullopt when it is not one or has more than nine decimals.
std::optional<Decimal> parseDecimal(std::string_view text);

/// quantity × unit_price in cents, rounded half away from zero; nullopt on overflow.
std::optional<Cents> lineAmount(Decimal quantity, Decimal unitPrice);

} // namespace kinsight::core
