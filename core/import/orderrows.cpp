// Orders rows: validated, gathered by order_id across the import's order files (the lines of
// one order), then written once per order, inserted or compared with and updated over the stored
// order and its lines.

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <stdexcept>
#include <tuple>

#include "core/data/enums.h"
#include "core/import/importrun.h"
#include "core/import/values.h"
#include "core/store/database.h"
#include "core/text/messagetext.h"

namespace kinsight::core::importing {

std::optional<RowError> ImportRun::importOrder(const Row& row)
{
    using F = OrderField;
    const std::string_view id = row.get(F::OrderId);
    if (auto e = requireText(id, fieldName(F::OrderId)))
        return e;
    Timestamp paidAt = 0;
    if (auto e = parseRequiredTime(m_zone, row.get(F::PaidAt), fieldName(F::PaidAt), paidAt))
        return e;
    std::optional<RowError> error;
    const auto memberId = resolve(row.get(F::MemberId), fieldName(F::MemberId), true, error, paidAt);
    if (!memberId)
        return error;
    const auto productId
        = resolve(row.get(F::ProductId), fieldName(F::ProductId), false, error, paidAt, row.get(F::ProductTitle));
    if (!productId)
        return error;
    PendingLine line;
    line.product = *productId;
    line.title = m_orderTexts.intern(row.get(F::ProductTitle));
    std::optional<Decimal> quantity, unitPrice;
    if (!row.get(F::Quantity).empty()) {
        quantity = parseDecimal(row.get(F::Quantity));
        if (!quantity)
            return RowError { fieldName(F::Quantity), shown(row.get(F::Quantity)) + " is not a number",
                { "import.not_a_number", { clip(row.get(F::Quantity)) } } };
        line.quantity = static_cast<double>(quantity->mantissa) / std::pow(10.0, quantity->scale);
    }
    if (!row.get(F::UnitPrice).empty()) {
        unitPrice = parseDecimal(row.get(F::UnitPrice));
        if (!unitPrice)
            return RowError { fieldName(F::UnitPrice), shown(row.get(F::UnitPrice)) + " is not a number",
                { "import.not_a_number", { clip(row.get(F::UnitPrice)) } } };
        std::string t = std::to_string(unitPrice->mantissa);
        if (unitPrice->scale > 0) {
            const bool negative = t.front() == '-';
            if (negative)
                t.erase(0, 1);
            if (t.size() <= static_cast<size_t>(unitPrice->scale))
                t.insert(0, static_cast<size_t>(unitPrice->scale) - t.size() + 1, '0');
            t.insert(t.size() - static_cast<size_t>(unitPrice->scale), ".");
            if (negative)
                t.insert(0, "-");
        }
        line.unitPrice = m_orderTexts.intern(t);
    }
    if (!row.get(F::Amount).empty()) {
        const auto amount = parseMoneyText(row.get(F::Amount), true);
        if (!amount)
            return RowError { fieldName(F::Amount),
                shown(row.get(F::Amount))
                    + " is not a valid amount (a number with at most two decimals; a currency sign and , thousands "
                      "separators are allowed)",
                { "import.amount_invalid", { clip(row.get(F::Amount)) } } };
        line.amount = *amount;
    } else if (quantity && unitPrice) {
        const auto amount = lineAmount(*quantity, *unitPrice);
        if (!amount)
            return RowError { fieldName(F::UnitPrice), "quantity × unit_price is too large",
                { "import.amount_overflow", {} } };
        line.amount = *amount;
    } else {
        return RowError { fieldName(F::Amount), "is empty (required, or give quantity and unit_price)",
            { "import.amount_empty", {} } };
    }
    // A row without a currency: --currency, else the database's own currency, else CNY.
    std::string currency = !row.get(F::Currency).empty() ? std::string(row.get(F::Currency))
        : !m_options.currency.empty()                    ? m_options.currency
        : !m_currency.empty()                            ? m_currency
                                                         : std::string("CNY");
    for (char& c : currency) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    }
    if (currency == "RMB" || currency == "人民币" || currency == "元")
        currency = "CNY";
    if (m_currency.empty()) {
        waitForWrites();
        m_currency = currency;
        if (Status s = m_db.setMeta("currency", currency); !s)
            throw std::runtime_error(s.error());
    } else if (currency != m_currency) {
        return RowError { fieldName(F::Currency),
            shown(currency) + " differs from this database's currency " + m_currency
                + " (one database holds one currency)",
            { "import.currency_mixed", { clip(currency), m_currency } } };
    }
    std::string type, plan, status;
    if (auto e = parseEnum<OrderType>(row.get(F::Type), fieldName(F::Type), "order_type", parseOrderType,
            OrderType::Purchase, "purchase, trial, subscription, renewal", type))
        return e;
    if (row.get(F::Plan).empty()) {
        plan = std::string(storedNull);
    } else {
        const auto parsed = parsePlan(canonicalEnumValue("plan", row.get(F::Plan)));
        if (!parsed || *parsed == Plan::None)
            return RowError { fieldName(F::Plan), shown(row.get(F::Plan)) + " is not one of monthly, quarterly, annual",
                { "import.enum_invalid", { clip(row.get(F::Plan)), std::string("monthly, quarterly, annual") } } };
        plan = std::string(toString(*parsed));
    }
    if (auto e = parseEnum<OrderStatus>(row.get(F::Status), fieldName(F::Status), "status", parseOrderStatus,
            OrderStatus::Paid, "paid, refunded", status))
        return e;
    line.summary = m_summaryIndex;
    line.line = m_rowLine;

