// Renders every page of the window to PNG, light and dark, at 1440×900 (offscreen):
//   QT_QPA_PLATFORM=offscreen render_pages --db demo.db --out shots/ [--members 5000] [--width W] [--themes light,dark]
//                                          [--language en|zh_CN] [--size 1280x800]
// Creates the demo community at --db when the file is missing.

#include <iostream>

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include "core/demo/demo.h"
#include "core/store/database.h"
#include "resources/translations/translator.h"
#include "ui/mainwindow.h"
#include "ui/models/membertablemodel.h"
#include "ui/pages/memberspage.h"
#include "ui/pages/recommendationspage.h"
#include "ui/theme.h"
#include "ui/widgets/tableview.h"
#include "uitestutil.h"

using namespace kinsight;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KinsightRender"));
    QCoreApplication::setApplicationName(QStringLiteral("render_pages"));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("database"), QStringLiteral("DB") });
    parser.addOption({ QStringLiteral("out"), QStringLiteral("output folder"), QStringLiteral("DIR") });
    parser.addOption(
        { QStringLiteral("members"), QStringLiteral("demo members"), QStringLiteral("N"), QStringLiteral("5000") });
    parser.addOption(
        { QStringLiteral("themes"), QStringLiteral("light,dark"), QStringLiteral("T"), QStringLiteral("light,dark") });
    parser.addOption({ QStringLiteral("width"), QStringLiteral("scale the PNGs to this width (0: as rendered)"),
        QStringLiteral("W"), QStringLiteral("0") });
    parser.addOption({ QStringLiteral("language"), QStringLiteral("interface language (en, zh_CN)"),
        QStringLiteral("L"), QStringLiteral("en") });
    parser.addOption({ QStringLiteral("size"), QStringLiteral("window size, WxH"), QStringLiteral("WxH"),
        QStringLiteral("1440x900") });
    parser.addOption({ QStringLiteral("page"), QStringLiteral("render only this page (index)"), QStringLiteral("N") });
    parser.process(app);
    const QString language = parser.value(QStringLiteral("language"));
    if (!ui::installTranslator(QLocale(language))) {
        std::cerr << "no translation for " << language.toStdString() << "\n";
        return 1;
    }
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    const int windowWidth = size.value(0).toInt() > 0 ? size.value(0).toInt() : 1440;
    const int windowHeight = size.value(1).toInt() > 0 ? size.value(1).toInt() : 900;
    const QString db = parser.value(QStringLiteral("db"));
    const QString out = parser.value(QStringLiteral("out"));
    QDir().mkpath(out);
    if (!QFileInfo::exists(db)) {
        auto opened = core::Database::open(db.toStdString(), core::OpenMode::Create);
        if (!opened) {
            std::cerr << opened.error() << "\n";
            return 1;
        }
        core::DemoOptions options;
        options.members = parser.value(QStringLiteral("members")).toInt();
        if (core::Status s = core::writeDemoDatabase(**opened, options); !s) {
            std::cerr << s.error() << "\n";
            return 1;
        }
    }
    for (const QString& themeName : parser.value(QStringLiteral("themes")).split(QLatin1Char(','))) {
        ui::applyTheme(app, ui::themeFromString(themeName));
        ui::MainWindow window;
        window.resize(windowWidth, windowHeight);
        window.show();
        window.openDatabase(db);
        if (!test::waitForIdle(window.controller(), 600000)) {
            std::cerr << "analysis did not finish\n";
            return 1;
        }
        // The recommendation evaluation fills the Recommendations page's table.
        window.controller()->requestEvaluation();
        test::waitForIdle(window.controller(), 600000);
        for (int p = 0; p < ui::MainWindow::PageCount; ++p) {
            if (parser.isSet(QStringLiteral("page")) && parser.value(QStringLiteral("page")).toInt() != p)
                continue;
            window.showPage(p);
            if (p == ui::MainWindow::Members && window.membersPage()->model()->rowCount() > 0) {
                // The list alone (the table has the width), then with the first member's drawer.
                QTest::qWait(200);
                window.grab().toImage().save(
                    QStringLiteral("%1/%2-%3-%4-list.png").arg(out).arg(p).arg(themeName, language), "PNG", 9);
                window.membersPage()->table()->selectRow(0);
                test::waitForIdle(window.controller());
            }
            QTest::qWait(200);
            const QString name = QStringLiteral("%1/%2-%3-%4.png").arg(out).arg(p).arg(themeName, language);
            QImage image = window.grab().toImage();
            const int width = parser.value(QStringLiteral("width")).toInt();
            if (width > 0 && width < image.width())
                image = image.scaledToWidth(width, Qt::SmoothTransformation);
            image.save(name, "PNG", 9);
            std::cout << name.toStdString() << "\n";
            if (p == ui::MainWindow::Recommendations && window.controller()->community()
                && window.controller()->community()->productCount() > 0) {
                // The audience of the best-selling product ("Who should I offer this product to?").
                test::waitForIdle(window.controller(), 600000);
                const auto c = window.controller()->community();
                window.recommendationsPage()->showAudience(c->products.ids.qstring(0));
                test::waitForIdle(window.controller(), 600000);
                QTest::qWait(200);
                const QString audience
                    = QStringLiteral("%1/%2-%3-%4-audience.png").arg(out).arg(p).arg(themeName, language);
                window.grab().toImage().save(audience, "PNG", 9);
                std::cout << audience.toStdString() << "\n";
            }
        }
        window.close();
    }
    return 0;
}
