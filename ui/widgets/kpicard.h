#pragma once

#include <vector>

#include <QFrame>

class QLabel;

namespace kinsight::ui {

class Sparkline;

/// One KPI: a title, the value, its change against the previous period (green when better),
/// and a small trend line. A card without data shows what to do instead.
class KpiCard : public QFrame {
    Q_OBJECT
public:
    explicit KpiCard(const QString& title, const QString& definition, QWidget* parent = nullptr);

    /// `better`: +1 when an increase is good, -1 when a decrease is, 0 when neither.
    void setValue(const QString& value, const QString& change, int direction, const std::vector<double>& trend);
    void setEmpty(const QString& message);

    /// A new title and definition (a KPI whose period is a parameter names it).
    void setTitle(const QString& title, const QString& definition);
    QString title() const;
    QString valueText() const;
    /// The exact figure behind a shortened value (120k), shown over the value.
    void setValueToolTip(const QString& text);
    QString changeText() const;
    const std::vector<double>& trend() const;
    /// Makes the card clickable (a drill-down to the members behind the number).
    void setDrillDownEnabled(bool enabled);

Q_SIGNALS:
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    bool m_drillDown = false;
    QLabel* m_title;
    QLabel* m_value;
    QLabel* m_change;
    Sparkline* m_sparkline;
};

} // namespace kinsight::ui
