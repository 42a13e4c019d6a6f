#include "encoding.h"

#include <QByteArray>
#include <QStringDecoder>

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
    return std::nullopt;
}

const char* encodingName(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto:
        return "auto";
    case TextEncoding::Utf8:
        return "UTF-8";
    case TextEncoding::Gb18030:
        return "GB18030";
    }
    return "?";
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

TextEncoding detectEncoding(std::string_view sample)
{
    if (sample.substr(0, 3) == "\xEF\xBB\xBF")
        return TextEncoding::Utf8;
    if (isValidUtf8(sample, true))
        return TextEncoding::Utf8;
    QStringDecoder decoder("GB18030");
    const QByteArray bytes = QByteArray::fromRawData(sample.data(), static_cast<qsizetype>(sample.size()));
    const QString decoded = decoder.decode(bytes);
    // A sample may end inside a two- or four-byte character; the stateful decoder keeps that
    // tail pending rather than flagging it, so hasError() only reports real errors.
    if (decoder.isValid() && !decoder.hasError() && !decoded.contains(QChar::ReplacementCharacter))
        return TextEncoding::Gb18030;
    return TextEncoding::Utf8;
}

} // namespace kinsight::core
