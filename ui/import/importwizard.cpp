#include "importwizard.h"

#include <QPushButton>

#include "ui/import/filespage.h"
#include "ui/import/mappingpage.h"
#include "ui/import/runpage.h"

namespace kinsight::ui {

ImportWizard::ImportWizard(const QString& databasePath, QWidget* parent)
    : QWizard(parent)
    , m_databasePath(databasePath)
{
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_filesPage = new FilesPage(this);
    m_mappingPage = new MappingPage(this);
    m_runPage = new RunPage(this);
    setPage(FilesPageId, m_filesPage);
    setPage(MappingPageId, m_mappingPage);
    setPage(RunPageId, m_runPage);
    setStartId(FilesPageId);
    connect(m_runPage, &RunPage::importFinished, this, &ImportWizard::onImportFinished);
    resize(960, 680);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        bool known = false;
        for (const ImportFilePlan& p : m_plans)
            known = known || p.path == path;
        if (known)
            continue;
        ImportFilePlan plan = previewFile(path);
        mapColumns(plan, m_memory);
        m_plans << std::move(plan);
    }
    Q_EMIT plansChanged();
}

void ImportWizard::reject()
{
    if (m_runPage->isRunning()) {
        m_closeWhenStopped = true;
        m_runPage->cancelImport();
        return;
    }
    QWizard::reject();
}

void ImportWizard::onImportFinished(bool ok)
{
    if (ok) {
        // The operator confirmed these mappings by importing with them.
        for (const ImportFilePlan& plan : m_plans) {
            if (plan.kind)
                m_memory.remember(*plan.kind, plan.headers, plan.fieldOfColumn);
        }
        Q_EMIT imported();
    }
    if (m_closeWhenStopped) {
        m_closeWhenStopped = false;
        QWizard::reject();
    }
}

} // namespace kinsight::ui
