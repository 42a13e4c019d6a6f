#pragma once

#include <optional>
#include <string>

#include "core/data/community.h"
#include "core/recommend/evaluation.h"
#include "core/recommend/recommender.h"
#include "core/util/result.h"

namespace kinsight::core {

/// What `auto` chose (and the λ the live EASE model chose) for one community's content and one
/// set of options, kept in a small file beside the database (`<database>.recommend`), so that
/// `kinsight recommend` and the window do not validate every method again on each run.
///
/// The key is the community's content digest (communityDigest(): any change of any row, by any
/// import, gives another digest), the cache's format version, and every option that changes a
/// validation figure (k, neighbours, floor, α, and the models' options). A file with another key,
/// or one that cannot be read, is ignored and replaced on the next save(). Plain value; not
/// thread-safe.
class RecommendCache {
public:
    /// `<databasePath>.recommend`.
    static std::string pathFor(const std::string& databasePath);
    /// The key of `community` with these options (cheap: one pass of XXH3 over the columns).
    static std::string keyFor(const Community& community, const RankOptions& rank, const ModelOptions& models);

    /// Reads `path` if it holds this key; otherwise an empty cache for the key.
    static RecommendCache open(const std::string& path, const std::string& key);

    const std::string& key() const { return m_key; }
    const std::optional<AutoChoice>& autoChoice() const { return m_auto; }
    void setAutoChoice(const AutoChoice& choice) { m_auto = choice; }
    /// The λ the live EASE model chose on its validation split (EaseOptions::lambda = 0).
    std::optional<double> easeLambda() const { return m_easeLambda; }
    void setEaseLambda(double lambda) { m_easeLambda = lambda; }

    /// Writes the file atomically, owner-only. Errors: the file cannot be written.
    [[nodiscard]] Status save() const;

private:
    std::string m_path;
    std::string m_key;
    std::optional<AutoChoice> m_auto;
    std::optional<double> m_easeLambda;
};

/// chooseMethod() through the cache: the cached choice when the cache holds one, else the
/// validation, stored in the cache (not saved). `computed`, when given, says which it was.
[[nodiscard]] Result<AutoChoice> chooseMethod(CommunityPtr community, const RankOptions& rank,
    const ModelOptions& models, RecommendCache& cache, bool* computed = nullptr, const TaskControl& control = {});

} // namespace kinsight::core
