#include "encoding.h"

#include <cstdint>
#include <string>

#include <QByteArray>
#include <QStringDecoder>

#include "core/util/enumnames.h"

namespace kinsight::core {

std::optional<TextEncoding> parseTextEncoding(std::string_view name)
{
    std::string lower;
    for (char c : name)
        lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (lower == "auto")
        return TextEncoding::Auto;
    if (lower == "utf-8" || lower == "utf8")
        return TextEncoding::Utf8;
    if (lower == "gb18030" || lower == "gbk" || lower == "gb2312" || lower == "cp936")
        return TextEncoding::Gb18030;
    if (lower == "utf-16" || lower == "utf16" || lower == "unicode")
        return TextEncoding::Utf16;
    if (lower == "windows-1252" || lower == "cp1252" || lower == "latin-1" || lower == "latin1" || lower == "iso-8859-1"
        || lower == "windows1252")
        return TextEncoding::Windows1252;
    return std::nullopt;
}

constexpr auto textEncodingNames = enumNames<TextEncoding>(
    { { TextEncoding::Auto, "auto" }, { TextEncoding::Utf8, "UTF-8" }, { TextEncoding::Gb18030, "GB18030" },
        { TextEncoding::Utf16, "UTF-16" }, { TextEncoding::Windows1252, "Windows-1252" } });

const char* encodingName(TextEncoding encoding)
{
    return textEncodingNames.nameOf(encoding, "?").data();
}

bool isValidUtf8(std::string_view s, bool allowTruncatedEnd)
{
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const size_t n = s.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        size_t len = 0;
        unsigned cp = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
            cp = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            cp = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > n) {
            // Check that what is there is a valid prefix, then accept if allowed.
            for (size_t k = i + 1; k < n; ++k) {
                if ((p[k] & 0xC0) != 0x80)
                    return false;
            }
            return allowTruncatedEnd;
        }
        for (size_t k = 1; k < len; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

bool looksChinese(std::string_view s)
{
    // GB2312/GBK characters are two bytes, both ≥ 0x81 for nearly every character in use; an
    // accented Latin letter in Windows-1252 is one byte between ASCII letters, spaces or commas.
    std::int64_t pairs = 0, lone = 0;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (size_t i = 0; i < s.size(); ++i) {
        if (p[i] < 0x80)
            continue;
        // GB18030's four-byte form: lead, digit, lead, digit.
        if (i + 3 < s.size() && p[i + 1] >= 0x30 && p[i + 1] <= 0x39 && p[i + 2] >= 0x81 && p[i + 3] >= 0x30
            && p[i + 3] <= 0x39) {
            ++pairs;
            i += 3;
            continue;
        }
        if (i + 1 < s.size() && p[i + 1] >= 0x80) {
            ++pairs;
            ++i;
        } else {
            ++lone;
        }
    }
    return pairs > 0 && lone * 10 <= pairs;
}

std::string windows1252ToUtf8(std::string_view bytes)
{
    // 0x80–0x9F differ from Latin-1; the five bytes Windows-1252 leaves undefined read as Latin-1.
    static constexpr char16_t high[32] = { 0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
        0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178 };
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char ch : bytes) {
        const auto b = static_cast<unsigned char>(ch);
        if (b < 0x80) {
            out += ch;
            continue;
        }
        const unsigned cp = b < 0xA0 ? high[b - 0x80] : b;
        if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    }
    return out;
}

TextEncoding detectEncoding(std::string_view sample)
{
    if (sample.substr(0, 2) == "\xFF\xFE" || sample.substr(0, 2) == "\xFE\xFF")
        return TextEncoding::Utf16;
    if (sample.substr(0, 3) == "\xEF\xBB\xBF")
        return TextEncoding::Utf8;
    if (isValidUtf8(sample, true))
        return TextEncoding::Utf8;
    if (!looksChinese(sample))
        return TextEncoding::Windows1252;
    QStringDecoder decoder("GB18030");
    const QByteArray bytes = QByteArray::fromRawData(sample.data(), static_cast<qsizetype>(sample.size()));
    const QString decoded = decoder.decode(bytes);
    // A sample may end inside a two- or four-byte character; the stateful decoder keeps that
    // tail pending rather than flagging it, so hasError() only reports real errors.
    if (decoder.isValid() && !decoder.hasError() && !decoded.contains(QChar::ReplacementCharacter))
        return TextEncoding::Gb18030;
    return TextEncoding::Windows1252;
}

} // namespace kinsight::core
