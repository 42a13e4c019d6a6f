#include "importplan.h"

#include <algorithm>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QVariantMap>

#include "core/import/csvreader.h"
#include "core/import/recordsource.h"
#include "core/text/messagetext.h"

namespace kinsight::ui {

namespace {

QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string normalised(const QString& header)
{
    const QByteArray utf8 = header.trimmed().toUtf8();
    return core::normaliseHeader(std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
}

} // namespace

ImportFilePlan previewFile(const QString& path, core::TextEncoding encoding, int maxRows)
{
    ImportFilePlan plan;
    plan.path = path;
    plan.encoding = encoding;
    plan.bytes = QFileInfo(path).size();
    const std::string local = QFile::encodeName(path).toStdString();
    plan.kind = core::fileKindFromPath(local);

    // Delimited text (delimiter detected) or an XLSX workbook's first sheet.
    auto opened = core::openRecordSource(local, encoding, core::Delimiter::Auto, {});
    if (!opened) {
        // "orders.csv: 不是 XLSX 工作簿…": the file's name and the problem, in the interface language.
        plan.error = opened.failure().reason.code.empty()
            ? fromUtf8(opened.error())
            : core::locatedText(QFileInfo(path).fileName().toStdString(), 0, {}, opened.failure().reason);
        return plan;
    }
    core::RecordSource& reader = **opened;
    plan.detected = reader.encoding();
    plan.delimiter = reader.delimiter();
    std::vector<std::string> fields;
    const auto first = reader.next(fields);
    if (first == core::CsvReader::Next::Failed) {
        plan.error = fromUtf8(reader.fatalError());
        return plan;
    }
    if (first == core::CsvReader::Next::End) {
        plan.error
            = QCoreApplication::translate("kinsight::ui::ImportPlan", "The file is empty: it has no header row.");
        return plan;
    }
    if (!reader.recordProblem().empty()) {
        plan.error = QCoreApplication::translate("kinsight::ui::ImportPlan", "The header row cannot be read: %1")
                         .arg(fromUtf8(reader.recordProblem()));
        return plan;
    }
    for (const std::string& f : fields)
        plan.headers << fromUtf8(f).trimmed();
    while (plan.rows.size() <= maxRows) {
        const auto next = reader.next(fields);
        if (next != core::CsvReader::Next::Record)
            break;
        if (plan.rows.size() == maxRows) {
            plan.moreRows = true;
            break;
        }
        QStringList row;
        for (const std::string& f : fields)
            row << fromUtf8(f);
        plan.rows << row;
    }
    return plan;
}

std::vector<int> autoMapColumns(core::FileKind kind, const QStringList& headers)
{
    const size_t fieldCount = core::fieldsOf(kind).size();
    std::vector<bool> taken(fieldCount, false);
    std::vector<int> map(static_cast<size_t>(headers.size()), -1);
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const QByteArray utf8 = headers[c].toUtf8();
        const int field
            = core::fieldForHeader(kind, std::string_view(utf8.constData(), static_cast<size_t>(utf8.size())));
        if (field >= 0 && !taken[static_cast<size_t>(field)]) {
            taken[static_cast<size_t>(field)] = true;
            map[static_cast<size_t>(c)] = field;
        }
    }
    return map;
}

namespace {

/// The names of the plan's fields (in the kind's order) for which `pick(f, field)` holds; none
/// when the plan has no kind.
template <typename Pick> QStringList fieldNamesWhere(const ImportFilePlan& plan, Pick pick)
{
    QStringList names;
    if (!plan.kind)
        return names;
    const auto fields = core::fieldsOf(*plan.kind);
    for (size_t f = 0; f < fields.size(); ++f) {
        if (pick(static_cast<int>(f), fields[f]))
            names << QString::fromUtf8(fields[f].name.data(), static_cast<qsizetype>(fields[f].name.size()));
    }
    return names;
}

} // namespace

QStringList missingRequiredFields(const ImportFilePlan& plan)
{
    const auto& columns = plan.fieldOfColumn;
    QStringList missing = fieldNamesWhere(plan, [&](int f, const auto& field) {
        return field.required && std::find(columns.begin(), columns.end(), f) == columns.end();
    });
    if (plan.kind && *plan.kind == core::FileKind::Orders && !core::ordersHaveAmount(plan.fieldOfColumn))
        missing << QStringLiteral("amount");
    return missing;
}

QStringList fieldsGivenTwice(const ImportFilePlan& plan)
{
    const auto& columns = plan.fieldOfColumn;
    return fieldNamesWhere(plan, [&](int f, const auto&) { return std::count(columns.begin(), columns.end(), f) > 1; });
}

bool isPlanReady(const ImportFilePlan& plan)
{
    return plan.readable() && plan.kind && plan.fieldOfColumn.size() == static_cast<size_t>(plan.headers.size())
        && missingRequiredFields(plan).isEmpty() && fieldsGivenTwice(plan).isEmpty();
}

core::ImportOptions importOptionsFor(const QList<ImportFilePlan>& plans, bool skipInvalid)
{
    core::ImportOptions options;
    options.skipInvalid = skipInvalid;
    for (const ImportFilePlan& plan : plans) {
        core::FileImportSettings settings;
        settings.kind = plan.kind;
        // Import with what the preview showed, so that the operator's check of the text holds.
        settings.encoding = plan.encoding == core::TextEncoding::Auto ? plan.detected : plan.encoding;
        settings.delimiter = plan.delimiter;
        if (plan.kind) {
            const auto fields = core::fieldsOf(*plan.kind);
            for (size_t c = 0; c < plan.fieldOfColumn.size() && c < static_cast<size_t>(plan.headers.size()); ++c) {
                const int f = plan.fieldOfColumn[c];
                settings.columnMap.emplace_back(plan.headers[static_cast<qsizetype>(c)].toStdString(),
                    f < 0 ? std::string() : std::string(fields[static_cast<size_t>(f)].name));
            }
        }
        options.perFile.push_back(std::move(settings));
    }
    return options;
}

std::vector<std::string> importPathsFor(const QList<ImportFilePlan>& plans)
{
    std::vector<std::string> paths;
    for (const ImportFilePlan& plan : plans)
        paths.push_back(QFile::encodeName(plan.path).toStdString());
    return paths;
}

MappingMemory::MappingMemory(QSettings* settings)
    : m_settings(settings)
{ }

QString MappingMemory::keyFor(core::FileKind kind, const QStringList& headers)
{
    std::vector<std::string> names;
    for (const QString& h : headers)
        names.push_back(normalised(h));
    std::sort(names.begin(), names.end());
    QCryptographicHash hash(QCryptographicHash::Sha1);
    for (const std::string& n : names) {
        hash.addData(QByteArrayView(n.data(), static_cast<qsizetype>(n.size())));
        hash.addData(QByteArrayView("\x1f", 1));
    }
    const std::string_view kindName = core::toString(kind);
    return QStringLiteral("importMappings/")
        + QString::fromLatin1(kindName.data(), static_cast<qsizetype>(kindName.size())) + QLatin1Char('-')
        + QString::fromLatin1(hash.result().toHex());
}

std::optional<std::vector<int>> MappingMemory::recall(core::FileKind kind, const QStringList& headers) const
{
    QSettings fallback;
    QSettings& settings = m_settings ? *m_settings : fallback;
    const QVariant stored = settings.value(keyFor(kind, headers));
    if (!stored.isValid())
        return std::nullopt;
    const QVariantMap byHeader = stored.toMap();
    const auto fields = core::fieldsOf(kind);
    std::vector<int> map(static_cast<size_t>(headers.size()), -1);
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const auto it = byHeader.constFind(QString::fromStdString(normalised(headers[c])));
        if (it == byHeader.constEnd())
            return std::nullopt; // not the header set it was stored for
        const QByteArray field = it->toString().toUtf8();
        for (size_t f = 0; f < fields.size(); ++f) {
            if (fields[f].name == std::string_view(field.constData(), static_cast<size_t>(field.size())))
                map[static_cast<size_t>(c)] = static_cast<int>(f);
        }
    }
    return map;
}

