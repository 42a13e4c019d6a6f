#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kinsight::core {

/// Money in integer minor units (cents / 分). Never a float.
using Cents = std::int64_t;

/// Parses a non-negative decimal with `.` and at most two decimals, no sign, no thousands
/// separator, no currency symbol: `12`, `12.3`, `12.30`, `.5`. Returns nullopt otherwise
/// (negative, non-numeric, three decimals, overflow).
std::optional<Cents> parseMoney(std::string_view text);

/// `12.30`, `-0.05`: currency units with exactly two decimals.
std::string formatMoney(Cents cents);

} // namespace kinsight::core
