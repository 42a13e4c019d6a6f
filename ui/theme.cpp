#include "theme.h"

#include <algorithm>
#include <cmath>

#include <QApplication>
#include <QFile>
#include <QStyleFactory>

#include "core/text/palette.h"
#include "core/util/enumnames.h"

namespace kinsight::ui {

namespace {

/// The colours of a palette: text is the same on windows, bases, buttons and tooltips; disabled
/// text is one colour too.
struct PaletteColours {
    QColor window, base, alternateBase, toolTipBase, text, placeholder, button, highlight, link, mid, midlight, dark,
        disabledText;
};

QPalette paletteOf(const PaletteColours& c)
{
    QPalette p;
    p.setColor(QPalette::Window, c.window);
    p.setColor(QPalette::WindowText, c.text);
    p.setColor(QPalette::Base, c.base);
    p.setColor(QPalette::AlternateBase, c.alternateBase);
    p.setColor(QPalette::ToolTipBase, c.toolTipBase);
    p.setColor(QPalette::ToolTipText, c.text);
    p.setColor(QPalette::Text, c.text);
    p.setColor(QPalette::PlaceholderText, c.placeholder);
    p.setColor(QPalette::Button, c.button);
    p.setColor(QPalette::ButtonText, c.text);
    p.setColor(QPalette::Highlight, c.highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, c.link);
    p.setColor(QPalette::Mid, c.mid);
    p.setColor(QPalette::Midlight, c.midlight);
    p.setColor(QPalette::Dark, c.dark);
    p.setColor(QPalette::Disabled, QPalette::Text, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::WindowText, c.disabledText);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, c.disabledText);
    return p;
}

QPalette lightPalette()
{
    return paletteOf({
        .window = QColor(0xf5, 0xf6, 0xf8),
        .base = Qt::white,
        .alternateBase = QColor(0xf0, 0xf3, 0xf7),
        .toolTipBase = QColor(0xff, 0xff, 0xf0),
        .text = QColor(0x1f, 0x23, 0x28),
        .placeholder = QColor(0x80, 0x88, 0x90),
        .button = QColor(0xfa, 0xfb, 0xfc),
        .highlight = QColor(0x2f, 0x6f, 0xd6),
        .link = QColor(0x1f, 0x5f, 0xc6),
        .mid = QColor(0xc8, 0xcd, 0xd3),
        .midlight = QColor(0xe3, 0xe6, 0xea),
        .dark = QColor(0xa0, 0xa6, 0xad),
        .disabledText = QColor(0x9a, 0xa0, 0xa6),
    });
}

QPalette darkPalette()
{
    return paletteOf({
        .window = QColor(0x1e, 0x20, 0x24),
        .base = QColor(0x26, 0x29, 0x2e),
        .alternateBase = QColor(0x2c, 0x30, 0x36),
        .toolTipBase = QColor(0x33, 0x37, 0x3d),
        .text = QColor(0xe6, 0xe8, 0xeb),
        .placeholder = QColor(0x8a, 0x90, 0x98),
        .button = QColor(0x2d, 0x31, 0x37),
        .highlight = QColor(0x4c, 0x8d, 0xf0),
        .link = QColor(0x7a, 0xb0, 0xff),
        .mid = QColor(0x45, 0x4a, 0x52),
        .midlight = QColor(0x38, 0x3c, 0x43),
        .dark = QColor(0x15, 0x17, 0x1a),
        .disabledText = QColor(0x70, 0x76, 0x7e),
    });
}

} // namespace

void applyTheme(QApplication& app, Theme theme)
{
    static const QPalette systemPalette = QApplication::palette();
    static const bool styled = [] {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        return true;
    }();
    (void)styled;
    QPalette palette = systemPalette;
    if (theme == Theme::Light)
        palette = lightPalette();
    else if (theme == Theme::Dark)
        palette = darkPalette();
    else if (!isDark(systemPalette))
        palette = lightPalette(); // the platform's light palette, with our accent and tints
    else
        palette = darkPalette();
    QApplication::setPalette(palette);
    QFile qss(QStringLiteral(":/style/kinsight.qss"));
    if (qss.open(QIODevice::ReadOnly))
        app.setStyleSheet(QString::fromUtf8(qss.readAll()));
}

namespace {

/// The settings' words for the themes; anything else (or nothing) is System.
constexpr auto themeNames
    = core::enumNames<Theme>({ { Theme::Light, "light" }, { Theme::Dark, "dark" }, { Theme::System, "system" } });

} // namespace

Theme themeFromString(const QString& name)
{
    return themeNames.valueOf(name.toStdString()).value_or(Theme::System);
}

QString themeName(Theme theme)
{
    return QString::fromLatin1(themeNames.nameOf(theme, "system").data());
}

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor seriesColor(int i, bool dark)
{
    return QColor::fromRgb(core::seriesRgb(i, dark)); // the reports' palette too
}

QColor heatColor(double t, bool dark)
{
    if (std::isnan(t))
        return {};
    t = std::clamp(t, 0.0, 1.0);
    const QColor lo = dark ? QColor(0x26, 0x2d, 0x3a) : QColor(0xf1, 0xf6, 0xfd);
    const QColor hi = dark ? QColor(0x3d, 0x9b, 0xff) : QColor(0x0b, 0x4f, 0xa8);
    auto mix = [t](int a, int b) { return static_cast<int>(std::lround(a + (b - a) * t)); };
    return QColor(mix(lo.red(), hi.red()), mix(lo.green(), hi.green()), mix(lo.blue(), hi.blue()));
}

QColor textOn(const QColor& background)
{
    return background.lightness() < 140 ? QColor(Qt::white) : QColor(0x1f, 0x23, 0x28);
}

} // namespace kinsight::ui
