#pragma once

#include <vector>

#include <QString>
#include <QStringList>

namespace kinsight::app {

/// What a command needs from Qt before it runs.
enum class Needs {
    Core, ///< QCoreApplication: headless commands
    OffscreenGui, ///< QGuiApplication on the offscreen platform: painting reports without a display
    Window, ///< QApplication on the real platform: the dashboard
};

/// One `kinsight` sub-command. `run` gets the arguments after the command name and returns the
/// process exit status (0 success, 1 failure, 2 usage error).
struct Command {
    QString name;
    QString summary;
    Needs needs = Needs::Core;
    int (*run)(const QStringList& arguments) = nullptr;
};

/// Every command, in registration order. Commands register themselves with KINSIGHT_COMMAND in
/// their own source file under app/commands/.
std::vector<Command>& commands();
const Command* findCommand(const QString& name);

struct CommandRegistrar {
    explicit CommandRegistrar(Command command) { commands().push_back(std::move(command)); }
};

} // namespace kinsight::app

#define KINSIGHT_COMMAND_CONCAT2(a, b) a##b
#define KINSIGHT_COMMAND_CONCAT(a, b) KINSIGHT_COMMAND_CONCAT2(a, b)
/// KINSIGHT_COMMAND("name", "summary", Needs::Core, runFunction, "description"): `summary` is the
/// line of `kinsight --help`, `description` the text of `kinsight name --help`. `runFunction(cli,
/// arguments)` gets the command's CommandLine (app/cli.h), named and described, to add its options to.
#define KINSIGHT_COMMAND(name, summary, needs, fn, description)                                                        \
    static const ::kinsight::app::CommandRegistrar KINSIGHT_COMMAND_CONCAT(kinsightCommand_, __LINE__)(                \
        ::kinsight::app::Command {                                                                                     \
            QStringLiteral(name), QStringLiteral(summary), needs, [](const QStringList& arguments) {                   \
                ::kinsight::app::CommandLine cli(QStringLiteral(name), QStringLiteral(description));                   \
                return fn(cli, arguments);                                                                             \
            } })
