#include "importpages.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include "core/text/messagetext.h"
#include "core/text/reasontext.h"
#include "ui/import/importwizard.h"

namespace kinsight::ui {

namespace {

constexpr int previewColumnsInMapping = 3; // example values shown beside each column

QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

QString fieldName(core::FileKind kind, int field)
{
    const auto fields = core::fieldsOf(kind);
    if (field < 0 || static_cast<size_t>(field) >= fields.size())
        return {};
    return QString::fromLatin1(fields[static_cast<size_t>(field)].name.data(),
        static_cast<qsizetype>(fields[static_cast<size_t>(field)].name.size()));
}

// "Member ID (member_id)": the contract name stays visible, since the documentation and the
// command line use it.
QString fieldText(core::FileKind kind, int field)
{
    const auto fields = core::fieldsOf(kind);
    const auto& spec = fields[static_cast<size_t>(field)];
    QString text = fieldLabel(spec.name) + QStringLiteral(" (") + fieldName(kind, field) + QLatin1Char(')');
    if (spec.required)
        text += QStringLiteral(" *");
    return text;
}

QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void markProblem(QLabel* label)
{
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
}

} // namespace

// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------

MappingPage::MappingPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Each column of the file is matched to a field by its name, including the usual Chinese headers. "
                   "Check the preview and change any match; fields marked * are required."));

    // The files in a list beside the matching, one file's columns at a time: every file is in
    // sight, and the one chosen has the page's height for its columns.
    m_fileLabel = new QLabel(tr("&Files:"), this);
    m_file = new QListWidget(this);
    m_file->setObjectName(QStringLiteral("mappingFile"));
    m_file->setSelectionMode(QAbstractItemView::SingleSelection);
    m_file->setTextElideMode(Qt::ElideMiddle);
    m_file->setMinimumWidth(160);
    m_file->setMaximumWidth(240);
    m_fileLabel->setBuddy(m_file);
    connect(m_file, &QListWidget::currentRowChanged, this, &MappingPage::showFile);
    auto* reset = new QPushButton(tr("Match &automatically"), this);
    reset->setObjectName(QStringLiteral("autoMap"));
    connect(reset, &QPushButton::clicked, this, &MappingPage::resetMapping);
    auto* top = new QHBoxLayout;
    m_fileName = new QLabel(this);
    m_fileName->setObjectName(QStringLiteral("sectionHeading"));
    top->addWidget(m_fileName, 1);
    top->addWidget(reset);

    m_info = wrappedLabel(this);
    m_info->setObjectName(QStringLiteral("fileInfo"));

    m_mapping = new QTableWidget(0, 3, this);
    m_mapping->setObjectName(QStringLiteral("mapping"));
    m_mapping->setHorizontalHeaderLabels({ tr("Column in the file"), tr("First values"), tr("Imported as") });
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->setSelectionMode(QAbstractItemView::NoSelection);
    m_mapping->verticalHeader()->setVisible(false);
    m_mapping->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_mapping->setColumnWidth(0, 180);
    m_mapping->setColumnWidth(2, 300);

    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);

    m_problems = wrappedLabel(this);
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    markProblem(m_problems);

    auto* files = new QVBoxLayout;
    files->setContentsMargins(0, 0, 0, 0);
    files->addWidget(m_fileLabel);
    files->addWidget(m_file, 1);
    auto* file = new QVBoxLayout;
    file->setContentsMargins(0, 0, 0, 0);
    file->addLayout(top);
    file->addWidget(m_info);
    file->addWidget(m_mapping, 3);
    auto* previewLabel = new QLabel(tr("Preview of the first rows:"), this);
    file->addWidget(previewLabel);
    file->addWidget(m_preview, 2);
    auto* columns = new QHBoxLayout;
    columns->addLayout(files);
    columns->addLayout(file, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_problems);
}

