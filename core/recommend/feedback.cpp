#include "feedback.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

namespace kinsight::core {

namespace {

enum class EventKind : std::uint8_t { Other, View, Completion };

EventKind classifyEventType(std::string_view name)
{
    std::string lower(name);
    for (char& c : lower)
        c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (const char* v : { "view", "views", "play", "open", "visit" }) {
        if (lower == v)
            return EventKind::View;
    }
    for (const char* v : { "complete", "completed", "completion", "finish", "finished" }) {
        if (lower == v)
            return EventKind::Completion;
    }
    return EventKind::Other;
}

/// Fills the by-product index of a feedback whose by-member rows are complete.
void indexByProduct(Feedback& f)
{
    f.productBegin.assign(static_cast<size_t>(f.productCount) + 1, 0);
    for (Index p : f.product)
        ++f.productBegin[static_cast<size_t>(p) + 1];
    for (size_t p = 0; p < static_cast<size_t>(f.productCount); ++p)
        f.productBegin[p + 1] += f.productBegin[p];
    f.byProduct.assign(f.product.size(), 0);
    std::vector<Index> next(f.productBegin.begin(), f.productBegin.end() - 1);
    // Members are visited in ascending order, so each product's member list comes out ascending.
    for (Index m = 0; m < f.memberCount; ++m) {
        for (Index i = f.memberBegin[static_cast<size_t>(m)]; i < f.memberBegin[static_cast<size_t>(m) + 1]; ++i)
            f.byProduct[static_cast<size_t>(next[static_cast<size_t>(f.product[static_cast<size_t>(i)])]++)] = m;
    }
}

} // namespace

bool Feedback::has(Index m, Index p) const
{
    const std::span<const Index> ps = productsOf(m);
    return std::binary_search(ps.begin(), ps.end(), p);
}

Eigen::SparseMatrix<double, Eigen::RowMajor> Feedback::matrix() const
{
    Eigen::SparseMatrix<double, Eigen::RowMajor> x(memberCount, productCount);
    std::vector<Eigen::Triplet<double>> triplets;
    triplets.reserve(product.size());
    for (Index m = 0; m < memberCount; ++m) {
        for (Index i = memberBegin[static_cast<size_t>(m)]; i < memberBegin[static_cast<size_t>(m) + 1]; ++i)
            triplets.emplace_back(m, product[static_cast<size_t>(i)], weight[static_cast<size_t>(i)]);
    }
    x.setFromTriplets(triplets.begin(), triplets.end());
    return x;
}

Feedback buildFeedback(const Community& c, const FeedbackOptions& options)
{
    Feedback f;
    f.memberCount = c.memberCount();
    f.productCount = c.productCount();
    f.memberBegin.assign(static_cast<size_t>(f.memberCount) + 1, 0);
    f.product.reserve(static_cast<size_t>(c.orders.size()) + static_cast<size_t>(c.ratings.size()) / 2);
    f.at.reserve(f.product.capacity());

    std::vector<EventKind> kinds(static_cast<size_t>(c.eventTypes.size()));
    for (Index t = 0; t < c.eventTypes.size(); ++t)
        kinds[static_cast<size_t>(t)] = classifyEventType(c.eventTypes.name(t));

    struct Entry {
        Index product;
        Timestamp at;
    };
    std::vector<Entry> entries;
    std::vector<double> views, completions;
    for (Index m = 0; m < f.memberCount; ++m) {
        entries.clear();
        for (Index o : c.ordersOf(m)) {
            // Every product of a paid order's lines is a pair (contract §1: pairs come from lines).
            if (c.orders.isPaid(o)) {
                const Timestamp at = c.orders.paidAt[static_cast<size_t>(o)];
                c.forEachLine(o, [&](Index product, Cents) { entries.push_back({ product, at }); });
            }
        }
        for (Index r : c.ratingsOf(m)) {
            if (c.ratings.rating[static_cast<size_t>(r)] >= 4)
                entries.push_back(
                    { c.ratings.product[static_cast<size_t>(r)], c.ratings.ratedAt[static_cast<size_t>(r)] });
        }
        if (entries.empty()) {
            f.memberBegin[static_cast<size_t>(m) + 1] = static_cast<Index>(f.product.size());
            continue;
        }
        std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
            return a.product != b.product ? a.product < b.product : a.at < b.at;
        });
        const size_t first = f.product.size();
        for (size_t i = 0; i < entries.size(); ++i) {
            // Sorted by (product, time): the first entry of a product is its earliest occurrence.
            if (i > 0 && entries[i].product == entries[i - 1].product)
                continue;
            f.product.push_back(entries[i].product);
            f.at.push_back(entries[i].at);
        }
        const size_t count = f.product.size() - first;
        views.assign(count, 0.0);
        completions.assign(count, 0.0);
        const std::span<const Index> mine(f.product.data() + first, count);
        for (Index e : c.eventsOf(m)) {
            const Index p = c.events.product[static_cast<size_t>(e)];
            if (p == noIndex)
                continue;
            const EventKind kind = kinds[static_cast<size_t>(c.events.type[static_cast<size_t>(e)])];
            if (kind == EventKind::Other)
                continue;
            const auto it = std::lower_bound(mine.begin(), mine.end(), p);
            if (it == mine.end() || *it != p)
                continue;
            const auto k = static_cast<size_t>(it - mine.begin());
            (kind == EventKind::View ? views : completions)[k] += 1.0;
        }
        for (size_t k = 0; k < count; ++k) {
            double w = 1.0;
            if (options.weightByEvents)
                w += options.viewWeight * views[k] + options.completionWeight * completions[k];
            if (options.recencyHalfLifeDays > 0.0 && c.dataEnd != noTimestamp) {
                const double ageDays
                    = static_cast<double>(std::max<Timestamp>(0, c.dataEnd - f.at[first + k])) / secondsPerDay;
                w *= std::exp2(-ageDays / options.recencyHalfLifeDays);
            }
            f.weight.push_back(w);
            f.completed.push_back(completions[k] > 0.0 ? 1 : 0);
        }
        f.memberBegin[static_cast<size_t>(m) + 1] = static_cast<Index>(f.product.size());
    }
    indexByProduct(f);
    return f;
}

