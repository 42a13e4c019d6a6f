#pragma once

#include <initializer_list>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

/// Skips the whole suite when the build has no kinsight executable (a core-only build).
#define KINSIGHT_REQUIRE_EXECUTABLE()                                                                                  \
    do {                                                                                                               \
        if (qEnvironmentVariableIsEmpty("KINSIGHT_EXECUTABLE"))                                                        \
            QSKIP("KINSIGHT_EXECUTABLE is not set (the kinsight executable is not part of this build)");               \
    } while (false)

/// The start of a CLI suite's initTestCase(): KINSIGHT_REQUIRE_EXECUTABLE(), a usable temporary
/// folder `dir`, and `db` set to the database file `name` in it.
#define KINSIGHT_CLI_DATABASE(dir, db, name)                                                                           \
    do {                                                                                                               \
        KINSIGHT_REQUIRE_EXECUTABLE();                                                                                 \
        QVERIFY(dir.isValid());                                                                                        \
        db = dir.filePath(QStringLiteral(name));                                                                       \
    } while (false)

namespace clitest {

/// The import files of a fixture folder under tests/data: `folder` ends with a slash.
inline QStringList fixtureFiles(const QString& folder,
    std::initializer_list<const char*> names
    = { "members.csv", "products.csv", "orders.csv", "events.csv", "interactions.csv" })
{
    QStringList files;
    for (const char* name : names)
        files << folder + QString::fromLatin1(name);
    return files;
}

/// What one run of the kinsight executable printed, and how it ended.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the kinsight executable the test's CMake names in KINSIGHT_EXECUTABLE with `arguments`,
/// in this process's environment plus `environment` (e.g. TZ or LC_ALL), and waits for it.
inline CliRun runKinsight(const QStringList& arguments,
    const std::vector<std::pair<QString, QString>>& environment = {}, int timeoutMs = 300000)
{
    QProcess p;
    if (!environment.empty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : environment)
            env.insert(name, value);
        p.setProcessEnvironment(env);
    }
    p.start(qEnvironmentVariable("KINSIGHT_EXECUTABLE"), arguments);
    p.waitForFinished(timeoutMs);
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

/// The bytes of a file; empty when it cannot be read.
inline QByteArray readBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

/// Writes `bytes` as the whole of a file; whether that worked.
inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

/// `kinsight import --db db` of the fixture files of `folder` (fixtureFiles()), in the
/// environment runKinsight() is given.
inline CliRun importFixture(
    const QString& folder, const QString& db, const std::vector<std::pair<QString, QString>>& environment = {})
{
    return runKinsight(
        QStringList { QStringLiteral("import"), QStringLiteral("--db"), db } + fixtureFiles(folder), environment);
}

} // namespace clitest
