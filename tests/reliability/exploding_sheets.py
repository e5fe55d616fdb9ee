"""Tiny workbooks that a reader would blow up into gigabytes: a stray cell far right or far down,
a dimension that lies, one long shared string in every cell. Written by hand, byte by byte."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from tests.reliability.hostile_files import (
    CONTENT_TYPES,
    GOOD_ROWS,
    ROOT_RELS,
    SHEET_END,
    SHEET_START,
    WORKBOOK,
    rows_xml,
    write_xlsx,
)

SHARED_TYPES = CONTENT_TYPES.replace(
    "</Types>",
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
)
SHARED_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)


def _stray_cell(reference: str, dimension: str | None = None) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        start = SHEET_START
        if dimension is not None:
            start = start.replace("<sheetData>", f'<dimension ref="{dimension}"/><sheetData>')
        row = "".join(ch for ch in reference if ch.isdigit())
        stray = f'<row r="{row}"><c r="{reference}" t="inlineStr"><is><t>x</t></is></c></row>'
        write_xlsx(path, start + rows_xml(GOOD_ROWS) + stray + SHEET_END)

    return write


def shared_string_everywhere(path: Path, length: int = 100_000, cells: int = 30_000) -> None:
    """One long shared string referenced by every cell (a few hundred KB on disk)."""
    strings = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="3" uniqueCount="3">'
        f"<si><t>{escape('部门名称')}</t></si><si><t>{escape('上级部门')}</t></si><si><t>{'长' * length}</t></si></sst>"
    )
    header = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
    body = "".join(f'<row r="{r}"><c r="A{r}" t="s"><v>2</v></c></row>' for r in range(2, cells + 2))
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", SHARED_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", SHARED_RELS)
        archive.writestr("xl/sharedStrings.xml", strings)
        archive.writestr("xl/worksheets/sheet1.xml", SHEET_START + header + body + SHEET_END)


def prefixed_far_cell(path: Path) -> None:
    """The stray cell written with a namespace prefix and r after another attribute (not the usual form)."""
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
        '<x:row r="1"><x:c t="inlineStr" r="A1"><x:is><x:t>部门名称</x:t></x:is></x:c></x:row>'
        '<x:row r="2"><x:c t="inlineStr" r="A2"><x:is><x:t>总部</x:t></x:is></x:c></x:row>'
        '<x:row r="9000"><x:c s="0" r="XFD9000" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row>'
        "</x:sheetData></x:worksheet>"
    )
    write_xlsx(path, sheet)


def json_of_every_key(path: Path) -> None:
    """One record with 50,000 keys and 50,000 empty ones: a grid of 2.5 billion cells."""
    records: list[dict[str, int]] = [{f"k{i}": 1 for i in range(50_000)}, *({} for _ in range(50_000))]
    path.write_text(json.dumps(records), encoding="utf-8")


def csv_of_one_wide_line(path: Path) -> None:
    path.write_text("部门名称,上级部门\n总部," + "," * 200_000 + "\n", encoding="utf-8")


# name: (builder, words the refusal must contain)
EXPLODING: dict[str, tuple[Callable[[Path], None], str]] = {
    "JSON: one record of 50,000 keys and 50,000 empty ones": (json_of_every_key, "cells can be read"),
    "CSV: a line of 200,000 commas": (csv_of_one_wide_line, "at most 1000 columns"),
    "a cell at XFD5000": (_stray_cell("XFD5000"), "column XFD"),
    "a cell at XFD20000 under a false dimension": (_stray_cell("XFD20000", "A1:B4"), "column XFD"),
    "a cell at ALL9000 (a 9,000,000-cell grid)": (_stray_cell("ALL9000"), "cells can be read"),
    "a cell at B3000000": (_stray_cell("B3000000"), "rows"),
    "a namespaced cell at XFD9000": (prefixed_far_cell, "column XFD"),
    "one 100,000-character shared string in 30,000 cells": (shared_string_everywhere, "MB of text"),
}