void MappingPage::initializePage()
{
    const int current = std::max(0, m_file->currentRow());
    {
        const QSignalBlocker block(m_file);
        m_file->clear();
        for (const ImportFilePlan& plan : m_wizard->plans()) {
            auto* item = new QListWidgetItem(m_file);
            item->setToolTip(plan.path);
            // Two lines (the name, then its kind and state) of the tallest script shown.
            item->setSizeHint(QSize(0, 2 * m_file->fontMetrics().boundingRect(QStringLiteral("会Ag")).height() + 12));
        }
        m_file->setCurrentRow(std::min(current, static_cast<int>(m_file->count()) - 1));
    }
    // One file: nothing to choose between.
    m_fileLabel->setVisible(m_file->count() > 1);
    m_file->setVisible(m_file->count() > 1);
    rebuild();
}

bool MappingPage::isComplete() const
{
    const auto& plans = m_wizard->plans();
    if (plans.isEmpty())
        return false;
    for (const ImportFilePlan& p : plans) {
        if (!isPlanReady(p))
            return false;
    }
    return true;
}

int MappingPage::currentFile() const
{
    return m_file->currentRow();
}

void MappingPage::showFile(int index)
{
    if (index != m_file->currentRow()) {
        m_file->setCurrentRow(index);
        return; // currentRowChanged comes back here
    }
    rebuild();
}

bool MappingPage::setColumnField(int file, int column, const QString& field)
{
    if (file < 0 || file >= m_wizard->plans().size())
        return false;
    ImportFilePlan& plan = m_wizard->plans()[file];
    if (!plan.kind || column < 0 || column >= plan.headers.size())
        return false;
    int index = -1;
    const auto fields = core::fieldsOf(*plan.kind);
    for (size_t f = 0; f < fields.size(); ++f) {
        if (fieldName(*plan.kind, static_cast<int>(f)) == field)
            index = static_cast<int>(f);
    }
    if (index < 0 && !field.isEmpty())
        return false;
    plan.fieldOfColumn[static_cast<size_t>(column)] = index;
    if (file == currentFile())
        rebuild();
    else
        updateProblems();
    return true;
}

void MappingPage::resetMapping()
{
    const int file = currentFile();
    if (file < 0)
        return;
    ImportFilePlan& plan = m_wizard->plans()[file];
    if (plan.kind)
        plan.fieldOfColumn = autoMapColumns(*plan.kind, plan.headers);
    rebuild();
}

