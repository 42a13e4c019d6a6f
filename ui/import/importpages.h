#pragma once

#include <QWizardPage>

#include "ui/import/importjob.h"

class QCheckBox;
class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace kinsight::ui {

class ImportWizard;

/// Page 1: the files, each with its kind and encoding (detected, shown, changeable).
class FilesPage : public QWizardPage {
    Q_OBJECT
public:
    explicit FilesPage(ImportWizard* wizard);
    bool isComplete() const override;
    void refresh();

protected:
    // Files dropped on the page are added like those chosen with Add files….
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void chooseFiles();
    void removeSelected();
    void setKind(int file, int kindIndex);
    void setEncoding(int file, int encodingIndex);

    ImportWizard* m_wizard;
    QTableWidget* m_table;
    QPushButton* m_remove;
};

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

/// Page 3: options, the run with progress and cancel, then the outcome: per-file counts, or the
/// errors with file and line (which can be saved).
class RunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit RunPage(ImportWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    void startImport();
    void cancelImport();
    bool isRunning() const { return m_job.isRunning(); }
    bool succeeded() const { return m_succeeded; }
    const core::ImportReport& report() const { return m_job.report(); }
    /// Writes the listed problems as CSV (file, line, column, problem), UTF-8 with a BOM so that
    /// spreadsheet programs read the Chinese text. Returns false when the file cannot be written.
    bool saveProblems(const QString& path) const;

Q_SIGNALS:
    void importFinished(bool ok);

private:
    void onFinished();
    void showReport();
    void chooseProblemsFile();
    void setRunning(bool running);

    ImportWizard* m_wizard;
    ImportJob m_job;
    bool m_succeeded = false;
    QLabel* m_summary;
    QCheckBox* m_skipInvalid;
    QPushButton* m_start;
    QPushButton* m_stop;
    QProgressBar* m_progress;
    QLabel* m_status;
    QTreeWidget* m_results;
    QTreeWidget* m_problems;
    QPushButton* m_saveProblems;
};

} // namespace kinsight::ui
