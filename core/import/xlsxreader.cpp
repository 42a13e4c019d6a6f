#include "xlsxreader.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include <QFile>
#include <QXmlStreamReader>

#include "core/util/sha256.h"
#include "core/util/timestamp.h"

#include <zip.h>

namespace kinsight::core {

namespace {

constexpr zip_uint64_t blockSize = 256 * 1024;

/// The whole of a (small) workbook part, or nullopt when the archive lacks it.
std::optional<QByteArray> readEntry(zip_t* archive, const char* name, int& zipError)
{
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive, name, 0, &st) != 0)
        return std::nullopt;
    zip_file_t* f = zip_fopen(archive, name, 0);
    if (!f) {
        zipError = zip_error_code_zip(zip_get_error(archive));
        return std::nullopt;
    }
    QByteArray out;
    char buffer[65536];
    for (;;) {
        const zip_int64_t n = zip_fread(f, buffer, sizeof buffer);
        if (n <= 0)
            break;
        out.append(buffer, static_cast<qsizetype>(n));
    }
    zip_fclose(f);
    return out;
}

bool isEncryptionError(int code)
{
    return code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD || code == ZIP_ER_ENCRNOTSUPP;
}

std::string str(QStringView v)
{
    return v.toString().toStdString();
}

/// A number format that shows a date or a time (Excel's built-in ids, or a format code with
/// y, d, h or s outside quotes and brackets).
bool isDateFormat(int id, const std::string& code)
{
    if ((id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58))
        return true;
    if (code.empty())
        return false;
    bool quoted = false;
    int bracket = 0;
    for (size_t i = 0; i < code.size(); ++i) {
        const char c = code[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (quoted) {
            continue;
        } else if (c == '\\') {
            ++i;
        } else if (c == '[') {
            ++bracket;
        } else if (c == ']') {
            --bracket;
        } else if (bracket == 0) {
            const char l = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
            if (l == 'y' || l == 'd' || l == 'h' || l == 's')
                return true;
        }
    }
    return false;
}

/// Column index (0-based) of a cell reference such as `B12`; -1 when it has no letters.
int columnOf(QStringView ref)
{
    int col = 0;
    int letters = 0;
    for (QChar ch : ref) {
        const char16_t c = ch.unicode();
        if (c >= 'A' && c <= 'Z') {
            col = col * 26 + (c - 'A' + 1);
        } else if (c >= 'a' && c <= 'z') {
            col = col * 26 + (c - 'a' + 1);
        } else {
            break;
        }
        if (++letters > 4)
            return -1;
    }
    return letters == 0 ? -1 : col - 1;
}

std::string formatNumber(const std::string& v)
{
    const bool plain = v.size() <= 15 && v.find_first_of("eE") == std::string::npos;
    if (plain)
        return v;
    char* end = nullptr;
    const double d = std::strtod(v.c_str(), &end);
    if (end == v.c_str() || !std::isfinite(d))
        return v;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.15g", d);
    return buf;
}

} // namespace

XlsxReader::XlsxReader() = default;

XlsxReader::~XlsxReader()
{
    if (m_sheet)
        zip_fclose(m_sheet);
    if (m_zip)
        zip_discard(m_zip);
}

