#pragma once

#include <map>
#include <memory>
#include <optional>
#include <utility>

#include <QWidget>

#include "core/analysis/analysis.h"
#include "ui/pages/page.h"

class QFormLayout;
class QLabel;
class QPushButton;

namespace kinsight::ui {

class AnalysisController;
class ChartWidget;
class RowsModel;
class TableView;

/// The member 360: profile; engagement score and level with their history; RFM, lifecycle and
/// churn risk; orders, ratings and activity; network position (degree, clustering, community,
/// leader score and why); recommendations with reasons.
class MemberPanel : public QWidget {
    Q_OBJECT
public:
    explicit MemberPanel(AnalysisController* controller, QWidget* parent = nullptr);

    void setResults(std::shared_ptr<const core::AnalysisResults> results);
    void showMember(core::Index member);
    core::Index member() const { return m_member; }

    /// Text of a field (for tests): "id", "name", "level", "score", "segment", "degree", "leader", …
    QString field(const QString& key) const;
    RowsModel* orders() const { return m_orders; }
    RowsModel* recommendations() const { return m_recommendations; }
    ChartWidget* scoreHistory() const { return m_history; }

Q_SIGNALS:
    void drillDown(const QString& title, kinsight::ui::MemberList members);
    void openMember(kinsight::core::Index member);
    /// A product's context menu: "Who should I offer this product to?".
    void offerProduct(const QString& productId);

private:
    void rebuild();
    /// Asks for the shown member's recommendations at the settings of the latest results; the
    /// list on screen is emptied first when those settings differ from the ones it was made at.
    void requestRecommendations();
    void setField(const QString& key, const QString& value);
    QLabel* addField(QFormLayout* form, const QString& key, const QString& label);

    AnalysisController* m_controller;
    std::shared_ptr<const core::AnalysisResults> m_results;
    core::Index m_member = core::noIndex;
    /// The settings the recommendations on screen were asked for at (method, ranking options).
    std::optional<std::pair<core::Method, core::RankOptions>> m_rankedAt;
    QLabel* m_title;
    QWidget* m_body;
    QLabel* m_placeholder;
    std::map<QString, QLabel*> m_fields;
    ChartWidget* m_history;
    ChartWidget* m_activity;
    RowsModel* m_orders;
    RowsModel* m_ratings;
    RowsModel* m_recommendations;
    TableView* m_ordersView;
    TableView* m_ratingsView;
    TableView* m_recommendationsView;
    QLabel* m_reasons;
    QPushButton* m_neighbours;
};

} // namespace kinsight::ui
