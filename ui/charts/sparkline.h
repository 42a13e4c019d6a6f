#pragma once

#include <vector>

#include <QWidget>

namespace kinsight::ui {

/// A tiny trend line for a KPI card: no axes, NaN gaps skipped, the last point marked.
class Sparkline : public QWidget {
    Q_OBJECT
public:
    explicit Sparkline(QWidget* parent = nullptr);
    void setValues(std::vector<double> values);
    const std::vector<double>& values() const { return m_values; }
    QSize sizeHint() const override { return { 160, 36 }; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::vector<double> m_values;
};

} // namespace kinsight::ui