Result<std::vector<std::string>> XlsxReader::sheetNames(const std::string& path)
{
    int error = 0;
    zip_t* archive = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!archive)
        return Error { path + ": is not an XLSX workbook (not a zip archive)", { "read.xlsx_not_zip", {} } };
    int zipError = 0;
    const auto workbook = readEntry(archive, "xl/workbook.xml", zipError);
    zip_discard(archive);
    if (!workbook)
        return Error { path + ": is not an XLSX workbook (no xl/workbook.xml)", { "read.xlsx_no_workbook", {} } };
    std::vector<std::string> names;
    QXmlStreamReader xml(*workbook);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"sheet")
            names.push_back(str(xml.attributes().value(QLatin1String("name"))));
    }
    return names;
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const std::string& path, const std::string& sheet)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return Error { path + ": file does not exist", { "import.file_missing", {} } };
    {
        std::ifstream in(path, std::ios::binary);
        char magic[8] = {};
        in.read(magic, 8);
        // An encrypted workbook is an OLE compound file (as old .xls files are), not a zip.
        if (in.gcount() == 8 && std::string_view(magic, 8) == std::string_view("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
            return Error { path
                    + ": is encrypted (password-protected) or an old .xls workbook; save it from Excel as .xlsx "
                      "without "
                      "a password",
                { "read.xlsx_encrypted_or_xls", {} } };
    }
    std::unique_ptr<XlsxReader> r(new XlsxReader);
    int error = 0;
    r->m_zip = zip_open(path.c_str(), ZIP_RDONLY, &error);
    if (!r->m_zip)
        return Error { path + ": is not an XLSX workbook (not a zip archive)", { "read.xlsx_not_zip", {} } };
    r->m_fileSize = static_cast<std::int64_t>(std::filesystem::file_size(path, ec));

    int zipError = 0;
    const auto workbook = readEntry(r->m_zip, "xl/workbook.xml", zipError);
    if (!workbook) {
        if (isEncryptionError(zipError))
            return Error { path + ": is encrypted (password-protected); save it from Excel without a password",
                { "read.xlsx_encrypted", {} } };
        return Error { path + ": is not an XLSX workbook (no xl/workbook.xml)", { "read.xlsx_no_workbook", {} } };
    }
    // Sheets in workbook order, with their relationship ids.
    std::vector<std::pair<std::string, std::string>> sheets;
    {
        QXmlStreamReader xml(*workbook);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"workbookPr") {
                const auto v = xml.attributes().value(QLatin1String("date1904"));
                r->m_date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet") {
                std::string rid;
                for (const QXmlStreamAttribute& a : xml.attributes()) {
                    if (a.name() == u"id")
                        rid = str(a.value());
                }
                sheets.emplace_back(str(xml.attributes().value(QLatin1String("name"))), rid);
            }
        }
        if (xml.hasError())
            return Error { path + ": the workbook is damaged (" + xml.errorString().toStdString() + ")",
                { "read.xlsx_damaged", { xml.errorString().toStdString() } } };
    }
    if (sheets.empty())
        return Error { path + ": the workbook has no sheet", { "read.xlsx_no_sheet", {} } };
    size_t chosen = 0;
    if (!sheet.empty()) {
        chosen = sheets.size();
        for (size_t i = 0; i < sheets.size(); ++i) {
            if (sheets[i].first == sheet)
                chosen = i;
        }
        if (chosen == sheets.size()) {
            std::string list, names;
            for (const auto& s : sheets) {
                list += (list.empty() ? "'" : ", '") + s.first + "'";
                names += (names.empty() ? "" : ", ") + s.first;
            }
            return Error { path + ": has no sheet named '" + sheet + "' (its sheets: " + list + ")",
                { "read.xlsx_sheet_unknown", { sheet, names } } };
        }
    }
    std::string target;
    if (const auto rels = readEntry(r->m_zip, "xl/_rels/workbook.xml.rels", zipError)) {
        QXmlStreamReader xml(*rels);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"Relationship"
                && str(xml.attributes().value(QLatin1String("Id"))) == sheets[chosen].second)
                target = str(xml.attributes().value(QLatin1String("Target")));
        }
    }
    if (target.empty())
        target = "worksheets/sheet" + std::to_string(chosen + 1) + ".xml";
    target = target.front() == '/' ? target.substr(1) : "xl/" + target;

    if (const auto shared = readEntry(r->m_zip, "xl/sharedStrings.xml", zipError)) {
        QXmlStreamReader xml(*shared);
        std::string current;
        bool inSi = false;
        int phonetic = 0;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"si") {
                    inSi = true;
                    current.clear();
                } else if (xml.name() == u"rPh") {
                    ++phonetic; // furigana runs are not part of the text
                } else if (xml.name() == u"t" && inSi && phonetic == 0) {
                    current += xml.readElementText().toStdString();
                }
            } else if (token == QXmlStreamReader::EndElement) {
                if (xml.name() == u"si") {
                    r->m_sharedStrings.push_back(std::move(current));
                    current.clear();
                    inSi = false;
                } else if (xml.name() == u"rPh") {
                    --phonetic;
                }
            }
        }
        if (xml.hasError())
            return Error { path + ": the shared strings are damaged (" + xml.errorString().toStdString() + ")",
                { "read.xlsx_shared_strings_damaged", { xml.errorString().toStdString() } } };
    }
    if (const auto styles = readEntry(r->m_zip, "xl/styles.xml", zipError)) {
        QXmlStreamReader xml(*styles);
        std::map<int, std::string> custom;
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            const auto token = xml.readNext();
            if (token == QXmlStreamReader::StartElement) {
                if (xml.name() == u"numFmt")
                    custom[xml.attributes().value(QLatin1String("numFmtId")).toInt()]
                        = str(xml.attributes().value(QLatin1String("formatCode")));
                else if (xml.name() == u"cellXfs")
                    inCellXfs = true;
                else if (xml.name() == u"xf" && inCellXfs) {
                    const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                    const auto it = custom.find(id);
                    r->m_dateStyle.push_back(isDateFormat(id, it == custom.end() ? std::string() : it->second));
                }
            } else if (token == QXmlStreamReader::EndElement && xml.name() == u"cellXfs") {
                inCellXfs = false;
            }
        }
    }

    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(r->m_zip, target.c_str(), 0, &st) != 0)
        return Error { path + ": the sheet '" + sheets[chosen].first + "' is missing from the workbook",
            { "read.xlsx_sheet_missing", { sheets[chosen].first } } };
    r->m_sheetSize = static_cast<std::int64_t>(st.size);
    r->m_sheet = zip_fopen(r->m_zip, target.c_str(), 0);
    if (!r->m_sheet) {
        if (isEncryptionError(zip_error_code_zip(zip_get_error(r->m_zip))))
            return Error { path + ": is encrypted (password-protected); save it from Excel without a password",
                { "read.xlsx_encrypted", {} } };
        return Error { path + ": the sheet '" + sheets[chosen].first + "' cannot be read",
            { "read.xlsx_sheet_unreadable", { sheets[chosen].first } } };
    }
    r->m_xml = std::make_unique<QXmlStreamReader>();

    QFile file(QString::fromStdString(path));
    if (file.open(QIODevice::ReadOnly)) {
        Sha256 hash;
        std::string block(1 << 20, '\0');
        qint64 n = 0;
        while ((n = file.read(block.data(), static_cast<qint64>(block.size()))) > 0)
            hash.add({ block.data(), static_cast<size_t>(n) });
        if (n == 0)
            r->m_sha256 = hash.hex();
    }
    return r;
}

