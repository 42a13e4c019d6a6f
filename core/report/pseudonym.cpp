#include "pseudonym.h"

#include <QMessageAuthenticationCode>

#include "core/store/database.h"

namespace kinsight::core {

Pseudonymizer::Pseudonymizer(QByteArray key)
    : m_key(std::move(key))
{ }

Result<Pseudonymizer> Pseudonymizer::fromHexKey(std::string_view hex)
{
    if (hex.empty())
        return Error { "the database has no pseudonym key", { "report.no_pseudonym_key", {} } };
    for (const char c : hex) {
        const bool digit = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!digit)
            return Error { "the database's pseudonym key is not hexadecimal", { "report.pseudonym_key_invalid", {} } };
    }
    return Pseudonymizer(QByteArray::fromHex(QByteArray(hex.data(), static_cast<qsizetype>(hex.size()))));
}

Result<Pseudonymizer> Pseudonymizer::forDatabase(Database& db)
{
    return fromHexKey(db.meta("pseudonym_key"));
}

Result<Pseudonymizer> Pseudonymizer::forDatabaseFile(const std::string& path)
{
    auto db = Database::open(path, OpenMode::ReadOnly);
    if (!db)
        return db.failure();
    return forDatabase(**db);
}

std::string Pseudonymizer::operator()(std::string_view memberId) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArray::fromRawData(memberId.data(), static_cast<qsizetype>(memberId.size())), m_key,
        QCryptographicHash::Sha256);
    return "m-" + mac.toHex().left(12).toStdString();
}

} // namespace kinsight::core
