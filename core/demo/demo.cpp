#include "demo.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

#include "core/demo/random.h"
#include "core/store/database.h"

namespace kinsight::core {

namespace {

// ---------------------------------------------------------------------------------------------
// The catalogue: eight interest topics, each with course, column, audio, … titles in Chinese and
// English, so that content-based recommendations and Chinese rendering have real text to chew on.

struct Topic {
    const char* tag;
    const char* english;
    const char* keywords; // for descriptions
    std::array<const char*, 8> titles;
};

const std::array<Topic, 8> topics = { {
    { "职场", "Career", "沟通 管理 升职 领导力 汇报 career leadership",
        { "职场沟通必修课", "Leadership for New Managers", "高效能人士的时间管理", "向上汇报的艺术", "PPT 表达与演示",
            "Negotiation Essentials", "30 天打造个人品牌", "从骨干到经理：带团队实战" } },
    { "理财", "Money", "理财 基金 股票 资产配置 储蓄 investing finance",
        { "小白理财训练营", "Index Funds Explained", "家庭资产配置指南", "读懂财报的 12 堂课", "基金定投实战",
            "Personal Finance 101", "养老规划与保险", "Value Investing Masterclass" } },
    { "英语", "English", "英语 口语 听力 词汇 雅思 english speaking",
        { "每天 15 分钟英语口语", "Business English Writing", "雅思 7 分冲刺营", "英文原版书精读",
            "Pronunciation Bootcamp", "职场英语邮件模板", "English Grammar in Use 精讲", "TED 演讲精听" } },
    { "编程", "Coding", "编程 Python 数据分析 AI 算法 coding python",
        { "Python 数据分析入门", "Machine Learning in Practice", "零基础学 SQL", "算法面试 60 讲", "前端工程化实战",
            "AI 大模型应用开发", "Excel 到 Python 自动化办公", "Clean Code Workshop" } },
    { "育儿", "Parenting", "育儿 亲子 教育 阅读 情绪 parenting family",
        { "0-3 岁科学育儿", "亲子阅读 100 天", "Positive Parenting", "孩子的情绪管理课", "幼小衔接全攻略",
            "Raising Bilingual Kids", "青春期沟通指南", "家庭教育的底层逻辑" } },
    { "健康", "Health", "健康 健身 睡眠 饮食 减脂 health fitness",
        { "21 天减脂训练营", "Sleep Better in 4 Weeks", "营养师的家常食谱", "办公室肩颈放松", "Mindfulness Meditation",
            "跑步入门到半马", "中医养生 30 讲", "Strength Training Basics" } },
    { "写作", "Writing", "写作 文案 故事 表达 公众号 writing copywriting",
        { "爆款文案写作课", "Storytelling for Creators", "公众号写作变现", "21 天写作习惯养成",
            "Copywriting That Sells", "小说创作入门", "演讲与说服力", "读书笔记方法论" } },
    { "设计", "Design", "设计 审美 配色 排版 摄影 design photography",
        { "零基础学设计", "UI Design Fundamentals", "手机摄影大师课", "配色与排版", "Figma from Zero", "插画入门 30 天",
            "品牌视觉设计", "Color Theory for Creators" } },
} };

const std::array<ProductKind, 8> kindCycle = { ProductKind::Course, ProductKind::Column, ProductKind::Audio,
    ProductKind::Video, ProductKind::Course, ProductKind::Live, ProductKind::Ebook, ProductKind::Column };

const std::array<const char*, 8> channels
    = { "抖音", "微信公众号", "小红书", "B站", "知乎", "朋友推荐", "视频号", "Google" };
// Acquisition mix and how well each channel's members buy (referred friends buy most).
const std::array<double, 8> channelShare = { 0.24, 0.20, 0.16, 0.10, 0.09, 0.10, 0.08, 0.03 };
const std::array<double, 8> channelBuyLift = { 0.7, 1.2, 1.0, 0.9, 1.3, 1.6, 0.8, 1.1 };

const std::array<const char*, 12> cities
    = { "北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "重庆", "苏州", "Singapore" };
const std::array<double, 12> cityShare = { 0.14, 0.14, 0.09, 0.1, 0.09, 0.08, 0.07, 0.06, 0.05, 0.06, 0.05, 0.07 };

const std::array<const char*, 20> surnames = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙",
    "马", "朱", "胡", "郭", "何", "林", "罗", "高" };
const std::array<const char*, 24> givenParts = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "勇", "军",
    "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂", "晨", "阳" };
const std::array<const char*, 12> englishNames
    = { "Alice", "Ben", "Chloe", "David", "Emma", "Frank", "Grace", "Henry", "Ivy", "Jack", "Kate", "Leo" };

const std::array<const char*, 6> reviewsGood = { "干货满满，推荐！", "讲得很清楚，收获很大",
    "Very practical, worth it.", "老师很用心，第二遍了", "内容扎实，性价比高", "Loved the examples." };
const std::array<const char*, 4> reviewsBad
    = { "内容有点浅", "节奏太慢了", "Not what I expected.", "更新太慢，希望改进" };

// The demo's history ends here: fixed, so that the same seed gives the same database. The
// generator's clock is wall-clock time of the community zone (ZonedSink below).
constexpr Timestamp demoEnd = 1793404799; // 2026-10-31 23:59:59
constexpr int historyDays = 548; // about 18 months

template <size_t N> size_t pickWeighted(DemoRandom& rng, const std::array<double, N>& weights)
{
    double total = 0;
    for (double w : weights)
        total += w;
    double r = rng.uniform() * total;
    for (size_t i = 0; i < N; ++i) {
        r -= weights[i];
        if (r < 0)
            return i;
    }
    return N - 1;
}

std::string padded(const char* prefix, std::int64_t n, int width)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%0*lld", prefix, width, static_cast<long long>(n));
    return buf;
}

