#include "leadersmodel.h"

#include <algorithm>

#include "core/text/reasontext.h"
#include "ui/format.h"

namespace kinsight::ui {

void LeadersModel::setResults(std::shared_ptr<const core::AnalysisResults> results)
{
    beginResetModel();
    m_results = results && results->graph && results->leaders ? std::move(results) : nullptr;
    const size_t rows = m_results ? m_results->leaders->leaders.size() : 0;
    m_reasons.assign(rows, QString());
    m_hasReasons.assign(rows, false);
    endResetModel();
}

core::Index LeadersModel::member(int row) const
{
    if (!m_results || row < 0 || row >= rowCount())
        return core::noIndex;
    return m_results->leaders->leaders[static_cast<size_t>(row)].member;
}

int LeadersModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_results ? 0 : static_cast<int>(m_results->leaders->leaders.size());
}

int LeadersModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QString& LeadersModel::reasons(int row) const
{
    const auto r = static_cast<size_t>(row);
    if (!m_hasReasons[r]) {
        const core::Leader& l = m_results->leaders->leaders[r];
        // Beyond LeaderOptions::explain the ranking leaves them to be asked for (cheap: one
        // leader's neighbours).
        m_reasons[r]
            = core::reasonsText(l.reasons.empty() ? core::leaderReasons(*m_results->graph, l.vertex) : l.reasons);
        m_hasReasons[r] = true;
    }
    return m_reasons[r];
}

namespace {

/// Share of the network's other members with a lower PageRank than v, in [0, 1].
double pageRankShareBelow(const core::GraphMetrics& g, core::Vertex v)
{
    const auto& p = g.percentile.pageRank;
    return v < p.size() ? static_cast<double>(p[v]) : 0.0;
}

/// "top 2%" for a share of the network, with a decimal below 10 % and never "top 0%".
QString topShareText(double share)
{
    const double shown = std::max(share, 0.001);
    return LeadersModel::tr("top %1").arg(fmt::percent(shown, shown < 0.1 ? 1 : 0));
}

} // namespace

QVariant LeadersModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::Leader& l = m_results->leaders->leaders[static_cast<size_t>(index.row())];
    const core::GraphMetrics& g = *m_results->graph;
    const core::Community& c = *m_results->community;
    const auto column = static_cast<Column>(index.column());
    if (role == Qt::TextAlignmentRole) {
        const bool numeric
            = column == Rank || column == Score || column == Contacts || column == PageRank || column == Community;
        return QVariant::fromValue((numeric ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (column == Why)
            return reasons(index.row());
        if (column == PageRank)
            return tr("PageRank %1: ahead of %2 of the network")
                .arg(QString::number(g.pageRank[l.vertex], 'g', 3), fmt::percent(pageRankShareBelow(g, l.vertex), 1));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const bool raw = role == Qt::UserRole;
    switch (column) {
    case Rank:
        return raw ? QVariant(l.rank) : QVariant(QString::number(l.rank));
    case MemberId:
        return c.members.ids.qstring(l.member);
    case Name:
        return c.members.names.qstring(l.member);
    case Score:
        return raw ? QVariant(l.score) : QVariant(fmt::decimal(l.score, 3));
    case Contacts:
        return raw ? QVariant(g.degree[l.vertex]) : QVariant(fmt::count(g.degree[l.vertex]));
    case PageRank:
        // As a rank in the network ("top 2%"), which reads at a glance; the value is in the tooltip.
        if (raw)
            return g.pageRank[l.vertex];
        return topShareText(1.0 - pageRankShareBelow(g, l.vertex));
    case Community:
        if (g.communities.empty())
            return QString();
        return raw ? QVariant(g.community[l.vertex] + 1) : QVariant(QString::number(g.community[l.vertex] + 1));
    case Why:
        return reasons(index.row());
    case ColumnCount:
        break;
    }
    return {};
}

QVariant LeadersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (static_cast<Column>(section)) {
    case Rank:
        return tr("Rank");
    case MemberId:
        return tr("Member ID");
    case Name:
        return tr("Name");
    case Score:
        return tr("Score");
    case Contacts:
        return tr("Contacts");
    case PageRank:
        return tr("PageRank");
    case Community:
        return tr("Community");
    case Why:
        return tr("Why");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace kinsight::ui
