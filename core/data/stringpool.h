#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <QString>

namespace kinsight::core {

using Index = std::int32_t;
constexpr Index noIndex = -1;

/// Many short UTF-8 strings stored back to back in one buffer; string i is a view into it.
class StringPool {
public:
    Index add(std::string_view text)
    {
        m_chars.append(text);
        m_ends.push_back(m_chars.size());
        return static_cast<Index>(m_ends.size() - 1);
    }
    std::string_view view(Index i) const
    {
        const size_t begin = i == 0 ? 0 : m_ends[static_cast<size_t>(i) - 1];
        return std::string_view(m_chars).substr(begin, m_ends[static_cast<size_t>(i)] - begin);
    }
    QString qstring(Index i) const
    {
        const std::string_view v = view(i);
        return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
    }
    Index size() const { return static_cast<Index>(m_ends.size()); }
    void reserve(size_t strings, size_t chars)
    {
        m_ends.reserve(strings);
        m_chars.reserve(chars);
    }
    /// Reorders the strings: string i of the result is string order[i] of this pool.
    StringPool permuted(const std::vector<Index>& order) const
    {
        StringPool out;
        out.reserve(order.size(), m_chars.size());
        for (Index i : order)
            out.add(view(i));
        return out;
    }
    size_t memoryBytes() const { return m_chars.capacity() + m_ends.capacity() * sizeof(size_t); }

private:
    std::string m_chars;
    std::vector<size_t> m_ends;
};

/// A small interned vocabulary (channels, cities, tiers, event types): name <-> dense id.
class Vocabulary {
public:
    Index intern(std::string_view name)
    {
        auto [it, inserted] = m_lookup.try_emplace(std::string(name), m_names.size());
        if (inserted)
            m_names.add(name);
        return it->second;
    }
    Index find(std::string_view name) const
    {
        const auto it = m_lookup.find(std::string(name));
        return it == m_lookup.end() ? noIndex : it->second;
    }
    std::string_view name(Index i) const { return m_names.view(i); }
    QString qname(Index i) const { return m_names.qstring(i); }
    Index size() const { return m_names.size(); }

private:
    StringPool m_names;
    std::unordered_map<std::string, Index> m_lookup;
};

} // namespace kinsight::core