// ---------------------------------------------------------------------------------------------

/// Receives the generated rows. Members and products are numbered 0.. in emission order.
class DemoSink {
public:
    virtual ~DemoSink() = default;
    virtual void member(const MemberRecord& r) = 0;
    virtual void product(const ProductRecord& r) = 0;
    virtual void order(const OrderRecord& r) = 0;
    virtual void event(const EventRecord& r) = 0;
    virtual void rating(const RatingRecord& r) = 0;
    virtual void interaction(const InteractionRecord& r) = 0;
};

struct ProductInfo {
    int topic;
    Cents price;
    bool free;
    bool membership;
    double quality; // mean rating
    double appeal; // popularity weight
};

struct MemberInfo {
    Timestamp joinedAt;
    Timestamp lastActive; // end of the member's active life
    double activity; // mean active days per week while active
    int topic;
    int channel;
    bool leader;
};

class DemoGenerator {
public:
    DemoGenerator(const DemoOptions& options, DemoSink& sink, const TaskControl& control)
        : m_options(options)
        , m_sink(sink)
        , m_control(control)
        , m_rng(options.seed)
    { }

    void run()
    {
        makeProducts();
        makeMembers();
        const int n = static_cast<int>(m_members.size());
        for (int m = 0; m < n; ++m) {
            if ((m & 1023) == 0) {
                if (m_control.stopRequested())
                    throw Cancelled {};
                m_control.progress(static_cast<double>(m) / std::max(1, n));
            }
            activity(m);
        }
    }

private:
    void makeProducts()
    {
        const int count = std::clamp(40 + m_options.members / 2500, 40, 480);
        for (int i = 0; i < count; ++i) {
            ProductRecord r;
            const int topic = i % 8;
            const int variant = (i / 8) % 8;
            const int edition = i / 64;
            r.id = padded("p", i + 1, 4);
            r.title = topics[static_cast<size_t>(topic)].titles[static_cast<size_t>(variant)];
            if (edition > 0)
                r.title += "（第" + std::to_string(edition + 1) + "期）";
            ProductInfo info { topic, 0, false, false, 3.4 + 1.4 * m_rng.uniform(), 0.3 + m_rng.exponential(1.0) };
            // The first product of every topic is its membership; about one in six others is free.
            if (i < 8) {
                r.kind = ProductKind::Membership;
                r.title = std::string(topics[static_cast<size_t>(topic)].tag) + "会员 · "
                    + topics[static_cast<size_t>(topic)].english + " Membership";
                r.tier = "vip";
                info.price = 29900;
                info.membership = true;
                info.appeal *= 2.0;
            } else if (m_rng.chance(0.16)) {
                r.kind = kindCycle[static_cast<size_t>(variant)];
                r.tier = "free";
                info.free = true;
                info.appeal *= 2.5;
            } else {
                r.kind = kindCycle[static_cast<size_t>(variant)];
                const double u = m_rng.uniform();
                if (u < 0.5) {
                    r.tier = "basic";
                    info.price = (9 + 10 * m_rng.below(5)) * 100 + 90; // 9.90 … 49.90
                } else if (u < 0.85) {
                    r.tier = "premium";
                    info.price = (99 + 50 * m_rng.below(5)) * 100; // 99 … 299
                } else {
                    r.tier = "vip";
                    info.price = (499 + 250 * m_rng.below(4)) * 100; // 499 … 1249
                    info.appeal *= 0.5;
                }
            }
            r.listPrice = info.price;
            r.description = std::string("《") + r.title + "》：" + topics[static_cast<size_t>(topic)].keywords + "。"
                + (r.kind == ProductKind::Live ? "每周直播答疑，" : "") + "适合想在"
                + topics[static_cast<size_t>(topic)].tag + "方面系统提升的你。";
            r.tags = std::string(topics[static_cast<size_t>(topic)].tag) + ";" + std::string(toString(r.kind))
                + (info.free ? ";免费" : "");
            r.createdAt = demoEnd - (historyDays + 30) * secondsPerDay + static_cast<Timestamp>(i) * 3 * secondsPerDay;
            m_products.push_back(info);
            m_sink.product(r);
        }
        for (size_t p = 0; p < m_products.size(); ++p)
            m_byTopic[static_cast<size_t>(m_products[p].topic)].push_back(static_cast<int>(p));
    }

