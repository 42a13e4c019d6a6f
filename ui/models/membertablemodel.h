#pragma once

#include <memory>
#include <vector>

#include <QAbstractTableModel>

#include "core/analysis/memberquery.h"

namespace kinsight::ui {

/// Every member (or a filtered list) as a table: a view over the snapshot and the analysis
/// results through a permutation vector of member indices.
///
/// data() is O(1) per cell and reads the core's columns directly; nothing is stored per row
/// besides the permutation. Sorting and filtering are not done here: the Members page computes
/// the permutation with core::queryMembers() on a worker and swaps it in with setRows() (one
/// model reset). sort() therefore only asks for it (sortRequested). Qt::UserRole gives raw
/// values (numbers, NaN when missing); MemberRole the member index.
class MemberTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    static constexpr int MemberRole = Qt::UserRole + 1;

    explicit MemberTableModel(QObject* parent = nullptr);

    /// New analysis results; keeps the rows (member indices stay valid for the same snapshot).
    void setResults(std::shared_ptr<const core::AnalysisResults> results);
    /// Swaps the visible rows (a permutation computed off the GUI thread).
    void setRows(std::shared_ptr<const std::vector<core::Index>> rows);
    const std::shared_ptr<const std::vector<core::Index>>& rows() const { return m_rows; }
    core::Index memberAt(int row) const;
    const core::AnalysisResults* results() const { return m_results.get(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void sortRequested(int column, Qt::SortOrder order);

private:
    QVariant display(core::Index m, core::MemberColumn column) const;

    std::shared_ptr<const core::AnalysisResults> m_results;
    std::shared_ptr<const std::vector<core::Index>> m_rows;
};

} // namespace kinsight::ui
