#include "translator.h"

#include <memory>

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include "core/text/format.h"

namespace kinsight::ui {

namespace {

const QString settingKey = QStringLiteral("language");
const QString resourceFolder = QStringLiteral(":/i18n");

// Owned here, installed into the application; replaced as a pair on the next call.
std::unique_ptr<QTranslator>& ownTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator>& qtTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

/// English is the source language, so it has no translation file; but a source text with a
/// count (`%n member(s)`) needs its plural: "1 member", "124 members". This translator gives
/// every such text its English form for the count (Qt then fills in %n) and leaves the rest.
class EnglishPlurals : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* sourceText, const char*, int n) const override
    {
        if (n < 0 || !sourceText)
            return {};
        QString text = QString::fromUtf8(sourceText);
        if (!text.contains(QLatin1String("(s)")))
            return {};
        return text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
};

void remove(std::unique_ptr<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator.get());
        translator.reset();
    }
}

} // namespace

QList<InterfaceLanguage> availableLanguages()
{
    QList<InterfaceLanguage> languages { { QStringLiteral("en"), QStringLiteral("English") } };
    const QStringList files
        = QDir(resourceFolder).entryList({ QStringLiteral("kinsight_*.qm") }, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(9, file.size() - 9 - 3); // kinsight_<code>.qm
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        // "中文" alone does not say which script; the translation is Simplified Chinese.
        if (locale.language() == QLocale::Chinese && locale.script() == QLocale::SimplifiedHanScript)
            name = QStringLiteral("简体中文");
        languages.push_back({ code, name });
    }
    return languages;
}

QString languageSetting()
{
    return QSettings().value(settingKey).toString();
}

void setLanguageSetting(const QString& code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(settingKey);
    else
        settings.setValue(settingKey, code);
}

QLocale interfaceLocale()
{
    const QString code = languageSetting();
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

bool installTranslator(const QLocale& locale)
{
    // Already in that language: nothing to do (a reinstall would rebuild every window for nothing).
    static QString installedFor;
    const QString wanted = locale.name();
    if (wanted == installedFor && (ownTranslator() || locale.language() == QLocale::English))
        return true;
    remove(ownTranslator());
    remove(qtTranslator());
    installedFor.clear();
    core::setTextLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    // English: the source texts, with their plurals.
    const auto english = [] {
        auto plurals = std::make_unique<EnglishPlurals>();
        QCoreApplication::installTranslator(plurals.get());
        ownTranslator() = std::move(plurals);
    };
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        english();
        installedFor = wanted;
        return true;
    }

    auto own = std::make_unique<QTranslator>();
    // Tries the locale's UI languages in turn (zh-Hans-CN, zh-CN, zh, …) against kinsight_<name>.qm.
    // Compiled in; else beside the program as installed (share/kinsight/translations).
    const QString installed
        = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/kinsight/translations");
    if (!own->load(locale, QStringLiteral("kinsight"), QStringLiteral("_"), resourceFolder)
        && !own->load(locale, QStringLiteral("kinsight"), QStringLiteral("_"), installed)) {
        english(); // no translation: the window stays English
        return false;
    }
    QCoreApplication::installTranslator(own.get());
    ownTranslator() = std::move(own);
    core::setTextLocale(locale); // numbers' words (个百分点, 万) follow the text
    installedFor = wanted;

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        qtTranslator() = std::move(qt);
    }
    return true;
}

} // namespace kinsight::ui
