// Encoding detection and UTF-8 validation on arbitrary bytes.
#include <cstdint>
#include <string_view>

#include "core/import/encoding.h"

using namespace kinsight::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    const bool strict = isValidUtf8(bytes);
    const bool lenient = isValidUtf8(bytes, true);
    if (strict && !lenient)
        __builtin_trap(); // accepting a truncated end can only accept more
    const TextEncoding detected = detectEncoding(bytes);
    if (strict && detected != TextEncoding::Utf8)
        __builtin_trap(); // valid UTF-8 is always read as UTF-8
    return 0;
}
