#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>

#include "core/store/database.h"
#include "resources/translations/translator.h"
#include "settingsfortest.h"
#include "ui/import/filespage.h"
#include "ui/import/importwizard.h"
#include "ui/import/mappingpage.h"
#include "ui/import/runpage.h"

using namespace kinsight;
using namespace kinsight::ui;

namespace {

// The fixtures under tests/data/wizard/ are saved as Excel in China saves CSV: GB18030 with CRLF
// line ends (orders-bad.csv is UTF-8). Their rows, used for the expected values below:
//   会员导出.csv  用户ID,昵称,手机号,注册时间,渠道,备注
//                u01,张三,13800000001,2026-01-05 09:30,小红书,老会员
//                u02,李四,,2026-01-06,知乎,
//                u03,王五,13800000003,2026-02-01 20:15:00,公众号,"备注,含逗号"
//   商品.csv      商品ID,商品名称,商品类型,原价 — k1 小白理财训练营 课程 199.00; k2 读书会年卡 会员 365
//   订单.csv      订单号,用户ID,商品ID,实付金额,支付时间,订单状态
//                o1,u01,k1,199.00,2026-01-05 10:00,已支付 / o2,u02,k2,365.00,2026-01-07 08:00:00,已支付
//                o3,u01,k2,0.50,2026-02-02,已退款
//   export-2026.csv 客户编号,行为,发生时间,课程ID — two events (u01 view, u03 play)
//   orders-bad.csv  o9 valid; line 3 amount "abc"; line 4 member u99 unknown
QString fixture(const char* name)
{
    return QStringLiteral(KINSIGHT_TEST_DATA_DIR "/wizard/") + QString::fromUtf8(name);
}

std::int64_t scalar(const QString& dbPath, const char* sql)
{
    auto db = core::Database::open(QFile::encodeName(dbPath).toStdString(), core::OpenMode::ReadOnly);
    if (!db)
        return -1;
    auto s = (*db)->prepare(sql);
    return s && (*s)->step() ? (*s)->int64(0) : -1;
}

QString text(const QString& dbPath, const char* sql)
{
    auto db = core::Database::open(QFile::encodeName(dbPath).toStdString(), core::OpenMode::ReadOnly);
    if (!db)
        return {};
    auto s = (*db)->prepare(sql);
    if (!s || !(*s)->step())
        return {};
    const std::string_view v = (*s)->text(0);
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

std::int64_t rowsInAllTables(const QString& dbPath)
{
    std::int64_t n = 0;
    for (const char* sql : { "SELECT count(*) FROM members", "SELECT count(*) FROM products",
             "SELECT count(*) FROM orders", "SELECT count(*) FROM events", "SELECT count(*) FROM imports" })
        n += scalar(dbPath, sql);
    return n;
}

QStringList fieldNames(const ImportFilePlan& plan)
{
    QStringList names;
    const auto fields = core::fieldsOf(*plan.kind);
    for (int f : plan.fieldOfColumn)
        names << (f < 0 ? QStringLiteral("-") : QString::fromLatin1(fields[static_cast<size_t>(f)].name.data()));
    return names;
}

QComboBox* comboAt(QWidget* page, const char* table, int row, int column)
{
    auto* t = page->findChild<QTableWidget*>(QString::fromLatin1(table));
    return t ? qobject_cast<QComboBox*>(t->cellWidget(row, column)) : nullptr;
}

void choose(QComboBox* combo, const QVariant& data)
{
    const int index = combo->findData(data);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // as when the operator picks the entry
}

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshDatabase() { return m_dir.filePath(QStringLiteral("db-%1.kinsight").arg(++m_serial)); }
    // Copies a fixture next to the others in a temporary folder, so that .rejected.csv files are
    // written there and not into the source tree.
    QString copied(const char* name, const QString& as = {})
    {
        const QString target = m_dir.filePath(as.isEmpty() ? QString::fromUtf8(name) : as);
        QFile::remove(target);
        if (!QFile::copy(fixture(name), target))
            qFatal("cannot copy %s", name);
        return target;
    }

    // Walks the wizard to its last page and runs the import; returns once it has finished.
    bool runWizard(ImportWizard& wizard, bool skipInvalid = false)
    {
        wizard.show();
        if (!wizard.currentPage()->isComplete())
            return false;
        wizard.next();
        if (wizard.currentId() != ImportWizard::MappingPageId || !wizard.currentPage()->isComplete())
            return false;
        wizard.next();
        if (wizard.currentId() != ImportWizard::RunPageId)
            return false;
        wizard.findChild<QCheckBox*>(QStringLiteral("skipInvalid"))->setChecked(skipInvalid);
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("startImport")), Qt::LeftButton);
        if (!wizard.runPage()->isRunning() && !wizard.runPage()->succeeded() && wizard.runPage()->report().files.empty()
            && wizard.runPage()->report().fatal.empty())
            return false;
        return QTest::qWaitFor([&] { return !wizard.runPage()->isRunning(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        kinsight::test::useSettingsIn(m_dir, QStringLiteral("tst_importwizard"));
    }

    void init() { QSettings().clear(); }

    void previewDetectsEncodingAndMapsChineseHeaders_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("encoding");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("firstRowSecondCell");
        QTest::newRow("members, GB18030")
            << fixture("会员导出.csv") << int(core::FileKind::Members) << int(core::TextEncoding::Gb18030)
            << QStringList { QStringLiteral("用户ID"), QStringLiteral("昵称"), QStringLiteral("手机号"),
                   QStringLiteral("注册时间"), QStringLiteral("渠道"), QStringLiteral("备注") }
            << QStringList { QStringLiteral("member_id"), QStringLiteral("name"), QStringLiteral("phone"),
                   QStringLiteral("joined_at"), QStringLiteral("channel"), QStringLiteral("-") }
            << QStringLiteral("张三");
        QTest::newRow("products, GB18030")
            << fixture("商品.csv") << int(core::FileKind::Products) << int(core::TextEncoding::Gb18030)
            << QStringList { QStringLiteral("商品ID"), QStringLiteral("商品名称"), QStringLiteral("商品类型"),
                   QStringLiteral("原价") }
            << QStringList { QStringLiteral("product_id"), QStringLiteral("title"), QStringLiteral("kind"),
                   QStringLiteral("list_price") }
            << QStringLiteral("小白理财训练营");
        QTest::newRow("orders, GB18030") << fixture("订单.csv") << int(core::FileKind::Orders)
                                         << int(core::TextEncoding::Gb18030)
                                         << QStringList { QStringLiteral("订单号"), QStringLiteral("用户ID"),
                                                QStringLiteral("商品ID"), QStringLiteral("实付金额"),
                                                QStringLiteral("支付时间"), QStringLiteral("订单状态") }
                                         << QStringList { QStringLiteral("order_id"), QStringLiteral("member_id"),
                                                QStringLiteral("product_id"), QStringLiteral("amount"),
                                                QStringLiteral("paid_at"), QStringLiteral("status") }
                                         << QStringLiteral("u01");
        QTest::newRow("orders, UTF-8") << fixture("orders-bad.csv") << int(core::FileKind::Orders)
                                       << int(core::TextEncoding::Utf8)
                                       << QStringList { QStringLiteral("订单号"), QStringLiteral("用户ID"),
                                              QStringLiteral("商品ID"), QStringLiteral("实付金额"),
                                              QStringLiteral("支付时间") }
                                       << QStringList { QStringLiteral("order_id"), QStringLiteral("member_id"),
                                              QStringLiteral("product_id"), QStringLiteral("amount"),
                                              QStringLiteral("paid_at") }
                                       << QStringLiteral("u01");
    }

    void previewDetectsEncodingAndMapsChineseHeaders()
    {
        QFETCH(QString, file);
        QFETCH(int, kind);
        QFETCH(int, encoding);
        QFETCH(QStringList, headers);
        QFETCH(QStringList, fields);
        QFETCH(QString, firstRowSecondCell);
        ImportFilePlan plan = previewFile(file);
        QVERIFY2(plan.readable(), qPrintable(plan.error));
        QVERIFY(plan.kind.has_value());
        QCOMPARE(int(*plan.kind), kind);
        QCOMPARE(int(plan.detected), encoding);
        QCOMPARE(plan.headers, headers);
        QVERIFY(!plan.rows.isEmpty());
        QCOMPARE(plan.rows[0][1], firstRowSecondCell);
        mapColumns(plan, MappingMemory());
        QCOMPARE(fieldNames(plan), fields);
        QVERIFY(isPlanReady(plan));
    }

    void previewKeepsQuotedCommas()
    {
        const ImportFilePlan plan = previewFile(fixture("会员导出.csv"));
        QCOMPARE(plan.rows.size(), 3);
        QCOMPARE(plan.rows[2][5], QStringLiteral("备注,含逗号"));
        QCOMPARE(plan.rows[1][2], QString()); // 李四 gave no phone
        QVERIFY(!plan.moreRows);
        const ImportFilePlan two = previewFile(fixture("会员导出.csv"), core::TextEncoding::Auto, 2);
        QCOMPARE(two.rows.size(), 2);
        QVERIFY(two.moreRows);
    }

    void wrongEncodingIsRefusedNotGarbled()
    {
        // Read as UTF-8, GB18030 bytes are not valid UTF-8: the reader refuses the header rather
        // than import mojibake.
        const ImportFilePlan plan = previewFile(fixture("会员导出.csv"), core::TextEncoding::Utf8);
        QVERIFY(!plan.readable());
    }

    void mapsAndImportsChineseGb18030Files()
    {
        const QString db = freshDatabase();
        ImportWizard wizard(db);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        // Given in the "wrong" order: orders before the members they refer to.
        wizard.addFiles({ copied("订单.csv"), copied("会员导出.csv"), copied("商品.csv") });
        QCOMPARE(wizard.plans().size(), 3);

        // Page 1 shows the detected encoding.
        wizard.show();
        QComboBox* encoding = comboAt(wizard.filesPage(), "files", 1, 2);
        QVERIFY(encoding);
        QVERIFY2(encoding->currentText().contains(QStringLiteral("GB18030")), qPrintable(encoding->currentText()));

        QVERIFY(runWizard(wizard));
        QVERIFY2(wizard.runPage()->succeeded(),
            wizard.runPage()->report().errors.empty() ? wizard.runPage()->report().fatal.c_str()
                                                      : wizard.runPage()->report().errors.front().text().c_str());
        QCOMPARE(imported.count(), 1);
        QVERIFY(wizard.currentPage()->isComplete()); // Finish is enabled

        QCOMPARE(scalar(db, "SELECT count(*) FROM members"), 3);
        QCOMPARE(text(db, "SELECT name FROM members WHERE member_id = 'u01'"), QStringLiteral("张三"));
        QCOMPARE(text(db, "SELECT phone FROM members WHERE member_id = 'u01'"), QStringLiteral("13800000001"));
        QCOMPARE(text(db, "SELECT channel FROM members WHERE member_id = 'u03'"), QStringLiteral("公众号"));
        // 2026-01-05 is day 20454 + 4 since 1970-01-01 (56 years of 365 days + 14 leap days = 20454
        // days to 2026-01-01): 20458 × 86400 = 1767571200, + 9.5 h (34200 s) = 1767605400.
        QCOMPARE(scalar(db, "SELECT joined_at FROM members WHERE member_id = 'u01'"), 1767605400);
        // 2026-02-01 = day 20454 + 31 = 20485: 20485 × 86400 = 1769904000, + 20:15 (72900 s) = 1769976900.
        QCOMPARE(scalar(db, "SELECT joined_at FROM members WHERE member_id = 'u03'"), 1769976900);
        QCOMPARE(text(db, "SELECT title FROM products WHERE product_id = 'k1'"), QStringLiteral("小白理财训练营"));
        QCOMPARE(text(db, "SELECT kind FROM products WHERE product_id = 'k2'"), QStringLiteral("membership")); // 会员
        QCOMPARE(scalar(db, "SELECT list_price FROM products WHERE product_id = 'k2'"), 36500); // 365 yuan in cents
        QCOMPARE(scalar(db, "SELECT count(*) FROM orders"), 3);
        QCOMPARE(scalar(db, "SELECT amount FROM orders WHERE order_id = 'o1'"), 19900);
        QCOMPARE(scalar(db, "SELECT amount FROM orders WHERE order_id = 'o3'"), 50);
        QCOMPARE(text(db, "SELECT status FROM orders WHERE order_id = 'o3'"), QStringLiteral("refunded")); // 已退款
        QCOMPARE(scalar(db, "SELECT sum(amount) FROM orders WHERE status = 'paid'"), 19900 + 36500);

        // The outcome lists each file with its counts, and the column left out (备注) as a note.
        auto* results = wizard.findChild<QTreeWidget*>(QStringLiteral("results"));
        QCOMPARE(results->topLevelItemCount(), 3);
        // In the order given (members were applied first, but the operator named orders first).
        QCOMPARE(results->topLevelItem(0)->text(0), QStringLiteral("订单.csv"));
        QCOMPARE(results->topLevelItem(1)->text(0), QStringLiteral("会员导出.csv"));
        QCOMPARE(results->topLevelItem(1)->text(3), QStringLiteral("3"));
        QCOMPARE(results->topLevelItem(2)->text(0), QStringLiteral("商品.csv"));
        auto* problems = wizard.findChild<QTreeWidget*>(QStringLiteral("problems"));
        QCOMPARE(problems->topLevelItemCount(), 1);
        QCOMPARE(problems->topLevelItem(0)->text(2), QStringLiteral("备注"));
    }

    void unnamedFileNeedsKindAndMapping()
    {
        const QString db = freshDatabase();
        ImportWizard wizard(db);
        wizard.addFiles({ copied("会员导出.csv"), copied("商品.csv"), copied("export-2026.csv") });
        wizard.show();
        // export-2026.csv names no kind: page 1 cannot go on until one is chosen.
        QVERIFY(!wizard.plans()[2].kind);
        QVERIFY(!wizard.currentPage()->isComplete());
        choose(comboAt(wizard.filesPage(), "files", 2, 1), int(core::FileKind::Events));
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();

        // 行为, 发生时间 and 课程ID are known aliases; 客户编号 is not, so member_id is missing.
        auto* problems = wizard.findChild<QLabel*>(QStringLiteral("mappingProblems"));
        QVERIFY(!wizard.currentPage()->isComplete());
        QVERIFY(problems->text().contains(QStringLiteral("export-2026.csv")));
        wizard.mappingPage()->showFile(2);
        QComboBox* field = comboAt(wizard.mappingPage(), "mapping", 0, 2);
        QVERIFY(field);
        QCOMPARE(field->currentData().toString(), QString());
        choose(field, QStringLiteral("member_id"));
        QVERIFY(wizard.currentPage()->isComplete());
        QVERIFY(problems->text().isEmpty());

        // The preview shows the file's own (Chinese) headers with the field each becomes.
        auto* preview = wizard.findChild<QTableWidget*>(QStringLiteral("preview"));
        QCOMPARE(preview->columnCount(), 4);
        QVERIFY(preview->horizontalHeaderItem(0)->text().startsWith(QStringLiteral("客户编号")));
        QCOMPARE(preview->item(1, 1)->text(), QStringLiteral("play"));

        wizard.next();
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("startImport")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.runPage()->isRunning(), 20000);
        QVERIFY(wizard.runPage()->succeeded());
        QCOMPARE(scalar(db, "SELECT count(*) FROM events"), 2);
        QCOMPARE(scalar(db,
                     "SELECT count(*) FROM events e JOIN members m ON m.id = e.member "
                     "WHERE m.member_id = 'u03' AND e.type = 'play'"),
            1);

        // The mapping is remembered for this header set, in any column order…
        const QString reordered = m_dir.filePath(QStringLiteral("行为-二月.csv"));
        {
            QFile out(reordered);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("行为,课程ID,客户编号,发生时间\nview,k2,u02,2026-02-03\n");
        }
        ImportFilePlan again = previewFile(reordered);
        QCOMPARE(int(*again.kind), int(core::FileKind::Events)); // 行为 names events
        mapColumns(again, wizard.mappingMemory());
        QCOMPARE(fieldNames(again),
            (QStringList { QStringLiteral("type"), QStringLiteral("product_id"), QStringLiteral("member_id"),
                QStringLiteral("occurred_at") }));
        // …but not for another one.
        again.headers << QStringLiteral("时长");
        mapColumns(again, wizard.mappingMemory());
        QCOMPARE(fieldNames(again).at(2), QStringLiteral("-"));
    }

