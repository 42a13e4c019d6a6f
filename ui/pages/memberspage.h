#pragma once

#include <QTimer>

#include "core/analysis/memberquery.h"
#include "ui/jobrunner.h"
#include "ui/pages/page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QFrame;
class QKeyEvent;

namespace kinsight::ui {

class MemberPanel;
class MemberTableModel;
class TableView;

/// Every member in one table (a permutation over the snapshot, sorted and filtered by
/// core::queryMembers() off the GUI thread, by money at risk unless the operator sorts otherwise),
/// search and filters (a row that wraps), the member 360 as a drawer beside the table that opens
/// on a selection, and the drill-down lists that other pages open here (saved as segments,
/// exported as CSV).
class MembersPage : public Page {
    Q_OBJECT
public:
    explicit MembersPage(AnalysisController* controller, QWidget* parent = nullptr);
    ~MembersPage() override;
    QString title() const override { return tr("Members"); }
    QString iconPath() const override { return QStringLiteral(":/icons/members.svg"); }

    /// Shows exactly these members (a drill-down) under a banner with the title.
    void showList(const QString& title, MemberList members);
    /// Back to all members.
    void clearList();
    /// Opens the 360 drawer on a member. A member that the current list leaves out is listed first
    /// (the drill-down, the search and the filters are cleared), so that the drawer always shows a
    /// listed member.
    void showMember(core::Index member);
    /// Closes the 360 drawer (its close button, Esc) and gives the table the width.
    void closeDrawer();
    bool isDrawerOpen() const;
    QWidget* drawer() const { return m_drawer; }

    MemberTableModel* model() const { return m_model; }
    TableView* table() const { return m_table; }
    MemberPanel* panel() const { return m_panel; }
    QLineEdit* searchBox() const { return m_search; }
    const core::MemberFilter& filter() const { return m_filter; }
    const core::MemberSort& sortOrder() const { return m_sort; }
    /// The members listed now, in order.
    std::vector<core::Index> listedMembers() const;
    /// Writes the listed members as CSV; false on a write error.
    bool exportCsv(const QString& path) const;
    /// Saves the listed members into the open database as the segment `name` (off the GUI
    /// thread); answers with segmentSaved.
    void saveListAsSegment(const QString& name);

Q_SIGNALS:
    /// A query finished and the table shows its rows.
    void listUpdated();
    /// The window itself is about to write the open database / has written it: not a change
    /// made by another program.
    void databaseWriteStarted();
    void databaseWriteFinished();
    /// saveListAsSegment() finished; `error` is empty on success.
    void segmentSaved(const QString& name, const QString& error);

protected:
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    core::Parts shownParts() const override;
    void refresh(const core::AnalysisResults& r) override;

private:
    void openDrawer(core::Index member);
    void resetFilters();
    void readFilters();
    void runQuery();
    void fillChannelFilter(const core::Community& c);
    void saveSegment();
    void saveSegmentAs(const std::shared_ptr<const core::AnalysisResults>& results, const QString& name);
    void exportInteractively();

    MemberTableModel* m_model;
    TableView* m_table;
    MemberPanel* m_panel;
    QWidget* m_drawer;
    QSplitter* m_splitter;
    /// A member opened from another page, shown once the list holding it arrives.
    core::Index m_pendingMember = core::noIndex;
    QLineEdit* m_search;
    QComboBox* m_level;
    QComboBox* m_segment;
    QComboBox* m_lifecycle;
    QComboBox* m_channel;
    QComboBox* m_leaders;
    QComboBox* m_churn;
    QLabel* m_count;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QTimer m_searchDelay;
    core::MemberFilter m_filter;
    core::MemberSort m_sort = core::byMoneyAtRisk;
    QString m_listTitle;
    const core::Community* m_channelsOf = nullptr;
    JobRunner* m_query = new JobRunner(this); ///< the latest member query
    JobRunner* m_saves = new JobRunner(this, JobRunner::Policy::Every); ///< segments being saved
};

} // namespace kinsight::ui
