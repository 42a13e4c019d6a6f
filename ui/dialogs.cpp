#include "dialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMessageBox>
#include <QRegularExpression>

namespace kinsight::ui {

void askSaveFile(QWidget* parent, const QString& title, const QString& suggestedName, const QString& filters,
    std::function<void(const QString&)> then)
{
    auto* dialog = new QFileDialog(parent, title, suggestedName, filters);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->selectFile(suggestedName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog, [dialog, then = std::move(then)](const QString& path) {
        QString file = path;
        if (QFileInfo(file).suffix().isEmpty()) {
            // "PNG image (*.png)" → ".png"
            const QRegularExpressionMatch m
                = QRegularExpression(QStringLiteral("\\*(\\.[A-Za-z0-9]+)")).match(dialog->selectedNameFilter());
            if (m.hasMatch())
                file += m.captured(1);
        }
        then(file);
    });
    dialog->open();
}

void askOpenFiles(QWidget* parent, const QString& title, const QString& filters, bool multiple,
    std::function<void(const QStringList&)> then)
{
    auto* dialog = new QFileDialog(parent, title, QString(), filters);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(multiple ? QFileDialog::ExistingFiles : QFileDialog::ExistingFile);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::filesSelected, dialog, [then = std::move(then)](const QStringList& files) {
        if (!files.isEmpty())
            then(files);
    });
    dialog->open();
}

void askText(QWidget* parent, const QString& title, const QString& label, const QString& initial,
    std::function<void(const QString&)> then)
{
    auto* dialog = new QInputDialog(parent);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setTextValue(initial);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QInputDialog::textValueSelected, dialog, [then = std::move(then)](const QString& text) {
        if (!text.trimmed().isEmpty())
            then(text.trimmed());
    });
    dialog->open();
}

void showMessage(QWidget* parent, const QString& title, const QString& text, bool warning, const QString& details)
{
    auto* box = new QMessageBox(
        warning ? QMessageBox::Warning : QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box->setDetailedText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace kinsight::ui
