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

// One entry per code. Keep them grouped by the area that emits them.
const std::unordered_map<std::string, Renderer>& renderers()
{
    static const std::unordered_map<std::string, Renderer> table = {
        // Filled by the areas that emit reasons (graph, recommend, metrics, actions, import).
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
