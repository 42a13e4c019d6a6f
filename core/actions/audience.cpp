#include "audience.h"

#include <algorithm>
#include <atomic>
#include <new>

#include "core/recommend/ranking.h"
#include "core/util/parallel.h"

namespace kinsight::core {

namespace {

/// Why member m may want p: the product they hold that is most often bought with p, else the
/// model's score alone.
Reason audienceReason(const Recommender& r, Method method, Index m, Index p)
{
    const Community& c = r.community();
    if (const ItemSimilarity* item = r.itemSimilarity()) {
        Index best = noIndex;
        double bestSimilarity = 0;
        for (const Index q : r.feedback().productsOf(m)) {
            const double s = item->similarity(p, q);
            if (s > bestSimilarity || (s == bestSimilarity && s > 0 && q < best)) {
                bestSimilarity = s;
                best = q;
            }
        }
        if (best != noIndex) {
            return { "audience.bought_together",
                { "《" + std::string(c.products.titles.view(best)) + "》",
                    static_cast<std::int64_t>(item->together(p, best)) } };
        }
    }
    return { "audience.model_score", { std::string(methodName(method)) } };
}

} // namespace

Method defaultAudienceMethod()
{
    return Method::Hybrid;
}

bool holdsProduct(const Community& c, Index member, Index product)
{
    for (const Index o : c.ordersOf(member)) {
        const auto oi = static_cast<size_t>(o);
        if (c.orders.product[oi] == product && c.orders.isCounted(o) && c.orders.type[oi] != OrderType::Trial)
            return true;
    }
    return false;
}

Result<std::vector<AudienceMember>> computeAudience(const Recommender& recommender, Method method, Index product,
    const AudienceOptions& options, const TaskControl& control)
{
    const Community& c = recommender.community();
    if (product < 0 || product >= c.productCount())
        return Error { "unknown product", { "audience.unknown_product", {} } };
    if (!recommender.isPrepared(method))
        return Error { "the " + std::string(methodName(method)) + " model is not prepared",
            { "audience.model_not_prepared", { std::string(methodName(method)) } } };
    const size_t n = static_cast<size_t>(c.memberCount());
    std::vector<double> score(n, 0.0);
    try {
        const unsigned threads = detail::threadCount(options.threads);
        const size_t blocks = std::min<size_t>(std::max<size_t>(1, n / 256), 4 * threads);
        std::vector<RecommendScratch> scratch(threads);
        detail::parallelWorkers(threads, blocks, [&](unsigned worker, size_t b) {
            if (control.stopRequested())
                throw Cancelled {};
            const auto [begin, end] = detail::blockRange(n, blocks, b);
            RecommendScratch& s = scratch[worker];
            for (size_t m = begin; m < end; ++m) {
                const auto member = static_cast<Index>(m);
                if (holdsProduct(c, member, product))
                    continue;
                recommender.score(method, member, options.rank, s);
                // Nor a member the recommendations never offer it to (a refunded purchase, a rating
                // of it): their score is not on the scale of the offerable products'.
                if (!s.excluded[static_cast<size_t>(product)])
                    score[m] = s.scores[static_cast<size_t>(product)];
            }
        });
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "out of memory while scoring the audience", { "audience.out_of_memory", {} } };
    }

    std::vector<Index> candidates;
    for (size_t m = 0; m < n; ++m) {
        if (scoreKey(score[m]) > 0)
            candidates.push_back(static_cast<Index>(m));
    }
    // Scores equal to 9 decimals are ties (as in the recommendation lists): by member id.
    auto higher = [&](Index a, Index b) {
        const auto ka = scoreKey(score[static_cast<size_t>(a)]);
        const auto kb = scoreKey(score[static_cast<size_t>(b)]);
        return ka != kb ? ka > kb : a < b;
    };
    const size_t k = std::min(candidates.size(), static_cast<size_t>(std::max(0, options.k)));
    std::partial_sort(
        candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>(k), candidates.end(), higher);
    candidates.resize(k);

    std::vector<AudienceMember> out;
    out.reserve(k);
    for (const Index m : candidates)
        out.push_back({ m, score[static_cast<size_t>(m)], audienceReason(recommender, method, m, product) });
    return out;
}

} // namespace kinsight::core
