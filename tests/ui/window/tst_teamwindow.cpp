#include <QLabel>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include "core/demo/demo.h"
#include "core/store/database.h"
#include "ui/analysiscontroller.h"
#include "ui/mainwindow.h"
#include "uitestutil.h"

#include <libpq-fe.h>

// The window on a team database (label pg; needs a server, see tst_postgres): the status bar names
// the engine and the database, and another member's write is offered as a reload, heard through
// LISTEN/NOTIFY rather than a file watch.

using namespace kinsight;

namespace {

QString adminSql(const QString& sql)
{
    PGconn* conn = PQconnectdb("dbname=postgres");
    QString error;
    if (PQstatus(conn) != CONNECTION_OK) {
        error = QString::fromUtf8(PQerrorMessage(conn));
    } else {
        PGresult* r = PQexec(conn, sql.toUtf8().constData());
        if (PQresultStatus(r) != PGRES_COMMAND_OK)
            error = QString::fromUtf8(PQresultErrorMessage(r));
        PQclear(r);
    }
    PQfinish(conn);
    return error;
}

} // namespace

class TestTeamWindow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsEmpty("PGHOST"))
            QSKIP("no PostgreSQL server (PGHOST is unset): run under pg_virtualenv, as scripts/test.sh does");
        QVERIFY(m_dir.isValid());
        qputenv("KINSIGHT_CACHE_DIR", m_dir.filePath(QStringLiteral("cache")).toUtf8());
        m_name = QStringLiteral("kinsight_window_%1").arg(QRandomGenerator::global()->generate() % 1000000, 0, 16);
        QCOMPARE(adminSql(QStringLiteral("CREATE DATABASE ") + m_name), QString());
        m_uri = QStringLiteral("postgresql:///") + m_name;
        auto db = core::Database::open(m_uri.toStdString(), core::OpenMode::Create);
        QVERIFY2(db.ok(), db.ok() ? "" : db.error().c_str());
        core::DemoOptions options;
        options.members = 200;
        QVERIFY(core::writeDemoDatabase(**db, options).ok());
    }

    void cleanupTestCase()
    {
        if (!m_name.isEmpty())
            adminSql(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name));
    }

    void statusBarAndReloadOffer()
    {
        ui::MainWindow w;
        w.resize(1440, 900);
        w.openDatabase(m_uri);
        QVERIFY(test::waitForIdle(w.controller()));
        QCOMPARE(w.engineLabel()->text(), QStringLiteral("PostgreSQL · ") + m_name);
        QCOMPARE(w.windowTitle(), m_name + QStringLiteral(" — Kinsight"));
        QVERIFY(!w.reloadButton()->isVisible());
        // Another member changes the community's time zone: a write transaction on the server.
        {
            auto other = core::Database::open(m_uri.toStdString(), core::OpenMode::ReadWrite);
            QVERIFY2(other.ok(), other.ok() ? "" : other.error().c_str());
            QVERIFY((*other)->setTimeZoneId("Asia/Shanghai").ok());
        }
        w.show();
        QTRY_VERIFY_WITH_TIMEOUT(w.reloadButton()->isVisible(), 10000);
    }

private:
    QTemporaryDir m_dir;
    QString m_name, m_uri;
};

QTEST_MAIN(TestTeamWindow)
#include "tst_teamwindow.moc"
