#include <map>
// The report writers produce valid files, read back with independent tools: the PDF with
// pdfinfo / pdftotext (poppler-utils), the XLSX as the zip it is (unzip), the HTML as XML
// (QXmlStreamReader). No name, email or phone of the fixture reaches a default report.

#include <QFileInfo>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "core/import/xlsxreader.h"
#include "core/report/reportbuilder.h"
#include "tests/core/report/reportfixture.h"
#include "ui/report/reportwriters.h"

using namespace kinsight;
using kinsight::test::personalData;
using kinsight::test::reportCommunity;

namespace {

core::Report buildReport(bool personal = false, const QString& language = QStringLiteral("en"),
    core::ReportSections sections = core::allReportSections)
{
    if (!ui::installReportTranslator(language).ok())
        qFatal("no translator for %s", qPrintable(language));
    core::ReportOptions options;
    options.community = QStringLiteral("tiny");
    options.source = QStringLiteral("tiny.db");
    options.includePersonalData = personal;
    if (!personal)
        options.pseudonymizer = core::Pseudonymizer(QByteArray("writer-test-key"));
    options.language = language;
    options.sections = sections;
    options.generatedAt = QDateTime(QDate(2026, 3, 11), QTime(8, 0), Qt::UTC);
    auto report
        = core::analyseAndBuildReport(reportCommunity(), core::Thresholds {}, options, core::ReportEvaluation::Always);
    if (!report)
        qFatal("report failed: %s", report.error().c_str());
    core::Report out = std::move(report).value();
    (void)ui::installReportTranslator(QStringLiteral("en"));
    return out;
}

QByteArray run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return process.readAllStandardOutput();
}

bool ownerOnly(const QString& path)
{
    const auto p = QFileInfo(path).permissions();
    const auto others
        = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
    return (p & others) == 0 && (p & QFileDevice::ReadOwner);
}

int pdfPages(const QString& path)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), { path }));
    const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QString pdfText(const QString& path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    return QString::fromUtf8(run(QStringLiteral("pdftotext"), args));
}

/// The Latin words of `text` that a Chinese report should not hold: everything but the data's own
/// strings (ids, pseudonyms, titles, channels), units and the names a Chinese operator reads as
/// they are (DAU, RFM, PageRank, …).
QStringList englishWords(QString text)
{
    static const QStringList data { QStringLiteral("wechat"), QStringLiteral("douyin"), QStringLiteral("tiny.db"),
        QStringLiteral("tiny") };
    static const QRegularExpression pseudonym(QStringLiteral("\\bm-[0-9a-f]{12}\\b"));
    static const QRegularExpression ids(QStringLiteral("\\b[upo]\\d+\\b"));
    text.remove(pseudonym);
    text.remove(ids);
    for (const QString& d : data)
        text.replace(d, QStringLiteral(" "));
    static const QSet<QString> kept { QStringLiteral("Kinsight"), QStringLiteral("DAU"), QStringLiteral("WAU"),
        QStringLiteral("MAU"), QStringLiteral("RFM"), QStringLiteral("ARPPU"), QStringLiteral("LTV"),
        QStringLiteral("MRR"), QStringLiteral("PageRank"), QStringLiteral("kNN"), QStringLiteral("ALS"),
        QStringLiteral("EASE"), QStringLiteral("TF"), QStringLiteral("IDF"), QStringLiteral("BM"),
        QStringLiteral("UTC"), QStringLiteral("ID"), QStringLiteral("NDCG"), QStringLiteral("VIP"),
        QStringLiteral("CSV"), QStringLiteral("Top"), QStringLiteral("HR"), QStringLiteral("ISO"),
        QStringLiteral("Louvain"), QStringLiteral("CNY") };
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (!kept.contains(m.captured(0)))
            found << text.mid(std::max<qsizetype>(0, m.capturedStart() - 15), m.capturedLength() + 30).simplified();
    }
    found.removeDuplicates();
    return found;
}

/// The text nodes of an XHTML or XML file (no markup, no style sheet).
QString xmlText(const QByteArray& bytes)
{
    QXmlStreamReader xml(bytes);
    QString out;
    int skip = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("style"))
            ++skip;
        else if (xml.isEndElement() && xml.name() == QLatin1String("style"))
            --skip;
        else if (xml.isCharacters() && skip == 0)
            out += xml.text() + QLatin1Char('\n');
    }
    return out;
}

} // namespace

