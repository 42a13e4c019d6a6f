#include "content.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include <QChar>

#include "core/util/parallel.h"

namespace kinsight::core {

std::atomic<long> ContentModel::s_builds { 0 };

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)
        || (c >= 0x20000 && c <= 0x2FA1F) || (c >= 0x3040 && c <= 0x30FF) || (c >= 0xAC00 && c <= 0xD7AF);
}

// Function characters that carry no topic: particles, conjunctions, pronouns.
constexpr char32_t stopCharacters[]
    = { U'的', U'了', U'和', U'与', U'及', U'或', U'是', U'在', U'也', U'就', U'都', U'而', U'之', U'于', U'把', U'被',
          U'给', U'让', U'着', U'吗', U'呢', U'吧', U'啊', U'我', U'你', U'他', U'她', U'它', U'们', U'这', U'那' };

constexpr std::string_view stopWords[]
    = { "a", "about", "an", "and", "are", "as", "at", "be", "by", "for", "from", "how", "in", "into", "is", "it", "its",
          "of", "on", "or", "that", "the", "this", "to", "was", "what", "when", "which", "with", "you", "your" };

bool isStopCharacter(char32_t c)
{
    return std::find(std::begin(stopCharacters), std::end(stopCharacters), c) != std::end(stopCharacters);
}

bool isStopWord(std::string_view w)
{
    return std::find(std::begin(stopWords), std::end(stopWords), w) != std::end(stopWords);
}

/// Decodes UTF-8; malformed bytes become U+FFFD (a separator).
std::u32string decodeUtf8(std::string_view s)
{
    std::u32string out;
    out.reserve(s.size());
    size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        int extra = 0;
        char32_t c = 0;
        if (b < 0x80) {
            c = b;
        } else if ((b & 0xE0) == 0xC0) {
            c = b & 0x1F;
            extra = 1;
        } else if ((b & 0xF0) == 0xE0) {
            c = b & 0x0F;
            extra = 2;
        } else if ((b & 0xF8) == 0xF0) {
            c = b & 0x07;
            extra = 3;
        } else {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        if (i + static_cast<size_t>(extra) >= s.size()) {
            out.push_back(0xFFFD);
            break;
        }
        bool ok = true;
        for (int k = 1; k <= extra; ++k) {
            const auto cb = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
            if ((cb & 0xC0) != 0x80) {
                ok = false;
                break;
            }
            c = (c << 6) | (cb & 0x3F);
        }
        if (!ok) {
            out.push_back(0xFFFD);
            ++i;
            continue;
        }
        out.push_back(c);
        i += static_cast<size_t>(extra) + 1;
    }
    return out;
}

void appendUtf8(std::string& out, char32_t c)
{
    if (c < 0x80) {
        out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (c >> 6)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (c >> 18)));
        out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
}

bool isWordCharacter(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return !isCjk(c) && c != 0xFFFD && QChar::isLetterOrNumber(c);
}

char32_t toLower(char32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return QChar::toLower(c);
}

} // namespace

std::vector<std::string> tokenize(std::string_view utf8, bool dropStopWords)
{
    const std::u32string text = decodeUtf8(utf8);
    std::vector<std::string> terms;
    size_t i = 0;
    const size_t n = text.size();
    while (i < n) {
        const char32_t c = text[i];
        if (isCjk(c) && !(dropStopWords && isStopCharacter(c))) {
            size_t j = i;
            while (j < n && isCjk(text[j]) && !(dropStopWords && isStopCharacter(text[j])))
                ++j;
            if (j - i == 1) {
                std::string t;
                appendUtf8(t, text[i]);
                terms.push_back(std::move(t));
            } else {
                for (size_t k = i; k + 1 < j; ++k) {
                    std::string t;
                    appendUtf8(t, text[k]);
                    appendUtf8(t, text[k + 1]);
                    terms.push_back(std::move(t));
                }
            }
            i = j;
        } else if (isWordCharacter(c)) {
            size_t j = i;
            std::string word;
            size_t letters = 0;
            while (j < n && isWordCharacter(text[j])) {
                appendUtf8(word, toLower(text[j]));
                ++letters;
                ++j;
            }
            while (j < n && (text[j] == U'+' || text[j] == U'#')) {
                word.push_back(static_cast<char>(text[j]));
                ++letters;
                ++j;
            }
            if (letters >= 2 && !(dropStopWords && isStopWord(word)))
                terms.push_back(std::move(word));
            i = j;
        } else {
            ++i;
        }
    }
    return terms;
}

