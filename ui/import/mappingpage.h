#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QTableWidget;

namespace kinsight::ui {

class ImportWizard;

/// Page 2: the files in a list and, for the one chosen, the mapping of each column to a field and
/// a preview of the first rows.
class MappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit MappingPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    /// Shows file `index` (into the wizard's plans).
    void showFile(int index);
    int currentFile() const;
    /// Maps column `column` of file `file` to the field named `field` (empty: leave it out).
    bool setColumnField(int file, int column, const QString& field);

private:
    void rebuild();
    void updateProblems();
    void resetMapping();

    ImportWizard* m_wizard;
    QLabel* m_fileLabel;
    QListWidget* m_file; ///< the files, beside the matching of the one chosen
    QLabel* m_fileName;
    QLabel* m_info;
    QTableWidget* m_mapping;
    QTableWidget* m_preview;
    QLabel* m_problems;
};

} // namespace kinsight::ui
