#include "todaylist.h"

#include <QGridLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

#include "ui/analysiscontroller.h"
#include "ui/format.h"

namespace kinsight::ui {

namespace {

struct Computed {
    std::shared_ptr<const TodayList::Shown> lists;
    bool leadersReady = false;
    std::string currency;
};

} // namespace

QString TodayList::title(core::ActionKind kind)
{
    switch (kind) {
    case core::ActionKind::TrialNotConverted:
        return tr("Trials not converted");
    case core::ActionKind::PayingAtRisk:
        return tr("Paying members at risk");
    case core::ActionKind::RenewalDue:
        return tr("Renewals due in 7 days");
    case core::ActionKind::NewNotActivated:
        return tr("New members not yet active");
    case core::ActionKind::LeaderQuiet:
        return tr("Opinion leaders gone quiet");
    }
    return {};
}

TodayList::TodayList(AnalysisController* controller, QWidget* parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("kpiCard")); // the card frame of the page
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 10);
    layout->setSpacing(6);
    auto* heading = new QLabel(tr("Today"), this);
    heading->setObjectName(QStringLiteral("kpiTitle"));
    layout->addWidget(heading);
    m_asOf = new QLabel(tr("Working out today's list…"), this);
    m_asOf->setObjectName(QStringLiteral("note"));
    m_asOf->setWordWrap(true);
    layout->addWidget(m_asOf);
    auto* grid = new QGridLayout();
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(2);
    for (const core::ActionKind kind : core::allActionKinds) {
        const auto i = static_cast<size_t>(kind);
        m_lines[i] = new QPushButton(title(kind), this);
        m_lines[i]->setFlat(true);
        m_lines[i]->setEnabled(false);
        m_lines[i]->setStyleSheet(QStringLiteral("text-align: left; padding: 2px 4px;"));
        m_lines[i]->setToolTip(tr("Open these members on the Members page"));
        m_money[i] = new QLabel(this);
        m_money[i]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(m_lines[i], static_cast<int>(i), 0);
        grid->addWidget(m_money[i], static_cast<int>(i), 1);
        connect(m_lines[i], &QPushButton::clicked, this, [this, kind] { open(kind); });
    }
    grid->setColumnStretch(2, 1);
    layout->addLayout(grid);
    if (controller) {
        connect(controller, &AnalysisController::resultsChanged, this, &TodayList::follow);
        // Not "working out" a list that will never come (the error itself is shown in a dialog).
        connect(controller, &AnalysisController::databaseFailed, this, [this] {
            m_asOf->setText(tr("No list: the database could not be opened."));
            for (QPushButton* line : m_lines)
                line->setEnabled(false);
        });
    }
}

void TodayList::follow(const std::shared_ptr<const core::AnalysisResults>& r)
{
    if (!r || !r->community)
        return;
    const bool leadersReady = r->isReady(core::Part::Leaders) && r->graph && r->leaders;
    // The lists read the snapshot, the churn and leader thresholds and the ranking: recompute only
    // when one of them is a new object.
    const Inputs inputs { r->community.get(), leadersReady ? r->leaders.get() : nullptr, r->thresholds.churn.silentDays,
        r->thresholds.churn.lostAfterDays };
    if (m_lists && inputs == m_inputs)
        return;
    m_inputs = inputs;
    // The latest snapshot only: a newer one supersedes the lists being computed.
    m_job->start(
        [r, leadersReady](const core::TaskControl&) {
            std::vector<core::ActionLeader> leaders;
            if (leadersReady)
                leaders = core::actionLeaders(*r->graph, *r->leaders);
            auto shown = std::make_shared<Shown>();
            {
                const core::ActionLists full
                    = core::computeActions(*r->community, core::actionOptions(r->thresholds), leaders);
                shown->asOf = full.asOf;
                shown->hasDay = full.hasDay;
                for (const core::ActionKind kind : core::allActionKinds) {
                    const auto i = static_cast<size_t>(kind);
                    const core::ActionList& list = full.list(kind);
                    shown->members[i].reserve(list.items.size());
                    for (const core::ActionItem& item : list.items)
                        shown->members[i].push_back(item.member);
                    shown->moneyAtStake[i] = list.moneyAtStake;
                }
            }
            return Computed { std::move(shown), leadersReady, r->community->currency };
        },
        [this](const Computed& c) { show(c.lists, c.leadersReady, c.currency); });
}

void TodayList::show(std::shared_ptr<const Shown> lists, bool leadersReady, const std::string& currency)
{
    m_lists = std::move(lists);
    if (!m_lists->hasDay) {
        m_asOf->setText(tr("Nothing to do yet: the database holds no data."));
    } else {
        m_asOf->setText(
            tr("As of %1, the end of the data: the members to contact today.").arg(fmt::day(m_lists->asOf)));
    }
    for (const core::ActionKind kind : core::allActionKinds) {
        const auto i = static_cast<size_t>(kind);
        const std::vector<core::Index>& list = m_lists->list(kind);
        const std::optional<core::Cents>& money = m_lists->moneyAtStake[i];
        const bool pending = kind == core::ActionKind::LeaderQuiet && !leadersReady;
        const QString count = pending ? QStringLiteral("…") : fmt::count(static_cast<double>(list.size()));
        m_lines[i]->setText(tr("%1: %2").arg(title(kind), count));
        m_lines[i]->setEnabled(!pending && !list.empty());
        m_money[i]->setText(money && !list.empty() ? tr("%1 at stake").arg(fmt::money(*money, currency)) : QString());
    }
    Q_EMIT listsChanged();
}

void TodayList::open(core::ActionKind kind)
{
    if (!m_lists)
        return;
    auto members = std::make_shared<std::vector<core::Index>>(m_lists->list(kind));
    Q_EMIT drillDown(tr("Today: %1").arg(title(kind)), MemberList(std::move(members)));
}

} // namespace kinsight::ui