std::shared_ptr<const ContentModel> ContentModel::build(
    const Community& c, const ContentOptions& options, const TaskControl& control)
{
    auto model = std::make_shared<ContentModel>();
    model->m_options = options;
    const Index n = c.productCount();

    // Term frequencies per product, with terms interned in a hash map first and renumbered in
    // sorted order afterwards so term indices do not depend on the catalogue's order of appearance.
    std::unordered_map<std::string, Index> lookup;
    std::vector<std::string> terms;
    std::vector<std::vector<Weight>> tf(static_cast<size_t>(n));
    for (Index p = 0; p < n; ++p) {
        if (p % 256 == 0 && control.stopRequested())
            throw Cancelled {};
        std::unordered_map<Index, double> counts;
        auto add = [&](std::string_view text, double weight) {
            for (std::string& t : tokenize(text, options.dropStopWords)) {
                auto [it, inserted] = lookup.try_emplace(t, static_cast<Index>(terms.size()));
                if (inserted)
                    terms.push_back(std::move(t));
                counts[it->second] += weight;
            }
        };
        add(c.products.titles.view(p), 1.0);
        if (options.useDescription)
            add(c.products.descriptions.view(p), 1.0);
        if (options.useTags) {
            const std::string_view tags = c.products.tags.view(p);
            size_t start = 0;
            while (start <= tags.size()) {
                const size_t end = std::min(tags.find(';', start), tags.size());
                add(tags.substr(start, end - start), options.tagWeight);
                start = end + 1;
            }
        }
        for (const auto& [term, count] : counts)
            tf[static_cast<size_t>(p)].push_back({ term, count });
    }
    std::vector<Index> order(terms.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = static_cast<Index>(i);
    std::sort(order.begin(), order.end(),
        [&](Index a, Index b) { return terms[static_cast<size_t>(a)] < terms[static_cast<size_t>(b)]; });
    std::vector<Index> renumber(terms.size());
    model->m_terms.reserve(terms.size());
    for (size_t i = 0; i < order.size(); ++i) {
        renumber[static_cast<size_t>(order[i])] = static_cast<Index>(i);
        model->m_terms.push_back(std::move(terms[static_cast<size_t>(order[i])]));
    }

    std::vector<Index> df(model->m_terms.size(), 0);
    for (auto& v : tf) {
        for (Weight& w : v) {
            w.term = renumber[static_cast<size_t>(w.term)];
            ++df[static_cast<size_t>(w.term)];
        }
        std::sort(v.begin(), v.end(), [](const Weight& a, const Weight& b) { return a.term < b.term; });
    }

    model->m_vectorBegin.assign(static_cast<size_t>(n) + 1, 0);
    for (Index p = 0; p < n; ++p) {
        std::vector<Weight>& v = tf[static_cast<size_t>(p)];
        double norm = 0.0;
        for (Weight& w : v) {
            w.weight *= std::log(static_cast<double>(n) / df[static_cast<size_t>(w.term)]);
            norm += w.weight * w.weight;
        }
        norm = std::sqrt(norm);
        for (const Weight& w : v) {
            if (w.weight > 0.0)
                model->m_vectors.push_back({ w.term, w.weight / norm });
        }
        model->m_vectorBegin[static_cast<size_t>(p) + 1] = static_cast<Index>(model->m_vectors.size());
    }

    // Cosines through the term → products index: only products sharing a term are ever touched.
    std::vector<Index> termBegin(model->m_terms.size() + 1, 0);
    for (const Weight& w : model->m_vectors)
        ++termBegin[static_cast<size_t>(w.term) + 1];
    for (size_t t = 0; t < model->m_terms.size(); ++t)
        termBegin[t + 1] += termBegin[t];
    std::vector<Similar> postings(model->m_vectors.size());
    {
        std::vector<Index> next(termBegin.begin(), termBegin.end() - 1);
        for (Index p = 0; p < n; ++p) {
            for (const Weight& w : model->vectorOf(p))
                postings[static_cast<size_t>(next[static_cast<size_t>(w.term)]++)] = { p, w.weight };
        }
    }
    std::vector<std::vector<Similar>> rows(static_cast<size_t>(n));
    const int workers = static_cast<int>(detail::threadCount());
    std::vector<std::vector<double>> accumulators(static_cast<size_t>(workers));
    std::vector<std::vector<Index>> touchedLists(static_cast<size_t>(workers));
    detail::parallelFor(n, 16, [&](std::int64_t b, std::int64_t e, int worker) {
        if (control.stopRequested())
            throw Cancelled {};
        std::vector<double>& acc = accumulators[static_cast<size_t>(worker)];
        std::vector<Index>& touched = touchedLists[static_cast<size_t>(worker)];
        acc.resize(static_cast<size_t>(n), 0.0);
        for (auto p = static_cast<Index>(b); p < static_cast<Index>(e); ++p) {
            touched.clear();
            for (const Weight& w : model->vectorOf(p)) {
                for (Index k = termBegin[static_cast<size_t>(w.term)]; k < termBegin[static_cast<size_t>(w.term) + 1];
                     ++k) {
                    const Similar& s = postings[static_cast<size_t>(k)];
                    if (acc[static_cast<size_t>(s.product)] == 0.0)
                        touched.push_back(s.product);
                    acc[static_cast<size_t>(s.product)] += w.weight * s.similarity;
                }
            }
            std::sort(touched.begin(), touched.end());
            auto& row = rows[static_cast<size_t>(p)];
            for (Index q : touched) {
                if (acc[static_cast<size_t>(q)] > 0.0)
                    row.push_back({ q, acc[static_cast<size_t>(q)] });
                acc[static_cast<size_t>(q)] = 0.0;
            }
        }
    });
    model->m_similarBegin.assign(static_cast<size_t>(n) + 1, 0);
    for (Index p = 0; p < n; ++p) {
        model->m_similar.insert(
            model->m_similar.end(), rows[static_cast<size_t>(p)].begin(), rows[static_cast<size_t>(p)].end());
        model->m_similarBegin[static_cast<size_t>(p) + 1] = static_cast<Index>(model->m_similar.size());
    }
    ++s_builds;
    return model;
}

Index ContentModel::findTerm(std::string_view term) const
{
    const auto it = std::lower_bound(m_terms.begin(), m_terms.end(), term);
    return it != m_terms.end() && *it == term ? static_cast<Index>(it - m_terms.begin()) : noIndex;
}

double ContentModel::similarity(Index p, Index q) const
{
    const std::span<const Similar> row = similarTo(p);
    const auto it
        = std::lower_bound(row.begin(), row.end(), q, [](const Similar& s, Index x) { return s.product < x; });
    return it != row.end() && it->product == q ? it->similarity : 0.0;
}

std::vector<std::string> ContentModel::sharedTerms(Index p, Index q, int limit) const
{
    std::vector<std::pair<double, Index>> shared;
    const std::span<const Weight> a = vectorOf(p), b = vectorOf(q);
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].term < b[j].term) {
            ++i;
        } else if (b[j].term < a[i].term) {
            ++j;
        } else {
            shared.emplace_back(a[i].weight * b[j].weight, a[i].term);
            ++i;
            ++j;
        }
    }
    std::sort(shared.begin(), shared.end(),
        [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
    std::vector<std::string> out;
    for (size_t k = 0; k < shared.size() && static_cast<int>(k) < limit; ++k)
        out.push_back(m_terms[static_cast<size_t>(shared[k].second)]);
    return out;
}

size_t ContentModel::memoryBytes() const
{
    size_t total = m_vectors.capacity() * sizeof(Weight) + m_similar.capacity() * sizeof(Similar)
        + (m_vectorBegin.capacity() + m_similarBegin.capacity()) * sizeof(Index);
    for (const std::string& t : m_terms)
        total += sizeof(std::string) + t.capacity();
    return total;
}

void addContentScores(const ContentModel& model, std::span<const Index> products, std::span<const double> weights,
    std::span<double> scores)
{
    thread_local std::vector<double> dot;
    thread_local std::vector<Index> touched;
    dot.resize(scores.size(), 0.0);
    touched.clear();
    // dot[p] = Σ_q w_q cos(q, p) = (Σ w) · profile · vector(p).
    for (size_t i = 0; i < products.size(); ++i) {
        const double w = weights.empty() ? 1.0 : weights[i];
        for (const ContentModel::Similar& s : model.similarTo(products[i])) {
            if (dot[static_cast<size_t>(s.product)] == 0.0)
                touched.push_back(s.product);
            dot[static_cast<size_t>(s.product)] += w * s.similarity;
        }
    }
    // |Σ w_q vector(q)|² = Σ_q w_q · dot[q].
    double norm2 = 0.0;
    for (size_t i = 0; i < products.size(); ++i)
        norm2 += (weights.empty() ? 1.0 : weights[i]) * dot[static_cast<size_t>(products[i])];
    const double scale = norm2 > 0.0 ? 1.0 / std::sqrt(norm2) : 0.0;
    for (Index p : touched) {
        scores[static_cast<size_t>(p)] += scale * dot[static_cast<size_t>(p)];
        dot[static_cast<size_t>(p)] = 0.0;
    }
}

} // namespace kinsight::core
