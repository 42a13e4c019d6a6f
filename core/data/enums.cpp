#include "enums.h"

#include <array>

namespace kinsight::core {

namespace {

constexpr std::array<std::string_view, productKindCount> kindNames
    = { "course", "column", "audio", "video", "ebook", "live", "membership", "bundle", "other" };
constexpr std::array<std::string_view, orderTypeCount> typeNames = { "purchase", "trial", "subscription", "renewal" };
constexpr std::array<std::string_view, planCount> planNames = { "", "monthly", "quarterly", "annual" };
constexpr std::array<std::string_view, 2> statusNames = { "paid", "refunded" };
constexpr std::array<std::string_view, interactionTypeCount> interactionNames
    = { "reply", "mention", "like", "follow", "share", "invite" };

bool equalsIgnoringAsciiCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i];
        if (x >= 'A' && x <= 'Z')
            x = static_cast<char>(x - 'A' + 'a');
        if (x != b[i])
            return false;
    }
    return true;
}

template <typename E, size_t N>
std::optional<E> parse(const std::array<std::string_view, N>& names, std::string_view text)
{
    if (text.empty())
        return std::nullopt;
    for (size_t i = 0; i < N; ++i) {
        if (equalsIgnoringAsciiCase(text, names[i]))
            return static_cast<E>(i);
    }
    return std::nullopt;
}

} // namespace

std::string_view toString(ProductKind k)
{
    return kindNames[static_cast<size_t>(k)];
}
std::string_view toString(OrderType t)
{
    return typeNames[static_cast<size_t>(t)];
}
std::string_view toString(Plan p)
{
    return planNames[static_cast<size_t>(p)];
}
std::string_view toString(OrderStatus s)
{
    return statusNames[static_cast<size_t>(s)];
}
std::string_view toString(InteractionType t)
{
    return interactionNames[static_cast<size_t>(t)];
}

std::optional<ProductKind> parseProductKind(std::string_view s)
{
    return parse<ProductKind>(kindNames, s);
}
std::optional<OrderType> parseOrderType(std::string_view s)
{
    return parse<OrderType>(typeNames, s);
}
std::optional<Plan> parsePlan(std::string_view s)
{
    return parse<Plan>(planNames, s);
}
std::optional<OrderStatus> parseOrderStatus(std::string_view s)
{
    return parse<OrderStatus>(statusNames, s);
}
std::optional<InteractionType> parseInteractionType(std::string_view s)
{
    return parse<InteractionType>(interactionNames, s);
}

} // namespace kinsight::core
