#include "overviewpage.h"

#include <cmath>

#include <QDate>
#include <QDateTime>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

#include "core/metrics/activity.h"
#include "core/metrics/engagement.h"
#include "core/text/format.h"
#include "core/util/timestamp.h"
#include "ui/charts/chartwidget.h"
#include "ui/format.h"
#include "ui/labels.h"
#include "ui/widgets/kpicard.h"
#include "ui/widgets/scrollingbody.h"
#include "ui/widgets/todaylist.h"

namespace kinsight::ui {

namespace {

double msOfDay(core::Day d)
{
    return static_cast<double>(core::startOfDay(d)) * 1000.0;
}

int direction(double value, double previous)
{
    if (std::isnan(value) || std::isnan(previous) || value == previous)
        return 0;
    return value > previous ? 1 : -1;
}

} // namespace

void OverviewPage::setPeriodTitles(int days)
{
    m_cards[Active]->setTitle(tr("Active in %1 days").arg(days),
        tr("Members with an activity (an event or a counted order) in the last %1 days.").arg(days));
    m_cards[Revenue]->setTitle(
        tr("Revenue in %1 days").arg(days), tr("Sum of paid orders in the last %1 days.").arg(days));
}

OverviewPage::OverviewPage(AnalysisController* controller, QWidget* parent)
    : Page(controller, parent)
{
    QVBoxLayout* layout = scrollingBody(this, QMargins(), QMargins(20, 16, 20, 20), 12);
    QWidget* body = layout->parentWidget();

    layout->addWidget(heading(tr("Overview"), body));
    m_asOf = note(QString(), body);
    layout->addWidget(m_asOf);
    m_notice = new QLabel(body);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    layout->addWidget(m_notice);
    // "Today": what to do, before the figures (ui/widgets/todaylist.h).
    m_today = new TodayList(controller, body);
    layout->addWidget(m_today);
    connect(m_today, &TodayList::drillDown, this, &Page::drillDown);

    auto* grid = new QGridLayout();
    grid->setSpacing(12);
    const struct {
        Card card;
        QString title;
        QString definition;
    } cards[] = {
        { Members, tr("Members"), tr("Members who joined on or before the day.") },
        { Active, QString(), QString() }, // titled by the period, see refresh()
        { Stickiness, tr("Stickiness"), tr("Mean daily active members over the last 30 days ÷ MAU.") },
        { Paying, tr("Paying members"), tr("Members with at least one paid order (amount above zero, not refunded).") },
        { Revenue, QString(), QString() },
        { TrialToPaid, tr("Trial to paid"),
            tr("Of the members who took a trial, those who paid for an order after their first trial.") },
    };
    for (const auto& c : cards) {
        m_cards[c.card] = new KpiCard(c.title, c.definition, body);
        grid->addWidget(m_cards[c.card], c.card / 3, c.card % 3);
    }
    setPeriodTitles(core::OverviewKpis {}.periodDays);
    m_cards[Active]->setDrillDownEnabled(true);
    m_cards[Paying]->setDrillDownEnabled(true);
    connect(m_cards[Active], &KpiCard::activated, this, [this] {
        const auto r = results();
        if (!r || !r->activity || !r->overview)
            return;
        const core::Day end = r->overview->endDay;
        const int days = r->overview->periodDays;
        drillDownAsync(tr("Active in the %1 days to %2").arg(days).arg(fmt::day(end)),
            [r, end, days] { return core::membersActiveBetween(*r->activity, end - days + 1, end); });
    });
    connect(m_cards[Paying], &KpiCard::activated, this, [this] {
        const auto r = results();
        if (!r || !r->funnel)
            return;
        drillDownAsync(tr("Paying members"), [r] { return core::funnelMembers(*r->funnel, core::FunnelStep::Paying); });
    });
    layout->addLayout(grid);

    auto* charts = new QGridLayout();
    charts->setSpacing(12);
    m_activity = new ChartWidget(body);
    m_levels = new ChartWidget(body);
    m_lifecycle = new ChartWidget(body);
    m_activity->setMinimumHeight(300);
    m_levels->setMinimumHeight(300);
    m_lifecycle->setMinimumHeight(300);
    charts->addWidget(m_activity, 0, 0, 1, 2);
    charts->addWidget(m_levels, 1, 0);
    charts->addWidget(m_lifecycle, 1, 1);
    layout->addLayout(charts);
    connect(m_levels, &ChartWidget::barClicked, this, [this](int, int category) {
        const auto r = results();
        if (!r || !r->levels)
            return;
        const auto level = static_cast<core::EngagementLevel>(category);
        drillDownAsync(tr("Engagement level: %1").arg(label::level(level)),
            [r, level] { return core::membersAtLevel(*r->levels, level); });
    });
    layout->addStretch(1);
}

core::Parts OverviewPage::shownParts() const
{
    using core::bit;
    return bit(core::Part::Overview) | bit(core::Part::Daily) | bit(core::Part::Levels) | bit(core::Part::Lifecycle);
}

void OverviewPage::refresh(const core::AnalysisResults& r)
{
    const core::Community& c = *r.community;
    for (ChartWidget* chart : { m_activity, m_levels, m_lifecycle })
        chart->setCurrency(c.currency);
    if (c.memberCount() == 0) {
        m_asOf->setText(tr("This database is empty."));
        m_notice->setText(tr("Import members, products and orders with File › Import… (Ctrl+I), or open the demo "
                             "community from the File menu."));
        m_notice->show();
        for (KpiCard* card : m_cards)
            card->setEmpty(tr("No members yet"));
        m_activity->showEmpty(tr("No activity yet."));
        m_levels->showEmpty(tr("No members yet."));
        m_lifecycle->showEmpty(tr("No members yet."));
        return;
    }
    if (!r.overview) {
        m_asOf->setText(tr("Analysing…"));
        return;
    }
    const core::OverviewKpis& o = *r.overview;
    setPeriodTitles(o.periodDays);
    m_asOf->setText(tr("As of %1, the end of the data. Changes compare with %2, %3 days earlier.")
                        .arg(fmt::day(o.endDay), fmt::day(o.endDay - o.periodDays))
                        .arg(o.periodDays));

    QStringList notices;
    if (!o.hasOrders)
        notices << tr("No orders yet: paying members, revenue and trial-to-paid need an orders file (File › Import…).");
    if (!o.hasInteractions)
        notices << tr("No interactions between members yet: the Network page needs an interactions file.");
    if (!o.hasActivity)
        notices << tr("No activity yet: import events or orders to see who is active.");
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());

