#pragma once

// Small helpers for the graph tests: communities from edge lists and from the fixture CSVs.

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <QTest>

#include "core/data/community.h"
#include "core/graph/graphmetrics.h"

namespace kinsight::test {

using namespace kinsight::core;

inline Timestamp at(const char* text)
{
    return *parseTimestamp(text);
}

/// A directed interaction between two named members.
struct Tie {
    std::string from;
    std::string to;
    double weight = 1.0;
    InteractionType type = InteractionType::Reply;
    const char* when = "2026-03-01";
};

/// A community whose members are the given ids (plus every id named by a tie), with the ties as
/// interactions. Everybody joined on 2026-01-01.
inline CommunityPtr communityOf(const std::vector<Tie>& ties, std::vector<std::string> extraMembers = {})
{
    CommunityBuilder b;
    std::vector<std::string> ids = std::move(extraMembers);
    for (const Tie& t : ties) {
        ids.push_back(t.from);
        ids.push_back(t.to);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    std::vector<Index> index;
    for (const std::string& id : ids) {
        MemberRecord member;
        member.id = id;
        member.joinedAt = at("2026-01-01");
        index.push_back(b.addMember(std::move(member)));
    }
    auto find = [&](const std::string& id) {
        return index[static_cast<size_t>(std::lower_bound(ids.begin(), ids.end(), id) - ids.begin())];
    };
    for (const Tie& t : ties)
        b.addInteraction({ find(t.from), find(t.to), at(t.when), t.type, t.weight });
    return b.build();
}

/// Rows of a simple CSV fixture (no quoted fields), header included.
inline std::vector<std::vector<std::string>> readCsv(const std::string& path)
{
    std::ifstream in(path);
    std::vector<std::vector<std::string>> rows;
    std::string line;
    while (std::getline(in, line)) {
        std::vector<std::string> fields;
        std::stringstream ss(line);
        std::string field;
        while (std::getline(ss, field, ','))
            fields.push_back(field);
        rows.push_back(fields);
    }
    return rows;
}

inline std::string fixture(const char* name)
{
    return std::string(KINSIGHT_TEST_DATA_DIR) + "/graph/" + name;
}

/// Zachary's karate club from tests/data/graph (see its README): 34 members, 156 interactions
/// (each of the 78 ties both ways) weighted with Zachary's tie strengths, or all 1.
inline CommunityPtr karateClub(bool weighted)
{
    const auto rows = readCsv(fixture("karate_interactions.csv"));
    std::vector<Tie> ties;
    for (size_t i = 1; i < rows.size(); ++i)
        ties.push_back({ rows[i][0], rows[i][1], weighted ? std::stod(rows[i][4]) : 1.0 });
    return communityOf(ties);
}

/// The graph metrics of `c`; stops the test run when they cannot be computed.
inline GraphMetrics metricsOf(const CommunityPtr& c, GraphOptions options = {})
{
    auto result = computeGraphMetrics(*c, options);
    if (!result.ok())
        qFatal("computeGraphMetrics failed: %s", result.error().c_str());
    return std::move(result).value();
}

} // namespace kinsight::test
