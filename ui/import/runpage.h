#pragma once

#include <QWizardPage>

#include "ui/import/importjob.h"

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace kinsight::ui {

class ImportWizard;

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
