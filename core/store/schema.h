#pragma once

#include <string>
#include <vector>

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

/// Upgrades a version-1 schema to version 2 in place, without loss: a `copies` count on events,
/// ratings and interactions (existing rows are one copy each), the `order_lines` table, and
/// `rows_updated` / `rows_created` in the import log. New databases run version 1, then this.
extern const char* const schemaVersion2Upgrade;

/// The secondary indexes of the current schema, each as `CREATE [UNIQUE] INDEX IF NOT EXISTS …`:
/// what a copy read without them (a team database's local copy, core/store/pgstore.h) is given
/// before anything is written to it.
std::vector<std::string> secondaryIndexStatements();

} // namespace kinsight::core
