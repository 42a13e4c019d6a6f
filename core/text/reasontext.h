#pragma once

#include <vector>

#include <QString>

#include "core/util/reason.h"

namespace kinsight::core {

/// A Reason as a sentence in the interface language: the translators installed in the
/// QCoreApplication (translation context `Reason`), English when none is. A count-bearing code
/// has a singular and a plural English source (picked by the count), so "1 member" and
/// "2 members" both read right without an English translation file; Chinese translates both to
/// the same sentence.
///
/// Every code the core emits has one entry here; an unknown code renders as the code and its
/// arguments (visible, never empty), and tst_reasontext fails on it. Thread-safe once the
/// translators are installed (QCoreApplication::translate is).
QString reasonText(const Reason& reason);

/// Several reasons joined the way the interface language lists them ("; " in English, "；" in
/// Chinese).
QString reasonsText(const std::vector<Reason>& reasons);

/// Whether reasonText() has a rendering for the code (false: it would show the fallback).
bool hasReasonText(const Reason& reason);

/// The codes reasonText() knows, for tests that render each one in every language.
std::vector<std::string> knownReasonCodes();

} // namespace kinsight::core
