#include "reasontext.h"

#include <algorithm>
#include <functional>
#include <string>
#include <unordered_map>

#include <QCoreApplication>
#include <QStringList>

#include "core/text/format.h"
#include "core/text/messagetext.h"
#include "core/text/reasonarguments.h"

namespace kinsight::core {

namespace {

using Arguments = std::vector<ReasonArgument>;
using arguments::count;
using arguments::number;
using arguments::text;
using Renderer = std::function<QString(const Arguments&)>;

// Marked with QT_TRANSLATE_NOOP at each call so that lupdate files them under `Reason`.
QString translated(const char* source)
{
    return QCoreApplication::translate("Reason", source);
}

// English needs a singular and a plural sentence; Chinese translates both the same way. The
// count is %1 in both.
QString plural(std::int64_t n, const char* one, const char* many)
{
    return translated(n == 1 ? one : many).arg(n);
}

/// A numerus string of the actions' reasons (`%n`). Without a translation that gives the English
/// plural forms, the English source ("%n day(s)") is made plural here, so that the CLI and an
/// untranslated window read "1 day" and "10 days".
QString numerus(const char* source, std::int64_t n)
{
    QString out = QCoreApplication::translate("Reason", source, nullptr, static_cast<int>(n));
    if (out.contains(QLatin1String("(s)")))
        out.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return out;
}

// Recommendation reasons of ease, sequential and social: numerus forms (%n).
const char* const easeBecause
    = QT_TRANSLATE_N_NOOP("Reason", "members who bought 《%1》 tend to buy it too (%n member(s) have it)");
const char* const sequentialMostOften
    = QT_TRANSLATE_N_NOOP("Reason", "members who took 《%1》 most often took 《%2》 next (%n member(s))");
const char* const sequentialNext = QT_TRANSLATE_N_NOOP("Reason", "%n member(s) who took 《%1》 took 《%2》 next");
const char* const socialTies = QT_TRANSLATE_N_NOOP("Reason", "taken by %1 of the %n people they interact with");
const char* const socialNoTies
    = QT_TRANSLATE_N_NOOP("Reason", "no interactions with other members yet: popular instead (bought by %n member(s))");
const char* const popularFill = QT_TRANSLATE_N_NOOP("Reason", "popular: bought by %n member(s) (few personal matches)");

// One entry per code. Keep them grouped by the area that emits them; docs/reasons.md lists them.
const std::unordered_map<std::string, Renderer>& renderers()
{
    static const std::unordered_map<std::string, Renderer> table = {
        // core/graph/leaders.cpp
        { "leader.replied_by",
            [](const Arguments& a) {
                return plural(count(a, 0), QT_TRANSLATE_NOOP("Reason", "replied to by %1 distinct member"),
                    QT_TRANSLATE_NOOP("Reason", "replied to by %1 distinct members"));
            } },
        { "leader.addressed_by",
            [](const Arguments& a) {
                return plural(count(a, 0), QT_TRANSLATE_NOOP("Reason", "addressed by %1 distinct member"),
                    QT_TRANSLATE_NOOP("Reason", "addressed by %1 distinct members"));
            } },
        { "leader.pagerank_top",
            [](const Arguments& a) {
                return translated(QT_TRANSLATE_NOOP("Reason", "top %1% PageRank")).arg(formatTrimmed(number(a, 0), 1));
            } },
        { "leader.betweenness_top",
            [](const Arguments& a) {
                return translated(QT_TRANSLATE_NOOP("Reason", "top %1% betweenness"))
                    .arg(formatTrimmed(number(a, 0), 1));
            } },
        { "leader.bridges",
            [](const Arguments& a) {
                return plural(count(a, 0), QT_TRANSLATE_NOOP("Reason", "bridges %1 community"),
                    QT_TRANSLATE_NOOP("Reason", "bridges %1 communities"));
            } },
        { "leader.innermost_core",
            [](const Arguments& a) {
                return translated(QT_TRANSLATE_NOOP("Reason", "in the innermost %1-core")).arg(count(a, 0));
            } },
        { "leader.neighbours_spend",
            [](const Arguments& a) {
                return translated(QT_TRANSLATE_NOOP("Reason", "neighbours spend %1× the average member"))
                    .arg(QString::number(number(a, 0), 'f', 1));
            } },

        // core/metrics/rfm.cpp (churnReasons)
        { "churn.silent",
            [](const Arguments& a) {
                return plural(count(a, 0), QT_TRANSLATE_NOOP("Reason", "silent for at least %1 day"),
                    QT_TRANSLATE_NOOP("Reason", "silent for at least %1 days"));
            } },
        { "churn.falling",
            [](const Arguments& a) {
                return plural(count(a, 0),
                    QT_TRANSLATE_NOOP("Reason", "active on less than half as many days in the last %1 day"),
                    QT_TRANSLATE_NOOP("Reason", "active on less than half as many days in the last %1 days"));
            } },
        { "churn.lapsed",
            [](const Arguments&) { return translated(QT_TRANSLATE_NOOP("Reason", "plan ended without a renewal")); } },

        // core/recommend/recommender.cpp
        { "recommend.popular",
            [](const Arguments& a) {
                return plural(count(a, 0), QT_TRANSLATE_NOOP("Reason", "popular: bought by %1 member"),
                    QT_TRANSLATE_NOOP("Reason", "popular: bought by %1 members"));
            } },
        { "recommend.filled",
            [](const Arguments& a) {
                return plural(count(a, 0),
                    QT_TRANSLATE_NOOP("Reason", "popular: bought by %1 member (few personal matches)"),
                    QT_TRANSLATE_NOOP("Reason", "popular: bought by %1 members (few personal matches)"));
            } },
        { "recommend.item_knn",
            [](const Arguments& a) {
                QString out
                    = plural(count(a, 0), QT_TRANSLATE_NOOP("Reason", "bought by %1 member who also bought 《%2》"),
                        QT_TRANSLATE_NOOP("Reason", "bought by %1 members who also bought 《%2》"))
                          .arg(text(a, 1));
                if (const std::int64_t more = count(a, 2); more > 0)
                    out += plural(more, QT_TRANSLATE_NOOP("Reason", " (and linked to %1 more of their products)"),
                        QT_TRANSLATE_NOOP("Reason", " (and linked to %1 more of their products)"));
                return out;
            } },
        { "recommend.similar_members",
            [](const Arguments&) { return translated(QT_TRANSLATE_NOOP("Reason", "similar members' choice")); } },
        { "recommend.user_knn_neighbours",
            [](const Arguments& a) {
                if (count(a, 1) == 1)
                    return translated(QT_TRANSLATE_NOOP("Reason", "bought by their most similar member"));
                return translated(QT_TRANSLATE_NOOP("Reason", "bought by %1 of their %2 most similar members"))
                    .arg(count(a, 0))
                    .arg(count(a, 1));
            } },
        { "recommend.user_knn",
            [](const Arguments& a) {
                return plural(count(a, 0),
                    QT_TRANSLATE_NOOP("Reason", "bought by %1 member with purchases like theirs"),
                    QT_TRANSLATE_NOOP("Reason", "bought by %1 members with purchases like theirs"));
            } },
        { "recommend.content",
            [](const Arguments& a) {
                QString out = count(a, 1)
                    ? translated(QT_TRANSLATE_NOOP("Reason", "similar to 《%1》 which they completed"))
                    : translated(QT_TRANSLATE_NOOP("Reason", "similar to 《%1》 which they bought"));
                out = out.arg(text(a, 0));
                if (a.size() > 2) {
                    QStringList terms;
                    for (size_t i = 2; i < a.size(); ++i)
                        terms << text(a, i);
                    //: between the shared keywords of two products
                    const QString separator = translated(QT_TRANSLATE_NOOP("Reason", ", "));
                    out += translated(QT_TRANSLATE_NOOP("Reason", " (shared: %1)")).arg(terms.join(separator));
                }
                return out;
            } },
        { "recommend.content_interests",
            [](const Arguments&) { return translated(QT_TRANSLATE_NOOP("Reason", "matches their interests")); } },
        { "recommend.als",
            [](const Arguments& a) {
                return translated(QT_TRANSLATE_NOOP("Reason", "fits the pattern of their purchases; closest to 《%1》"))
                    .arg(text(a, 0));
            } },
        { "cold_start.channel",
            [](const Arguments& a) {
                return translated(
                    QT_TRANSLATE_NOOP("Reason", "new member: popular with new members from %1 (%2 started with it)"))
                    .arg(text(a, 0))
                    .arg(count(a, 1));
            } },
        { "cold_start.popular",
            [](const Arguments& a) {
                return plural(count(a, 0),
                    QT_TRANSLATE_NOOP("Reason", "new member: popular across the community (bought by %1 member)"),
                    QT_TRANSLATE_NOOP("Reason", "new member: popular across the community (bought by %1 members)"));
            } },
        { "cold_start.catalogue",
            [](const Arguments&) {
                return translated(
                    QT_TRANSLATE_NOOP("Reason", "new member: from the catalogue (nobody has bought it yet)"));
            } },

        // core/recommend: ease, sequential, social. Titles come bare; the renderings add the marks.
        // { product title X, buyers of the recommended product }
        { "recommend.ease_because",
            [](const Arguments& a) { return numerus(easeBecause, count(a, 1)).arg(text(a, 0)); } },
        // { members who took Y right after X, X, Y }: Y is what they most often took next.
        { "recommend.sequential_most_often",
            [](const Arguments& a) { return numerus(sequentialMostOften, count(a, 0)).arg(text(a, 1), text(a, 2)); } },
        // { members who took Y right after X, X, Y }
        { "recommend.sequential_next",
            [](const Arguments& a) { return numerus(sequentialNext, count(a, 0)).arg(text(a, 1), text(a, 2)); } },
        // { people they interact with who have it, people they interact with }
        { "recommend.social_ties",
            [](const Arguments& a) { return numerus(socialTies, count(a, 1)).arg(count(a, 0)); } },
        // { buyers of the product }
        { "recommend.social_no_ties", [](const Arguments& a) { return numerus(socialNoTies, count(a, 0)); } },
        // { buyers of the product }
        { "recommend.popular_fill", [](const Arguments& a) { return numerus(popularFill, count(a, 0)); } },

        // core/actions: what to do today (docs/actions.md).
        { "action.trial_not_converted",
            [](const Arguments& a) {
                const auto days = count(a, 0);
                if (days == 0)
                    return translated(QT_TRANSLATE_NOOP("Reason", "Tried %1 today and has not bought since"))
                        .arg(text(a, 1));
                return numerus(QT_TRANSLATE_N_NOOP("Reason", "Tried %1 %n day(s) ago and has not bought since"), days)
                    .arg(text(a, 1));
            } },
        { "action.paying_at_risk",
            [](const Arguments& a) {
                const QString silent = numerus(QT_TRANSLATE_N_NOOP("Reason", "Silent for %n day(s)"), count(a, 0));
                const QString paid = numerus(QT_TRANSLATE_N_NOOP("Reason", "%n paid order(s)"), count(a, 1));
                //: %1: "Silent for 45 days", %2: "3 paid orders"
                return translated(QT_TRANSLATE_NOOP("Reason", "%1 after %2")).arg(silent, paid);
            } },
        { "action.renewal_due",
            [](const Arguments& a) {
                const auto days = count(a, 0);
                if (days == 0)
                    return translated(QT_TRANSLATE_NOOP("Reason", "The plan for %1 ends today (%2)"))
                        .arg(text(a, 1), text(a, 2));
                return numerus(QT_TRANSLATE_N_NOOP("Reason", "The plan for %1 ends in %n day(s) (%2)"), days)
                    .arg(text(a, 1), text(a, 2));
            } },
        { "action.new_not_activated",
            [](const Arguments& a) {
                return numerus(
                    QT_TRANSLATE_N_NOOP("Reason", "Joined %n day(s) ago and has done nothing yet"), count(a, 0));
            } },
        { "action.leader_quiet",
            [](const Arguments& a) {
                const auto days = count(a, 0);
                if (days < 0)
                    return translated(QT_TRANSLATE_NOOP("Reason", "Opinion leader with no activity yet"));
                return numerus(QT_TRANSLATE_N_NOOP("Reason", "Opinion leader, quiet for %n day(s)"), days);
            } },
        { "audience.bought_together",
            [](const Arguments& a) {
                return numerus(QT_TRANSLATE_N_NOOP("Reason", "Has %1; %n member(s) bought both"), count(a, 1))
                    .arg(text(a, 0));
            } },
        { "audience.model_score",
            [](const Arguments& a) {
                return translated(QT_TRANSLATE_NOOP("Reason", "Scored high by the %1 recommendations")).arg(text(a, 0));
            } },
    };
    return table;
}

QString fallback(const Reason& r)
{
    QString out = QString::fromStdString(r.code);
    for (size_t i = 0; i < r.arguments.size(); ++i)
        out += (i == 0 ? QStringLiteral(" (") : QStringLiteral(", ")) + text(r.arguments, i);
    if (!r.arguments.empty())
        out += QLatin1Char(')');
    return out;
}

} // namespace

QString reasonText(const Reason& reason)
{
    const auto& table = renderers();
    const auto it = table.find(reason.code);
    if (it != table.end())
        return it->second(reason.arguments);
    if (auto message = messageText(reason)) // errors and warnings (core/text/messagetext.h)
        return *message;
    return fallback(reason);
}

QString reasonsText(const std::vector<Reason>& reasons)
{
    QString out;
    //: between the reasons of one list
    const QString separator = translated(QT_TRANSLATE_NOOP("Reason", "; "));
    for (const Reason& r : reasons) {
        if (!out.isEmpty())
            out += separator;
        out += reasonText(r);
    }
    return out;
}

bool hasReasonText(const Reason& reason)
{
    return renderers().count(reason.code) > 0 || messageText(reason).has_value();
}

std::vector<std::string> knownReasonCodes()
{
    std::vector<std::string> codes;
    for (const auto& [code, renderer] : renderers())
        codes.push_back(code);
    std::sort(codes.begin(), codes.end());
    return codes;
}

} // namespace kinsight::core
