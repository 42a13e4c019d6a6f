#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/community.h"
#include "core/recommend/als.h"
#include "core/recommend/content.h"
#include "core/recommend/ease.h"
#include "core/recommend/feedback.h"
#include "core/recommend/ranking.h"
#include "core/recommend/sequential.h"
#include "core/recommend/similarity.h"
#include "core/recommend/social.h"
#include "core/util/reason.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// The recommendation methods, in the contract's order. `auto` is not one of them: it chooses one
/// of these (see chooseMethod() in evaluation.h).
enum class Method { Popular, ItemKnn, UserKnn, Hybrid, Content, Als, Ease, Sequential, Social };
constexpr std::array<Method, 9> allMethods { Method::Popular, Method::ItemKnn, Method::UserKnn, Method::Hybrid,
    Method::Content, Method::Als, Method::Ease, Method::Sequential, Method::Social };

/// Contract names: popular, item-knn, user-knn, hybrid, content, als, ease, sequential, social.
std::string_view methodName(Method method);
/// A method by its contract name; "auto" is not a method (nullopt).
std::optional<Method> parseMethod(std::string_view name);

/// The cheap knobs: changing any of them re-ranks from the cached models, never rebuilds them.
struct RankOptions {
    int k = 10; ///< list length
    int neighbours = 0; ///< kNN neighbourhood size; 0 = all (the contract's evaluation default)
    double floor = 0.0; ///< kNN similarity floor (keep similarities ≥ floor); 0 = none
    double alpha = 0.5; ///< hybrid: α · item-kNN + (1 − α) · user-kNN, each normalised per member
    bool operator==(const RankOptions&) const = default;
};

/// The expensive knobs: each one rebuilds only the model it belongs to.
struct ModelOptions {
    ContentOptions content;
    AlsOptions als;
    ItemKnnOptions itemKnn;
    EaseOptions ease;
    SequentialOptions sequential;
};

/// Where an entry of a list came from.
enum class RecommendationKind {
    Scored, ///< the method scored it above zero
    Filled, ///< popularity fill: the method had fewer than k products to offer
    ColdStart, ///< the member has no history; popular with their channel or overall
};

/// One recommendation, ready to show.
struct Recommendation {
    Index product = noIndex;
    double score = 0.0; ///< the method's score (for cold start: how many members it counts)
    RecommendationKind kind = RecommendationKind::Scored;
    /// Why, as data (rendered by core/text reasonText()): e.g. `recommend.item_knn` {34, "…", 0},
    /// "bought by 34 members who also bought 《…》". The codes are listed in docs/reasons.md.
    Reason reason;
};

/// Per-thread buffers for scoring; reuse one per thread to avoid allocations.
struct RecommendScratch {
    std::vector<double> scores;
    std::vector<double> other;
    std::vector<std::uint8_t> excluded;
    UserKnnScratch user;
    std::vector<RankedProduct> ranked;
};

/// Scores and ranks products for members with every method, over one feedback set.
///
/// Heavy models (item similarities, the user-kNN matrix, TF-IDF, ALS factors) are built once, on
/// prepare(), and cached; RankOptions (k, neighbours, floor, alpha) only re-rank. A changed
/// ContentOptions or AlsOptions drops just that model, which the next prepare() rebuilds.
///
/// Two modes:
/// - forCommunity(): live recommendations over all pairs. A member is never offered a product
///   they have a pair for, a counted order of that is not a trial (free enrolments included), any
///   order of with an amount above zero (paid or refunded) or any rating of. Members with no
///   pairs get the cold-start list.
/// - the constructor with a training Feedback (offline evaluation): only the member's training
///   products are excluded, exactly as the contract says.
///
/// Thread-safety: prepare() and the set…Options() functions must not run concurrently with
/// anything else; all const functions may run concurrently once the methods they use are
/// prepared (calling them on an unprepared method throws std::logic_error). To change a
/// recommender that others are reading, derive a new one with withMethod(): a copy shares every
/// model and table (they are immutable once built) and only adds what it builds itself.
class Recommender {
public:
    /// Live mode over the whole community. Builds the feedback (O(orders + ratings + events)).
    static std::unique_ptr<Recommender> forCommunity(
        CommunityPtr community, const FeedbackOptions& feedback = {}, const ModelOptions& models = {});

