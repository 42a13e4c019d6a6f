#include "similarity.h"

#include <algorithm>
#include <cmath>

#include "core/util/parallel.h"

namespace kinsight::core {

std::atomic<long> ItemSimilarity::s_builds { 0 };
std::atomic<long> UserSimilarity::s_builds { 0 };

namespace {

/// Builds one sparse row per product in parallel: rowFn(p, accumulator, touched, out) fills `out`.
/// Rows are then concatenated into (begin, entries).
template <typename Entry, typename RowFn>
void buildRows(
    Index productCount, const TaskControl& control, std::vector<Index>& begin, std::vector<Entry>& entries, RowFn rowFn)
{
    std::vector<std::vector<Entry>> rows(static_cast<size_t>(productCount));
    const int workers = static_cast<int>(detail::threadCount());
    std::vector<std::vector<double>> accumulators(static_cast<size_t>(workers));
    std::vector<std::vector<Index>> touchedLists(static_cast<size_t>(workers));
    std::atomic<Index> done { 0 };
    detail::parallelFor(productCount, 8, [&](std::int64_t b, std::int64_t e, int worker) {
        if (control.stopRequested())
            throw Cancelled {};
        std::vector<double>& acc = accumulators[static_cast<size_t>(worker)];
        std::vector<Index>& touched = touchedLists[static_cast<size_t>(worker)];
        acc.resize(static_cast<size_t>(productCount), 0.0);
        for (auto p = static_cast<Index>(b); p < static_cast<Index>(e); ++p)
            rowFn(p, acc, touched, rows[static_cast<size_t>(p)]);
        const Index finished = done.fetch_add(static_cast<Index>(e - b)) + static_cast<Index>(e - b);
        if (worker == 0)
            control.progress(static_cast<double>(finished) / std::max<Index>(1, productCount));
    });
    begin.assign(static_cast<size_t>(productCount) + 1, 0);
    size_t total = 0;
    for (Index p = 0; p < productCount; ++p) {
        total += rows[static_cast<size_t>(p)].size();
        begin[static_cast<size_t>(p) + 1] = static_cast<Index>(total);
    }
    entries.clear();
    entries.reserve(total);
    for (auto& row : rows) {
        entries.insert(entries.end(), row.begin(), row.end());
        std::vector<Entry>().swap(row);
    }
}

} // namespace

std::shared_ptr<const ItemSimilarity> ItemSimilarity::build(
    const Feedback& t, const TaskControl& control, const ItemKnnOptions& options)
{
    auto model = std::make_shared<ItemSimilarity>();
    // Weighted cells factor as f(p) · g(v): g² is summed over shared members, f scales the result.
    const bool weighted = options.weighting != ItemWeighting::None;
    std::vector<double> g2, f, norm;
    if (weighted) {
        g2.resize(static_cast<size_t>(t.memberCount));
        const double logProducts = std::log(std::max<double>(1.0, t.productCount));
        for (Index v = 0; v < t.memberCount; ++v) {
            const double g = std::max(0.0, logProducts - std::log1p(static_cast<double>(t.countOf(v))));
            g2[static_cast<size_t>(v)] = g * g;
        }
        f.assign(static_cast<size_t>(t.productCount), 1.0);
        norm.assign(static_cast<size_t>(t.productCount), 0.0);
        double buyers = 0.0;
        Index bought = 0;
        for (Index p = 0; p < t.productCount; ++p) {
            buyers += t.popularity(p);
            bought += t.popularity(p) > 0 ? 1 : 0;
        }
        const double mean = bought > 0 ? buyers / bought : 1.0;
        for (Index p = 0; p < t.productCount; ++p) {
            double s = 0.0;
            for (Index v : t.membersOf(p))
                s += g2[static_cast<size_t>(v)];
            norm[static_cast<size_t>(p)] = std::sqrt(s);
            if (options.weighting == ItemWeighting::Bm25) {
                const double length = (1.0 - options.bm25B) + options.bm25B * t.popularity(p) / mean;
                f[static_cast<size_t>(p)] = (options.bm25K1 + 1.0) / (options.bm25K1 * length + 1.0);
            }
        }
    }
    buildRows<Neighbour>(t.productCount, control, model->m_begin, model->m_neighbours,
        [&](Index p, std::vector<double>& acc, std::vector<Index>& touched, std::vector<Neighbour>& out) {
            touched.clear();
            thread_local std::vector<Index> counts;
            counts.resize(static_cast<size_t>(t.productCount), 0);
            for (Index v : t.membersOf(p)) {
                const double add = weighted ? g2[static_cast<size_t>(v)] : 1.0;
                for (Index q : t.productsOf(v)) {
                    if (q == p)
                        continue;
                    if (counts[static_cast<size_t>(q)] == 0)
                        touched.push_back(q);
                    ++counts[static_cast<size_t>(q)];
                    acc[static_cast<size_t>(q)] += add;
                }
            }
            const double np = t.popularity(p);
            out.reserve(touched.size());
            for (Index q : touched) {
                const Index together = counts[static_cast<size_t>(q)];
                const double sum = acc[static_cast<size_t>(q)];
                acc[static_cast<size_t>(q)] = 0.0;
                counts[static_cast<size_t>(q)] = 0;
                double similarity = 0.0;
                switch (options.weighting) {
                case ItemWeighting::None:
                    similarity = together / std::sqrt(np * t.popularity(q));
                    break;
                case ItemWeighting::TfIdf: {
                    const double d = norm[static_cast<size_t>(p)] * norm[static_cast<size_t>(q)];
                    similarity = d > 0.0 ? sum / d : 0.0;
                    break;
                }
                case ItemWeighting::Bm25:
                    similarity = f[static_cast<size_t>(p)] * f[static_cast<size_t>(q)] * sum;
                    break;
                }
                if (options.shrinkage > 0.0)
                    similarity *= together / (together + options.shrinkage);
                if (similarity > 0.0)
                    out.push_back({ q, together, similarity });
            }
            std::sort(out.begin(), out.end(), [](const Neighbour& a, const Neighbour& b) {
                return a.similarity != b.similarity ? a.similarity > b.similarity : a.product < b.product;
            });
        });
    ++s_builds;
    return model;
}

double ItemSimilarity::similarity(Index p, Index q) const
{
    for (const Neighbour& n : neighboursOf(p)) {
        if (n.product == q)
            return n.similarity;
    }
    return 0.0;
}

Index ItemSimilarity::together(Index p, Index q) const
{
    for (const Neighbour& n : neighboursOf(p)) {
        if (n.product == q)
            return n.together;
    }
    return 0;
}

void addItemKnnScores(const ItemSimilarity& model, std::span<const Index> products, std::span<const double> weights,
    int neighbours, double floor, std::span<double> scores)
{
    for (size_t i = 0; i < products.size(); ++i) {
        const double w = weights.empty() ? 1.0 : weights[i];
        std::span<const ItemSimilarity::Neighbour> list = model.neighboursOf(products[i]);
        if (neighbours > 0 && list.size() > static_cast<size_t>(neighbours))
            list = list.first(static_cast<size_t>(neighbours));
        for (const ItemSimilarity::Neighbour& n : list) {
            // Sorted by similarity: the first one under the floor ends the neighbourhood.
            if (n.similarity < floor)
                break;
            scores[static_cast<size_t>(n.product)] += w * n.similarity;
        }
    }
}

std::shared_ptr<const UserSimilarity> UserSimilarity::build(const Feedback& t, const TaskControl& control)
{
    auto model = std::make_shared<UserSimilarity>();
    std::vector<double> inverseRoot(static_cast<size_t>(t.memberCount), 0.0);
    for (Index v = 0; v < t.memberCount; ++v) {
        if (t.countOf(v) > 0)
            inverseRoot[static_cast<size_t>(v)] = 1.0 / std::sqrt(static_cast<double>(t.countOf(v)));
    }
    buildRows<Entry>(t.productCount, control, model->m_begin, model->m_entries,
        [&](Index q, std::vector<double>& acc, std::vector<Index>& touched, std::vector<Entry>& out) {
            touched.clear();
            for (Index v : t.membersOf(q)) {
                const double w = inverseRoot[static_cast<size_t>(v)];
                for (Index p : t.productsOf(v)) {
                    if (acc[static_cast<size_t>(p)] == 0.0)
                        touched.push_back(p);
                    acc[static_cast<size_t>(p)] += w;
                }
            }
            std::sort(touched.begin(), touched.end());
            out.reserve(touched.size());
            for (Index p : touched) {
                out.push_back({ p, acc[static_cast<size_t>(p)] });
                acc[static_cast<size_t>(p)] = 0.0;
            }
        });
    ++s_builds;
    return model;
}

void userKnnNeighbours(const Feedback& t, Index m, int neighbours, double floor, UserKnnScratch& s, bool sorted)
{
    s.neighbours.clear();
    const Index nm = t.countOf(m);
    if (nm == 0)
        return;
    if (s.overlap.size() != static_cast<size_t>(t.memberCount))
        s.overlap.assign(static_cast<size_t>(t.memberCount), 0);
    s.touched.clear();
    for (Index q : t.productsOf(m)) {
        for (Index v : t.membersOf(q)) {
            if (v == m)
                continue;
            if (s.overlap[static_cast<size_t>(v)]++ == 0)
                s.touched.push_back(v);
        }
    }
    for (Index v : s.touched) {
        const Index together = s.overlap[static_cast<size_t>(v)];
        s.overlap[static_cast<size_t>(v)] = 0;
        const double sim = together / std::sqrt(static_cast<double>(nm) * t.countOf(v));
        if (sim > 0.0 && sim >= floor)
            s.neighbours.push_back({ v, sim });
    }
    const auto better = [](const MemberNeighbour& a, const MemberNeighbour& b) {
        return a.similarity != b.similarity ? a.similarity > b.similarity : a.member < b.member;
    };
    if (neighbours > 0 && s.neighbours.size() > static_cast<size_t>(neighbours)) {
        std::partial_sort(s.neighbours.begin(), s.neighbours.begin() + neighbours, s.neighbours.end(), better);
        s.neighbours.resize(static_cast<size_t>(neighbours));
    } else if (sorted) {
        std::sort(s.neighbours.begin(), s.neighbours.end(), better);
    }
}

void addUserKnnScores(const UserSimilarity& model, const Feedback& t, Index m, int neighbours, double floor,
    UserKnnScratch& scratch, std::span<double> scores)
{
    const Index nm = t.countOf(m);
    if (nm == 0)
        return;
    if (neighbours <= 0 && floor <= 0.0) {
        const double scale = 1.0 / std::sqrt(static_cast<double>(nm));
        for (Index q : t.productsOf(m)) {
            for (const UserSimilarity::Entry& e : model.rowOf(q))
                scores[static_cast<size_t>(e.product)] += scale * e.weight;
        }
        return;
    }
    userKnnNeighbours(t, m, neighbours, floor, scratch);
    for (const MemberNeighbour& n : scratch.neighbours) {
        for (Index p : t.productsOf(n.member))
            scores[static_cast<size_t>(p)] += n.similarity;
    }
}

} // namespace kinsight::core
