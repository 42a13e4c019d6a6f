#include "cli.h"

#include <iostream>
#include <sstream>

#include <QCoreApplication>

#include "core/store/snapshotloader.h"
#include "core/text/messagetext.h"

namespace kinsight::app {

int fail(const QString& message)
{
    std::cerr << "kinsight: " << message.toStdString() << std::endl;
    return exitFailure;
}

int fail(const core::Error& error)
{
    return fail(core::errorText(error));
}

void warn(const core::Error& warning)
{
    std::cerr << "kinsight: "
              << QCoreApplication::translate("Cli", "warning: %1").arg(core::errorText(warning)).toStdString()
              << std::endl;
}

int usageError(const QString& command, const QString& message)
{
    std::cerr << "kinsight " << command.toStdString() << ": " << message.toStdString() << "\n"
              << QCoreApplication::translate("Cli", "Try 'kinsight %1 --help'.").arg(command).toStdString()
              << std::endl;
    return exitUsage;
}

CommandLine::CommandLine(const QString& command, const QString& description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    // Read before the command runs (see main.cpp); declared here so every command accepts it.
    m_parser.addOption({ QStringLiteral("language"),
        QStringLiteral("Language of the messages, reasons and report text: en or zh_CN (default: from the "
                       "locale). CSV headers and enumerated values do not change."),
        QStringLiteral("LANG") });
}

void CommandLine::addDatabaseOption()
{
    m_parser.addOption({ QStringLiteral("db"),
        QStringLiteral("The community database: a file, or a PostgreSQL URI (postgresql://user@host/dbname)."),
        QStringLiteral("DB") });
}

void CommandLine::addFormatOption()
{
    m_hasFormat = true;
    m_parser.addOption({ QStringLiteral("format"), QStringLiteral("Output format: csv (default) or json."),
        QStringLiteral("FORMAT"), QStringLiteral("csv") });
}

void CommandLine::addDatabaseAndFormatOptions()
{
    addDatabaseOption();
    addFormatOption();
}

void CommandLine::addOptions(std::initializer_list<Option> options)
{
    for (const Option& option : options) {
        QCommandLineOption o(QString::fromUtf8(option.name), QString::fromUtf8(option.help));
        if (option.valueName)
            o.setValueName(QString::fromUtf8(option.valueName));
        if (option.fallback)
            o.setDefaultValue(QString::fromUtf8(option.fallback));
        m_parser.addOption(o);
    }
}

bool CommandLine::parse(const QStringList& arguments, int& status)
{
    QStringList all = arguments;
    all.prepend(QStringLiteral("kinsight ") + m_command);
    if (!m_parser.parse(all)) {
        status = usageError(m_command, m_parser.errorText());
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; the user typed `kinsight <command>`.
        QString help = m_parser.helpText();
        const QStringList appArguments = QCoreApplication::arguments();
        if (!appArguments.isEmpty())
            help.replace(
                QStringLiteral("Usage: ") + appArguments.first(), QStringLiteral("Usage: kinsight ") + m_command);
        std::cout << help.toStdString();
        status = exitSuccess;
        return false;
    }
    if (m_hasFormat) {
        const QString f = m_parser.value(QStringLiteral("format"));
        if (f != QLatin1String("csv") && f != QLatin1String("json")) {
            status
                = usageError(m_command, QCoreApplication::translate("Cli", "unknown format '%1' (csv or json)").arg(f));
            return false;
        }
    }
    return true;
}

std::optional<QString> CommandLine::required(const QString& name, const char* missingRule, int& status) const
{
    const QString text = m_parser.value(name);
    if (text.isEmpty()) {
        status = usageError(m_command, QCoreApplication::translate("Cli", missingRule));
        return std::nullopt;
    }
    return text;
}

std::optional<QString> CommandLine::database(int& status) const
{
    return required(QStringLiteral("db"), QT_TRANSLATE_NOOP("Cli", "--db DB is required"), status);
}

std::optional<QString> CommandLine::parseWithDatabase(const QStringList& arguments, int& status)
{
    if (!parse(arguments, status))
        return std::nullopt;
    return database(status);
}

namespace {

/// An option's value read by `read` (QString::toInt, toDouble) and checked against [min, max];
/// `rule` is the usage message's sentence (%1 name, %2 min, %3 max, %4 the value).
template <typename T, typename Read>
std::optional<T> boundedOption(const QCommandLineParser& parser, const QString& command, const QString& name,
    T fallback, T min, T max, const char* rule, Read read, int& status)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const T v = read(parser.value(name), &ok);
    if (!ok || v < min || v > max) {
        status = usageError(
            command, QCoreApplication::translate("Cli", rule).arg(name).arg(min).arg(max).arg(parser.value(name)));
        return std::nullopt;
    }
    return v;
}

} // namespace

