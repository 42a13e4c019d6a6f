#include "timezone.h"

#include <algorithm>
#include <limits>

#include <QByteArray>
#include <QDateTime>
#include <QTimeZone>

namespace kinsight::core {

namespace {

// The range of instants whose transitions are tabulated: beyond it the last offset holds. Kinsight
// refuses instants outside the years 0001–9999, and real data lies well inside 1900–2200.
constexpr qint64 tableBegin = -2208988800; // 1900-01-01T00:00:00Z
constexpr qint64 tableEnd = 7258118400; // 2200-01-01T00:00:00Z

} // namespace

TimeZone::TimeZone()
{
    static const auto utcTable = [] {
        auto t = std::make_shared<Table>();
        t->id = "UTC";
        t->offsets = { 0 };
        return std::shared_ptr<const Table>(std::move(t));
    }();
    m_table = utcTable;
}

bool TimeZone::isKnown(std::string_view ianaId)
{
    if (ianaId.empty())
        return false;
    return QTimeZone(QByteArray(ianaId.data(), static_cast<qsizetype>(ianaId.size()))).isValid();
}

Result<TimeZone> TimeZone::fromId(std::string_view ianaId)
{
    if (ianaId == "UTC")
        return TimeZone();
    const QTimeZone zone(QByteArray(ianaId.data(), static_cast<qsizetype>(ianaId.size())));
    if (ianaId.empty() || !zone.isValid())
        return Error { "unknown time zone '" + std::string(ianaId)
                + "' (use an IANA name such as Asia/Shanghai, Europe/Berlin or UTC)",
            { "settings.unknown_time_zone", { std::string(ianaId) } } };

    auto table = std::make_shared<Table>();
    table->id = std::string(ianaId);
    const QDateTime from = QDateTime::fromSecsSinceEpoch(tableBegin, QTimeZone::utc());
    const QDateTime to = QDateTime::fromSecsSinceEpoch(tableEnd, QTimeZone::utc());
    const QTimeZone::OffsetDataList transitions = zone.transitions(from, to);
    int before = zone.offsetFromUtc(from);
    if (!transitions.isEmpty()) {
        // The offset in force just before the first transition in range.
        before = zone.offsetFromUtc(transitions.front().atUtc.addSecs(-1));
    }
    table->offsets.push_back(before);
    for (const QTimeZone::OffsetData& t : transitions) {
        const int offset = t.offsetFromUtc;
        if (offset == table->offsets.back())
            continue; // a change of name or of the daylight-saving flag only
        table->transitions.push_back(t.atUtc.toSecsSinceEpoch());
        table->offsets.push_back(offset);
    }
    const auto& tr = table->transitions;
    if (!tr.empty() && tr.size() < std::numeric_limits<std::uint16_t>::max()) {
        // One bucket per 2^16 s from the first transition to the last: the interval in force at
        // the bucket's start; a look-up then steps over the (rare) transitions inside a bucket.
        table->bucketBase = tr.front();
        const auto count = static_cast<std::size_t>((tr.back() - tr.front()) >> bucketShift) + 1;
        table->bucket.resize(count);
        std::size_t k = 0;
        for (std::size_t b = 0; b < count; ++b) {
            const Timestamp start = table->bucketBase + (static_cast<Timestamp>(b) << bucketShift);
            while (k < tr.size() && start >= tr[k])
                ++k;
            table->bucket[b] = static_cast<std::uint16_t>(k);
        }
    }
    return TimeZone(std::move(table));
}

std::string TimeZone::systemId()
{
    const QByteArray id = QTimeZone::systemTimeZoneId();
    if (id.isEmpty() || !QTimeZone(id).isValid())
        return "UTC";
    return id.toStdString();
}

const std::string& TimeZone::id() const
{
    return m_table->id;
}

bool TimeZone::isUtc() const
{
    return m_table->transitions.empty() && m_table->offsets.front() == 0;
}

std::size_t TimeZone::intervalBySearch(Timestamp t) const
{
    const auto& transitions = m_table->transitions;
    return static_cast<std::size_t>(std::upper_bound(transitions.begin(), transitions.end(), t) - transitions.begin());
}

TimeZone::DaySpan TimeZone::daySpanOf(Timestamp t) const
{
    const std::size_t k = intervalOf(t);
    const auto& transitions = m_table->transitions;
    const int offset = m_table->offsets[k];
    const Day d = core::dayOf(t + offset);
    Timestamp begin = core::startOfDay(d) - offset;
    Timestamp end = core::startOfDay(d + 1) - offset;
    if (k > 0)
        begin = std::max(begin, transitions[k - 1]);
    if (k < transitions.size())
        end = std::min(end, transitions[k]);
    return { d, begin, end };
}

Timestamp TimeZone::startOfMonth(int monthIndex) const
{
    const int year = monthIndex >= 0 ? monthIndex / 12 : -((-monthIndex + 11) / 12);
    const auto month = static_cast<unsigned>(monthIndex - year * 12 + 1);
    return startOfDay(daysFromCivil(year, month, 1));
}

int TimeZone::monthIndexOf(Timestamp t) const
{
    const CivilDate c = civilFromDays(dayOf(t));
    return c.year * 12 + static_cast<int>(c.month) - 1;
}

Timestamp TimeZone::startOfDay(Day d) const
{
    return fromLocal(core::startOfDay(d));
}

Timestamp TimeZone::fromLocal(Timestamp local) const
{
    const auto& transitions = m_table->transitions;
    const auto& offsets = m_table->offsets;
    if (transitions.empty())
        return local - offsets.front();
    const auto n = static_cast<std::ptrdiff_t>(transitions.size());
    const auto intervalOf = [this](Timestamp t) { return static_cast<std::ptrdiff_t>(this->intervalOf(t)); };
    // Interval k holds [transitions[k - 1], transitions[k]).
    const auto contains = [&](std::ptrdiff_t k, Timestamp t) {
        const bool afterBegin = k == 0 || t >= transitions[static_cast<size_t>(k - 1)];
        const bool beforeEnd = k == n || t < transitions[static_cast<size_t>(k)];
        return afterBegin && beforeEnd;
    };
    const std::ptrdiff_t guess = intervalOf(local - offsets[static_cast<size_t>(intervalOf(local))]);
    std::optional<Timestamp> best;
    for (std::ptrdiff_t k = std::max<std::ptrdiff_t>(0, guess - 2); k <= std::min(n, guess + 2); ++k) {
        const Timestamp t = local - offsets[static_cast<size_t>(k)];
        if (contains(k, t) && (!best || t < *best))
            best = t;
    }
    if (best)
        return *best;
    // A wall-clock time skipped by a change: read it with the offset before the change.
    for (std::ptrdiff_t k = std::max<std::ptrdiff_t>(0, guess - 2); k < std::min(n, guess + 2); ++k) {
        const Timestamp at = transitions[static_cast<size_t>(k)];
        const int offsetBefore = offsets[static_cast<size_t>(k)];
        const int offsetAfter = offsets[static_cast<size_t>(k + 1)];
        if (local >= at + offsetBefore && local < at + offsetAfter)
            return local - offsetBefore;
    }
    return local - offsets[static_cast<size_t>(guess)];
}

std::string TimeZone::formatLocal(Timestamp t) const
{
    return formatTimestamp(toLocal(t));
}

} // namespace kinsight::core