bool XlsxReader::feed()
{
    if (m_sheetDone)
        return false;
    QByteArray block(static_cast<qsizetype>(blockSize), Qt::Uninitialized);
    const zip_int64_t n = zip_fread(m_sheet, block.data(), blockSize);
    if (n <= 0) {
        m_sheetDone = true;
        return false;
    }
    block.resize(static_cast<qsizetype>(n));
    m_sheetRead += n;
    m_xml->addData(block);
    return true;
}

std::int64_t XlsxReader::bytesRead() const
{
    if (m_sheetSize <= 0)
        return m_fileSize;
    return static_cast<std::int64_t>(
        static_cast<double>(m_fileSize) * static_cast<double>(m_sheetRead) / static_cast<double>(m_sheetSize));
}

std::string XlsxReader::cellText(
    const std::string& type, int style, const std::string& value, const std::string& inlineText)
{
    if (type == "inlineStr")
        return inlineText;
    if (type == "s") {
        char* end = nullptr;
        const long index = std::strtol(value.c_str(), &end, 10);
        if (end == value.c_str() || index < 0 || static_cast<size_t>(index) >= m_sharedStrings.size()) {
            if (m_recordProblem.empty()) {
                m_recordProblem = "a cell names shared string " + value + ", which the workbook does not have";
                m_recordProblemReason = { "read.xlsx_shared_string_missing", { value } };
            }
            return {};
        }
        return m_sharedStrings[static_cast<size_t>(index)];
    }
    if (type == "b")
        return value == "1" ? "TRUE" : "FALSE";
    if (type == "str" || type == "e" || type == "d")
        return value;
    if (value.empty())
        return value;
    if (style >= 0 && static_cast<size_t>(style) < m_dateStyle.size() && m_dateStyle[static_cast<size_t>(style)]) {
        char* end = nullptr;
        const double serial = std::strtod(value.c_str(), &end);
        if (end != value.c_str() && std::isfinite(serial) && serial >= 0 && serial < 2958466) {
            auto days = static_cast<std::int64_t>(std::floor(serial));
            auto seconds = static_cast<std::int64_t>(std::llround((serial - static_cast<double>(days)) * 86400.0));
            if (seconds >= 86400) {
                ++days;
                seconds -= 86400;
            }
            Day day = 0;
            if (m_date1904)
                day = daysFromCivil(1904, 1, 1) + static_cast<Day>(days);
            else // serial 60 is Excel's 1900-02-29, which never was: earlier serials count from 1899-12-31
                day = (days < 61 ? daysFromCivil(1899, 12, 31) : daysFromCivil(1899, 12, 30)) + static_cast<Day>(days);
            const Timestamp t = startOfDay(day) + seconds;
            return seconds == 0 ? formatDay(day) : formatTimestamp(t);
        }
    }
    return formatNumber(value);
}