    void makeMembers()
    {
        const int n = m_options.members;
        m_members.reserve(static_cast<size_t>(n));
        const Timestamp start = demoEnd - historyDays * secondsPerDay;
        for (int i = 0; i < n; ++i) {
            MemberInfo info {};
            // Growth: later months bring more members (density rising linearly over the period).
            const double u = std::sqrt(m_rng.uniform());
            info.joinedAt = start + static_cast<Timestamp>(u * (historyDays * secondsPerDay - 3600));
            info.channel = static_cast<int>(pickWeighted(m_rng, channelShare));
            info.topic = static_cast<int>(m_rng.below(8));
            // Heavy-tailed engagement: most members drift away, a few live in the community.
            info.activity = std::min(7.0, m_rng.logNormal(-0.6, 1.1));
            info.leader = m_rng.chance(0.01);
            if (info.leader)
                info.activity = std::max(info.activity, 3.0 + 4.0 * m_rng.uniform());
            const double lifeDays = m_rng.exponential(15.0 + 30.0 * info.activity) + (info.leader ? 365 : 0);
            info.lastActive = std::min(demoEnd, info.joinedAt + static_cast<Timestamp>(lifeDays * secondsPerDay));
            m_members.push_back(info);
            if (info.leader)
                m_leadersByTopic[static_cast<size_t>(info.topic)].push_back(i);
            m_membersByTopic[static_cast<size_t>(info.topic)].push_back(i);

            MemberRecord r;
            r.id = padded("u", i + 1, 7);
            r.joinedAt = info.joinedAt;
            if (m_rng.chance(0.85)) {
                r.name = std::string(surnames[static_cast<size_t>(m_rng.below(20))])
                    + givenParts[static_cast<size_t>(m_rng.below(24))];
                if (m_rng.chance(0.5))
                    r.name += givenParts[static_cast<size_t>(m_rng.below(24))];
            } else {
                r.name = std::string(englishNames[static_cast<size_t>(m_rng.below(12))]) + " "
                    + static_cast<char>('A' + m_rng.below(26)) + ".";
            }
            if (m_rng.chance(0.4))
                r.email = padded("member", i + 1, 7) + "@example.com";
            if (m_rng.chance(0.7))
                r.phone = "1380000" + padded("", m_rng.below(10000), 4);
            r.channel = channels[static_cast<size_t>(info.channel)];
            r.city = cities[pickWeighted(m_rng, cityShare)];
            // Referred members name an earlier member, usually someone active in their topic.
            if (info.channel == 5 && i > 10) {
                const auto& pool = m_membersByTopic[static_cast<size_t>(info.topic)];
                const int referrer = pool.size() > 1 && m_rng.chance(0.8)
                    ? pool[static_cast<size_t>(m_rng.below(static_cast<std::int64_t>(pool.size()) - 1))]
                    : static_cast<int>(m_rng.below(i));
                if (referrer != i)
                    r.referrerId = padded("u", referrer + 1, 7);
            }
            m_sink.member(r);
        }
    }

    int pickProduct(int topic, bool allowFree, bool allowMembership)
    {
        // 75% from the member's own topic, weighted by appeal.
        const int t = m_rng.chance(0.75) ? topic : static_cast<int>(m_rng.below(8));
        const auto& pool = m_byTopic[static_cast<size_t>(t)];
        double total = 0;
        for (int p : pool) {
            const ProductInfo& info = m_products[static_cast<size_t>(p)];
            if ((info.free && !allowFree) || (info.membership && !allowMembership))
                continue;
            total += info.appeal;
        }
        double r = m_rng.uniform() * total;
        for (int p : pool) {
            const ProductInfo& info = m_products[static_cast<size_t>(p)];
            if ((info.free && !allowFree) || (info.membership && !allowMembership))
                continue;
            r -= info.appeal;
            if (r < 0)
                return p;
        }
        return pool.front();
    }

    std::string nextOrderId() { return padded("o", ++m_orderCount, 9); }

