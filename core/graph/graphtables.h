#pragma once

#include "core/graph/leaders.h"
#include "core/graph/timeline.h"
#include "core/util/table.h"

namespace kinsight::core {

// The interaction network as tables, exactly as `kinsight graph` prints them (column names and
// order, row order, empty cells). `limit` > 0 keeps the first `limit` rows; 0 keeps them all.

/// member_id, degree, degree_centrality, clustering, pagerank, betweenness, leader_score,
/// is_leader (1 or 0): one row per member in the network, by leader score descending then member id.
Table graphMembersTable(const Community& c, const GraphMetrics& m, const LeaderRanking& r, int limit);

/// metric, value: the window, the types, the network's size and shape, how betweenness was
/// computed, the leaders and the money per member (window bounds empty when the window is open).
Table graphSummaryTable(const Community& c, const GraphMetrics& m, const LeaderRanking& r);

/// community, size, internal_edges, internal_density, external_edges, leaders, top_members
/// (member ids joined by ';').
Table graphCommunitiesTable(const Community& c, const GraphMetrics& m, const LeaderRanking& r, int limit);

/// rank, member_id, name, leader_score, degree, in_degree, strength, pagerank, betweenness,
/// core_number, community, neighbour_paid_orders, neighbour_revenue, revenue_per_neighbour,
/// revenue_lift, reasons: one row per leader by rank (community empty without communities, lift
/// empty when the revenue per member is 0).
Table graphLeadersTable(const Community& c, const GraphMetrics& m, const LeaderRanking& r, int limit);

/// member_id, month, degree, in_degree, strength, pagerank, leader_score, is_leader: one row per
/// member and month; the metric cells empty in a month in which the member took no part.
Table leaderTimelineTable(const Community& c, const LeaderTimeline& tl);

} // namespace kinsight::core
