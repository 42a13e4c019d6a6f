#pragma once

namespace kinsight::core {

/// Kinsight's `PRAGMA application_id` ("KINS"): tells our databases from other SQLite files.
constexpr int kinsightApplicationId = 0x4B494E53;

/// The schema of version 1, run in one transaction on an empty database. Money is integer
/// cents, timestamps UTC epoch seconds. Members and products are keyed by an integer rowid with
/// their external id UNIQUE; other tables refer to the rowid. Events, ratings and interactions
/// are de-duplicated by their full content through expression indexes (NULL-safe). Analysis runs
/// on the in-memory snapshot, never on SQL, so the only other index is the one the snapshot
/// loader reads orders by: every index costs import time.
extern const char* const schemaVersion1;

} // namespace kinsight::core
