#pragma once

#include "core/text/labels.h"

namespace kinsight::ui {

/// The window's labels are the core's (core/text/labels.h), shared with the reports and the CLI.
namespace label = core::label;

} // namespace kinsight::ui
