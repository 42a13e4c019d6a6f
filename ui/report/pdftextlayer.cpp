#include "pdftextlayer.h"

#include <unordered_map>
#include <vector>

#include <QString>

namespace kinsight::ui {

namespace {

bool lookAlikeBlock(char16_t c)
{
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x31C0 && c <= 0x31EF);
}

/// The ideograph a look-alike code point stands for, or 0.
class Ideographs {
public:
    explicit Ideographs(const QRawFont& font)
        : m_font(font)
    { }

    char16_t of(char16_t lookAlike)
    {
        if (const auto it = m_cache.find(lookAlike); it != m_cache.end())
            return it->second;
        char16_t found = 0;
        if (m_font.isValid()) {
            buildReverse();
            const QList<quint32> glyphs = m_font.glyphIndexesForString(QString(QChar(lookAlike)));
            if (glyphs.size() == 1 && glyphs[0] != 0) {
                if (const auto it = m_byGlyph.find(glyphs[0]); it != m_byGlyph.end())
                    found = it->second;
            }
        }
        if (found == 0) {
            const QString decomposed = QString(QChar(lookAlike)).normalized(QString::NormalizationForm_KC);
            if (decomposed.size() == 1 && decomposed[0].unicode() != lookAlike)
                found = decomposed[0].unicode();
        }
        m_cache.emplace(lookAlike, found);
        return found;
    }

private:
    void buildReverse()
    {
        if (m_reverseBuilt)
            return;
        m_reverseBuilt = true;
        // CJK Unified Ideographs, then Extension A: the first ideograph of a glyph wins.
        QString all;
        for (char16_t c = 0x4E00; c <= 0x9FFF; ++c)
            all += QChar(c);
        for (char16_t c = 0x3400; c <= 0x4DBF; ++c)
            all += QChar(c);
        const QList<quint32> glyphs = m_font.glyphIndexesForString(all);
        for (qsizetype i = 0; i < glyphs.size() && i < all.size(); ++i) {
            if (glyphs[i] != 0)
                m_byGlyph.emplace(glyphs[i], all[i].unicode());
        }
    }

    QRawFont m_font;
    bool m_reverseBuilt = false;
    std::unordered_map<quint32, char16_t> m_byGlyph;
    std::unordered_map<char16_t, char16_t> m_cache;
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Rewrites the four-digit hex code at out[at .. at + 4) when it is a look-alike.
void repairCode(QByteArray& out, qsizetype at, Ideographs& ideographs)
{
    int value = 0;
    bool upper = false;
    for (qsizetype i = 0; i < 4; ++i) {
        const char c = out[at + i];
        const int v = hexValue(c);
        if (v < 0)
            return;
        upper = upper || (c >= 'A' && c <= 'F');
        value = value * 16 + v;
    }
    if (!lookAlikeBlock(static_cast<char16_t>(value)))
        return;
    const char16_t ideograph = ideographs.of(static_cast<char16_t>(value));
    if (ideograph == 0)
        return;
    QByteArray digits = QByteArray::number(static_cast<int>(ideograph), 16).rightJustified(4, '0');
    if (upper)
        digits = digits.toUpper();
    for (qsizetype i = 0; i < 4; ++i)
        out[at + i] = digits[i];
}

/// The positions of the <…> tokens of one line: (start of the digits, digit count).
struct Token {
    qsizetype at;
    qsizetype digits;
    bool inArray;
};

std::vector<Token> tokens(const QByteArray& text, qsizetype begin, qsizetype end)
{
    std::vector<Token> out;
    bool inArray = false;
    for (qsizetype i = begin; i < end; ++i) {
        if (text[i] == '[')
            inArray = true;
        else if (text[i] == ']')
            inArray = false;
        else if (text[i] == '<') {
            const qsizetype close = text.indexOf('>', i);
            if (close < 0 || close > end)
                break;
            out.push_back({ i + 1, close - i - 1, inArray });
            i = close;
        }
    }
    return out;
}

void repairBlock(QByteArray& pdf, qsizetype begin, qsizetype end, bool ranges, Ideographs& ideographs)
{
    qsizetype lineStart = begin;
    while (lineStart < end) {
        qsizetype lineEnd = pdf.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > end)
            lineEnd = end;
        const std::vector<Token> t = tokens(pdf, lineStart, lineEnd);
        if (!ranges) {
            // <glyph> <unicode>
            if (t.size() == 2 && t[1].digits == 4)
                repairCode(pdf, t[1].at, ideographs);
        } else if (t.size() >= 3) {
            // <first> <last> [<unicode> …]  or  <first> <last> <unicode> (consecutive codes)
            if (t[2].inArray) {
                for (size_t k = 2; k < t.size(); ++k) {
                    if (t[k].digits == 4)
                        repairCode(pdf, t[k].at, ideographs);
                }
            } else if (t.size() == 3 && t[2].digits == 4
                && pdf.mid(t[0].at, t[0].digits) == pdf.mid(t[1].at, t[1].digits)) {
                repairCode(pdf, t[2].at, ideographs);
            }
        }
        lineStart = lineEnd + 1;
    }
}

} // namespace

QByteArray repairCjkTextLayer(const QByteArray& pdf, const QRawFont& font)
{
    QByteArray out = pdf;
    Ideographs ideographs(font);
    for (const bool ranges : { false, true }) {
        const QByteArray open = ranges ? QByteArrayLiteral("beginbfrange") : QByteArrayLiteral("beginbfchar");
        const QByteArray close = ranges ? QByteArrayLiteral("endbfrange") : QByteArrayLiteral("endbfchar");
        qsizetype from = 0;
        while ((from = out.indexOf(open, from)) >= 0) {
            const qsizetype end = out.indexOf(close, from);
            if (end < 0)
                break;
            repairBlock(out, from + open.size(), end, ranges, ideographs);
            from = end + close.size();
        }
    }
    return out;
}

} // namespace kinsight::ui
