#include "tableview.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace kinsight::ui {

TableView::TableView(QWidget* parent)
    : QTableView(parent)
{
    setAlternatingRowColors(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    verticalHeader()->hide();
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
}

void TableView::fitColumns(int sampleRows)
{
    if (!model())
        return;
    const QFontMetrics fm(font());
    const QFontMetrics hfm(horizontalHeader()->font());
    const int rows = std::min(model()->rowCount(), sampleRows);
    for (int c = 0; c < model()->columnCount(); ++c) {
        int w = hfm.horizontalAdvance(model()->headerData(c, Qt::Horizontal).toString()) + 28;
        for (int r = 0; r < rows; ++r)
            w = std::max(w, fm.horizontalAdvance(model()->index(r, c).data().toString()) + 20);
        setColumnWidth(c, std::min(w, 420));
    }
}

void TableView::fitHeightToRows(int maxRows)
{
    const int rows = std::min(model() ? model()->rowCount() : 0, maxRows);
    const int h = horizontalHeader()->sizeHint().height() + std::max(rows, 1) * verticalHeader()->defaultSectionSize()
        + 2 * frameWidth() + horizontalScrollBar()->sizeHint().height();
    setFixedHeight(h);
}

void TableView::keyPressEvent(QKeyEvent* event)
{
    if (event->matches(QKeySequence::Copy) && selectionModel()) {
        QStringList lines;
        const auto rows = selectionModel()->selectedRows();
        for (const QModelIndex& row : rows) {
            QStringList cells;
            for (int c = 0; c < model()->columnCount(); ++c)
                cells << model()->index(row.row(), c).data().toString();
            lines << cells.join(QLatin1Char('\t'));
            if (lines.size() >= 100000)
                break;
        }
        QApplication::clipboard()->setText(lines.join(QLatin1Char('\n')));
        return;
    }
    QTableView::keyPressEvent(event);
}

} // namespace kinsight::ui
