#pragma once

#include <functional>
#include <memory>
#include <vector>

#include <QMainWindow>

#include "core/analysis/analysis.h"
#include "core/store/pgstore.h"
#include "ui/pages/page.h"

class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QSocketNotifier;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace kinsight::ui {

class AnalysisController;
class ConversionPage;
class MembersPage;
class NetworkPage;
class OverviewPage;
class PricingPage;
class RecommendationsPage;
class RetentionPage;
class ThresholdsPanel;

/// The dashboard: a sidebar of pages, the thresholds panel, a status bar (data range, members,
/// last import, progress with cancel), menus with shortcuts, remembered window state and theme.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum PageIndex { Overview, Members, Network, Retention, Conversion, Pricing, Recommendations, PageCount };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    AnalysisController* controller() const { return m_controller; }
    ThresholdsPanel* thresholdsPanel() const { return m_thresholds; }
    Page* page(int index) const { return m_pages[static_cast<size_t>(index)]; }
    int currentPage() const;
    void showPage(int index);
    /// The thresholds panel's groups (ThresholdsPanel::Group) that a page uses.
    static unsigned settingsFor(int page);
    OverviewPage* overviewPage() const;
    MembersPage* membersPage() const;
    NetworkPage* networkPage() const;
    RetentionPage* retentionPage() const;
    ConversionPage* conversionPage() const;
    PricingPage* pricingPage() const;
    RecommendationsPage* recommendationsPage() const;

    void openDatabase(const QString& path);
    /// Opens the demo community, creating it in the user's data folder on first use.
    void openDemo();
    /// View › Language: "" follows the system, else a code of availableLanguages() (`en`,
    /// `zh_CN`). Saved in the settings; every page, menu and panel shows the new language at once.
    void setLanguage(const QString& code);
    /// Where the demo community lives: AppDataLocation/demo.db.
    static QString demoDatabasePath();
    /// The size the window opens at without a saved geometry: 1440×900, shrunk to fit a screen
    /// whose free area (`available`, the screen less its panels) is smaller, with room for the
    /// window frame, so the thresholds panel is never cut off at the screen's edge.
    static QSize initialSize(const QSize& available);

    /// Lets an import wizard take over File › Import… (default: a file dialog and the importer).
    /// Lets the report writer take over File › Export report… (default: the current page as an image).
    void setReportHandler(std::function<void()> handler) { m_reportHandler = std::move(handler); }

    QLabel* dataRangeLabel() const { return m_dataRange; }
    QToolButton* reloadButton() const { return m_reload; }
    QLabel* membersLabel() const { return m_membersLabel; }
    QLabel* timeZoneLabel() const { return m_timeZone; }
    QLabel* engineLabel() const { return m_engine; }

public Q_SLOTS:
    void importFiles();
    /// File › Open team database…: a PostgreSQL URI, offered from the recent list.
    void openTeamDatabase();
    void exportReport();
    /// File › Community settings: shows the community time zone and currency; a new zone is stored
    /// in the database and the analysis reloads.
    void communitySettings();
    /// Stores a new community time zone in the open database and reloads it (recomputes).
    void setCommunityTimeZone(const QString& zone);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void buildPages();
    void buildThresholdsPanel();
    void buildMenus();
    void retranslateStatusBar();
    /// Builds the window's texts again in the interface language (View › Language).
    void retranslate();
    void showDatabase(const QString& path);
    void buildStatusBar();
    void restoreSettings();
    void rememberRecent(const QString& path);
    void watchServer(const QString& path);
    /// The file's name, or `dbname on host` for a team database.
    QString databaseName(const QString& path);
    void rebuildRecentMenu();
    void onResults(const std::shared_ptr<const core::AnalysisResults>& results);
    void onDatabaseOpened(const QString& path);
    void applyEdit(const std::function<void(core::Thresholds&)>& edit);
    void showError(const QString& title, const QString& message);
    QString diskState() const;
    void checkDisk();

    AnalysisController* m_controller;
    QListWidget* m_sidebar;
    QStackedWidget* m_stack;
    std::vector<Page*> m_pages;
    ThresholdsPanel* m_thresholds = nullptr;
    QDockWidget* m_thresholdsDock;
    QMenu* m_recentMenu = nullptr;
    QLabel* m_dataRange;
    QLabel* m_membersLabel;
    QLabel* m_timeZone = nullptr;
    QLabel* m_lastImport;
    QLabel* m_task;
    QProgressBar* m_progress;
    QToolButton* m_cancel;
    /// Offered when another program (a `kinsight import`, say) changed the open database.
    QToolButton* m_reload = nullptr;
    QLabel* m_engine = nullptr; ///< the database's engine and name
    /// A team database: hears another member's import (LISTEN/NOTIFY) instead of watching a file.
    std::unique_ptr<core::ServerWatch> m_serverWatch;
    QSocketNotifier* m_serverNotifier = nullptr;
    QTimer* m_diskWatch = nullptr;
    bool m_retranslatePending = false;
    QString m_diskState; ///< size and time of the database and its WAL when last (re)loaded
    int m_ownWrites = 0; ///< writes of the window's own (a saved segment) running now
    std::function<void()> m_reportHandler;
};

} // namespace kinsight::ui
