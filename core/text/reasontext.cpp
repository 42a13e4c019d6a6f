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

QString tr(const char* source, int n = -1)
{
    return QCoreApplication::translate("Reason", source, nullptr, n);
}

/// A numerus string of the actions' reasons. Without a translation that gives the English
/// plural forms, the English source ("%n day(s)") is made plural here, so that the CLI and an
/// untranslated window read "1 day" and "10 days".
QString plural(const char* source, std::int64_t n)
{
    QString out = tr(source, static_cast<int>(n));
    if (out.contains(QLatin1String("(s)")))
        out.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return out;
}

// One entry per code. Keep them grouped by the area that emits them.
const std::unordered_map<std::string, Renderer>& renderers()
{
    static const std::unordered_map<std::string, Renderer> table = {
        // Filled by the areas that emit reasons (graph, recommend, metrics, actions, import).

        // core/actions: what to do today (docs/actions.md).
        { "action.trial_not_converted",
            [](const Arguments& a) {
                const auto days = count(a, 0);
                if (days == 0)
                    return tr(QT_TRANSLATE_NOOP("Reason", "Tried %1 today and has not bought since")).arg(text(a, 1));
                return plural(QT_TRANSLATE_N_NOOP("Reason", "Tried %1 %n day(s) ago and has not bought since"), days)
                    .arg(text(a, 1));
            } },
        { "action.paying_at_risk",
            [](const Arguments& a) {
                const QString silent = plural(QT_TRANSLATE_N_NOOP("Reason", "Silent for %n day(s)"), count(a, 0));
                const QString paid = plural(QT_TRANSLATE_N_NOOP("Reason", "%n paid order(s)"), count(a, 1));
                //: %1: "Silent for 45 days", %2: "3 paid orders"
                return tr(QT_TRANSLATE_NOOP("Reason", "%1 after %2")).arg(silent, paid);
            } },
        { "action.renewal_due",
            [](const Arguments& a) {
                const auto days = count(a, 0);
                if (days == 0)
                    return tr(QT_TRANSLATE_NOOP("Reason", "The plan for %1 ends today (%2)"))
                        .arg(text(a, 1), text(a, 2));
                return plural(QT_TRANSLATE_N_NOOP("Reason", "The plan for %1 ends in %n day(s) (%2)"), days)
                    .arg(text(a, 1), text(a, 2));
            } },
        { "action.new_not_activated",
            [](const Arguments& a) {
                return plural(
                    QT_TRANSLATE_N_NOOP("Reason", "Joined %n day(s) ago and has done nothing yet"), count(a, 0));
            } },
        { "action.leader_quiet",
            [](const Arguments& a) {
                const auto days = count(a, 0);
                if (days < 0)
                    return tr(QT_TRANSLATE_NOOP("Reason", "Opinion leader with no activity yet"));
                return plural(QT_TRANSLATE_N_NOOP("Reason", "Opinion leader, quiet for %n day(s)"), days);
            } },
        { "audience.bought_together",
            [](const Arguments& a) {
                return plural(QT_TRANSLATE_N_NOOP("Reason", "Has %1; %n member(s) bought both"), count(a, 1))
                    .arg(text(a, 0));
            } },
        { "audience.model_score",
            [](const Arguments& a) {
                return tr(QT_TRANSLATE_NOOP("Reason", "Scored high by the %1 recommendations")).arg(text(a, 0));
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
    const QString separator = tr(QT_TRANSLATE_NOOP("Reason", "; "));
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
