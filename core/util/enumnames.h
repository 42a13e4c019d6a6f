#pragma once

// The names of an enumeration's values in one table: the same table prints a value's name and
// reads a name back, so what is written (a CSV column, a setting, a command-line choice) is what
// parses. Tables are small (at most a few dozen values) and looked up linearly.

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace kinsight::core {

template <typename E> struct NamedValue {
    E value;
    std::string_view name;
};

template <typename E, std::size_t N> struct EnumNames {
    std::array<NamedValue<E>, N> entries;

    static constexpr std::size_t size() { return N; }

    /// The name of `value`, or `unknown` for a value the table does not list.
    constexpr std::string_view nameOf(E value, std::string_view unknown = {}) const
    {
        for (const NamedValue<E>& entry : entries) {
            if (entry.value == value)
                return entry.name;
        }
        return unknown;
    }

    /// The value named exactly `name` (case matters), if any.
    constexpr std::optional<E> valueOf(std::string_view name) const
    {
        for (const NamedValue<E>& entry : entries) {
            if (entry.name == name)
                return entry.value;
        }
        return std::nullopt;
    }
};

/// `constexpr auto names = enumNames<Colour>({ { Colour::Red, "red" }, { Colour::Blue, "blue" } });`
template <typename E, std::size_t N> constexpr EnumNames<E, N> enumNames(NamedValue<E> (&&entries)[N])
{
    return { std::to_array(std::move(entries)) };
}

} // namespace kinsight::core
