#include "membertablemodel.h"

#include <cmath>

#include "core/metrics/rfm.h"
#include "core/text/reasontext.h"
#include "ui/format.h"
#include "ui/labels.h"

namespace kinsight::ui {

using core::MemberColumn;

MemberTableModel::MemberTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_rows(std::make_shared<const std::vector<core::Index>>())
{ }

void MemberTableModel::setResults(std::shared_ptr<const core::AnalysisResults> results)
{
    const bool sameCommunity = m_results && results && m_results->community == results->community;
    if (!sameCommunity) {
        beginResetModel();
        m_results = std::move(results);
        m_rows = std::make_shared<const std::vector<core::Index>>();
        endResetModel();
        return;
    }
    m_results = std::move(results);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void MemberTableModel::setRows(std::shared_ptr<const std::vector<core::Index>> rows)
{
    beginResetModel();
    m_rows = rows ? std::move(rows) : std::make_shared<const std::vector<core::Index>>();
    endResetModel();
}

core::Index MemberTableModel::memberAt(int row) const
{
    return row >= 0 && static_cast<size_t>(row) < m_rows->size() ? (*m_rows)[static_cast<size_t>(row)] : core::noIndex;
}

int MemberTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_results ? 0 : static_cast<int>(m_rows->size());
}

int MemberTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : core::memberColumnCount;
}

QVariant MemberTableModel::display(core::Index m, MemberColumn column) const
{
    const core::AnalysisResults& r = *m_results;
    const core::Community& c = *r.community;
    const auto i = static_cast<size_t>(m);
    switch (column) {
    case MemberColumn::Id:
        return c.members.ids.qstring(m);
    case MemberColumn::Name:
        return c.members.names.qstring(m);
    case MemberColumn::Channel: {
        const core::Index ch = c.members.channel[i];
        return ch == core::noIndex ? QString() : c.channels.qname(ch);
    }
    case MemberColumn::Joined:
        return fmt::day(c.timeZone.dayOf(c.members.joinedAt[i]));
    case MemberColumn::Level:
        return r.levels ? label::level(r.levels->level[i]) : QVariant();
    case MemberColumn::Score: {
        if (!r.scores)
            return {};
        const auto& s = r.thresholds.levels.view == core::ScoreView::Max ? r.scores->max : r.scores->sum;
        return fmt::decimal(s[i], 1);
    }
    case MemberColumn::Segment:
        return r.segments ? label::segment(r.segments->segment[i]) : QVariant();
    case MemberColumn::Lifecycle:
        return r.memberStatus ? label::lifecycle((*r.memberStatus)[i]) : QVariant();
    case MemberColumn::PaidOrders:
        return r.rfm ? fmt::count(r.rfm->frequency[i]) : QVariant();
    case MemberColumn::Revenue:
        return r.rfm ? fmt::money(r.rfm->monetary[i], c.currency) : QVariant();
    case MemberColumn::LastActive: {
        if (!r.activity)
            return {};
        const auto days = r.activity->of(m);
        return days.empty() ? QString() : fmt::day(days.back());
    }
    case MemberColumn::ChurnRisk:
        return r.churn ? label::churn(r.churn->reasons[i]) : QVariant();
    case MemberColumn::MoneyAtRisk: {
        const core::Cents v = core::moneyAtRisk(r, m);
        return v < 0 ? QString() : fmt::money(v, c.currency);
    }
    case MemberColumn::LeaderScore: {
        const double s = r.leaderScore(m);
        if (std::isnan(s))
            return QString();
        return r.isLeader(m) ? tr("%1 ★").arg(fmt::decimal(s, 3)) : fmt::decimal(s, 3);
    }
    }
    return {};
}

QVariant MemberTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Index m = memberAt(index.row());
    const auto column = static_cast<MemberColumn>(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(m, column);
    case Qt::ToolTipRole:
        // The churn-risk states in full ("silent for at least 30 days; …"), as the member's panel
        // says them: the cell's short names may be cut at narrow widths.
        if (column == MemberColumn::ChurnRisk && m_results->churn && m_results->churn->reasons[static_cast<size_t>(m)])
            return core::reasonsText(
                core::churnReasons(m_results->churn->reasons[static_cast<size_t>(m)], m_results->thresholds.churn));
        return {};
    case Qt::UserRole: {
        const core::Cell cell = core::memberCell(*m_results, m, column);
        if (const auto* v = std::get_if<double>(&cell))
            return *v;
        if (const auto* v = std::get_if<std::int64_t>(&cell))
            return static_cast<qlonglong>(*v);
        if (const auto* v = std::get_if<core::MoneyCell>(&cell))
            return static_cast<qlonglong>(v->cents);
        if (const auto* v = std::get_if<std::string>(&cell))
            return QString::fromStdString(*v);
        return {};
    }
    case MemberRole:
        return m;
    case Qt::TextAlignmentRole:
        switch (column) {
        case MemberColumn::Score:
        case MemberColumn::PaidOrders:
        case MemberColumn::Revenue:
        case MemberColumn::MoneyAtRisk:
        case MemberColumn::LeaderScore:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        return {};
    }
}

QVariant MemberTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole
        && static_cast<MemberColumn>(section) == MemberColumn::MoneyAtRisk)
        return tr("What a member at churn risk has paid in all (empty for members not at risk)");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (static_cast<MemberColumn>(section)) {
    case MemberColumn::Id:
        return tr("Member ID");
    case MemberColumn::Name:
        return tr("Name");
    case MemberColumn::Channel:
        return tr("Channel");
    case MemberColumn::Joined:
        return tr("Joined");
    case MemberColumn::Level:
        return tr("Level");
    case MemberColumn::Score:
        return tr("Score");
    case MemberColumn::Segment:
        return tr("RFM segment");
    case MemberColumn::Lifecycle:
        return tr("Lifecycle");
    case MemberColumn::PaidOrders:
        return tr("Paid orders");
    case MemberColumn::Revenue:
        return tr("Revenue");
    case MemberColumn::LastActive:
        return tr("Last active");
    case MemberColumn::ChurnRisk:
        return tr("Churn risk");
    case MemberColumn::MoneyAtRisk:
        return tr("Money at risk");
    case MemberColumn::LeaderScore:
        return tr("Leader score");
    }
    return {};
}

void MemberTableModel::sort(int column, Qt::SortOrder order)
{
    if (column >= 0 && column < core::memberColumnCount)
        Q_EMIT sortRequested(column, order);
}

} // namespace kinsight::ui
