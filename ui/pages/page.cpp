#include "page.h"

#include <QLabel>

namespace kinsight::ui {

Page::Page(AnalysisController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_drillDowns(new JobRunner(this))
{ }

void Page::setResults(const std::shared_ptr<const core::AnalysisResults>& results)
{
    m_results = results;
    if (!results)
        return;
    std::vector<std::uint64_t> now;
    const core::Parts parts = shownParts();
    for (int i = 0; i < core::partCount; ++i) {
        const auto part = static_cast<core::Part>(1u << i);
        if (core::has(parts, part))
            now.push_back(results->version(part));
    }
    now.push_back(static_cast<std::uint64_t>(reinterpret_cast<std::uintptr_t>(results->community.get())));
    if (now == m_shown)
        return;
    m_shown = std::move(now);
    ++m_refreshes;
    refresh(*results);
}

void Page::drillDownAsync(const QString& title, std::function<std::vector<core::Index>()> compute)
{
    m_drillDowns->start(
        [compute = std::move(compute)](const core::TaskControl&) {
            return MemberList(std::make_shared<const std::vector<core::Index>>(compute()));
        },
        [this, title](MemberList members) { Q_EMIT drillDown(title, std::move(members)); });
}

QLabel* Page::heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("sectionHeading"));
    return label;
}

QLabel* Page::note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(QStringLiteral("note"));
    label->setWordWrap(true);
    return label;
}

} // namespace kinsight::ui
