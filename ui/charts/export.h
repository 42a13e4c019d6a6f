#pragma once

#include <QString>

class QWidget;

namespace kinsight::ui {

/// Writes what a widget shows to `path`: PNG (at the screen's device pixel ratio) or SVG (vector,
/// through QSvgGenerator), chosen by the file's suffix. Returns false when the file cannot be written.
bool exportWidgetImage(QWidget* widget, const QString& path, const QString& title = {});

/// Asks for a file name (PNG or SVG) and exports; shows a message when writing fails.
void exportWidgetInteractively(QWidget* widget, const QString& suggestedName);

} // namespace kinsight::ui
