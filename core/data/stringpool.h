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
    /// Appends every string of `other`, in order.
    void append(const StringPool& other)
    {
        const size_t base = m_chars.size();
        m_chars.append(other.m_chars);
        m_ends.reserve(m_ends.size() + other.m_ends.size());
        for (size_t end : other.m_ends)
            m_ends.push_back(base + end);
    }
    size_t memoryBytes() const { return m_chars.capacity() + m_ends.capacity() * sizeof(size_t); }

    /// The raw storage: all characters back to back, and where each string ends.
    const std::string& chars() const { return m_chars; }
    const std::vector<size_t>& ends() const { return m_ends; }
    /// Replaces the pool by raw storage (as chars() and ends() gave it); false, leaving the pool
    /// empty, when `ends` does not describe `chars` (not ascending, or not ending at its size).
    bool assign(std::string chars, std::vector<size_t> ends)
    {
        size_t previous = 0;
        bool valid = ends.empty() ? chars.empty() : ends.back() == chars.size();
        for (size_t i = 0; valid && i < ends.size(); ++i) {
            valid = ends[i] >= previous;
            previous = ends[i];
        }
        m_chars = valid ? std::move(chars) : std::string();
        m_ends = valid ? std::move(ends) : std::vector<size_t>();
        return valid;
    }

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
    /// Every name, in id order.
    const StringPool& names() const { return m_names; }

private:
    StringPool m_names;
    std::unordered_map<std::string, Index> m_lookup;
};

} // namespace kinsight::core