    void emitOrder(int member, int product, Timestamp at, Cents amount, OrderType type, Plan plan)
    {
        OrderRecord r;
        r.id = nextOrderId();
        r.member = member;
        r.product = product;
        r.paidAt = at;
        r.amount = amount;
        r.type = type;
        r.plan = plan;
        // About 4% of paid purchases are refunded, usually by disappointed buyers.
        r.status = amount > 0 && type == OrderType::Purchase && m_rng.chance(0.04) ? OrderStatus::Refunded
                                                                                   : OrderStatus::Paid;
        m_sink.order(r);
        if (r.status == OrderStatus::Paid && m_rng.chance(0.28)) {
            const ProductInfo& info = m_products[static_cast<size_t>(product)];
            RatingRecord rating;
            rating.member = member;
            rating.product = product;
            rating.rating = std::clamp(static_cast<int>(std::lround(info.quality + 0.9 * m_rng.normal())), 1, 5);
            rating.ratedAt = at + static_cast<Timestamp>(m_rng.exponential(6.0) * secondsPerDay);
            if (m_rng.chance(0.5))
                rating.review = rating.rating >= 4 ? reviewsGood[static_cast<size_t>(m_rng.below(6))]
                                                   : reviewsBad[static_cast<size_t>(m_rng.below(4))];
            if (rating.ratedAt <= demoEnd)
                m_sink.rating(rating);
        }
    }

    void activity(int m)
    {
        const MemberInfo& info = m_members[static_cast<size_t>(m)];
        const double buyLift = channelBuyLift[static_cast<size_t>(info.channel)];
        std::vector<int> owned;

        // Purchases: the more engaged, the likelier and the more often.
        const double buyChance = std::min(0.9, (0.18 + 0.12 * info.activity) * buyLift);
        if (m_rng.chance(buyChance)) {
            Timestamp t = info.joinedAt + static_cast<Timestamp>(m_rng.exponential(12.0) * secondsPerDay);
            const int purchases = 1 + static_cast<int>(m_rng.exponential(0.8 + 0.8 * info.activity));
            for (int k = 0; k < purchases && t <= std::min(info.lastActive + 20 * secondsPerDay, demoEnd); ++k) {
                const int p = pickProduct(info.topic, true, false);
                if (std::find(owned.begin(), owned.end(), p) == owned.end()) {
                    const ProductInfo& prod = m_products[static_cast<size_t>(p)];
                    Cents amount = prod.price;
                    if (amount > 0 && m_rng.chance(0.1))
                        amount = amount * 8 / 10; // a coupon
                    emitOrder(m, p, t, amount, OrderType::Purchase, Plan::None);
                    owned.push_back(p);
                }
                t += static_cast<Timestamp>(m_rng.exponential(35.0) * secondsPerDay);
            }
        }

        // Membership: a free 7-day trial, then perhaps a subscription with renewals.
        if (m_rng.chance(std::min(0.6, 0.1 + 0.05 * info.activity))) {
            const int membership = m_byTopic[static_cast<size_t>(info.topic)].front();
            const Timestamp trialAt = info.joinedAt + static_cast<Timestamp>(m_rng.exponential(20.0) * secondsPerDay);
            if (membership >= 0 && m_products[static_cast<size_t>(membership)].membership && trialAt <= demoEnd) {
                emitOrder(m, membership, trialAt, 0, OrderType::Trial, Plan::None);
                owned.push_back(membership);
                if (m_rng.chance(std::min(0.8, (0.15 + 0.06 * info.activity) * buyLift))) {
                    const double u = m_rng.uniform();
                    const Plan plan = u < 0.6 ? Plan::Monthly : (u < 0.85 ? Plan::Quarterly : Plan::Annual);
                    const int months = plan == Plan::Monthly ? 1 : (plan == Plan::Quarterly ? 3 : 12);
                    const Cents price = plan == Plan::Monthly ? 3900 : (plan == Plan::Quarterly ? 9900 : 29900);
                    Timestamp t = trialAt + 7 * secondsPerDay;
                    bool first = true;
                    while (t <= demoEnd) {
                        emitOrder(m, membership, t, price, first ? OrderType::Subscription : OrderType::Renewal, plan);
                        first = false;
                        t += months * 30 * secondsPerDay;
                        if (t > info.lastActive + 15 * secondsPerDay && m_rng.chance(0.7))
                            break;
                        if (m_rng.chance(0.08))
                            break;
                    }
                }
            }
        }

        // Events on active days.
        Timestamp day = info.joinedAt;
        const double meanGapDays = 7.0 / std::max(0.05, info.activity);
        while (day <= info.lastActive) {
            const int count = 1 + static_cast<int>(m_rng.exponential(0.6 + 0.2 * info.activity));
            // Strictly increasing times within the day: no two events of a member share a second.
            Timestamp at = day + static_cast<Timestamp>(m_rng.uniform() * 8 * 3600);
            for (int k = 0; k < count; ++k) {
                EventRecord e;
                e.member = m;
                at += 1 + static_cast<Timestamp>(m_rng.exponential(1200.0));
                e.occurredAt = at;
                const double u = m_rng.uniform();
                const bool withProduct = !owned.empty() || u < 0.5;
                const int product = !owned.empty() && m_rng.chance(0.7)
                    ? owned[static_cast<size_t>(m_rng.below(static_cast<std::int64_t>(owned.size())))]
                    : pickProduct(info.topic, true, true);
                if (u < 0.38) {
                    e.type = "view";
                } else if (u < 0.56) {
                    e.type = "play";
                    e.value = std::round(60 + m_rng.exponential(600)); // seconds played
                } else if (u < 0.64) {
                    e.type = "complete";
                } else if (u < 0.73) {
                    e.type = "like";
                } else if (u < 0.81) {
                    e.type = "comment";
                } else if (u < 0.86) {
                    e.type = "post";
                } else if (u < 0.95) {
                    e.type = "check-in";
                } else {
                    e.type = "attend";
                }
                if (withProduct && e.type != "check-in" && e.type != "post")
                    e.product = product;
                if (e.occurredAt <= demoEnd)
                    m_sink.event(e);
            }
            // Interactions with other members, mostly within the topic and towards its leaders.
            if (m_rng.chance(std::min(0.9, 0.15 + 0.08 * info.activity)))
                interact(m, day);
            day += static_cast<Timestamp>(std::max(1.0, m_rng.exponential(meanGapDays)) * secondsPerDay);
        }
    }

