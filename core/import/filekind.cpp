#include "filekind.h"

#include <algorithm>
#include <array>
#include <filesystem>

namespace kinsight::core {

namespace {

using Aliases = std::vector<std::string_view>;

// Member-id aliases appear in every kind that names a member.
#define MEMBER_ID_ALIASES                                                                                              \
    "用户id", "会员id", "用户编号", "会员编号", "用户", "会员", "userid", "uid", "memberid", "customerid"
#define PRODUCT_ID_ALIASES                                                                                             \
    "商品id", "产品id", "课程id", "商品编号", "产品编号", "课程编号", "productid", "itemid", "sku"

const std::vector<FieldSpec> memberFields = {
    { "member_id", true, { MEMBER_ID_ALIASES } },
    { "joined_at", true,
        { "注册时间", "加入时间", "注册日期", "入会时间", "joined", "signupat", "registeredat", "createdat" } },
    { "name", false, { "昵称", "姓名", "用户名", "用户昵称", "会员名", "nickname", "username" } },
    { "email", false, { "邮箱", "电子邮箱", "邮件", "e-mail", "mail" } },
    { "phone", false, { "手机号", "手机", "手机号码", "电话", "联系电话", "mobile", "tel" } },
    { "channel", false, { "渠道", "来源渠道", "来源", "注册渠道", "source", "utmsource" } },
    { "city", false, { "城市", "所在城市", "地区" } },
    { "referrer_id", false, { "推荐人id", "推荐人", "邀请人id", "邀请人", "referrer", "referredby", "inviterid" } },
};

const std::vector<FieldSpec> productFields = {
    { "product_id", true, { PRODUCT_ID_ALIASES } },
    { "title", true, { "商品名称", "产品名称", "课程名称", "标题", "名称", "商品名", "name", "productname" } },
    { "kind", false, { "商品类型", "产品类型", "课程类型", "类型", "类别", "type", "category" } },
    { "tier", false, { "档位", "价格档位", "等级", "会员等级", "pricetier", "level" } },
    { "list_price", false, { "原价", "定价", "标价", "价格", "售价", "price", "listprice" } },
    { "description", false, { "描述", "简介", "商品描述", "课程简介", "介绍", "desc", "summary" } },
    { "tags", false, { "标签", "tag", "keywords" } },
    { "created_at", false, { "创建时间", "上架时间", "发布时间", "publishedat" } },
};

const std::vector<FieldSpec> orderFields = {
    { "order_id", true, { "订单号", "订单id", "订单编号", "orderno", "ordernumber" } },
    { "member_id", true, { MEMBER_ID_ALIASES } },
    { "product_id", true, { PRODUCT_ID_ALIASES } },
    { "paid_at", true, { "支付时间", "付款时间", "下单时间", "成交时间", "paidtime", "paymenttime", "orderedat" } },
    // Required unless quantity and unit_price are given (see ordersHaveAmount()).
    { "amount", false, { "实付金额", "支付金额", "实付款", "金额", "订单金额", "付款金额", "paid", "total" } },
    { "currency", false, { "币种", "货币" } },
    { "type", false, { "订单类型", "购买类型", "类型", "ordertype" } },
    { "plan", false, { "套餐", "订阅周期", "周期", "付费周期", "billingperiod" } },
    { "status", false, { "订单状态", "状态", "支付状态", "orderstatus" } },
    { "coupon", false, { "优惠券", "优惠码", "券码", "couponcode" } },
    { "quantity", false, { "数量", "购买数量", "qty" } },
    { "unit_price", false, { "单价", "商品单价", "price", "unitprice" } },
    { "product_title", false, { "商品名称", "商品标题", "宝贝标题", "description", "productname", "itemname" } },
};

const std::vector<FieldSpec> eventFields = {
    { "member_id", true, { MEMBER_ID_ALIASES } },
    { "occurred_at", true, { "发生时间", "行为时间", "时间", "事件时间", "timestamp", "time", "at" } },
    { "type", true, { "行为", "行为类型", "事件", "事件类型", "类型", "event", "eventtype", "action" } },
    { "product_id", false, { PRODUCT_ID_ALIASES } },
    { "value", false, { "值", "数值", "时长", "进度" } },
};

const std::vector<FieldSpec> ratingFields = {
    { "member_id", true, { MEMBER_ID_ALIASES } },
    { "product_id", true, { PRODUCT_ID_ALIASES } },
    { "rating", true, { "评分", "星级", "分数", "打分", "score", "stars" } },
    { "rated_at", true, { "评分时间", "评价时间", "时间", "ratedtime", "time" } },
    { "review", false, { "评价", "评论", "评价内容", "评论内容", "comment", "text" } },
};

const std::vector<FieldSpec> interactionFields = {
    { "from_member_id", true,
        { "发起人id", "发起用户id", "来源用户id", "发送者id", "from", "fromid", "source", "sourceid" } },
    { "to_member_id", true,
        { "目标用户id", "对象用户id", "被互动用户id", "接收人id", "接收者id", "to", "toid", "target", "targetid" } },
    { "occurred_at", true, { "互动时间", "发生时间", "时间", "timestamp", "time", "at" } },
    { "type", false, { "互动类型", "类型", "interactiontype" } },
    { "weight", false, { "权重" } },
};

#undef MEMBER_ID_ALIASES
#undef PRODUCT_ID_ALIASES

constexpr std::array<std::string_view, fileKindCount> kindNames
    = { "members", "products", "orders", "events", "ratings", "interactions" };

struct StemAlias {
    std::string_view stem;
    FileKind kind;
};
// Longest first, so that `members` wins over `member`.
const std::vector<StemAlias> stemAliases = {
    { "interactions", FileKind::Interactions },
    { "interaction", FileKind::Interactions },
    { "products", FileKind::Products },
    { "product", FileKind::Products },
    { "members", FileKind::Members },
    { "member", FileKind::Members },
    { "ratings", FileKind::Ratings },
    { "rating", FileKind::Ratings },
    { "orders", FileKind::Orders },
    { "order", FileKind::Orders },
    { "events", FileKind::Events },
    { "event", FileKind::Events },
    { "users", FileKind::Members },
    { "会员", FileKind::Members },
    { "用户", FileKind::Members },
    { "商品", FileKind::Products },
    { "产品", FileKind::Products },
    { "课程", FileKind::Products },
    { "订单", FileKind::Orders },
    { "行为", FileKind::Events },
    { "事件", FileKind::Events },
    { "评分", FileKind::Ratings },
    { "评价", FileKind::Ratings },
    { "互动", FileKind::Interactions },
};

std::string lowerAscii(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (char c : s)
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

} // namespace

std::string_view toString(FileKind kind)
{
    return kindNames[static_cast<size_t>(kind)];
}

std::optional<FileKind> parseFileKind(std::string_view name)
{
    const std::string lower = lowerAscii(name);
    for (size_t i = 0; i < kindNames.size(); ++i) {
        if (lower == kindNames[i] || lower + "s" == kindNames[i])
            return static_cast<FileKind>(i);
    }
    return std::nullopt;
}

std::optional<FileKind> fileKindFromPath(const std::string& path)
{
    const std::string stem = lowerAscii(std::filesystem::path(path).stem().string());
    for (const StemAlias& a : stemAliases) {
        if (stem.compare(0, a.stem.size(), a.stem) != 0)
            continue;
        // The kind must be the whole stem or be followed by a separator: `orders-2026`, not `ordersx`.
        if (stem.size() == a.stem.size())
            return a.kind;
        const char next = stem[a.stem.size()];
        if (next == '-' || next == '_' || next == '.' || next == ' ' || static_cast<unsigned char>(next) >= 0x80
            || (next >= '0' && next <= '9'))
            return a.kind;
    }
    return std::nullopt;
}

std::span<const FieldSpec> fieldsOf(FileKind kind)
{
    switch (kind) {
    case FileKind::Members:
        return memberFields;
    case FileKind::Products:
        return productFields;
    case FileKind::Orders:
        return orderFields;
    case FileKind::Events:
        return eventFields;
    case FileKind::Ratings:
        return ratingFields;
    case FileKind::Interactions:
        return interactionFields;
    }
    return {};
}

const char* fieldName(FileKind kind, size_t index)
{
    // A name of a field table is a string literal: its view's data() ends with a NUL.
    return fieldsOf(kind)[index].name.data();
}

std::string normaliseHeader(std::string_view header)
{
    // Trim ASCII and full-width spaces, drop `_`, `-` and inner spaces, lower-case ASCII.
    std::string out;
    for (size_t i = 0; i < header.size(); ++i) {
        const char c = header[i];
        if (c == ' ' || c == '_' || c == '-' || c == '\t')
            continue;
        if (header.compare(i, 3, "\xE3\x80\x80") == 0) { // U+3000 ideographic space
            i += 2;
            continue;
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

int fieldForHeader(FileKind kind, std::string_view header)
{
    const std::string h = normaliseHeader(header);
    const auto fields = fieldsOf(kind);
    for (size_t i = 0; i < fields.size(); ++i) {
        if (h == normaliseHeader(fields[i].name))
            return static_cast<int>(i);
    }
    for (size_t i = 0; i < fields.size(); ++i) {
        for (std::string_view alias : fields[i].aliases) {
            if (h == normaliseHeader(alias))
                return static_cast<int>(i);
        }
    }
    return -1;
}

std::string_view canonicalEnumValue(std::string_view field, std::string_view value)
{
    struct Pair {
        std::string_view from, to;
    };
    static const std::vector<Pair> status = { { "已支付", "paid" }, { "已付款", "paid" }, { "支付成功", "paid" },
        { "交易成功", "paid" }, { "已完成", "paid" }, { "成功", "paid" }, { "已退款", "refunded" },
        { "退款", "refunded" }, { "退款成功", "refunded" }, { "全额退款", "refunded" } };
    static const std::vector<Pair> orderType
        = { { "购买", "purchase" }, { "单次购买", "purchase" }, { "试用", "trial" }, { "免费试用", "trial" },
              { "体验", "trial" }, { "订阅", "subscription" }, { "续费", "renewal" }, { "续订", "renewal" } };
    static const std::vector<Pair> plan
        = { { "月付", "monthly" }, { "月度", "monthly" }, { "包月", "monthly" }, { "月卡", "monthly" },
              { "季付", "quarterly" }, { "季度", "quarterly" }, { "季卡", "quarterly" }, { "年付", "annual" },
              { "年度", "annual" }, { "包年", "annual" }, { "年卡", "annual" }, { "yearly", "annual" } };
    static const std::vector<Pair> kind = { { "课程", "course" }, { "专栏", "column" }, { "音频", "audio" },
        { "视频", "video" }, { "电子书", "ebook" }, { "直播", "live" }, { "会员", "membership" }, { "套餐", "bundle" },
        { "合集", "bundle" }, { "其他", "other" } };
    static const std::vector<Pair> interaction
        = { { "回复", "reply" }, { "评论", "reply" }, { "提及", "mention" }, { "@", "mention" }, { "点赞", "like" },
              { "关注", "follow" }, { "分享", "share" }, { "转发", "share" }, { "邀请", "invite" } };
    const std::vector<Pair>* table = nullptr;
    if (field == "status")
        table = &status;
    else if (field == "order_type")
        table = &orderType;
    else if (field == "plan")
        table = &plan;
    else if (field == "kind")
        table = &kind;
    else if (field == "interaction_type")
        table = &interaction;
    if (table) {
        for (const Pair& p : *table) {
            if (p.from == value)
                return p.to;
        }
    }
    return value;
}

bool ordersHaveAmount(const std::vector<int>& present)
{
    const auto has = [&](int f) { return std::find(present.begin(), present.end(), f) != present.end(); };
    return has(4) || (has(10) && has(11));
}

} // namespace kinsight::core
