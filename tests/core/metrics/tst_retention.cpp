#include <cmath>

#include <QTest>

#include "core/metrics/retention.h"
#include "fixture.h"

using namespace kinsight::core;
using namespace kinsight::test;

namespace {

constexpr double empty = std::numeric_limits<double>::quiet_NaN();

/// Element-wise, NaN equal to NaN, 1e-12 tolerance.
bool same(const std::vector<double>& actual, const std::vector<double>& expected)
{
    if (actual.size() != expected.size())
        return false;
    for (std::size_t i = 0; i < actual.size(); ++i) {
        if (std::isnan(expected[i]) ? !std::isnan(actual[i]) : std::abs(actual[i] - expected[i]) > 1e-12)
            return false;
    }
    return true;
}

QByteArray show(const std::vector<double>& v)
{
    QByteArray s = "[";
    for (double x : v)
        s += QByteArray::number(x, 'g', 17) + ' ';
    return s + ']';
}

#define COMPARE_VALUES(actual, ...) QVERIFY2(same(actual, std::vector<double> __VA_ARGS__), show(actual).constData())

} // namespace

class TestRetention : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void monthlyMatrix()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        const CohortCounts counts = computeCohortCounts(*c, a, Granularity::Month);
        // Cohorts: 2026-01 {a, b}, 2026-02 {c, d} (d joined 02-28 23:59:59), 2026-03 {e}
        // (joined 03-01 00:00:00). End of the data in March: 3, 2 and 1 reported periods.
        QCOMPARE(counts.rows.size(), size_t(3));
        QCOMPARE(counts.periods, 3);
        RetentionMatrix m = retentionMatrix(counts);
        QCOMPARE(m.rows[0].label, std::string("2026-01"));
        QCOMPARE(m.rows[1].size, 2);
        // 2026-01: a active Jan, Mar; b active Jan, Feb -> p0 2/2, p1 1/2 (b), p2 1/2 (a).
        COMPARE_VALUES(m.rows[0].value, { 1, 0.5, 0.5 });
        // 2026-02: c active Feb (its January view is before joining: ignored), d Feb and Mar.
        COMPARE_VALUES(m.rows[1].value, { 1, 0.5 });
        // 2026-03: e, a one-member cohort never active.
        COMPARE_VALUES(m.rows[2].value, { 0 });
        // Weighted mean: p0 (2 + 2 + 0) / (2 + 2 + 1) = 0.8; p1 (1 + 1) / (2 + 2); p2 1 / 2.
        COMPARE_VALUES(m.mean, { 0.8, 0.5, 0.5 });
        QCOMPARE(m.meanCohorts, (std::vector<int> { 3, 2, 1 }));
        // Simple mean: p0 (1 + 1 + 0) / 3.
        m = retentionMatrix(counts, { RetentionMode::On, RetentionReference::PeriodZero, MeanKind::Simple });
        COMPARE_VALUES(m.mean, { 2.0 / 3.0, 0.5, 0.5 });
    }
    void onOrAfterAndPreviousPeriod()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        const CohortCounts counts = computeCohortCounts(*c, a);
        // On or after: 2026-01 p1 counts a (back in March) and b (February): 2 / 2.
        RetentionMatrix m = retentionMatrix(counts, { RetentionMode::OnOrAfter });
        COMPARE_VALUES(m.rows[0].value, { 1, 1, 0.5 });
        COMPARE_VALUES(m.rows[1].value, { 1, 0.5 });
        // Previous period: 2026-01 p1 = 1 / 2 (of p0's 2), p2 = 1 / 1.
        m = retentionMatrix(counts, { RetentionMode::On, RetentionReference::PreviousPeriod });
        COMPARE_VALUES(m.rows[0].value, { 1, 0.5, 1 });
        COMPARE_VALUES(m.rows[1].value, { 1, 0.5 });
        // Weighted mean p2 = 1 / 1; p1 = (1 + 1) / (2 + 2).
        COMPARE_VALUES(m.mean, { 0.8, 0.5, 1 });
    }
    void revenue()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        const CohortCounts counts = computeCohortCounts(*c, a);
        // Paid revenue by period after joining:
        //   2026-01: a o1 + o2 = 20.00 in p0, o3 99.00 in p2; b o6 99.00 in p1 -> 20, 99, 99
        //   2026-02: d o8 5.00 in p1 (c's trial is free)                       -> 0, 5
        //   2026-03: -                                                           -> 0
        RetentionMatrix m = retentionMatrix(counts,
            { RetentionMode::On, RetentionReference::PeriodZero, MeanKind::Weighted,
                RetentionMetric::RevenueRetained });
        COMPARE_VALUES(m.rows[0].raw, { 20, 99, 99 });
        COMPARE_VALUES(m.rows[0].value, { 1, 4.95, 4.95 });
        COMPARE_VALUES(m.rows[1].value, { empty, empty }); // no period-0 revenue to compare with
        m = retentionMatrix(counts,
            { RetentionMode::On, RetentionReference::PreviousPeriod, MeanKind::Weighted,
                RetentionMetric::RevenueRetained });
        COMPARE_VALUES(m.rows[0].value, { 1, 4.95, 1 });
        m = retentionMatrix(counts,
            { RetentionMode::On, RetentionReference::PeriodZero, MeanKind::Weighted,
                RetentionMetric::RevenuePerMember });
        COMPARE_VALUES(m.rows[0].value, { 10, 49.5, 49.5 });
        COMPARE_VALUES(m.rows[1].value, { 0, 2.5 });
        // Weighted: p1 (99 + 5) / (2 + 2) = 26.
        COMPARE_VALUES(m.mean, { 20.0 / 5.0, 26, 49.5 });
        // On or after: revenue from period k on: 218, 198, 99.
        m = retentionMatrix(counts,
            { RetentionMode::OnOrAfter, RetentionReference::PeriodZero, MeanKind::Weighted,
                RetentionMetric::RevenueRetained });
        COMPARE_VALUES(m.rows[0].raw, { 218, 198, 99 });
        COMPARE_VALUES(m.rows[0].value, { 1, 198.0 / 218.0, 99.0 / 218.0 });
    }
    void breakdowns()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        CohortCounts counts = computeCohortCounts(*c, a, Granularity::Month, CohortBreakdown::Channel);
        // Channels: a wechat, b douyin, c -, d wechat, e -. Within a cohort by name, "(none)" last.
        QCOMPARE(counts.rows.size(), size_t(5));
        const std::vector<std::pair<std::string, std::string>> expected = { { "2026-01", "douyin" },
            { "2026-01", "wechat" }, { "2026-02", "wechat" }, { "2026-02", "(none)" }, { "2026-03", "(none)" } };
        RetentionMatrix m = retentionMatrix(counts);
        for (std::size_t i = 0; i < expected.size(); ++i) {
            QCOMPARE(m.rows[i].label, expected[i].first);
            QCOMPARE(m.rows[i].group, expected[i].second);
        }
        COMPARE_VALUES(m.rows[0].value, { 1, 1, 0 }); // b
        COMPARE_VALUES(m.rows[1].value, { 1, 0, 1 }); // a
        COMPARE_VALUES(m.rows[3].value, { 1, 0 }); // c

        // First product's tier: a o1 basic, b o4 premium (a trial is a counted order), c o7 on
        // an untiered product "(none)", d o8 basic, e no order.
        counts = computeCohortCounts(*c, a, Granularity::Month, CohortBreakdown::FirstTier);
        m = retentionMatrix(counts);
        std::vector<std::string> groups;
        for (const auto& row : m.rows)
            groups.push_back(row.label + " " + row.group);
        QCOMPARE(groups,
            (std::vector<std::string> {
                "2026-01 basic", "2026-01 premium", "2026-02 basic", "2026-02 (none)", "2026-03 (no order)" }));
        counts = computeCohortCounts(*c, a, Granularity::Month, CohortBreakdown::FirstProduct);
        groups.clear();
        for (const auto& row : retentionMatrix(counts).rows)
            groups.push_back(row.group);
        QCOMPARE(groups, (std::vector<std::string> { "p1", "p2", "p1", "p3", "(no order)" }));
    }
    void weeklyMatrix()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        const CohortCounts counts = computeCohortCounts(*c, a, Granularity::Week);
        const RetentionMatrix m = retentionMatrix(counts);
        // a joined Monday 2026-01-05 (2026-W02), alone in its cohort; the end, Tuesday 03-31, is
        // in W14: 13 periods. a's days by week: 01-05, 01-06 W02 (p0); 01-25 Sunday W04 (p2);
        // 01-26 Monday W05 (p3); 03-15 Sunday W11 (p9); 03-31 W14 (p12).
        QCOMPARE(m.rows[0].label, std::string("2026-W02"));
        QCOMPARE(m.periods, 13);
        COMPARE_VALUES(m.rows[0].value, { 1, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 1 });
        // The last cohort, W09 (d joined Saturday 02-28, e Sunday 03-01), reports W09..W14: 6 periods.
        QCOMPARE(m.rows.back().label, std::string("2026-W09"));
        QCOMPARE(m.rows.back().value.size(), size_t(6));
    }
    void weeklyCohortsAcrossYearEnd()
    {
        // Members joining on 2026-12-31 (2026-W53) and 2027-01-04 (2027-W01); one active a week
        // later each.
        CommunityBuilder b;
        const Index x = b.addMember({ "x", at("2026-12-31 23:59:59"), "", "", "", "", "", "" });
        const Index y = b.addMember({ "y", at("2027-01-04 00:00:00"), "", "", "", "", "", "" });
        b.addEvent({ x, noIndex, at("2027-01-04 00:00:00"), "view" }); // W01: p1 for x
        b.addEvent({ y, noIndex, at("2027-01-11 12:00"), "view" }); // W02: p1 for y
        const CommunityPtr c = b.build();
        const RetentionMatrix m = retentionMatrix(computeCohortCounts(*c, computeActivityDays(*c), Granularity::Week));
        QCOMPARE(m.rows.size(), size_t(2));
        QCOMPARE(m.rows[0].label, std::string("2026-W53"));
        QCOMPARE(m.rows[1].label, std::string("2027-W01"));
        COMPARE_VALUES(m.rows[0].value, { 0, 1, 0 });
        COMPARE_VALUES(m.rows[1].value, { 0, 1 });
    }
    void activeOnlyBeforeJoining()
    {
        // A data error: the member's only activity is before joined_at. It stays in its cohort
        // and is never retained.
        CommunityBuilder b;
        const Index m = b.addMember({ "m", at("2026-02-01"), "", "", "", "", "", "" });
        b.addEvent({ m, noIndex, at("2026-01-15"), "view" });
        const CommunityPtr c = b.build();
        const ActivityDays a = computeActivityDays(*c);
        const RetentionMatrix r = retentionMatrix(computeCohortCounts(*c, a));
        QCOMPARE(r.rows.size(), size_t(1));
        QCOMPARE(r.rows[0].label, std::string("2026-02"));
        COMPARE_VALUES(r.rows[0].value, { 0 });
    }
    void trend()
    {
        const CommunityPtr c = fixtureCommunity();
        const RetentionMatrix m = retentionMatrix(computeCohortCounts(*c, computeActivityDays(*c)));
        const auto t = retentionTrend(m, 1);
        // Month-1 retention of each cohort that has a month 1: 2026-01 0.5, 2026-02 0.5.
        QCOMPARE(t.size(), size_t(2));
        QCOMPARE(t[0].label, std::string("2026-01"));
        QCOMPARE(t[1].value, 0.5);
    }
    void dayN()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        // Joined: a 01-05, b 01-20, c 02-10, d 02-28, e 03-01; end 03-31.
        // Day 1: all 5 eligible; a (01-06) and b (01-21) active on it -> 2 / 5.
        // Day 7: nobody active exactly 7 days after joining -> 0 / 5; on or after: a and b -> 2 / 5.
        // Day 60: only a (03-06) and b (03-21) eligible; on or after: a (03-31) -> 1 / 2.
        // Day 90: nobody eligible (a would need 04-05) -> empty.
        auto on = dayNRetention(*c, a, RetentionMode::On);
        auto after = dayNRetention(*c, a, RetentionMode::OnOrAfter);
        QCOMPARE(on.size(), size_t(6));
        QCOMPARE(on[0].day, 1);
        QCOMPARE(on[0].eligible, 5);
        QCOMPARE(on[0].retained, 2);
        QCOMPARE(on[0].rate, 0.4);
        QCOMPARE(on[1].retained, 0);
        QCOMPARE(after[1].retained, 2);
        QCOMPARE(on[4].day, 60);
        QCOMPARE(on[4].eligible, 2);
        QCOMPARE(on[4].retained, 0);
        QCOMPARE(after[4].retained, 1);
        QCOMPARE(after[4].rate, 0.5);
        QCOMPARE(on[5].eligible, 0);
        QVERIFY(std::isnan(on[5].rate));
        QCOMPARE(dayNMembers(*c, a, 1), (std::vector<Index> { A, B }));
        QCOMPARE(dayNMembers(*c, a, 60, RetentionMode::OnOrAfter), std::vector<Index> { A });
    }
    void drillDownSumsToCounts()
    {
        const CommunityPtr c = fixtureCommunity();
        const ActivityDays a = computeActivityDays(*c);
        for (auto g : { Granularity::Month, Granularity::Week }) {
            for (auto br : { CohortBreakdown::None, CohortBreakdown::Channel, CohortBreakdown::FirstTier }) {
                const CohortCounts counts = computeCohortCounts(*c, a, g, br);
                int members = 0;
                for (std::size_t r = 0; r < counts.rows.size(); ++r) {
                    const auto& row = counts.rows[r];
                    QCOMPARE(int(cohortMembers(counts, int(r)).size()), row.size);
                    members += row.size;
                    for (std::size_t k = 0; k < row.activeOn.size(); ++k) {
                        QCOMPARE(int(retentionCellMembers(*c, a, counts, int(r), int(k)).size()), row.activeOn[k]);
                        QCOMPARE(
                            int(retentionCellMembers(*c, a, counts, int(r), int(k), RetentionMode::OnOrAfter).size()),
                            row.activeOnOrAfter[k]);
                    }
                }
                QCOMPARE(members, 5);
            }
        }
        const CohortCounts counts = computeCohortCounts(*c, a);
        QCOMPARE(retentionCellMembers(*c, a, counts, 0, 2), std::vector<Index> { A });
        QCOMPARE(retentionCellMembers(*c, a, counts, 0, 1, RetentionMode::On, RetentionMetric::RevenueRetained),
            std::vector<Index> { B });
    }
    void emptyCommunity()
    {
        const CommunityPtr c = kinsight::test::emptyCommunity();
        const ActivityDays a = computeActivityDays(*c);
        const RetentionMatrix m = retentionMatrix(computeCohortCounts(*c, a));
        QCOMPARE(m.rows.size(), size_t(0));
        QCOMPARE(m.periods, 0);
        QCOMPARE(dayNRetention(*c, a)[0].eligible, 0);
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