    const QString vs = tr("vs previous %1 days").arg(o.periodDays);
    auto countCard = [&](KpiCard* card, const core::Kpi& k, bool money = false) {
        // A card is narrow: from 100,000 on, a count reads 120k (Chinese 12万), exact in the tooltip.
        const bool large = !money && std::abs(k.value) >= 1e5;
        const QString value = money ? fmt::money(static_cast<core::Cents>(std::llround(k.value)), c.currency)
            : large                 ? fmt::compact(k.value)
                                    : fmt::count(k.value);
        card->setValueToolTip(large ? fmt::count(k.value) : QString());
        const QString delta = money
            ? fmt::money(static_cast<core::Cents>(std::llround(k.value - k.previous)), c.currency)
            : fmt::changeCount(k.value - k.previous);
        const QString sign = money && k.value - k.previous > 0 ? QStringLiteral("+") : QString();
        card->setValue(value, tr("%1 (%2) %3").arg(sign + delta, fmt::changeRelative(k.value, k.previous), vs),
            direction(k.value, k.previous), k.trend);
    };
    auto rateCard = [&](KpiCard* card, const core::Kpi& k) {
        card->setValue(fmt::percent(k.value), tr("%1 %2").arg(fmt::changePoints(k.value - k.previous), vs),
            direction(k.value, k.previous), k.trend);
    };
    countCard(m_cards[Members], o.members);
    countCard(m_cards[Active], o.active);
    if (o.hasActivity)
        rateCard(m_cards[Stickiness], o.stickiness);
    else
        m_cards[Stickiness]->setEmpty(tr("No activity yet"));
    if (o.hasOrders) {
        countCard(m_cards[Paying], o.paying);
        countCard(m_cards[Revenue], o.revenue, true);
        if (o.trialMembers > 0)
            rateCard(m_cards[TrialToPaid], o.trialToPaid);
        else
            m_cards[TrialToPaid]->setEmpty(tr("No trial orders yet"));
    } else {
        const QString what = tr("No orders yet: import an orders file");
        m_cards[Paying]->setEmpty(what);
        m_cards[Revenue]->setEmpty(what);
        m_cards[TrialToPaid]->setEmpty(what);
    }

