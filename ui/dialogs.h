#pragma once

#include <functional>

#include <QString>
#include <QStringList>

class QWidget;

namespace kinsight::ui {

// File and text prompts that open window-modal and answer through a callback, so the window
// never spins a nested event loop (QFileDialog::getSaveFileName and friends do).

/// Asks for a file to write; `then` gets the chosen path (with the selected filter's suffix
/// added when the name has none). Nothing happens on cancel.
void askSaveFile(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filters,
    std::function<void(const QString&)> then);
/// Asks for one or more existing files.
void askOpenFiles(QWidget* parent, const QString& title, const QString& filters, bool multiple,
    std::function<void(const QStringList&)> then);
/// Asks for a line of text.
void askText(QWidget* parent, const QString& title, const QString& label, const QString& initial,
    std::function<void(const QString&)> then);
/// Shows a message without waiting for it to be closed.
void showMessage(
    QWidget* parent, const QString& title, const QString& text, bool warning = false, const QString& details = {});

} // namespace kinsight::ui
