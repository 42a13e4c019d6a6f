// The CLI's human text follows --language (and the locale): a Chinese run of `recommend` and
// `graph --view leaders` gives Chinese reasons under the contract's English headers, and its
// usage errors are Chinese; an English run reads English.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "../clirun.h"

namespace {

using Run = clitest::CliRun;

Run kinsight(const QStringList& arguments, const QString& lcAll = QStringLiteral("C.UTF-8"))
{
    return clitest::runKinsight(arguments, { { QStringLiteral("LC_ALL"), lcAll }, { QStringLiteral("LANG"), lcAll } });
}

/// The last column of each CSV row after the header (reasons are last; they may hold commas
/// and come quoted then).
QStringList lastColumn(const QString& csv, QString* header)
{
    QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (lines.isEmpty())
        return {};
    *header = lines.takeFirst();
    QStringList out;
    for (const QString& line : lines) {
        if (line.endsWith(QLatin1Char('"'))) {
            const qsizetype open = line.lastIndexOf(QStringLiteral(",\""));
            out << line.mid(open + 2, line.size() - open - 3).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        } else {
            out << line.mid(line.lastIndexOf(QLatin1Char(',')) + 1);
        }
    }
    return out;
}

/// Latin words other than the names kept in Chinese (PageRank) and quoted data (《titles》).
QStringList englishWords(QString text)
{
    static const QRegularExpression titles(QStringLiteral("《[^》]*》"));
    text.remove(titles);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured(0);
        if (w != QLatin1String("PageRank"))
            found << w;
    }
    return found;
}

/// The last line of a command's stderr (Qt may warn before the command speaks).
QString lastLine(const QString& err)
{
    const QStringList lines = err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return lines.isEmpty() ? QString() : lines.last();
}

} // namespace

