// The dashboard at scale (offscreen):
//   bench_window --db demo1m.db            a database file, opened as the window opens it
//   bench_window --members 1000000         an in-memory demo community (no SQLite load)
// Prints: opening to a usable window, to every page ready; a cheap threshold change to repaint;
// scrolling, searching and sorting the member table; the window's memory; the longest GUI-thread
// frame (event-loop stall) while the analysis runs after opening.

#include <algorithm>
#include <cstdio>
#include <vector>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include "benchmarkutil.h"
#include "core/demo/demo.h"
#include "core/util/allocator.h"
#include "ui/analysiscontroller.h"
#include "ui/mainwindow.h"
#include "ui/models/membertablemodel.h"
#include "ui/pages/memberspage.h"
#include "ui/pages/networkpage.h"
#include "ui/pages/overviewpage.h"
#include "ui/thresholdspanel.h"
#include "ui/widgets/tableview.h"

using namespace kinsight;
using bench::Stopwatch;

namespace {

/// Processes events until `done()` or the timeout; returns the seconds it took (or -1).
template <typename Done> double waitUntil(Done done, double timeoutSeconds = 1800)
{
    Stopwatch sw;
    while (!done()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (sw.seconds() > timeoutSeconds)
            return -1;
        QThread::usleep(200);
    }
    return sw.seconds();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    core::configureAllocator(argv); // as the application does
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("KinsightBench"));
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("DB") });
    parser.addOption({ QStringLiteral("members"), QStringLiteral("in-memory demo members"), QStringLiteral("N"),
        QStringLiteral("1000000") });
    parser.process(app);

    ui::MainWindow window;
    window.resize(1440, 900);
    window.show();
    ui::AnalysisController* controller = window.controller();
    // The longest GUI-thread frame while the window opens and analyses: a 10 ms timer records the
    // largest gap between its ticks (an event-loop stall), until every page is ready.
    double longestFrame = 0;
    Stopwatch frame;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestFrame = std::max(longestFrame, frame.seconds());
        frame.restart();
    });
    ticker.start(10);
    Stopwatch open;
    QString what;
    if (parser.isSet(QStringLiteral("db"))) {
        what = parser.value(QStringLiteral("db"));
        window.openDatabase(what);
    } else {
        core::DemoOptions options;
        options.members = parser.value(QStringLiteral("members")).toInt();
        Stopwatch gen;
        auto community = core::makeDemoCommunity(options);
        bench::report("demo community generated (not part of the window)", gen.seconds());
        open.restart();
        what = QStringLiteral("in-memory demo");
        controller->openCommunity(community, what);
    }
    const double loaded = waitUntil([&] { return controller->community() != nullptr; });
    bench::report("snapshot loaded (status bar shows the data)", loaded,
        std::to_string(controller->community()->memberCount()) + " members");
    const auto members = controller->community()->memberCount();
    waitUntil([&] {
        const auto r = controller->results();
        return r && r->overview && window.overviewPage()->refreshCount() > 0;
    });
    bench::report("overview KPIs shown (usable window)", open.seconds());
    waitUntil([&] { return window.membersPage()->model()->rowCount() == members; });
    bench::report("member table listing every member", open.seconds());
    waitUntil([&] {
        const auto r = controller->results();
        return r && r->ready == core::allParts && !controller->isBusy();
    });
    bench::report("every page ready (graph, leaders, recommender)", open.seconds());
    ticker.stop();
    bench::report("longest GUI frame while opening and analysing", longestFrame, "largest gap between 10 ms ticks");
    QTest::qWait(200);
    std::printf("window resident memory after opening: %.0f MiB (peak %.0f MiB)\n", bench::currentMemoryMiB(),
        bench::peakMemoryMiB());

    // Cheap changes: from the edit to the affected page's repaint (debounce included, then without).
    auto cheap = [&](const char* name, auto edit, ui::Page* page, bool debounce) {
        std::vector<double> times;
        for (int i = 0; i < 7; ++i) {
            core::Thresholds t = controller->thresholds();
            edit(t, i);
            const int before = page->refreshCount();
            Stopwatch sw;
            if (debounce)
                controller->setThresholds(t);
            else
                controller->applyThresholdsNow(t);
            waitUntil([&] { return page->refreshCount() > before; });
            page->repaint();
            times.push_back(sw.seconds());
            waitUntil([&] { return !controller->isBusy(); });
        }
        bench::report(name, median(times), debounce ? "median of 7, incl. debounce" : "median of 7, no debounce");
    };
    auto levelCut = [](core::Thresholds& t, int i) { t.levels.core = 30.0 + i; };
    auto leaderCut = [](core::Thresholds& t, int i) { t.leaders.threshold = 0.90 + 0.01 * i; };
    window.showPage(ui::MainWindow::Overview);
    cheap("level cut-off -> overview repainted", levelCut, window.overviewPage(), false);
    cheap("level cut-off -> overview repainted", levelCut, window.overviewPage(), true);
    window.showPage(ui::MainWindow::Network);
    cheap("leader threshold -> network repainted", leaderCut, window.networkPage(), false);
    cheap("leader threshold -> network repainted", leaderCut, window.networkPage(), true);

    // The member table: scrolling (a full repaint per step), sorting, searching.
    window.showPage(ui::MainWindow::Members);
    ui::MembersPage* page = window.membersPage();
    ui::TableView* table = page->table();
    QTest::qWait(100);
    {
        QScrollBar* bar = table->verticalScrollBar();
        std::vector<double> frames;
        for (int i = 0; i < 60; ++i) {
            Stopwatch sw;
            bar->setValue(static_cast<int>((static_cast<long long>(bar->maximum()) * ((i * 7919) % 60)) / 60));
            table->viewport()->repaint();
            frames.push_back(sw.seconds());
        }
        bench::report("scroll to a random position and repaint", median(frames), "median of 60 frames");
    }
    QSignalSpy listed(page, &ui::MembersPage::listUpdated);
    auto timeList = [&](const char* name, auto action) {
        std::vector<double> times;
        for (int i = 0; i < 3; ++i) {
            const int before = static_cast<int>(listed.count());
            Stopwatch sw;
            action(i);
            waitUntil([&] { return listed.count() > before; });
            times.push_back(sw.seconds());
        }
        bench::report(name, median(times), std::to_string(page->model()->rowCount()) + " rows");
    };
    timeList("sort by revenue (desc/asc)", [&](int i) {
        page->model()->sort(
            static_cast<int>(core::MemberColumn::Revenue), i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    timeList("sort by name", [&](int i) {
        page->model()->sort(
            static_cast<int>(core::MemberColumn::Name), i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    timeList("sort by leader score", [&](int i) {
        page->model()->sort(
            static_cast<int>(core::MemberColumn::LeaderScore), i % 2 ? Qt::AscendingOrder : Qt::DescendingOrder);
    });
    const char* searches[] = { "u00123", "u0009", "张" };
    timeList("search (incl. 200 ms typing delay)",
        [&](int i) { page->searchBox()->setText(QString::fromUtf8(searches[i])); });
    page->searchBox()->clear();
    waitUntil([&] { return page->model()->rowCount() == members; });
    std::printf("window resident memory at the end: %.0f MiB (peak %.0f MiB)\n", bench::currentMemoryMiB(),
        bench::peakMemoryMiB());
    window.close();
    return 0;
}
