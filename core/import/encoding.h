#pragma once

#include <optional>
#include <string_view>

namespace kinsight::core {

enum class TextEncoding { Auto, Utf8, Gb18030 };

/// `auto`, `utf-8`/`utf8`, `gb18030`/`gbk`/`gb2312` (GBK and GB2312 are subsets of GB18030).
std::optional<TextEncoding> parseTextEncoding(std::string_view name);
const char* encodingName(TextEncoding encoding);

/// True when `bytes` is well-formed UTF-8. With `allowTruncatedEnd`, an incomplete sequence at
/// the very end (a sample cut mid-character) is accepted.
bool isValidUtf8(std::string_view bytes, bool allowTruncatedEnd = false);

/// Guesses the encoding of the start of a file: a UTF-8 BOM or well-formed UTF-8 means UTF-8
/// (pure ASCII included); otherwise, bytes that decode cleanly as GB18030 mean GB18030 (what
/// Excel in China saves); anything else is reported as UTF-8, so that the reader names the first
/// line that is not.
TextEncoding detectEncoding(std::string_view sample);

} // namespace kinsight::core
