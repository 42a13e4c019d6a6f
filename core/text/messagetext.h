#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <QString>

#include "core/util/reason.h"
#include "core/util/result.h"

namespace kinsight::core {

/// The core's errors and warnings as sentences in the interface language (translation context
/// `Message`), the way reasonText() renders the analysis' reasons: an importer problem
/// (`import.*`), a reader's (`read.*`), a store's, settings', … Codes and their arguments are
/// listed in docs/language.md. reasonText() renders these codes too.
///
/// An Error in the interface language: its reason when the text layer knows its code, else its
/// English message (an error from a library, such as SQLite's own text, has no code).
QString errorText(const Error& error);

/// A problem located in a file: "orders.csv:3: column paid_at: …" in English,
/// "orders.csv 第 3 行，paid_at 列：…" in Chinese. `line` 0 leaves the line out, an empty
/// `column` the column.
QString locatedText(const std::string& file, std::int64_t line, const std::string& column, const Reason& reason);

/// The rendering of a message code, or nullopt when the code is not one of these.
std::optional<QString> messageText(const Reason& reason);

/// The message codes messageText() knows (for tests that render each one in every language).
std::vector<std::string> knownMessageCodes();

} // namespace kinsight::core
