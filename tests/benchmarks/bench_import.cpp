// Import throughput: members, orders and events files of N rows each, imported by Kinsight
// (streaming, validated, de-duplicated, one transaction) and, for comparison, loaded by the
// sqlite3 shell's `.import` into a plain table without indexes or checks.
//
//   bench_import [--rows N] [--dir DIR]      (default 1000000 rows, a temporary folder)

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <QCoreApplication>
#include <QTemporaryDir>

#include "benchmarkutil.h"
#include "core/import/importer.h"
#include "core/store/database.h"

using namespace kinsight;

namespace {

std::string pad(const char* prefix, long n)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "%s%07ld", prefix, n);
    return buf;
}

void writeFiles(const std::string& dir, long rows)
{
    std::ofstream members(dir + "/members.csv"), products(dir + "/products.csv"), orders(dir + "/orders.csv"),
        events(dir + "/events.csv");
    members << "member_id,joined_at,name,email,phone,channel,city\n";
    for (long i = 0; i < rows; ++i)
        members << pad("u", i) << ",2025-" << (1 + i % 12 < 10 ? "0" : "") << 1 + i % 12 << "-" << (10 + i % 18)
                << " 12:00:00,会员" << i << ",m" << i << "@example.com,1380000" << (1000 + i % 9000) << ",抖音,北京\n";
    products << "product_id,title,kind,tier,list_price\n";
    for (int p = 0; p < 200; ++p)
        products << "p" << p << ",课程 " << p << ",course,basic,49.90\n";
    orders << "order_id,member_id,product_id,paid_at,amount,type,status\n";
    for (long i = 0; i < rows; ++i)
        orders << pad("o", i) << "," << pad("u", (i * 7919) % rows) << ",p" << i % 200 << ",2026-03-" << (10 + i % 18)
               << " 10:" << (10 + i % 50) << ":00," << (i % 5 == 0 ? "0" : "49.90") << ","
               << (i % 5 == 0 ? "trial" : "purchase") << ",paid\n";
    events << "member_id,occurred_at,type,product_id,value\n";
    for (long i = 0; i < rows; ++i)
        events << pad("u", (i * 104729) % rows) << ",2026-04-" << (10 + i % 18) << " " << (10 + i % 12) << ":"
               << (10 + i % 50) << ":" << (10 + (i / 7) % 50) << "," << (i % 3 == 0 ? "view" : "play") << ",p"
               << i % 200 << "," << i % 900 << "\n";
}

double sqliteImport(const std::string& dir, const std::string& file, const std::string& table)
{
    const std::string db = dir + "/plain-" + table + ".db";
    std::filesystem::remove(db);
    const std::string command = "sqlite3 " + db + " -cmd '.mode csv' '.import " + dir + "/" + file + " " + table + "'";
    bench::Stopwatch watch;
    if (std::system(command.c_str()) != 0)
        return -1;
    return watch.seconds();
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    long rows = 1'000'000;
    QTemporaryDir temp;
    std::string dir = temp.path().toStdString();
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--rows")
            rows = std::atol(argv[i + 1]);
        else if (flag == "--dir")
            dir = argv[i + 1];
    }
    std::printf("Import benchmark: %ld rows per file in %s\n", rows, dir.c_str());
    bench::Stopwatch prep;
    writeFiles(dir, rows);
    bench::report("writing the CSV files", prep.seconds());

    auto db = core::Database::open(dir + "/kinsight.db", core::OpenMode::Create);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().c_str());
        return 1;
    }
    for (const char* kind : { "members", "products", "orders", "events" }) {
        const std::string file = std::string(kind) + ".csv";
        bench::Stopwatch watch;
        const auto report = core::importFiles(**db, { dir + "/" + file }, {});
        const double seconds = watch.seconds();
        if (!report.ok) {
            std::fprintf(stderr, "import failed: %s %s\n", report.fatal.c_str(),
                report.errors.empty() ? "" : report.errors.front().text().c_str());
            return 1;
        }
        const double plain = sqliteImport(dir, file, std::string("plain_") + kind);
        const auto n = static_cast<double>(report.files[0].read);
        char extra[160];
        std::snprintf(extra, sizeof extra, "kinsight %9.0f rows/s   sqlite3 .import %9.0f rows/s (%.3f s)   ratio %.2f",
            n / seconds, plain > 0 ? n / plain : 0.0, plain, plain > 0 ? plain / seconds : 0.0);
        bench::report((std::string("import ") + file).c_str(), seconds, extra);
    }
    bench::Stopwatch again;
    const auto report = core::importFiles(**db, { dir + "/events.csv" }, {});
    bench::report("re-import events.csv (all skipped)", again.seconds(), report.ok ? "" : "FAILED");
    return 0;
}
