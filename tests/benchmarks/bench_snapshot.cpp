// The demo generator and the snapshot loader at scale.
//
//   bench_snapshot --generate --db FILE [--members N]   time and peak memory of writing the demo
//                                                        (rows in time order across members, as a
//                                                        platform export has them: see demo.h)
//   bench_snapshot --load --db FILE                      loading it from SQLite (no snapshot file)
//   bench_snapshot --load-file --db FILE                 loading it through the persisted snapshot
//                                                        file (written first when missing or stale)
//   bench_snapshot --memory [--members N]                the in-memory demo (no database)
// Every figure is printed with the machine's load average. The allocator is set up as the
// application sets it (core/util/allocator.h), so that peaks and times are the product's.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include <QCoreApplication>

#include "benchmarkutil.h"
#include "core/demo/demo.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"
#include "core/util/allocator.h"

using namespace kinsight;

namespace {

/// What a load brought: the row counts and the snapshot's size in memory.
std::string loadedSummary(const core::Community& c)
{
    char extra[200];
    std::snprintf(extra, sizeof extra, "%d members, %d events, %d orders, %d interactions; snapshot %.0f MiB",
        c.memberCount(), c.events.size(), c.orders.size(), c.interactions.size(),
        static_cast<double>(c.memoryBytes()) / (1 << 20));
    return extra;
}

} // namespace

int main(int argc, char** argv)
{
    kinsight::core::configureAllocator(argv); // as the application does
    QCoreApplication app(argc, argv);
    std::string mode, db;
    int members = 1'000'000;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--generate" || a == "--load" || a == "--load-file" || a == "--memory")
            mode = a;
        else if (a == "--db" && i + 1 < argc)
            db = argv[++i];
        else if (a == "--members" && i + 1 < argc)
            members = std::atoi(argv[++i]);
    }
    if (mode == "--generate") {
        std::filesystem::remove(db);
        auto opened = core::Database::open(db, core::OpenMode::Create);
        if (!opened)
            return std::fprintf(stderr, "%s\n", opened.error().c_str()), 1;
        bench::Stopwatch watch;
        if (core::Status s = core::writeDemoDatabase(**opened, { members, 42 }); !s)
            return std::fprintf(stderr, "%s\n", s.error().c_str()), 1;
        bench::report(("kinsight demo --members " + std::to_string(members)).c_str(), watch.seconds(),
            std::to_string(std::filesystem::file_size(db) >> 20) + " MiB database");
        return 0;
    }
    if (mode == "--load-file") {
        const std::string file = core::snapshotPathFor(db);
        {
            // Make sure the file is there and current (its cost is a load from SQLite and a write).
            bench::Stopwatch watch;
            if (core::Status s = core::refreshSnapshotFile(db); !s)
                return std::fprintf(stderr, "%s\n", s.error().c_str()), 1;
            bench::report("snapshot file present or written", watch.seconds(),
                std::to_string(std::filesystem::file_size(file) >> 20) + " MiB file");
        }
        bench::Stopwatch watch;
        auto loaded = core::loadCommunity(db);
        if (!loaded)
            return std::fprintf(stderr, "%s\n", loaded.error().c_str()), 1;
        const std::string extra = loadedSummary(**loaded);
        bench::report("load from the snapshot file", watch.seconds(), extra);
        return 0;
    }
    if (mode == "--load") {
        bench::Stopwatch watch;
        core::LoadOptions noFile;
        noFile.useSnapshotFile = false;
        auto loaded = core::loadCommunity(db, {}, noFile);
        if (!loaded)
            return std::fprintf(stderr, "%s\n", loaded.error().c_str()), 1;
        const std::string extra = loadedSummary(**loaded);
        bench::report("load from SQLite (rows in storage order)", watch.seconds(), extra);
        return 0;
    }
    if (mode == "--memory") {
        bench::Stopwatch watch;
        const auto c = core::makeDemoCommunity({ members, 42 });
        char extra[160];
        std::snprintf(extra, sizeof extra, "%d members, %d events; snapshot %.0f MiB", c->memberCount(),
            c->events.size(), static_cast<double>(c->memoryBytes()) / (1 << 20));
        bench::report("in-memory demo community", watch.seconds(), extra);
        return 0;
    }
    std::fprintf(stderr, "usage: bench_snapshot --generate|--load|--load-file|--memory [--db FILE] [--members N]\n");
    return 2;
}
