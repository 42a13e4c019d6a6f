#pragma once

#include <QList>
#include <QLocale>
#include <QString>

namespace kinsight::ui {

/// A language the interface can be shown in.
struct InterfaceLanguage {
    QString code; ///< locale name: `en`, `zh_CN`
    QString nativeName; ///< as its speakers write it: `English`, `简体中文`
};

/// English (built in) and every language with a translation compiled into the program.
QList<InterfaceLanguage> availableLanguages();

/// The operator's choice (QSettings key `language`): empty to follow the system, or a code from
/// availableLanguages().
QString languageSetting();
void setLanguageSetting(const QString& code);

/// The locale the interface uses: the setting when one is made, else the system locale.
QLocale interfaceLocale();

/// Installs Kinsight's translation for `locale` and Qt's own (dialog buttons and the like) into the
/// application, replacing those an earlier call installed; English needs none. Translations are
/// compiled into the program (`:/i18n`); Qt's come from its translations folder
/// (qt6-translations-l10n). Returns false when Kinsight has no translation for the locale, in which
/// case the interface stays English.
///
/// Call on the GUI thread once the QCoreApplication exists, before building windows: widgets made
/// earlier keep the texts they were given.
bool installTranslator(const QLocale& locale);

} // namespace kinsight::ui