void MappingPage::rebuild()
{
    const int file = currentFile();
    m_mapping->setRowCount(0);
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    if (file < 0 || file >= m_wizard->plans().size()) {
        updateProblems();
        return;
    }
    const ImportFilePlan& plan = m_wizard->plans()[file];
    m_fileName->setText(
        QFileInfo(plan.path).fileName() + (plan.kind ? QStringLiteral(" — ") + kindLabel(*plan.kind) : QString()));
    const QString encoding = plan.encoding == core::TextEncoding::Auto
        ? tr("%1 (detected)").arg(encodingLabel(plan.detected))
        : tr("%1 (chosen)").arg(encodingLabel(plan.encoding));
    m_info->setText(tr("Encoding: %1 · %n column(s)", nullptr, static_cast<int>(plan.headers.size())).arg(encoding)
        + QStringLiteral(" · ")
        + (plan.moreRows ? tr("first %n row(s) shown", nullptr, static_cast<int>(plan.rows.size()))
                         : tr("%n row(s)", nullptr, static_cast<int>(plan.rows.size()))));
    if (!plan.kind)
        return;

    const auto fields = core::fieldsOf(*plan.kind);
    m_mapping->setRowCount(static_cast<int>(plan.headers.size()));
    for (int c = 0; c < plan.headers.size(); ++c) {
        m_mapping->setItem(c, 0, new QTableWidgetItem(plan.headers[c]));
        QStringList examples;
        for (int r = 0; r < plan.rows.size() && examples.size() < previewColumnsInMapping; ++r) {
            if (c < plan.rows[r].size() && !plan.rows[r][c].isEmpty())
                examples << plan.rows[r][c].simplified();
        }
        auto* example = new QTableWidgetItem(examples.join(QStringLiteral(" · ")));
        example->setForeground(palette().color(QPalette::PlaceholderText));
        m_mapping->setItem(c, 1, example);

        auto* combo = new QComboBox(m_mapping);
        combo->setObjectName(QStringLiteral("field:%1").arg(c));
        combo->addItem(tr("(not imported)"), QString());
        for (size_t f = 0; f < fields.size(); ++f)
            combo->addItem(fieldText(*plan.kind, static_cast<int>(f)), fieldName(*plan.kind, static_cast<int>(f)));
        combo->setCurrentIndex(combo->findData(fieldName(*plan.kind, plan.fieldOfColumn[static_cast<size_t>(c)])));
        connect(combo, &QComboBox::activated, this,
            [this, file, c, combo](int index) { setColumnField(file, c, combo->itemData(index).toString()); });
        m_mapping->setCellWidget(c, 2, combo);
    }

    m_preview->setColumnCount(static_cast<int>(plan.headers.size()));
    m_preview->setRowCount(static_cast<int>(plan.rows.size()));
    for (int c = 0; c < plan.headers.size(); ++c) {
        const int f = plan.fieldOfColumn[static_cast<size_t>(c)];
        auto* header = new QTableWidgetItem(plan.headers[c] + QLatin1Char('\n')
            + (f < 0 ? tr("(not imported)") : QStringLiteral("→ ") + fieldLabel(fields[static_cast<size_t>(f)].name)));
        m_preview->setHorizontalHeaderItem(c, header);
    }
    for (int r = 0; r < plan.rows.size(); ++r) {
        for (int c = 0; c < plan.rows[r].size() && c < plan.headers.size(); ++c)
            m_preview->setItem(r, c, new QTableWidgetItem(plan.rows[r][c]));
    }
    m_preview->resizeColumnsToContents(); // at most 20 rows: cheap
    updateProblems();
}

void MappingPage::updateProblems()
{
    QStringList lines;
    for (int i = 0; i < m_wizard->plans().size(); ++i) {
        const ImportFilePlan& plan = m_wizard->plans()[i];
        const QString name = QFileInfo(plan.path).fileName();
        const QStringList missing = missingRequiredFields(plan);
        const QStringList twice = fieldsGivenTwice(plan);
        // The list says which files still need a match.
        if (QListWidgetItem* item = m_file->item(i)) {
            const bool ready = isPlanReady(plan);
            item->setText(name + QLatin1Char('\n') + (plan.kind ? kindLabel(*plan.kind) : tr("kind not chosen"))
                + (ready ? QString() : QStringLiteral(" · ") + tr("to match")));
            item->setForeground(ready ? palette().color(QPalette::Text) : QColor(0xb3, 0x26, 0x1e));
        }
        QStringList labels;
        for (const QString& f : missing)
            labels << fieldLabel(f.toStdString());
        if (!missing.isEmpty())
            lines << tr("%1: no column for %2.").arg(name, labels.join(QStringLiteral(", ")));
        labels.clear();
        for (const QString& f : twice)
            labels << fieldLabel(f.toStdString());
        if (!twice.isEmpty())
            lines << tr("%1: more than one column for %2.").arg(name, labels.join(QStringLiteral(", ")));
    }
    m_problems->setText(lines.join(QLatin1Char('\n')));
    m_problems->setVisible(!lines.isEmpty());
    Q_EMIT completeChanged();
}

// ---------------------------------------------------------------------------------------------

