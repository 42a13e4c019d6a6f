#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

#include "../testsupport.h"
#include "core/import/importer.h"
#include "core/store/database.h"
#include "core/store/segments.h"
#include "core/store/snapshotloader.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace kinsight::core;
using kinsight::test::writeFile;

class TestDatabase : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string path(const char* name) { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }

private Q_SLOTS:
    void createsOwnerOnlyFileWithSchema()
    {
        const std::string p = path("new.db");
        auto db = Database::open(p, OpenMode::Create);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().c_str());
        QCOMPARE((*db)->schemaVersion(), currentSchemaVersion);
        struct stat st { };
        QCOMPARE(::stat(p.c_str(), &st), 0);
        QCOMPARE(st.st_mode & 0777, 0600u);
        QCOMPARE(QString::fromStdString((*db)->meta("pseudonym_key")).size(), 64);
        auto fk = (*db)->prepare("PRAGMA foreign_keys");
        QVERIFY(fk && (*fk)->step());
        QCOMPARE((*fk)->int64(0), 1);
        auto mode = (*db)->prepare("PRAGMA journal_mode");
        QVERIFY(mode && (*mode)->step());
        QCOMPARE((*mode)->text(0), std::string_view("wal"));
    }
    void reopensExisting()
    {
        const std::string p = path("reopen.db");
        {
            auto db = Database::open(p, OpenMode::Create);
            QVERIFY(db.ok());
        }
        auto again = Database::open(p, OpenMode::ReadWrite);
        QVERIFY(again.ok());
        auto ro = Database::open(p, OpenMode::ReadOnly);
        QVERIFY(ro.ok());
    }
    void refusals_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("mode");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << "missing" << int(OpenMode::ReadOnly) << "does not exist";
        QTest::newRow("missing folder") << "nofolder" << int(OpenMode::Create) << "does not exist";
        QTest::newRow("not sqlite") << "text" << int(OpenMode::ReadWrite) << "not an SQLite file";
        QTest::newRow("foreign sqlite") << "foreign" << int(OpenMode::ReadWrite) << "not a Kinsight one";
        QTest::newRow("newer schema") << "newer" << int(OpenMode::ReadWrite) << "newer Kinsight";
        QTest::newRow("newer schema read-only") << "newer" << int(OpenMode::ReadOnly) << "newer Kinsight";
        QTest::newRow("folder") << "folder" << int(OpenMode::ReadOnly) << "is a folder";
    }
    void refusals()
    {
        QFETCH(QString, setup);
        QFETCH(int, mode);
        QFETCH(QString, message);
        std::string p = path((std::string("refuse-") + QTest::currentDataTag() + ".db").c_str());
        if (setup == QLatin1String("nofolder")) {
            p = path("no/such/folder/x.db");
        } else if (setup == QLatin1String("text")) {
            writeFile(m_dir, QString::fromStdString(p).section(QLatin1Char('/'), -1), "this is not a database\n");
        } else if (setup == QLatin1String("foreign")) {
            sqlite3* raw = nullptr;
            sqlite3_open(p.c_str(), &raw);
            sqlite3_exec(raw, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
            sqlite3_close(raw);
        } else if (setup == QLatin1String("newer")) {
            {
                auto db = Database::open(p, OpenMode::Create);
                QVERIFY(db.ok());
            }
            sqlite3* raw = nullptr;
            sqlite3_open(p.c_str(), &raw);
            sqlite3_exec(raw, "PRAGMA user_version = 99", nullptr, nullptr, nullptr);
            sqlite3_close(raw);
        } else if (setup == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(QString::fromStdString(p)));
        }
        auto db = Database::open(p, static_cast<OpenMode>(mode));
        QVERIFY(!db.ok());
        QVERIFY2(QString::fromStdString(db.error()).contains(message), db.error().c_str());
    }
    void readOnlyFolder()
    {
        if (::geteuid() == 0)
            QSKIP("root can write into read-only folders; this check needs an ordinary user");
        const QString folder = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        auto db = Database::open(QString(folder + QStringLiteral("/x.db")).toStdString(), OpenMode::Create);
        QVERIFY(!db.ok());
        QVERIFY(QString::fromStdString(db.error()).contains(QStringLiteral("not writable")));
    }
    void bindsHostileTextAsData()
    {
        // Ids and names are bound parameters, never SQL.
        auto db = Database::open(path("hostile.db"), OpenMode::Create);
        QVERIFY(db.ok());
        QTemporaryDir dir;
        const std::string csv
            = "member_id,joined_at,name\n\"'); DROP TABLE members;--\",2026-01-01,\"Robert'); DROP TABLE orders;--\"\n";
        const ImportReport report = importFiles(**db, { writeFile(dir, QStringLiteral("members.csv"), csv) }, {});
        QVERIFY(report.ok);
        auto loaded = loadCommunity(**db);
        QVERIFY(loaded.ok());
        QCOMPARE((*loaded)->memberCount(), 1);
        QCOMPARE((*loaded)->members.ids.view(0), std::string_view("'); DROP TABLE members;--"));
    }
    void segmentsRoundTrip()
    {
        auto db = Database::open(path("segments.db"), OpenMode::Create);
        QVERIFY(db.ok());
        QTemporaryDir dir;
        QVERIFY(importFiles(**db,
            { writeFile(dir, QStringLiteral("members.csv"),
                "member_id,joined_at\nb,2026-01-01\na,2026-01-01\nc,2026-01-01\n") },
            {})
                    .ok);
        QVERIFY(saveSegment(**db, "at risk", "silent 30 days", { "c", "a" }).ok());
        auto loaded = loadSegment(**db, "at risk");
        QVERIFY(loaded.ok());
        QCOMPARE(*loaded, (std::vector<std::string> { "a", "c" }));
        // Saving again under the same name replaces the list.
        QVERIFY(saveSegment(**db, "at risk", "", { "b" }).ok());
        QCOMPARE(*loadSegment(**db, "at risk"), std::vector<std::string> { "b" });
        // An unknown id writes nothing.
        QVERIFY(!saveSegment(**db, "bad", "", { "a", "zz" }).ok());
        auto list = listSegments(**db);
        QVERIFY(list.ok());
        QCOMPARE(list->size(), size_t(1));
        QCOMPARE(list->front().members, 1);
        QVERIFY(deleteSegment(**db, "at risk").ok());
        QVERIFY(!loadSegment(**db, "at risk").ok());
        QVERIFY(!deleteSegment(**db, "at risk").ok());
    }
    void emptyDatabaseLoads()
    {
        auto db = Database::open(path("empty.db"), OpenMode::Create);
        QVERIFY(db.ok());
        auto loaded = loadCommunity(**db);
        QVERIFY(loaded.ok());
        QCOMPARE((*loaded)->memberCount(), 0);
        QCOMPARE((*loaded)->dataEnd, noTimestamp);
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
