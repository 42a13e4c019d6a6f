// Each kind's row validation, end to end through the importer: the first byte picks the kind,
// the rest is the file. A fixed base of members and products makes references resolvable.
// Invariants: no crash; a failed import writes nothing.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "core/import/importer.h"
#include "core/store/database.h"

#include <unistd.h>

using namespace kinsight::core;

namespace {

std::string g_dir;
std::unique_ptr<Database> g_db;

std::int64_t rows(Database& db)
{
    auto s = db.prepare(
        "SELECT (SELECT count(*) FROM members) + (SELECT count(*) FROM products) + (SELECT count(*) FROM orders) "
        "+ (SELECT count(*) FROM events) + (SELECT count(*) FROM ratings) + (SELECT count(*) FROM interactions)");
    return s && (*s)->step() ? (*s)->int64(0) : -1;
}

void setUp()
{
    g_dir = std::filesystem::temp_directory_path() / ("kinsight-fuzz-" + std::to_string(::getpid()));
    std::filesystem::create_directories(g_dir);
    std::filesystem::remove(g_dir + "/fuzz.db");
    g_db = std::move(Database::open(g_dir + "/fuzz.db", OpenMode::Create)).value();
    std::ofstream(g_dir + "/members.csv") << "member_id,joined_at,name\nu1,2026-01-01,A\nu2,2026-01-02,B\n";
    std::ofstream(g_dir + "/products.csv") << "product_id,title\np1,One\np2,Two\n";
    if (!importFiles(*g_db, { g_dir + "/members.csv", g_dir + "/products.csv" }, {}).ok)
        __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, size_t size)
{
    if (!g_db)
        setUp();
    if (size < 1)
        return 0;
    static const char* kinds[] = { "members", "products", "orders", "events", "ratings", "interactions" };
    const std::string path = g_dir + "/" + kinds[data[0] % 6] + "-fuzz.csv";
    std::ofstream(path, std::ios::binary | std::ios::trunc)
        .write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
    const std::int64_t before = rows(*g_db);
    ImportOptions options;
    options.skipInvalid = (data[0] & 0x80) != 0;
    const ImportReport report = importFiles(*g_db, { path }, options);
    if (!report.ok && rows(*g_db) != before)
        __builtin_trap();
    std::filesystem::remove(path);
    return 0;
}
