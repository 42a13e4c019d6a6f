#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

#include "core/util/money.h"

namespace kinsight::core {

/// Money in a table cell: written as `12.30` in CSV and as the number 12.30 in JSON.
struct MoneyCell {
    Cents cents = 0;
};

/// One table cell: empty, integer, real, money or text. Reals are written in their shortest
/// round-trip form, so a printed value reads back as the same double.
using Cell = std::variant<std::monostate, std::int64_t, double, MoneyCell, std::string>;

/// A rectangular result with named columns: what every `kinsight` command prints and every
/// report table holds.
struct Table {
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;
};

/// RFC 4180 CSV with a header row, `\n` line ends, fields quoted only when needed.
void writeCsv(const Table& table, std::ostream& out);
/// A JSON array of objects, one per row, keyed by column name; empty cells are null.
void writeJson(const Table& table, std::ostream& out);

/// The text of one cell as CSV writes it (unquoted).
std::string cellText(const Cell& cell);
/// Quotes a CSV field if it holds a comma, quote, CR or LF.
std::string csvField(const std::string& text);

} // namespace kinsight::core