    void refusesBadFileWithoutWriting()
    {
        const QString db = freshDatabase();
        ImportWizard wizard(db);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.addFiles({ copied("会员导出.csv"), copied("商品.csv"), copied("orders-bad.csv") });
        QVERIFY(runWizard(wizard));
        QVERIFY(!wizard.runPage()->succeeded());
        QCOMPARE(imported.count(), 0);
        QVERIFY(!wizard.currentPage()->isComplete()); // no Finish: go back or cancel
        QCOMPARE(rowsInAllTables(db), 0); // members and products were rolled back with the orders
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("orders-bad.rejected.csv"))));

        auto* problems = wizard.findChild<QTreeWidget*>(QStringLiteral("problems"));
        QCOMPARE(problems->topLevelItemCount(), 2);
        QCOMPARE(problems->topLevelItem(0)->text(0), QStringLiteral("orders-bad.csv"));
        QCOMPARE(problems->topLevelItem(0)->text(1), QStringLiteral("3"));
        QCOMPARE(problems->topLevelItem(0)->text(2), QStringLiteral("实付金额 (amount)"));
        QCOMPARE(problems->topLevelItem(1)->text(1), QStringLiteral("4"));
        QCOMPARE(problems->topLevelItem(1)->text(2), QStringLiteral("用户ID (member_id)"));
        QVERIFY(problems->topLevelItem(1)->text(3).contains(QStringLiteral("u99")));

        // The list can be saved, as CSV a spreadsheet opens (UTF-8 with BOM).
        const QString saved = m_dir.filePath(QStringLiteral("problems.csv"));
        QVERIFY(wizard.runPage()->saveProblems(saved));
        QFile in(saved);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString content = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = content.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QStringLiteral("file,line,column,problem"));
        QVERIFY2(lines[1].contains(QStringLiteral("orders-bad.csv,3,实付金额 (amount),")), qPrintable(lines[1]));
        QVERIFY2(lines[2].contains(QStringLiteral("orders-bad.csv,4,用户ID (member_id),")), qPrintable(lines[2]));

        // Going back and forward again starts afresh; a second failing run still writes nothing.
        wizard.back();
        wizard.next();
        QCOMPARE(problems->topLevelItemCount(), 0);
    }

    void skipsInvalidRowsWhenChosen()
    {
        const QString db = freshDatabase();
        ImportWizard wizard(db);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.addFiles({ copied("会员导出.csv"), copied("商品.csv"), copied("orders-bad.csv") });
        QVERIFY(runWizard(wizard, true));
        QVERIFY(wizard.runPage()->succeeded());
        QCOMPARE(imported.count(), 1);
        QCOMPARE(scalar(db, "SELECT count(*) FROM members"), 3);
        QCOMPARE(scalar(db, "SELECT count(*) FROM orders"), 1); // o9 only
        QCOMPARE(scalar(db, "SELECT amount FROM orders WHERE order_id = 'o9'"), 9900);
        const core::FileImportSummary& orders = wizard.runPage()->report().files.back();
        QCOMPARE(orders.read, 3);
        QCOMPARE(orders.imported, 1);
        QCOMPARE(orders.rejected, 2);
        QFile rejected(m_dir.filePath(QStringLiteral("orders-bad.rejected.csv")));
        QVERIFY(rejected.open(QIODevice::ReadOnly));
        QCOMPARE(rejected.readAll().count('\n'), 3); // header + the two rejected rows
    }

    void stopRollsBack()
    {
        // Enough rows that the importer is still at work when asked to stop (it polls the stop
        // flag every 16384 rows).
        const QString members = m_dir.filePath(QStringLiteral("members-many.csv"));
        {
            QFile out(members);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QByteArray bytes("member_id,joined_at\n");
            for (int i = 0; i < 200000; ++i)
                bytes += "m" + QByteArray::number(i) + ",2026-01-01\n";
            out.write(bytes);
        }
        const QString db = freshDatabase();
        ImportWizard wizard(db);
        QSignalSpy imported(&wizard, &ImportWizard::imported);
        wizard.addFiles({ members });
        wizard.show();
        wizard.next();
        wizard.next();
        wizard.runPage()->startImport();
        QVERIFY(wizard.runPage()->isRunning());
        QTest::mouseClick(wizard.findChild<QPushButton*>(QStringLiteral("stopImport")), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.runPage()->isRunning(), 20000);
        QVERIFY(wizard.runPage()->report().cancelled);
        QVERIFY(!wizard.runPage()->succeeded());
        QCOMPARE(imported.count(), 0);
        QCOMPARE(scalar(db, "SELECT count(*) FROM members"), 0);

        // Closing the wizard during an import stops it first, then closes.
        wizard.runPage()->startImport();
        QVERIFY(wizard.runPage()->isRunning());
        wizard.reject();
        QVERIFY(wizard.isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.isVisible(), 20000);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QCOMPARE(scalar(db, "SELECT count(*) FROM members"), 0);
    }

    void eachFilesMatchingIsInSight()
    {
        // Three files on a 1280×800 screen: the files are listed beside the matching, and the
        // second file's columns, once chosen in the list, are on the page, whole.
        ImportWizard wizard(freshDatabase());
        wizard.addFiles({ copied("会员导出.csv"), copied("商品.csv"), copied("订单.csv") });
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(wizard.frameGeometry().width() <= 1280 && wizard.frameGeometry().height() <= 800);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPageId));
        QWidget* page = wizard.currentPage();
        auto* files = page->findChild<QListWidget*>(QStringLiteral("mappingFile"));
        auto* mapping = page->findChild<QTableWidget*>(QStringLiteral("mapping"));
        QVERIFY(files && mapping);
        QVERIFY(files->isVisible());
        QCOMPARE(files->count(), 3);
        QVERIFY(files->item(1)->text().startsWith(QStringLiteral("商品.csv")));

        // Choose the second file as the operator does: a click on it in the list.
        const QRect second = files->visualItemRect(files->item(1));
        QVERIFY(files->viewport()->rect().contains(second));
        QTest::mouseClick(files->viewport(), Qt::LeftButton, {}, second.center());
        QCOMPARE(wizard.mappingPage()->currentFile(), 1);

        // 商品.csv: 商品ID, 商品名称, 商品类型, 原价 — four rows of matching, each with its field.
        QVERIFY(mapping->isVisible());
        QCOMPARE(mapping->rowCount(), 4);
        QCOMPARE(mapping->item(0, 0)->text(), QStringLiteral("商品ID"));
        const QRect onPage(mapping->mapTo(page, QPoint(0, 0)), mapping->size());
        QVERIFY2(page->rect().contains(onPage),
            qPrintable(QStringLiteral("%1,%2 %3x%4 in %5x%6")
                           .arg(onPage.x())
                           .arg(onPage.y())
                           .arg(onPage.width())
                           .arg(onPage.height())
                           .arg(page->width())
                           .arg(page->height())));
        // Not covered by the file list, and every row with its field choice in the table's view.
        QVERIFY(!onPage.intersects(QRect(files->mapTo(page, QPoint(0, 0)), files->size())));
        for (int row = 0; row < mapping->rowCount(); ++row) {
            const QRect cell = mapping->visualRect(mapping->model()->index(row, 2));
            QVERIFY2(mapping->viewport()->rect().contains(cell), qPrintable(QString::number(row)));
            QComboBox* field = comboAt(page, "mapping", row, 2);
            QVERIFY(field && field->isVisible());
        }
        QCOMPARE(comboAt(page, "mapping", 0, 2)->currentData().toString(), QStringLiteral("product_id"));
        QCOMPARE(comboAt(page, "mapping", 1, 2)->currentData().toString(), QStringLiteral("title"));

        // One file: no list to choose from, the matching has the width.
        ImportWizard single(freshDatabase());
        single.addFiles({ copied("商品.csv") });
        single.show();
        single.next();
        QVERIFY(!single.currentPage()->findChild<QListWidget*>(QStringLiteral("mappingFile"))->isVisible());
        QVERIFY(single.currentPage()->findChild<QTableWidget*>(QStringLiteral("mapping"))->isVisible());
    }

    void renderPages()
    {
        // Renders each page to PNG, to look at: KINSIGHT_SCREENSHOT_DIR=folder, and optionally
        // KINSIGHT_SCREENSHOT_LANGUAGE=zh_CN.
        const QString folder = qEnvironmentVariable("KINSIGHT_SCREENSHOT_DIR");
        if (folder.isEmpty())
            QSKIP("set KINSIGHT_SCREENSHOT_DIR to render the pages");
        const QString language = qEnvironmentVariable("KINSIGHT_SCREENSHOT_LANGUAGE");
        if (!language.isEmpty())
            QVERIFY(installTranslator(QLocale(language)));
        const QString db = freshDatabase();
        ImportWizard wizard(db);
        wizard.addFiles({ copied("会员导出.csv"), copied("商品.csv"), copied("订单.csv"), copied("export-2026.csv"),
            copied("orders-bad.csv") });
        wizard.show();
        wizard.grab().save(folder + QStringLiteral("/wizard-1-files.png"));
        choose(comboAt(wizard.filesPage(), "files", 3, 1), int(core::FileKind::Events));
        wizard.next();
        wizard.grab().save(folder + QStringLiteral("/wizard-2-mapping.png"));
        wizard.mappingPage()->showFile(3);
        wizard.grab().save(folder + QStringLiteral("/wizard-2-mapping-unmatched.png"));
        wizard.mappingPage()->setColumnField(3, 0, QStringLiteral("member_id"));
        wizard.next();
        wizard.runPage()->startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.runPage()->isRunning(), 20000);
        wizard.grab().save(folder + QStringLiteral("/wizard-3-failed.png"));
        wizard.back();
        wizard.next();
        wizard.findChild<QCheckBox*>(QStringLiteral("skipInvalid"))->setChecked(true);
        wizard.runPage()->startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.runPage()->isRunning(), 20000);
        wizard.grab().save(folder + QStringLiteral("/wizard-3-done.png"));
    }

    void timeLargeImport()
    {
        // Timings on real-size files, by hand: KINSIGHT_WIZARD_BENCH_DIR=folder of CSV files.
        const QString folder = qEnvironmentVariable("KINSIGHT_WIZARD_BENCH_DIR");
        if (folder.isEmpty())
            QSKIP("set KINSIGHT_WIZARD_BENCH_DIR to time an import of the CSV files in a folder");
        QStringList files;
        for (const QString& name : QDir(folder).entryList({ QStringLiteral("*.csv") }, QDir::Files))
            files << QDir(folder).filePath(name);
        QElapsedTimer clock;
        clock.start();
        const QString db = freshDatabase();
        ImportWizard wizard(db);
        wizard.addFiles(files);
        const qint64 previewMs = clock.elapsed();
        wizard.show();
        wizard.next();
        QVERIFY(wizard.currentPage()->isComplete());
        wizard.next();
        // How long the GUI thread goes without turning its event loop while the import runs.
        qint64 worstGapMs = 0;
        QElapsedTimer tick;
        tick.start();
        QTimer probe;
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] { worstGapMs = std::max(worstGapMs, tick.restart()); });
        int progressUpdates = 0;
        connect(wizard.findChild<QProgressBar*>(QStringLiteral("progress")), &QProgressBar::valueChanged, this,
            [&](int) { ++progressUpdates; });
        clock.restart();
        probe.start();
        wizard.runPage()->startImport();
        QVERIFY(QTest::qWaitFor([&] { return !wizard.runPage()->isRunning(); }, 3600 * 1000));
        probe.stop();
        const qint64 importMs = clock.elapsed();
        QVERIFY(wizard.runPage()->succeeded());
        std::int64_t rows = 0;
        for (const auto& f : wizard.runPage()->report().files)
            rows += f.read;
        qInfo("%d files, %lld rows: preview %lld ms; import %lld ms (%.0f rows/s); %d progress updates; "
              "longest GUI-thread stall %lld ms",
            int(files.size()), static_cast<long long>(rows), previewMs, importMs,
            double(rows) * 1000.0 / double(importMs), progressUpdates, worstGapMs);
    }

    void droppedFilesAreAdded()
    {
        ImportWizard wizard(freshDatabase());
        wizard.show();
        QMimeData mime;
        mime.setUrls(
            { QUrl::fromLocalFile(copied("商品.csv")), QUrl::fromLocalFile(m_dir.path()) }); // a folder is ignored
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(wizard.filesPage(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(wizard.filesPage(), &drop);
        QCOMPARE(wizard.plans().size(), 1);
        QCOMPARE(int(*wizard.plans()[0].kind), int(core::FileKind::Products));
        QCOMPARE(wizard.findChild<QTableWidget*>(QStringLiteral("files"))->rowCount(), 1);
    }

    void perFileSettingsReachTheImporter()
    {
        // Two files of different kinds in one import, each with its own kind and column map.
        ImportFilePlan members = previewFile(fixture("会员导出.csv"));
        mapColumns(members, MappingMemory());
        ImportFilePlan events = previewFile(fixture("export-2026.csv"));
        events.kind = core::FileKind::Events;
        events.fieldOfColumn = { 0, 2, 1, 3 }; // member_id, type, occurred_at, product_id
        const core::ImportOptions options = importOptionsFor({ members, events }, false);
        QCOMPARE(options.perFile.size(), size_t(2));
        QCOMPARE(int(*options.perFile[1].kind), int(core::FileKind::Events));
        QCOMPARE(int(*options.perFile[0].encoding), int(core::TextEncoding::Gb18030));
        QCOMPARE(options.perFile[0].columnMap.size(), size_t(6));
        QCOMPARE(options.perFile[0].columnMap[5].first, std::string("备注"));
        QCOMPARE(options.perFile[0].columnMap[5].second, std::string()); // left out
        QCOMPARE(options.perFile[1].columnMap[0].second, std::string("member_id"));
    }

    void ignoredColumnIsNotMatchedByItsAlias()
    {
        // 昵称 is an alias of name; left out by the operator, it must stay out.
        const QString file = m_dir.filePath(QStringLiteral("members-nick.csv"));
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("member_id,joined_at,昵称\nx1,2026-01-01,小明\n");
        }
        const QString db = freshDatabase();
        ImportWizard wizard(db);
        wizard.addFiles({ file });
        QCOMPARE(fieldNames(wizard.plans()[0]).at(2), QStringLiteral("name"));
        wizard.show();
        wizard.next();
        QVERIFY(wizard.mappingPage()->setColumnField(0, 2, QString()));
        wizard.next();
        wizard.runPage()->startImport();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.runPage()->isRunning(), 20000);
        QVERIFY(wizard.runPage()->succeeded());
        QCOMPARE(scalar(db, "SELECT count(*) FROM members WHERE member_id = 'x1' AND name IS NULL"), 1);
    }
};

// On a laptop's 1280×800 screen (the offscreen platform with one screen of that size).
int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen:configfile=" KINSIGHT_TEST_DATA_DIR "/window/screen-1280x800.json");
    QApplication app(argc, argv);
    TestImportWizard test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_importwizard.moc"
