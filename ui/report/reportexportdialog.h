#pragma once

#include <array>

#include <QDialog>
#include <QString>

#include "core/report/reportbuilder.h"
#include "ui/report/reportwriters.h"

class QCheckBox;
class QComboBox;
class QPushButton;

namespace kinsight::ui {

/// What File › Export report… asks before the file name; remembered in the settings (group
/// `reportExport`).
struct ReportExportChoices {
    ReportFormat format = ReportFormat::Pdf; ///< Pdf, Html or Xlsx
    /// Empty: the interface's language at the time of the export; else `en` or `zh_CN`.
    QString language;
    core::ReportSections sections = core::allReportSections;
    /// Names, emails and phones; off: members under their pseudonyms.
    bool personalData = false;
    bool openWhenDone = false;

    /// The choices saved last (defaults when none are, or a saved value is not understood).
    static ReportExportChoices load();
    void save() const;
    /// `en` or `zh_CN`: the language itself, or the interface's.
    QString reportLanguage() const;
    /// The file suffix of the format, without the dot.
    QString suffix() const;

    bool operator==(const ReportExportChoices& other) const = default;
};

/// The small dialog before the file name: format, language, sections, personal data, open when
/// done. Shows the saved choices; accepting saves the new ones. Window-modal through open().
class ReportExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportExportDialog(QWidget* parent = nullptr);

    ReportExportChoices choices() const;
    void setChoices(const ReportExportChoices& choices);

    QComboBox* formatBox() const { return m_format; }
    QComboBox* languageBox() const { return m_language; }
    QCheckBox* sectionBox(core::ReportSectionKind kind) const { return m_sections[static_cast<size_t>(kind)]; }
    QCheckBox* personalDataBox() const { return m_personal; }
    QCheckBox* openWhenDoneBox() const { return m_open; }

    /// The section's name in the interface's language.
    static QString sectionTitle(core::ReportSectionKind kind);

public Q_SLOTS:
    void accept() override;

private:
    void updateOk();

    QComboBox* m_format;
    QComboBox* m_language;
    std::array<QCheckBox*, core::reportSectionCount> m_sections {};
    QCheckBox* m_personal;
    QCheckBox* m_open;
    QPushButton* m_ok = nullptr;
};

} // namespace kinsight::ui
