// Import throughput: members, orders, events and interactions files of N rows each, imported by Kinsight
// (streaming, validated, de-duplicated, one transaction) and, for comparison, loaded by the
// sqlite3 shell's `.import` into a plain table without indexes or checks.
//
//   bench_import [--rows N] [--dir DIR] [--xlsx-rows N] [--files-only 1]
//       (default 1000000 rows, a temporary folder, an XLSX events sheet of 200000 rows;
//       --files-only writes the CSV files into DIR and stops, for bench_postgres.sh)

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <QCoreApplication>
#include <QTemporaryDir>

#include "benchmarkutil.h"
#include "core/import/importer.h"
#include "core/store/database.h"

#include <sys/resource.h>
#include <xlsxwriter.h>

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
        events(dir + "/events.csv"), interactions(dir + "/interactions.csv");
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
    // As a platform exports them: in time order across members (a row every two seconds or less
    // from 2026-04-01, the members scattered), not grouped by member.
    events << "member_id,occurred_at,type,product_id,value\n";
    const long step = std::max(1L, 2'000'000L / std::max(rows, 1L));
    for (long i = 0; i < rows; ++i) {
        const long t = i * step;
        char when[64];
        std::snprintf(
            when, sizeof when, "2026-04-%02ld %02ld:%02ld:%02ld", 1 + t / 86400, t / 3600 % 24, t / 60 % 60, t % 60);
        events << pad("u", (i * 104729) % rows) << "," << when << "," << (i % 3 == 0 ? "view" : "play") << ",p"
               << i % 200 << "," << i % 900 << "\n";
    }
    // Replies and likes between members, in time order too.
    interactions << "from_member_id,to_member_id,occurred_at,type\n";
    for (long i = 0; i < rows; ++i) {
        const long t = i * step;
        char when[64];
        std::snprintf(
            when, sizeof when, "2026-05-%02ld %02ld:%02ld:%02ld", 1 + t / 86400, t / 3600 % 24, t / 60 % 60, t % 60);
        interactions << pad("u", (i * 104729) % rows) << "," << pad("u", (i * 7919 + 1) % rows) << "," << when << ","
                     << (i % 4 == 0 ? "like" : "reply") << "\n";
    }
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

/// An events sheet of `rows` rows (strings, a date cell, a number), written row by row.
bool writeXlsx(const std::string& path, long rows, long members)
{
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* wb = workbook_new_opt(path.c_str(), &options);
    if (!wb)
        return false;
    lxw_worksheet* ws = workbook_add_worksheet(wb, "events");
    lxw_format* when = workbook_add_format(wb);
    format_set_num_format(when, "yyyy-mm-dd hh:mm:ss");
    const char* header[] = { "member_id", "occurred_at", "type", "product_id", "value" };
    for (lxw_col_t c = 0; c < 5; ++c)
        worksheet_write_string(ws, 0, c, header[c], nullptr);
    for (long i = 0; i < rows; ++i) {
        const auto r = static_cast<lxw_row_t>(i + 1);
        worksheet_write_string(ws, r, 0, pad("u", (i * 104729) % members).c_str(), nullptr);
        lxw_datetime t = { 2026, 5, static_cast<int>(1 + i % 28), static_cast<int>(i % 24), static_cast<int>(i % 60),
            static_cast<double>((i / 60) % 60) };
        worksheet_write_datetime(ws, r, 1, &t, when);
        worksheet_write_string(ws, r, 2, i % 3 == 0 ? "view" : "play", nullptr);
        worksheet_write_string(ws, r, 3, ("p" + std::to_string(i % 200)).c_str(), nullptr);
        worksheet_write_number(ws, r, 4, static_cast<double>(i % 900), nullptr);
    }
    return workbook_close(wb) == LXW_NO_ERROR;
}

long peakRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    long rows = 1'000'000;
    long xlsxRows = 200'000;
    bool filesOnly = false;
    QTemporaryDir temp;
    std::string dir = temp.path().toStdString();
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--rows")
            rows = std::atol(argv[i + 1]);
        else if (flag == "--dir")
            dir = argv[i + 1];
        else if (flag == "--xlsx-rows")
            xlsxRows = std::atol(argv[i + 1]);
        else if (flag == "--files-only")
            filesOnly = std::atol(argv[i + 1]) != 0;
    }
    std::printf("Import benchmark: %ld rows per file in %s\n", rows, dir.c_str());
    bench::Stopwatch prep;
    writeFiles(dir, rows);
    bench::report("writing the CSV files", prep.seconds());
    if (filesOnly)
        return 0;

    // A new database each run: into one a run left in --dir, every file would be a re-import.
    for (const char* suffix : { "", "-wal", "-shm", ".snapshot" })
        std::filesystem::remove(dir + "/kinsight.db" + suffix);
    auto db = core::Database::open(dir + "/kinsight.db", core::OpenMode::Create);
    if (!db) {
        std::fprintf(stderr, "%s\n", db.error().c_str());
        return 1;
    }
    for (const char* kind : { "members", "products", "orders", "events", "interactions" }) {
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
    std::printf("peak memory so far: %ld MiB\n", peakRssMiB());

    if (xlsxRows > 0) {
        const std::string xlsx = dir + "/events-sheet.xlsx";
        bench::Stopwatch writing;
        if (!writeXlsx(xlsx, xlsxRows, rows)) {
            std::fprintf(stderr, "cannot write %s\n", xlsx.c_str());
            return 1;
        }
        bench::report("writing the XLSX sheet (libxlsxwriter)", writing.seconds());
        bench::Stopwatch watch;
        const auto sheet = core::importFiles(**db, { xlsx }, {});
        const double seconds = watch.seconds();
        if (!sheet.ok) {
            std::fprintf(stderr, "XLSX import failed: %s %s\n", sheet.fatal.c_str(),
                sheet.errors.empty() ? "" : sheet.errors.front().text().c_str());
            return 1;
        }
        char extra[120];
        std::snprintf(
            extra, sizeof extra, "kinsight %9.0f rows/s (%ld rows)", static_cast<double>(xlsxRows) / seconds, xlsxRows);
        bench::report("import events-sheet.xlsx", seconds, extra);
        std::printf("peak memory: %ld MiB\n", peakRssMiB());
    }
    return 0;
}
