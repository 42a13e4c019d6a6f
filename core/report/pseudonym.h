#pragma once

#include <string>
#include <string_view>

#include <QByteArray>

#include "core/util/result.h"

namespace kinsight::core {

class Database;

/// Pseudonymised member ids for exports: `m-` and the first 12 hex digits of
/// HMAC-SHA256(key, member id).
///
/// Keyed with the database's own random `pseudonym_key` (meta table, created with every
/// database), the same member gets the same pseudonym in every report and export of that
/// database, so rows can be followed from one report to the next; without the key the id cannot
/// be recovered, nor checked against a guess. 48 bits: the chance that two of a million members
/// share a pseudonym is about 0.2%. A plain value; thread-safe.
class Pseudonymizer {
public:
    /// `key` must not be empty.
    explicit Pseudonymizer(QByteArray key);

    /// The key as stored in the database (hex). Errors: empty or not hex.
    [[nodiscard]] static Result<Pseudonymizer> fromHexKey(std::string_view hex);
    /// Reads the key of an open database. Errors: the database has no (valid) key.
    [[nodiscard]] static Result<Pseudonymizer> forDatabase(Database& db);
    /// Opens the database file read-only and reads its key.
    [[nodiscard]] static Result<Pseudonymizer> forDatabaseFile(const std::string& path);

    /// `m-3fa94c01b2de`: the pseudonym of a member id.
    std::string operator()(std::string_view memberId) const;

private:
    QByteArray m_key;
};

} // namespace kinsight::core