    void interact(int m, Timestamp day)
    {
        const MemberInfo& info = m_members[static_cast<size_t>(m)];
        const auto& leaders = m_leadersByTopic[static_cast<size_t>(info.topic)];
        const auto& peers = m_membersByTopic[static_cast<size_t>(info.topic)];
        auto& recent = m_recentPartners[static_cast<size_t>(info.topic)];
        int target = -1;
        const double u = m_rng.uniform();
        if (u < 0.45 && !leaders.empty())
            target = leaders[static_cast<size_t>(m_rng.below(static_cast<std::int64_t>(leaders.size())))];
        else if (u < 0.8 && !recent.empty())
            target = recent[static_cast<size_t>(
                m_rng.below(static_cast<std::int64_t>(recent.size())))]; // closes triangles
        else if (u < 0.95 && !peers.empty())
            target = peers[static_cast<size_t>(m_rng.below(static_cast<std::int64_t>(peers.size())))];
        else
            target = static_cast<int>(m_rng.below(static_cast<std::int64_t>(m_members.size())));
        if (target == m || m_members[static_cast<size_t>(target)].joinedAt > day)
            return;
        InteractionRecord r;
        r.from = m;
        r.to = target;
        r.occurredAt = day + static_cast<Timestamp>(m_rng.uniform() * 20 * 3600);
        if (r.occurredAt > demoEnd)
            return;
        const double t = m_rng.uniform();
        r.type = t < 0.5
            ? InteractionType::Reply
            : (t < 0.75 ? InteractionType::Like
                        : (t < 0.85 ? InteractionType::Mention
                                    : (t < 0.93 ? InteractionType::Follow
                                                : (t < 0.98 ? InteractionType::Share : InteractionType::Invite))));
        r.weight = r.type == InteractionType::Like ? 0.5 : 1.0;
        m_sink.interaction(r);
        // Leaders reply back often: reciprocity and triangles.
        if (m_members[static_cast<size_t>(target)].leader && m_rng.chance(0.3)) {
            InteractionRecord back = r;
            back.from = target;
            back.to = m;
            back.type = InteractionType::Reply;
            back.weight = 1.0;
            back.occurredAt = r.occurredAt + 3600;
            if (back.occurredAt <= demoEnd)
                m_sink.interaction(back);
        }
        // Remember a few recent partners per topic so that later members join their threads.
        if (recent.size() < 64)
            recent.push_back(m);
        else
            recent[static_cast<size_t>(m_rng.below(64))] = m;
    }

    const DemoOptions& m_options;
    DemoSink& m_sink;
    const TaskControl& m_control;
    DemoRandom m_rng;
    std::vector<ProductInfo> m_products;
    std::vector<MemberInfo> m_members;
    std::array<std::vector<int>, 8> m_byTopic;
    std::array<std::vector<int>, 8> m_leadersByTopic;
    std::array<std::vector<int>, 8> m_membersByTopic;
    std::array<std::vector<int>, 8> m_recentPartners;
    std::int64_t m_orderCount = 0;
};

