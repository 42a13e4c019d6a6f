// Damaged and hostile databases: a clear message, never a crash.
#include <filesystem>
#include <fstream>

#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

#include "../testsupport.h"
#include "core/demo/demo.h"
#include "core/import/importer.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"

using namespace kinsight::core;
namespace fs = std::filesystem;

class TestDamaged : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string m_pristine;

    std::string copyOfPristine(const char* name)
    {
        const std::string p = m_dir.filePath(QString::fromUtf8(name)).toStdString();
        fs::copy_file(m_pristine, p, fs::copy_options::overwrite_existing);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        setDatabaseFingerprintStore(m_dir.filePath(QStringLiteral("fingerprints.ini")).toStdString());
        m_pristine = m_dir.filePath(QStringLiteral("pristine.db")).toStdString();
        auto db = Database::open(m_pristine, OpenMode::Create);
        QVERIFY(db.ok());
        QVERIFY(writeDemoDatabase(**db, { 400, 5 }).ok());
        // Fold the WAL into the main file so that copies hold everything.
        QVERIFY((*db)->exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE").ok());
    }

    void truncated_data()
    {
        QTest::addColumn<double>("keep");
        QTest::newRow("header only") << 0.001;
        QTest::newRow("a tenth") << 0.1;
        QTest::newRow("half") << 0.5;
        QTest::newRow("all but the last page") << 0.99;
    }
    void truncated()
    {
        QFETCH(double, keep);
        const std::string p = copyOfPristine("truncated.db");
        fs::resize_file(p, static_cast<std::uintmax_t>(static_cast<double>(fs::file_size(p)) * keep));
        auto loaded = loadCommunity(p);
        QVERIFY(!loaded.ok());
        QVERIFY2(QString::fromStdString(loaded.error()).contains(QString::fromStdString(p)), loaded.error().c_str());
    }

    void lastPageCut()
    {
        // Exactly the last page gone, whatever the page size: an index page a load never reads,
        // told from the file's size against its header before anything else reads it.
        const std::string p = copyOfPristine("lastpage.db");
        std::uint64_t pageSize = 0, pages = 0;
        {
            auto db = Database::open(p, OpenMode::ReadOnly);
            QVERIFY(db.ok());
            auto size = (*db)->prepare("PRAGMA page_size");
            QVERIFY(size.ok() && (*size)->step());
            pageSize = static_cast<std::uint64_t>((*size)->int64(0));
            auto count = (*db)->prepare("PRAGMA page_count");
            QVERIFY(count.ok() && (*count)->step());
            pages = static_cast<std::uint64_t>((*count)->int64(0));
        }
        QVERIFY(pages > 2);
        QCOMPARE(fs::file_size(p), pages * pageSize);
        fs::resize_file(p, (pages - 1) * pageSize);
        auto loaded = loadCommunity(p);
        QVERIFY(!loaded.ok());
        QCOMPARE(loaded.failure().reason.code, std::string("store.truncated"));
        const std::string expected
            = "the file ends after " + std::to_string(pages - 1) + " of its " + std::to_string(pages) + " pages";
        QVERIFY2(loaded.error().find(expected) != std::string::npos, loaded.error().c_str());
    }

    void flippedBytes_data()
    {
        QTest::addColumn<double>("where");
        QTest::addColumn<int>("count");
        QTest::newRow("file header") << 0.0 << 16;
        for (double w : { 0.02, 0.1, 0.25, 0.4, 0.55, 0.7, 0.85, 0.97 })
            QTest::newRow(qPrintable(QStringLiteral("at %1").arg(w))) << w << 64;
    }
    void flippedBytes()
    {
        QFETCH(double, where);
        QFETCH(int, count);
        const std::string p = copyOfPristine("flipped.db");
        {
            std::fstream f(p, std::ios::in | std::ios::out | std::ios::binary);
            const auto offset = static_cast<std::streamoff>(static_cast<double>(fs::file_size(p)) * where);
            for (int i = 0; i < count; ++i) {
                f.seekg(offset + i);
                const int c = f.get();
                f.seekp(offset + i);
                f.put(static_cast<char>(c ^ 0xA5));
            }
        }
        // Either the damage is in space the data does not use (and loading works), or the
        // message names the file; it never crashes or hangs.
        auto loaded = loadCommunity(p);
        if (!loaded.ok())
            QVERIFY2(
                QString::fromStdString(loaded.error()).contains(QString::fromStdString(p)), loaded.error().c_str());
        else
            QVERIFY((*loaded)->memberCount() <= 400);
    }

    void rowsNamingMissingMembers_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("the first event") << QStringLiteral("UPDATE events SET member = 999999 WHERE id = "
                                                           "(SELECT min(id) FROM events)");
        QTest::newRow("the last event") << QStringLiteral("UPDATE events SET member = -5 WHERE id = "
                                                          "(SELECT max(id) FROM events)");
        QTest::newRow("an interaction's sender") << QStringLiteral(
            "UPDATE interactions SET from_member = 999999 WHERE id = (SELECT max(id) FROM interactions)");
        QTest::newRow("an interaction's receiver") << QStringLiteral(
            "UPDATE interactions SET to_member = 999999 WHERE id = (SELECT min(id) FROM interactions)");
    }
    void rowsNamingMissingMembers()
    {
        // Written by another program, foreign keys off: the load refuses the row, never guesses.
        QFETCH(QString, change);
        const std::string p = copyOfPristine("dangling.db");
        fs::remove(p + ".snapshot");
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(p.c_str(), &raw), SQLITE_OK);
        QCOMPARE(sqlite3_exec(raw, change.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_changes(raw), 1);
        sqlite3_close(raw);
        auto loaded = loadCommunity(p);
        QVERIFY(!loaded.ok());
        QVERIFY2(QString::fromStdString(loaded.error()).contains(QStringLiteral("refers to a member")),
            loaded.error().c_str());
    }

    void integrityCheckedWhenChangedBehindOurBack()
    {
        const std::string p = copyOfPristine("watched.db");
        {
            auto db = Database::open(p, OpenMode::ReadWrite);
            QVERIFY(db.ok());
            QTemporaryDir dir;
            // A write through Kinsight: its fingerprint is remembered when the connection closes.
            QVERIFY(importFiles(**db,
                { kinsight::test::writeFile(
                    dir, QStringLiteral("members.csv"), "member_id,joined_at\nzz,2026-01-01\n") },
                {})
                        .ok);
        }
        {
            auto db = Database::open(p, OpenMode::ReadOnly);
            QVERIFY(db.ok());
            QVERIFY(!(*db)->integrityChecked());
        }
        // Another program writes to the file.
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open(p.c_str(), &raw), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(raw, "INSERT INTO meta(key, value) VALUES ('x', 'y')", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(raw);
        auto db = Database::open(p, OpenMode::ReadOnly);
        QVERIFY(db.ok()); // changed, checked, and still sound
        QVERIFY((*db)->integrityChecked());
    }

    void readOnlyFile()
    {
        const std::string p = copyOfPristine("readonly.db");
        fs::permissions(p, fs::perms::owner_read);
        // Reading works even when the file cannot be written.
        auto loaded = loadCommunity(p);
        QVERIFY2(loaded.ok(), loaded.ok() ? "" : loaded.error().c_str());
        QCOMPARE((*loaded)->memberCount(), 400);
        fs::permissions(p, fs::perms::owner_read | fs::perms::owner_write);
    }
};

QTEST_GUILESS_MAIN(TestDamaged)
#include "tst_damaged.moc"
