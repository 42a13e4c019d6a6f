#include "mappingpage.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "ui/import/importpagecommon.h"
#include "ui/import/importwizard.h"

namespace kinsight::ui {

using importpage::fieldName;
using importpage::markProblem;
using importpage::wrappedLabel;

namespace {

constexpr int previewColumnsInMapping = 3; // example values shown beside each column

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

} // namespace

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

} // namespace kinsight::ui
