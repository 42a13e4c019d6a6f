#include "heatmapmodel.h"

#include <cmath>
#include <limits>

#include <QFont>

#include "ui/format.h"
#include "ui/theme.h"

namespace kinsight::ui {

void HeatmapModel::setMatrix(std::shared_ptr<const core::RetentionMatrix> matrix, std::string currency, bool dark)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_currency = std::move(currency);
    m_dark = dark;
    m_max = 1;
    m_hasGroups = false;
    if (m_matrix) {
        const bool money = m_matrix->view.metric == core::RetentionMetric::RevenuePerMember;
        double top = 0;
        for (const auto& row : m_matrix->rows) {
            m_hasGroups = m_hasGroups || !row.group.empty();
            // Period 0 is 100% by definition for members; the scale follows the later periods.
            for (size_t k = money ? 0 : 1; k < row.value.size(); ++k) {
                if (!std::isnan(row.value[k]))
                    top = std::max(top, row.value[k]);
            }
        }
        m_max = money ? std::max(top, 1e-9) : std::max(top, 1e-9);
    }
    endResetModel();
}

int HeatmapModel::matrixRow(int row) const
{
    if (!m_matrix || row >= static_cast<int>(m_matrix->rows.size()))
        return -1;
    return row;
}

int HeatmapModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_matrix || m_matrix->rows.empty())
        return 0;
    return static_cast<int>(m_matrix->rows.size()) + 1;
}

int HeatmapModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_matrix)
        return 0;
    return 2 + m_matrix->periods;
}

double HeatmapModel::valueAt(int row, int k) const
{
    const int r = matrixRow(row);
    const std::vector<double>& values = r < 0 ? m_matrix->mean : m_matrix->rows[static_cast<size_t>(r)].value;
    return k >= 0 && static_cast<size_t>(k) < values.size() ? values[static_cast<size_t>(k)]
                                                            : std::numeric_limits<double>::quiet_NaN();
}

QString HeatmapModel::format(double value) const
{
    if (std::isnan(value))
        return {};
    if (m_matrix->view.metric == core::RetentionMetric::RevenuePerMember)
        return fmt::moneyUnits(value, m_currency);
    return fmt::percent(value);
}

QVariant HeatmapModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int r = matrixRow(index.row());
    const int k = period(index.column());
    if (k < 0) {
        if (role == Qt::DisplayRole || role == Qt::UserRole) {
            if (index.column() == 0) {
                if (r < 0)
                    return tr("Mean");
                const auto& row = m_matrix->rows[static_cast<size_t>(r)];
                QString label = QString::fromStdString(row.label);
                if (!row.group.empty())
                    label += QStringLiteral(" · ") + QString::fromStdString(row.group);
                return label;
            }
            if (r < 0) {
                int total = 0;
                for (const auto& row : m_matrix->rows)
                    total += row.size;
                return role == Qt::UserRole ? QVariant(total) : QVariant(fmt::count(total));
            }
            const int size = m_matrix->rows[static_cast<size_t>(r)].size;
            return role == Qt::UserRole ? QVariant(size) : QVariant(fmt::count(size));
        }
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue((index.column() == 1 ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
        if (role == Qt::FontRole && r < 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    }
    const double v = valueAt(index.row(), k);
    switch (role) {
    case Qt::DisplayRole:
        return format(v);
    case Qt::UserRole:
        return v;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (std::isnan(v))
            return {};
        return heatColor(v / m_max, m_dark);
    }
    case Qt::ForegroundRole: {
        if (std::isnan(v))
            return {};
        return textOn(heatColor(v / m_max, m_dark));
    }
    case Qt::ToolTipRole: {
        if (std::isnan(v))
            return tr("Not reached yet: this period is after the end of the data.");
        if (r < 0)
            return tr("Mean of period %1 over %2 cohorts: %3")
                .arg(k)
                .arg(m_matrix->meanCohorts[static_cast<size_t>(k)])
                .arg(format(v));
        const auto& row = m_matrix->rows[static_cast<size_t>(r)];
        const double raw = row.raw[static_cast<size_t>(k)];
        if (m_matrix->view.metric == core::RetentionMetric::Members)
            return tr("%1, period %2: %3 of %4 members (%5). Double-click to list them.")
                .arg(QString::fromStdString(row.label))
                .arg(k)
                .arg(fmt::count(raw), fmt::count(row.size), format(v));
        return tr("%1, period %2: %3 (revenue %4). Double-click to list the buyers.")
            .arg(QString::fromStdString(row.label))
            .arg(k)
            .arg(format(v), fmt::moneyUnits(raw, m_currency));
    }
    case Qt::FontRole:
        if (r < 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    default:
        return {};
    }
}

QVariant HeatmapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    if (section == 0)
        return m_hasGroups ? tr("Cohort · group") : tr("Cohort");
    if (section == 1)
        return tr("Size");
    const QString unit = m_matrix && m_matrix->granularity == core::Granularity::Week ? tr("W%1") : tr("M%1");
    return unit.arg(section - 2);
}

} // namespace kinsight::ui
