#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace kinsight::core {

enum class ProductKind : std::uint8_t { Course, Column, Audio, Video, Ebook, Live, Membership, Bundle, Other };
enum class OrderType : std::uint8_t { Purchase, Trial, Subscription, Renewal };
enum class Plan : std::uint8_t { None, Monthly, Quarterly, Annual };
enum class OrderStatus : std::uint8_t { Paid, Refunded };
enum class InteractionType : std::uint8_t { Reply, Mention, Like, Follow, Share, Invite };

constexpr int productKindCount = 9;
constexpr int orderTypeCount = 4;
constexpr int planCount = 4;
constexpr int interactionTypeCount = 6;

/// Contract names (lower case). Parsing is case-insensitive; an empty string is not accepted here
/// (the importer applies the column default first).
std::string_view toString(ProductKind);
std::string_view toString(OrderType);
std::string_view toString(Plan); ///< "" for Plan::None
std::string_view toString(OrderStatus);
std::string_view toString(InteractionType);

std::optional<ProductKind> parseProductKind(std::string_view);
std::optional<OrderType> parseOrderType(std::string_view);
std::optional<Plan> parsePlan(std::string_view);
std::optional<OrderStatus> parseOrderStatus(std::string_view);
std::optional<InteractionType> parseInteractionType(std::string_view);

} // namespace kinsight::core