/// Builds the snapshot directly. Like the database, it keeps one copy of identical ratings and
/// interactions (events cannot repeat: their times strictly increase per member).
/// Reads the generator's clock times as wall-clock times of a zone: every timestamp becomes the
/// instant it names there (TimeZone::fromLocal), then goes on to the real sink.
class ZonedSink final : public DemoSink {
public:
    ZonedSink(const TimeZone& zone, DemoSink& next)
        : m_zone(zone)
        , m_next(next)
    { }
    void member(const MemberRecord& r) override { m_next.member(shifted(r, &MemberRecord::joinedAt)); }
    void product(const ProductRecord& r) override
    {
        m_next.product(r.createdAt == noTimestamp ? r : shifted(r, &ProductRecord::createdAt));
    }
    void order(const OrderRecord& r) override { m_next.order(shifted(r, &OrderRecord::paidAt)); }
    void event(const EventRecord& r) override { m_next.event(shifted(r, &EventRecord::occurredAt)); }
    void rating(const RatingRecord& r) override { m_next.rating(shifted(r, &RatingRecord::ratedAt)); }
    void interaction(const InteractionRecord& r) override
    {
        m_next.interaction(shifted(r, &InteractionRecord::occurredAt));
    }

private:
    Timestamp at(Timestamp local) const { return m_zone.isUtc() ? local : m_zone.fromLocal(local); }
    /// `r` with its clock time `field` read in the zone.
    template <class Record> Record shifted(Record r, Timestamp Record::*field) const
    {
        r.*field = at(r.*field);
        return r;
    }
    const TimeZone& m_zone;
    DemoSink& m_next;
};

/// Runs the generator into `sink` through the zone's clock.
void generate(const DemoOptions& options, const TimeZone& zone, DemoSink& sink, const TaskControl& control)
{
    ZonedSink zoned(zone, sink);
    DemoGenerator(options, zoned, control).run();
}

class BuilderSink final : public DemoSink {
public:
    CommunityBuilder builder;
    void member(const MemberRecord& r) override { builder.addMember(r); }
    void product(const ProductRecord& r) override { builder.addProduct(r); }
    void order(const OrderRecord& r) override { builder.addOrder(r); }
    void event(const EventRecord& r) override { builder.addEvent(r); }
    void rating(const RatingRecord& r) override
    {
        if (m_seen
                .insert(hash({ 1, r.member, r.product, r.rating, r.ratedAt,
                    static_cast<std::int64_t>(std::hash<std::string> {}(r.review)) }))
                .second)
            builder.addRating(r);
    }
    void interaction(const InteractionRecord& r) override
    {
        if (m_seen
                .insert(hash({ 2, r.from, r.to, r.occurredAt, static_cast<std::int64_t>(r.type),
                    static_cast<std::int64_t>(r.weight * 1024) }))
                .second)
            builder.addInteraction(r);
    }

private:
    static std::uint64_t hash(std::initializer_list<std::int64_t> parts)
    {
        std::uint64_t h = 1469598103934665603ULL;
        for (std::int64_t p : parts) {
            h ^= static_cast<std::uint64_t>(p) + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
            h *= 1099511628211ULL;
        }
        return h;
    }
    std::unordered_set<std::uint64_t> m_seen;
};

