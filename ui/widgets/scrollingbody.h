#pragma once

#include <QMargins>

class QVBoxLayout;
class QWidget;

namespace kinsight::ui {

/// Fills `owner` with a frameless, resizable scroll area (`outer` margins around it) whose content
/// is a new widget; returns that widget's vertical layout (margins `inner`, `spacing`). Pages
/// taller than the window scroll as one.
QVBoxLayout* scrollingBody(QWidget* owner, const QMargins& outer, const QMargins& inner, int spacing = -1);

} // namespace kinsight::ui
