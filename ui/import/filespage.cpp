#include "filespage.h"

#include <algorithm>
#include <functional>

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "ui/import/importpagecommon.h"
#include "ui/import/importwizard.h"

namespace kinsight::ui {

using importpage::wrappedLabel;

FilesPage::FilesPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Choose the files to import"));
    setSubTitle(tr("CSV files of members, products, orders, events, ratings or interactions. Check what each file "
                   "holds and its text encoding."));

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("files"));
    m_table->setHorizontalHeaderLabels({ tr("File"), tr("Contents"), tr("Encoding"), tr("Status") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_table->setColumnWidth(1, 170);
    m_table->setColumnWidth(2, 230);

    auto* add = new QPushButton(tr("&Add files…"), this);
    add->setObjectName(QStringLiteral("addFiles"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeFiles"));
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &FilesPage::chooseFiles);
    connect(m_remove, &QPushButton::clicked, this, &FilesPage::removeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_remove->setEnabled(!m_table->selectionModel()->selectedRows().isEmpty()); });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    auto* hint = wrappedLabel(this);
    hint->setText(tr("Files are imported together in one step: members and products first, then the rows that refer "
                     "to them. If any row is invalid, nothing is imported unless you choose to skip invalid rows."));
    layout->addWidget(hint);

    connect(m_wizard, &ImportWizard::plansChanged, this, &FilesPage::refresh);
    setAcceptDrops(true);
}

void FilesPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void FilesPage::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        m_wizard->addFiles(paths);
        event->acceptProposedAction();
    }
}

bool FilesPage::isComplete() const
{
    const auto& plans = m_wizard->plans();
    if (plans.isEmpty())
        return false;
    for (const ImportFilePlan& p : plans) {
        if (!p.readable() || !p.kind)
            return false;
    }
    return true;
}

void FilesPage::refresh()
{
    const auto& plans = m_wizard->plans();
    m_table->setRowCount(static_cast<int>(plans.size()));
    for (int i = 0; i < plans.size(); ++i) {
        const ImportFilePlan& plan = plans[i];
        auto* name = new QTableWidgetItem(QFileInfo(plan.path).fileName());
        name->setToolTip(plan.path);
        m_table->setItem(i, 0, name);

        auto* kind = new QComboBox(m_table);
        kind->setObjectName(QStringLiteral("kind:%1").arg(i));
        if (!plan.kind)
            kind->addItem(tr("Choose…"), -1);
        for (int k = 0; k < core::fileKindCount; ++k)
            kind->addItem(kindLabel(static_cast<core::FileKind>(k)), k);
        kind->setCurrentIndex(kind->findData(plan.kind ? static_cast<int>(*plan.kind) : -1));
        connect(kind, &QComboBox::activated, this,
            [this, i, kind](int index) { setKind(i, kind->itemData(index).toInt()); });
        m_table->setCellWidget(i, 1, kind);

        auto* encoding = new QComboBox(m_table);
        encoding->setObjectName(QStringLiteral("encoding:%1").arg(i));
        encoding->addItem(plan.encoding == core::TextEncoding::Auto
                ? tr("Automatic (detected: %1)").arg(encodingLabel(plan.detected))
                : tr("Automatic"),
            static_cast<int>(core::TextEncoding::Auto));
        encoding->addItem(encodingLabel(core::TextEncoding::Utf8), static_cast<int>(core::TextEncoding::Utf8));
        encoding->addItem(encodingLabel(core::TextEncoding::Gb18030), static_cast<int>(core::TextEncoding::Gb18030));
        encoding->setCurrentIndex(encoding->findData(static_cast<int>(plan.encoding)));
        connect(encoding, &QComboBox::activated, this,
            [this, i, encoding](int index) { setEncoding(i, encoding->itemData(index).toInt()); });
        m_table->setCellWidget(i, 2, encoding);

        QString status;
        if (!plan.readable())
            status = plan.error;
        else if (!plan.kind)
            status = tr("Choose what the file holds.");
        else
            status = tr("%n column(s)", nullptr, static_cast<int>(plan.headers.size())) + QStringLiteral(" · ")
                + QLocale().formattedDataSize(plan.bytes);
        auto* statusItem = new QTableWidgetItem(status);
        statusItem->setToolTip(status);
        if (!plan.readable() || !plan.kind)
            statusItem->setForeground(QColor(0xb3, 0x26, 0x1e));
        m_table->setItem(i, 3, statusItem);
    }
    Q_EMIT completeChanged();
}

void FilesPage::chooseFiles()
{
    // Opened window-modal, without a nested event loop.
    auto* dialog = new QFileDialog(this, tr("Import files"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::filesSelected, m_wizard, &ImportWizard::addFiles);
    dialog->open();
}

void FilesPage::removeSelected()
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : rows)
        m_wizard->plans().removeAt(row);
    Q_EMIT m_wizard->plansChanged();
}

void FilesPage::setKind(int file, int kindIndex)
{
    ImportFilePlan& plan = m_wizard->plans()[file];
    plan.kind = kindIndex < 0 ? std::nullopt : std::optional(static_cast<core::FileKind>(kindIndex));
    mapColumns(plan, m_wizard->mappingMemory());
    Q_EMIT m_wizard->plansChanged();
}

void FilesPage::setEncoding(int file, int encodingIndex)
{
    ImportFilePlan& plan = m_wizard->plans()[file];
    const auto kind = plan.kind;
    plan = previewFile(plan.path, static_cast<core::TextEncoding>(encodingIndex));
    if (kind)
        plan.kind = kind;
    mapColumns(plan, m_wizard->mappingMemory());
    Q_EMIT m_wizard->plansChanged();
}

} // namespace kinsight::ui
