// The report's content at scale: the analysis it runs, the recommendation evaluation it may add,
// and building the sections from the results (the writers' share is measured with
// `time kinsight report`, see docs/reports.md).
//   bench_report [--members N]   (default 100,000)

#include <cstdio>
#include <cstdlib>
#include <string>

#include "core/analysis/analysis.h"
#include "core/demo/demo.h"
#include "core/report/reportbuilder.h"
#include "tests/benchmarks/benchmarkutil.h"

using namespace kinsight::core;
using namespace kinsight::bench;

int main(int argc, char** argv)
{
    int members = 100'000;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--members" && i + 1 < argc)
            members = std::atoi(argv[++i]);
    }
    Stopwatch demo;
    const CommunityPtr community = makeDemoCommunity({ members, 42 });
    char extra[160];
    std::snprintf(extra, sizeof extra, "%d members, %d events", community->memberCount(), community->events.size());
    report("demo community", demo.seconds(), extra);

    Analysis analysis(community);
    Stopwatch update;
    if (auto done = analysis.update(Thresholds {}); !done) {
        std::fprintf(stderr, "analysis failed: %s\n", done.error().c_str());
        return 1;
    }
    report("analysis (all parts)", update.seconds());

    ReportOptions options;
    options.pseudonymizer = Pseudonymizer(QByteArray("benchmark-key"));
    Stopwatch build;
    auto content = buildReport(*analysis.results(), options);
    if (!content) {
        std::fprintf(stderr, "report failed: %s\n", content.error().c_str());
        return 1;
    }
    report("report content (no evaluation)", build.seconds());

    Stopwatch evaluate;
    if (auto e = analysis.evaluate(); !e) {
        std::fprintf(stderr, "evaluation failed: %s\n", e.error().c_str());
        return 1;
    }
    report("recommendation evaluation (6 methods)", evaluate.seconds());
    Stopwatch rebuild;
    content = buildReport(*analysis.results(), options);
    std::snprintf(extra, sizeof extra, "%zu tables", content ? content->allTables().size() : size_t(0));
    report("report content (with evaluation)", rebuild.seconds(), extra);
    return 0;
}