std::optional<int> CommandLine::intOption(const QString& name, int fallback, int min, int max, int& status) const
{
    return boundedOption<int>(
        m_parser, m_command, name, fallback, min, max,
        QT_TRANSLATE_NOOP("Cli", "--%1 must be a whole number from %2 to %3, not '%4'"),
        [](const QString& text, bool* ok) { return text.toInt(ok); }, status);
}

std::optional<double> CommandLine::realOption(
    const QString& name, double fallback, double min, double max, int& status) const
{
    return boundedOption<double>(
        m_parser, m_command, name, fallback, min, max,
        QT_TRANSLATE_NOOP("Cli", "--%1 must be a number from %2 to %3, not '%4'"),
        [](const QString& text, bool* ok) { return text.toDouble(ok); }, status);
}

core::CommunityPtr CommandLine::parseAndLoad(const QStringList& arguments, int& status)
{
    const auto db = parseWithDatabase(arguments, status);
    if (!db)
        return nullptr;
    core::CommunityPtr community = loadCommunityOrFail(*db);
    if (!community)
        status = exitFailure;
    return community;
}

int CommandLine::runWithDatabase(const QStringList& arguments, DatabaseBody body)
{
    int status = exitSuccess;
    const auto db = parseWithDatabase(arguments, status);
    return db ? body(*this, *db) : status;
}

std::unique_ptr<core::Database> CommandLine::parseAndOpen(
    const QStringList& arguments, core::OpenMode mode, int& status)
{
    const auto db = parseWithDatabase(arguments, status);
    if (!db)
        return nullptr;
    auto opened = core::Database::open(db->toStdString(), mode);
    if (!opened) {
        status = fail(opened.failure());
        return nullptr;
    }
    return std::move(opened).value();
}

int CommandLine::printCommunityTable(
    const QStringList& arguments, const std::function<core::Table(const core::Community&)>& table)
{
    addDatabaseAndFormatOptions();
    int status = exitSuccess;
    const core::CommunityPtr community = parseAndLoad(arguments, status);
    if (!community)
        return status;
    return print(table(*community));
}

int CommandLine::print(const core::Table& table) const
{
    std::ostringstream buffer;
    if (m_hasFormat && m_parser.value(QStringLiteral("format")) == QLatin1String("json"))
        core::writeJson(table, buffer);
    else
        core::writeCsv(table, buffer);
    std::cout << buffer.str() << std::flush;
    return std::cout.good() ? exitSuccess : exitFailure;
}

core::LoadOptions cliLoadOptions()
{
    core::LoadOptions options;
    options.warning = [](const core::Error& warning) { warn(warning); };
    return options;
}

core::CommunityPtr loadCommunityOrFail(const QString& databasePath)
{
    auto loaded = core::loadCommunity(databasePath.toStdString(), {}, cliLoadOptions());
    if (!loaded.ok()) {
        fail(loaded.failure());
        return nullptr;
    }
    return std::move(loaded).value();
}

} // namespace kinsight::app