RunPage::RunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Import"));
    setSubTitle(tr("The files are imported in one step. If it fails or you stop it, the database stays as it was."));

    m_summary = wrappedLabel(this);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_skipInvalid = new QCheckBox(tr("&Skip invalid rows and import the rest (they are written to "
                                     "<name>.rejected.csv beside each file, with the reason)"),
        this);
    m_skipInvalid->setObjectName(QStringLiteral("skipInvalid"));
    m_start = new QPushButton(tr("&Import"), this);
    m_start->setObjectName(QStringLiteral("startImport"));
    m_start->setDefault(true);
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("stopImport"));
    m_stop->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_status = wrappedLabel(this);
    m_status->setObjectName(QStringLiteral("status"));

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("results"));
    m_results->setRootIsDecorated(false);
    m_results->setHeaderLabels({ tr("File"), tr("Contents"), tr("Encoding"), tr("Rows read"), tr("Imported"),
        tr("Unchanged"), tr("Skipped as invalid") });
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setStretchLastSection(false);
    m_results->setUniformRowHeights(true);
    for (int c = 1; c < m_results->columnCount(); ++c)
        m_results->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents); // a handful of rows

    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setHeaderLabels({ tr("File"), tr("Line"), tr("Column"), tr("Problem") });
    m_problems->header()->setStretchLastSection(true);
    m_problems->setUniformRowHeights(true);
    m_problems->setColumnWidth(0, 170);
    m_problems->setColumnWidth(1, 50);
    m_problems->setColumnWidth(2, 170);
    m_saveProblems = new QPushButton(tr("Save &list…"), this);
    m_saveProblems->setObjectName(QStringLiteral("saveProblems"));

    connect(m_start, &QPushButton::clicked, this, &RunPage::startImport);
    connect(m_stop, &QPushButton::clicked, this, &RunPage::cancelImport);
    connect(m_saveProblems, &QPushButton::clicked, this, &RunPage::chooseProblemsFile);
    connect(&m_job, &ImportJob::progressChanged, this,
        [this](double f) { m_progress->setValue(static_cast<int>(f * m_progress->maximum())); });
    connect(&m_job, &ImportJob::finished, this, &RunPage::onFinished);

    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_start);
    runRow->addWidget(m_stop);
    runRow->addWidget(m_progress, 1);
    auto* saveRow = new QHBoxLayout;
    saveRow->addStretch();
    saveRow->addWidget(m_saveProblems);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_skipInvalid);
    layout->addLayout(runRow);
    layout->addWidget(m_status);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_problems, 2);
    layout->addLayout(saveRow);
}

void RunPage::initializePage()
{
    qint64 bytes = 0;
    for (const ImportFilePlan& plan : m_wizard->plans())
        bytes += plan.bytes;
    m_summary->setText(
        tr("%n file(s), %1 in all, into %2.", nullptr, static_cast<int>(m_wizard->plans().size()))
            .arg(QLocale().formattedDataSize(bytes), QDir::toNativeSeparators(m_wizard->databasePath())));
    m_succeeded = false;
    m_progress->setValue(0);
    m_status->clear();
    m_status->setStyleSheet(QString());
    m_results->clear();
    m_results->setVisible(false);
    m_problems->clear();
    m_problems->setVisible(false);
    m_saveProblems->setVisible(false);
    setRunning(false);
    if (m_wizard->databasePath().isEmpty()) {
        markProblem(m_status);
        m_status->setText(tr("Open or create a database first."));
        m_start->setEnabled(false);
    }
}

void RunPage::cleanupPage()
{
    cancelImport();
    initializePage();
}

bool RunPage::isComplete() const
{
    return m_succeeded && !m_job.isRunning();
}

void RunPage::setRunning(bool running)
{
    m_start->setEnabled(!running && !m_succeeded);
    m_stop->setEnabled(running);
    m_skipInvalid->setEnabled(!running && !m_succeeded);
    if (QAbstractButton* back = wizard() ? wizard()->button(QWizard::BackButton) : nullptr)
        back->setEnabled(!running);
}

void RunPage::startImport()
{
    if (m_job.isRunning() || m_succeeded)
        return;
    m_results->clear();
    m_results->setVisible(false);
    m_problems->clear();
    m_problems->setVisible(false);
    m_saveProblems->setVisible(false);
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Importing…"));
    m_progress->setValue(0);
    const auto& plans = m_wizard->plans();
    if (!m_job.start(
            m_wizard->databasePath(), importPathsFor(plans), importOptionsFor(plans, m_skipInvalid->isChecked())))
        return;
    setRunning(true);
}

