#include "mainwindow.h"

#include <algorithm>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSocketNotifier>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

#include "core/store/database.h"
#include "core/text/messagetext.h"
#include "resources/translations/translator.h"
#include "ui/analysiscontroller.h"
#include "ui/charts/export.h"
#include "ui/dialogs.h"
#include "ui/format.h"
#include "ui/import/importwizard.h"
#include "ui/pages/conversionpage.h"
#include "ui/pages/memberspage.h"
#include "ui/pages/networkpage.h"
#include "ui/pages/overviewpage.h"
#include "ui/pages/pricingpage.h"
#include "ui/pages/recommendationspage.h"
#include "ui/pages/retentionpage.h"
#include "ui/settingsdialog.h"
#include "ui/theme.h"
#include "ui/thresholdspanel.h"

namespace kinsight::ui {

namespace {
constexpr int maxRecent = 8;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_controller(new AnalysisController(this))
{
    setObjectName(QStringLiteral("kinsightMainWindow"));
    setWindowTitle(tr("Kinsight"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/kinsight.svg")));

    auto* central = new QWidget(this);
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_sidebar = new QListWidget(central);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setIconSize(QSize(20, 20));
    m_sidebar->setFixedWidth(200);
    m_sidebar->setFocusPolicy(Qt::StrongFocus);
    m_stack = new QStackedWidget(central);
    row->addWidget(m_sidebar);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);

    buildPages();
    connect(m_sidebar, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // The thresholds panel shows what the page on screen uses.
    connect(m_sidebar, &QListWidget::currentRowChanged, this, [this](int page) {
        if (m_thresholds)
            m_thresholds->showGroups(settingsFor(page));
    });
    m_sidebar->setCurrentRow(0);

    m_thresholdsDock = new QDockWidget(tr("Thresholds"), this);
    m_thresholdsDock->setObjectName(QStringLiteral("thresholdsDock"));
    m_thresholdsDock->setFeatures(
        QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, m_thresholdsDock);
    buildThresholdsPanel();

    connect(m_controller, &AnalysisController::resultsChanged, this, &MainWindow::onResults);
    connect(m_controller, &AnalysisController::databaseOpened, this, &MainWindow::onDatabaseOpened);
    connect(m_controller, &AnalysisController::databaseFailed, this,
        [this](const QString& message) { showError(tr("Could not open the database"), message); });
    connect(m_controller, &AnalysisController::analysisFailed, this,
        [this](const QString& message) { statusBar()->showMessage(tr("Analysis failed: %1").arg(message), 10000); });
    connect(m_controller, &AnalysisController::analysisCancelled, this,
        [this] { statusBar()->showMessage(tr("Analysis cancelled"), 5000); });

    buildMenus();
    buildStatusBar();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildPages()
{
    m_pages = { new OverviewPage(m_controller, m_stack), new MembersPage(m_controller, m_stack),
        new NetworkPage(m_controller, m_stack), new RetentionPage(m_controller, m_stack),
        new ConversionPage(m_controller, m_stack), new PricingPage(m_controller, m_stack),
        new RecommendationsPage(m_controller, m_stack) };
    for (size_t i = 0; i < m_pages.size(); ++i) {
        Page* p = m_pages[i];
        m_stack->addWidget(p);
        auto* item = new QListWidgetItem(QIcon(p->iconPath()), p->title(), m_sidebar);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(p->title()).arg(i + 1));
        item->setSizeHint(QSize(184, 38));
        connect(p, &Page::drillDown, this, [this](const QString& title, MemberList members) {
            membersPage()->showList(title, std::move(members));
            showPage(Members);
        });
        connect(p, &Page::openMember, this, [this](core::Index m) {
            membersPage()->showMember(m);
            showPage(Members);
        });
        connect(p, &Page::editThresholds, this, &MainWindow::applyEdit);
        connect(p, &Page::offerProduct, this, [this](const QString& product) {
            showPage(Recommendations);
            recommendationsPage()->showAudience(product);
        });
    }
    // The window's own writes (a segment saved from the Members page) are no change on disk; a
    // write of a page rebuilt (a language switch) is no longer followed.
    m_ownWrites = 0;
    connect(membersPage(), &MembersPage::databaseWriteStarted, this, [this] { ++m_ownWrites; });
    connect(membersPage(), &MembersPage::databaseWriteFinished, this, [this] {
        if (--m_ownWrites == 0 && !m_diskState.isEmpty())
            m_diskState = diskState();
    });
}

void MainWindow::buildThresholdsPanel()
{
    m_thresholds = new ThresholdsPanel(m_controller, this);
    m_thresholdsDock->setWidget(m_thresholds);
    m_thresholds->showGroups(settingsFor(currentPage()));
}

void MainWindow::setLanguage(const QString& code)
{
    setLanguageSetting(code);
    installTranslator(interfaceLocale()); // LanguageChange: retranslate() follows
}

void MainWindow::changeEvent(QEvent* event)
{
    // One rebuild for the several LanguageChange events a switch sends (Kinsight's translator
    // and Qt's, removed and installed).
    if (event->type() == QEvent::LanguageChange && !m_retranslatePending) {
        m_retranslatePending = true;
        QTimer::singleShot(0, this, &MainWindow::retranslate);
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslate()
{
    m_retranslatePending = false;
    // Every text of the window comes from tr() when a widget is built, so the pages, the
    // thresholds panel and the menus are built again in the new language and given the current
    // results; the analysis and the thresholds stay as they are.
    const int current = currentPage();
    m_sidebar->blockSignals(true);
    m_sidebar->clear();
    for (Page* p : m_pages) {
        m_stack->removeWidget(p);
        delete p;
    }
    m_pages.clear();
    buildPages();
    m_sidebar->blockSignals(false);
    m_stack->setCurrentIndex(current);
    m_sidebar->setCurrentRow(current);

    ThresholdsPanel* old = m_thresholds;
    buildThresholdsPanel(); // shows the controller's thresholds
    delete old;
    m_thresholdsDock->setWindowTitle(tr("Thresholds"));

    // The old menus go with their shortcuts (Ctrl+1 … would otherwise be claimed twice).
    const QList<QMenu*> oldMenus = menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly);
    menuBar()->clear();
    qDeleteAll(oldMenus);
    m_recentMenu = nullptr;
    buildMenus();
    retranslateStatusBar();
    setWindowTitle(tr("Kinsight"));
    if (!m_controller->databasePath().isEmpty())
        showDatabase(m_controller->databasePath());
    if (const auto results = m_controller->results())
        onResults(results);
}

OverviewPage* MainWindow::overviewPage() const
{
    return static_cast<OverviewPage*>(page(Overview));
}
MembersPage* MainWindow::membersPage() const
{
    return static_cast<MembersPage*>(page(Members));
}
NetworkPage* MainWindow::networkPage() const
{
    return static_cast<NetworkPage*>(page(Network));
}
RetentionPage* MainWindow::retentionPage() const
{
    return static_cast<RetentionPage*>(page(Retention));
}
ConversionPage* MainWindow::conversionPage() const
{
    return static_cast<ConversionPage*>(page(Conversion));
}
PricingPage* MainWindow::pricingPage() const
{
    return static_cast<PricingPage*>(page(Pricing));
}
RecommendationsPage* MainWindow::recommendationsPage() const
{
    return static_cast<RecommendationsPage*>(page(Recommendations));
}

unsigned MainWindow::settingsFor(int page)
{
    using P = ThresholdsPanel;
    switch (page) {
    case Overview:
    case Members:
        return P::Levels | P::Churn;
    case Network:
        return P::Leaders | P::Network;
    case Retention:
        return P::Cohorts;
    case Conversion:
        return P::Funnel;
    case Pricing:
        return P::Pricing;
    case Recommendations:
        return P::Recommendations;
    default:
        return P::allGroups;
    }
}

int MainWindow::currentPage() const
{
    return m_stack->currentIndex();
}

void MainWindow::showPage(int index)
{
    if (index >= 0 && index < PageCount)
        m_sidebar->setCurrentRow(index);
}

QString MainWindow::demoDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return QDir(dir).filePath(QStringLiteral("demo.db"));
}

void MainWindow::openDatabase(const QString& path)
{
    m_controller->openDatabase(path);
}

void MainWindow::openDemo()
{
    m_controller->openDemo(demoDatabasePath());
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon(QStringLiteral(":/icons/new.svg")), tr("&New database…"), QKeySequence::New, this, [this] {
        askSaveFile(
            this, tr("New database"), tr("community.db"), tr("Kinsight databases (*.db)"), [this](const QString& path) {
                if (QFileInfo::exists(path)) {
                    showError(tr("New database"), tr("%1 already exists; open it with File › Open.").arg(path));
                    return;
                }
                m_controller->createDatabase(path);
            });
    });
    file->addAction(QIcon(QStringLiteral(":/icons/open.svg")), tr("&Open database…"), QKeySequence::Open, this, [this] {
        askOpenFiles(this, tr("Open database"), tr("Kinsight databases (*.db *.sqlite);;All files (*)"), false,
            [this](const QStringList& files) { openDatabase(files.first()); });
    });
    file->addAction(tr("Open &team database…"), this, &MainWindow::openTeamDatabase);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    rebuildRecentMenu();
    file->addAction(tr("Open the &demo community"), this, &MainWindow::openDemo);
    file->addSeparator();
    file->addAction(QIcon(QStringLiteral(":/icons/import.svg")), tr("&Import…"), QKeySequence(tr("Ctrl+I")), this,
        &MainWindow::importFiles);
    file->addAction(QIcon(QStringLiteral(":/icons/export.svg")), tr("&Export report…"), QKeySequence(tr("Ctrl+E")),
        this, &MainWindow::exportReport);
    file->addSeparator();
    file->addAction(tr("Community &settings…"), this, &MainWindow::communitySettings);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (size_t i = 0; i < m_pages.size(); ++i) {
        QAction* a = view->addAction(QIcon(m_pages[i]->iconPath()), m_pages[i]->title());
        a->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + static_cast<int>(i))));
        connect(a, &QAction::triggered, this, [this, i] { showPage(static_cast<int>(i)); });
    }
    view->addSeparator();
    QAction* panel = m_thresholdsDock->toggleViewAction();
    panel->setText(tr("&Thresholds panel"));
    panel->setIcon(QIcon(QStringLiteral(":/icons/thresholds.svg")));
    panel->setShortcut(QKeySequence(tr("Ctrl+T")));
    view->addAction(panel);
    view->addAction(tr("&Find member"), QKeySequence::Find, this, [this] {
        showPage(Members);
        membersPage()->searchBox()->setFocus();
        membersPage()->searchBox()->selectAll();
    });
    view->addAction(tr("Re&load database"), QKeySequence::Refresh, this, [this] {
        if (!m_controller->databasePath().isEmpty())
            openDatabase(m_controller->databasePath());
    });
    QMenu* theme = view->addMenu(tr("T&heme"));
    auto* themes = new QActionGroup(theme);
    const std::pair<Theme, QString> options[]
        = { { Theme::System, tr("Follow the &system") }, { Theme::Light, tr("&Light") }, { Theme::Dark, tr("&Dark") } };
    const Theme current = themeFromString(QSettings().value(QStringLiteral("theme")).toString());
    for (const auto& [t, name] : options) {
        QAction* a = theme->addAction(name);
        a->setCheckable(true);
        a->setChecked(t == current);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [t] {
            QSettings().setValue(QStringLiteral("theme"), themeName(t));
            applyTheme(*qApp, t);
        });
    }
    // Languages by their own names (English, 简体中文), whatever the interface's language.
    QMenu* language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto* languages = new QActionGroup(language);
    QList<InterfaceLanguage> entries { { QString(), tr("Follow the &system") } };
    entries.append(availableLanguages());
    const QString chosen = languageSetting();
    for (const InterfaceLanguage& entry : entries) {
        QAction* a = language->addAction(entry.nativeName);
        a->setData(entry.code);
        a->setCheckable(true);
        a->setChecked(entry.code == chosen);
        languages->addAction(a);
        const QString code = entry.code;
        connect(a, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    QMenu* analysis = menuBar()->addMenu(tr("&Analysis"));
    analysis->addAction(tr("&Cancel"), QKeySequence(Qt::Key_Escape), m_controller, &AnalysisController::cancel);
    analysis->addAction(tr("Reset &thresholds"), this, [this] { applyEdit([](core::Thresholds& t) { t = {}; }); });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Kinsight"), this, [this] {
        showMessage(this, tr("About Kinsight"),
            tr("<b>Kinsight %1</b><p>Community insight for paid-knowledge creators: who your members are, how engaged "
               "they are, who leads opinion, and what to offer each of them next.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
}

void MainWindow::buildStatusBar()
{
    m_dataRange = new QLabel(this);
    m_membersLabel = new QLabel(this);
    m_timeZone = new QLabel(this);
    m_timeZone->setToolTip(tr("Days, weeks and months begin and end in this zone (File › Community settings)"));
    m_lastImport = new QLabel(this);
    m_task = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_cancel = new QToolButton(this);
    connect(m_cancel, &QToolButton::clicked, m_controller, &AnalysisController::cancel);
    statusBar()->addWidget(m_dataRange);
    statusBar()->addWidget(m_membersLabel);
    statusBar()->addWidget(m_timeZone);
    statusBar()->addWidget(m_lastImport);
    m_engine = new QLabel(this);
    m_engine->setObjectName(QStringLiteral("engineLabel"));
    statusBar()->addWidget(m_engine);
    // Another program may import into the open database (WAL lets it write while we read): a
    // cheap look at the files every two seconds, and a button to reload when they changed.
    m_reload = new QToolButton(this);
    m_reload->hide();
    connect(m_reload, &QToolButton::clicked, this, [this] {
        m_reload->hide();
        openDatabase(m_controller->databasePath());
    });
    statusBar()->addPermanentWidget(m_reload);
    m_diskWatch = new QTimer(this);
    m_diskWatch->setInterval(2000);
    connect(m_diskWatch, &QTimer::timeout, this, &MainWindow::checkDisk);
    statusBar()->addPermanentWidget(m_task);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    retranslateStatusBar();
    m_task->hide();
    m_progress->hide();
    m_cancel->hide();
    connect(m_controller, &AnalysisController::progressChanged, this, [this](const QString& task, double f) {
        const bool running = f >= 0;
        m_task->setVisible(running);
        m_progress->setVisible(running);
        m_cancel->setVisible(running);
        if (running) {
            m_task->setText(task);
            m_progress->setValue(static_cast<int>(f * 1000));
        }
    });
}

void MainWindow::retranslateStatusBar()
{
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the running analysis (Esc)"));
    m_reload->setText(tr("Database changed on disk — Reload"));
    m_reload->setToolTip(tr("Another program changed this database (an import, say). Reload it to see the new data."));
}

void MainWindow::restoreSettings()
{
    QSettings s;
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1440, 900);
    if (!restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray())) {
        resize(initialSize(available.size()));
        move(available.center() - rect().center());
    } else if (!isMaximized() && !isFullScreen() && (width() > available.width() || height() > available.height())) {
        // Saved on a larger screen: fit this one.
        resize(size().boundedTo(initialSize(available.size())));
        move(available.topLeft());
    }
    restoreState(s.value(QStringLiteral("window/state")).toByteArray());
    showPage(s.value(QStringLiteral("window/page"), 0).toInt());
}

QSize MainWindow::initialSize(const QSize& available)
{
    // The frame is not known before the window is shown: leave room for a generous one.
    constexpr int frameWidth = 16;
    constexpr int frameHeight = 48;
    const QSize room(std::max(available.width() - frameWidth, 640), std::max(available.height() - frameHeight, 480));
    return QSize(1440, 900).boundedTo(room);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/state"), saveState());
    s.setValue(QStringLiteral("window/page"), currentPage());
    m_controller->cancel();
    event->accept();
}

void MainWindow::rememberRecent(const QString& path)
{
    QSettings s;
    QStringList recent = s.value(QStringLiteral("recentFiles")).toStringList();
    // A team database is remembered by its URI without a password (libpq finds that in ~/.pgpass).
    const QString absolute = core::isPostgresLocation(path.toStdString())
        ? QString::fromStdString(core::redactedUri(path.toStdString()))
        : QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > maxRecent)
        recent.removeLast();
    s.setValue(QStringLiteral("recentFiles"), recent);
    s.setValue(QStringLiteral("lastDatabase"), absolute);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        const QString name = core::isPostgresLocation(path.toStdString()) ? path : QFileInfo(path).fileName();
        QAction* a = m_recentMenu->addAction(tr("&%1 %2").arg(i + 1).arg(name));
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openDatabase(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

QString MainWindow::diskState() const
{
    const QString path = m_controller->databasePath();
    if (path.isEmpty() || core::isPostgresLocation(path.toStdString()))
        return {}; // a team database is heard through the server (m_serverWatch)
    const QFileInfo db(path), wal(path + QStringLiteral("-wal"));
    // An empty WAL comes and goes as readers open and close; only one with frames says a write.
    const bool walHasFrames = wal.exists() && wal.size() > 0;
    return QStringLiteral("%1/%2/%3/%4")
        .arg(db.size())
        .arg(db.lastModified().toMSecsSinceEpoch())
        .arg(walHasFrames ? wal.size() : 0)
        .arg(walHasFrames ? wal.lastModified().toMSecsSinceEpoch() : 0);
}

void MainWindow::checkDisk()
{
    if (m_reload->isVisible() || m_diskState.isEmpty() || m_ownWrites > 0)
        return;
    if (diskState() != m_diskState)
        m_reload->show();
}

void MainWindow::onDatabaseOpened(const QString& path)
{
    m_diskState = diskState();
    m_reload->hide();
    m_diskWatch->start();
    rememberRecent(path);
    showDatabase(path);
    watchServer(path);
}

QString MainWindow::databaseName(const QString& path)
{
    if (!core::isPostgresLocation(path.toStdString()))
        return QFileInfo(path).fileName();
    // postgresql://user@host:port/dbname?options → dbname on host
    QString rest = QString::fromStdString(core::redactedUri(path.toStdString()));
    rest = rest.mid(rest.indexOf(QStringLiteral("://")) + 3);
    rest = rest.left(rest.indexOf(QLatin1Char('?')) < 0 ? rest.size() : rest.indexOf(QLatin1Char('?')));
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    QString host = slash < 0 ? rest : rest.left(slash);
    const QString name = slash < 0 ? QString() : rest.mid(slash + 1);
    host = host.mid(host.indexOf(QLatin1Char('@')) + 1);
    return host.isEmpty() ? name : tr("%1 on %2").arg(name, host);
}

void MainWindow::showDatabase(const QString& path)
{
    setWindowTitle(tr("%1 — Kinsight").arg(databaseName(path)));
    const bool team = core::isPostgresLocation(path.toStdString());
    m_engine->setText(team ? tr("PostgreSQL · %1").arg(databaseName(path)) : tr("SQLite · %1").arg(databaseName(path)));
    m_engine->setToolTip(team ? QString::fromStdString(core::redactedUri(path.toStdString())) : path);
}

void MainWindow::watchServer(const QString& path)
{
    delete m_serverNotifier;
    m_serverNotifier = nullptr;
    m_serverWatch.reset();
    if (!core::isPostgresLocation(path.toStdString()))
        return;
    auto watch = core::ServerWatch::listen(path.toStdString());
    if (!watch)
        return; // the data is loaded; only the reload offer is missing
    m_serverWatch = std::move(watch).value();
    m_serverNotifier = new QSocketNotifier(m_serverWatch->socket(), QSocketNotifier::Read, this);
    connect(m_serverNotifier, &QSocketNotifier::activated, this, [this] {
        const std::int64_t version = m_serverWatch ? m_serverWatch->changed() : -1;
        if (version >= 0 && !m_reload->isVisible())
            m_reload->show();
    });
}

void MainWindow::openTeamDatabase()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Open team database"));
    dialog->setLabelText(tr("PostgreSQL URI (postgresql://user@host/dbname; the password comes from ~/.pgpass or "
                            "PGPASSWORD, never from Kinsight):"));
    QStringList recent;
    for (const QString& r : QSettings().value(QStringLiteral("recentFiles")).toStringList()) {
        if (core::isPostgresLocation(r.toStdString()))
            recent << r;
    }
    if (recent.isEmpty())
        recent << QStringLiteral("postgresql://");
    dialog->setComboBoxItems(recent);
    dialog->setComboBoxEditable(true);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& uri) {
        const QString trimmed = uri.trimmed();
        if (!core::isPostgresLocation(trimmed.toStdString())) {
            showError(tr("Open team database"), tr("'%1' is not a PostgreSQL URI (postgresql://…)").arg(trimmed));
            return;
        }
        openDatabase(trimmed);
    });
    dialog->open();
}

