#include "scrollingbody.h"

#include <QFrame>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kinsight::ui {

QVBoxLayout* scrollingBody(QWidget* owner, const QMargins& outer, const QMargins& inner, int spacing)
{
    auto* outerLayout = new QVBoxLayout(owner);
    outerLayout->setContentsMargins(outer);
    auto* scroll = new QScrollArea(owner);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outerLayout->addWidget(scroll);
    auto* body = new QWidget(scroll);
    scroll->setWidget(body);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(inner);
    if (spacing >= 0)
        layout->setSpacing(spacing);
    return layout;
}

} // namespace kinsight::ui
