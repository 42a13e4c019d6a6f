#pragma once

#include <memory>
#include <string>

#include <QAbstractTableModel>

#include "core/metrics/retention.h"

namespace kinsight::ui {

/// The cohort matrix as a heat map: one row per cohort (and breakdown group) and a last "mean"
/// row; columns cohort, size, then period 0, 1, …. Cells are coloured by value (fractions
/// against 100%, money per member against the largest cell); periods after the end of the data
/// are blank, not zero. Qt::UserRole holds the raw value (NaN when blank).
class HeatmapModel : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setMatrix(std::shared_ptr<const core::RetentionMatrix> matrix, std::string currency, bool dark);
    const core::RetentionMatrix* matrix() const { return m_matrix.get(); }
    /// Matrix row of a model row (-1 for the mean row).
    int matrixRow(int row) const;
    /// Period of a model column (-1 for the label and size columns).
    static int period(int column) { return column - 2; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double valueAt(int row, int period) const;
    QString format(double value) const;

    std::shared_ptr<const core::RetentionMatrix> m_matrix;
    std::string m_currency;
    bool m_dark = false;
    double m_max = 1;
    bool m_hasGroups = false;
};

} // namespace kinsight::ui
