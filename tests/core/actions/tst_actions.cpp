#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

#include "core/actions/actions.h"
#include "core/analysis/thresholds.h"
#include "core/text/reasontext.h"
#include "fixture.h"

using namespace kinsight::core;
using kinsight::test::actionsCommunity;
using kinsight::test::at;

namespace {

/// "member:value,member:value" of one list (money in cents, the leader score to 2 decimals).
QString describe(const Community& c, const ActionList& list)
{
    QStringList parts;
    for (const ActionItem& item : list.items) {
        const QString value = actionValueKind(list.kind) == ActionValueKind::Score ? QString::number(item.score, 'f', 2)
                                                                                   : QString::number(item.value);
        parts << QString::fromStdString(std::string(c.members.ids.view(item.member))) + QLatin1Char(':') + value;
    }
    return parts.join(QLatin1Char(','));
}

TimeZone zone(const QString& id)
{
    auto z = TimeZone::fromId(id.toStdString());
    return z ? *z : TimeZone::utc();
}

/// The leaders handed to the list directly: n_hub (0.97) and o_leader (0.96).
std::vector<ActionLeader> handLeaders(const Community& c)
{
    return { { c.findMember("n_hub"), 0.97 }, { c.findMember("o_leader"), 0.96 } };
}

} // namespace

