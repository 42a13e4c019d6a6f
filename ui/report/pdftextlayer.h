#pragma once

#include <QByteArray>
#include <QRawFont>

namespace kinsight::ui {

/// Repairs the text layer of a PDF written by QPdfWriter for CJK text.
///
/// Qt writes each embedded font's ToUnicode map by reverse-mapping the glyphs through the font's
/// character map and keeps the lowest code point. Where a CJK font draws a radical and an
/// ideograph with one glyph (⻚ U+2EDA and 页 U+9875, ⼊ U+2F0A and 入 U+5165), the text layer says
/// the radical: the page looks right, but copying, searching or pdftotext gives the look-alike.
/// This rewrites every such destination of the ToUnicode maps (CJK Radicals Supplement, Kangxi
/// Radicals, CJK Strokes) to the ideograph that has the same glyph in `font` (else its Unicode
/// compatibility decomposition). Each code keeps its four hex digits, so no offset moves and the
/// cross-reference table stays valid. Code points outside those blocks are left alone.
QByteArray repairCjkTextLayer(const QByteArray& pdf, const QRawFont& font);

} // namespace kinsight::ui
