#include <csignal>
#include <cstdlib>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "../clirun.h"
#include "core/store/database.h"
#include "core/store/pgstore.h"
#include "core/store/segments.h"

#include <libpq-fe.h>

// The PostgreSQL engine end to end, through the kinsight executable: one fixture imported into a
// file and into a PostgreSQL database gives byte-identical output for every command; bad input
// fails alike and leaves the server as it was; a read-only role reads but cannot write; two
// imports at once both land; a killed import leaves nothing; `kinsight copy` both ways.
//
// Needs a server: run under `pg_virtualenv -v 15` (scripts/test.sh does), which exports PGHOST,
// PGPORT, PGUSER and PGPASSWORD. Without PGHOST the server tests are skipped. Each run creates its
// own databases (random names) and drops them at the end.

namespace {

using Run = clitest::CliRun;

QString serverUri(const QString& database)
{
    // Host, port, user and password come from libpq's PG* variables, as they would for an operator.
    return QStringLiteral("postgresql:///") + database;
}

/// Runs SQL on the server's maintenance database (or `database`); empty on success, else the error.
QString adminSql(const QString& sql, const QString& database = QStringLiteral("postgres"))
{
    const QByteArray info = QByteArrayLiteral("dbname=") + database.toUtf8();
    PGconn* conn = PQconnectdb(info.constData());
    QString error;
    if (PQstatus(conn) != CONNECTION_OK) {
        error = QString::fromUtf8(PQerrorMessage(conn));
    } else {
        PGresult* r = PQexec(conn, sql.toUtf8().constData());
        if (PQresultStatus(r) != PGRES_COMMAND_OK && PQresultStatus(r) != PGRES_TUPLES_OK)
            error = QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
    }
    PQfinish(conn);
    return error;
}

QString adminScalar(const QString& sql, const QString& database)
{
    const QByteArray info = QByteArrayLiteral("dbname=") + database.toUtf8();
    PGconn* conn = PQconnectdb(info.constData());
    QString value;
    PGresult* r = PQexec(conn, sql.toUtf8().constData());
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0)
        value = QString::fromUtf8(PQgetvalue(r, 0, 0));
    PQclear(r);
    PQfinish(conn);
    return value;
}

} // namespace

class TestPostgres : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_env = { { QStringLiteral("TZ"), QStringLiteral("UTC") },
            { QStringLiteral("KINSIGHT_CACHE_DIR"), m_dir.filePath(QStringLiteral("cache")) },
            { QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")) } };
        m_server = !qEnvironmentVariableIsEmpty("PGHOST") && !qEnvironmentVariableIsEmpty("KINSIGHT_EXECUTABLE");
        if (!m_server)
            return;
        m_suffix = QString::number(QRandomGenerator::global()->generate64() % 100000000, 16);
        m_fixture = clitest::fixtureFiles(QStringLiteral(KINSIGHT_TEST_DATA_DIR "/actions/"));
    }

    void cleanupTestCase()
    {
        for (const QString& db : std::as_const(m_databases))
            adminSql(QStringLiteral("DROP DATABASE IF EXISTS ") + db + QStringLiteral(" WITH (FORCE)"));
        for (const QString& role : std::as_const(m_roles))
            adminSql(QStringLiteral("DROP ROLE IF EXISTS ") + role);
    }

