#pragma once

#include <array>
#include <cstdint>

namespace kinsight::core {

/// The one categorical palette of the window's charts and the reports' (0xRRGGBB): Okabe & Ito's
/// colour-blind-safe colours (2008), reordered so that neighbours contrast, with a lighter
/// variant for dark backgrounds. Series i takes entry i mod 8 in both, so "Core" members are the
/// same blue on the Overview page and in the PDF.
inline constexpr std::array<std::uint32_t, 8> seriesPaletteLight
    = { 0x0072b2, 0xe69f00, 0x009e73, 0xd55e00, 0xcc79a7, 0x56b4e9, 0x8c8c3c, 0x595959 };
inline constexpr std::array<std::uint32_t, 8> seriesPaletteDark
    = { 0x56b4e9, 0xe69f00, 0x2cc89a, 0xff8533, 0xe39cc6, 0x9fd3f5, 0xd0d070, 0xb0b0b0 };

/// Series i's colour as 0xRRGGBB (negative i wraps as well).
constexpr std::uint32_t seriesRgb(int i, bool dark = false)
{
    const int n = static_cast<int>(seriesPaletteLight.size());
    const auto k = static_cast<std::size_t>(((i % n) + n) % n);
    return dark ? seriesPaletteDark[k] : seriesPaletteLight[k];
}

} // namespace kinsight::core
