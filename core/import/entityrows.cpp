// Members and products rows: validated, then inserted, compared with or updated over the stored
// row of the same id; references to members and products resolved through the id maps.

#include "core/data/enums.h"
#include "core/import/importrun.h"
#include "core/import/values.h"

namespace kinsight::core::importing {

std::optional<RowError> ImportRun::upsert(
    IdTable table, const StoredRow& values, std::string_view idColumn, IdMap* idRegistry)
{
    waitForWrites();
    const std::string_view id = values.front();
    if (const auto rowid = m_writer->insert(table, values)) {
        ++m_summary->imported;
        m_touched.insert(*rowid);
        if (idRegistry)
            idRegistry->emplace(id, *rowid);
        return std::nullopt;
    }
    return compareAndUpdate(table, values, idColumn);
}

std::optional<RowError> ImportRun::compareAndUpdate(IdTable table, const StoredRow& values, std::string_view idColumn)
{
    waitForWrites(); // new members may be being written
    const std::string_view id = values.front();
    const ImportWriter::Comparison stored = m_writer->compare(table, values);
    if (stored.same) {
        ++m_summary->skipped;
        return std::nullopt;
    }
    if (m_touched.contains(stored.rowid))
        return RowError { std::string(idColumn), shown(id) + " appears earlier in this file with different content",
            { "import.repeated_id", { clip(id) } } };
    m_writer->update(table, values);
    ++m_summary->updated;
    m_touched.insert(stored.rowid);
    ++m_summary->imported;
    return std::nullopt;
}

std::optional<std::int64_t> ImportRun::resolve(std::string_view value, const char* column, bool member,
    std::optional<RowError>& error, Timestamp at, std::string_view title)
{
    if ((error = requireText(value, column)))
        return std::nullopt;
    auto rowid = member ? memberRowid(value) : productRowid(value);
    if (rowid && member && !m_createdMembers.empty()) {
        // A member this import created joins at the earliest time it appears.
        const auto created = m_createdMembers.find(*rowid);
        if (created != m_createdMembers.end() && at < created->second.joinedAt) {
            // Written at the end of the file (events may be being written meanwhile).
            created->second.joinedAt = at;
            if (!created->second.moved)
                m_movedJoins.push_back(*rowid);
            created->second.moved = true;
        }
    }
    if (!rowid && m_options.createMissing)
        rowid = create(value, member, at, title);
    if (!rowid)
        error = RowError { column, shown(value) + (member ? " names no known member" : " names no known product"),
            { member ? "import.unknown_member" : "import.unknown_product", { clip(value) } } };
    return rowid;
}

void ImportRun::writeMovedJoins()
{
    for (const std::int64_t rowid : m_movedJoins) {
        CreatedMember& created = m_createdMembers.at(rowid);
        m_writer->setJoinedAt(rowid, created.joinedAt);
        created.moved = false;
    }
    m_movedJoins.clear();
}

std::optional<std::int64_t> ImportRun::create(std::string_view id, bool member, Timestamp at, std::string_view title)
{
    waitForWrites();
    const std::int64_t rowid
        = member ? m_writer->createMember(id, at) : m_writer->createProduct(id, title.empty() ? id : title);
    (member ? m_memberIds : m_productIds).emplace(id, rowid);
    if (member)
        m_createdMembers.emplace(rowid, CreatedMember { at, false });
    ++m_summary->created;
    return rowid;
}

std::optional<RowError> ImportRun::importMember(const Row& row, bool& deferred)
{
    using F = MemberField;
    const std::string_view id = row.get(F::MemberId);
    if (auto e = requireText(id, fieldName(F::MemberId)))
        return e;
    StoredRow v(8);
    v[0] = std::string(id);
    if (auto e = parseTime(m_zone, row.get(F::JoinedAt), fieldName(F::JoinedAt), true, v[1]))
        return e;
    for (F f : { F::Name, F::Email, F::Phone, F::Channel, F::City, F::ReferrerId })
        v[static_cast<size_t>(f)] = orNull(row.get(f));
    const std::string_view referrer = row.get(F::ReferrerId);
    if (!referrer.empty()) {
        if (referrer == id)
            return RowError { fieldName(F::ReferrerId), "a member cannot refer themselves",
                { "import.self_referral", {} } };
        if (!memberRowid(referrer)) {
            deferred = true;
            return std::nullopt;
        }
    }
    // A member the database holds (or this file named before): compared, maybe updated. A new
    // one takes the table's next rowid now and is written with the next few thousand.
    const std::int64_t known = m_memberIds.find(id);
    if (known >= 0) {
        const auto pending = static_cast<size_t>(known - m_newMembersFirst);
        if (!m_newMembers.empty() && known >= m_newMembersFirst && pending < m_newMembers.size()) {
            if (m_newMembers[pending] == v) {
                ++m_summary->skipped;
                return std::nullopt;
            }
            return RowError { fieldName(F::MemberId),
                shown(id) + " appears earlier in this file with different content",
                { "import.repeated_id", { clip(id) } } };
        }
        return compareAndUpdate(IdTable::Members, v, fieldName(F::MemberId));
    }
    if (!m_nextMemberRowid) {
        waitForWrites();
        m_nextMemberRowid = m_writer->rowidBound(IdTable::Members) + 1;
    }
    if (m_newMembers.empty())
        m_newMembersFirst = *m_nextMemberRowid;
    const std::int64_t rowid = (*m_nextMemberRowid)++;
    m_memberIds.emplace(id, rowid);
    m_touched.insert(rowid);
    ++m_summary->imported;
    m_newMembers.push_back(std::move(v));
    if (m_newMembers.size() >= newMembersMax)
        flushMembers(true);
    return std::nullopt;
}

void ImportRun::flushMembers(bool inBackground)
{
    waitForWrites();
    if (!inBackground)
        m_nextMemberRowid.reset(); // the file ends: other files may create members
    if (m_newMembers.empty())
        return;
    m_writingMembers.swap(m_newMembers);
    m_newMembers.clear();
    startWrite(inBackground, [this, first = m_newMembersFirst] {
        m_writer->insertMembers(m_writingMembers, first);
        m_writingMembers.clear();
    });
}

std::optional<RowError> ImportRun::importProduct(const Row& row)
{
    using F = ProductField;
    const std::string_view id = row.get(F::ProductId);
    if (auto e = requireText(id, fieldName(F::ProductId)))
        return e;
    StoredRow v(8);
    v[0] = std::string(id);
    if (auto e = requireText(row.get(F::Title), fieldName(F::Title)))
        return e;
    v[1] = std::string(row.get(F::Title));
    if (auto e = parseEnum<ProductKind>(row.get(F::Kind), fieldName(F::Kind), "kind", parseProductKind,
            ProductKind::Other, "course, column, audio, video, ebook, live, membership, bundle, other", v[2]))
        return e;
    v[3] = orNull(row.get(F::Tier));
    const std::string_view listPrice = row.get(F::ListPrice);
    if (listPrice.empty()) {
        v[4] = std::string(storedNull);
    } else {
        const auto price = parseMoneyText(listPrice, false);
        if (!price)
            return RowError { fieldName(F::ListPrice),
                shown(listPrice)
                    + " is not a valid price (a non-negative number with at most two decimals, no thousands separator)",
                { "import.price_invalid", { clip(listPrice) } } };
        v[4] = std::to_string(*price);
    }
    v[5] = orNull(row.get(F::Description));
    v[6] = orNull(row.get(F::Tags));
    if (auto e = parseTime(m_zone, row.get(F::CreatedAt), fieldName(F::CreatedAt), false, v[7]))
        return e;
    return upsert(IdTable::Products, v, fieldName(F::ProductId), &m_productIds);
}

} // namespace kinsight::core::importing
