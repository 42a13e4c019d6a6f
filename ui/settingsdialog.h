#pragma once

#include <functional>

#include <QDialog>
#include <QString>

class QComboBox;
class QLabel;

namespace kinsight::ui {

/// File › Community settings: the community time zone (every day, week and month boundary of
/// every metric) and the currency, shown; the zone can be changed. Opens window-modal; `accepted`
/// gets the chosen zone id when the operator presses OK with a known zone.
class CommunitySettingsDialog : public QDialog {
    Q_OBJECT
public:
    CommunitySettingsDialog(QWidget* parent, const QString& timeZone, const QString& currency);

    QString timeZone() const;
    QComboBox* zoneBox() const { return m_zone; }

    /// Opens the dialog window-modal; `accepted` runs with the zone on OK. Deletes itself on close.
    static CommunitySettingsDialog* ask(QWidget* parent, const QString& timeZone, const QString& currency,
        std::function<void(const QString&)> accepted);

private:
    QComboBox* m_zone;
    QLabel* m_error;
};

} // namespace kinsight::ui
