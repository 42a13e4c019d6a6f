#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/store/database.h"
#include "core/util/result.h"
#include "core/util/timestamp.h"

namespace kinsight::core {

/// A named, saved list of members (a drill-down the operator wants to keep: "at risk in May").
struct SegmentInfo {
    std::string name;
    std::string description;
    Timestamp createdAt = 0;
    std::int64_t members = 0;
};

/// Saves (or replaces) a segment of members given by external member id, in one transaction.
/// Ids that name no member are an error and nothing is written.
[[nodiscard]] Status saveSegment(
    Database& db, const std::string& name, const std::string& description, const std::vector<std::string>& memberIds);
/// All segments, by name.
[[nodiscard]] Result<std::vector<SegmentInfo>> listSegments(Database& db);
/// The member ids of a segment, in id order; an error when there is no such segment.
[[nodiscard]] Result<std::vector<std::string>> loadSegment(Database& db, const std::string& name);
[[nodiscard]] Status deleteSegment(Database& db, const std::string& name);

} // namespace kinsight::core
