#include "reportexportdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include "core/util/enumnames.h"
#include "resources/translations/translator.h"

namespace kinsight::ui {

namespace {

const QString group = QStringLiteral("reportExport");

/// The settings' words for the formats the dialog offers; anything else is PDF.
constexpr auto formatKeys = core::enumNames<ReportFormat>(
    { { ReportFormat::Pdf, "pdf" }, { ReportFormat::Html, "html" }, { ReportFormat::Xlsx, "xlsx" } });

QString formatKey(ReportFormat format)
{
    return QString::fromLatin1(formatKeys.nameOf(format, "pdf").data());
}

ReportFormat formatOfKey(const QString& key)
{
    return formatKeys.valueOf(key.toStdString()).value_or(ReportFormat::Pdf);
}

} // namespace

ReportExportChoices ReportExportChoices::load()
{
    QSettings s;
    s.beginGroup(group);
    ReportExportChoices c;
    c.format = formatOfKey(s.value(QStringLiteral("format")).toString());
    const QString language = s.value(QStringLiteral("language")).toString();
    c.language = language.isEmpty() ? QString() : canonicalReportLanguage(language);
    if (s.contains(QStringLiteral("sections"))) {
        const auto sections = core::parseReportSections(s.value(QStringLiteral("sections")).toString().toStdString());
        if (sections)
            c.sections = *sections;
    }
    c.personalData = s.value(QStringLiteral("personalData"), false).toBool();
    c.openWhenDone = s.value(QStringLiteral("openWhenDone"), false).toBool();
    return c;
}

void ReportExportChoices::save() const
{
    QSettings s;
    s.beginGroup(group);
    s.setValue(QStringLiteral("format"), formatKey(format));
    s.setValue(QStringLiteral("language"), language);
    s.setValue(QStringLiteral("sections"), QString::fromStdString(core::reportSectionList(sections)));
    s.setValue(QStringLiteral("personalData"), personalData);
    s.setValue(QStringLiteral("openWhenDone"), openWhenDone);
}

QString ReportExportChoices::reportLanguage() const
{
    QString l = canonicalReportLanguage(language.isEmpty() ? interfaceLocale().name() : language);
    return l.isEmpty() ? QStringLiteral("en") : l;
}

QString ReportExportChoices::suffix() const
{
    return formatKey(format);
}

QString ReportExportDialog::sectionTitle(core::ReportSectionKind kind)
{
    switch (kind) {
    case core::ReportSectionKind::Summary:
        return tr("Summary (today's list, key figures, what changed)");
    case core::ReportSectionKind::Overview:
        return tr("Overview");
    case core::ReportSectionKind::Members:
        return tr("Members");
    case core::ReportSectionKind::Network:
        return tr("Network");
    case core::ReportSectionKind::Retention:
        return tr("Retention");
    case core::ReportSectionKind::Conversion:
        return tr("Conversion");
    case core::ReportSectionKind::Pricing:
        return tr("Pricing");
    case core::ReportSectionKind::Recommendations:
        return tr("Recommendations");
    }
    return {};
}

ReportExportDialog::ReportExportDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export report"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout();
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF document"), static_cast<int>(ReportFormat::Pdf));
    m_format->addItem(tr("Web page (HTML)"), static_cast<int>(ReportFormat::Html));
    m_format->addItem(tr("Excel workbook"), static_cast<int>(ReportFormat::Xlsx));
    form->addRow(tr("&Format:"), m_format);

    m_language = new QComboBox(this);
    QString current;
    const QString interface = canonicalReportLanguage(interfaceLocale().name());
    for (const InterfaceLanguage& l : availableLanguages()) {
        if (l.code == interface)
            current = l.nativeName;
    }
    m_language->addItem(
        current.isEmpty() ? tr("Interface language") : tr("Interface language (%1)").arg(current), QString());
    // Languages by their own names, whatever the interface's language (as View › Language).
    for (const InterfaceLanguage& l : availableLanguages())
        m_language->addItem(l.nativeName, l.code);
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);

    auto* sections = new QGroupBox(tr("Sections"), this);
    auto* grid = new QGridLayout(sections);
    for (int k = 0; k < core::reportSectionCount; ++k) {
        const auto kind = static_cast<core::ReportSectionKind>(k);
        auto* box = new QCheckBox(sectionTitle(kind), sections);
        box->setObjectName(QString::fromLatin1(
            core::reportSectionKey(kind).data(), static_cast<qsizetype>(core::reportSectionKey(kind).size())));
        m_sections[static_cast<size_t>(k)] = box;
        // The summary across the top, the seven pages of the window in two columns below it.
        if (k == 0)
            grid->addWidget(box, 0, 0, 1, 2);
        else
            grid->addWidget(box, 1 + (k - 1) % 4, (k - 1) / 4);
        connect(box, &QCheckBox::toggled, this, &ReportExportDialog::updateOk);
    }
    layout->addWidget(sections);

    m_personal = new QCheckBox(tr("Include &personal data (names, emails, phones)"), this);
    layout->addWidget(m_personal);
    auto* hint
        = new QLabel(tr("Off: members appear under pseudonyms, the same in every report of this database."), this);
    hint->setObjectName(QStringLiteral("note"));
    hint->setWordWrap(true);
    hint->setContentsMargins(22, 0, 0, 0);
    layout->addWidget(hint);
    m_open = new QCheckBox(tr("&Open the report when it is written"), this);
    layout->addWidget(m_open);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Choose file…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ReportExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ReportExportDialog::reject);
    layout->addWidget(buttons);

    setChoices(ReportExportChoices::load());
}

ReportExportChoices ReportExportDialog::choices() const
{
    ReportExportChoices c;
    c.format = static_cast<ReportFormat>(m_format->currentData().toInt());
    c.language = m_language->currentData().toString();
    c.sections = 0;
    for (int k = 0; k < core::reportSectionCount; ++k) {
        if (m_sections[static_cast<size_t>(k)]->isChecked())
            c.sections = static_cast<core::ReportSections>(
                c.sections | core::reportSectionBit(static_cast<core::ReportSectionKind>(k)));
    }
    c.personalData = m_personal->isChecked();
    c.openWhenDone = m_open->isChecked();
    return c;
}

void ReportExportDialog::setChoices(const ReportExportChoices& c)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(static_cast<int>(c.format))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(c.language)));
    for (int k = 0; k < core::reportSectionCount; ++k)
        m_sections[static_cast<size_t>(k)]->setChecked(
            (c.sections & core::reportSectionBit(static_cast<core::ReportSectionKind>(k))) != 0);
    m_personal->setChecked(c.personalData);
    m_open->setChecked(c.openWhenDone);
    updateOk();
}

void ReportExportDialog::updateOk()
{
    // A report of no section is no report.
    bool any = false;
    for (const QCheckBox* box : m_sections)
        any = any || (box && box->isChecked());
    if (m_ok)
        m_ok->setEnabled(any);
}

void ReportExportDialog::accept()
{
    if (choices().sections == 0)
        return;
    choices().save();
    QDialog::accept();
}

} // namespace kinsight::ui