void RunPage::cancelImport()
{
    if (m_job.isRunning()) {
        m_status->setText(tr("Stopping…"));
        m_job.cancel();
    }
}

void RunPage::onFinished()
{
    m_succeeded = m_job.report().ok;
    setRunning(false);
    showReport();
    Q_EMIT completeChanged();
    Q_EMIT importFinished(m_succeeded);
}

void RunPage::showReport()
{
    const core::ImportReport& report = m_job.report();
    const auto& plans = m_wizard->plans();
    // The report names files by the path given; show the name the operator saw on page 1.
    auto displayName = [&plans](const std::string& path) {
        for (const ImportFilePlan& plan : plans) {
            if (QFile::encodeName(plan.path).toStdString() == path)
                return QFileInfo(plan.path).fileName();
        }
        return QFileInfo(QFile::decodeName(QByteArray::fromStdString(path))).fileName();
    };

    // "实付金额 (amount)": the operator's own header, and the field it was matched to.
    auto columnText = [&plans](const std::string& path, const std::string& field) -> QString {
        const QString name = fromUtf8(field);
        for (const ImportFilePlan& plan : plans) {
            if (QFile::encodeName(plan.path).toStdString() != path || !plan.kind)
                continue;
            for (qsizetype c = 0; c < plan.headers.size(); ++c) {
                if (fieldName(*plan.kind, plan.fieldOfColumn[static_cast<size_t>(c)]) == name && !name.isEmpty()
                    && plan.headers[c] != name)
                    return plan.headers[c] + QStringLiteral(" (") + name + QLatin1Char(')');
            }
        }
        return name;
    };

    std::int64_t imported = 0, rejected = 0;
    for (const core::FileImportSummary& file : report.files) {
        imported += file.imported;
        rejected += file.rejected;
    }
    if (report.ok) {
        m_status->setStyleSheet(QString());
        QString text = tr("Done: %n row(s) imported or updated.", nullptr, static_cast<int>(imported));
        if (rejected > 0)
            text += QLatin1Char(' ')
                + tr("%n invalid row(s) were skipped and written to the .rejected.csv files.", nullptr,
                    static_cast<int>(rejected));
        m_status->setText(text);
        m_results->setVisible(true);
        for (const core::FileImportSummary& file : report.files) {
            auto* item = new QTreeWidgetItem(m_results);
            item->setText(0, displayName(file.file));
            item->setToolTip(0, fromUtf8(file.file));
            item->setText(1, kindLabel(file.kind));
            item->setText(2, encodingLabel(file.encoding));
            const QLocale locale;
            item->setText(3, locale.toString(static_cast<qlonglong>(file.read)));
            item->setText(4, locale.toString(static_cast<qlonglong>(file.imported)));
            item->setText(5, locale.toString(static_cast<qlonglong>(file.skipped)));
            item->setText(6, locale.toString(static_cast<qlonglong>(file.rejected)));
            for (int c = 3; c <= 6; ++c)
                item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        }
    } else {
        markProblem(m_status);
        if (report.cancelled)
            m_status->setText(tr("Import stopped. Nothing was written; the database is as it was."));
        else
            m_status->setText(tr("Nothing was imported; the database is as it was. Correct the rows listed below, go "
                                 "back and change the column matches, or choose to skip invalid rows."));
    }

    // Problems: the importer's errors (file and line), then the columns left out.
    m_problems->clear();
    for (const core::ImportIssue& issue : report.errors) {
        auto* item = new QTreeWidgetItem(m_problems);
        item->setText(0, displayName(issue.file));
        item->setToolTip(0, fromUtf8(issue.file));
        item->setText(1, issue.line > 0 ? QString::number(issue.line) : QString());
        item->setText(2, columnText(issue.file, issue.column));
        item->setText(3, core::reasonText(issue.code)); // in the interface language
        item->setToolTip(3, item->text(3));
    }
    const auto more = report.errorCount - static_cast<std::int64_t>(report.errors.size());
    if (more > 0) {
        auto* item = new QTreeWidgetItem(m_problems);
        item->setText(3, tr("… and %n more error(s)", nullptr, static_cast<int>(more)));
    }
    if (!report.fatal.empty() && !report.cancelled) {
        auto* item = new QTreeWidgetItem(m_problems);
        if (!report.fatalFile.empty()) {
            item->setText(0, displayName(report.fatalFile));
            item->setToolTip(0, fromUtf8(report.fatalFile));
        }
        item->setText(
            3, report.fatalReason.code.empty() ? fromUtf8(report.fatal) : core::reasonText(report.fatalReason));
        item->setToolTip(3, item->text(3));
    }
    if (report.ok) {
        // Orders whose amount or status an update changed, so that a wrong file is noticed.
        for (const core::ImportIssue& change : report.orderChanges) {
            auto* item = new QTreeWidgetItem(m_problems);
            item->setText(0, displayName(change.file));
            item->setToolTip(0, fromUtf8(change.file));
            item->setText(1, change.line > 0 ? QString::number(change.line) : QString());
            item->setText(3, core::reasonText(change.code));
            item->setToolTip(3, item->text(3));
        }
        const auto moreChanges = report.updateWarningCount - static_cast<std::int64_t>(report.orderChanges.size());
        if (moreChanges > 0) {
            auto* item = new QTreeWidgetItem(m_problems);
            item->setText(3, core::reasonText({ "import.more_order_changes", { moreChanges } }));
        }
        for (const core::FileImportSummary& file : report.files) {
            if (file.rejectedPath.empty())
                continue;
            auto* item = new QTreeWidgetItem(m_problems);
            item->setText(0, displayName(file.file));
            item->setToolTip(0, fromUtf8(file.file));
            const QString rejectedPath
                = QDir::toNativeSeparators(QFile::decodeName(QByteArray::fromStdString(file.rejectedPath)));
            item->setText(3,
                tr("%n invalid row(s) skipped; written with the reason to %1", nullptr, static_cast<int>(file.rejected))
                    .arg(rejectedPath));
            item->setToolTip(3, item->text(3));
        }
        for (const ImportFilePlan& plan : plans) {
            for (qsizetype c = 0; c < plan.headers.size(); ++c) {
                if (plan.fieldOfColumn[static_cast<size_t>(c)] >= 0)
                    continue;
                auto* item = new QTreeWidgetItem(m_problems);
                item->setText(0, QFileInfo(plan.path).fileName());
                item->setText(1, QStringLiteral("1"));
                item->setText(2, plan.headers[c]);
                item->setText(3, tr("Column not imported (not matched to a field)."));
            }
        }
    }
    const bool any = m_problems->topLevelItemCount() > 0;
    m_problems->setVisible(any);
    m_saveProblems->setVisible(any);
}

bool RunPage::saveProblems(const QString& path) const
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return false;
    auto field = [](const QString& text) {
        QString quoted = text;
        if (quoted.contains(QLatin1Char('"')) || quoted.contains(QLatin1Char(',')) || quoted.contains(QLatin1Char('\n'))
            || quoted.contains(QLatin1Char('\r'))) {
            quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
            quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
        }
        return quoted;
    };
    QByteArray bytes("\xEF\xBB\xBF");
    bytes += "file,line,column,problem\r\n";
    for (int i = 0; i < m_problems->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_problems->topLevelItem(i);
        const QString path = item->toolTip(0).isEmpty() ? item->text(0) : item->toolTip(0);
        bytes += (field(path) + QLatin1Char(',') + item->text(1) + QLatin1Char(',') + field(item->text(2))
            + QLatin1Char(',') + field(item->text(3)) + QStringLiteral("\r\n"))
                     .toUtf8();
    }
    out.write(bytes);
    return out.commit();
}

void RunPage::chooseProblemsFile()
{
    auto* dialog = new QFileDialog(
        this, tr("Save the list of problems"), QStringLiteral("import-problems.csv"), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        if (!saveProblems(path))
            m_status->setText(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    });
    dialog->open();
}

} // namespace kinsight::ui