    // Daily activity over the last 180 days.
    if (r.daily && r.daily->size() > 0) {
        const core::DailyActivity& d = *r.daily;
        const size_t from = d.size() > 180 ? d.size() - 180 : 0;
        LineChartSpec spec;
        spec.title = tr("Active members per day");
        spec.xTitle = tr("Day");
        spec.yTitle = tr("Members");
        spec.dateFormat = QStringLiteral("yyyy-MM-dd");
        ChartSeries dau { tr("DAU"), {} }, wau { tr("WAU (7 days)"), {} }, mau { tr("MAU (30 days)"), {} };
        for (size_t i = from; i < d.size(); ++i) {
            const double x = msOfDay(d.day[i]);
            dau.points.emplace_back(x, d.dau[i]);
            wau.points.emplace_back(x, d.wau[i]);
            mau.points.emplace_back(x, d.mau[i]);
        }
        spec.series = { dau, wau, mau };
        m_activity->setLineChart(spec);
    } else if (r.daily) {
        m_activity->showEmpty(tr("No activity yet: import events or orders."));
    }

    if (r.levels) {
        BarChartSpec spec;
        spec.title = tr("Engagement levels");
        spec.xTitle = tr("Level (click a bar to list its members)");
        spec.yTitle = tr("Members");
        // One set per level, each with its own bar only, stacked: every bar in its level's colour
        // (set l takes palette colour l, as the thresholds panel and the member's chart do).
        for (int l = 0; l < core::engagementLevelCount; ++l)
            spec.categories << label::level(static_cast<core::EngagementLevel>(l));
        for (int l = 0; l < core::engagementLevelCount; ++l) {
            ChartSeries set { label::level(static_cast<core::EngagementLevel>(l)), {} };
            for (int k = 0; k < core::engagementLevelCount; ++k)
                set.points.emplace_back(k, k == l ? r.levels->counts[static_cast<size_t>(l)] : 0.0);
            spec.sets.push_back(std::move(set));
        }
        spec.stacked = true;
        spec.labels = true;
        m_levels->setBarChart(spec);
    }

    if (r.lifecycle && r.lifecycle->size() > 0) {
        const core::Lifecycle& l = *r.lifecycle;
        const size_t from = l.size() > 12 ? l.size() - 12 : 0;
        BarChartSpec spec;
        spec.title = tr("Lifecycle by %1").arg(l.granularity == core::Granularity::Week ? tr("week") : tr("month"));
        spec.xTitle = l.granularity == core::Granularity::Week ? tr("Week") : tr("Month");
        if (l.granularity == core::Granularity::Month && l.size() > 0)
            spec.xTitle = tr("Month, %1 to %2")
                              .arg(QString::fromStdString(core::periodLabel(l.granularity, l.period[from])),
                                  QString::fromStdString(core::periodLabel(l.granularity, l.period[l.size() - 1])));
        spec.yTitle = tr("Members");
        spec.stacked = true;
        ChartSeries fresh { label::lifecycle(core::MemberLifecycle::New), {} };
        ChartSeries returning { label::lifecycle(core::MemberLifecycle::Returning), {} };
        ChartSeries resurrecting { label::lifecycle(core::MemberLifecycle::Resurrecting), {} };
        ChartSeries dormant { label::lifecycle(core::MemberLifecycle::Dormant), {} };
        const bool monthly = l.granularity == core::Granularity::Month;
        for (size_t i = from; i < l.size(); ++i) {
            QString period = QString::fromStdString(core::periodLabel(l.granularity, l.period[i]));
            if (monthly) {
                // Twelve labels fit only short: the month's name (Mar / 3月); the years are in the
                // axis title.
                const core::CivilDate first = core::civilFromDays(core::firstDayOfPeriod(l.granularity, l.period[i]));
                period = QLocale().toString(
                    QDate(first.year, static_cast<int>(first.month), 1), core::monthAxisFormat(false));
            }
            spec.categories << period;
            const double x = static_cast<double>(i - from);
            fresh.points.emplace_back(x, l.newMembers[i]);
            returning.points.emplace_back(x, l.returning[i]);
            resurrecting.points.emplace_back(x, l.resurrecting[i]);
            dormant.points.emplace_back(x, -l.dormant[i]); // below the axis: members lost to dormancy
        }
        spec.sets = { fresh, returning, resurrecting, dormant };
        m_lifecycle->setBarChart(spec);
    } else if (r.lifecycle) {
        m_lifecycle->showEmpty(tr("No activity yet."));
    }
}

} // namespace kinsight::ui
