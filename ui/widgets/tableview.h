#pragma once

#include <QTableView>

namespace kinsight::ui {

/// The window's table: fixed row heights (a million rows scroll smoothly), alternating rows, no
/// per-row size computation, Ctrl+C copies the selection as tab-separated text.
class TableView : public QTableView {
    Q_OBJECT
public:
    explicit TableView(QWidget* parent = nullptr);
    /// Sizes columns from the header and the first rows only (never ResizeToContents on big tables).
    void fitColumns(int sampleRows = 50);
    /// Fixes the height to show all rows (at most `maxRows`) without empty space below.
    void fitHeightToRows(int maxRows = 12);

protected:
    void keyPressEvent(QKeyEvent* event) override;
};

} // namespace kinsight::ui