void MainWindow::communitySettings()
{
    const core::CommunityPtr community = m_controller->community();
    if (m_controller->databasePath().isEmpty() || !community) {
        showError(tr("Community settings"), tr("Open or create a database first."));
        return;
    }
    CommunitySettingsDialog::ask(this, QString::fromStdString(community->timeZone.id()),
        QString::fromStdString(community->currency), [this](const QString& zone) { setCommunityTimeZone(zone); });
}

void MainWindow::setCommunityTimeZone(const QString& zone)
{
    const QString path = m_controller->databasePath();
    const core::CommunityPtr community = m_controller->community();
    if (path.isEmpty() || (community && community->timeZone.id() == zone.toStdString()))
        return;
    // A one-row write: the stored instants stay as they are; every figure is computed again.
    core::Status written;
    {
        auto db = core::Database::open(path.toStdString(), core::OpenMode::ReadWrite);
        written = db ? (*db)->setTimeZoneId(zone.toStdString()) : core::Status(db.failure());
    } // closed before it is read again
    if (!written) {
        showError(tr("Community settings"), core::errorText(written.failure()));
        return;
    }
    openDatabase(path);
}

void MainWindow::onResults(const std::shared_ptr<const core::AnalysisResults>& results)
{
    if (!results)
        return;
    const core::Community& c = *results->community;
    if (c.dataBegin == core::noTimestamp)
        m_dataRange->setText(tr("No data yet"));
    else
        m_dataRange->setText(
            tr("Data %1 – %2").arg(fmt::day(c.timeZone.dayOf(c.dataBegin)), fmt::day(c.timeZone.dayOf(c.dataEnd))));
    m_membersLabel->setText(
        tr("%1 members · %2 products").arg(fmt::count(c.memberCount()), fmt::count(c.productCount())));
    m_timeZone->setText(tr("Time zone %1").arg(QString::fromStdString(c.timeZone.id())));
    const core::Timestamp last = m_controller->lastImport();
    m_lastImport->setText(
        last == core::noTimestamp ? tr("No imports yet") : tr("Last import %1").arg(fmt::dateTime(last, c.timeZone)));
    m_thresholds->setResults(results);
    for (Page* p : m_pages)
        p->setResults(results);
}

void MainWindow::applyEdit(const std::function<void(core::Thresholds&)>& edit)
{
    core::Thresholds t = m_controller->thresholds();
    edit(t);
    m_controller->setThresholds(t); // the panel follows the controller
}

void MainWindow::importFiles()
{
    if (m_controller->databasePath().isEmpty()) {
        showError(tr("Import"), tr("Open or create a database first."));
        return;
    }
    // The one import path: the wizard (files, kinds, columns, options, a report per file).
    auto* wizard = new ImportWizard(m_controller->databasePath(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] { openDatabase(m_controller->databasePath()); });
    wizard->open(); // window-modal, without a nested event loop
}

void MainWindow::exportReport()
{
    if (m_reportHandler) {
        m_reportHandler();
        return;
    }
    // Without the report writer, the page on screen is the report: as PNG or SVG.
    exportWidgetInteractively(m_stack->currentWidget(), page(currentPage())->title());
}

void MainWindow::showError(const QString& title, const QString& message)
{
    statusBar()->showMessage(title, 10000);
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal without a nested event loop
}

} // namespace kinsight::ui
