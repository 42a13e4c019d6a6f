#pragma once

#include <optional>
#include <string_view>

namespace kinsight::core {

/// Utf16 is read only with its BOM (little or big endian, Excel's "Unicode text");
/// Windows1252 covers Latin-1 (ISO-8859-1) too, as Western Excel saves CSV.
enum class TextEncoding { Auto, Utf8, Gb18030, Utf16, Windows1252 };

/// `auto`, `utf-8`/`utf8`, `gb18030`/`gbk`/`gb2312` (GBK and GB2312 are subsets of GB18030),
/// `utf-16`, `windows-1252`/`cp1252`/`latin-1`/`latin1`/`iso-8859-1`.
std::optional<TextEncoding> parseTextEncoding(std::string_view name);
const char* encodingName(TextEncoding encoding);

/// True when `bytes` is well-formed UTF-8. With `allowTruncatedEnd`, an incomplete sequence at
/// the very end (a sample cut mid-character) is accepted.
bool isValidUtf8(std::string_view bytes, bool allowTruncatedEnd = false);

/// Guesses the encoding of the start of a file: a UTF-16 BOM means UTF-16; a UTF-8 BOM or
/// well-formed UTF-8 means UTF-8 (pure ASCII included); otherwise bytes that decode cleanly as
/// GB18030 *and* look like Chinese text (non-ASCII bytes in pairs, as GB2312/GBK characters are)
/// mean GB18030; anything else is Windows-1252 (every byte is a character there), so that Latin
/// text with accents is never taken for Chinese.
TextEncoding detectEncoding(std::string_view sample);

/// True when the non-ASCII bytes of `bytes` look like GB18030 Chinese text (see detectEncoding()).
bool looksChinese(std::string_view bytes);

/// Windows-1252 (and so Latin-1) bytes as UTF-8.
std::string windows1252ToUtf8(std::string_view bytes);

} // namespace kinsight::core
