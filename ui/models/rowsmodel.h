#pragma once

#include <vector>

#include <QAbstractTableModel>
#include <QColor>
#include <QStringList>
#include <QVariant>

namespace kinsight::ui {

/// A small read-only table (tiers, leaders, funnel steps, evaluation rows): display text plus a
/// raw value under Qt::UserRole for sorting and tests. Swapped whole with setRows().
class RowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    struct Cell {
        QString text;
        QVariant raw; ///< number or text; defaults to the text
        QString toolTip;
        QColor background; ///< invalid: none
    };

    using QAbstractTableModel::QAbstractTableModel;

    /// `numeric` columns are right-aligned.
    void setRows(const QStringList& headers, std::vector<std::vector<Cell>> rows, std::vector<int> numeric = {});
    void clear();
    const Cell& cell(int row, int column) const
    {
        return m_rows[static_cast<size_t>(row)][static_cast<size_t>(column)];
    }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<std::vector<Cell>> m_rows;
    std::vector<bool> m_numeric;
};

} // namespace kinsight::ui
