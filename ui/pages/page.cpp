#include "page.h"

#include <QLabel>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace kinsight::ui {

Page::Page(AnalysisController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
{ }

void Page::setResults(const std::shared_ptr<const core::AnalysisResults>& results)
{
    m_results = results;
    if (!results)
        return;
    std::vector<const void*> now = inputs(*results);
    now.push_back(results->community.get());
    if (now == m_shown)
        return;
    m_shown = std::move(now);
    ++m_refreshes;
    refresh(*results);
}

void Page::drillDownAsync(const QString& title, std::function<std::vector<core::Index>()> compute)
{
    QPointer<Page> self(this);
    auto* watcher = new QFutureWatcher<MemberList>(this);
    connect(watcher, &QFutureWatcher<MemberList>::finished, this, [self, watcher, title] {
        watcher->deleteLater();
        if (self)
            Q_EMIT self->drillDown(title, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([compute = std::move(compute)] {
        return MemberList(std::make_shared<const std::vector<core::Index>>(compute()));
    }));
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
