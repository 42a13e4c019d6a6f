#pragma once

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace kinsight::core {

/// The six kinds of import file, in the order an import applies them (members and products
/// before the rows that refer to them).
enum class FileKind { Members, Products, Orders, Events, Ratings, Interactions };
constexpr int fileKindCount = 6;

std::string_view toString(FileKind kind);
/// `members`, `member`, … (case-insensitive).
std::optional<FileKind> parseFileKind(std::string_view name);
/// The kind named by a file's stem: `members.csv`, `orders-2026.csv`, `Events_May.csv`,
/// `会员.csv`, `订单-2026.csv`; nullopt when the stem names none.
std::optional<FileKind> fileKindFromPath(const std::string& path);

/// One column of a kind's contract.
struct FieldSpec {
    std::string_view name; ///< contract name, e.g. `member_id`
    bool required;
    /// Other headers accepted for it (compared case-insensitively, ignoring spaces and `_`):
    /// common Chinese headers as Chinese platforms export them, and English variants.
    std::vector<std::string_view> aliases;
};

/// The fields of a kind, in contract order.
std::span<const FieldSpec> fieldsOf(FileKind kind);

/// Each kind's fields by name: indices into fieldsOf(kind), in contract order.
enum class MemberField : size_t { MemberId, JoinedAt, Name, Email, Phone, Channel, City, ReferrerId };
enum class ProductField : size_t { ProductId, Title, Kind, Tier, ListPrice, Description, Tags, CreatedAt };
enum class OrderField : size_t {
    OrderId,
    MemberId,
    ProductId,
    PaidAt,
    Amount,
    Currency,
    Type,
    Plan,
    Status,
    Coupon,
    Quantity,
    UnitPrice,
    ProductTitle,
};
enum class EventField : size_t { MemberId, OccurredAt, Type, ProductId, Value };
enum class RatingField : size_t { MemberId, ProductId, Rating, RatedAt, Review };
enum class InteractionField : size_t { FromMemberId, ToMemberId, OccurredAt, Type, Weight };

/// The contract name of field `index` of `kind` (`member_id`, …), from the kind's field table.
const char* fieldName(FileKind kind, size_t index);
/// ... and of a field named by its kind's enum (MemberField, OrderField, …).
template <typename F>
requires std::is_enum_v<F>
const char* fieldName(F field)
{
    constexpr FileKind kind = std::is_same_v<F, MemberField> ? FileKind::Members
        : std::is_same_v<F, ProductField>                    ? FileKind::Products
        : std::is_same_v<F, OrderField>                      ? FileKind::Orders
        : std::is_same_v<F, EventField>                      ? FileKind::Events
        : std::is_same_v<F, RatingField>                     ? FileKind::Ratings
                                                             : FileKind::Interactions;
    static_assert(kind != FileKind::Interactions || std::is_same_v<F, InteractionField>, "not a field enum");
    return fieldName(kind, static_cast<size_t>(field));
}

/// True when an orders file's columns give each line's amount: `amount`, or `quantity` and
/// `unit_price` (the field indices present, into fieldsOf(FileKind::Orders)).
bool ordersHaveAmount(const std::vector<int>& presentFields);

/// A header normalised for matching: trimmed, ASCII lower case, without spaces, `_` and `-`.
std::string normaliseHeader(std::string_view header);

/// The field index (into fieldsOf(kind)) a header names, or -1.
int fieldForHeader(FileKind kind, std::string_view header);

/// Translations of enumerated values commonly found in Chinese exports (已支付 → paid,
/// 退款 → refunded, 试用 → trial, 月付 → monthly, 课程 → course, 点赞 → like, …) to their
/// contract names; returns the input unchanged when it is not one of them.
std::string_view canonicalEnumValue(std::string_view field, std::string_view value);

} // namespace kinsight::core