    const auto [index, isNew] = m_orderIndex.tryEmplace(id, static_cast<std::int64_t>(m_orders.size()));
    if (isNew) {
        PendingOrder order;
        order.first = line;
        order.member = *memberId;
        order.paidAt = paidAt;
        order.idOffset = m_orderIds.size();
        order.idLength = static_cast<std::uint32_t>(id.size());
        m_orderIds.append(id);
        order.status = m_orderTexts.intern(status);
        order.type = m_orderTexts.intern(type);
        order.plan = m_orderTexts.intern(plan);
        const std::string coupon = orNull(row.get(F::Coupon));
        order.coupon = m_orderTexts.intern(coupon);
        m_orders.push_back(order);
        // Its draft: the order as if this line were its only one (a negative line is a refund).
        m_pendingDrafts.push_back(
            { std::string(id), order.member, line.product, paidAt, line.amount < 0 ? -line.amount : line.amount,
                currency, type, plan, line.amount < 0 ? std::string("refunded") : status, coupon });
        if (m_pendingDrafts.size() >= pendingRowsMax)
            flushDrafts(true);
        return std::nullopt;
    }
    PendingOrder& order = m_orders[static_cast<size_t>(index)];
    const PendingLine& first = order.first;
    const std::string& firstFile = m_report.files[first.summary].file;
    const std::string where = firstFile + ":" + std::to_string(first.line);
    if (order.member != *memberId)
        return RowError { fieldName(F::MemberId),
            "order " + shown(id) + " has a line for another member at " + where
                + " (the lines of one order must agree on member_id)",
            { "import.order_lines_member", { clip(id), firstFile, first.line } } };
    if (const std::string& held = m_orderTexts.at(order.status); held != status)
        return RowError { fieldName(F::Status),
            "order " + shown(id) + " has a line with status " + held + " at " + where
                + " (the lines of one order must agree on status)",
            { "import.order_lines_status", { clip(id), firstFile, first.line, held } } };
    order.paidAt = std::min(order.paidAt, paidAt);
    m_moreLines.push_back(line);
    const auto added = static_cast<std::uint32_t>(m_moreLines.size());
    (order.lastLine == 0 ? order.first.next : m_moreLines[order.lastLine - 1].next) = added;
    order.lastLine = added;
    return std::nullopt;
}

std::vector<ImportRun::PendingLine> ImportRun::linesOf(const PendingOrder& order) const
{
    std::vector<PendingLine> lines { order.first };
    for (std::uint32_t next = order.first.next; next != 0; next = m_moreLines[next - 1].next)
        lines.push_back(m_moreLines[next - 1]);
    return lines;
}

OrderLineValues ImportRun::valuesOf(const PendingLine& line) const
{
    return { line.product, std::isnan(line.quantity) ? std::nullopt : std::optional<double>(line.quantity),
        m_orderTexts.at(line.unitPrice), line.amount, m_orderTexts.at(line.title) };
}

StoredRow ImportRun::storedRowOf(
    const PendingOrder& order, const std::vector<PendingLine>& lines, std::string_view status, Cents amount) const
{
    return { std::string(idOf(order)), std::to_string(order.member), std::to_string(lines.front().product),
        std::to_string(order.paidAt), std::to_string(amount), m_currency, m_orderTexts.at(order.type),
        m_orderTexts.at(order.plan), std::string(status), m_orderTexts.at(order.coupon) };
}

