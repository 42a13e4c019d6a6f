// Concurrent use: imports that overlap serialize (or fail cleanly), readers see whole
// transactions, and nothing is lost.
#include <thread>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "../testsupport.h"
#include "core/import/importer.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"

using namespace kinsight::core;
using kinsight::test::writeFile;

namespace {

std::string membersFile(const QTemporaryDir& dir, const QString& name, const char* prefix, int count)
{
    std::string csv = "member_id,joined_at,name\n";
    for (int i = 0; i < count; ++i)
        csv += std::string(prefix) + std::to_string(i) + ",2026-01-01,n" + std::to_string(i) + "\n";
    return writeFile(dir, name, csv);
}

std::int64_t memberCount(const std::string& path)
{
    auto loaded = loadCommunity(path);
    return loaded.ok() ? (*loaded)->memberCount() : -1;
}

} // namespace

class TestConcurrency : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::string path(const char* name) { return m_dir.filePath(QString::fromUtf8(name)).toStdString(); }

private Q_SLOTS:
    void initTestCase() { setDatabaseFingerprintStore(m_dir.filePath(QStringLiteral("fp.ini")).toStdString()); }

    void twoImportsAtOnceSerialize()
    {
        const std::string db = path("two.db");
        {
            auto created = Database::open(db, OpenMode::Create);
            QVERIFY(created.ok());
        }
        const std::string a = membersFile(m_dir, QStringLiteral("members-a.csv"), "a", 20000);
        const std::string b = membersFile(m_dir, QStringLiteral("members-b.csv"), "b", 20000);
        bool okA = false, okB = false;
        auto run = [&db](const std::string& file, bool& ok) {
            auto conn = Database::open(db, OpenMode::ReadWrite);
            ok = conn.ok() && importFiles(**conn, { file }, {}).ok;
        };
        std::thread ta(run, a, std::ref(okA));
        std::thread tb(run, b, std::ref(okB));
        ta.join();
        tb.join();
        QVERIFY(okA);
        QVERIFY(okB);
        QCOMPARE(memberCount(db), 40000);
    }

    void busyDatabaseFailsCleanly()
    {
        const std::string db = path("busy.db");
        auto holder = Database::open(db, OpenMode::Create);
        QVERIFY(holder.ok());
        QVERIFY(importFiles(**holder, { membersFile(m_dir, QStringLiteral("members-base.csv"), "base", 10) }, {}).ok);
        // Another writer holds the write lock with an uncommitted row.
        QVERIFY((*holder)->begin().ok());
        QVERIFY((*holder)->exec("INSERT INTO members(member_id, joined_at) VALUES ('pending', 0)").ok());

        auto other = Database::open(db, OpenMode::ReadWrite);
        QVERIFY(other.ok());
        (*other)->setBusyTimeout(200);
        const ImportReport report
            = importFiles(**other, { membersFile(m_dir, QStringLiteral("members-c.csv"), "c", 10) }, {});
        QVERIFY(!report.ok);
        QVERIFY2(QString::fromStdString(report.fatal).contains(QStringLiteral("busy")), report.fatal.c_str());

        // Readers are not blocked by the writer, and see only committed rows.
        QCOMPARE(memberCount(db), 10);
        (*holder)->rollback();
        QCOMPARE(memberCount(db), 10);
        // Once the lock is gone, the same import goes through.
        QVERIFY(importFiles(**other, { membersFile(m_dir, QStringLiteral("members-c.csv"), "c", 10) }, {}).ok);
        QCOMPARE(memberCount(db), 20);
    }

    void readerSeesWholeImports()
    {
        const std::string db = path("reader.db");
        {
            auto created = Database::open(db, OpenMode::Create);
            QVERIFY(created.ok());
        }
        const std::string file = membersFile(m_dir, QStringLiteral("members-big.csv"), "r", 60000);
        std::atomic<bool> done { false };
        std::thread writer([&] {
            auto conn = Database::open(db, OpenMode::ReadWrite);
            if (conn.ok())
                (void)importFiles(**conn, { file }, {});
            done = true;
        });
        // While the import runs, every snapshot has either none or all of its rows.
        int observations = 0;
        while (!done) {
            const auto n = memberCount(db);
            QVERIFY2(n == 0 || n == 60000 || n == -1, qPrintable(QString::number(n)));
            ++observations;
        }
        writer.join();
        QCOMPARE(memberCount(db), 60000);
        QVERIFY(observations > 0);
    }

    void twoProcessesImportTogether()
    {
        const QByteArray exe = qgetenv("KINSIGHT_EXECUTABLE");
        if (exe.isEmpty())
            QSKIP("KINSIGHT_EXECUTABLE is not set (the kinsight executable is not part of this build)");
        const QString db = m_dir.filePath(QStringLiteral("processes.db"));
        const std::string a = membersFile(m_dir, QStringLiteral("members-pa.csv"), "pa", 30000);
        const std::string b = membersFile(m_dir, QStringLiteral("members-pb.csv"), "pb", 30000);
        {
            auto created = Database::open(db.toStdString(), OpenMode::Create);
            QVERIFY(created.ok());
        }
        QProcess p1, p2;
        p1.start(QString::fromLocal8Bit(exe),
            { QStringLiteral("import"), QStringLiteral("--db"), db, QString::fromStdString(a) });
        p2.start(QString::fromLocal8Bit(exe),
            { QStringLiteral("import"), QStringLiteral("--db"), db, QString::fromStdString(b) });
        QVERIFY(p1.waitForFinished(60000));
        QVERIFY(p2.waitForFinished(60000));
        QCOMPARE(p1.exitCode(), 0);
        QCOMPARE(p2.exitCode(), 0);
        QCOMPARE(memberCount(db.toStdString()), 60000);
    }

    void killedImportLeavesDatabaseAsItWas()
    {
        const QByteArray exe = qgetenv("KINSIGHT_EXECUTABLE");
        if (exe.isEmpty())
            QSKIP("KINSIGHT_EXECUTABLE is not set (the kinsight executable is not part of this build)");
        const QString db = m_dir.filePath(QStringLiteral("killed.db"));
        {
            auto created = Database::open(db.toStdString(), OpenMode::Create);
            QVERIFY(created.ok());
            QVERIFY(
                importFiles(**created, { membersFile(m_dir, QStringLiteral("members-first.csv"), "first", 100) }, {})
                    .ok);
        }
        QByteArray before;
        {
            auto opened = Database::open(db.toStdString(), OpenMode::ReadOnly);
            QVERIFY(opened.ok());
            before = kinsight::test::contentDigest(**opened, true);
        }
        const std::string big = membersFile(m_dir, QStringLiteral("members-huge.csv"), "huge", 1000000);
        QProcess import;
        import.start(QString::fromLocal8Bit(exe),
            { QStringLiteral("import"), QStringLiteral("--db"), db, QString::fromStdString(big) });
        QVERIFY(import.waitForStarted());
        // Let it write for a while (a million members take it well over a second), then kill it
        // without warning (SIGKILL).
        QTest::qWait(500);
        QCOMPARE(import.state(), QProcess::Running);
        import.kill();
        QVERIFY(import.waitForFinished());
        auto opened = Database::open(db.toStdString(), OpenMode::ReadWrite);
        QVERIFY2(opened.ok(), opened.ok() ? "" : opened.error().c_str());
        QCOMPARE(kinsight::test::contentDigest(**opened, true), before);
    }
};

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
