// kinsight actions --db DB [--as-of DATE] [--format csv|json]
// Prints action, member_id, name, value, reason (contract §3): the five lists of contract §2
// "Actions", in the contract's order, each by value descending, then member id.

#include "core/actions/actions.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

#include "app/cli.h"
#include "app/command.h"
#include "core/analysis/thresholds.h"
#include "core/text/reasontext.h"

namespace kinsight::app {

namespace {

/// `YYYY-MM-DD` as a day number; nullopt when it is not a real date in that form.
std::optional<core::Day> parseDay(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!form.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return core::daysFromCivil(date.year(), static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

core::Cell valueCell(core::ActionKind kind, const core::ActionItem& item)
{
    switch (core::actionValueKind(kind)) {
    case core::ActionValueKind::Money:
        return core::MoneyCell { item.value };
    case core::ActionValueKind::Score:
        return item.score;
    case core::ActionValueKind::Days:
        break;
    }
    return item.value;
}

int printActions(const CommandLine& cli, const QString& db)
{
    std::optional<core::Day> asOf;
    if (cli.isSet(QStringLiteral("as-of"))) {
        asOf = parseDay(cli.value(QStringLiteral("as-of")));
        if (!asOf)
            return usageError(cli.command(),
                QCoreApplication::translate("Cli", "--as-of takes a date as YYYY-MM-DD, not '%1'")
                    .arg(cli.value(QStringLiteral("as-of"))));
    }

    const core::CommunityPtr community = loadCommunityOrFail(db);
    if (!community)
        return exitFailure;
    const auto lists = core::computeActions(*community, core::actionOptions(core::Thresholds {}, asOf));
    if (!lists)
        return fail(lists.failure());

    core::Table table;
    table.columns = { "action", "member_id", "name", "value", "reason" };
    for (const core::ActionList& list : lists->lists) {
        for (const core::ActionItem& item : list.items) {
            table.rows.push_back(
                { std::string(core::actionName(list.kind)), std::string(community->members.ids.view(item.member)),
                    std::string(community->members.names.view(item.member)), valueCell(list.kind, item),
                    core::reasonText(item.reason).toStdString() });
        }
    }
    return cli.print(table);
}

int runActions(CommandLine& cli, const QStringList& arguments)
{
    cli.addDatabaseAndFormatOptions();
    cli.addOptions({ { "as-of",
        "The day to make the lists for, YYYY-MM-DD in the community time zone (default: the day of the end of the "
        "data).",
        "DATE" } });
    return cli.runWithDatabase(arguments, printActions);
}

} // namespace

KINSIGHT_COMMAND("actions", "What to do today: the members to contact, with reasons", Needs::Core, runActions,
    "What to do today: members whose trial has not converted, paying members at risk, renewals due, new members not "
    "yet active and quiet opinion leaders (docs/actions.md).");

} // namespace kinsight::app
