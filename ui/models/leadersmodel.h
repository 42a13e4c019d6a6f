#pragma once

#include <memory>
#include <vector>

#include <QAbstractTableModel>
#include <QString>

#include "core/analysis/analysis.h"

namespace kinsight::ui {

/// The Network page's leaders: one row per leader of the ranking, in rank order, over the
/// results (nothing copied per row). The ranking precomputes reasons for its first leaders only
/// (core::LeaderOptions::explain); the Why column asks core::leaderReasons() for the others when
/// a row is first shown and keeps the text, as the CLI and the report do for theirs.
class LeadersModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, MemberId, Name, Score, Contacts, PageRank, Community, Why, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    /// Shows the leaders of `results` (none without a graph or a ranking).
    void setResults(std::shared_ptr<const core::AnalysisResults> results);
    /// The member of a row (core::noIndex outside the rows).
    core::Index member(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const QString& reasons(int row) const;

    std::shared_ptr<const core::AnalysisResults> m_results;
    mutable std::vector<QString> m_reasons; ///< per row, filled when first asked
    mutable std::vector<bool> m_hasReasons;
};

} // namespace kinsight::ui
