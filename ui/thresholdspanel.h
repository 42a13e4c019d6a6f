#pragma once

#include <array>
#include <functional>
#include <memory>

#include <QWidget>

#include "core/analysis/analysis.h"
#include "ui/jobrunner.h"

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace kinsight::ui {

class AnalysisController;
class LevelPreview;

/// The settings of the analysis that the current page uses, in plain words with a hint under
/// each (the technical name in the tooltip), grouped; Reset at the top restores the groups
/// shown. The controller owns the thresholds: every edit reads its thresholds, changes one
/// field and hands them back (it debounces), and the panel shows whatever the controller holds
/// (its thresholdsChanged signal), so an edit from a page or a menu shows here too.
///
/// The controls keep the rules: Core ≥ Active ≥ Casual (as scores; as shares the other way),
/// quiet days before lost days, and the leader score's parts as whole percents that always sum
/// to 100 (editing one rebalances the others in proportion). Opinion leaders are chosen as the
/// top N members, the top X % of the network or a score at least S, with the leader count beside
/// the control. The level distribution previews live, off the GUI thread, while a cut-off moves.
class ThresholdsPanel : public QWidget {
    Q_OBJECT
public:
    /// One group of settings; a page shows the groups it uses (MainWindow::settingsFor()).
    enum Group : unsigned {
        Levels = 1u << 0, ///< engagement score, level cut-offs, preview, half-life, activity points
        Churn = 1u << 1,
        Leaders = 1u << 2, ///< how leaders are chosen and what their score weighs
        Network = 1u << 3, ///< the network's time window
        Cohorts = 1u << 4,
        Funnel = 1u << 5,
        Pricing = 1u << 6,
        Recommendations = 1u << 7,
    };
    using Groups = unsigned;
    static constexpr int groupCount = 8;
    static constexpr Groups allGroups = (1u << groupCount) - 1;

    explicit ThresholdsPanel(AnalysisController* controller, QWidget* parent = nullptr);

    /// The controller's thresholds (the panel keeps none of its own).
    const core::Thresholds& thresholds() const;
    /// Shows these groups only (the others are hidden, and Reset leaves them alone).
    void showGroups(Groups groups);
    Groups shownGroups() const { return m_groups; }
    /// New results: the preview uses their scores, the leader count their ranking.
    void setResults(std::shared_ptr<const core::AnalysisResults> results);

    /// Level counts the preview shows now (for tests).
    std::array<int, core::engagementLevelCount> previewCounts() const;
    /// Leader weights as the whole percents shown (PageRank, reach, bridging, intensity, core).
    std::array<int, 5> leaderShares() const;
    /// The shares of a new weight: `edited` set to `percent`, the others rebalanced in proportion
    /// to `current` (equally when they are all 0) so that all five sum to 100.
    static std::array<int, 5> rebalance(const std::array<int, 5>& current, size_t edited, int percent);
    /// `weights` as whole percents summing to 100 (largest remainders; equal shares when all are 0).
    static std::array<int, 5> sharesOf(const core::LeaderWeights& weights);

    // The widgets, for tests and keyboard access.
    QGroupBox* group(Group g) const;
    QPushButton* resetButton() const { return m_reset; }
    QComboBox* leaderModeBox() const { return m_leaderMode; }
    QSpinBox* leaderTopBox() const { return m_leaderTop; }
    QDoubleSpinBox* leaderShareBox() const { return m_leaderShare; }
    QDoubleSpinBox* leaderScoreBox() const { return m_leaderScore; }
    QLabel* leaderCountLabel() const { return m_leaderCount; }
    QSpinBox* leaderWeightBox(size_t i) const { return m_leaderWeights[i]; }
    QComboBox* cutoffModeBox() const { return m_cutoffMode; }
    QDoubleSpinBox* cutoffBox(size_t level) const { return m_cutoffBox[level]; }
    QSpinBox* silentDaysBox() const { return m_silentDays; }
    QSpinBox* lostDaysBox() const { return m_lostDays; }
    QDoubleSpinBox* floorBox() const { return m_floor; }
    QSpinBox* alphaBox() const { return m_alpha; }
    QSpinBox* halfLifeBox() const { return m_halfLife; }
    QSpinBox* graphWindowBox() const { return m_graphWindow; }
    QComboBox* cohortPeriodBox() const { return m_cohortPeriod; }

Q_SIGNALS:
    void previewUpdated();

private:
    void edit(const std::function<void(core::Thresholds&)>& change);
    void display(const core::Thresholds& t);
    void showLeaderMode(core::LeaderSelection selection);
    void showCutoffMode(bool share);
    void updateLeaderCount();
    void updatePreview();
    void resetShown();

    AnalysisController* m_controller;
    core::Thresholds m_shown; ///< what the widgets show now (a mirror of the controller's)
    std::shared_ptr<const core::AnalysisResults> m_results;
    Groups m_groups = allGroups;
    bool m_syncing = false;
    JobRunner* m_previewJob = new JobRunner(this); ///< the level counts for the latest cut-offs

    QPushButton* m_reset;
    QLabel* m_nothing;
    std::array<QGroupBox*, groupCount> m_groupBoxes {};
    // Leaders
    QComboBox* m_leaderMode;
    QLabel* m_leaderValueLabel;
    QLabel* m_leaderValueHint;
    QSpinBox* m_leaderTop;
    QDoubleSpinBox* m_leaderShare;
    QDoubleSpinBox* m_leaderScore;
    QLabel* m_leaderCount;
    QSpinBox* m_minDegree;
    std::array<QSpinBox*, 5> m_leaderWeights {};
    // Levels
    QComboBox* m_scoreView;
    QComboBox* m_cutoffMode;
    std::array<QLabel*, 3> m_cutoffLabel {};
    std::array<QLabel*, 3> m_cutoffHint {};
    std::array<QDoubleSpinBox*, 3> m_cutoffBox {};
    LevelPreview* m_preview;
    QSpinBox* m_halfLife;
    std::array<QDoubleSpinBox*, core::activityKindCount> m_weights {};
    // Churn, network, cohorts, funnel, pricing
    QSpinBox* m_silentDays;
    QSpinBox* m_lostDays;
    QSpinBox* m_graphWindow;
    QComboBox* m_cohortPeriod;
    QSpinBox* m_funnelWindow;
    QSpinBox* m_renewalGrace;
    QSpinBox* m_ltvWindow;
    QSpinBox* m_longestStay;
    // Recommendations
    QSpinBox* m_k;
    QSpinBox* m_neighbours;
    QDoubleSpinBox* m_floor;
    QSpinBox* m_alpha;
};

} // namespace kinsight::ui
