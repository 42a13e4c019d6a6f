#pragma once

#include <QString>

namespace kinsight::ui {

class MainWindow;
struct ReportExportChoices;

/// File › Export report…: a small dialog (format, language, sections, personal data, open when
/// done; remembered), then the file name, then the report over the window's own Analysis (the
/// same figures the pages show), on the analysis lane with progress and cancel. When written, a
/// notice in the status bar with Open and Show in folder (and the file opened at once with "open
/// when done"); a failure says why in the interface's language; a cancelled export says nothing.
void exportReport(MainWindow& window);

/// Writes the report to `path` with `choices`, as exportReport() does once the file is chosen.
void exportReportTo(MainWindow& window, const ReportExportChoices& choices, const QString& path);

/// The status bar's notice that `path` was written: its name, Open, Show in folder and a close
/// button (object name `reportNotice`; a later notice replaces it).
void showReportWritten(MainWindow& window, const QString& path);

} // namespace kinsight::ui
