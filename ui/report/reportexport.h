#pragma once

namespace kinsight::ui {

class MainWindow;

/// File › Export report…: asks for a file, then writes the report (PDF, HTML or XLSX by its
/// suffix) over the window's own Analysis (the same figures the pages show), on the analysis
/// lane with progress and cancel, members under their pseudonyms, headings in the interface's
/// language. Says when it is written or why not; a cancelled export says nothing.
void exportReport(MainWindow& window);

} // namespace kinsight::ui