class TestReportWriters : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty()
            || QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
            QSKIP("poppler-utils and unzip are needed to read the reports back");
        QVERIFY(m_dir.isValid());
        // KINSIGHT_KEEP_REPORTS=1 keeps the files for a look (e.g. pdftoppm -png).
        if (!qEnvironmentVariableIsEmpty("KINSIGHT_KEEP_REPORTS")) {
            m_dir.setAutoRemove(false);
            qInfo("reports kept in %s", qPrintable(m_dir.path()));
        }
    }

    void formats()
    {
        QCOMPARE(*ui::reportFormatOf(QStringLiteral("a/b.PDF")), ui::ReportFormat::Pdf);
        QCOMPARE(*ui::reportFormatOf(QStringLiteral("b.htm")), ui::ReportFormat::Html);
        QCOMPARE(*ui::reportFormatOf(QStringLiteral("b.xlsx")), ui::ReportFormat::Xlsx);
        QVERIFY(!ui::reportFormatOf(QStringLiteral("b.docx")).ok());
        QCOMPARE(ui::canonicalReportLanguage(QStringLiteral("zh-CN")), QStringLiteral("zh_CN"));
        QCOMPARE(ui::canonicalReportLanguage(QStringLiteral("en_US")), QStringLiteral("en"));
        QVERIFY(ui::canonicalReportLanguage(QStringLiteral("fr")).isEmpty());
        QVERIFY(!ui::installReportTranslator(QStringLiteral("fr")).ok());
    }

    void pdf()
    {
        const core::Report report = buildReport();
        const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(ui::writePdfReport(report, path).ok());
        QVERIFY(ownerOnly(path));
        const int pages = pdfPages(path);
        // A cover, then at least one page per section.
        QVERIFY2(pages >= 1 + static_cast<int>(report.sections.size()), qPrintable(QString::number(pages)));
        // Each section starts a page of its own, with its title and the running "page X of Y".
        int found = 0;
        for (int page = 2; page <= pages; ++page) {
            const QString text = pdfText(path, page);
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text.left(300)));
            if (found < static_cast<int>(report.sections.size())
                && text.contains(report.sections[static_cast<size_t>(found)].title))
                ++found;
        }
        QCOMPARE(found, static_cast<int>(report.sections.size()));
        const QString all = pdfText(path);
        QVERIFY(all.contains(QStringLiteral("2026-01-01")));
        QVERIFY(all.contains(QStringLiteral("2026-03-10")));
        QVERIFY(all.contains(QStringLiteral("¥299.00"))); // premium revenue
        QVERIFY(all.contains(QStringLiteral("进阶专栏"))); // a product title: CJK text is text
        for (const std::string& secret : personalData())
            QVERIFY2(!all.contains(QString::fromStdString(secret)), secret.c_str());
    }

    void pdfInChinese()
    {
        const core::Report report = buildReport(false, QStringLiteral("zh_CN"));
        QCOMPARE(report.sections[0].title, QStringLiteral("摘要"));
        QCOMPARE(report.sections[4].title, QStringLiteral("留存"));
        QCOMPARE(report.sections[5].title, QStringLiteral("转化"));
        const QString path = m_dir.filePath(QStringLiteral("report-zh.pdf"));
        QVERIFY(ui::writePdfReport(report, path).ok());
        const QString all = pdfText(path);
        for (const char* heading :
            { "摘要", "今日待办", "试用未转化", "概览", "留存", "转化", "定价", "推荐", "社群分析报告" })
            QVERIFY2(all.contains(QString::fromUtf8(heading)), heading);
        // "第 2 页，共 N 页": 页 searches as 页, not as its radical look-alike ⻚ (U+2EDA), which is
        // what Qt's own text layer says for it (repairCjkTextLayer()).
        QVERIFY2(all.contains(QRegularExpression(QStringLiteral("第 2 页，共 \\d+ 页"))), qPrintable(all.left(400)));
        static const QRegularExpression lookAlike(QStringLiteral("[\\x{2E80}-\\x{2FDF}\\x{31C0}-\\x{31EF}]"));
        const QRegularExpressionMatch radical = lookAlike.match(all);
        QVERIFY2(!radical.hasMatch(), qPrintable(all.mid(std::max<qsizetype>(0, radical.capturedStart() - 20), 40)));
    }

    void html()
    {
        const core::Report report = buildReport();
        const QString path = m_dir.filePath(QStringLiteral("report.html"));
        QVERIFY(ui::writeHtmlReport(report, path).ok());
        QVERIFY(ownerOnly(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        // Well-formed XML (XHTML), with one inline SVG per chart and a section per report section.
        QXmlStreamReader xml(bytes);
        int svgs = 0;
        int sections = 0;
        int externalReferences = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("svg"))
                ++svgs;
            if (xml.name() == QLatin1String("section"))
                ++sections;
            // Self-contained: no stylesheet, script or image fetched from elsewhere.
            if (xml.name() == QLatin1String("link") || xml.name() == QLatin1String("script")
                || (xml.name() == QLatin1String("img")
                    && !xml.attributes().value(QLatin1String("src")).startsWith(QLatin1String("data:"))))
                ++externalReferences;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString() + QStringLiteral(" at line %1").arg(xml.lineNumber())));
        int charts = 0;
        for (const core::ReportSection& s : report.sections)
            charts += static_cast<int>(s.charts.size());
        QCOMPARE(svgs, charts);
        QCOMPARE(sections, static_cast<int>(report.sections.size()));
        QCOMPARE(externalReferences, 0);
        const QString text = QString::fromUtf8(bytes);
        QVERIFY(text.contains(QStringLiteral("¥299.00")));
        for (const std::string& secret : personalData())
            QVERIFY2(!text.contains(QString::fromStdString(secret)), secret.c_str());
    }

    void xlsx()
    {
        const core::Report report = buildReport();
        const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
        QVERIFY(ui::writeXlsxReport(report, path).ok());
        QVERIFY(ownerOnly(path));
        // A zip holding a workbook: the cover sheet and one sheet per table, in order.
        const QString workbook = QString::fromUtf8(
            run(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml") }));
        QVERIFY(!workbook.isEmpty());
        QStringList sheets;
        const auto names = QRegularExpression(QStringLiteral("<sheet name=\"([^\"]+)\"")).globalMatch(workbook);
        for (auto it = names; it.hasNext();)
            sheets << it.next().captured(1);
        // The summary's tables share its sheet, the first; the cover follows.
        QCOMPARE(report.sections.front().tables.size(), size_t(3));
        QCOMPARE(sheets.size(), 2 + static_cast<int>(report.allTables().size()) - 3);
        QCOMPARE(sheets.first(), QStringLiteral("Summary"));
        QCOMPARE(sheets[1], QStringLiteral("Report"));
        // On it, the Today list with its counts as numbers: one trial not converted (u3's of 03-10)
        // in B8 (title, facts, the as-of line in row 4, the list's title in row 6, its header in 7).
        const QString summarySheet = QString::fromUtf8(
            run(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml") }));
        QVERIFY2(summarySheet.contains(QRegularExpression(QStringLiteral("<c r=\"B8\"( s=\"\\d+\")?><v>1</v></c>"))),
            qPrintable(summarySheet.left(3000)));
        const int funnelSheet = static_cast<int>(sheets.indexOf(QStringLiteral("Conversion funnel"))) + 1;
        const int tierSheet = static_cast<int>(sheets.indexOf(QStringLiteral("Pricing tiers"))) + 1;
        QVERIFY(funnelSheet > 1 && tierSheet > 1);
        auto sheetXml = [&](int i) {
            return QString::fromUtf8(run(QStringLiteral("unzip"),
                { QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i) }));
        };
        // Numbers are numeric cells (no t="s"): the funnel's joined = 4 in B4 (header in row 3),
        // paying's rate from joined 0.5 in D6.
        const QString funnel = sheetXml(funnelSheet);
        QVERIFY2(funnel.contains(QRegularExpression(QStringLiteral("<c r=\"B4\"( s=\"\\d+\")?><v>4</v></c>"))),
            qPrintable(funnel.left(2000)));
        QVERIFY(funnel.contains(QRegularExpression(QStringLiteral("<c r=\"D6\"( s=\"\\d+\")?><v>0.5</v></c>"))));
        // Money as numbers in currency units with a ¥ number format: basic revenue 198.
        const QString tiers = sheetXml(tierSheet);
        QVERIFY(tiers.contains(QRegularExpression(QStringLiteral("<c r=\"E4\"( s=\"\\d+\")?><v>198</v></c>"))));
        const QString styles = QString::fromUtf8(
            run(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("xl/styles.xml") }));
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"&quot;¥&quot;#,##0.00\"")));
        QVERIFY(styles.contains(QStringLiteral("formatCode=\"0.0%\"")));
        // Native charts next to the tables that have one.
        const QString listing = QString::fromUtf8(run(QStringLiteral("unzip"), { QStringLiteral("-l"), path }));
        QVERIFY(listing.contains(QStringLiteral("xl/charts/chart1.xml")));
        const QString strings = QString::fromUtf8(
            run(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml") }));
        QVERIFY(strings.contains(QStringLiteral("Conversion funnel")));
        for (const std::string& secret : personalData())
            QVERIFY2(!strings.contains(QString::fromStdString(secret)), secret.c_str());
    }

    void chineseReportsHaveNoEnglishSentence()
    {
        const core::Report report = buildReport(false, QStringLiteral("zh_CN"));
        const QString pdf = m_dir.filePath(QStringLiteral("report-zh-scan.pdf"));
        QVERIFY(ui::writePdfReport(report, pdf).ok());
        const QStringList inPdf = englishWords(pdfText(pdf));
        QVERIFY2(inPdf.isEmpty(), qPrintable(QStringLiteral("PDF: ") + inPdf.join(QStringLiteral(" | "))));

        const QString html = m_dir.filePath(QStringLiteral("report-zh-scan.html"));
        QVERIFY(ui::writeHtmlReport(report, html).ok());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList inHtml = englishWords(xmlText(file.readAll()));
        QVERIFY2(inHtml.isEmpty(), qPrintable(QStringLiteral("HTML: ") + inHtml.join(QStringLiteral(" | "))));

        const QString xlsx = m_dir.filePath(QStringLiteral("report-zh-scan.xlsx"));
        QVERIFY(ui::writeXlsxReport(report, xlsx).ok());
        QString strings;
        for (const char* part : { "xl/sharedStrings.xml", "xl/workbook.xml" })
            strings += xmlText(run(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, QString::fromLatin1(part) }));
        static const QRegularExpression sheetNames(QStringLiteral("<sheet name=\"([^\"]+)\""));
        const QString workbook = QString::fromUtf8(
            run(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx, QStringLiteral("xl/workbook.xml") }));
        for (auto it = sheetNames.globalMatch(workbook); it.hasNext();)
            strings += it.next().captured(1) + QLatin1Char('\n');
        const QStringList inXlsx = englishWords(strings);
        QVERIFY2(inXlsx.isEmpty(), qPrintable(QStringLiteral("XLSX: ") + inXlsx.join(QStringLiteral(" | "))));
    }

    void xlsxReadsBackThroughTheImporter()
    {
        // Round trip: a workbook Kinsight writes is one Kinsight's XLSX reader reads, numbers as
        // numbers (the funnel's joined 4 in B4, rate 0.5 in D6) and money in a ¥ format as plain
        // amounts (basic revenue 198 in E4), never as dates.
        const core::Report report = buildReport();
        const QString path = m_dir.filePath(QStringLiteral("roundtrip.xlsx"));
        QVERIFY(ui::writeXlsxReport(report, path).ok());
        const auto sheet = [&](const char* name) {
            std::map<std::int64_t, std::vector<std::string>> rows;
            auto reader = core::XlsxReader::open(path.toStdString(), name);
            if (!reader)
                return rows;
            std::vector<std::string> fields;
            while ((*reader)->next(fields) == core::CsvReader::Next::Record)
                rows[(*reader)->recordLine()] = fields;
            return rows;
        };
        auto funnel = sheet("Conversion funnel");
        QVERIFY(funnel.count(4) && funnel[4].size() > 1);
        QCOMPARE(funnel[4][1], std::string("4"));
        QVERIFY(funnel.count(6) && funnel[6].size() > 3);
        QCOMPARE(funnel[6][3], std::string("0.5"));
        auto tiers = sheet("Pricing tiers");
        QVERIFY(tiers.count(4) && tiers[4].size() > 4);
        QCOMPARE(tiers[4][4], std::string("198"));
    }

    void summaryComesFirst()
    {
        // The fixture as of 2026-03-10: u3's trial that day is not converted (u2 paid after hers);
        // nobody paying is silent for 30 days, nothing renews, u4 (joined 03-05) viewed on 03-06,
        // and every member interacted on 03-01.
        const core::Report report = buildReport();
        const QString html = m_dir.filePath(QStringLiteral("summary.html"));
        QVERIFY(ui::writeHtmlReport(report, html).ok());
        QFile file(html);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = xmlText(file.readAll());
        const qsizetype summary = text.indexOf(QStringLiteral("Trials not converted"));
        QVERIFY(summary > 0);
        QVERIFY(summary < text.indexOf(QStringLiteral("Daily activity")));
        QVERIFY(text.contains(QStringLiteral("What changed")));

        const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
        QVERIFY(ui::writePdfReport(report, pdf).ok());
        // Page 2, after the cover: the summary on one page, the Overview from page 3.
        const QString page = pdfText(pdf, 2);
        for (const char* words : { "Summary", "Today", "Trials not converted", "Opinion leaders gone quiet",
                 "Key figures", "What changed", "New members in the last 30 days: 2" })
            QVERIFY2(page.contains(QString::fromUtf8(words)), words);
        QVERIFY(pdfText(pdf, 3).contains(QStringLiteral("Overview")));
    }

    void sectionsLeftOut()
    {
        const core::Report report = buildReport(false, QStringLiteral("en"),
            core::reportSectionBit(core::ReportSectionKind::Summary)
                | core::reportSectionBit(core::ReportSectionKind::Pricing));
        const QString path = m_dir.filePath(QStringLiteral("two-sections.html"));
        QVERIFY(ui::writeHtmlReport(report, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(file.readAll());
        QStringList ids;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("section"))
                ids << xml.attributes().value(QLatin1String("id")).toString();
        }
        QCOMPARE(ids, QStringList({ QStringLiteral("summary"), QStringLiteral("pricing") }));
        file.seek(0);
        const QString text = xmlText(file.readAll());
        QVERIFY(text.contains(QStringLiteral("Pricing tiers")));
        for (const char* absent : { "Conversion funnel", "Retention", "Network summary", "Daily activity" })
            QVERIFY2(!text.contains(QString::fromUtf8(absent)), absent);
        // The PDF's contents list the two, and nothing else follows.
        const QString pdf = m_dir.filePath(QStringLiteral("two-sections.pdf"));
        QVERIFY(ui::writePdfReport(report, pdf).ok());
        QVERIFY(!pdfText(pdf).contains(QStringLiteral("Conversion funnel")));
    }

    void personalDataOffByDefault()
    {
        // What an export does unless asked: the default options, members under pseudonyms.
        QVERIFY(!core::ReportOptions {}.includePersonalData);
        QVERIFY(ui::installReportTranslator(QStringLiteral("en")).ok());
        core::ReportOptions options;
        options.pseudonymizer = core::Pseudonymizer(QByteArray("writer-test-key"));
        auto report = core::analyseAndBuildReport(reportCommunity(), core::Thresholds {}, options);
        QVERIFY(report.ok());
        const QString path = m_dir.filePath(QStringLiteral("default.html"));
        QVERIFY(ui::writeHtmlReport(*report, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const std::string& secret : personalData())
            QVERIFY2(!text.contains(QString::fromStdString(secret)), secret.c_str());
        QVERIFY(text.contains(QString::fromStdString(core::Pseudonymizer(QByteArray("writer-test-key"))("u1"))));
    }

    void personalDataOnRequest()
    {
        const core::Report report = buildReport(true);
        const QString path = m_dir.filePath(QStringLiteral("personal.html"));
        QVERIFY(ui::writeHtmlReport(report, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QStringLiteral("zhangsan@example.com")));
        QVERIFY(text.contains(QStringLiteral("张三")));
    }

    void csvTables()
    {
        const core::Report report = buildReport();
        const QString dir = m_dir.filePath(QStringLiteral("csv"));
        QVERIFY(ui::writeCsvTables(report, dir).ok());
        const QString funnel = dir + QStringLiteral("/conversion-funnel.csv");
        QFile file(funnel);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines[0], QByteArray("\xEF\xBB\xBFStep,Members,From previous step,From joined"));
        QCOMPARE(lines[1], QByteArray("Joined,4,1,1"));
        QCOMPARE(lines[3], QByteArray("Paying,2,0.5,0.5"));
        QVERIFY(ownerOnly(funnel));
    }

    void replacesOnlyWhenComplete()
    {
        // A failed write (a folder in the way) leaves no half-written file and reports the path.
        const QString blocked = m_dir.filePath(QStringLiteral("blocked.pdf"));
        QVERIFY(QDir().mkpath(blocked));
        const auto status = ui::writeReport(buildReport(), blocked);
        QVERIFY(!status.ok());
        QVERIFY(QString::fromStdString(status.error()).contains(QStringLiteral("blocked.pdf")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestReportWriters)
#include "tst_reportwriters.moc"
