#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "../clirun.h"

// `kinsight report` end to end on the actions' community (tests/data/actions): the sections it is
// asked for and no others, members under pseudonyms unless --personal-data, the summary in the
// language asked for, usage errors for a bad --sections.

namespace {

using Run = clitest::CliRun;

Run kinsight(const QStringList& arguments)
{
    return clitest::runKinsight(arguments, { { QStringLiteral("TZ"), QStringLiteral("UTC") } });
}

QString readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList sectionIds(const QString& html)
{
    QXmlStreamReader xml(html);
    QStringList ids;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("section"))
            ids << xml.attributes().value(QLatin1String("id")).toString();
    }
    return ids;
}

} // namespace

class TestReportCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        KINSIGHT_CLI_DATABASE(m_dir, m_db, "actions.db");
        const Run r = clitest::importFixture(QStringLiteral(KINSIGHT_TEST_DATA_DIR "/actions/"), m_db,
            { { QStringLiteral("TZ"), QStringLiteral("UTC") } });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void sections_data()
    {
        QTest::addColumn<QString>("list");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("all by default") << QString()
                                        << QStringList { QStringLiteral("summary"), QStringLiteral("overview"),
                                               QStringLiteral("members"), QStringLiteral("network"),
                                               QStringLiteral("retention"), QStringLiteral("conversion"),
                                               QStringLiteral("pricing"), QStringLiteral("recommendations") };
        QTest::newRow("two, in report order") << QStringLiteral("pricing,summary")
                                              << QStringList { QStringLiteral("summary"), QStringLiteral("pricing") };
        QTest::newRow("one") << QStringLiteral("retention") << QStringList { QStringLiteral("retention") };
    }

    void sections()
    {
        QFETCH(QString, list);
        QFETCH(QStringList, ids);
        const QString out = m_dir.filePath(QStringLiteral("sections.html"));
        QStringList args { QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
            QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--evaluation"),
            QStringLiteral("never") };
        if (!list.isEmpty())
            args << QStringLiteral("--sections") << list;
        const Run r = kinsight(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(sectionIds(readAll(out)), ids);
    }

    void badSections_data()
    {
        QTest::addColumn<QString>("list");
        QTest::newRow("unknown") << QStringLiteral("summary,charts");
        QTest::newRow("empty") << QStringLiteral(",");
    }

    void badSections()
    {
        QFETCH(QString, list);
        const Run r = kinsight({ QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("bad.html")), QStringLiteral("--language"), QStringLiteral("en"),
            QStringLiteral("--sections"), list });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--sections")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("recommendations")), qPrintable(r.err));
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("bad.html"))));
    }

    void personalData_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<bool>("names");
        QTest::newRow("default: pseudonyms") << QString() << false;
        QTest::newRow("--personal-data") << QStringLiteral("--personal-data") << true;
        QTest::newRow("--include-personal-data (the older name)") << QStringLiteral("--include-personal-data") << true;
    }

    void personalData()
    {
        QFETCH(QString, option);
        QFETCH(bool, names);
        const QString out = m_dir.filePath(QStringLiteral("members.html"));
        QStringList args { QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
            QStringLiteral("--language"), QStringLiteral("en"), QStringLiteral("--sections"),
            QStringLiteral("members") };
        if (!option.isEmpty())
            args << option;
        const Run r = kinsight(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // Every member of the fixture is named "Name <id>".
        static const QRegularExpression name(QStringLiteral("Name [a-z0-9]+_?[a-z]*"));
        const QString html = readAll(out);
        QCOMPARE(html.contains(name), names);
        QCOMPARE(html.contains(QRegularExpression(QStringLiteral("\\bm-[0-9a-f]{12}\\b"))), !names);
    }

    void summaryInChinese()
    {
        const QString out = m_dir.filePath(QStringLiteral("summary-zh.html"));
        const Run r = kinsight({ QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
            QStringLiteral("--language"), QStringLiteral("zh_CN"), QStringLiteral("--sections"),
            QStringLiteral("summary") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString html = readAll(out);
        for (const char* words : { "摘要", "今日待办", "试用未转化", "有流失风险的付费会员", "¥173.45", "¥75.00" })
            QVERIFY2(html.contains(QString::fromUtf8(words)), words);
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestReportCli)
#include "tst_reportcli.moc"