Feedback feedbackFromPairs(Index memberCount, Index productCount, std::vector<FeedbackPair> pairs)
{
    std::sort(pairs.begin(), pairs.end(), [](const FeedbackPair& a, const FeedbackPair& b) {
        if (a.member != b.member)
            return a.member < b.member;
        if (a.product != b.product)
            return a.product < b.product;
        return a.at < b.at;
    });
    Feedback f;
    f.memberCount = memberCount;
    f.productCount = productCount;
    f.memberBegin.assign(static_cast<size_t>(memberCount) + 1, 0);
    for (size_t i = 0; i < pairs.size(); ++i) {
        const FeedbackPair& pr = pairs[i];
        if (i > 0 && pr.member == pairs[i - 1].member && pr.product == pairs[i - 1].product) {
            f.weight.back() = std::max(f.weight.back(), pr.weight);
            f.completed.back() = f.completed.back() || pr.completed;
            continue;
        }
        f.product.push_back(pr.product);
        f.at.push_back(pr.at);
        f.weight.push_back(pr.weight);
        f.completed.push_back(pr.completed ? 1 : 0);
        ++f.memberBegin[static_cast<size_t>(pr.member) + 1];
    }
    for (size_t m = 0; m < static_cast<size_t>(memberCount); ++m)
        f.memberBegin[m + 1] += f.memberBegin[m];
    indexByProduct(f);
    return f;
}

LeaveLatestOutSplit splitLeaveLatestOut(const Feedback& all)
{
    return splitLeaveLatestOut(all, {});
}

LeaveLatestOutSplit splitLeaveLatestOut(const Feedback& all, const std::function<bool(Index)>& holdOut)
{
    LeaveLatestOutSplit split;
    split.heldOut.assign(static_cast<size_t>(all.memberCount), noIndex);
    Feedback& t = split.training;
    t.memberCount = all.memberCount;
    t.productCount = all.productCount;
    t.memberBegin.assign(static_cast<size_t>(all.memberCount) + 1, 0);
    t.product.reserve(all.product.size());
    t.at.reserve(all.product.size());
    t.weight.reserve(all.product.size());
    t.completed.reserve(all.product.size());
    for (Index m = 0; m < all.memberCount; ++m) {
        const Index b = all.memberBegin[static_cast<size_t>(m)];
        const Index e = all.memberBegin[static_cast<size_t>(m) + 1];
        Index latest = noIndex;
        if (e - b >= 2 && (!holdOut || holdOut(m))) {
            latest = b;
            // Products ascend within a member, so `>=` on time lets a later (greater) product win a tie.
            for (Index i = b + 1; i < e; ++i) {
                if (all.at[static_cast<size_t>(i)] >= all.at[static_cast<size_t>(latest)])
                    latest = i;
            }
            split.heldOut[static_cast<size_t>(m)] = all.product[static_cast<size_t>(latest)];
            split.evaluated.push_back(m);
        }
        for (Index i = b; i < e; ++i) {
            if (i == latest)
                continue;
            t.product.push_back(all.product[static_cast<size_t>(i)]);
            t.at.push_back(all.at[static_cast<size_t>(i)]);
            t.weight.push_back(all.weight[static_cast<size_t>(i)]);
            t.completed.push_back(all.completed[static_cast<size_t>(i)]);
        }
        t.memberBegin[static_cast<size_t>(m) + 1] = static_cast<Index>(t.product.size());
    }
    indexByProduct(t);
    return split;
}

} // namespace kinsight::core
