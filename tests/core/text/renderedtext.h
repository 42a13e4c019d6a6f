#pragma once

#include <cstdint>
#include <string>
#include <variant>

#include <QLocale>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

#include "core/text/reasontext.h"
#include "core/util/reason.h"
#include "resources/translations/translator.h"

namespace kinsight::test {

/// Reason arguments for the sample and expected sentences: a count, and a text.
inline core::ReasonArgument n(std::int64_t v)
{
    return v;
}

inline core::ReasonArgument s(const char* v)
{
    return std::string(v);
}

/// ASCII words of two letters or more in `text`, after removing what matches `kept` (the words a
/// Chinese operator reads as they are: field names, options, formats).
inline QStringList asciiWords(QString text, const QRegularExpression& kept = QRegularExpression())
{
    if (!kept.pattern().isEmpty())
        text.remove(kept);
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    QStringList found;
    for (auto it = word.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

/// What is wrong with `text`, the rendering of `reason`, or an empty string: empty text, the code
/// shown instead of a sentence, a placeholder left unfilled, and (when `chinese`) an English word
/// outside the reason's own text arguments (titles, ids, names) and `kept`.
inline QString renderingProblem(const core::Reason& reason, const QString& text, bool chinese,
    const QRegularExpression& kept = QRegularExpression())
{
    const QString code = QString::fromStdString(reason.code);
    if (text.isEmpty())
        return code + QStringLiteral(": empty");
    if (text.contains(code))
        return code + QStringLiteral(": the code, not a sentence: ") + text;
    static const QRegularExpression placeholder(QStringLiteral("%\\d|%n"));
    if (text.contains(placeholder))
        return code + QStringLiteral(": a placeholder left: ") + text;
    if (chinese) {
        QString bare = text;
        for (const core::ReasonArgument& a : reason.arguments) {
            if (const auto* v = std::get_if<std::string>(&a))
                bare.remove(QString::fromStdString(*v));
        }
        const QStringList english = asciiWords(bare, kept);
        if (!english.isEmpty())
            return code + QStringLiteral(": ") + text + QStringLiteral(" → ") + english.join(QLatin1Char(' '));
    }
    return {};
}

/// The rows of a test run once per interface language: a column "language", en then zh_CN.
inline void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

/// Checks that `reason` renders as `english` in English and as `chinese` in Chinese.
inline void checkSentences(const core::Reason& reason, const QString& english, const QString& chinese)
{
    QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("en"))));
    QCOMPARE(core::reasonText(reason), english);
    QVERIFY(kinsight::ui::installTranslator(QLocale(QStringLiteral("zh_CN"))));
    QCOMPARE(core::reasonText(reason), chinese);
}

} // namespace kinsight::test
