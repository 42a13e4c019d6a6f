#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

// `kinsight gui --help` (and `kinsight --db X --help`, which means the window too) print the
// window's options and exit 0, with no display at all: no platform plugin is loaded, so
// neither a window nor Qt's "could not connect to display" abort can happen.

class TestGuiHelp : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("KINSIGHT_EXECUTABLE"))
            QSKIP("KINSIGHT_EXECUTABLE is not set (the kinsight executable is not part of this build)");
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("gui --help") << QStringList { QStringLiteral("gui"), QStringLiteral("--help") };
        QTest::newRow("gui -h") << QStringList { QStringLiteral("gui"), QStringLiteral("-h") };
        QTest::newRow("gui --db x --help") << QStringList { QStringLiteral("gui"), QStringLiteral("--db"),
            QStringLiteral("x.db"), QStringLiteral("--help") };
        QTest::newRow("--db x --help") << QStringList { QStringLiteral("--db"), QStringLiteral("x.db"),
            QStringLiteral("--help") };
    }
    void help()
    {
        QFETCH(QStringList, arguments);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display of any kind: a window (or a QApplication) could only abort here.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("KINSIGHT_EXECUTABLE"), arguments);
        QVERIFY(p.waitForFinished(30000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("--theme")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("--db")));
    }

    void otherCommandsStillHelp()
    {
        QProcess p;
        p.start(qEnvironmentVariable("KINSIGHT_EXECUTABLE"), { QStringLiteral("actions"), QStringLiteral("--help") });
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("--as-of")));
    }
};

QTEST_GUILESS_MAIN(TestGuiHelp)
#include "tst_guihelp.moc"
