#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QApplication;

namespace kinsight::ui {

/// The window follows the system's palette unless the operator picks light or dark.
enum class Theme { System, Light, Dark };

/// Applies the Fusion style with the theme's palette and the app's stylesheet. `System` restores
/// the palette the platform gave at start-up (so a dark desktop gives a dark window).
void applyTheme(QApplication& app, Theme theme);
Theme themeFromString(const QString& name); ///< "light", "dark", anything else: System
QString themeName(Theme theme);

/// Whether a palette is dark (its window colour is).
bool isDark(const QPalette& palette);
/// The i-th categorical colour (a colour-blind-safe qualitative palette), tuned for a light or a
/// dark background.
QColor seriesColor(int i, bool dark);
/// A sequential colour for a value in [0, 1] (heat maps): pale to deep blue on light, dark to bright on dark.
QColor heatColor(double t, bool dark);
/// Good text colour on a background.
QColor textOn(const QColor& background);

} // namespace kinsight::ui
