#include "recommender.h"

#include <algorithm>
#include <cmath>
#include <new>
#include <stdexcept>

#include "core/text/reasontext.h"
#include "core/util/enumnames.h"

namespace kinsight::core {

constexpr auto methodNames = enumNames<Method>(
    { { Method::Popular, "popular" }, { Method::ItemKnn, "item-knn" }, { Method::UserKnn, "user-knn" },
        { Method::Hybrid, "hybrid" }, { Method::Content, "content" }, { Method::Als, "als" }, { Method::Ease, "ease" },
        { Method::Sequential, "sequential" }, { Method::Social, "social" } });
static_assert(methodNames.size() == allMethods.size(), "every method has a name");

std::string_view methodName(Method method)
{
    return methodNames.nameOf(method);
}

std::optional<Method> parseMethod(std::string_view name)
{
    return methodNames.valueOf(name);
}

std::unique_ptr<Recommender> Recommender::forCommunity(
    CommunityPtr community, const FeedbackOptions& feedback, const ModelOptions& models)
{
    auto all = std::make_shared<const Feedback>(buildFeedback(*community, feedback));
    auto r = std::make_unique<Recommender>(community, all, models);
    const Community& c = *community;
    auto live = std::make_shared<LiveTables>();

    // Everything a member paid for (even if refunded) or rated is off the list, not just pairs.
    live->extraBegin.assign(static_cast<size_t>(c.memberCount()) + 1, 0);
    std::vector<Index> mine;
    for (Index m = 0; m < c.memberCount(); ++m) {
        mine.clear();
        for (Index o : c.ordersOf(m)) {
            const auto i = static_cast<size_t>(o);
            // What they have (a counted order that is not a trial, free enrolments included), and
            // what they paid for even if refunded: every product of the order's lines.
            if (c.orders.amount[i] > 0 || (c.orders.isCounted(o) && c.orders.type[i] != OrderType::Trial))
                c.forEachLine(o, [&](Index product, Cents) { mine.push_back(product); });
        }
        for (Index i : c.ratingsOf(m))
            mine.push_back(c.ratings.product[static_cast<size_t>(i)]);
        std::sort(mine.begin(), mine.end());
        mine.erase(std::unique(mine.begin(), mine.end()), mine.end());
        for (Index p : mine) {
            if (!all->has(m, p))
                live->extra.push_back(p);
        }
        live->extraBegin[static_cast<size_t>(m) + 1] = static_cast<Index>(live->extra.size());
    }

    // Cold start: what members of each channel chose first.
    live->channelFirst.assign(static_cast<size_t>(c.channels.size()), {});
    for (Index m = 0; m < c.memberCount(); ++m) {
        const Index channel = c.members.channel[static_cast<size_t>(m)];
        if (channel == noIndex || all->countOf(m) == 0)
            continue;
        Index first = all->memberBegin[static_cast<size_t>(m)];
        for (Index i = first + 1; i < all->memberBegin[static_cast<size_t>(m) + 1]; ++i) {
            if (all->at[static_cast<size_t>(i)] < all->at[static_cast<size_t>(first)])
                first = i;
        }
        auto& counts = live->channelFirst[static_cast<size_t>(channel)];
        if (counts.empty())
            counts.assign(static_cast<size_t>(c.productCount()), 0);
        ++counts[static_cast<size_t>(all->product[static_cast<size_t>(first)])];
    }
    r->m_live = std::move(live);
    return r;
}

Recommender::Recommender(CommunityPtr community, std::shared_ptr<const Feedback> training, const ModelOptions& models)
    : m_community(std::move(community))
    , m_feedback(std::move(training))
    , m_models(models)
    , m_byPopularity(std::make_shared<const std::vector<Index>>(popularityOrder(*m_feedback)))
{ }

Status Recommender::prepare(Method method, const TaskControl& control)
{
    try {
        switch (method) {
        case Method::Popular:
            break;
        case Method::Hybrid:
        case Method::ItemKnn:
            if (!m_item)
                m_item = ItemSimilarity::build(*m_feedback, control, m_models.itemKnn);
            if (method == Method::ItemKnn)
                break;
            [[fallthrough]];
        case Method::UserKnn:
            if (!m_user)
                m_user = UserSimilarity::build(*m_feedback, control);
            break;
        case Method::Content:
            if (!m_content)
                m_content = ContentModel::build(*m_community, m_models.content, control);
            break;
        case Method::Als:
            if (!m_als)
                m_als = AlsModel::train(*m_feedback, m_models.als, control);
            break;
        case Method::Ease:
            if (!m_ease)
                m_ease = EaseModel::train(*m_feedback, m_models.ease, control);
            break;
        case Method::Sequential:
            if (!m_sequential)
                m_sequential = SequentialModel::build(*m_feedback, m_models.sequential, control);
            break;
        case Method::Social:
            if (!m_social)
                m_social = SocialModel::build(*m_community, control);
            break;
        }
    } catch (const Cancelled&) {
        return Error::cancelled();
    } catch (const std::bad_alloc&) {
        return Error { "not enough memory to build the " + std::string(methodName(method)) + " model",
            { "recommend.out_of_memory", { std::string(methodName(method)) } } };
    }
    return Status::success();
}

Result<std::shared_ptr<const Recommender>> Recommender::withMethod(
    const std::shared_ptr<const Recommender>& base, Method method, const TaskControl& control)
{
    if (base->isPrepared(method))
        return base;
    auto next = std::make_shared<Recommender>(*base); // shares every model built so far
    if (Status s = next->prepare(method, control); !s.ok())
        return s.failure();
    return std::shared_ptr<const Recommender>(std::move(next));
}

bool Recommender::isPrepared(Method method) const
{
    switch (method) {
    case Method::Popular:
        return true;
    case Method::ItemKnn:
        return m_item != nullptr;
    case Method::UserKnn:
        return m_user != nullptr;
    case Method::Hybrid:
        return m_item && m_user;
    case Method::Content:
        return m_content != nullptr;
    case Method::Als:
        return m_als != nullptr;
    case Method::Ease:
        return m_ease != nullptr;
    case Method::Sequential:
        return m_sequential != nullptr;
    case Method::Social:
        return m_social != nullptr;
    }
    return false;
}

void Recommender::setContentOptions(const ContentOptions& options)
{
    const ContentOptions& o = m_models.content;
    if (o.useDescription == options.useDescription && o.useTags == options.useTags && o.tagWeight == options.tagWeight
        && o.dropStopWords == options.dropStopWords)
        return;
    m_models.content = options;
    m_content.reset();
}

void Recommender::setAlsOptions(const AlsOptions& options)
{
    if (m_models.als == options)
        return;
    m_models.als = options;
    m_als.reset();
}

void Recommender::setItemKnnOptions(const ItemKnnOptions& options)
{
    if (m_models.itemKnn == options)
        return;
    m_models.itemKnn = options;
    m_item.reset();
}

void Recommender::setEaseOptions(const EaseOptions& options)
{
    if (m_models.ease == options)
        return;
    m_models.ease = options;
    m_ease.reset();
}

void Recommender::require(bool prepared) const
{
    if (!prepared)
        throw std::logic_error("Recommender: method used before prepare()");
}

void Recommender::markExcluded(Index m, std::vector<std::uint8_t>& excluded, bool value) const
{
    excluded.resize(static_cast<size_t>(m_feedback->productCount), 0);
    const auto v = static_cast<std::uint8_t>(value ? 1 : 0);
    for (Index p : m_feedback->productsOf(m))
        excluded[static_cast<size_t>(p)] = v;
    if (m_live) {
        const LiveTables& t = *m_live;
        for (Index i = t.extraBegin[static_cast<size_t>(m)]; i < t.extraBegin[static_cast<size_t>(m) + 1]; ++i)
            excluded[static_cast<size_t>(t.extra[static_cast<size_t>(i)])] = v;
    }
}

namespace {

/// A count as a Reason argument.
ReasonArgument count(std::int64_t n)
{
    return n;
}

/// Divides scores by their largest value over the products that may be offered.
void normalise(std::vector<double>& scores, const std::vector<std::uint8_t>& excluded)
{
    double top = 0.0;
    for (size_t p = 0; p < scores.size(); ++p) {
        if (!excluded[p])
            top = std::max(top, scores[p]);
    }
    if (top > 0.0) {
        for (double& s : scores)
            s /= top;
    } else {
        std::fill(scores.begin(), scores.end(), 0.0);
    }
}

} // namespace

void Recommender::score(Method method, Index m, const RankOptions& rank, RecommendScratch& s) const
{
    require(isPrepared(method));
    const Feedback& f = *m_feedback;
    const auto n = static_cast<size_t>(f.productCount);
    s.scores.assign(n, 0.0);
    s.excluded.assign(n, 0);
    markExcluded(m, s.excluded, true);
    switch (method) {
    case Method::Popular:
        for (size_t p = 0; p < n; ++p)
            s.scores[p] = f.popularity(static_cast<Index>(p));
        break;
    case Method::ItemKnn:
        addItemKnnScores(*m_item, f.productsOf(m), f.weightsOf(m), rank.neighbours, rank.floor, s.scores);
        break;
    case Method::UserKnn:
        addUserKnnScores(*m_user, f, m, rank.neighbours, rank.floor, s.user, s.scores);
        break;
    case Method::Hybrid: {
        addItemKnnScores(*m_item, f.productsOf(m), f.weightsOf(m), rank.neighbours, rank.floor, s.scores);
        s.other.assign(n, 0.0);
        addUserKnnScores(*m_user, f, m, rank.neighbours, rank.floor, s.user, s.other);
        normalise(s.scores, s.excluded);
        normalise(s.other, s.excluded);
        const double a = std::clamp(rank.alpha, 0.0, 1.0);
        for (size_t p = 0; p < n; ++p)
            s.scores[p] = a * s.scores[p] + (1.0 - a) * s.other[p];
        break;
    }
    case Method::Content:
        addContentScores(*m_content, f.productsOf(m), f.weightsOf(m), s.scores);
        break;
    case Method::Als:
        m_als->addScores(m, s.scores);
        break;
    case Method::Ease:
        m_ease->addScores(f.productsOf(m), f.weightsOf(m), s.scores);
        break;
    case Method::Sequential:
        m_sequential->addScores(f, m, s.scores);
        break;
    case Method::Social:
        m_social->addScores(f, m, s.scores);
        break;
    }
}

void Recommender::topK(Method method, Index m, const RankOptions& rank, RecommendScratch& s) const
{
    score(method, m, rank, s);
    rankTopK(s.scores, s.excluded, *m_byPopularity, rank.k, s.ranked);
}

std::string Recommender::productTitle(Index p) const
{
    return std::string(m_community->products.titles.view(p));
}

std::vector<Recommendation> Recommender::coldStart(Index m, int k) const
{
    std::vector<Recommendation> out;
    RecommendScratch s;
    markExcluded(m, s.excluded, true);
    const Index channel = m_community->members.channel[static_cast<size_t>(m)];
    static const std::vector<std::vector<Index>> noChannels;
    const auto& channelFirst = m_live ? m_live->channelFirst : noChannels;
    if (channel != noIndex && static_cast<size_t>(channel) < channelFirst.size()
        && !channelFirst[static_cast<size_t>(channel)].empty()) {
        const auto& counts = channelFirst[static_cast<size_t>(channel)];
        std::vector<double> scores(counts.begin(), counts.end());
        rankTopK(scores, s.excluded, {}, k, s.ranked);
        const std::string name(m_community->channels.name(channel));
        for (const RankedProduct& r : s.ranked) {
            const auto started = counts[static_cast<size_t>(r.product)];
            out.push_back({ r.product, r.score, RecommendationKind::ColdStart,
                Reason { "cold_start.channel", { name, count(started) } } });
            s.excluded[static_cast<size_t>(r.product)] = 1;
        }
    }
    for (Index p : *m_byPopularity) {
        if (static_cast<int>(out.size()) >= k)
            break;
        if (s.excluded[static_cast<size_t>(p)])
            continue;
        const Index n = m_feedback->popularity(p);
        out.push_back({ p, static_cast<double>(n), RecommendationKind::ColdStart,
            n > 0 ? Reason { "cold_start.popular", { count(n) } } : Reason { "cold_start.catalogue", {} } });
    }
    return out;
}

std::vector<Recommendation> Recommender::recommend(Index m, Method method, const RankOptions& rank) const
{
    if (m_feedback->countOf(m) == 0)
        return coldStart(m, rank.k);
    // Per-thread buffers: the user-kNN overlap counter alone is one entry per member.
    thread_local RecommendScratch s;
    topK(method, m, rank, s);
    const std::vector<RankedProduct> ranked = s.ranked;
    ReasonCache cache;
    std::vector<Recommendation> out;
    out.reserve(ranked.size());
    for (const RankedProduct& r : ranked) {
        Recommendation rec { r.product, r.score, r.filled ? RecommendationKind::Filled : RecommendationKind::Scored,
            {} };
        if (method == Method::Ease || method == Method::Sequential || method == Method::Social) {
            const Index held = m_feedback->popularity(r.product);
            if (method == Method::Social && m_social->tiesOf(m).empty())
                rec.reason = { "recommend.social_no_ties", { std::int64_t(held) } };
            else if (r.filled)
                rec.reason = { "recommend.popular_fill", { std::int64_t(held) } };
            else
                rec.reason = reasonCodeFor(method, m, r.product);
        } else if (r.filled) {
            rec.reason = { "recommend.filled", { count(m_feedback->popularity(r.product)) } };
        } else {
            rec.reason = reasonFor(method, m, r.product, rank, s, cache);
        }
        out.push_back(std::move(rec));
    }
    return out;
}

Reason Recommender::reasonCodeFor(Method method, Index m, Index p) const
{
    const Feedback& f = *m_feedback;
    const auto title = [&](Index q) { return std::string(m_community->products.titles.view(q)); };
    switch (method) {
    case Method::Ease: {
        // The member's product whose learned weight towards p contributes most.
        const std::span<const Index> mine = f.productsOf(m);
        const std::span<const double> weights = f.weightsOf(m);
        Index best = noIndex;
        double bestValue = 0.0;
        for (size_t i = 0; i < mine.size(); ++i) {
            const double v = weights[i] * m_ease->weight(mine[i], p);
            if (v > bestValue) {
                bestValue = v;
                best = mine[i];
            }
        }
        if (best == noIndex)
            return { "recommend.popular_fill", { std::int64_t(f.popularity(p)) } };
        return { "recommend.ease_because", { title(best), std::int64_t(f.popularity(p)) } };
    }
    case Method::Sequential: {
        const SequentialModel::Source source = m_sequential->sourceOf(f, m, p);
        if (source.product == noIndex)
            return { "recommend.popular_fill", { std::int64_t(f.popularity(p)) } };
        return { source.mostOften ? "recommend.sequential_most_often" : "recommend.sequential_next",
            { std::int64_t(source.count), title(source.product), title(p) } };
    }
    case Method::Social:
        return { "recommend.social_ties",
            { std::int64_t(m_social->holders(f, m, p)), std::int64_t(m_social->tiesOf(m).size()) } };
    default:
        return {};
    }
}

Reason Recommender::reasonFor(
    Method method, Index m, Index p, const RankOptions& rank, RecommendScratch& s, ReasonCache& cache) const
{
    const Feedback& f = *m_feedback;
    const std::span<const Index> mine = f.productsOf(m);
    const std::span<const double> weights = f.weightsOf(m);
    const auto itemReason = [&]() -> Reason {
        // The member's product contributing most to p's score under the same neighbourhood rules.
        Index best = noIndex, together = 0, contributors = 0;
        double bestContribution = 0.0;
        for (size_t i = 0; i < mine.size(); ++i) {
            std::span<const ItemSimilarity::Neighbour> list = m_item->neighboursOf(mine[i]);
            if (rank.neighbours > 0 && list.size() > static_cast<size_t>(rank.neighbours))
                list = list.first(static_cast<size_t>(rank.neighbours));
            for (const ItemSimilarity::Neighbour& n : list) {
                if (n.similarity < rank.floor)
                    break;
                if (n.product != p)
                    continue;
                ++contributors;
                const double c = weights[i] * n.similarity;
                if (c > bestContribution) {
                    bestContribution = c;
                    best = mine[i];
                    together = n.together;
                }
            }
        }
        if (best == noIndex)
            return { "recommend.similar_members", {} };
        return { "recommend.item_knn", { count(together), productTitle(best), count(contributors - 1) } };
    };
    const auto userReason = [&]() -> Reason {
        if (!cache.holdersReady) {
            userKnnNeighbours(f, m, rank.neighbours, rank.floor, s.user, false);
            cache.holders.assign(static_cast<size_t>(f.productCount), 0);
            for (const MemberNeighbour& n : s.user.neighbours) {
                for (Index q : f.productsOf(n.member))
                    ++cache.holders[static_cast<size_t>(q)];
            }
            cache.neighbourCount = s.user.neighbours.size();
            cache.holdersReady = true;
        }
        const Index count = cache.holders[static_cast<size_t>(p)];
        if (rank.neighbours > 0)
            return { "recommend.user_knn_neighbours", { core::count(count), core::count(cache.neighbourCount) } };
        return { "recommend.user_knn", { core::count(count) } };
    };
    switch (method) {
    case Method::Popular:
        return { "recommend.popular", { count(f.popularity(p)) } };
    case Method::ItemKnn:
        return itemReason();
    case Method::UserKnn:
        return userReason();
    case Method::Hybrid: {
        // Say why through whichever half weighs more in the blended score.
        if (!cache.partsReady) {
            thread_local RecommendScratch t;
            const double a = std::clamp(rank.alpha, 0.0, 1.0);
            score(Method::ItemKnn, m, rank, t);
            normalise(t.scores, t.excluded);
            cache.itemPart = t.scores;
            for (double& v : cache.itemPart)
                v *= a;
            score(Method::UserKnn, m, rank, t);
            normalise(t.scores, t.excluded);
            cache.userPart = t.scores;
            for (double& v : cache.userPart)
                v *= 1.0 - a;
            cache.partsReady = true;
        }
        const auto i = static_cast<size_t>(p);
        return cache.itemPart[i] >= cache.userPart[i] ? itemReason() : userReason();
    }
    case Method::Content: {
        Index best = noIndex;
        double bestValue = 0.0;
        for (size_t i = 0; i < mine.size(); ++i) {
            const double v = weights[i] * m_content->similarity(mine[i], p);
            if (v > bestValue) {
                bestValue = v;
                best = mine[i];
            }
        }
        if (best == noIndex)
            return { "recommend.content_interests", {} };
        const size_t at = static_cast<size_t>(
            std::lower_bound(mine.begin(), mine.end(), best) - mine.begin() + f.memberBegin[static_cast<size_t>(m)]);
        // {title, 1 when completed else 0, the shared terms…}
        Reason reason { "recommend.content", { productTitle(best), std::int64_t { f.completed[at] ? 1 : 0 } } };
        for (std::string& term : m_content->sharedTerms(best, p, 3))
            reason.arguments.emplace_back(std::move(term));
        return reason;
    }
    case Method::Ease:
    case Method::Sequential:
    case Method::Social:
        return reasonCodeFor(method, m, p);
    case Method::Als: {
        Index best = noIndex;
        double bestValue = -2.0;
        for (Index q : mine) {
            const double v = m_als->productCosine(p, q);
            if (v > bestValue) {
                bestValue = v;
                best = q;
            }
        }
        return { "recommend.als", { productTitle(best) } };
    }
    }
    return {};
}

} // namespace kinsight::core
