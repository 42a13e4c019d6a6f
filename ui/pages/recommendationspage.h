#pragma once

#include "core/util/table.h"
#include "ui/pages/page.h"

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace kinsight::ui {

class RowsModel;
class TableView;

/// Recommendations: the method, one member's list with the reasons, the offline evaluation of
/// every method, and an A/B comparison of two configurations with its p-value.
class RecommendationsPage : public Page {
    Q_OBJECT
public:
    explicit RecommendationsPage(AnalysisController* controller, QWidget* parent = nullptr);
    QString title() const override { return tr("Recommendations"); }
    QString iconPath() const override { return QStringLiteral(":/icons/recommendations.svg"); }

    /// Shows the list for a member id; false when there is no such member.
    bool showMemberId(const QString& id);
    RowsModel* list() const { return m_list; }
    RowsModel* evaluation() const { return m_evaluation; }
    QLabel* abResult() const { return m_abResult; }
    /// The ranking of the methods in plain words, after an evaluation.
    QLabel* ranking() const { return m_ranking; }
    /// "For your community, 'bought together' finds the next purchase 2.1× as often as 'most
    /// popular'. Then, best first: …" — best by NDCG, the ratio of hit rates.
    static QString rankingText(const std::vector<core::MethodMetrics>& rows);
    /// Which method `auto` chose and why, in plain words (validation figures, never the test's).
    static QString autoChoiceText(const core::AutoChoice& choice);
    /// The automatic choice's explanation (empty until it is known).
    QLabel* autoInfo() const { return m_autoInfo; }
    /// "Who should I offer this product to?": asks for the audience of a product id; false when
    /// there is no such product.
    bool showAudience(const QString& productId);
    RowsModel* audience() const { return m_audience; }
    /// Writes the audience shown to `path` as CSV (rank, member_id, name, score, reason).
    bool exportAudienceCsv(const QString& path) const;
    QPushButton* evaluateButton() const { return m_evaluate; }
    QPushButton* compareButton() const { return m_compare; }

protected:
    void showEvent(QShowEvent* event) override;
    core::Parts shownParts() const override;
    void refresh(const core::AnalysisResults& r) override;

private:
    /// Runs the offline comparison of the two settings of the comparison tab in the background.
    void startComparison();
    struct Arm {
        QComboBox* method;
        QSpinBox* neighbours;
        QDoubleSpinBox* floor;
        QDoubleSpinBox* alpha;
    };
    Arm makeArm(QWidget* parent, const QString& title, core::Method method, QGridLayout* grid, int column);
    core::Configuration configuration(const Arm& arm) const;
    /// Asks for the automatic choice and the evaluation once per community, when the page shows.
    void startBackgroundWork();
    QWidget* makeAudienceTab(QWidget* parent);

    QComboBox* m_method;
    QLineEdit* m_member;
    QLabel* m_memberInfo;
    RowsModel* m_list;
    TableView* m_listView;
    RowsModel* m_evaluation;
    TableView* m_evaluationView;
    QLabel* m_ranking;
    QPushButton* m_evaluate;
    Arm m_a {};
    Arm m_b {};
    QComboBox* m_abMetric;
    QPushButton* m_compare;
    QLabel* m_abResult;
    QLabel* m_autoInfo;
    QTabWidget* m_tabs;
    QComboBox* m_audienceProduct;
    QSpinBox* m_audienceSize;
    QPushButton* m_audienceFind;
    QPushButton* m_audienceExport;
    QLabel* m_audienceInfo;
    RowsModel* m_audience;
    TableView* m_audienceView;
    core::Index m_audienceFor = core::noIndex;
    core::Table m_audienceTable; ///< as `kinsight audience` prints it: rank, member_id, name, score, reason
    bool m_automatic = true; ///< the method follows the automatic choice
    std::shared_ptr<const core::AutoChoice> m_auto;
    const void* m_startedFor = nullptr; ///< the community the background work was asked for
    core::Index m_shownMember = core::noIndex;
    core::Method m_shownMethod = core::Method::Hybrid;
};

} // namespace kinsight::ui
