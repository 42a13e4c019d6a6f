#include "rowsmodel.h"

namespace kinsight::ui {

void RowsModel::setRows(const QStringList& headers, std::vector<std::vector<Cell>> rows, std::vector<int> numeric)
{
    beginResetModel();
    m_headers = headers;
    m_rows = std::move(rows);
    for (auto& row : m_rows)
        row.resize(static_cast<size_t>(headers.size()));
    m_numeric.assign(static_cast<size_t>(headers.size()), false);
    for (int c : numeric) {
        if (c >= 0 && c < headers.size())
            m_numeric[static_cast<size_t>(c)] = true;
    }
    endResetModel();
}

void RowsModel::clear()
{
    setRows(m_headers, {});
}

int RowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int RowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_headers.size());
}

QVariant RowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Cell& c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return c.text;
    case Qt::UserRole:
        return c.raw.isValid() ? c.raw : QVariant(c.text);
    case Qt::ToolTipRole:
        return c.toolTip.isEmpty() ? QVariant() : QVariant(c.toolTip);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(
            (m_numeric[static_cast<size_t>(index.column())] ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return c.background.isValid() ? QVariant(c.background) : QVariant();
    default:
        return {};
    }
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_headers.size() ? QVariant(m_headers[section]) : QVariant();
    return section + 1;
}

} // namespace kinsight::ui