    void redactedUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("shown");
        QTest::newRow("password") << "postgresql://ann:s3cret@db.example/team"
                                  << "postgresql://ann@db.example/team";
        QTest::newRow("no password") << "postgresql://ann@db.example:5433/team?sslmode=require"
                                     << "postgresql://ann@db.example:5433/team?sslmode=require";
        QTest::newRow("option") << "postgresql://db.example/team?password=s3cret&sslmode=verify-full"
                                << "postgresql://db.example/team?password=…&sslmode=verify-full";
        QTest::newRow("socket") << "postgresql:///team"
                                << "postgresql:///team";
    }
    void redactedUri()
    {
        QFETCH(QString, uri);
        QFETCH(QString, shown);
        QCOMPARE(QString::fromStdString(kinsight::core::redactedUri(uri.toStdString())), shown);
    }

    void locations()
    {
        QVERIFY(kinsight::core::isPostgresLocation("postgresql://host/db"));
        QVERIFY(kinsight::core::isPostgresLocation("postgres://host/db"));
        QVERIFY(!kinsight::core::isPostgresLocation("team.kinsight"));
        QVERIFY(!kinsight::core::isPostgresLocation("/home/ann/postgresql/db.kinsight"));
    }

    void unreachableServerIsAClearError()
    {
        if (qEnvironmentVariableIsEmpty("KINSIGHT_EXECUTABLE"))
            QSKIP("KINSIGHT_EXECUTABLE is not set");
        // Port 1 on the loopback: nothing listens there.
        const Run r = run({ QStringLiteral("info"), QStringLiteral("--db"),
            QStringLiteral("postgresql://nobody:pw@127.0.0.1:1/none?connect_timeout=2") });
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("cannot connect to the team database postgresql://nobody@127.0.0.1:1/")),
            qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("pw@")), qPrintable(r.err));
    }

    void everyCommandGivesTheSameOutput()
    {
        requireServer();
        const QString file = m_dir.filePath(QStringLiteral("same.kinsight"));
        const QString uri = newDatabase(QStringLiteral("same"));
        for (const QString& db : { file, uri }) {
            const Run r = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), db } + m_fixture);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            if (db == uri)
                QCOMPARE(r.out, m_lastImportOut);
            m_lastImportOut = r.out;
        }
        const QList<QStringList> commands = {
            { QStringLiteral("info") },
            { QStringLiteral("settings") },
            { QStringLiteral("actions"), QStringLiteral("--as-of"), QStringLiteral("2026-03-15") },
            { QStringLiteral("audience"), QStringLiteral("--product"), QStringLiteral("S1") },
            { QStringLiteral("graph") },
            { QStringLiteral("retention") },
            { QStringLiteral("retention"), QStringLiteral("--period"), QStringLiteral("week") },
            { QStringLiteral("funnel") },
            { QStringLiteral("tiers") },
            { QStringLiteral("engagement") },
            { QStringLiteral("recommend"), QStringLiteral("--member"), QStringLiteral("a_trial"),
                QStringLiteral("--method"), QStringLiteral("popular") },
            { QStringLiteral("recommend"), QStringLiteral("--member"), QStringLiteral("n_hub") },
            { QStringLiteral("evaluate"), QStringLiteral("--method"), QStringLiteral("item-knn") },
            { QStringLiteral("tiers"), QStringLiteral("--format"), QStringLiteral("json") },
        };
        for (const QStringList& command : commands) {
            const Run a = run(command + QStringList { QStringLiteral("--db"), file });
            const Run b = run(command + QStringList { QStringLiteral("--db"), uri });
            QVERIFY2(a.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + a.err));
            QVERIFY2(b.exitCode == 0, qPrintable(command.join(QLatin1Char(' ')) + QStringLiteral(": ") + b.err));
            QVERIFY2(!a.out.isEmpty(), qPrintable(command.join(QLatin1Char(' '))));
            QCOMPARE(b.out, a.out);
        }
        // The fixture holds 10 members (members.csv has 10 rows): the server holds them as the file does.
        QCOMPARE(adminScalar(QStringLiteral("SELECT count(*) FROM members"), m_lastDatabase),
            QString::number(countLines(m_fixture[0]) - 1));
        // Snapshot and copy are kept per server database and content version in the cache folder.
        const QStringList cached = QDir(m_dir.filePath(QStringLiteral("cache/team")))
                                       .entryList({ QStringLiteral("*.kinsight.snapshot") }, QDir::Files);
        QVERIFY2(!cached.isEmpty(), qPrintable(cached.join(QLatin1Char(' '))));
    }

    void importShapesAlike_data()
    {
        // The import fixtures of tests/data/import/shapes with the options their tests use, and
        // some that must fail: each imported twice (a re-import skips or updates) into a new file
        // and a new server database. Exit code, output and errors, and `info` must be the same.
        QTest::addColumn<QStringList>("arguments");
        const QString shapes = QStringLiteral(KINSIGHT_TEST_DATA_DIR "/import/shapes/");
        const QString cm = QStringLiteral("--create-missing");
        QTest::newRow("invoices") << QStringList { QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai"), cm,
            QStringLiteral("--currency"), QStringLiteral("gbp"), shapes + QStringLiteral("orders-invoices.csv") };
        QTest::newRow("europe") << QStringList { cm, shapes + QStringLiteral("members-europe.csv"),
            shapes + QStringLiteral("orders-europe.csv") };
        QTest::newRow("utf-16") << QStringList { cm, QStringLiteral("--kind"), QStringLiteral("events"),
            shapes + QStringLiteral("events-unicode.txt") };
        QTest::newRow("log") << QStringList { cm, QStringLiteral("--kind"), QStringLiteral("events"),
            QStringLiteral("--no-header"), QStringLiteral("--columns"),
            QStringLiteral("member_id,occurred_at,type,product_id"), shapes + QStringLiteral("events.log") };
        QTest::newRow("copies") << QStringList { cm, shapes + QStringLiteral("interactions-twice.csv"),
            shapes + QStringLiteral("events-mar-a.csv"), shapes + QStringLiteral("events-mar-b.csv") };
        QTest::newRow("unknown members") << QStringList { shapes + QStringLiteral("orders-europe.csv") };
        QTest::newRow("skip invalid") << QStringList { QStringLiteral("--skip-invalid"),
            shapes + QStringLiteral("members-europe.csv"), shapes + QStringLiteral("orders-europe.csv") };
        QTest::newRow("wrong kind") << QStringList { QStringLiteral("--kind"), QStringLiteral("orders"),
            shapes + QStringLiteral("members-europe.csv") };
        QTest::newRow("bad timezone") << QStringList { QStringLiteral("--timezone"), QStringLiteral("Mars/Base"),
            shapes + QStringLiteral("members-europe.csv") };
    }
    void importShapesAlike()
    {
        requireServer();
        QFETCH(QStringList, arguments);
        static int n = 0;
        const QString file = m_dir.filePath(QStringLiteral("shape%1.kinsight").arg(++n));
        const QString uri = newDatabase(QStringLiteral("shape%1").arg(n));
        for (int round = 0; round < 2; ++round) {
            const Run a = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), file } + arguments);
            const Run b = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), uri } + arguments);
            QCOMPARE(b.exitCode, a.exitCode);
            QCOMPARE(b.out, a.out);
            QCOMPARE(
                QString(b.err).replace(uri, QStringLiteral("DB")), QString(a.err).replace(file, QStringLiteral("DB")));
            const Run infoA = run({ QStringLiteral("info"), QStringLiteral("--db"), file });
            const Run infoB = run({ QStringLiteral("info"), QStringLiteral("--db"), uri });
            QCOMPARE(infoB.exitCode, infoA.exitCode);
            QCOMPARE(infoB.out, infoA.out);
        }
    }

    void badInputFailsAlikeAndChangesNothing()
    {
        requireServer();
        const QString file = m_dir.filePath(QStringLiteral("bad.kinsight"));
        const QString uri = newDatabase(QStringLiteral("bad"));
        for (const QString& db : { file, uri }) {
            const Run r = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), db } + m_fixture);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        // Row 3 names a member nobody imported; row 4 has no time.
        const QString bad = m_dir.filePath(QStringLiteral("events.csv"));
        writeFile(bad,
            "member_id,occurred_at,type\n"
            "a_trial,2026-03-14T10:00:00Z,view\n"
            "ghost,2026-03-14T10:00:00Z,view\n"
            "a_trial,,view\n");
        const Run before = run({ QStringLiteral("info"), QStringLiteral("--db"), uri });
        const Run a = run({ QStringLiteral("import"), QStringLiteral("--db"), file, bad });
        const Run b = run({ QStringLiteral("import"), QStringLiteral("--db"), uri, bad });
        QVERIFY(a.exitCode != 0);
        QCOMPARE(b.exitCode, a.exitCode);
        QCOMPARE(b.err, a.err);
        QVERIFY2(b.err.contains(QStringLiteral("ghost")), qPrintable(b.err));
        const Run after = run({ QStringLiteral("info"), QStringLiteral("--db"), uri });
        QCOMPARE(after.out, before.out);
        // With --skip-invalid the valid row lands on both, counted alike.
        const Run c
            = run({ QStringLiteral("import"), QStringLiteral("--db"), file, QStringLiteral("--skip-invalid"), bad });
        const Run d
            = run({ QStringLiteral("import"), QStringLiteral("--db"), uri, QStringLiteral("--skip-invalid"), bad });
        QCOMPARE(c.exitCode, 0);
        QCOMPARE(d.exitCode, 0);
        QCOMPARE(d.out, c.out);
        QVERIFY2(d.out.contains(QStringLiteral(",events,3,1,0,2,")), qPrintable(d.out));
        QCOMPARE(run({ QStringLiteral("info"), QStringLiteral("--db"), uri }).out,
            run({ QStringLiteral("info"), QStringLiteral("--db"), file }).out);
        // Re-importing the same files changes nothing (everything skipped), as on a file.
        const Run again = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), uri } + m_fixture);
        QCOMPARE(again.exitCode, 0);
        const QStringList lines = again.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), m_fixture.size() + 1);
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines[i].split(QLatin1Char(',')).value(3) == QStringLiteral("0"), qPrintable(lines[i]));
    }

    void updatesAndRemovalsReachTheServer()
    {
        requireServer();
        const QString file = m_dir.filePath(QStringLiteral("upd.kinsight"));
        const QString uri = newDatabase(QStringLiteral("upd"));
        // o90 has three lines (P1, S1, S1); the second file renames a member, changes o1's amount and
        // gives o90 one line less and another product: an UPDATE of members and orders, a DELETE of
        // order lines and new ones, on rows the server already holds.
        const QString first = m_dir.filePath(QStringLiteral("orders-lines.csv"));
        writeFile(first,
            "order_id,member_id,product_id,paid_at,amount\n"
            "o90,a_trial,P1,2026-03-11T09:00:00Z,10.00\n"
            "o90,a_trial,S1,2026-03-11T09:00:00Z,5.50\n"
            "o90,a_trial,S1,2026-03-11T09:00:00Z,1.25\n");
        const QString second = m_dir.filePath(QStringLiteral("orders-changed.csv"));
        writeFile(second,
            "order_id,member_id,product_id,paid_at,amount,type,plan,status\n"
            "o1,a_trial,P1,2026-03-10T09:00:00Z,12.00,purchase,,\n"
            "o90,a_trial,S1,2026-03-11T09:00:00Z,7.00,,,\n"
            "o90,a_trial,P1,2026-03-11T09:00:00Z,3.00,,,\n");
        const QString renamed = m_dir.filePath(QStringLiteral("members-renamed.csv"));
        writeFile(renamed, "member_id,joined_at,name\na_trial,2025-01-01T00:00:00Z,Ann Renamed\n");
        for (const QString& db : { file, uri }) {
            Run r = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), db } + m_fixture
                + QStringList { first });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            r = run({ QStringLiteral("import"), QStringLiteral("--db"), db, second, renamed });
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        QCOMPARE(adminScalar(QStringLiteral("SELECT name FROM members WHERE member_id = 'a_trial'"), m_lastDatabase),
            QStringLiteral("Ann Renamed"));
        // o1: 12.00 → 1200 cents; o90: 7.00 + 3.00 = 1000 cents in two lines (the three first lines gone).
        QCOMPARE(adminScalar(QStringLiteral("SELECT amount FROM orders WHERE order_id = 'o1'"), m_lastDatabase),
            QStringLiteral("1200"));
        QCOMPARE(adminScalar(QStringLiteral("SELECT amount || '/' || (SELECT count(*) FROM order_lines l WHERE "
                                            "l.order_ref = o.id) || '/' || (SELECT sum(amount) FROM order_lines l "
                                            "WHERE l.order_ref = o.id) FROM orders o WHERE order_id = 'o90'"),
                     m_lastDatabase),
            QStringLiteral("1000/2/1000"));
        for (const QStringList& command : QList<QStringList> { { QStringLiteral("info") }, { QStringLiteral("tiers") },
                 { QStringLiteral("audience"), QStringLiteral("--product"), QStringLiteral("S1") } }) {
            const Run a = run(command + QStringList { QStringLiteral("--db"), file });
            QCOMPARE(run(command + QStringList { QStringLiteral("--db"), uri }).out, a.out);
        }
        // A new reader (empty cache) reads the same from the server as the writer's copy holds.
        const Run fresh = run({ QStringLiteral("tiers"), QStringLiteral("--db"), uri },
            { { QStringLiteral("KINSIGHT_CACHE_DIR"), m_dir.filePath(QStringLiteral("fresh-cache")) } });
        QCOMPARE(fresh.out, run({ QStringLiteral("tiers"), QStringLiteral("--db"), file }).out);

        // A restore from a backup taken before the last import, at the version the copy has now:
        // the content token differs, so the local copy is not trusted and the server is read again.
        const QString version
            = adminScalar(QStringLiteral("SELECT value FROM meta WHERE key = 'content_version'"), m_lastDatabase);
        const Run before = run({ QStringLiteral("info"), QStringLiteral("--db"), uri });
        QVERIFY2(before.out.contains(QStringLiteral("\nevents,4\n")), qPrintable(before.out));
        QCOMPARE(adminSql(QStringLiteral("DELETE FROM events WHERE id = (SELECT max(id) FROM events); "
                                         "UPDATE meta SET value = 'abc123' WHERE key = 'content_token'"),
                     m_lastDatabase),
            QString());
        QCOMPARE(adminScalar(QStringLiteral("SELECT value FROM meta WHERE key = 'content_version'"), m_lastDatabase),
            version);
        const Run restored = run({ QStringLiteral("info"), QStringLiteral("--db"), uri });
        QVERIFY2(restored.out.contains(QStringLiteral("\nevents,3\n")), qPrintable(restored.out));
    }

    void segmentsAndSettingsThroughTheStore()
    {
        requireServer();
        const QString uri = newDatabase(QStringLiteral("seg"));
        const Run r = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), uri } + m_fixture);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        qputenv("KINSIGHT_CACHE_DIR", m_dir.filePath(QStringLiteral("inproc-cache")).toUtf8());
        kinsight::core::setDatabaseFingerprintStore(m_dir.filePath(QStringLiteral("fingerprints.ini")).toStdString());
        using namespace kinsight::core;
        {
            auto db = Database::open(uri.toStdString(), OpenMode::ReadWrite);
            QVERIFY2(db.ok(), db.ok() ? "" : db.error().c_str());
            QCOMPARE(QString::fromLatin1((*db)->engine()), QStringLiteral("postgresql"));
            QVERIFY(!(*db)->created());
            QVERIFY(saveSegment(**db, "vip", "the two trials", { "a_trial", "b_trial" }).ok());
            QVERIFY(saveSegment(**db, "hub", "", { "n_hub" }).ok());
            QVERIFY(deleteSegment(**db, "hub").ok());
            QVERIFY((*db)->setTimeZoneId("Europe/Berlin").ok());
        }
        QCOMPARE(adminScalar(QStringLiteral("SELECT string_agg(s.name || ':' || m.member_id, ',' ORDER BY m.member_id) "
                                            "FROM segments s JOIN segment_members sm ON sm.segment = s.id JOIN members "
                                            "m ON m.id = sm.member"),
                     m_lastDatabase),
            QStringLiteral("vip:a_trial,vip:b_trial"));
        QCOMPARE(adminScalar(QStringLiteral("SELECT value FROM meta WHERE key = 'time_zone'"), m_lastDatabase),
            QStringLiteral("Europe/Berlin"));
        // Another machine (its own cache) reads the segment back from the server.
        qputenv("KINSIGHT_CACHE_DIR", m_dir.filePath(QStringLiteral("inproc-cache2")).toUtf8());
        auto reader = Database::open(uri.toStdString(), OpenMode::ReadOnly);
        QVERIFY2(reader.ok(), reader.ok() ? "" : reader.error().c_str());
        auto members = loadSegment(**reader, "vip");
        QVERIFY(members.ok());
        QCOMPARE(members->size(), size_t(2));
        QCOMPARE((*reader)->timeZoneId(), std::string("Europe/Berlin"));
        QVERIFY(!(*reader)->begin().ok()); // opened for reading
    }

    void anotherMembersImportIsHeard()
    {
        requireServer();
        const QString uri = newDatabase(QStringLiteral("hear"));
        const Run base = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), uri } + m_fixture);
        QVERIFY2(base.exitCode == 0, qPrintable(base.err));
        auto watch = kinsight::core::ServerWatch::listen(uri.toStdString());
        QVERIFY2(watch.ok(), watch.ok() ? "" : watch.error().c_str());
        QCOMPARE((*watch)->changed(), std::int64_t(-1)); // nothing yet
        const QString more = m_dir.filePath(QStringLiteral("events-heard.csv"));
        writeFile(more, "member_id,occurred_at,type\nb_trial,2026-03-14T10:00:00Z,view\n");
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--db"), uri, more }).exitCode, 0);
        // The fixture's import made content version 2 on a new database (1 for the schema, +1);
        // this import makes 3, and the notification says so.
        std::int64_t heard = -1;
        for (int i = 0; i < 100 && heard < 0; ++i) {
            heard = (*watch)->changed();
            if (heard < 0)
                QThread::msleep(20);
        }
        QCOMPARE(heard, std::int64_t(3));
    }

    void readOnlyRoleReadsButCannotWrite()
    {
        requireServer();
        const QString uri = newDatabase(QStringLiteral("ro"));
        const Run imported = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), uri } + m_fixture);
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString role = QStringLiteral("kinsight_reader_") + m_suffix;
        m_roles << role;
        // The SQL of docs/team-database.md.
        QCOMPARE(adminSql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'reader-pw'").arg(role)), QString());
        QCOMPARE(adminSql(QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(m_lastDatabase, role)), QString());
        QCOMPARE(adminSql(QStringLiteral("GRANT USAGE ON SCHEMA public TO %1; GRANT SELECT ON ALL TABLES IN SCHEMA "
                                         "public TO %1")
                              .arg(role),
                     m_lastDatabase),
            QString());
        const QString asReader = QStringLiteral("postgresql://%1@/%2").arg(role, m_lastDatabase);
        const std::vector<std::pair<QString, QString>> password { { QStringLiteral("PGPASSWORD"),
            QStringLiteral("reader-pw") } };
        // A reader has its own cache folder (another person's machine).
        auto env = password;
        env.emplace_back(QStringLiteral("KINSIGHT_CACHE_DIR"), m_dir.filePath(QStringLiteral("reader-cache")));
        const Run funnelOwner = run({ QStringLiteral("funnel"), QStringLiteral("--db"), uri });
        const Run funnelReader = run({ QStringLiteral("funnel"), QStringLiteral("--db"), asReader }, env);
        QVERIFY2(funnelReader.exitCode == 0, qPrintable(funnelReader.err));
        QCOMPARE(funnelReader.out, funnelOwner.out);
        const Run info = run({ QStringLiteral("info"), QStringLiteral("--db"), asReader }, env);
        QVERIFY2(info.exitCode == 0, qPrintable(info.err));

        const Run import
            = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), asReader } + m_fixture, env);
        QVERIFY(import.exitCode != 0);
        QVERIFY2(import.err.contains(QStringLiteral("may only read the team database")), qPrintable(import.err));
        QVERIFY2(!import.err.contains(QStringLiteral("permission denied")), qPrintable(import.err));
        const Run settings = run({ QStringLiteral("settings"), QStringLiteral("--db"), asReader,
                                     QStringLiteral("--timezone"), QStringLiteral("Asia/Shanghai") },
            env);
        QVERIFY(settings.exitCode != 0);
        QVERIFY2(settings.err.contains(QStringLiteral("may only read")), qPrintable(settings.err));
        QCOMPARE(run({ QStringLiteral("info"), QStringLiteral("--db"), uri }).out, info.out);
    }

    void concurrentImportsBothLand()
    {
        requireServer();
        const QString uri = newDatabase(QStringLiteral("two"));
        const Run base = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), uri } + m_fixture);
        QVERIFY2(base.exitCode == 0, qPrintable(base.err));
        const qint64 before = adminScalar(QStringLiteral("SELECT count(*) FROM events"), m_lastDatabase).toLongLong();
        // Two files of distinct events (3000 each, different minutes) imported at once by two processes.
        QStringList files;
        for (int f = 0; f < 2; ++f) {
            QByteArray csv = "member_id,occurred_at,type\n";
            for (int i = 0; i < 3000; ++i)
                csv += QStringLiteral("a_trial,2025-%1-%2T%3:%4:00Z,view\n")
                           .arg(f + 3, 2, 10, QLatin1Char('0'))
                           .arg(i / 1440 + 1, 2, 10, QLatin1Char('0'))
                           .arg(i / 60 % 24, 2, 10, QLatin1Char('0'))
                           .arg(i % 60, 2, 10, QLatin1Char('0'))
                           .toUtf8();
            files << m_dir.filePath(QStringLiteral("concurrent%1.csv").arg(f));
            writeFile(files.last(), csv);
        }
        QProcess p[2];
        for (int f = 0; f < 2; ++f) {
            // Two machines: each has its own local copies.
            setEnvironment(
                p[f], { { QStringLiteral("KINSIGHT_CACHE_DIR"), m_dir.filePath(QStringLiteral("machine%1").arg(f)) } });
            p[f].start(qEnvironmentVariable("KINSIGHT_EXECUTABLE"),
                { QStringLiteral("import"), QStringLiteral("--db"), uri, QStringLiteral("--kind"),
                    QStringLiteral("events"), files[f] });
        }
        for (auto& proc : p) {
            QVERIFY(proc.waitForFinished(120000));
            QVERIFY2(proc.exitCode() == 0, proc.readAllStandardError().constData());
        }
        QCOMPARE(
            adminScalar(QStringLiteral("SELECT count(*) FROM events"), m_lastDatabase).toLongLong(), before + 6000);
        // Each import bumped the content version once: both are in, in turn.
        const Run info = run({ QStringLiteral("info"), QStringLiteral("--db"), uri });
        QVERIFY2(info.out.contains(QStringLiteral("imports,7")), qPrintable(info.out));
    }

    void killedImportLeavesNothing()
    {
        requireServer();
        const QString uri = newDatabase(QStringLiteral("kill"));
        const Run base = run(QStringList { QStringLiteral("import"), QStringLiteral("--db"), uri } + m_fixture);
        QVERIFY2(base.exitCode == 0, qPrintable(base.err));
        const Run before = run({ QStringLiteral("info"), QStringLiteral("--db"), uri });
        QByteArray csv = "member_id,occurred_at,type,value\n";
        for (int i = 0; i < 400000; ++i)
            csv += "a_trial,2024-01-01T00:00:00Z,view," + QByteArray::number(i) + "\n";
        const QString big = m_dir.filePath(QStringLiteral("events-big.csv"));
        writeFile(big, csv);
        QProcess p;
        setEnvironment(p, {});
        p.start(qEnvironmentVariable("KINSIGHT_EXECUTABLE"),
            { QStringLiteral("import"), QStringLiteral("--db"), uri, big });
        QVERIFY(p.waitForStarted());
        // Wait until the import holds the server's write lock (its transaction is open), then kill it.
        bool locked = false;
        for (int i = 0; i < 600 && !locked && p.state() == QProcess::Running; ++i) {
            locked = adminScalar(
                         QStringLiteral(
                             "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = "
                             "(SELECT oid FROM pg_database WHERE datname = current_database())"),
                         m_lastDatabase)
                == QStringLiteral("1");
            if (!locked)
                QThread::msleep(20);
        }
        QVERIFY2(locked, "the import never took the write lock");
        ::kill(static_cast<pid_t>(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        // The server ends the dead connection's transaction: nothing of it stays.
        for (int i = 0; i < 100; ++i) {
            if (adminScalar(QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND database = "
                                           "(SELECT oid FROM pg_database WHERE datname = current_database())"),
                    m_lastDatabase)
                == QStringLiteral("0"))
                break;
            QThread::msleep(50);
        }
        QCOMPARE(run({ QStringLiteral("info"), QStringLiteral("--db"), uri }).out, before.out);
        // And the next import works.
        QCOMPARE(run({ QStringLiteral("import"), QStringLiteral("--db"), uri, m_fixture[2] }).exitCode, 0);
    }

    void valuesCrossTheWireExactly()
    {
        // Rows go to the server and come back in COPY's binary format: text with tabs, line
        // breaks, backslashes and Chinese, instants before 1970 and near 2100, reals that have no
        // short decimal form, NULLs, must reach the server's columns as they are and come back to
        // a new reader's copy unchanged.
        requireServer();
        const QString uri = newDatabase(QStringLiteral("wire"));
        const QString members = m_dir.filePath(QStringLiteral("members-wire.csv"));
        writeFile(members,
            "member_id,joined_at,name,city\n"
            "m1,1969-07-20T20:17:40Z,\"tab\tand\nnewline \\ back\",\xe5\x8c\x97\xe4\xba\xac\n"
            "m2,2099-12-31T23:59:59Z,,\n");
        const QString products = m_dir.filePath(QStringLiteral("products-wire.csv"));
        writeFile(products, "product_id,title,list_price\np1,\\N is not null,199.99\n");
        const QString events = m_dir.filePath(QStringLiteral("events-wire.csv"));
        writeFile(events,
            "member_id,occurred_at,type,product_id,value\n"
            "m1,1969-12-31T23:59:59Z,view,p1,0.1\n"
            "m1,1970-01-01T00:00:00Z,view,,-0.000123\n"
            "m2,2099-12-31T23:59:58Z,view,p1,1e300\n"
            "m2,2099-12-31T23:59:58Z,view,p1,1e300\n"
            "m2,2026-02-03T04:05:06Z,view,p1,\n");
        const Run r = run({ QStringLiteral("import"), QStringLiteral("--db"), uri, members, products, events });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(adminScalar(QStringLiteral("SELECT name FROM members WHERE member_id = 'm1'"), m_lastDatabase),
            QStringLiteral("tab\tand\nnewline \\ back"));
        QCOMPARE(adminScalar(QStringLiteral("SELECT city FROM members WHERE member_id = 'm1'"), m_lastDatabase),
            QStringLiteral("\u5317\u4eac"));
        QCOMPARE(adminScalar(QStringLiteral("SELECT coalesce(name, 'NULL') FROM members WHERE member_id = 'm2'"),
                     m_lastDatabase),
            QStringLiteral("NULL"));
        QCOMPARE(adminScalar(QStringLiteral("SELECT string_agg(to_char(joined_at AT TIME ZONE 'UTC', "
                                            "'YYYY-MM-DD HH24:MI:SS'), ',' ORDER BY id) FROM members"),
                     m_lastDatabase),
            QStringLiteral("1969-07-20 20:17:40,2099-12-31 23:59:59"));
        QCOMPARE(adminScalar(QStringLiteral("SELECT title || '/' || list_price FROM products"), m_lastDatabase),
            QStringLiteral("\\N is not null/19999"));
        QCOMPARE(
            adminScalar(QStringLiteral("SELECT string_agg(to_char(occurred_at AT TIME ZONE 'UTC', "
                                       "'YYYY-MM-DD HH24:MI:SS') || ' ' || coalesce(value::text, 'NULL') || ' ' "
                                       "|| copies || ' ' || coalesce(product::text, 'NULL'), ',' ORDER BY occurred_at) "
                                       "FROM events"),
                m_lastDatabase),
            QStringLiteral("1969-12-31 23:59:59 0.1 1 1,1970-01-01 00:00:00 -0.000123 1 NULL,"
                           "2026-02-03 04:05:06 NULL 1 1,2099-12-31 23:59:58 1e+300 2 1"));

        // A reader with nothing cached reads the same rows back from the server.
        const std::vector<std::pair<QString, QString>> fresh { { QStringLiteral("KINSIGHT_CACHE_DIR"),
            m_dir.filePath(QStringLiteral("wire-cache")) } };
        const QString back = m_dir.filePath(QStringLiteral("wire-back.kinsight"));
        const Run down
            = run({ QStringLiteral("copy"), QStringLiteral("--from"), uri, QStringLiteral("--to"), back }, fresh);
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        auto db = kinsight::core::Database::open(back.toStdString(), kinsight::core::OpenMode::ReadOnly);
        QVERIFY(db);
        const auto rows = [&](const char* sql) {
            QStringList out;
            auto q = (*db)->prepare(sql);
            if (!q)
                return out;
            while ((*q)->step())
                out << QString::fromUtf8(std::string((*q)->text(0)));
            return out;
        };
        QCOMPARE(rows("SELECT member_id || '|' || joined_at || '|' || ifnull(name, 'NULL') || '|' || ifnull(city, "
                      "'NULL') FROM members ORDER BY id"),
            QStringList({ QStringLiteral("m1|-14182940|tab\tand\nnewline \\ back|\u5317\u4eac"),
                QStringLiteral("m2|4102444799|NULL|NULL") }));
        QCOMPARE(rows("SELECT occurred_at || '|' || copies FROM events ORDER BY occurred_at"),
            QStringList({ QStringLiteral("-1|1"), QStringLiteral("0|1"), QStringLiteral("1770091506|1"),
                QStringLiteral("4102444798|2") }));
        // The reals bit for bit: what the C library reads from the same text.
        std::vector<double> values;
        std::vector<bool> nulls;
        auto q = (*db)->prepare("SELECT value FROM events ORDER BY occurred_at");
        QVERIFY(q);
        while ((*q)->step()) {
            nulls.push_back((*q)->isNull(0));
            values.push_back(nulls.back() ? 0.0 : (*q)->real(0));
        }
        QCOMPARE(nulls, std::vector<bool>({ false, false, true, false }));
        QVERIFY(values[0] == std::strtod("0.1", nullptr));
        QVERIFY(values[1] == std::strtod("-0.000123", nullptr));
        QVERIFY(values[3] == std::strtod("1e300", nullptr));
        db.value().reset();

        // The pulled copy holds no secondary indexes (a reader needs none); a writer from that
        // cache makes them first, so the same events again are recognised as already held.
        const auto cachedIndexes = [&] {
            const QDir cache(m_dir.filePath(QStringLiteral("wire-cache/team")));
            const QStringList copies = cache.entryList({ QStringLiteral("*.kinsight") }, QDir::Files);
            if (copies.size() != 1)
                return QStringLiteral("%1 copies").arg(copies.size());
            auto copy = kinsight::core::Database::open(
                cache.filePath(copies.front()).toStdString(), kinsight::core::OpenMode::ReadOnly);
            if (!copy)
                return QString::fromStdString(copy.error());
            auto q = (*copy)->prepare("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
            return q && (*q)->step() ? QString::number((*q)->int64(0)) : QStringLiteral("?");
        };
        QCOMPARE(cachedIndexes(), QStringLiteral("0"));
        const Run again = run({ QStringLiteral("import"), QStringLiteral("--db"), uri, events }, fresh);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.out.contains(QStringLiteral(",events,5,0,5,0,0,0")), qPrintable(again.out));
        QCOMPARE(adminScalar(QStringLiteral("SELECT count(*) || '/' || sum(copies) FROM events"), m_lastDatabase),
            QStringLiteral("4/5"));
        QCOMPARE(cachedIndexes(), QStringLiteral("4"));
    }

    void copyBothWays()
    {
        requireServer();
        const QString file = m_dir.filePath(QStringLiteral("demo.kinsight"));
        const Run demo = run({ QStringLiteral("demo"), QStringLiteral("--db"), file, QStringLiteral("--members"),
            QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("7") });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const QString uri = newDatabase(QStringLiteral("copy"));
        const Run up = run({ QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), uri });
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        QVERIFY2(up.out.startsWith(QStringLiteral("table,from,to\nmembers,300,300\n")), qPrintable(up.out));
        const QString back = m_dir.filePath(QStringLiteral("back.kinsight"));
        const Run down = run({ QStringLiteral("copy"), QStringLiteral("--from"), uri, QStringLiteral("--to"), back });
        QVERIFY2(down.exitCode == 0, qPrintable(down.err));
        QCOMPARE(down.out, up.out);
        for (const char* command : { "tiers", "funnel", "graph" }) {
            const QStringList args { QString::fromLatin1(command), QStringLiteral("--db") };
            const Run a = run(args + QStringList { file });
            QCOMPARE(run(args + QStringList { uri }).out, a.out);
            QCOMPARE(run(args + QStringList { back }).out, a.out);
        }
        // A second copy into the same server database is refused: it already holds a community.
        const Run again = run({ QStringLiteral("copy"), QStringLiteral("--from"), file, QStringLiteral("--to"), uri });
        QVERIFY(again.exitCode != 0);
        QVERIFY2(again.err.contains(QStringLiteral("already holds a community")), qPrintable(again.err));
    }

