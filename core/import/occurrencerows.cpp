// Events, ratings and interactions rows: validated, then counted as occurrences of their content
// (two identical rows in one file are two copies; an import never lowers what the database
// holds, and re-importing adds nothing).

#include <algorithm>
#include <cmath>
#include <tuple>
#include <utility>

#include "core/data/enums.h"
#include "core/import/importrun.h"

namespace kinsight::core::importing {

void ImportRun::countOccurrence(OccurrenceTable table, const ImportWriter::Occurrence& row, std::int64_t occurrences)
{
    if (row.inserted) {
        // A row the database did not hold: written with these copies.
        m_touched.insert(row.rowid);
        if (occurrences > 1)
            m_repeatsInFile[row.rowid] = occurrences;
        m_summary->imported += occurrences;
        return;
    }
    // Occurrences of this row earlier in the file (the database holds at least as many copies).
    std::int64_t seenBefore = 0;
    if (m_touched.contains(row.rowid)) {
        const auto repeats = m_repeatsInFile.find(row.rowid);
        seenBefore = repeats == m_repeatsInFile.end() ? 1 : repeats->second;
    } else {
        m_touched.insert(row.rowid);
    }
    const std::int64_t seen = seenBefore + occurrences;
    if (seen > 1)
        m_repeatsInFile[row.rowid] = seen;
    // The occurrences up to the copies an earlier import held are skipped; the rest add copies.
    const std::int64_t added = std::max<std::int64_t>(0, seen - std::max(row.copies, seenBefore));
    m_summary->imported += added;
    m_summary->skipped += occurrences - added;
    if (added > 0)
        m_writer->setCopies(table, row.rowid, seen);
}

std::optional<RowError> ImportRun::importEvent(const Row& row)
{
    using F = EventField;
    Timestamp t = 0;
    if (auto e = parseRequiredTime(m_zone, row.get(F::OccurredAt), fieldName(F::OccurredAt), t))
        return e;
    std::optional<RowError> error;
    const auto memberId = resolve(row.get(F::MemberId), fieldName(F::MemberId), true, error, t);
    if (!memberId)
        return error;
    if (auto e = requireText(row.get(F::Type), fieldName(F::Type)))
        return e;
    const std::string type = lowerAscii(row.get(F::Type));
    std::optional<std::int64_t> productId;
    if (!row.get(F::ProductId).empty()) {
        productId = resolve(row.get(F::ProductId), fieldName(F::ProductId), false, error, t);
        if (!productId)
            return error;
    }
    std::optional<double> value;
    const std::string_view valueText = row.get(F::Value);
    if (!valueText.empty()) {
        value = parseNumber(valueText);
        if (!value)
            return RowError { fieldName(F::Value), shown(valueText) + " is not a number",
                { "import.not_a_number", { clip(valueText) } } };
    }
    m_pendingEvents.push_back(
        { *memberId, productId.value_or(0), t, value.value_or(0.0), productId.has_value(), value.has_value(), type });
    flushWhenFull(m_pendingEvents, m_eventBatch);
    return std::nullopt;
}

template <typename Pending> void ImportRun::flushWhenFull(std::vector<Pending>& pending, size_t& limit)
{
    if (pending.size() < limit)
        return;
    flushBatch(pending, true);
    limit = nextOccurrenceBatch(limit);
}

size_t ImportRun::nextOccurrenceBatch(size_t limit) const
{
    size_t next = std::min(2 * limit, largestOccurrenceBatch);
    if (m_summary && m_summary->read > 0 && m_bytesInFile > 0 && m_fileBytes > m_bytesInFile) {
        const double rowsPerByte = static_cast<double>(m_summary->read) / static_cast<double>(m_bytesInFile);
        const auto remaining = static_cast<size_t>(rowsPerByte * static_cast<double>(m_fileBytes - m_bytesInFile));
        next = std::clamp(remaining / 2, firstOccurrenceBatch, next); // next >= firstOccurrenceBatch
    }
    return next;
}

template <typename Pending> void ImportRun::flushBatch(std::vector<Pending>& pending, bool inBackground)
{
    // Sorted and counted here while the writer still writes the previous batch; its rows view
    // the texts of `pending`, whose elements stay where they are when it is swapped below.
    constexpr size_t kind = static_cast<size_t>(tableOf<Pending>());
    auto& counting = std::get<kind>(m_counting);
    countBatch(pending, counting);
    waitForWrites();
    std::vector<Pending>& writing = std::get<std::vector<Pending>>(m_writing);
    writing.swap(pending);
    pending.clear();
    auto& counted = std::get<kind>(m_counted);
    std::swap(counted, counting);
    startWrite(inBackground, [this, &counted] { writeCounted(tableOf<Pending>(), counted); });
}

void ImportRun::flushOccurrences()
{
    flushBatch(m_pendingEvents, false);
    flushBatch(m_pendingRatings, false);
    flushBatch(m_pendingInteractions, false);
    // Written (not in the background): the batches' memory goes back, for the next file of
    // another kind, or the snapshot made after the import.
    m_pendingEvents = {};
    m_pendingRatings = {};
    m_pendingInteractions = {};
    m_writing = {};
    m_counting = {};
    m_counted = {};
    m_written = {};
}

void ImportRun::joinWrites() noexcept
{
    if (m_batchWriter.joinable())
        m_batchWriter.join();
}

void ImportRun::waitForWrites()
{
    joinWrites();
    if (m_writeError)
        std::rethrow_exception(std::exchange(m_writeError, nullptr));
}

/// Sorts a batch of one occurrence table in the order of the table's content index (member, then
/// time, then the rest of `key`) rather than keeping the file's order, since an export in time
/// order across members would otherwise insert at a random place of the index for every row;
/// identical rows, side by side once sorted, are counted once with their number. The outcome
/// (new, repeated, already held) does not depend on the order. What is sorted is each row's
/// member and time with its place in the batch (the rows themselves, with their texts, stay
/// where they are); the rest of the key is compared only where those two tie.
template <typename Pending, typename Values, typename Key, typename ToValues>
void ImportRun::countSorted(std::vector<Pending>& batch, CountedBatch<Values>& counted, Key key, ToValues toValues)
{
    using Place = SortPlace;
    std::vector<Place>& order = counted.order;
    order.resize(batch.size());
    for (size_t i = 0; i < batch.size(); ++i) {
        const auto& [member, at] = memberAndTime(batch[i]);
        order[i] = { member, at, static_cast<std::uint32_t>(i) };
    }
    std::sort(order.begin(), order.end(), [&](const Place& a, const Place& b) {
        if (a.member != b.member)
            return a.member < b.member;
        if (a.at != b.at)
            return a.at < b.at;
        return key(batch[a.index]) < key(batch[b.index]);
    });
    counted.rows.clear();
    counted.copies.clear();
    counted.rows.reserve(batch.size());
    counted.copies.reserve(batch.size());
    for (size_t i = 0; i < order.size(); ++i) {
        const Pending& row = batch[order[i].index];
        if (i > 0 && order[i].member == order[i - 1].member && order[i].at == order[i - 1].at
            && key(row) == key(batch[order[i - 1].index])) {
            ++counted.copies.back();
            continue;
        }
        counted.rows.push_back(toValues(row));
        counted.copies.push_back(1);
    }
}

/// Writes a counted batch and counts what each distinct row added (on m_batchWriter).
template <typename Values> void ImportRun::writeCounted(OccurrenceTable table, CountedBatch<Values>& counted)
{
    m_writer->add(counted.rows, counted.copies, m_written);
    for (size_t i = 0; i < counted.rows.size(); ++i)
        countOccurrence(table, m_written[i], counted.copies[i]);
    counted.rows.clear();
    counted.copies.clear();
}

void ImportRun::countBatch(std::vector<PendingEvent>& batch, CountedBatch<EventValues>& counted)
{
    countSorted(
        batch, counted,
        [](const PendingEvent& e) {
            return std::tie(e.member, e.at, e.type, e.product, e.value, e.hasProduct, e.hasValue);
        },
        [](const PendingEvent& e) {
            return EventValues { e.member, e.hasProduct ? std::optional<std::int64_t>(e.product) : std::nullopt, e.at,
                e.type, e.hasValue ? std::optional<double>(e.value) : std::nullopt };
        });
}

void ImportRun::countBatch(std::vector<PendingRating>& batch, CountedBatch<RatingValues>& counted)
{
    countSorted(
        batch, counted, [](const PendingRating& r) { return std::tie(r.member, r.at, r.product, r.rating, r.review); },
        [](const PendingRating& r) {
            return RatingValues { r.member, r.product, r.rating, r.at, r.review };
        });
}

void ImportRun::countBatch(std::vector<PendingInteraction>& batch, CountedBatch<InteractionValues>& counted)
{
    countSorted(
        batch, counted, [](const PendingInteraction& i) { return std::tie(i.from, i.at, i.to, i.type, i.weight); },
        [](const PendingInteraction& i) {
            return InteractionValues { i.from, i.to, i.at, i.type, i.weight };
        });
}

std::optional<RowError> ImportRun::importRating(const Row& row)
{
    using F = RatingField;
    Timestamp t = 0;
    if (auto e = parseRequiredTime(m_zone, row.get(F::RatedAt), fieldName(F::RatedAt), t))
        return e;
    std::optional<RowError> error;
    const auto memberId = resolve(row.get(F::MemberId), fieldName(F::MemberId), true, error, t);
    if (!memberId)
        return error;
    const auto productId = resolve(row.get(F::ProductId), fieldName(F::ProductId), false, error, t);
    if (!productId)
        return error;
    const std::string_view ratingText = row.get(F::Rating);
    if (ratingText.empty())
        return RowError { fieldName(F::Rating), "is empty (required)",
            { "import.required_empty", { std::string(fieldName(F::Rating)) } } };
    const auto rating = parseNumber(ratingText);
    if (!rating || *rating != std::floor(*rating) || *rating < 1 || *rating > 5)
        return RowError { fieldName(F::Rating), shown(ratingText) + " is not a whole number from 1 to 5",
            { "import.rating_invalid", { clip(ratingText) } } };
    m_pendingRatings.push_back(
        { *memberId, *productId, static_cast<std::int64_t>(*rating), t, std::string(row.get(F::Review)) });
    flushWhenFull(m_pendingRatings, m_ratingBatch);
    return std::nullopt;
}

std::optional<RowError> ImportRun::importInteraction(const Row& row)
{
    using F = InteractionField;
    Timestamp t = 0;
    if (auto e = parseRequiredTime(m_zone, row.get(F::OccurredAt), fieldName(F::OccurredAt), t))
        return e;
    std::int64_t ends[2] = {};
    const F endFields[2] = { F::FromMemberId, F::ToMemberId };
    for (size_t i = 0; i < 2; ++i) {
        std::optional<RowError> error;
        const auto id = resolve(row.get(endFields[i]), fieldName(endFields[i]), true, error, t);
        if (!id)
            return error;
        ends[i] = *id;
    }
    std::string type;
    if (auto e = parseEnum<InteractionType>(row.get(F::Type), fieldName(F::Type), "interaction_type",
            parseInteractionType, InteractionType::Reply, "reply, mention, like, follow, share, invite", type))
        return e;
    double weight = 1.0;
    const std::string_view weightText = row.get(F::Weight);
    if (!weightText.empty()) {
        const auto w = parseNumber(weightText);
        if (!w || *w <= 0)
            return RowError { fieldName(F::Weight), shown(weightText) + " is not a number greater than 0",
                { "import.weight_invalid", { clip(weightText) } } };
        weight = *w;
    }
    m_pendingInteractions.push_back({ ends[0], ends[1], t, weight, std::move(type) });
    flushWhenFull(m_pendingInteractions, m_interactionBatch);
    return std::nullopt;
}

} // namespace kinsight::core::importing
