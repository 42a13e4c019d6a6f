#pragma once

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "core/data/community.h"
#include "core/store/database.h"
#include "core/store/snapshotloader.h"
#include "core/util/result.h"
#include "core/util/table.h"

namespace kinsight::app {

/// Exit statuses of every command.
enum ExitStatus { exitSuccess = 0, exitFailure = 1, exitUsage = 2 };

/// Prints `kinsight: <message>` on stderr and returns exitFailure.
int fail(const QString& message);
/// The same for a core error, in the interface language (core::errorText()).
int fail(const core::Error& error);
/// Prints `kinsight: warning: <message>` on stderr, in the interface language (core::errorText()).
void warn(const core::Error& warning);
/// Prints `kinsight <command>: <message>` and a hint on stderr and returns exitUsage.
int usageError(const QString& command, const QString& message);

/// A QCommandLineParser for one command with the options every command shares: --help.
/// `parse` returns false (after printing the error or the help) when the command should stop
/// with the returned status.
class CommandLine {
public:
    CommandLine(const QString& command, const QString& description);
    QCommandLineParser& parser() { return m_parser; }
    /// Adds `--db DB` (required unless `optional`).
    void addDatabaseOption();
    /// Adds `--format csv|json`.
    void addFormatOption();
    /// Adds `--db DB` and `--format csv|json`, the options of every command that prints a table of a
    /// database.
    void addDatabaseAndFormatOptions();
    /// One of a command's own options, as its --help lists it (UTF-8 text): `--NAME VALUE` with a
    /// default value when `fallback` is given, or the switch `--NAME` without `valueName`.
    struct Option {
        const char* name;
        const char* help;
        const char* valueName = nullptr;
        const char* fallback = nullptr;
    };
    /// Adds `options`, in --help order.
    void addOptions(std::initializer_list<Option> options);
    /// Parses; on --help prints help and sets status 0; on error prints it and sets status 2.
    bool parse(const QStringList& arguments, int& status);
    QString value(const QString& name) const { return m_parser.value(name); }
    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    /// Every value of a repeatable option.
    QStringList values(const QString& name) const { return m_parser.values(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    /// The value of an option the command cannot do without; when it is missing or empty, the usage
    /// error `missingRule` (a QT_TRANSLATE_NOOP("Cli", …)) and nullopt with `status` set.
    std::optional<QString> required(const QString& name, const char* missingRule, int& status) const;
    /// The body of a command that needs --db: what it does with the database once the command line
    /// is parsed. Returns the exit status.
    using DatabaseBody = int (*)(const CommandLine& cli, const QString& database);
    /// parseWithDatabase(), then `body`: the status of whichever stops the command.
    int runWithDatabase(const QStringList& arguments, DatabaseBody body);
    /// parseWithDatabase(), then opens the database in `mode`: the database, or nullptr with
    /// `status` set (0 after --help, exitFailure when it could not be opened).
    std::unique_ptr<kinsight::core::Database> parseAndOpen(
        const QStringList& arguments, kinsight::core::OpenMode mode, int& status);
    /// An integer option with bounds; prints a usage error and returns nullopt when invalid.
    std::optional<int> intOption(const QString& name, int fallback, int min, int max, int& status) const;
    std::optional<double> realOption(const QString& name, double fallback, double min, double max, int& status) const;
    /// A choice option: the value of its text among `choices` (text, value), `fallback` when it
    /// is not given. Any other text is a usage error, `unknown(text)` or by default "--NAME must be
    /// one of A, B, not 'TEXT'", and nullopt with `status` set.
    template <typename T>
    std::optional<T> choice(const QString& name, T fallback, const std::vector<std::pair<QString, T>>& choices,
        int& status, const std::function<QString(const QString&)>& unknown = {}) const
    {
        if (!isSet(name))
            return fallback;
        const QString given = value(name);
        QStringList texts;
        for (const auto& [text, v] : choices) {
            if (text == given)
                return v;
            texts << text;
        }
        status = usageError(m_command,
            unknown ? unknown(given)
                    : QCoreApplication::translate("Cli", "--%1 must be one of %2, not '%3'")
                          .arg(name, texts.join(QStringLiteral(", ")), given));
        return std::nullopt;
    }
    /// choice() with the usage error `unknownRule` (a QT_TRANSLATE_NOOP("Cli", …), %1 the text).
    template <typename T>
    std::optional<T> choice(const QString& name, T fallback, const std::vector<std::pair<QString, T>>& choices,
        int& status, const char* unknownRule) const
    {
        return choice<T>(name, fallback, choices, status,
            [unknownRule](const QString& text) { return QCoreApplication::translate("Cli", unknownRule).arg(text); });
    }
    /// An option whose text a core parser reads (`parse(std::string_view)` returning an optional),
    /// stored in `target` when the option is given or has a default value. Text it cannot read is
    /// the usage error `rule` (a QT_TRANSLATE_NOOP("Cli", …) with %1 for the text): false with
    /// `status` set.
    template <typename T, typename Parse>
    bool parsedOption(const QString& name, Parse parse, const char* rule, T& target, int& status) const
    {
        const QString text = value(name);
        if (!isSet(name) && text.isEmpty())
            return true;
        const QByteArray utf8 = text.toUtf8();
        const auto parsed = parse(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
        if (!parsed) {
            status = usageError(m_command, QCoreApplication::translate("Cli", rule).arg(text));
            return false;
        }
        target = *parsed;
        return true;
    }
    /// Writes a table to stdout in the chosen --format.
    int print(const kinsight::core::Table& table) const;
    /// The whole of a command that reads the community and prints one table: adds --db and
    /// --format, parseAndLoad(), then prints table(community). Returns the exit status.
    int printCommunityTable(const QStringList& arguments,
        const std::function<kinsight::core::Table(const kinsight::core::Community&)>& table);
    const QString& command() const { return m_command; }

private:
    /// The --db value; on a missing value prints a usage error and returns nullopt.
    std::optional<QString> database(int& status) const;
    /// parse() then database(): the --db value, or nullopt with `status` set (0 after --help).
    std::optional<QString> parseWithDatabase(const QStringList& arguments, int& status);
    /// parseWithDatabase() then loadCommunityOrFail(): the community, or nullptr with `status`
    /// set (0 after --help, exitFailure when the database could not be loaded).
    kinsight::core::CommunityPtr parseAndLoad(const QStringList& arguments, int& status);
    QString m_command;
    QCommandLineParser m_parser;
    bool m_hasFormat = false;
};

/// Opens the database read-only and loads its snapshot. On failure prints the error and returns
/// nullptr.
kinsight::core::CommunityPtr loadCommunityOrFail(const QString& databasePath);
/// How commands load a community: through the persisted snapshot file, warnings on stderr.
kinsight::core::LoadOptions cliLoadOptions();

} // namespace kinsight::app
