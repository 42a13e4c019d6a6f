#pragma once

// Helpers shared by the core test suites: temporary files and a digest of a database's content.

#include <fstream>
#include <string>

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>

#include "core/store/database.h"

namespace kinsight::test {

inline std::string writeFile(const QTemporaryDir& dir, const QString& name, const std::string& bytes)
{
    const std::string path = dir.filePath(name).toStdString();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
    return path;
}

inline std::string testData(const char* relative)
{
    return std::string(KINSIGHT_TEST_DATA_DIR) + "/" + relative;
}

/// SHA-256 over every row of the data tables (and, with `withLog`, the import log), in rowid
/// order: equal digests mean equal content.
inline QByteArray contentDigest(core::Database& db, bool withLog = false)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    std::vector<const char*> tables = { "members", "products", "orders", "order_lines", "events", "ratings",
        "interactions", "meta", "segments", "segment_members" };
    if (withLog)
        tables.push_back("imports");
    for (const char* table : tables) {
        // The pseudonym key and creation time differ per database by design; the content version counts
        // write transactions, not content.
        const std::string where = std::string(table) == "meta"
            ? " WHERE key NOT IN ('pseudonym_key', 'created_at', 'content_version')"
            : "";
        auto stmt = db.prepare(std::string("SELECT * FROM ") + table + where + " ORDER BY 1, 2");
        if (!stmt)
            continue;
        const int columns = (*stmt)->columnCount();
        hash.addData(QByteArrayView(table));
        while ((*stmt)->step()) {
            for (int c = 0; c < columns; ++c) {
                const std::string_view v = (*stmt)->isNull(c) ? std::string_view("\\N") : (*stmt)->text(c);
                hash.addData(QByteArrayView(v.data(), static_cast<qsizetype>(v.size())));
                hash.addData(QByteArrayView("\x1f", 1));
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
    }
    return hash.result().toHex();
}

} // namespace kinsight::test
