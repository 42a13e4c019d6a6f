#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "resources/translations/translator.h"

using namespace kinsight::ui;

namespace {

struct Message {
    QString context;
    QString source;
    QString type; ///< of the <translation>: empty (finished), unfinished, vanished, obsolete
    QStringList translations; ///< the text, or each numerus form
};

QList<Message> readTs(const QString& path, QString& error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("cannot open ") + path;
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("message"))
                current = Message { context, {}, {}, {} };
            else if (xml.name() == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (xml.name() == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                // Either text or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

bool hasMnemonic(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] == QLatin1Char('&')) {
                ++i;
                continue;
            }
            if (text[i + 1].isLetterOrNumber())
                return true;
        }
    }
    return false;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QList<Message> m_messages; // the committed .ts merged with what lupdate finds in the code now
    QString m_lupdateOutput;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // lupdate merges the code's strings into a copy of the committed file: a string that is new
        // in the code comes out as type="unfinished", as does one whose translation is missing.
        const QString ts = QString::fromUtf8(KINSIGHT_TS_FILES).split(QLatin1Char(';')).first();
        const QString copy = m_dir.filePath(QFileInfo(ts).fileName());
        QVERIFY(QFile::copy(ts, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments = QString::fromUtf8(KINSIGHT_LUPDATE_OPTIONS).split(QLatin1Char('|'), Qt::SkipEmptyParts);
        arguments << QStringLiteral("@") + QString::fromUtf8(KINSIGHT_TR_SOURCE_LIST);
        arguments << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QString::fromUtf8(KINSIGHT_LUPDATE), arguments);
        QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
        m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(m_lupdateOutput));
        QString error;
        m_messages = readTs(copy, error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(m_messages.size() > 50); // the wizard alone has more: the scan did find the code
    }

    void everyStringIsTranslated()
    {
        QStringList missing;
        for (const Message& m : m_messages) {
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue; // no longer in the code
            bool empty = m.translations.isEmpty();
            for (const QString& t : m.translations)
                empty = empty || t.trimmed().isEmpty();
            if (m.type == QLatin1String("unfinished") || empty)
                missing << m.context + QStringLiteral(": ") + m.source;
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("%1 string(s) without a finished zh_CN translation (run the "
                                      "kinsight_update_translations target and translate them):\n")
                           .arg(missing.size())
                + missing.join(QLatin1Char('\n'))));
    }

    void everyStringIsFoundAtRunTime()
    {
        // lupdate files a tr() call of a class without Q_OBJECT (or Q_DECLARE_TR_FUNCTIONS) under that
        // class's name, which is not the context the call looks up when the program runs: such a
        // string would stay English whatever the .ts says. lupdate says so with this warning.
        QStringList wrong;
        for (const QString& line : m_lupdateOutput.split(QLatin1Char('\n'))) {
            if (line.contains(QLatin1String("lacks Q_OBJECT macro")))
                wrong << line.trimmed();
        }
        QVERIFY2(wrong.isEmpty(),
            qPrintable(QStringLiteral("tr() calls whose translation context lupdate cannot tell (declare the context "
                                      "with Q_DECLARE_TR_FUNCTIONS, or use QCoreApplication::translate):\n")
                + wrong.join(QLatin1Char('\n'))));
    }

    void placeholdersAndMnemonicsAreKept()
    {
        QStringList wrong;
        for (const Message& m : m_messages) {
            if (!m.type.isEmpty())
                continue;
            for (const QString& t : m.translations) {
                if (placeholders(m.source) != placeholders(t))
                    wrong << m.source + QStringLiteral(" → ") + t;
                // A keyboard shortcut in English keeps one in Chinese, as 导入(&I).
                if (hasMnemonic(m.source) && !hasMnemonic(t))
                    wrong << m.source + QStringLiteral(" → ") + t + QStringLiteral(" (no &shortcut)");
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void installsChineseAndBack()
    {
        bool chinese = false;
        for (const InterfaceLanguage& l : availableLanguages())
            chinese = chinese || (l.code == QLatin1String("zh_CN") && l.nativeName == QStringLiteral("简体中文"));
        QVERIFY(chinese);

        QVERIFY(installTranslator(QLocale(QLocale::Chinese, QLocale::China)));
        QCOMPARE(QCoreApplication::translate("kinsight::ui::ImportWizard", "Import data"), QStringLiteral("导入数据"));
        QCOMPARE(QCoreApplication::translate("kinsight::ui::ImportFields", "Amount paid"), QStringLiteral("实付金额"));
        if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_zh_CN.qm")))
            QVERIFY(QCoreApplication::translate("QWizard", "Cancel") != QLatin1String("Cancel"));

        QVERIFY(installTranslator(QLocale(QLocale::English, QLocale::UnitedStates)));
        QCOMPARE(
            QCoreApplication::translate("kinsight::ui::ImportWizard", "Import data"), QStringLiteral("Import data"));
        // English plurals of texts with a count (the source texts say "member(s)").
        QCOMPARE(QCoreApplication::translate("Any", "%n member(s) to offer it to", nullptr, 1),
            QStringLiteral("1 member to offer it to"));
        QCOMPARE(QCoreApplication::translate("Any", "%n member(s) to offer it to", nullptr, 124),
            QStringLiteral("124 members to offer it to"));
        QCOMPARE(QCoreApplication::translate("Any", "%n order(s), %1", nullptr, 0), QStringLiteral("0 orders, %1"));
        // No translation for Swahili: stays English, and says so.
        QVERIFY(!installTranslator(QLocale(QLocale::Swahili)));
        QCOMPARE(
            QCoreApplication::translate("kinsight::ui::ImportWizard", "Import data"), QStringLiteral("Import data"));
        QCOMPARE(QCoreApplication::translate("Any", "%n member(s)", nullptr, 2), QStringLiteral("2 members"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
