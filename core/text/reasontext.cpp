#include "reasontext.h"

#include <functional>
#include <string>
#include <unordered_map>

#include <QCoreApplication>

namespace kinsight::core {

namespace {

using Arguments = std::vector<ReasonArgument>;
using Renderer = std::function<QString(const Arguments&)>;

[[maybe_unused]] std::int64_t count(const Arguments& a, size_t i)
{
    if (i >= a.size())
        return 0;
    if (const auto* v = std::get_if<std::int64_t>(&a[i]))
        return *v;
    if (const auto* d = std::get_if<double>(&a[i]))
        return static_cast<std::int64_t>(*d);
    return 0;
}

[[maybe_unused]] double number(const Arguments& a, size_t i)
{
    if (i >= a.size())
        return 0;
    if (const auto* d = std::get_if<double>(&a[i]))
        return *d;
    if (const auto* v = std::get_if<std::int64_t>(&a[i]))
        return static_cast<double>(*v);
    return 0;
}

[[maybe_unused]] QString text(const Arguments& a, size_t i)
{
    if (i >= a.size())
        return {};
    if (const auto* s = std::get_if<std::string>(&a[i]))
        return QString::fromStdString(*s);
    if (const auto* v = std::get_if<std::int64_t>(&a[i]))
        return QString::number(*v);
    return QString::number(std::get<double>(a[i]));
}

[[maybe_unused]] QString tr(const char* source, int n = -1)
{
    return QCoreApplication::translate("Reason", source, nullptr, n);
}

// Recommendation reasons. Marked here (lupdate does not look inside the table's lambdas) and
// translated in the table; every one is a numerus form (%n).
const char* const easeBecause
    = QT_TRANSLATE_N_NOOP("Reason", "members who bought 《%1》 tend to buy it too (%n member(s) have it)");
const char* const sequentialMostOften
    = QT_TRANSLATE_N_NOOP("Reason", "members who took 《%1》 most often took 《%2》 next (%n member(s))");
const char* const sequentialNext = QT_TRANSLATE_N_NOOP("Reason", "%n member(s) who took 《%1》 took 《%2》 next");
const char* const socialTies = QT_TRANSLATE_N_NOOP("Reason", "taken by %1 of the %n people they interact with");
const char* const socialNoTies
    = QT_TRANSLATE_N_NOOP("Reason", "no interactions with other members yet: popular instead (bought by %n member(s))");
const char* const popularFill = QT_TRANSLATE_N_NOOP("Reason", "popular: bought by %n member(s) (few personal matches)");

// One entry per code. Keep them grouped by the area that emits them.
const std::unordered_map<std::string, Renderer>& renderers()
{
    static const std::unordered_map<std::string, Renderer> table = {
        // Filled by the areas that emit reasons (graph, recommend, metrics, actions, import).

        // Recommendations. Titles come bare; the renderings add the title marks.
        // { product title X, buyers of the recommended product }
        { "recommend.ease_because",
            [](const Arguments& a) {
                return QCoreApplication::translate("Reason", easeBecause, nullptr, static_cast<int>(count(a, 1)))
                    .arg(text(a, 0));
            } },
        // { members who took Y right after X, X, Y }: Y is what they most often took next.
        { "recommend.sequential_most_often",
            [](const Arguments& a) {
                return QCoreApplication::translate(
                    "Reason", sequentialMostOften, nullptr, static_cast<int>(count(a, 0)))
                    .arg(text(a, 1), text(a, 2));
            } },
        // { members who took Y right after X, X, Y }
        { "recommend.sequential_next",
            [](const Arguments& a) {
                return QCoreApplication::translate("Reason", sequentialNext, nullptr, static_cast<int>(count(a, 0)))
                    .arg(text(a, 1), text(a, 2));
            } },
        // { people they interact with who have it, people they interact with }
        { "recommend.social_ties",
            [](const Arguments& a) {
                return QCoreApplication::translate("Reason", socialTies, nullptr, static_cast<int>(count(a, 1)))
                    .arg(count(a, 0));
            } },
        // { buyers of the product }
        { "recommend.social_no_ties",
            [](const Arguments& a) {
                return QCoreApplication::translate("Reason", socialNoTies, nullptr, static_cast<int>(count(a, 0)));
            } },
        // { buyers of the product }
        { "recommend.popular_fill",
            [](const Arguments& a) {
                return QCoreApplication::translate("Reason", popularFill, nullptr, static_cast<int>(count(a, 0)));
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
    return it == table.end() ? fallback(reason) : it->second(reason.arguments);
}

QString reasonsText(const std::vector<Reason>& reasons)
{
    QString out;
    const QString separator = QCoreApplication::translate("Reason", "; ");
    for (const Reason& r : reasons) {
        if (!out.isEmpty())
            out += separator;
        out += reasonText(r);
    }
    return out;
}

std::vector<std::string> knownReasonCodes()
{
    std::vector<std::string> codes;
    for (const auto& [code, renderer] : renderers())
        codes.push_back(code);
    return codes;
}

} // namespace kinsight::core
