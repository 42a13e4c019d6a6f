#include "memberspage.h"

#include <fstream>

#include <QComboBox>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/metrics/lifecycle.h"
#include "core/store/database.h"
#include "core/store/segments.h"
#include "core/text/messagetext.h"
#include "ui/analysiscontroller.h"
#include "ui/dialogs.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/models/membertablemodel.h"
#include "ui/pages/memberpanel.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/tableview.h"

namespace kinsight::ui {

MembersPage::MembersPage(AnalysisController* controller, QWidget* parent)
    : Page(controller, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 12);
    layout->setSpacing(8);
    auto* top = new QHBoxLayout();
    top->addWidget(heading(tr("Members"), this));
    top->addSpacing(16);
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search by member ID or name (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(200);
    top->addWidget(m_search, 1);
    top->addSpacing(16);
    m_count = note(QString(), this);
    m_count->setWordWrap(false);
    top->addWidget(m_count);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    exportButton->setToolTip(tr("Write the listed members, in this order, to a CSV file."));
    connect(exportButton, &QPushButton::clicked, this, &MembersPage::exportInteractively);
    top->addWidget(exportButton);
    layout->addLayout(top);

    // Filters: one combo per criterion, each as wide as its longest entry, on a row that wraps
    // rather than widen the page (or cut the entries short) on a narrow screen.
    auto* filters = new FlowLayout(nullptr, 6, 6);
    auto combo = [&](const QString& tip, const QStringList& items) {
        auto* box = new QComboBox(this);
        box->setToolTip(tip);
        box->addItems(items);
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(box);
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            readFilters();
            runQuery();
        });
        return box;
    };
    QStringList levels { tr("All levels") };
    for (int l = 0; l < core::engagementLevelCount; ++l)
        levels << label::level(static_cast<core::EngagementLevel>(l));
    m_level = combo(tr("Engagement level"), levels);
    QStringList segments { tr("All RFM segments") };
    for (int s = 0; s < core::rfmSegmentCount; ++s)
        segments << label::segment(static_cast<core::RfmSegment>(s));
    m_segment = combo(tr("RFM segment"), segments);
    QStringList lifecycle { tr("All lifecycles") };
    for (int s = 0; s < core::memberLifecycleCount; ++s)
        lifecycle << label::lifecycle(static_cast<core::MemberLifecycle>(s));
    m_lifecycle = combo(tr("Lifecycle status in the last period"), lifecycle);
    m_channel = combo(tr("Acquisition channel"), { tr("All channels") });
    m_leaders = combo(tr("Opinion leaders"), { tr("Leaders and others"), tr("Leaders only"), tr("Not leaders") });
    m_churn = combo(tr("Churn risk"),
        { tr("Any churn risk state"), tr("At risk (any reason)"), label::churnReason(core::ChurnSilent),
            label::churnReason(core::ChurnFalling), label::churnReason(core::ChurnLapsed) });
    layout->addLayout(filters);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("drillBanner"));
    auto* banner = new QHBoxLayout(m_banner);
    banner->setContentsMargins(10, 6, 10, 6);
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    banner->addWidget(m_bannerText, 1);
    auto* save = new QPushButton(tr("Save as segment…"), m_banner);
    connect(save, &QPushButton::clicked, this, &MembersPage::saveSegment);
    auto* all = new QPushButton(tr("Show all members"), m_banner);
    connect(all, &QPushButton::clicked, this, &MembersPage::clearList);
    banner->addWidget(save);
    banner->addWidget(all);
    m_banner->hide();
    layout->addWidget(m_banner);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    m_model = new MemberTableModel(this);
    m_table = new TableView(m_splitter);
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(
        static_cast<int>(m_sort.column), m_sort.descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMinimumWidth(240);

    // The member 360 as a drawer: hidden (the table has the width) until a member is selected.
    m_drawer = new QFrame(m_splitter);
    m_drawer->setObjectName(QStringLiteral("memberDrawer"));
    auto* drawer = new QVBoxLayout(m_drawer);
    drawer->setContentsMargins(0, 0, 0, 0);
    drawer->setSpacing(0);
    auto* drawerTop = new QHBoxLayout();
    drawerTop->setContentsMargins(8, 0, 4, 0);
    drawerTop->addStretch(1);
    auto* close = new QToolButton(m_drawer);
    close->setObjectName(QStringLiteral("closeDrawer"));
    close->setText(QStringLiteral("✕"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close the member's profile (Esc)"));
    close->setAccessibleName(tr("Close the member's profile"));
    connect(close, &QToolButton::clicked, this, &MembersPage::closeDrawer);
    drawerTop->addWidget(close);
    drawer->addLayout(drawerTop);
    m_panel = new MemberPanel(controller, m_drawer);
    m_panel->setMinimumWidth(300);
    drawer->addWidget(m_panel, 1);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_drawer);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_drawer->hide();
    layout->addWidget(m_splitter, 1);

    connect(m_panel, &MemberPanel::drillDown, this, &Page::drillDown);
    connect(m_panel, &MemberPanel::offerProduct, this, &Page::offerProduct);
    connect(m_panel, &MemberPanel::openMember, this, &MembersPage::showMember);
    connect(m_model, &MemberTableModel::sortRequested, this, [this](int column, Qt::SortOrder order) {
        m_sort = { static_cast<core::MemberColumn>(column), order == Qt::DescendingOrder };
        runQuery();
    });
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            if (current.isValid())
                openDrawer(m_model->memberAt(current.row()));
        });
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(200);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    connect(&m_searchDelay, &QTimer::timeout, this, [this] {
        readFilters();
        runQuery();
    });
}

