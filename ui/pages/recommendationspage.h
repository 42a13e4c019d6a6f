#pragma once

#include "ui/pages/page.h"

class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

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
    QPushButton* evaluateButton() const { return m_evaluate; }
    QPushButton* compareButton() const { return m_compare; }

protected:
    core::Parts shownParts() const override;
    void refresh(const core::AnalysisResults& r) override;

private:
    struct Arm {
        QComboBox* method;
        QSpinBox* neighbours;
        QDoubleSpinBox* floor;
        QDoubleSpinBox* alpha;
    };
    Arm makeArm(QWidget* parent, const QString& title, core::Method method, QGridLayout* grid, int column);
    core::Configuration configuration(const Arm& arm) const;

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
    core::Index m_shownMember = core::noIndex;
    core::Method m_shownMethod = core::Method::Hybrid;
};

} // namespace kinsight::ui
