#include "settingsdialog.h"

#include <algorithm>

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeZone>
#include <QVBoxLayout>

#include "core/util/timezone.h"

namespace kinsight::ui {

CommunitySettingsDialog::CommunitySettingsDialog(QWidget* parent, const QString& timeZone, const QString& currency)
    : QDialog(parent)
    , m_zone(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Community settings"));
    setObjectName(QStringLiteral("communitySettings"));
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    QStringList ids;
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        ids << QString::fromLatin1(id);
    if (!ids.contains(timeZone))
        ids << timeZone;
    std::sort(ids.begin(), ids.end());
    m_zone->addItems(ids);
    m_zone->setCurrentText(timeZone);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setFilterMode(Qt::MatchContains);

    auto* explanation = new QLabel(tr("Every day, ISO week and month of every metric begins and ends in the "
                                      "community time zone. Changing it computes everything again; stored times "
                                      "do not move."),
        this);
    explanation->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout();
    form->addRow(tr("&Time zone"), m_zone);
    form->addRow(tr("Currency"), new QLabel(currency, this));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!core::TimeZone::isKnown(this->timeZone().toStdString())) {
            m_error->setText(
                tr("Unknown time zone %1: choose a name from the list, such as Asia/Shanghai.").arg(this->timeZone()));
            m_error->show();
            return;
        }
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString CommunitySettingsDialog::timeZone() const
{
    return m_zone->currentText().trimmed();
}

CommunitySettingsDialog* CommunitySettingsDialog::ask(
    QWidget* parent, const QString& timeZone, const QString& currency, std::function<void(const QString&)> accepted)
{
    auto* dialog = new CommunitySettingsDialog(parent, timeZone, currency);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(
        dialog, &QDialog::accepted, dialog, [dialog, accepted = std::move(accepted)] { accepted(dialog->timeZone()); });
    dialog->open();
    return dialog;
}

} // namespace kinsight::ui