/// Writes rows into the schema as they come; rowid = emission index + 1.
class DatabaseSink final : public DemoSink {
public:
    explicit DatabaseSink(Database& db)
        : m_db(db)
    { }
    Status prepare()
    {
        auto make = [&](std::unique_ptr<Statement>& s, const char* sql) -> Status {
            auto p = m_db.prepare(sql);
            if (!p)
                return p.failure();
            s = std::move(p).value();
            return {};
        };
        for (auto [stmt, sql] : std::initializer_list<std::pair<std::unique_ptr<Statement>*, const char*>> {
                 { &m_member,
                     "INSERT INTO members(id, member_id, joined_at, name, email, phone, channel, city, referrer_id) "
                     "VALUES (?,?,?,?,?,?,?,?,?)" },
                 { &m_product,
                     "INSERT INTO products(id, product_id, title, kind, tier, list_price, description, tags, "
                     "created_at) VALUES (?,?,?,?,?,?,?,?,?)" },
                 { &m_order,
                     "INSERT INTO orders(order_id, member, product, paid_at, amount, currency, type, plan, status) "
                     "VALUES (?,?,?,?,?,'CNY',?,?,?)" },
                 { &m_event,
                     "INSERT OR IGNORE INTO events(member, product, occurred_at, type, value) VALUES (?,?,?,?,?)" },
                 { &m_rating,
                     "INSERT OR IGNORE INTO ratings(member, product, rating, rated_at, review) VALUES (?,?,?,?,?)" },
                 { &m_interaction,
                     "INSERT OR IGNORE INTO interactions(from_member, to_member, occurred_at, type, weight) VALUES "
                     "(?,?,?,?,?)" } }) {
            if (Status s = make(*stmt, sql); !s)
                return s;
        }
        return {};
    }
    void member(const MemberRecord& r) override
    {
        Statement& s = *m_member;
        s.reset();
        s.bind(1, static_cast<std::int64_t>(++m_members));
        s.bind(2, std::string_view(r.id));
        s.bind(3, r.joinedAt);
        s.bindTextOrNull(4, r.name);
        s.bindTextOrNull(5, r.email);
        s.bindTextOrNull(6, r.phone);
        s.bindTextOrNull(7, r.channel);
        s.bindTextOrNull(8, r.city);
        s.bindTextOrNull(9, r.referrerId);
        check(s);
    }
    void product(const ProductRecord& r) override
    {
        Statement& s = *m_product;
        s.reset();
        s.bind(1, static_cast<std::int64_t>(++m_products));
        s.bind(2, std::string_view(r.id));
        s.bind(3, std::string_view(r.title));
        s.bind(4, toString(r.kind));
        s.bindTextOrNull(5, r.tier);
        s.bind(6, static_cast<std::int64_t>(r.listPrice));
        s.bindTextOrNull(7, r.description);
        s.bindTextOrNull(8, r.tags);
        s.bind(9, r.createdAt);
        check(s);
    }
    void order(const OrderRecord& r) override
    {
        Statement& s = *m_order;
        s.reset();
        s.bind(1, std::string_view(r.id));
        s.bind(2, static_cast<std::int64_t>(r.member) + 1);
        s.bind(3, static_cast<std::int64_t>(r.product) + 1);
        s.bind(4, r.paidAt);
        s.bind(5, r.amount);
        s.bind(6, toString(r.type));
        s.bindTextOrNull(7, toString(r.plan));
        s.bind(8, toString(r.status));
        check(s);
    }
    void event(const EventRecord& r) override
    {
        Statement& s = *m_event;
        s.reset();
        s.bind(1, static_cast<std::int64_t>(r.member) + 1);
        r.product == noIndex ? s.bindNull(2) : s.bind(2, static_cast<std::int64_t>(r.product) + 1);
        s.bind(3, r.occurredAt);
        s.bind(4, std::string_view(r.type));
        std::isnan(r.value) ? s.bindNull(5) : s.bind(5, r.value);
        check(s);
    }
    void rating(const RatingRecord& r) override
    {
        Statement& s = *m_rating;
        s.reset();
        s.bind(1, static_cast<std::int64_t>(r.member) + 1);
        s.bind(2, static_cast<std::int64_t>(r.product) + 1);
        s.bind(3, static_cast<std::int64_t>(r.rating));
        s.bind(4, r.ratedAt);
        s.bindTextOrNull(5, r.review);
        check(s);
    }
    void interaction(const InteractionRecord& r) override
    {
        Statement& s = *m_interaction;
        s.reset();
        s.bind(1, static_cast<std::int64_t>(r.from) + 1);
        s.bind(2, static_cast<std::int64_t>(r.to) + 1);
        s.bind(3, r.occurredAt);
        s.bind(4, toString(r.type));
        s.bind(5, r.weight);
        check(s);
    }

private:
    void check(Statement& s)
    {
        s.step();
        if (s.failed())
            throw std::runtime_error(s.error());
    }
    Database& m_db;
    std::unique_ptr<Statement> m_member, m_product, m_order, m_event, m_rating, m_interaction;
    std::int64_t m_members = 0, m_products = 0;
};

/// Passes rows on as a platform export orders them: members by join time, every other table by
/// its time across all members (ties in generation order), rather than member by member as
/// they are generated. Products pass at once. Buffers the rows until finish().
class TimeOrderSink final : public DemoSink {
public:
    explicit TimeOrderSink(DemoSink& out)
        : m_out(out)
    { }
    void member(const MemberRecord& r) override { m_members.push_back(r); }
    void product(const ProductRecord& r) override { m_out.product(r); }
    void order(const OrderRecord& r) override { m_orders.push_back(r); }
    void event(const EventRecord& r) override
    {
        Index type = 0;
        while (static_cast<size_t>(type) < m_eventTypes.size() && m_eventTypes[static_cast<size_t>(type)] != r.type)
            ++type;
        if (static_cast<size_t>(type) == m_eventTypes.size())
            m_eventTypes.push_back(r.type);
        m_events.push_back({ r.member, r.product, r.occurredAt, r.value, static_cast<std::uint32_t>(m_events.size()),
            static_cast<std::uint8_t>(type) });
    }
    void rating(const RatingRecord& r) override { m_ratings.push_back(r); }
    void interaction(const InteractionRecord& r) override { m_interactions.push_back(r); }

