#include "kpicard.h"

#include <QLabel>
#include <QMouseEvent>
#include <QStyle>
#include <QVBoxLayout>

#include "ui/charts/sparkline.h"

namespace kinsight::ui {

KpiCard::KpiCard(const QString& title, const QString& definition, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("kpiCard"));
    setFrameShape(QFrame::StyledPanel);
    setToolTip(definition);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 10);
    layout->setSpacing(2);
    m_title = new QLabel(title, this);
    m_title->setObjectName(QStringLiteral("kpiTitle"));
    m_value = new QLabel(QStringLiteral("—"), this);
    m_value->setObjectName(QStringLiteral("kpiValue"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_change = new QLabel(this);
    m_change->setObjectName(QStringLiteral("kpiChange"));
    m_change->setWordWrap(true);
    m_sparkline = new Sparkline(this);
    layout->addWidget(m_title);
    layout->addWidget(m_value);
    layout->addWidget(m_change);
    layout->addStretch(1);
    layout->addWidget(m_sparkline);
    setMinimumWidth(200);
}

void KpiCard::setValue(const QString& value, const QString& change, int direction, const std::vector<double>& trend)
{
    m_value->setText(value);
    m_change->setText(change);
    // Colour only the sign of good or bad news; words stay in the text colour.
    const char* state = direction > 0 ? "up" : direction < 0 ? "down" : "flat";
    m_change->setProperty("trend", QString::fromLatin1(state));
    m_change->style()->unpolish(m_change);
    m_change->style()->polish(m_change);
    m_sparkline->setValues(trend);
    m_sparkline->setVisible(true);
}

void KpiCard::setEmpty(const QString& message)
{
    m_value->setText(QStringLiteral("—"));
    m_change->setText(message);
    m_change->setProperty("trend", QStringLiteral("flat"));
    m_change->style()->unpolish(m_change);
    m_change->style()->polish(m_change);
    m_sparkline->setValues({});
    m_sparkline->setVisible(false);
}

void KpiCard::setDrillDownEnabled(bool enabled)
{
    m_drillDown = enabled;
    setCursor(enabled ? Qt::PointingHandCursor : Qt::ArrowCursor);
}

void KpiCard::mouseReleaseEvent(QMouseEvent* event)
{
    QFrame::mouseReleaseEvent(event);
    if (m_drillDown && event->button() == Qt::LeftButton)
        Q_EMIT activated();
}

void KpiCard::setTitle(const QString& title, const QString& definition)
{
    m_title->setText(title);
    setToolTip(definition);
}

QString KpiCard::title() const
{
    return m_title->text();
}

QString KpiCard::valueText() const
{
    return m_value->text();
}
QString KpiCard::changeText() const
{
    return m_change->text();
}
const std::vector<double>& KpiCard::trend() const
{
    return m_sparkline->values();
}

void KpiCard::setValueToolTip(const QString& text)
{
    m_value->setToolTip(text);
}

} // namespace kinsight::ui
