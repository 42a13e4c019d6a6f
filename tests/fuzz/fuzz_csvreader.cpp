// The CSV reader on arbitrary bytes, in both encodings: it must never crash, never read out of
// bounds, and every record it returns must be well-formed for its encoding unless flagged.
#include <cstdint>
#include <string>
#include <vector>

#include "core/import/csvreader.h"

using namespace kinsight::core;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    for (TextEncoding encoding : { TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Gb18030 }) {
        auto reader = CsvReader::fromBytes(std::string(reinterpret_cast<const char*>(data), size), encoding);
        if (!reader)
            continue;
        std::vector<std::string> fields;
        std::int64_t lastLine = 0;
        for (;;) {
            const auto next = (*reader)->next(fields);
            if (next != CsvReader::Next::Record)
                break;
            if (fields.empty() || (*reader)->recordLine() <= lastLine)
                __builtin_trap(); // a record has at least one field, and lines only go forward
            lastLine = (*reader)->recordLine();
            if ((*reader)->encoding() == TextEncoding::Utf8 && (*reader)->recordProblem().empty()) {
                for (const auto& f : fields) {
                    if (!isValidUtf8(f))
                        __builtin_trap();
                }
            }
        }
    }
    return 0;
}
