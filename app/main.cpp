// kinsight: one executable. With no arguments, or `kinsight gui`, it opens the dashboard; every
// other command is headless and scriptable (see `kinsight --help`).

#include <iostream>
#include <memory>

#include <QCoreApplication>
#include <QStringList>

#ifdef KINSIGHT_HAVE_UI
#include <QApplication>
#include <QGuiApplication>
#endif

#include "app/cli.h"
#include "app/command.h"

using namespace kinsight::app;

namespace kinsight::app {

std::vector<Command>& commands()
{
    static std::vector<Command> all;
    return all;
}

const Command* findCommand(const QString& name)
{
    for (const Command& c : commands()) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace kinsight::app

namespace {

void printHelp()
{
    std::cout << "Usage: kinsight [COMMAND] [OPTIONS]\n\n"
                 "Kinsight shows the operators of paid-knowledge communities who their members are, how engaged\n"
                 "they are, who leads opinion, and what to recommend to each member.\n\n"
                 "Without a command, opens the dashboard. Commands:\n";
    for (const Command& c : commands())
        std::cout << "  " << c.name.leftJustified(12).toStdString() << c.summary.toStdString() << "\n";
    std::cout << "\nGlobal options:\n  --help       show this help (or 'kinsight COMMAND --help')\n"
                 "  --version    show the version\n";
}

std::unique_ptr<QCoreApplication> makeApplication(Needs needs, int& argc, char** argv)
{
    switch (needs) {
    case Needs::Core:
        return std::make_unique<QCoreApplication>(argc, argv);
#ifdef KINSIGHT_HAVE_UI
    case Needs::OffscreenGui:
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    case Needs::Window:
        return std::make_unique<QApplication>(argc, argv);
#else
    case Needs::OffscreenGui:
    case Needs::Window:
        return std::make_unique<QCoreApplication>(argc, argv);
#endif
    }
    return nullptr;
}

} // namespace

int main(int argc, char** argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    QString name = arguments.isEmpty() ? QStringLiteral("gui") : arguments.first();
    if (name == QLatin1String("--version") || name == QLatin1String("-v")) {
        std::cout << "kinsight " KINSIGHT_VERSION << std::endl;
        return exitSuccess;
    }
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        printHelp();
        return exitSuccess;
    }
    if (!arguments.isEmpty() && name.startsWith(QLatin1Char('-')))
        name = QStringLiteral("gui"); // `kinsight --db x.db` opens the window on x.db
    else if (!arguments.isEmpty())
        arguments.removeFirst();

    const Command* command = findCommand(name);
    if (!command) {
        std::cerr << "kinsight: unknown command '" << name.toStdString() << "'\nTry 'kinsight --help'." << std::endl;
        return exitUsage;
    }
    auto app = makeApplication(command->needs, argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kinsight"));
    QCoreApplication::setApplicationName(QStringLiteral("kinsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINSIGHT_VERSION));
    return command->run(arguments);
}
