#include "core/report/sectionbuilder.h"

namespace kinsight::core::reportsection {

namespace {

const char* const kindNames[productKindCount] = { QT_TRANSLATE_NOOP("Report", "Course"),
    QT_TRANSLATE_NOOP("Report", "Column"), QT_TRANSLATE_NOOP("Report", "Audio"), QT_TRANSLATE_NOOP("Report", "Video"),
    QT_TRANSLATE_NOOP("Report", "E-book"), QT_TRANSLATE_NOOP("Report", "Live"),
    QT_TRANSLATE_NOOP("Report", "Membership"), QT_TRANSLATE_NOOP("Report", "Bundle"),
    QT_TRANSLATE_NOOP("Report", "Other") };

} // namespace

ReportSection SectionBuilder::recommendations()
{
    ReportSection s = newSection("recommendations", tr("Recommendations"));
    if (!r.recommender)
        return notComputedSection(std::move(s));
    const Recommender& rec = *r.recommender;
    const Feedback& feedback = rec.feedback();
    const Method method = r.thresholds.method;
    s.addParagraph(tr("What members hold (a paid order or a rating of 4 or 5), and what the \"%1\" method "
                      "recommends next.")
                       .arg(label::method(method)));

    ReportTable popular;
    popular.key = "popular_products";
    popular.title = tr("Most held products");
    popular.columns
        = { column("rank", tr("Rank"), CellFormat::Integer), column("title", tr("Product"), CellFormat::Text),
              column("product_id", tr("Product id"), CellFormat::Text), column("kind", tr("Kind"), CellFormat::Text),
              column("tier", tr("Tier"), CellFormat::Text), column("members", tr("Members"), CellFormat::Integer),
              column("share", tr("Share of members"), CellFormat::Percent) };
    const std::vector<Index>& byPopularity = rec.byPopularity();
    for (size_t i = 0; i < byPopularity.size() && i < static_cast<size_t>(std::max(0, o.topProducts)); ++i) {
        const Index p = byPopularity[i];
        const auto pi = static_cast<size_t>(p);
        const Index held = feedback.popularity(p);
        if (held == 0)
            break;
        const Index tier = c.products.tier[pi];
        popular.rows.push_back({ integer(static_cast<std::int64_t>(i) + 1),
            text(std::string(c.products.titles.view(static_cast<Index>(pi)))),
            text(std::string(c.products.ids.view(static_cast<Index>(pi)))),
            text(tr(kindNames[static_cast<int>(c.products.kind[pi])])),
            tier == noIndex ? Cell {} : text(label::tier(c.tiers.name(tier))), integer(held),
            real(ratio(held, c.memberCount())) });
    }
    if (popular.rows.empty()) {
        s.addParagraph(tr("No member holds a product yet: there is nothing to recommend from."));
    } else {
        ReportChart chart
            = tableChart(ChartKind::HorizontalBar, tr("Most held products"), tr("Members"), QString(), { 5 });
        chart.categoryColumn = 1;
        chart.rowCount = 10;
        s.addChartedTable(std::move(popular), std::move(chart));
    }

    // The most engaged members and what they would be offered next.
    if (r.scores && rec.isPrepared(method) && o.recommendedMembers > 0) {
        MemberSort sort;
        sort.column = MemberColumn::Score;
        sort.descending = true;
        std::vector<Index> order = queryMembers(r, MemberFilter {}, sort, m_control);
        ReportTable lists;
        lists.key = "recommendations";
        lists.title = tr("Next products for the most engaged members");
        lists.shortTitle = tr("Next products");
        addMemberColumns(lists);
        lists.columns.push_back(column("rank", tr("Rank"), CellFormat::Integer));
        lists.columns.push_back(column("product", tr("Product"), CellFormat::Text));
        lists.columns.push_back(column("score", tr("Score"), CellFormat::Real));
        lists.columns.push_back(column("reason", tr("Reason"), CellFormat::Text));
        RankOptions rank = r.thresholds.rank;
        rank.k = std::max(1, o.recommendationsPerMember);
        int members = 0;
        for (const Index m : order) {
            if (members >= o.recommendedMembers)
                break;
            checkStop();
            const std::vector<Recommendation> list = rec.recommend(m, method, rank);
            if (list.empty())
                continue;
            ++members;
            for (size_t i = 0; i < list.size(); ++i) {
                Row row;
                addMemberCells(row, m);
                row.push_back(integer(static_cast<std::int64_t>(i) + 1));
                row.push_back(text(std::string(c.products.titles.view(list[i].product))));
                row.push_back(real(list[i].score));
                row.push_back(text(reasonText(list[i].reason).toStdString()));
                lists.rows.push_back(std::move(row));
            }
        }
        if (!lists.rows.empty())
            s.addTable(std::move(lists));
    }

    if (r.evaluation && !r.evaluation->empty()) {
        ReportTable eval;
        eval.key = "evaluation";
        eval.title = tr("Offline evaluation of the methods");
        eval.shortTitle = tr("Method evaluation");
        eval.columns = { column("method", tr("Method"), CellFormat::Text), column("k", tr("K"), CellFormat::Integer),
            column("members", tr("Members"), CellFormat::Integer),
            column("hit_rate", tr("Hit rate"), CellFormat::Percent),
            column("precision", tr("Precision"), CellFormat::Percent),
            column("recall", tr("Recall"), CellFormat::Percent), column("ndcg", tr("NDCG"), CellFormat::Real),
            column("coverage", tr("Coverage"), CellFormat::Percent) };
        for (const MethodMetrics& mm : *r.evaluation) {
            eval.rows.push_back({ text(label::method(mm.method)), integer(mm.k), integer(mm.members), real(mm.hitRate),
                real(mm.precision), real(mm.recall), real(mm.ndcg), real(mm.coverage) });
        }
        eval.note = tr("Each member's latest product is held out; the methods are trained on the rest and scored "
                       "on whether they recommend it in their top K.");
        ReportChart chart = tableChart(ChartKind::Bar, tr("Hit rate by method"), tr("Method"), tr("Hit rate"), { 3 });
        chart.valueFormat = CellFormat::Percent;
        s.addChartedTable(std::move(eval), std::move(chart));
    } else {
        s.addParagraph(tr("The offline evaluation of the methods was not run for this report."));
    }
    return s;
}

} // namespace kinsight::core::reportsection
