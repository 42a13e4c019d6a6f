#pragma once

#include <array>
#include <memory>
#include <optional>
#include <vector>

#include <QFrame>

#include "core/actions/actions.h"
#include "core/analysis/analysis.h"
#include "ui/jobrunner.h"
#include "ui/pages/page.h"

class QLabel;
class QPushButton;

namespace kinsight::ui {

class AnalysisController;

/// "Today" on the Overview: one line per action of contract §2 (docs/actions.md) with its count
/// and, for the lists whose value is money, the money at stake; a line opens its members on the
/// Members page. Follows the controller's results: the lists are computed off the GUI thread from
/// the results snapshot (its thresholds and leader ranking), a newer snapshot drops an older
/// computation, and the same inputs are never computed twice. The counts are those of
/// `kinsight actions` at the same thresholds.
class TodayList : public QFrame {
    Q_OBJECT
public:
    /// What the lines show and open, kept instead of the full action lists (at a million members
    /// those hold a reason per item, tens of MiB): each list's members in order, its money at stake.
    struct Shown {
        core::Day asOf = 0;
        bool hasDay = false;
        std::array<std::vector<core::Index>, core::actionKindCount> members;
        std::array<std::optional<core::Cents>, core::actionKindCount> moneyAtStake;
        const std::vector<core::Index>& list(core::ActionKind kind) const { return members[static_cast<size_t>(kind)]; }
    };

    explicit TodayList(AnalysisController* controller, QWidget* parent = nullptr);

    /// The lists shown, or null before the first computation finished.
    const std::shared_ptr<const Shown>& lists() const { return m_lists; }
    /// The line of an action (its text holds the count), for tests and keyboard users.
    QPushButton* line(core::ActionKind kind) const { return m_lines[static_cast<size_t>(kind)]; }
    QLabel* money(core::ActionKind kind) const { return m_money[static_cast<size_t>(kind)]; }
    /// Title of an action's line ("Paying members at risk").
    static QString title(core::ActionKind kind);

Q_SIGNALS:
    /// A line was opened: its members, in the list's order.
    void drillDown(const QString& title, kinsight::ui::MemberList members);
    /// A computation finished and is shown.
    void listsChanged();

private:
    void follow(const std::shared_ptr<const core::AnalysisResults>& results);
    void show(std::shared_ptr<const Shown> lists, bool leadersReady, const std::string& currency);
    void open(core::ActionKind kind);

    QLabel* m_asOf;
    std::array<QPushButton*, core::actionKindCount> m_lines {};
    std::array<QLabel*, core::actionKindCount> m_money {};
    std::shared_ptr<const Shown> m_lists;
    struct Inputs {
        const void* community = nullptr;
        const void* leaders = nullptr;
        int silentDays = 0;
        int lostAfterDays = 0;
        bool operator==(const Inputs&) const = default;
    };
    Inputs m_inputs;
    JobRunner* m_job = new JobRunner(this); ///< the action lists of the latest results
};

} // namespace kinsight::ui
