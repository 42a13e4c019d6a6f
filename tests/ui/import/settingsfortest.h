#pragma once

// Shared by the import wizard's tests: settings of their own, so that a run neither reads nor
// changes the user's.

#include <QCoreApplication>
#include <QSettings>
#include <QString>
#include <QTemporaryDir>

namespace kinsight::test {

/// Keeps every QSettings of this process in an INI file under `dir`, for `application`.
inline void useSettingsIn(const QTemporaryDir& dir, const QString& application)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
    QCoreApplication::setOrganizationName(QStringLiteral("KinsightTest"));
    QCoreApplication::setApplicationName(application);
}

} // namespace kinsight::test
