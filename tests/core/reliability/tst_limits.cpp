// Resource limits: huge and strange files end with a clear error or succeed, in bounded memory.
#include <filesystem>
#include <fstream>

#include <QTemporaryDir>
#include <QTest>

#include "../testsupport.h"
#include "core/import/importer.h"
#include "core/store/database.h"

#include <sys/resource.h>

using namespace kinsight::core;
using kinsight::test::writeFile;

namespace {

double peakMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

} // namespace

class TestLimits : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;

    ImportReport import(const std::string& file)
    {
        ImportReport r = importFiles(*m_db, { file }, {});
        qInfo("peak memory so far: %.0f MiB", peakMiB());
        return r;
    }
    static QString errors(const ImportReport& r)
    {
        QString all = QString::fromStdString(r.fatal);
        for (const auto& e : r.errors)
            all += QString::fromStdString(e.text()) + QLatin1Char('\n');
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        setDatabaseFingerprintStore(m_dir.filePath(QStringLiteral("fp.ini")).toStdString());
        m_db = std::move(Database::open(m_dir.filePath(QStringLiteral("limits.db")).toStdString(), OpenMode::Create))
                   .value();
    }

    // First, so that the peak measured is its own: a 2 GB file (sparse: a header, then zeros)
    // is refused at the 16 MiB record limit, without reading it all into memory.
    void twoGigabyteFile()
    {
        const std::string p = writeFile(m_dir, QStringLiteral("members-2gb.csv"), "member_id,joined_at\n");
        std::filesystem::resize_file(p, 2ULL << 30);
        const ImportReport r = import(p);
        QVERIFY(!r.ok);
        QVERIFY2(errors(r).contains(QStringLiteral("longer than 16 MiB")), qPrintable(errors(r)));
        QVERIFY2(peakMiB() < 400, qPrintable(QString::number(peakMiB())));
    }

    void oneMegabyteField()
    {
        std::string csv = "member_id,joined_at,name\nbig,2026-01-01,\"";
        csv += std::string(1 << 20, 'x');
        csv += "\"\n";
        const ImportReport r = import(writeFile(m_dir, QStringLiteral("members-field.csv"), csv));
        QVERIFY2(r.ok, qPrintable(errors(r)));
        auto s = m_db->prepare("SELECT length(name) FROM members WHERE member_id = 'big'");
        QVERIFY(s && (*s)->step());
        QCOMPARE((*s)->int64(0), 1 << 20);
    }

    void hundredThousandColumns()
    {
        std::string csv = "member_id,joined_at";
        for (int i = 0; i < 100000; ++i)
            csv += ",c" + std::to_string(i);
        csv += "\nx,2026-01-01\n";
        const ImportReport r = import(writeFile(m_dir, QStringLiteral("members-wide.csv"), csv));
        QVERIFY(!r.ok);
        QVERIFY2(errors(r).contains(QStringLiteral("more than 10000 columns")), qPrintable(errors(r)));
    }

    void tenMillionEmptyLines()
    {
        const std::string p = m_dir.filePath(QStringLiteral("members-empty-lines.csv")).toStdString();
        {
            std::ofstream out(p, std::ios::binary);
            out << "member_id,joined_at\n";
            const std::string block(1 << 20, '\n');
            for (int i = 0; i < 10; ++i)
                out << block;
            out << "last,2026-01-01\n";
        }
        const ImportReport r = import(p);
        QVERIFY2(r.ok, qPrintable(errors(r)));
        QCOMPARE(r.files[0].read, 1);
        QCOMPARE(r.files[0].imported, 1);
    }

    void memoryStaysBounded() { QVERIFY2(peakMiB() < 400, qPrintable(QString::number(peakMiB()))); }
};

QTEST_GUILESS_MAIN(TestLimits)
#include "tst_limits.moc"
