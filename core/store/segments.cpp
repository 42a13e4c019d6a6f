#include "segments.h"

#include <ctime>

namespace kinsight::core {

Status saveSegment(
    Database& db, const std::string& name, const std::string& description, const std::vector<std::string>& memberIds)
{
    if (name.empty())
        return Error { "a segment needs a name", { "segment.no_name", {} } };
    if (Status s = db.begin(); !s)
        return s;
    auto fail = [&](Error error) -> Status {
        db.rollback();
        return error;
    };
    auto remove = db.prepare("DELETE FROM segments WHERE name = ?");
    auto insert = db.prepare("INSERT INTO segments(name, description, created_at) VALUES (?, ?, ?)");
    auto lookup = db.prepare("SELECT id FROM members WHERE member_id = ?");
    auto add = db.prepare("INSERT OR IGNORE INTO segment_members(segment, member) VALUES (?, ?)");
    if (!remove || !insert || !lookup || !add)
        return fail(Error { db.lastError() });
    // segment_members rows go with their segment (ON DELETE CASCADE).
    (*remove)->bind(1, std::string_view(name));
    (*remove)->step();
    (*insert)->bind(1, std::string_view(name));
    (*insert)->bindTextOrNull(2, description);
    (*insert)->bind(3, static_cast<std::int64_t>(std::time(nullptr)));
    (*insert)->step();
    if ((*remove)->failed() || (*insert)->failed())
        return fail(Error { db.lastError() });
    const std::int64_t segment = db.lastInsertRowid();
    for (const std::string& id : memberIds) {
        (*lookup)->reset();
        (*lookup)->bind(1, std::string_view(id));
        if (!(*lookup)->step())
            return fail(Error { "segment '" + name + "': no member has the id '" + id + "'",
                { "segment.unknown_member", { name, id } } });
        (*add)->reset();
        (*add)->bind(1, segment);
        (*add)->bind(2, (*lookup)->int64(0));
        (*add)->step();
        if ((*add)->failed())
            return fail(Error { (*add)->error() });
    }
    return db.commit();
}

Result<std::vector<SegmentInfo>> listSegments(Database& db)
{
    auto q
        = db.prepare("SELECT s.name, ifnull(s.description, ''), s.created_at, "
                     "(SELECT count(*) FROM segment_members m WHERE m.segment = s.id) FROM segments s ORDER BY s.name");
    if (!q)
        return q.failure();
    std::vector<SegmentInfo> out;
    while ((*q)->step())
        out.push_back({ std::string((*q)->text(0)), std::string((*q)->text(1)), (*q)->int64(2), (*q)->int64(3) });
    if ((*q)->failed())
        return Error { (*q)->error() };
    return out;
}

Result<std::vector<std::string>> loadSegment(Database& db, const std::string& name)
{
    auto exists = db.prepare("SELECT id FROM segments WHERE name = ?");
    if (!exists)
        return exists.failure();
    (*exists)->bind(1, std::string_view(name));
    if (!(*exists)->step())
        return Error { "there is no segment named '" + name + "'", { "segment.unknown", { name } } };
    const std::int64_t segment = (*exists)->int64(0);
    auto q = db.prepare("SELECT m.member_id FROM segment_members s JOIN members m ON m.id = s.member "
                        "WHERE s.segment = ? ORDER BY m.member_id");
    if (!q)
        return q.failure();
    (*q)->bind(1, segment);
    std::vector<std::string> ids;
    while ((*q)->step())
        ids.emplace_back((*q)->text(0));
    return ids;
}

Status deleteSegment(Database& db, const std::string& name)
{
    // A transaction of its own, so that it bumps the content version (and reaches a team database).
    if (Status s = db.begin(); !s)
        return s;
    auto q = db.prepare("DELETE FROM segments WHERE name = ?");
    if (!q) {
        db.rollback();
        return q.failure();
    }
    (*q)->bind(1, std::string_view(name));
    (*q)->step();
    if ((*q)->failed()) {
        const std::string error = (*q)->error();
        db.rollback();
        return Error { error };
    }
    if ((*q)->changes() == 0) {
        db.rollback();
        return Error { "there is no segment named '" + name + "'", { "segment.unknown", { name } } };
    }
    q.value().reset();
    return db.commit();
}

} // namespace kinsight::core