    void finish()
    {
        // Members by join time; their indices in the rows follow.
        std::vector<Index> order(m_members.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = static_cast<Index>(i);
        std::stable_sort(order.begin(), order.end(), [&](Index a, Index b) {
            return m_members[static_cast<size_t>(a)].joinedAt < m_members[static_cast<size_t>(b)].joinedAt;
        });
        std::vector<Index> position(order.size());
        for (size_t i = 0; i < order.size(); ++i) {
            position[static_cast<size_t>(order[i])] = static_cast<Index>(i);
            m_out.member(m_members[static_cast<size_t>(order[i])]);
        }
        m_members = {};
        auto at = [&](Index m) { return position[static_cast<size_t>(m)]; };

        std::stable_sort(m_orders.begin(), m_orders.end(),
            [](const OrderRecord& a, const OrderRecord& b) { return a.paidAt < b.paidAt; });
        for (OrderRecord& r : m_orders) {
            r.member = at(r.member);
            m_out.order(r);
        }
        m_orders = {};
        std::sort(m_events.begin(), m_events.end(), [](const CompactEvent& a, const CompactEvent& b) {
            return a.occurredAt != b.occurredAt ? a.occurredAt < b.occurredAt : a.sequence < b.sequence;
        });
        EventRecord e;
        for (const CompactEvent& c : m_events) {
            e.member = at(c.member);
            e.product = c.product;
            e.occurredAt = c.occurredAt;
            e.type = m_eventTypes[c.type];
            e.value = c.value;
            m_out.event(e);
        }
        m_events = {};
        std::stable_sort(m_ratings.begin(), m_ratings.end(),
            [](const RatingRecord& a, const RatingRecord& b) { return a.ratedAt < b.ratedAt; });
        for (RatingRecord& r : m_ratings) {
            r.member = at(r.member);
            m_out.rating(r);
        }
        m_ratings = {};
        std::stable_sort(m_interactions.begin(), m_interactions.end(),
            [](const InteractionRecord& a, const InteractionRecord& b) { return a.occurredAt < b.occurredAt; });
        for (InteractionRecord& r : m_interactions) {
            r.from = at(r.from);
            r.to = at(r.to);
            m_out.interaction(r);
        }
        m_interactions = {};
    }

private:
    struct CompactEvent {
        Index member;
        Index product;
        Timestamp occurredAt;
        double value;
        std::uint32_t sequence;
        std::uint8_t type;
    };
    DemoSink& m_out;
    std::vector<MemberRecord> m_members;
    std::vector<OrderRecord> m_orders;
    std::vector<CompactEvent> m_events;
    std::vector<std::string> m_eventTypes;
    std::vector<RatingRecord> m_ratings;
    std::vector<InteractionRecord> m_interactions;
};

} // namespace

CommunityPtr makeDemoCommunity(const DemoOptions& options, const TimeZone& zone)
{
    BuilderSink sink;
    generate(options, zone, sink, TaskControl {});
    sink.builder.setCurrency("CNY");
    sink.builder.setTimeZone(zone);
    return sink.builder.build();
}

Status writeDemoDatabase(Database& db, const DemoOptions& options, const TaskControl& control)
{
    auto zone = TimeZone::fromId(db.timeZoneId());
    if (!zone)
        return zone.failure();
    return writeDemoDatabase(db, options, *zone, control);
}

Status writeDemoDatabase(Database& db, const DemoOptions& options, const TimeZone& zone, const TaskControl& control)
{
    auto count = db.prepare("SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM products)");
    if (!count)
        return count.failure();
    if ((*count)->step() && (*count)->int64(0) > 0)
        return Error { "database " + db.path() + " already holds data; the demo needs a new database",
            { "demo.database_not_empty", { db.path() } } };
    count.value().reset();
    if (Status s = db.begin(); !s)
        return s;
    try {
        DatabaseSink sink(db);
        if (Status s = sink.prepare(); !s) {
            db.rollback();
            return s;
        }
        TimeOrderSink timeOrder(sink);
        generate(options, zone, timeOrder, control);
        timeOrder.finish();
        if (Status s = db.setMeta("currency", "CNY"); !s)
            throw std::runtime_error(s.error());
        if (Status s = db.setTimeZoneId(zone.id()); !s)
            throw std::runtime_error(s.error());
        if (Status s = db.setMeta(
                "demo", "members=" + std::to_string(options.members) + " seed=" + std::to_string(options.seed));
            !s)
            throw std::runtime_error(s.error());
    } catch (const Cancelled&) {
        db.rollback();
        return Error::cancelled();
    } catch (const std::exception& e) {
        db.rollback();
        return Error { e.what() };
    }
    return db.commit();
}

} // namespace kinsight::core
