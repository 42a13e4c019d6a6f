#pragma once

#include <cstdint>
#include <vector>

#include <QString>

#include "core/util/reason.h"

/// Reading a Reason's (or an Error's) arguments by position, for the renderers in core/text: a
/// missing argument reads as 0 or empty, a count given as a number is truncated, a number given
/// as a count widens. Renderers stay total: a malformed reason renders, it never throws.
namespace kinsight::core::arguments {

using Arguments = std::vector<ReasonArgument>;

inline std::int64_t count(const Arguments& a, size_t i)
{
    if (i >= a.size())
        return 0;
    if (const auto* v = std::get_if<std::int64_t>(&a[i]))
        return *v;
    if (const auto* d = std::get_if<double>(&a[i]))
        return static_cast<std::int64_t>(*d);
    return 0;
}

inline double number(const Arguments& a, size_t i)
{
    if (i >= a.size())
        return 0;
    if (const auto* d = std::get_if<double>(&a[i]))
        return *d;
    if (const auto* v = std::get_if<std::int64_t>(&a[i]))
        return static_cast<double>(*v);
    return 0;
}

inline QString text(const Arguments& a, size_t i)
{
    if (i >= a.size())
        return {};
    if (const auto* s = std::get_if<std::string>(&a[i]))
        return QString::fromStdString(*s);
    if (const auto* v = std::get_if<std::int64_t>(&a[i]))
        return QString::number(*v);
    return QString::number(std::get<double>(a[i]));
}

} // namespace kinsight::core::arguments
