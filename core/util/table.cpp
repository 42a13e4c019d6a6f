#include "table.h"

#include <charconv>
#include <cmath>

namespace kinsight::core {

namespace {

std::string formatReal(double v)
{
    if (!std::isfinite(v))
        return {};
    // Plain decimals (0.00005, not 5e-05: the contract prints fractions as plain decimals), in
    // the shortest form that reads back as the same double. Only magnitudes that do not fit the
    // buffer in fixed notation fall back to the shortest general form.
    char buf[400];
    auto res = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed);
    if (res.ec != std::errc {})
        res = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, res.ptr);
}

void writeJsonString(std::ostream& out, const std::string& s)
{
    out << '"';
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            out << "\\\"";
            break;
        case '\\':
            out << "\\\\";
            break;
        case '\n':
            out << "\\n";
            break;
        case '\r':
            out << "\\r";
            break;
        case '\t':
            out << "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out << buf;
            } else {
                out << static_cast<char>(c);
            }
        }
    }
    out << '"';
}

} // namespace

std::string cellText(const Cell& cell)
{
    struct Visitor {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(std::int64_t v) const { return std::to_string(v); }
        std::string operator()(double v) const { return formatReal(v); }
        std::string operator()(MoneyCell m) const { return formatMoney(m.cents); }
        std::string operator()(const std::string& s) const { return s; }
    };
    return std::visit(Visitor {}, cell);
}

std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void writeCsv(const Table& table, std::ostream& out)
{
    for (size_t i = 0; i < table.columns.size(); ++i)
        out << (i ? "," : "") << csvField(table.columns[i]);
    out << '\n';
    for (const auto& row : table.rows) {
        for (size_t i = 0; i < row.size(); ++i)
            out << (i ? "," : "") << csvField(cellText(row[i]));
        out << '\n';
    }
}

void writeJson(const Table& table, std::ostream& out)
{
    out << "[";
    for (size_t r = 0; r < table.rows.size(); ++r) {
        out << (r ? ",\n " : "\n ") << "{";
        const auto& row = table.rows[r];
        for (size_t i = 0; i < row.size() && i < table.columns.size(); ++i) {
            if (i)
                out << ", ";
            writeJsonString(out, table.columns[i]);
            out << ": ";
            const Cell& cell = row[i];
            if (std::holds_alternative<std::monostate>(cell)) {
                out << "null";
            } else if (const auto* s = std::get_if<std::string>(&cell)) {
                writeJsonString(out, *s);
            } else if (const auto* d = std::get_if<double>(&cell)) {
                const std::string text = formatReal(*d);
                out << (text.empty() ? std::string("null") : text);
            } else {
                out << cellText(cell);
            }
        }
        out << "}";
    }
    out << (table.rows.empty() ? "]\n" : "\n]\n");
}

} // namespace kinsight::core
