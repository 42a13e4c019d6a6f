#pragma once

#include <vector>

#include "core/data/community.h"
#include "core/recommend/recommender.h"
#include "core/util/reason.h"
#include "core/util/result.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// The method an audience is scored with when the caller names none: the live lists' default.
/// The one place to change when the default method changes.
Method defaultAudienceMethod();

/// Default length of an audience list (`kinsight audience` without --k).
constexpr int defaultAudienceSize = 50;

struct AudienceOptions {
    int k = defaultAudienceSize; ///< at most this many members
    RankOptions rank; ///< the kNN knobs the scores are computed with (rank.k is not used)
    int threads = 0; ///< 0: all hardware threads; the result does not depend on it
};

/// One member of an audience.
struct AudienceMember {
    Index member = noIndex;
    double score = 0; ///< the member's score of the product under the method
    Reason reason; ///< codes `audience.*`
};

/// True when member m has product p (contract §2): a counted order of it that is not a trial, free
/// enrolments (amount 0) included. A member whose only orders of it are trials or refunded does not.
bool holdsProduct(const Community& community, Index member, Index product);

/// The members most likely to buy `product` next: every member who does not hold it (holdsProduct())
/// and whose own recommendations may offer it (Recommender::score()'s `excluded`: not refunded, not
/// rated by them), scored by `method` (Recommender::score(), the same score their own list ranks by), highest
/// first, ties by member id; members whose score is not above zero are left out, so the list may be
/// shorter than k.
///
/// `recommender` is a live recommender (Recommender::forCommunity()) with `method` prepared; the
/// call is const on it and may run beside other const calls. Errors: unknown product, method not
/// prepared, cancelled.
[[nodiscard]] Result<std::vector<AudienceMember>> computeAudience(const Recommender& recommender, Method method,
    Index product, const AudienceOptions& options = {}, const TaskControl& control = {});

} // namespace kinsight::core
