#pragma once

#include <atomic>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/data/community.h"
#include "core/recommend/feedback.h"
#include "core/util/taskcontrol.h"

namespace kinsight::core {

/// Splits mixed Chinese / English text into index terms.
///
/// - Runs of CJK characters (Han, kana, Hangul) become overlapping character bigrams
///   (数据分析 → 数据, 据分, 分析); a run of one character is kept as that character. Chinese
///   function characters (的, 了, 和, 与, …; see stopCharacters in content.cpp) end a run and are
///   dropped, so 数据的分析 gives 数据, 分析.
/// - Other runs of letters and digits are words, lower-cased; a word directly followed by `+` or
///   `#` keeps them (c++, c#). Words of one character and English stop words (the, and, of, …)
///   are dropped.
/// - Everything else (spaces, punctuation, full-width punctuation, emoji) separates terms.
/// When `dropStopWords` is false, stop words and stop characters are kept as ordinary terms.
[[nodiscard]] std::vector<std::string> tokenize(std::string_view utf8, bool dropStopWords = true);

/// Settings of the content model. Changing them rebuilds the TF-IDF model.
struct ContentOptions {
    bool useDescription = true;
    bool useTags = true;
    /// Term frequency added per occurrence of a term in a tag (title and description count 1):
    /// tags are curated by the operator, so they may be made to count more.
    double tagWeight = 1.0;
    bool dropStopWords = true;
};

/// Content-based model: a TF-IDF vector per product over its title, description and tags, and
/// the cosine similarities between products.
///
/// tf(t, p) = occurrences of t in p's text (tags weighted by ContentOptions::tagWeight);
/// idf(t) = ln(N / df(t)) with N = number of products and df(t) = products whose text has t
/// (a term in every product carries no weight); vector(p) = tf · idf, L2-normalised (all zero
/// when p has no weighted term). A member's profile is the weighted mean of their products'
/// vectors and score(m, p) = cos(profile(m), vector(p)).
/// Immutable after build(); safe to share between threads.
class ContentModel {
public:
    struct Weight {
        Index term = noIndex;
        double weight = 0.0;
    };
    struct Similar {
        Index product = noIndex;
        double similarity = 0.0;
    };

    /// Throws Cancelled when asked to stop. O(text + Σ over terms of df²).
    [[nodiscard]] static std::shared_ptr<const ContentModel> build(
        const Community& community, const ContentOptions& options, const TaskControl& control);

    Index productCount() const { return static_cast<Index>(m_vectorBegin.size()) - 1; }
    const std::string& term(Index t) const { return m_terms[static_cast<size_t>(t)]; }
    Index termCount() const { return static_cast<Index>(m_terms.size()); }
    /// Term index of a term, or noIndex.
    Index findTerm(std::string_view term) const;
    /// Product p's normalised TF-IDF vector, terms ascending.
    std::span<const Weight> vectorOf(Index p) const
    {
        const auto b = static_cast<size_t>(m_vectorBegin[static_cast<size_t>(p)]);
        const auto e = static_cast<size_t>(m_vectorBegin[static_cast<size_t>(p) + 1]);
        return { m_vectors.data() + b, e - b };
    }
    /// Products with a cosine above zero to p (p itself included), products ascending.
    std::span<const Similar> similarTo(Index p) const
    {
        const auto b = static_cast<size_t>(m_similarBegin[static_cast<size_t>(p)]);
        const auto e = static_cast<size_t>(m_similarBegin[static_cast<size_t>(p) + 1]);
        return { m_similar.data() + b, e - b };
    }
    double similarity(Index p, Index q) const;
    /// The terms p and q share, by the product of their weights, best first (at most `limit`).
    std::vector<std::string> sharedTerms(Index p, Index q, int limit) const;
    const ContentOptions& options() const { return m_options; }
    size_t memoryBytes() const;
    static long buildCount() { return s_builds.load(); }

private:
    ContentOptions m_options;
    std::vector<std::string> m_terms; ///< sorted
    std::vector<Index> m_vectorBegin;
    std::vector<Weight> m_vectors;
    std::vector<Index> m_similarBegin;
    std::vector<Similar> m_similar;
    static std::atomic<long> s_builds;
};

/// Adds content scores for a member holding `products` with `weights` (empty = all 1):
/// scores[p] = cos(profile, vector(p)). Leaves scores untouched when the profile is empty.
void addContentScores(const ContentModel& model, std::span<const Index> products, std::span<const double> weights,
    std::span<double> scores);

} // namespace kinsight::core