class TestCliLanguage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("KINSIGHT_EXECUTABLE"))
            QSKIP("KINSIGHT_EXECUTABLE is not set");
        QVERIFY(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("demo.db"));
        const Run demo = kinsight({ QStringLiteral("demo"), QStringLiteral("--db"), m_db, QStringLiteral("--members"),
            QStringLiteral("400") });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const Run leaders = kinsight({ QStringLiteral("graph"), QStringLiteral("--db"), m_db, QStringLiteral("--view"),
            QStringLiteral("leaders"), QStringLiteral("--language"), QStringLiteral("en") });
        QVERIFY2(leaders.exitCode == 0, qPrintable(leaders.err));
        m_leadersEnglish = leaders.out;
        const QStringList rows = leaders.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(rows.size() > 1, "the demo community has leaders");
        m_member = rows[1].section(QLatin1Char(','), 1, 1);
    }

    void chineseReasonsUnderTheContractsHeaders()
    {
        const Run zh = kinsight({ QStringLiteral("graph"), QStringLiteral("--db"), m_db, QStringLiteral("--view"),
            QStringLiteral("leaders"), QStringLiteral("--language"), QStringLiteral("zh_CN") });
        QCOMPARE(zh.exitCode, 0);
        QString header;
        const QStringList reasons = lastColumn(zh.out, &header);
        QString englishHeader;
        const QStringList english = lastColumn(m_leadersEnglish, &englishHeader);
        QCOMPARE(header, englishHeader); // headers stay as the contract says
        QVERIFY(header.endsWith(QStringLiteral(",reasons")));
        QCOMPARE(reasons.size(), english.size());
        // The same leaders, the same grounds, in Chinese: 收到 N 位会员的回复 for "replied to by N
        // distinct members".
        QVERIFY(english[0].startsWith(QStringLiteral("replied to by "))
            || english[0].startsWith(QStringLiteral("addressed by ")));
        QVERIFY2(reasons[0].contains(QStringLiteral("位会员")), qPrintable(reasons[0]));
        for (const QString& r : reasons)
            QVERIFY2(englishWords(r).isEmpty(), qPrintable(r));

        const Run rec = kinsight({ QStringLiteral("recommend"), QStringLiteral("--db"), m_db,
            QStringLiteral("--member"), m_member, QStringLiteral("--method"), QStringLiteral("hybrid"),
            QStringLiteral("--language"), QStringLiteral("zh_CN") });
        QCOMPARE(rec.exitCode, 0);
        const QStringList why = lastColumn(rec.out, &header);
        QCOMPARE(header, QStringLiteral("rank,product_id,title,score,reason"));
        QVERIFY(!why.isEmpty());
        for (const QString& r : why)
            QVERIFY2(!r.isEmpty() && englishWords(r).isEmpty(), qPrintable(r));
    }

    void localeChoosesTheLanguage()
    {
        // No --language: the locale's language (zh_CN.UTF-8 → Chinese, C → English).
        // Hybrid's reasons name only titles, never the products' own tag words.
        const QStringList args { QStringLiteral("recommend"), QStringLiteral("--db"), m_db, QStringLiteral("--member"),
            m_member, QStringLiteral("--method"), QStringLiteral("hybrid") };
        QString header;
        const QStringList zh = lastColumn(kinsight(args, QStringLiteral("zh_CN.UTF-8")).out, &header);
        const QStringList en = lastColumn(kinsight(args).out, &header);
        QVERIFY(!zh.isEmpty() && !en.isEmpty());
        QVERIFY2(englishWords(zh[0]).isEmpty(), qPrintable(zh[0]));
        QVERIFY2(!englishWords(en[0]).isEmpty(), qPrintable(en[0]));
    }

    void usageErrorsInChinese()
    {
        const Run zh = kinsight({ QStringLiteral("recommend"), QStringLiteral("--db"), m_db,
            QStringLiteral("--language"), QStringLiteral("zh_CN") });
        QCOMPARE(zh.exitCode, 2);
        QVERIFY2(zh.err.contains(QStringLiteral("需要指定 --member ID")), qPrintable(zh.err));
        QVERIFY2(zh.err.contains(QStringLiteral("查看用法")), qPrintable(zh.err));
        const Run en = kinsight({ QStringLiteral("recommend"), QStringLiteral("--db"), m_db });
        QVERIFY2(en.err.contains(QStringLiteral("--member ID is required")), qPrintable(en.err));
        const Run bad = kinsight({ QStringLiteral("recommend"), QStringLiteral("--language"), QStringLiteral("fr") });
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--language must be en or zh_CN")));
    }

    void databaseErrorsInChinese_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("contents"); // empty: no file at all
        QTest::addColumn<QString>("chinese");
        QTest::newRow("missing") << QStringLiteral("nope.kinsight") << QString() << QStringLiteral("不存在");
        QTest::newRow("not SQLite") << QStringLiteral("notes.txt") << QStringLiteral("hello")
                                    << QStringLiteral("不是 Kinsight 数据库（不是 SQLite 文件）");
    }

    void databaseErrorsInChinese()
    {
        // Opening the database fails in the operator's language too, with the path as given.
        QFETCH(QString, file);
        QFETCH(QString, contents);
        QFETCH(QString, chinese);
        const QString path = m_dir.filePath(file);
        if (!contents.isEmpty()) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(contents.toUtf8());
        }
        const Run zh = kinsight({ QStringLiteral("info"), QStringLiteral("--db"), path, QStringLiteral("--language"),
            QStringLiteral("zh_CN") });
        QCOMPARE(zh.exitCode, 1);
        QVERIFY2(zh.err.contains(chinese), qPrintable(zh.err));
        QVERIFY2(zh.err.contains(path), qPrintable(zh.err));
        // Beside the path, only the names the sentence keeps as they are: the program's, SQLite's.
        QString rest = zh.err;
        rest.remove(path);
        QStringList words = englishWords(rest);
        words.removeAll(QStringLiteral("kinsight"));
        words.removeAll(QStringLiteral("Kinsight"));
        words.removeAll(QStringLiteral("SQLite"));
        QVERIFY2(words.isEmpty(), qPrintable(zh.err));
    }

    void loadingCommandsFailInChinese()
    {
        // A command that loads the community (through the snapshot file) fails in the operator's
        // language too, not only the ones that open the database themselves.
        const QString path = m_dir.filePath(QStringLiteral("notes-for-funnel.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello");
        f.close();
        const Run zh = kinsight({ QStringLiteral("funnel"), QStringLiteral("--db"), path, QStringLiteral("--language"),
            QStringLiteral("zh_CN") });
        QCOMPARE(zh.exitCode, 1);
        QCOMPARE(lastLine(zh.err),
            QStringLiteral("kinsight: ") + path + QStringLiteral(" 不是 Kinsight 数据库（不是 SQLite 文件）"));
    }

    void snapshotWarningsInChinese_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("warning"); // after the file's path
        QTest::newRow("truncated") << QStringLiteral("truncate") << QStringLiteral("zh_CN")
                                   << QStringLiteral(" 不完整（已被截断），正在根据数据库重新生成");
        QTest::newRow("header checksum") << QStringLiteral("flip") << QStringLiteral("zh_CN")
                                         << QStringLiteral(" 已损坏（文件头校验和不符），正在根据数据库重新生成");
        QTest::newRow("truncated, English") << QStringLiteral("truncate") << QStringLiteral("en")
                                            << QStringLiteral(" is truncated; rebuilding it from the database");
    }

    void snapshotWarningsInChinese()
    {
        // A damaged snapshot file beside the database: the command warns in the operator's
        // language, rebuilds the file from the database and answers as if nothing had happened.
        QFETCH(QString, damage);
        QFETCH(QString, language);
        QFETCH(QString, warning);
        const QString db = m_dir.filePath(QStringLiteral("snapshot-%1-%2.db").arg(damage, language));
        const Run demo = kinsight(
            { QStringLiteral("demo"), QStringLiteral("--db"), db, QStringLiteral("--members"), QStringLiteral("60") });
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        const QStringList funnel { QStringLiteral("funnel"), QStringLiteral("--db"), db, QStringLiteral("--language"),
            language };
        const Run before = kinsight(funnel);
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        QVERIFY2(!before.err.contains(QStringLiteral("kinsight")), qPrintable(before.err)); // a good file: no warning
        const QString snapshot = db + QStringLiteral(".snapshot");
        QFile file(snapshot);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 1000);
        if (damage == QLatin1String("truncate"))
            bytes.truncate(100); // shorter than the header
        else
            bytes[20] = static_cast<char>(bytes[20] ^ 0x10); // inside the header
        QVERIFY(file.resize(0));
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();

        const Run damaged = kinsight(funnel);
        QVERIFY2(damaged.exitCode == 0, qPrintable(damaged.err));
        QCOMPARE(damaged.out, before.out); // the database still opens, with the same answer
        const QString prefix = language == QLatin1String("zh_CN") ? QStringLiteral("kinsight: 警告：快照文件 ")
                                                                  : QStringLiteral("kinsight: warning: snapshot file ");
        QCOMPARE(damaged.err.trimmed(), QString(prefix + snapshot + warning));
        // Rebuilt: the next run reads it without a warning.
        const Run after = kinsight(funnel);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(after.err, QString());
        QCOMPARE(after.out, before.out);
    }

    void reportWriteFailureInChinese()
    {
        // A report into a folder that does not exist: the failure in the operator's language, the
        // path as given, the system's own reason after it.
        const QString out = m_dir.filePath(QStringLiteral("no-such-folder/report.html"));
        const Run zh = kinsight({ QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
            QStringLiteral("--sections"), QStringLiteral("summary"), QStringLiteral("--evaluation"),
            QStringLiteral("never"), QStringLiteral("--language"), QStringLiteral("zh_CN") });
        QCOMPARE(zh.exitCode, 1);
        QVERIFY2(lastLine(zh.err).startsWith(QStringLiteral("kinsight: 无法写入 ") + out + QStringLiteral("：")),
            qPrintable(zh.err));
        QVERIFY(!QFile::exists(out));
        const Run en = kinsight({ QStringLiteral("report"), QStringLiteral("--db"), m_db, QStringLiteral("--out"), out,
            QStringLiteral("--sections"), QStringLiteral("summary"), QStringLiteral("--evaluation"),
            QStringLiteral("never"), QStringLiteral("--language"), QStringLiteral("en") });
        QCOMPARE(en.exitCode, 1);
        QVERIFY2(lastLine(en.err).startsWith(QStringLiteral("kinsight: cannot write ") + out + QStringLiteral(": ")),
            qPrintable(en.err));
    }

    void importErrorsInChinese()
    {
        // An invalid events file, imported with --language zh_CN: each error names the file, the
        // line and the column in Chinese, and nothing else in the output is English.
        const QString events = m_dir.filePath(QStringLiteral("events-bad.csv"));
        QFile file(events);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("member_id,occurred_at,type,备注\nnobody-here,2026-05-01 08:00,view,x\n"
                   "nobody-here,2026-13-01,view,y\n");
        file.close();
        const QString db = m_dir.filePath(QStringLiteral("import-zh.db"));
        const Run zh
            = kinsight({ QStringLiteral("import"), QStringLiteral("--db"), db, events, QStringLiteral("--kind"),
                QStringLiteral("events"), QStringLiteral("--language"), QStringLiteral("zh_CN") });
        QCOMPARE(zh.exitCode, 1);
        // Line 2: the member is unknown; line 3: the time is not a date (line 13 of the year).
        QVERIFY2(zh.err.contains(events + QStringLiteral(" 第 2 行，member_id 列：找不到会员 “nobody-here”")),
            qPrintable(zh.err));
        QVERIFY2(
            zh.err.contains(events + QStringLiteral(" 第 3 行，occurred_at 列：“2026-13-01” 不是有效的日期或时间")),
            qPrintable(zh.err));
        QVERIFY2(zh.err.contains(
                     QStringLiteral("警告：") + events + QStringLiteral(" 第 1 行：“备注” 列不是事件表的字段，已忽略")),
            qPrintable(zh.err));
        QVERIFY2(zh.err.contains(QStringLiteral("没有导入任何数据")), qPrintable(zh.err));
        QString bare = zh.err;
        bare.remove(events);
        // Kept as they are: the program's name, options, contract fields, ids and the ISO name.
        static const QRegularExpression kept(QStringLiteral("kinsight|--[a-z-]+|[a-z]+(_[a-z]+)+|“[^”]*”|\\bISO\\b"));
        bare.remove(kept);
        QVERIFY2(englishWords(bare).isEmpty(), qPrintable(englishWords(bare).join(QLatin1Char(' ')) + zh.err));

        // The same in English, and --skip-invalid writes the reasons in the run's language.
        const Run en = kinsight({ QStringLiteral("import"), QStringLiteral("--db"), db, events,
            QStringLiteral("--kind"), QStringLiteral("events"), QStringLiteral("--language"), QStringLiteral("en") });
        QVERIFY2(en.err.contains(events + QStringLiteral(":2: column member_id: 'nobody-here' names no known member")),
            qPrintable(en.err));
        const Run skip = kinsight({ QStringLiteral("import"), QStringLiteral("--db"), db, events,
            QStringLiteral("--kind"), QStringLiteral("events"), QStringLiteral("--skip-invalid"),
            QStringLiteral("--language"), QStringLiteral("zh_CN") });
        QCOMPARE(skip.exitCode, 0);
        QFile rejected(m_dir.filePath(QStringLiteral("events-bad.rejected.csv")));
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        const QString rows = QString::fromUtf8(rejected.readAll());
        QVERIFY2(rows.contains(QStringLiteral(",reason\r\n")), qPrintable(rows)); // the contract's header
        QVERIFY2(rows.contains(QStringLiteral("member_id 列：找不到会员 “nobody-here”")), qPrintable(rows));
    }

private:
    QTemporaryDir m_dir;
    QString m_db;
    QString m_member;
    QString m_leadersEnglish;
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