MembersPage::~MembersPage() = default;

core::Parts MembersPage::shownParts() const
{
    using core::bit;
    return bit(core::Part::Activity) | bit(core::Part::Scores) | bit(core::Part::Levels) | bit(core::Part::Rfm)
        | bit(core::Part::Churn) | bit(core::Part::Lifecycle) | bit(core::Part::Leaders);
}

void MembersPage::refresh(const core::AnalysisResults& r)
{
    fillChannelFilter(*r.community);
    m_model->setResults(results());
    m_panel->setResults(results());
    runQuery();
}

void MembersPage::fillChannelFilter(const core::Community& c)
{
    if (m_channelsOf == &c)
        return;
    m_channelsOf = &c;
    const QSignalBlocker block(m_channel);
    m_channel->clear();
    m_channel->addItem(tr("All channels"), core::MemberFilter::anyChannel);
    for (core::Index ch = 0; ch < c.channels.size(); ++ch)
        m_channel->addItem(c.channels.qname(ch), ch);
    m_channel->addItem(tr("(no channel)"), core::noIndex);
    m_filter.channel = core::MemberFilter::anyChannel;
}

void MembersPage::readFilters()
{
    m_filter.text = m_search->text().trimmed().toStdString();
    m_filter.level = m_level->currentIndex() - 1;
    m_filter.segment = m_segment->currentIndex() - 1;
    m_filter.lifecycle = m_lifecycle->currentIndex() - 1;
    m_filter.channel
        = m_channel->currentIndex() < 0 ? core::MemberFilter::anyChannel : m_channel->currentData().toInt();
    m_filter.leaders = static_cast<core::MemberFilter::Leaders>(std::max(0, m_leaders->currentIndex()));
    static constexpr std::uint8_t churn[] = { 0, 0xff, core::ChurnSilent, core::ChurnFalling, core::ChurnLapsed };
    m_filter.churn = churn[std::max(0, m_churn->currentIndex())];
}

void MembersPage::runQuery()
{
    const auto r = results();
    if (!r)
        return;
    const core::MemberFilter filter = m_filter;
    const core::MemberSort sort = m_sort;
    MembersPage* self = this;
    // The latest query only (a newer one supersedes it); its results must still be the page's.
    m_query->start(
        [r, filter, sort](const core::TaskControl&) {
            return MemberList(std::make_shared<const std::vector<core::Index>>(core::queryMembers(*r, filter, sort)));
        },
        [self, r](MemberList rows) {
            // Another community meanwhile: its own query follows. Newer results of the same one
            // that the page does not show (no refresh, no query of their own) keep this list.
            if (!self->results() || self->results()->community != r->community)
                return;
            const core::Index current
                = self->m_pendingMember != core::noIndex ? self->m_pendingMember : self->m_panel->member();
            self->m_pendingMember = core::noIndex;
            self->m_model->setRows(rows);
            const int total = r->community->memberCount();
            self->m_count->setText(self->m_filter.isEmpty()
                    ? tr("%1 members").arg(fmt::count(total))
                    : tr("%1 of %2 members").arg(fmt::count(static_cast<double>(rows->size())), fmt::count(total)));
            // Keep the open member selected when it is still listed; one the list leaves out is
            // not shown beside it.
            if (current == core::noIndex) {
                if (self->isDrawerOpen())
                    self->closeDrawer(); // another community: nobody to show
            } else {
                const auto it = std::find(rows->begin(), rows->end(), current);
                if (it == rows->end()) {
                    self->closeDrawer();
                } else {
                    const int row = static_cast<int>(it - rows->begin());
                    self->m_table->selectRow(row);
                    self->m_table->scrollTo(self->m_model->index(row, 0));
                    self->openDrawer(current);
                }
            }
            if (self->m_table->columnWidth(0) < 40 || self->m_table->property("fitted").isNull()) {
                self->m_table->fitColumns();
                self->m_table->setProperty("fitted", true);
            }
            Q_EMIT self->listUpdated();
        });
}

void MembersPage::showList(const QString& title, MemberList members)
{
    m_listTitle = title;
    m_filter.subset = std::move(members);
    m_bannerText->setText(tr("<b>%1</b> — %2 members. Filters and search narrow this list further.")
                              .arg(title.toHtmlEscaped(), fmt::count(static_cast<double>(m_filter.subset->size()))));
    m_banner->show();
    runQuery();
}

void MembersPage::clearList()
{
    m_filter.subset.reset();
    m_listTitle.clear();
    m_banner->hide();
    runQuery();
}