class TestActions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void names()
    {
        QCOMPARE(actionName(ActionKind::TrialNotConverted), std::string_view("trial_not_converted"));
        QCOMPARE(actionName(ActionKind::LeaderQuiet), std::string_view("leader_quiet"));
        for (const ActionKind k : allActionKinds)
            QCOMPARE(parseActionKind(actionName(k)), std::optional<ActionKind>(k));
        QVERIFY(!parseActionKind("renewal"));
    }

    void calendarMonths_data()
    {
        QTest::addColumn<QString>("zoneId");
        QTest::addColumn<QString>("paidAt");
        QTest::addColumn<int>("months");
        QTest::addColumn<QString>("end");
        QTest::newRow("plain") << "UTC"
                               << "2026-02-25T10:00:00Z" << 1 << "2026-03-25";
        QTest::newRow("31 Jan + 1: 28 Feb") << "UTC"
                                            << "2026-01-31T10:00:00Z" << 1 << "2026-02-28";
        QTest::newRow("leap year") << "UTC"
                                   << "2024-01-31T10:00:00Z" << 1 << "2024-02-29";
        QTest::newRow("quarter across the year") << "UTC"
                                                 << "2025-11-30T10:00:00Z" << 3 << "2026-02-28";
        QTest::newRow("29 Feb + 12") << "UTC"
                                     << "2024-02-29T10:00:00Z" << 12 << "2025-02-28";
        QTest::newRow("December + 1") << "UTC"
                                      << "2025-12-15T00:00:00Z" << 1 << "2026-01-15";
        // 2026-01-30T20:00Z is 31 January 04:00 in Shanghai: 31 Jan + 1 month = 28 Feb there.
        QTest::newRow("zone moves the day") << "Asia/Shanghai"
                                            << "2026-01-30T20:00:00Z" << 1 << "2026-02-28";
        QTest::newRow("same instant in UTC") << "UTC"
                                             << "2026-01-30T20:00:00Z" << 1 << "2026-02-28";
        QTest::newRow("Shanghai, 30 Jan") << "Asia/Shanghai"
                                          << "2026-01-30T10:00:00Z" << 1 << "2026-02-28";
        QTest::newRow("Shanghai, 27 Feb 20:00Z = 28 Feb") << "Asia/Shanghai"
                                                          << "2026-02-27T20:00:00Z" << 1 << "2026-03-28";
    }
    void calendarMonths()
    {
        QFETCH(QString, zoneId);
        QFETCH(QString, paidAt);
        QFETCH(int, months);
        QFETCH(QString, end);
        const Day day = addCalendarMonths(zone(zoneId), at(paidAt.toUtf8().constData()), months);
        QCOMPARE(QString::fromStdString(formatDay(day)), end);
    }

    void lists_data()
    {
        QTest::addColumn<QString>("zoneId");
        QTest::addColumn<QString>("asOf"); // empty: the end of the data
        QTest::addColumn<QString>("trial");
        QTest::addColumn<QString>("risk");
        QTest::addColumn<QString>("renewal");
        QTest::addColumn<QString>("fresh");
        QTest::addColumn<QString>("leader");
        QTest::addColumn<qlonglong>("riskMoney");
        QTest::addColumn<qlonglong>("renewalMoney");

        // As of 2026-03-20 in UTC (days ago = 2026-03-20 − the UTC date):
        // trial: a 03-10 → 10 (in); b 03-06 → 14 (out: < 14 fails); c converted on 03-15.
        // risk (30 ≤ silent < 180): d last counted activity 02-18 (the refunded 03-01 order does not
        //   count) → 30, paid 23.45 + 100.00 = 123.45; e 02-18 → 30, 50.00; f 2025-09-21 → 180 (out);
        //   g 23, h 21, i 19, c 5 days: too recent.
        // renewal (0 ≤ end − as-of ≤ 7): g 02-25 + 1 month = 03-25 → 5, 30.00; h 02-27 → 03-27 → 7,
        //   45.00; i's latest is the quarterly renewal of 03-01 → 06-01 (out).
        // new (3 ≤ days since joining ≤ 14, no activity): j 03-10 → 10; k 03-17 → 3; l 03-05 → 15 (out);
        //   m has an event.
        // leaders: n_hub's last sign is the replies of 03-06T18:00Z → 14 days (quiet);
        //   o_leader's event of 03-07 → 13 (not quiet).
        QTest::newRow("UTC") << "UTC"
                             << ""
                             << "a_trial:10"
                             << "d_risk:12345,e_risk:5000"
                             << "h_renew:4500,g_renew:3000"
                             << "j_new:10,k_new:3"
                             << "n_hub:0.97" << 17345LL << 7500LL;
        // Asia/Shanghai (UTC+8): 18:00Z and 20:00Z fall on the next local day.
        // trial: b's trial is 03-07 02:00 → 13 (in); a 10.
        // risk: e's order is 02-19 04:00 → 29 (out); d 02-18 18:00 → 30 (in).
        // renewal: h's order is 02-28 04:00 → ends 03-28 → 8 (out); g 5 (in).
        // new: k joined 03-18 04:00 → 2 (out); l joined 03-06 02:00 → 14 (in); j 10.
        // leaders: the replies to n_hub are 03-07 02:00 → 13 (not quiet); o 13 (not quiet).
        QTest::newRow("Asia/Shanghai") << "Asia/Shanghai"
                                       << ""
                                       << "b_trial:13,a_trial:10"
                                       << "d_risk:12345"
                                       << "g_renew:3000"
                                       << "l_new:14,j_new:10"
                                       << "" << 12345LL << 3000LL;
        // As of 2026-03-10 (UTC): later rows are left out, as if the data ended that day.
        // trial: b 03-06 → 4, a 03-10 → 0 (today); c's trial (03-12) is later.
        // risk: f 2025-09-21 → 170 (in, 80.00); d and e 02-18 → 20 (out).
        // renewal: g ends 03-25 → 15; h 03-27 → 17; i's latest by then is the quarterly renewal.
        // new: l 03-05 → 5; j and m joined that day (0); k had not joined.
        // leaders: n_hub's replies of 03-06 are 4 days old.
        QTest::newRow("UTC as of 2026-03-10") << "UTC"
                                              << "2026-03-10"
                                              << "b_trial:4,a_trial:0"
                                              << "f_lost:8000"
                                              << ""
                                              << "l_new:5"
                                              << "" << 8000LL << 0LL;
    }
    void lists()
    {
        QFETCH(QString, zoneId);
        QFETCH(QString, asOf);
        const CommunityPtr c = actionsCommunity(zone(zoneId));
        ActionOptions options;
        if (!asOf.isEmpty())
            options.asOf = dayOf(at(asOf.toUtf8().constData()));
        const ActionLists lists = computeActions(*c, options, handLeaders(*c));
        QVERIFY(lists.hasDay);
        QCOMPARE(QString::fromStdString(formatDay(lists.asOf)), asOf.isEmpty() ? QStringLiteral("2026-03-20") : asOf);
        QTEST(describe(*c, lists.list(ActionKind::TrialNotConverted)), "trial");
        QTEST(describe(*c, lists.list(ActionKind::PayingAtRisk)), "risk");
        QTEST(describe(*c, lists.list(ActionKind::RenewalDue)), "renewal");
        QTEST(describe(*c, lists.list(ActionKind::NewNotActivated)), "fresh");
        QTEST(describe(*c, lists.list(ActionKind::LeaderQuiet)), "leader");
        QTEST(static_cast<qlonglong>(*lists.list(ActionKind::PayingAtRisk).moneyAtStake), "riskMoney");
        QTEST(static_cast<qlonglong>(*lists.list(ActionKind::RenewalDue).moneyAtStake), "renewalMoney");
        QVERIFY(!lists.list(ActionKind::TrialNotConverted).moneyAtStake);
        QVERIFY(!lists.list(ActionKind::LeaderQuiet).moneyAtStake);
    }

    void reasons()
    {
        const CommunityPtr c = actionsCommunity(TimeZone::utc());
        const ActionLists lists = computeActions(*c, {}, handLeaders(*c));
        const auto first = [&](ActionKind k) { return lists.list(k).items.at(0).reason; };
        QCOMPARE(first(ActionKind::TrialNotConverted),
            (Reason { "action.trial_not_converted", { std::int64_t { 10 }, std::string("《Course》") } }));
        QCOMPARE(first(ActionKind::PayingAtRisk),
            (Reason { "action.paying_at_risk", { std::int64_t { 30 }, std::int64_t { 2 } } }));
        QCOMPARE(first(ActionKind::RenewalDue),
            (Reason {
                "action.renewal_due", { std::int64_t { 7 }, std::string("《Club》"), std::string("2026-03-27") } }));
        QCOMPARE(first(ActionKind::NewNotActivated), (Reason { "action.new_not_activated", { std::int64_t { 10 } } }));
        QCOMPARE(first(ActionKind::LeaderQuiet), (Reason { "action.leader_quiet", { std::int64_t { 14 } } }));
        // English renderings (no translator installed).
        QCOMPARE(reasonText(first(ActionKind::TrialNotConverted)),
            QStringLiteral("Tried 《Course》 10 days ago and has not bought since"));
        QCOMPARE(reasonText(first(ActionKind::PayingAtRisk)), QStringLiteral("Silent for 30 days after 2 paid orders"));
        QCOMPARE(reasonText(first(ActionKind::RenewalDue)),
            QStringLiteral("The plan for 《Club》 ends in 7 days (2026-03-27)"));
        QCOMPARE(reasonText(first(ActionKind::NewNotActivated)),
            QStringLiteral("Joined 10 days ago and has done nothing yet"));
        QCOMPARE(reasonText(first(ActionKind::LeaderQuiet)), QStringLiteral("Opinion leader, quiet for 14 days"));
        QCOMPARE(reasonText({ "action.new_not_activated", { std::int64_t { 1 } } }),
            QStringLiteral("Joined 1 day ago and has done nothing yet"));
        for (const char* code :
            { "action.trial_not_converted", "action.paying_at_risk", "action.renewal_due", "action.new_not_activated",
                "action.leader_quiet", "audience.bought_together", "audience.model_score" }) {
            const auto known = knownReasonCodes();
            QVERIFY2(std::find(known.begin(), known.end(), code) != known.end(), code);
        }
    }

    void reasonsInChinese()
    {
        QTranslator zh;
        QVERIFY(zh.load(QStringLiteral(":/i18n/kinsight_zh_CN.qm")));
        QCoreApplication::installTranslator(&zh);
        const CommunityPtr c = actionsCommunity(TimeZone::utc());
        const ActionLists lists = computeActions(*c, {}, handLeaders(*c));
        const auto first = [&](ActionKind k) { return reasonText(lists.list(k).items.at(0).reason); };
        QCOMPARE(first(ActionKind::TrialNotConverted), QStringLiteral("10天前试用了《Course》，至今还没有付费"));
        QCOMPARE(first(ActionKind::PayingAtRisk), QStringLiteral("累计付费2单，已经30天没有动静"));
        QCOMPARE(first(ActionKind::RenewalDue), QStringLiteral("《Club》还有7天到期（2026-03-27）"));
        QCOMPARE(first(ActionKind::NewNotActivated), QStringLiteral("注册10天了，还没有任何动静"));
        QCOMPARE(first(ActionKind::LeaderQuiet), QStringLiteral("意见领袖，已经14天没有发言和互动"));
        QCOMPARE(reasonText({ "action.trial_not_converted", { std::int64_t { 0 }, std::string("《Course》") } }),
            QStringLiteral("今天刚试用了《Course》，还没有付费"));
        QCOMPARE(reasonText({ "audience.bought_together", { std::string("《Course》"), std::int64_t { 12 } } }),
            QStringLiteral("已有《Course》，12位会员两个都买了"));
        QCoreApplication::removeTranslator(&zh);
    }

    void thresholdsAreTunable()
    {
        // A wider churn window (20 ≤ silent < 31) takes in g (23), h (21) and i (19 → no) as well.
        const CommunityPtr c = actionsCommunity(TimeZone::utc());
        Thresholds t;
        t.churn.silentDays = 20;
        t.churn.lostAfterDays = 31;
        t.leaders.threshold = 0.5;
        const ActionOptions options = actionOptions(t);
        QCOMPARE(options.leaders.threshold, 0.5);
        const ActionLists lists = computeActions(*c, options, handLeaders(*c));
        QCOMPARE(describe(*c, lists.list(ActionKind::PayingAtRisk)),
            QStringLiteral("d_risk:12345,e_risk:5000,h_renew:4500,g_renew:3000"));
    }

    void leadersFromTheGraph_data()
    {
        QTest::addColumn<QString>("zoneId");
        QTest::addColumn<bool>("quiet");
        // The star p1…p5 → n_hub: only n_hub has the 3 contacts a leader needs. Its replies are
        // 14 days old in UTC (quiet) and 13 in Shanghai (not quiet).
        QTest::newRow("UTC") << "UTC" << true;
        QTest::newRow("Asia/Shanghai") << "Asia/Shanghai" << false;
    }
    void leadersFromTheGraph()
    {
        QFETCH(QString, zoneId);
        QFETCH(bool, quiet);
        const CommunityPtr c = actionsCommunity(zone(zoneId));
        ActionOptions options;
        options.leaders.threshold = 0.5;
        const auto lists = computeActions(*c, options);
        QVERIFY2(lists.ok(), lists.ok() ? "" : lists.error().c_str());
        const ActionList& leaders = lists->list(ActionKind::LeaderQuiet);
        QCOMPARE(leaders.items.size(), quiet ? size_t { 1 } : size_t { 0 });
        if (quiet) {
            QCOMPARE(leaders.items[0].member, c->findMember("n_hub"));
            QVERIFY(leaders.items[0].score >= 0.5 && leaders.items[0].score <= 1.0);
        }
        // The other lists do not depend on where the leaders come from.
        const ActionLists direct = computeActions(*c, options, handLeaders(*c));
        QCOMPARE(
            describe(*c, lists->list(ActionKind::PayingAtRisk)), describe(*c, direct.list(ActionKind::PayingAtRisk)));
        // At the default threshold (0.95) a star of six does not lead.
        const auto strict = computeActions(*c, ActionOptions {});
        QVERIFY(strict.ok());
        QVERIFY(strict->list(ActionKind::LeaderQuiet).items.empty());
    }

    void empty()
    {
        CommunityBuilder b;
        const CommunityPtr c = b.build();
        const ActionLists lists = computeActions(*c, ActionOptions {}, std::vector<ActionLeader> {});
        QVERIFY(!lists.hasDay);
        QCOMPARE(lists.total(), size_t { 0 });
        const auto full = computeActions(*c, ActionOptions {});
        QVERIFY(full.ok());
        QCOMPARE(full->total(), size_t { 0 });
    }
};

QTEST_GUILESS_MAIN(TestActions)
#include "tst_actions.moc"
