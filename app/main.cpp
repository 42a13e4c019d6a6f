// kinsight: one executable. With no arguments, or `kinsight gui`, it opens the dashboard; every
// other command is headless and scriptable (see `kinsight --help`).

#include <iostream>
#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#ifdef KINSIGHT_HAVE_UI
#include <QApplication>
#include <QGuiApplication>
#endif

#include "app/cli.h"
#include "app/command.h"
#include "core/util/allocator.h"
#include "resources/translations/translator.h"

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

/// The value of `--language X` / `--language=X` among a command's arguments, or nullopt.
std::optional<QString> languageArgument(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QLatin1String("--"))
            break;
        if (arguments[i] == QLatin1String("--language"))
            return i + 1 < arguments.size() ? arguments[i + 1] : QString();
        if (arguments[i].startsWith(QLatin1String("--language=")))
            return arguments[i].mid(11);
    }
    return std::nullopt;
}

/// en or zh_CN for a --language value or a locale name (zh, zh-CN, zh_Hans_CN, en_US, …); empty
/// for a language Kinsight does not speak.
QString canonicalLanguage(const QString& value)
{
    const QLocale locale(value);
    if (value.startsWith(QLatin1String("zh"), Qt::CaseInsensitive) && locale.language() == QLocale::Chinese
        && locale.script() != QLocale::TraditionalHanScript)
        return QStringLiteral("zh_CN");
    if (value.startsWith(QLatin1String("en"), Qt::CaseInsensitive) || value == QLatin1String("C"))
        return QStringLiteral("en");
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    kinsight::core::configureAllocator(argv);
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
    // Help is text: `kinsight gui --help` prints it without opening a window or needing a display.
    const bool wantsHelp = arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"))
        || arguments.contains(QLatin1String("--help-all"));
    auto app = makeApplication(wantsHelp ? Needs::Core : command->needs, argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kinsight"));
    QCoreApplication::setApplicationName(QStringLiteral("kinsight"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KINSIGHT_VERSION));
    // The window chooses its language itself (View › Language); every other command speaks the
    // --language given, else the locale's language (English for one Kinsight does not speak).
    if (command->needs != Needs::Window) {
        const std::optional<QString> given = languageArgument(arguments);
        QString language = canonicalLanguage(given ? *given : QLocale::system().name());
        if (language.isEmpty() && given) {
            std::cerr << "kinsight " << name.toStdString() << ": --language must be en or zh_CN, not '"
                      << given->toStdString() << "'" << std::endl;
            return exitUsage;
        }
        kinsight::ui::installTranslator(QLocale(language.isEmpty() ? QStringLiteral("en") : language));
    }
    return command->run(arguments);
}