std::vector<OrderLineValues> ImportRun::storedLinesOf(const std::vector<PendingLine>& lines) const
{
    std::vector<OrderLineValues> stored;
    if (lines.size() >= 2) {
        for (const PendingLine& l : lines)
            stored.push_back(valuesOf(l));
    }
    return stored;
}

ImportRun::Outcome ImportRun::writeHeldOrder(
    const PendingOrder& order, const std::vector<PendingLine>& lines, std::string_view statusView, Cents amount)
{
    const std::string status(statusView);
    const std::vector<OrderLineValues> stored = storedLinesOf(lines);
    const ImportWriter::StoredOrder held = m_writer->readOrder(idOf(order));
    const StoredRow v = storedRowOf(order, lines, status, amount);
    const bool same = v == held.values;
    const Cents oldAmount = std::stoll(held.values[4]);
    const std::string oldStatus = held.values[8];
    // Stored lines (an order of one line has none) must equal the new ones too.
    const std::vector<OrderLineValues> heldLines = m_writer->readLines(held.rowid);
    bool linesSame = heldLines.size() == stored.size();
    for (size_t n = 0; n < heldLines.size() && linesSame; ++n) {
        const OrderLineValues& h = heldLines[n];
        const OrderLineValues& l = stored[n];
        linesSame = h.product == l.product && h.quantity == l.quantity && h.unitPrice == l.unitPrice
            && h.amount == l.amount && h.title == l.title;
    }
    if (same && linesSame)
        return Outcome::Same;
    m_writer->update(IdTable::Orders, v);
    m_writer->replaceLines(held.rowid, stored);
    const Cents newAmount = amount;
    if (oldAmount != newAmount || oldStatus != status) {
        ++m_report.updateWarningCount;
        if (static_cast<int>(m_report.updateWarnings.size()) < m_options.maxWarnings) {
            const PendingLine& first = order.first;
            std::string w = m_report.files[first.summary].file + ":" + std::to_string(first.line) + ": order "
                + shown(idOf(order)) + " changed:";
            if (oldAmount != newAmount)
                w += " amount " + formatMoney(oldAmount) + " → " + formatMoney(newAmount);
            if (oldStatus != status)
                w += std::string(oldAmount != newAmount ? ";" : "") + " status " + oldStatus + " → " + status;
            const bool amountChanged = oldAmount != newAmount, statusChanged = oldStatus != status;
            m_report.orderChanges.push_back({ m_report.files[first.summary].file, first.line, {}, w,
                { "import.order_changed",
                    { clip(idOf(order)), amountChanged ? formatMoney(oldAmount) : std::string(),
                        amountChanged ? formatMoney(newAmount) : std::string(),
                        statusChanged ? oldStatus : std::string(), statusChanged ? status : std::string() } } });
            m_report.updateWarnings.push_back(std::move(w));
        }
    }
    return Outcome::Updated;
}

void ImportRun::decideOrderIndexes(std::int64_t expectedOrders)
{
    // Many new orders against few stored: the index by member is rebuilt once at the end rather
    // than written to at a random place for each order (an export is in time or order-id order,
    // not by member). A sorted build costs about a quarter of the random inserts per row held.
    m_deferOrderIndexes
        = expectedOrders >= 10'000 && expectedOrders * 4 >= m_writer->rowidBound(IdTable::Orders) + expectedOrders;
    if (*m_deferOrderIndexes) {
        if (Status s = m_writer->deferIndexes(IdTable::Orders); !s)
            throw std::runtime_error(s.error());
    }
}

void ImportRun::flushDrafts(bool inBackground)
{
    waitForWrites();
    if (!m_deferOrderIndexes) {
        // The new orders of the whole import, estimated from the share of its order files read.
        const std::int64_t read = m_orderBytesDone + m_bytesInFile;
        const auto expected = read > 0 && m_orderBytesTotal > read
            ? static_cast<std::int64_t>(static_cast<double>(m_orders.size()) * static_cast<double>(m_orderBytesTotal)
                / static_cast<double>(read))
            : static_cast<std::int64_t>(m_orders.size());
        decideOrderIndexes(expected);
        // Room for them all at once: growing a million orders step by step copies them over again.
        if (expected > static_cast<std::int64_t>(m_orders.size())) {
            const auto room = static_cast<size_t>(expected + expected / 16);
            m_orders.reserve(room);
            m_orderRowids.reserve(room);
            m_orderIndex.reserve(room);
        }
    }
    if (m_pendingDrafts.empty())
        return;
    m_writingDrafts.swap(m_pendingDrafts);
    m_pendingDrafts.clear();
    startWrite(inBackground, [this] {
        std::vector<OrderValues> values;
        values.reserve(m_writingDrafts.size());
        for (const OrderDraft& d : m_writingDrafts)
            values.push_back(
                { d.id, d.member, d.product, d.paidAt, d.amount, d.currency, d.type, d.plan, d.status, d.coupon });
        std::vector<std::int64_t> rowids;
        m_writer->insertOrders(values, rowids);
        m_orderRowids.insert(m_orderRowids.end(), rowids.begin(), rowids.end());
        m_writingDrafts.clear();
    });
}