void MappingMemory::remember(core::FileKind kind, const QStringList& headers, const std::vector<int>& fieldOfColumn)
{
    QSettings fallback;
    QSettings& settings = m_settings ? *m_settings : fallback;
    const auto fields = core::fieldsOf(kind);
    QVariantMap byHeader;
    for (qsizetype c = 0; c < headers.size(); ++c) {
        const int f = static_cast<size_t>(c) < fieldOfColumn.size() ? fieldOfColumn[static_cast<size_t>(c)] : -1;
        byHeader.insert(QString::fromStdString(normalised(headers[c])),
            f < 0 ? QString()
                  : QString::fromLatin1(fields[static_cast<size_t>(f)].name.data(),
                      static_cast<qsizetype>(fields[static_cast<size_t>(f)].name.size())));
    }
    settings.setValue(keyFor(kind, headers), byHeader);
}

void mapColumns(ImportFilePlan& plan, const MappingMemory& memory)
{
    plan.fieldOfColumn.assign(static_cast<size_t>(plan.headers.size()), -1);
    if (!plan.kind || !plan.readable())
        return;
    if (auto remembered = memory.recall(*plan.kind, plan.headers))
        plan.fieldOfColumn = std::move(*remembered);
    else
        plan.fieldOfColumn = autoMapColumns(*plan.kind, plan.headers);
}

