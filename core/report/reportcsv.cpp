#include "reportcsv.h"

#include <sstream>

#include <QFile>
#include <QSaveFile>

namespace kinsight::core {

void writeReportCsv(const ReportTable& table, std::ostream& out, const ReportCsvOptions& options)
{
    if (options.byteOrderMark)
        out << "\xEF\xBB\xBF";
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        if (c > 0)
            out << ',';
        out << csvField(options.keyHeaders ? table.columns[c].key : table.columns[c].header.toStdString());
    }
    out << '\n';
    for (const std::vector<Cell>& row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            if (c > 0)
                out << ',';
            out << csvField(cellText(row[c]));
        }
        out << '\n';
    }
}

Status writeReportCsvFile(const ReportTable& table, const std::string& path, const ReportCsvOptions& options)
{
    std::ostringstream text;
    writeReportCsv(table, text, options);
    QSaveFile file(QString::fromStdString(path));
    // Reports hold business data: owner-only, from the first byte on disk.
    if (!file.open(QIODevice::WriteOnly))
        return Error { "cannot write " + path + ": " + file.errorString().toStdString(),
            { "report.write_failed", { path, file.errorString().toStdString() } } };
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const std::string bytes = text.str();
    if (file.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size())
        || !file.commit())
        return Error { "cannot write " + path + ": " + file.errorString().toStdString(),
            { "report.write_failed", { path, file.errorString().toStdString() } } };
    return Status::success();
}

} // namespace kinsight::core
