#pragma once

// What the import wizard's pages share: field names and labels, and the look of their notes.

#include <string>

#include <QLabel>
#include <QString>

#include "ui/import/importplan.h"

namespace kinsight::ui::importpage {

inline QString fromUtf8(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// The contract name of field `field` of `kind` ("member_id"); empty when there is no such field.
inline QString fieldName(core::FileKind kind, int field)
{
    const auto fields = core::fieldsOf(kind);
    if (field < 0 || static_cast<size_t>(field) >= fields.size())
        return {};
    return QString::fromLatin1(fields[static_cast<size_t>(field)].name.data(),
        static_cast<qsizetype>(fields[static_cast<size_t>(field)].name.size()));
}

/// A label that wraps plain text.
inline QLabel* wrappedLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

/// Shows `label` in the colour of problems.
inline void markProblem(QLabel* label)
{
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
}

} // namespace kinsight::ui::importpage