private:
    void requireServer()
    {
        if (!m_server)
            QSKIP("no PostgreSQL server (PGHOST is unset): run under pg_virtualenv, as scripts/test.sh does");
    }

    QString newDatabase(const QString& name)
    {
        m_lastDatabase = QStringLiteral("kinsight_%1_%2").arg(name, m_suffix);
        m_databases << m_lastDatabase;
        const QString error = adminSql(QStringLiteral("CREATE DATABASE ") + m_lastDatabase);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return serverUri(m_lastDatabase);
    }

    void setEnvironment(QProcess& p, const std::vector<std::pair<QString, QString>>& extra)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto& [k, v] : m_env)
            env.insert(k, v);
        for (const auto& [k, v] : extra)
            env.insert(k, v);
        p.setProcessEnvironment(env);
    }

    Run run(const QStringList& arguments, const std::vector<std::pair<QString, QString>>& extra = {})
    {
        auto env = m_env;
        env.insert(env.end(), extra.begin(), extra.end());
        return clitest::runKinsight(arguments, env);
    }

    static void writeFile(const QString& path, const QByteArray& content)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(content);
    }

    static int countLines(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        return static_cast<int>(f.readAll().count('\n'));
    }

    QTemporaryDir m_dir;
    std::vector<std::pair<QString, QString>> m_env;
    bool m_server = false;
    QString m_suffix;
    QStringList m_fixture;
    QStringList m_databases, m_roles;
    QString m_lastDatabase;
    QString m_lastImportOut;
};

QTEST_GUILESS_MAIN(TestPostgres)
#include "tst_postgres.moc"