    /// Evaluation mode over `training` (same member and product indices as `community`).
    Recommender(CommunityPtr community, std::shared_ptr<const Feedback> training, const ModelOptions& models = {});

    /// Builds what `method` needs unless cached. Errors: cancelled, out of memory.
    Status prepare(Method method, const TaskControl& control = {});
    /// `base` itself when it has `method` prepared; otherwise a new recommender that shares base's
    /// models and has `method` prepared as well. `base` is never changed, so it may be read
    /// meanwhile. Errors: those of prepare().
    [[nodiscard]] static Result<std::shared_ptr<const Recommender>> withMethod(
        const std::shared_ptr<const Recommender>& base, Method method, const TaskControl& control = {});
    bool isPrepared(Method method) const;

    void setContentOptions(const ContentOptions& options);
    void setAlsOptions(const AlsOptions& options);
    void setItemKnnOptions(const ItemKnnOptions& options);
    void setEaseOptions(const EaseOptions& options);
    const ModelOptions& modelOptions() const { return m_models; }

    const Community& community() const { return *m_community; }
    const Feedback& feedback() const { return *m_feedback; }
    /// Products by training popularity (pairs descending, product index ascending).
    const std::vector<Index>& byPopularity() const { return *m_byPopularity; }

    /// Fills scratch.scores (one per product) with member m's scores by `method`, and
    /// scratch.excluded (one byte per product) with the products the member may not be offered.
    void score(Method method, Index m, const RankOptions& rank, RecommendScratch& scratch) const;
    /// The contract's top-k list for member m, in scratch.ranked (excluded products never appear).
    void topK(Method method, Index m, const RankOptions& rank, RecommendScratch& scratch) const;

    /// Member m's recommendations with reasons (cold start for a member with no pairs).
    std::vector<Recommendation> recommend(Index m, Method method, const RankOptions& rank) const;

    const ItemSimilarity* itemSimilarity() const { return m_item.get(); }
    const UserSimilarity* userSimilarity() const { return m_user.get(); }
    const ContentModel* contentModel() const { return m_content.get(); }
    const AlsModel* alsModel() const { return m_als.get(); }
    const EaseModel* easeModel() const { return m_ease.get(); }
    const SequentialModel* sequentialModel() const { return m_sequential.get(); }
    const SocialModel* socialModel() const { return m_social.get(); }

private:
    void markExcluded(Index m, std::vector<std::uint8_t>& excluded, bool value) const;
    void require(bool prepared) const;
    std::string productTitle(Index p) const; ///< the raw title (the renderer adds 《》)
    /// What the reasons of one list share, computed at most once per recommend() call.
    struct ReasonCache {
        bool holdersReady = false;
        std::vector<Index> holders; ///< per product: how many of the member's neighbours hold it
        size_t neighbourCount = 0;
        bool partsReady = false;
        std::vector<double> itemPart; ///< hybrid: α · normalised item-kNN score
        std::vector<double> userPart; ///< hybrid: (1 − α) · normalised user-kNN score
    };
    Reason reasonFor(
        Method method, Index m, Index p, const RankOptions& rank, RecommendScratch& scratch, ReasonCache& cache) const;
    std::vector<Recommendation> coldStart(Index m, int k) const;
    /// Reasons as data for ease, sequential and social.
    Reason reasonCodeFor(Method method, Index m, Index p) const;

    CommunityPtr m_community;
    std::shared_ptr<const Feedback> m_feedback;
    ModelOptions m_models;
    std::shared_ptr<const std::vector<Index>> m_byPopularity;
    /// Live mode's tables (null in evaluation mode).
    struct LiveTables {
        // Products never to offer, per member (sorted), beyond the member's pairs.
        std::vector<Index> extraBegin;
        std::vector<Index> extra;
        // Per channel, per product, members of the channel whose first pair it was.
        std::vector<std::vector<Index>> channelFirst;
    };
    std::shared_ptr<const LiveTables> m_live;

    std::shared_ptr<const ItemSimilarity> m_item;
    std::shared_ptr<const UserSimilarity> m_user;
    std::shared_ptr<const ContentModel> m_content;
    std::shared_ptr<const AlsModel> m_als;
    std::shared_ptr<const EaseModel> m_ease;
    std::shared_ptr<const SequentialModel> m_sequential;
    std::shared_ptr<const SocialModel> m_social;
};

} // namespace kinsight::core
