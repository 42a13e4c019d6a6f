#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QWidget>

#include "core/analysis/analysis.h"
#include "ui/jobrunner.h"

class QLabel;

namespace kinsight::ui {

class AnalysisController;

using MemberList = std::shared_ptr<const std::vector<core::Index>>;

/// One page of the window. Pages receive every results snapshot but rebuild only when the
/// results they show are new objects (the core hands out a new pointer only when it recomputed
/// a part), so a threshold change repaints exactly the pages it affects.
class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(AnalysisController* controller, QWidget* parent = nullptr);

    virtual QString title() const = 0;
    /// Resource path of the page's icon.
    virtual QString iconPath() const = 0;

    void setResults(const std::shared_ptr<const core::AnalysisResults>& results);
    const std::shared_ptr<const core::AnalysisResults>& results() const { return m_results; }
    /// How many times the page has rebuilt its content (tests check who repaints).
    int refreshCount() const { return m_refreshes; }

Q_SIGNALS:
    /// Opens the Members page on exactly these members, with a title saying where they come from.
    void drillDown(const QString& title, kinsight::ui::MemberList members);
    void openMember(kinsight::core::Index member);
    /// Changes thresholds from a switch on the page (the thresholds panel and analysis follow).
    void editThresholds(std::function<void(kinsight::core::Thresholds&)> edit);
    /// "Who should I offer this product to?" from a product's context menu: the Recommendations
    /// page shows the product's audience.
    void offerProduct(const QString& productId);

protected:
    /// The parts of the results the page shows: it is refreshed when one of their versions changes.
    virtual core::Parts shownParts() const = 0;
    virtual void refresh(const core::AnalysisResults& results) = 0;

    AnalysisController* controller() const { return m_controller; }
    /// Computes a drill-down list off the GUI thread, then emits drillDown.
    void drillDownAsync(const QString& title, std::function<std::vector<core::Index>()> compute);
    /// A heading label in the page style.
    static QLabel* heading(const QString& text, QWidget* parent);
    /// A muted explanatory label.
    static QLabel* note(const QString& text, QWidget* parent);

private:
    AnalysisController* m_controller;
    JobRunner* m_drillDowns; ///< the latest drill-down asked for
    std::shared_ptr<const core::AnalysisResults> m_results;
    std::vector<std::uint64_t> m_shown; ///< versions of the shown parts, the community's last
    int m_refreshes = 0;
};

} // namespace kinsight::ui
