#include "runpage.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/text/messagetext.h"
#include "core/text/reasontext.h"
#include "ui/import/importpagecommon.h"
#include "ui/import/importwizard.h"

namespace kinsight::ui {

using importpage::fieldName;
using importpage::fromUtf8;
using importpage::markProblem;
using importpage::wrappedLabel;

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