void MembersPage::showMember(core::Index member)
{
    const auto r = results();
    if (!r || member < 0 || member >= r->community->memberCount())
        return;
    // Listed on screen: open it now (a query on its way checks it again).
    const auto& rows = m_model->rows();
    const auto it = m_model->results() && m_model->results()->community == r->community && rows
        ? std::find(rows->begin(), rows->end(), member)
        : std::vector<core::Index>::const_iterator {};
    if (rows && it != std::vector<core::Index>::const_iterator {} && it != rows->end()) {
        const int row = static_cast<int>(it - rows->begin());
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
        openDrawer(member);
        return;
    }
    // Left out by the drill-down, the search or a filter: list everyone, then open it.
    m_filter.subset.reset();
    m_listTitle.clear();
    m_banner->hide();
    resetFilters();
    m_pendingMember = member;
    runQuery();
}

void MembersPage::openDrawer(core::Index member)
{
    m_panel->showMember(member);
    if (m_drawer->isHidden()) {
        m_drawer->show();
        // The table keeps a little more than half, the drawer the rest (at least its own minimum); before
        // the page is laid out the stretch factors do the same.
        const int total = m_splitter->width();
        const int drawer = std::max(m_drawer->minimumSizeHint().width(), total * 9 / 20);
        if (total > drawer + m_table->minimumWidth())
            m_splitter->setSizes({ total - drawer, drawer });
    }
}

void MembersPage::closeDrawer()
{
    m_pendingMember = core::noIndex;
    m_panel->showMember(core::noIndex);
    m_drawer->hide();
    // A click on the same row opens it again.
    const QSignalBlocker block(m_table->selectionModel());
    m_table->selectionModel()->clear();
    m_table->viewport()->update();
}

bool MembersPage::isDrawerOpen() const
{
    return !m_drawer->isHidden();
}

void MembersPage::resetFilters()
{
    for (QComboBox* box : { m_level, m_segment, m_lifecycle, m_channel, m_leaders, m_churn }) {
        const QSignalBlocker block(box);
        box->setCurrentIndex(0);
    }
    {
        const QSignalBlocker block(m_search);
        m_search->clear();
    }
    m_searchDelay.stop();
    readFilters();
}

bool MembersPage::event(QEvent* event)
{
    // Esc closes the drawer before it reaches the window's shortcut (Analysis › Cancel).
    if (event->type() == QEvent::ShortcutOverride && isDrawerOpen()) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier) {
            event->accept();
            return true;
        }
    }
    return Page::event(event);
}

void MembersPage::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier && isDrawerOpen()) {
        closeDrawer();
        event->accept();
        return;
    }
    Page::keyPressEvent(event);
}

std::vector<core::Index> MembersPage::listedMembers() const
{
    const auto& rows = m_model->rows();
    return rows ? *rows : std::vector<core::Index> {};
}

bool MembersPage::exportCsv(const QString& path) const
{
    const auto r = results();
    if (!r)
        return false;
    std::ofstream out(path.toStdString(), std::ios::binary | std::ios::trunc);
    if (!out)
        return false;
    core::writeCsv(core::memberListTable(*r, listedMembers()), out);
    return static_cast<bool>(out);
}

void MembersPage::exportInteractively()
{
    const QString name = m_listTitle.isEmpty() ? tr("members") : m_listTitle;
    askSaveFile(this, tr("Export members"), name + QStringLiteral(".csv"), tr("CSV files (*.csv)"),
        [this](const QString& path) {
            if (!exportCsv(path))
                showMessage(this, tr("Export members"), tr("Could not write %1.").arg(path), true);
        });
}

void MembersPage::saveSegment()
{
    const auto r = results();
    if (!r || controller()->databasePath().isEmpty())
        return;
    askText(this, tr("Save as segment"), tr("Segment name:"), m_listTitle,
        [this, r](const QString& name) { saveSegmentAs(r, name); });
}

void MembersPage::saveListAsSegment(const QString& name)
{
    if (const auto r = results(); r && !controller()->databasePath().isEmpty())
        saveSegmentAs(r, name);
}

void MembersPage::saveSegmentAs(const std::shared_ptr<const core::AnalysisResults>& r, const QString& name)
{
    const std::vector<std::string> ids = core::memberIds(*r->community, listedMembers());
    const std::string path = controller()->databasePath().toStdString();
    const std::string title = name.trimmed().toStdString();
    const std::string description = m_listTitle.toStdString();
    Q_EMIT databaseWriteStarted();
    // Every save lands (Policy::Every). One connection per thread: the worker opens its own.
    m_saves->start(
        [path, title, description, ids](const core::TaskControl&) {
            auto db = core::Database::open(path, core::OpenMode::ReadWrite);
            if (!db)
                return core::errorText(db.failure());
            const core::Status s = core::saveSegment(**db, title, description, ids);
            return s ? QString() : core::errorText(s.failure());
        },
        [this, name](const QString& error) {
            Q_EMIT databaseWriteFinished();
            Q_EMIT segmentSaved(name, error);
            if (error.isEmpty())
                showMessage(this, tr("Save as segment"), tr("Saved the segment “%1”.").arg(name));
            else
                showMessage(this, tr("Save as segment"), error, true);
        });
}

} // namespace kinsight::ui
