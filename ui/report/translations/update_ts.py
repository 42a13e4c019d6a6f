#!/usr/bin/env python3
"""Refreshes kinsight_report_zh_CN.ts from the report sources.

Report strings are translated in the "Report" context through core::reportText() (and the
local tr() helpers of core/report and ui/report, which call it) or marked with
QT_TRANSLATE_NOOP("Report", ...). lupdate does not see through those helpers, so this script
collects them: it keeps every existing translation, adds new strings as unfinished and drops
strings no longer used. Run it after changing report strings:

    python3 ui/report/translations/update_ts.py
"""
import pathlib
import re
import xml.etree.ElementTree as ET
from xml.sax.saxutils import escape

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parents[2]
TS = HERE / "kinsight_report_zh_CN.ts"
SOURCES = sorted((ROOT / "core/report").glob("*.[ch]*")) + sorted(p for p in (ROOT / "ui/report").glob("*.cpp") if p.name not in ("reportexport.cpp", "reportexportdialog.cpp"))

LITERALS = r'((?:"(?:[^"\\]|\\.)*"\s*)+)'
CALL = re.compile(r'\b(?:tr|reportText|QT_TRANSLATE_NOOP\(\s*"Report"\s*,)\s*\(?\s*' + LITERALS)


def unquote(literals):
    text = "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', literals))
    return bytes(text, "utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def collect():
    found = []
    for path in SOURCES:
        for match in CALL.finditer(path.read_text(encoding="utf-8")):
            text = unquote(match.group(1))
            if text not in found:
                found.append(text)
    return found


def existing():
    if not TS.exists():
        return {}
    out = {}
    for message in ET.parse(TS).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.text and translation.get("type") != "unfinished":
            out[message.findtext("source")] = translation.text
    return out


def main():
    known = existing()
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="zh_CN">',
             "<context>", "    <name>Report</name>"]
    missing = 0
    for source in collect():
        lines.append("    <message>")
        lines.append("        <source>%s</source>" % escape(source))
        if source in known:
            lines.append("        <translation>%s</translation>" % escape(known[source]))
        else:
            missing += 1
            lines.append('        <translation type="unfinished"></translation>')
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    TS.write_text("\n".join(lines), encoding="utf-8")
    print("%s: %d strings, %d untranslated" % (TS.name, len(collect()), missing))


if __name__ == "__main__":
    main()