CsvReader::Next XlsxReader::next(std::vector<std::string>& fields)
{
    fields.clear();
    m_recordProblem.clear();
    m_recordProblemReason = {};
    if (!m_fatalError.empty())
        return CsvReader::Next::Failed;
    QXmlStreamReader& xml = *m_xml;
    // The next token, feeding more of the sheet when the reader has used up what it was given.
    const auto token = [&]() {
        for (;;) {
            const auto t = xml.readNext();
            if (t == QXmlStreamReader::Invalid && xml.error() == QXmlStreamReader::PrematureEndOfDocumentError) {
                if (feed())
                    continue;
            }
            return t;
        }
    };
    bool inRow = false;
    bool inCell = false;
    std::string type, value, inlineText;
    int style = -1;
    int column = 0;
    int nextColumn = 0;
    enum class Text { None, Value, Inline } text = Text::None;
    for (;;) {
        const auto t = token();
        if (t == QXmlStreamReader::Invalid) {
            if (xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !inRow)
                return CsvReader::Next::End;
            m_fatalError = "row " + std::to_string(m_nextRow) + ": the worksheet is damaged ("
                + xml.errorString().toStdString() + ")";
            m_fatalReason = { "read.xlsx_worksheet_damaged", { xml.errorString().toStdString() } };
            return CsvReader::Next::Failed;
        }
        if (t == QXmlStreamReader::EndDocument)
            return CsvReader::Next::End;
        if (t == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"row") {
                inRow = true;
                bool ok = false;
                const std::int64_t r = xml.attributes().value(QLatin1String("r")).toLongLong(&ok);
                m_recordLine = ok && r > 0 ? r : m_nextRow;
                m_nextRow = m_recordLine + 1;
                nextColumn = 0;
            } else if (name == u"c" && inRow) {
                inCell = true;
                const auto attributes = xml.attributes();
                type = str(attributes.value(QLatin1String("t")));
                bool ok = false;
                style = attributes.value(QLatin1String("s")).toInt(&ok);
                if (!ok)
                    style = -1;
                const QStringView ref = attributes.value(QLatin1String("r"));
                column = ref.isEmpty() ? nextColumn : columnOf(ref);
                if (column < 0)
                    column = nextColumn;
                nextColumn = column + 1;
                value.clear();
                inlineText.clear();
            } else if (inCell && name == u"v") {
                text = Text::Value;
            } else if (inCell && name == u"t") {
                text = Text::Inline;
            } else if (inCell && name == u"rPh") {
                text = Text::None;
            }
        } else if (t == QXmlStreamReader::Characters) {
            if (text == Text::Value)
                value += xml.text().toString().toStdString();
            else if (text == Text::Inline)
                inlineText += xml.text().toString().toStdString();
        } else if (t == QXmlStreamReader::EndElement) {
            const QStringView name = xml.name();
            if (name == u"v" || name == u"t") {
                text = Text::None;
            } else if (name == u"c" && inCell) {
                inCell = false;
                if (static_cast<size_t>(column) >= CsvReader::maxFields) {
                    m_fatalError = "row " + std::to_string(m_recordLine) + ": more than "
                        + std::to_string(CsvReader::maxFields) + " columns";
                    m_fatalReason = { "read.too_many_columns", { static_cast<std::int64_t>(CsvReader::maxFields) } };
                    return CsvReader::Next::Failed;
                }
                std::string cell = cellText(type, style, value, inlineText);
                if (!cell.empty()) {
                    if (fields.size() <= static_cast<size_t>(column))
                        fields.resize(static_cast<size_t>(column) + 1);
                    fields[static_cast<size_t>(column)] = std::move(cell);
                }
            } else if (name == u"row") {
                inRow = false;
                if (!fields.empty())
                    return CsvReader::Next::Record;
            } else if (name == u"sheetData") {
                return CsvReader::Next::End;
            }
        }
    }
}

} // namespace kinsight::core
