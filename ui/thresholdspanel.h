#pragma once

#include <array>
#include <memory>

#include <QWidget>

#include "core/analysis/analysis.h"
#include "ui/jobrunner.h"

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSlider;
class QSpinBox;

namespace kinsight::ui {

class LevelPreview;

/// Every tunable of the analysis, always at hand: leader weights and threshold, similarity
/// floor, neighbours, hybrid α, list length, engagement weights, half-life and level cut-offs,
/// churn days, cohort period, funnel window, graph time window. Each edit emits the whole new
/// Thresholds at once (the controller debounces); the level distribution previews live, off the
/// GUI thread, while a cut-off slider moves.
class ThresholdsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ThresholdsPanel(QWidget* parent = nullptr);

    const core::Thresholds& thresholds() const { return m_thresholds; }
    /// Shows these thresholds without emitting anything.
    void setThresholds(const core::Thresholds& thresholds);
    /// New results: the preview uses their scores.
    void setResults(std::shared_ptr<const core::AnalysisResults> results);

    /// Level counts the preview shows now (for tests).
    std::array<int, core::engagementLevelCount> previewCounts() const;

    // The widgets, for tests and keyboard access.
    QSlider* leaderThresholdSlider() const { return m_leaderThreshold; }
    QSlider* coreCutoffSlider() const { return m_cutoffSlider[0]; }
    QDoubleSpinBox* floorBox() const { return m_floor; }
    QDoubleSpinBox* alphaBox() const { return m_alpha; }
    QSpinBox* halfLifeBox() const { return m_halfLife; }
    QSpinBox* graphWindowBox() const { return m_graphWindow; }
    QComboBox* cohortPeriodBox() const { return m_cohortPeriod; }

Q_SIGNALS:
    void thresholdsChanged(const kinsight::core::Thresholds& thresholds);
    void previewUpdated();

private:
    void edit(const std::function<void(core::Thresholds&)>& change);
    void syncCutoffWidgets();
    void updatePreview();
    double cutoffScale() const;

    core::Thresholds m_thresholds;
    std::shared_ptr<const core::AnalysisResults> m_results;
    bool m_syncing = false;
    JobRunner* m_previewJob = new JobRunner(this); ///< the level counts for the latest cut-offs

    QSlider* m_leaderThreshold;
    QLabel* m_leaderThresholdValue;
    QSpinBox* m_minDegree;
    std::array<QDoubleSpinBox*, 5> m_leaderWeights {};
    QSpinBox* m_k;
    QSpinBox* m_neighbours;
    QDoubleSpinBox* m_floor;
    QDoubleSpinBox* m_alpha;
    QSpinBox* m_halfLife;
    QComboBox* m_scoreView;
    QComboBox* m_cutoffMode;
    std::array<QSlider*, 3> m_cutoffSlider {};
    std::array<QDoubleSpinBox*, 3> m_cutoffBox {};
    std::array<QDoubleSpinBox*, core::activityKindCount> m_weights {};
    LevelPreview* m_preview;
    QSpinBox* m_silentDays;
    QSpinBox* m_lostDays;
    QComboBox* m_cohortPeriod;
    QSpinBox* m_funnelWindow;
    QSpinBox* m_graphWindow;
};

} // namespace kinsight::ui
