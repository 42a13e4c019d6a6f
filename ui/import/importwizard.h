#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWizard>

#include "ui/import/importplan.h"

namespace kinsight::ui {

class FilesPage;
class MappingPage;
class RunPage;

/// The import wizard (File ▸ Import…): choose CSV files, check the detected kind and encoding,
/// preview the first rows, map columns to the fields of the data contract (automatically by name
/// and by the usual Chinese headers, remembered per header set), then import them in one
/// transaction on a worker thread with progress and cancel. Errors are listed with file and line
/// and can be saved; on failure nothing is written unless the operator chose to skip invalid rows.
///
/// Usage from the window:
/// \code
///   auto* wizard = new ImportWizard(currentDatabasePath, this);
///   wizard->setAttribute(Qt::WA_DeleteOnClose);
///   connect(wizard, &ImportWizard::imported, this, &MainWindow::reloadDatabase);
///   wizard->open();
/// \endcode
/// The database file is created when missing. The wizard never touches the window's own
/// connection: the import opens its own one on the worker thread.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilesPageId, MappingPageId, RunPageId };

    explicit ImportWizard(const QString& databasePath, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Adds files (e.g. dropped on the window); each is previewed at once.
    void addFiles(const QStringList& paths);
    QString databasePath() const { return m_databasePath; }

    /// The files chosen so far, with their kind, encoding, preview and mapping.
    const QList<ImportFilePlan>& plans() const { return m_plans; }
    QList<ImportFilePlan>& plans() { return m_plans; }
    MappingMemory& mappingMemory() { return m_memory; }

    FilesPage* filesPage() const { return m_filesPage; }
    MappingPage* mappingPage() const { return m_mappingPage; }
    RunPage* runPage() const { return m_runPage; }

    /// Cancels a running import first (closing once it has rolled back).
    void reject() override;

Q_SIGNALS:
    /// After a successful import: the database changed, the dashboard should reload it.
    void imported();
    /// The set of files changed (added, removed, re-read).
    void plansChanged();

private:
    void onImportFinished(bool ok);

    QString m_databasePath;
    QList<ImportFilePlan> m_plans;
    MappingMemory m_memory;
    FilesPage* m_filesPage = nullptr;
    MappingPage* m_mappingPage = nullptr;
    RunPage* m_runPage = nullptr;
    bool m_closeWhenStopped = false;
};

} // namespace kinsight::ui
