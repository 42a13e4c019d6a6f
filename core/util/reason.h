#pragma once

#include <cstdint>
#include <string>
#include <variant>
#include <vector>

namespace kinsight::core {

/// One argument of a Reason: a count, a number (a share, a percentile, a score) or a text (a
/// product title, a member's name, an id).
using ReasonArgument = std::variant<std::int64_t, double, std::string>;

/// Why the core says something, as data: a code naming the sentence and its arguments, for
/// example `{ "leader.pagerank_top", { 2.0 } }`, never a finished sentence. The window, the
/// reports and the CLI render it in the operator's language, with the plural forms that language
/// needs. Codes are stable identifiers (lower case, dotted by area); each has one rendering per
/// language.
struct Reason {
    std::string code;
    std::vector<ReasonArgument> arguments;

    bool operator==(const Reason&) const = default;
};

} // namespace kinsight::core