void ImportRun::flushOrders()
{
    // Texts by index: the same text has the same index.
    using Key = std::tuple<std::int64_t, double, std::uint32_t, Cents, std::uint32_t>;
    const auto keyOf = [](const PendingLine& l) {
        return Key { l.product, std::isnan(l.quantity) ? -std::numeric_limits<double>::infinity() : l.quantity,
            l.unitPrice, l.amount, l.title };
    };
    flushDrafts(false);
    if (m_orderRowids.size() != m_orders.size())
        throw std::logic_error("the orders' drafts were not all written");
    const auto count = [this](std::uint32_t summary, Outcome outcome) {
        FileImportSummary& f = m_report.files[summary];
        if (outcome == Outcome::Same) {
            ++f.skipped;
        } else {
            ++f.imported;
            if (outcome == Outcome::Updated)
                ++f.updated;
        }
    };
    std::vector<PendingLine> merged;
    for (size_t index = 0; index < m_orders.size(); ++index) {
        const PendingOrder& order = m_orders[index];
        const std::int64_t rowid = m_orderRowids[index];
        if (rowid != 0 && order.first.next == 0) {
            // New and of one line (most orders): written whole as its draft.
            count(order.first.summary, Outcome::Inserted);
            continue;
        }
        const std::vector<PendingLine> read = linesOf(order);
        bool oneFile = true;
        for (const PendingLine& l : read)
            oneFile = oneFile && l.summary == read.front().summary;
        merged.clear();
        if (!oneFile) {
            // A line identical to one in another file of this import is the same line
            // (overlapping exports): each distinct line counts as often as the file holding most
            // copies of it.
            std::map<Key, std::map<std::uint32_t, int>> perFile;
            for (const PendingLine& l : read)
                ++perFile[keyOf(l)][l.summary];
            std::map<Key, int> keep;
            for (const auto& [key, files] : perFile) {
                int most = 0;
                for (const auto& [file, copies] : files)
                    most = std::max(most, copies);
                keep[key] = most;
            }
            for (const PendingLine& l : read) {
                int& left = keep[keyOf(l)];
                if (left > 0) {
                    --left;
                    merged.push_back(l);
                }
            }
        }
        const std::vector<PendingLine>& lines = oneFile ? read : merged;
        Cents total = 0;
        for (const PendingLine& l : lines)
            total += l.amount;
        // A negative total (a cancellation or a return) is a refunded order of the absolute amount.
        const std::string_view status
            = total < 0 ? std::string_view("refunded") : std::string_view(m_orderTexts.at(order.status));
        const Cents amount = total < 0 ? -total : total;
        Outcome outcome = Outcome::Inserted;
        if (rowid != 0) {
            // New, written from its first line: an order of several lines takes their total and
            // earliest time, and its lines are stored beside it.
            m_writer->update(IdTable::Orders, storedRowOf(order, lines, status, amount));
            m_writer->insertLines(rowid, storedLinesOf(lines));
        } else {
            outcome = writeHeldOrder(order, lines, status, amount);
        }
        for (const PendingLine& l : read)
            count(l.summary, outcome);
    }
    if (*m_deferOrderIndexes) {
        if (Status s = m_writer->restoreIndexes(); !s)
            throw std::runtime_error(s.error());
    }
    m_deferOrderIndexes.reset();
    // Released now rather than with the run: the import goes on with its other files.
    std::vector<PendingOrder>().swap(m_orders);
    std::vector<PendingLine>().swap(m_moreLines);
    std::string().swap(m_orderIds);
    std::vector<std::int64_t>().swap(m_orderRowids);
    m_orderTexts.clear();
    m_orderIndex.clear();
}

} // namespace kinsight::core::importing