QString kindLabel(core::FileKind kind)
{
    switch (kind) {
    case core::FileKind::Members:
        return QCoreApplication::translate("kinsight::ui::ImportPlan", "Members");
    case core::FileKind::Products:
        return QCoreApplication::translate("kinsight::ui::ImportPlan", "Products");
    case core::FileKind::Orders:
        return QCoreApplication::translate("kinsight::ui::ImportPlan", "Orders");
    case core::FileKind::Events:
        return QCoreApplication::translate("kinsight::ui::ImportPlan", "Events");
    case core::FileKind::Ratings:
        return QCoreApplication::translate("kinsight::ui::ImportPlan", "Ratings");
    case core::FileKind::Interactions:
        return QCoreApplication::translate("kinsight::ui::ImportPlan", "Interactions");
    }
    return {};
}

QString fieldLabel(std::string_view field)
{
    struct Label {
        std::string_view field;
        const char* text;
    };
    // QT_TRANSLATE_NOOP marks the texts for lupdate; they are translated when shown.
    static const Label labels[] = {
        { "member_id", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Member ID") },
        { "joined_at", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Joined at") },
        { "name", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Name") },
        { "email", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Email") },
        { "phone", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Phone") },
        { "channel", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Channel") },
        { "city", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "City") },
        { "referrer_id", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Referrer ID") },
        { "product_id", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Product ID") },
        { "title", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Title") },
        { "kind", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Product type") },
        { "tier", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Price tier") },
        { "list_price", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "List price") },
        { "description", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Description") },
        { "tags", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Tags") },
        { "created_at", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Created at") },
        { "order_id", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Order ID") },
        { "paid_at", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Paid at") },
        { "amount", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Amount paid") },
        { "currency", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Currency") },
        { "type", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Type") },
        { "plan", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Billing plan") },
        { "status", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Order status") },
        { "coupon", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Coupon") },
        { "occurred_at", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Occurred at") },
        { "value", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Value") },
        { "rating", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Rating") },
        { "rated_at", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Rated at") },
        { "review", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Review") },
        { "from_member_id", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "From member ID") },
        { "to_member_id", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "To member ID") },
        { "weight", QT_TRANSLATE_NOOP("kinsight::ui::ImportFields", "Weight") },
    };
    for (const Label& l : labels) {
        if (l.field == field)
            return QCoreApplication::translate("kinsight::ui::ImportFields", l.text);
    }
    return QString::fromUtf8(field.data(), static_cast<qsizetype>(field.size()));
}

QString encodingLabel(core::TextEncoding encoding)
{
    switch (encoding) {
    case core::TextEncoding::Auto:
        return QCoreApplication::translate("kinsight::ui::ImportPlan", "Automatic");
    case core::TextEncoding::Utf8:
        return QStringLiteral("UTF-8");
    case core::TextEncoding::Gb18030:
        return QStringLiteral("GB18030");
    case core::TextEncoding::Utf16:
        return QStringLiteral("UTF-16");
    case core::TextEncoding::Windows1252:
        return QStringLiteral("Windows-1252");
    }
    return {};
}

} // namespace kinsight::ui
