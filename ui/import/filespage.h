#pragma once

#include <QWizardPage>

class QDragEnterEvent;
class QDropEvent;
class QPushButton;
class QTableWidget;

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

} // namespace kinsight::ui
