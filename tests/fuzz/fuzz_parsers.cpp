// The timestamp and money parsers: no crash, and what they accept formats back consistently.
#include <cstdint>
#include <string>
#include <string_view>

#include "core/util/money.h"
#include "core/util/timestamp.h"

using namespace kinsight::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (const auto t = parseTimestamp(text)) {
        // Whatever was accepted is a real instant that prints and parses back to itself.
        const std::string printed = formatTimestamp(*t);
        const auto again = parseTimestamp(printed);
        if (!again || *again != *t)
            __builtin_trap();
    }
    if (const auto cents = parseMoney(text)) {
        if (*cents < 0)
            __builtin_trap();
        const auto again = parseMoney(formatMoney(*cents));
        if (!again || *again != *cents)
            __builtin_trap();
    }
    return 0;
}
