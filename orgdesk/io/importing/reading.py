"""Reading spreadsheets and CSV files people send around, safely.

Limits (each refusal says why and what to do):
- a workbook whose parts would unpack to more than MAX_UNCOMPRESSED bytes, or whose
  parts compress more than MAX_RATIO : 1 (a zip bomb), is refused before anything is read;
- XML with a DOCTYPE or entity declaration is refused (entity-expansion tricks);
- a sheet with more than MAX_ROWS rows, a cell beyond MAX_COLUMNS, a grid of more than MAX_CELLS
  or shared strings that unfold to more than MAX_TEXT bytes is refused, found by scanning the
  sheet's XML before any reader builds it (orgdesk.io.importing.sheet_bounds); CSV rows are counted as read;
- encrypted workbooks and files that are no spreadsheet at all (whatever their name) get
  their own message.
Cells are read with python-calamine (Rust; ten times faster than openpyxl for big files).
CSV may be UTF-8 (with or without BOM), UTF-16 with BOM, or GBK/GB18030 as Chinese Excel saves it.
"""

from __future__ import annotations

import csv
import io
import re
import stat
import zipfile
import zlib
from array import array
from itertools import islice
from pathlib import Path
from typing import Any

from defusedxml import ElementTree

from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing.json_records import looks_like_json, read_json_sheet
from orgdesk.io.importing.sheet_bounds import (
    MAX_CELLS,
    MAX_COLUMNS,
    MAX_TEXT,
    SheetBounds,
    column_number,
    scan_sheet,
    shared_string_sizes,
)
from orgdesk.io.importing.sheets import (
    CANNOT_READ,
    MAX_ROWS,
    NOT_A_SPREADSHEET,
    TOO_MANY_CELLS,
    TOO_MANY_ROWS,
    Cell,
    Progress,
    Sheet,
)
from orgdesk.io.workbook.xlsx_stream import column_letter

MAX_UNCOMPRESSED = 1 << 30  # 1 GiB of unpacked XML: far above a 1,000,000-cell workbook
MAX_RATIO = 200  # real sheets compress 5-30 : 1; bombs thousands : 1
MAX_CSV_FIELD = 1 << 20  # characters in one CSV field (Excel's own cell limit is 32,767)
CSV_SUFFIXES = (".csv", ".txt", ".tsv")

DAMAGED_WORKBOOK = QT_TRANSLATE_NOOP(
    "Import", "“{path}” is damaged (its contents cannot be unpacked). Open it in Excel or WPS, save it again and retry."
)
ENCRYPTED = QT_TRANSLATE_NOOP(
    "Import", "“{path}” is protected with a password. Open it in Excel or WPS, remove the password, save and try again."
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Import",
    "“{path}” would unpack to {size} MB (the limit is {limit} MB); it may be damaged or built to harm. "
    "Open it in Excel and save the sheet you need on its own.",
)
XML_TRICKS = QT_TRANSLATE_NOOP(
    "Import", "“{path}” contains XML entity declarations, which a normal workbook never has; it was not read."
)
TOO_WIDE = QT_TRANSLATE_NOOP(
    "Import",
    "Sheet “{sheet}” has a cell in column {column}; at most {limit} columns can be read. Something lies far to "
    "the right of the table: in Excel or WPS press Ctrl+End to find it, delete those columns, save and try again.",
)
TOO_MUCH_TEXT = QT_TRANSLATE_NOOP(
    "Import",
    "Sheet “{sheet}” would unfold to {size} MB of text (the limit is {limit} MB); it may be damaged or built "
    "to harm. Open it in Excel or WPS and save the sheet you need on its own.",
)
CSV_FIELD_TOO_LONG = QT_TRANSLATE_NOOP(
    "Import",
    "“{path}”, line {line}: a field is longer than {limit} characters (often a quote that never closes). "
    "Check the quotes on that line, save and try again.",
)
CSV_UNCLOSED_QUOTE = QT_TRANSLATE_NOOP(
    "Import",
    '“{path}”, line {line}: a quote (") opens a field that never closes, so the rest of the file would become '
    "one name. Close or remove that quote, save and try again.",
)
NO_SUCH_SHEET = QT_TRANSLATE_NOOP("Import", "The workbook has no sheet “{sheet}”; it has: {sheets}.")
EMPTY = QT_TRANSLATE_NOOP("Import", "Sheet “{sheet}” is empty; choose the sheet that holds the data.")


def read_sheets(path: Path, sheet: str | None = None, *, progress: Progress | None = None) -> list[Sheet]:
    """The sheets of a workbook (or the named one), or the one table of a CSV file."""
    path = Path(path)
    try:
        facts = path.stat()
        if not stat.S_ISREG(facts.st_mode):  # a pipe would never end, a device never stop
            raise SpreadsheetImportError(NOT_A_FILE, path=str(path))
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise SpreadsheetImportError(CANNOT_READ, path=str(path), reason=error.strerror or str(error)) from error
    if facts.st_size > MAX_FILE_BYTES:
        raise SpreadsheetImportError(FILE_TOO_BIG, path=str(path), size=facts.st_size >> 20, limit=MAX_FILE_BYTES >> 20)
    if head.startswith(b"PK\x03\x04"):
        return _read_workbook(path, sheet, progress)
    if head.startswith(b"\xd0\xcf\x11\xe0"):  # an OLE file: an encrypted .xlsx or an old .xls
        return _read_ole(path, sheet)

    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):  # binary, not text
        raise SpreadsheetImportError(NOT_A_SPREADSHEET, path=str(path))
    if looks_like_json(path, head):
        return [read_json_sheet(path)]
    return [_read_csv(path, progress)]


MAX_FILE_BYTES = 500 << 20  # a file to import: far above a 500,000-row roster
NOT_A_FILE = QT_TRANSLATE_NOOP(
    "Import", "“{path}” is not a file (a folder, a pipe or a device); save the data as a file and import that."
)
FILE_TOO_BIG = QT_TRANSLATE_NOOP(
    "Import", "“{path}” is {size} MB; at most {limit} MB can be imported at once. Split it and try again."
)


# ----- xlsx -------------------------------------------------------------------------------
def check_workbook_zip(path: Path) -> dict[str, str]:
    """Refuse bombs, entity tricks and non-workbooks; give sheet name -> worksheet part."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise SpreadsheetImportError(NOT_A_SPREADSHEET, path=str(path)) from error
    with archive:
        infos = archive.infolist()
        names = {info.filename for info in infos}
        opendocument = "content.xml" in names and _is_ods(archive)
        if "xl/workbook.xml" not in names and not opendocument:
            raise SpreadsheetImportError(NOT_A_SPREADSHEET, path=str(path))
        total = sum(info.file_size for info in infos)
        big = [info for info in infos if info.file_size > 1 << 20]
        ratio = max((info.file_size / max(info.compress_size, 1) for info in big), default=0)
        if total > MAX_UNCOMPRESSED or ratio > MAX_RATIO:
            raise SpreadsheetImportError(TOO_BIG, path=str(path), size=total >> 20, limit=MAX_UNCOMPRESSED >> 20)
        for info in infos:
            if info.filename.endswith((".xml", ".rels")):
                with archive.open(info) as part:
                    start = part.read(4096)
                if b"<!DOCTYPE" in start or b"<!ENTITY" in start:
                    raise SpreadsheetImportError(XML_TRICKS, path=str(path))
        return {} if opendocument else _sheet_parts(archive)  # an .ods: calamine reads it whole


def _is_ods(archive: zipfile.ZipFile) -> bool:
    """An OpenDocument spreadsheet (LibreOffice, WPS's .ods): its first part names the type."""
    try:
        return archive.read("mimetype")[:100] == b"application/vnd.oasis.opendocument.spreadsheet"
    except KeyError:
        return False


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return {}
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    parts: dict[str, str] = {}
    for element in book.iter(f"{main}sheet"):
        target = targets.get(element.get(f"{rel}id"), "")
        target = target.lstrip("/") if target.startswith("/") else "xl/" + target
        parts[element.get("name", "")] = target
    return parts


def check_sheet_bounds(archive: zipfile.ZipFile, name: str, part: str, shared: array[int]) -> SheetBounds:
    """Refuse a sheet a reader would blow up into gigabytes (a stray far cell, a huge dimension,
    one long shared string in every cell), before any reader builds it; else its bounds."""
    bounds = scan_sheet(archive, part, shared)
    if bounds.rows > MAX_ROWS:
        raise SpreadsheetImportError(TOO_MANY_ROWS, sheet=name, rows=bounds.rows, limit=MAX_ROWS)
    if bounds.columns > MAX_COLUMNS:
        column = column_letter(bounds.columns - 1)
        raise SpreadsheetImportError(TOO_WIDE, sheet=name, column=column, limit=MAX_COLUMNS)
    if bounds.area > MAX_CELLS:
        raise SpreadsheetImportError(
            TOO_MANY_CELLS, sheet=name, rows=bounds.rows, columns=bounds.columns, limit=f"{MAX_CELLS:,}"
        )
    if bounds.text > MAX_TEXT:
        raise SpreadsheetImportError(TOO_MUCH_TEXT, sheet=name, size=bounds.text >> 20, limit=MAX_TEXT >> 20)
    return bounds


def _check_sheets(path: Path, parts: dict[str, str], chosen: list[str]) -> dict[str, SheetBounds]:
    try:
        with zipfile.ZipFile(path) as archive:
            shared = shared_string_sizes(archive)
            return {name: check_sheet_bounds(archive, name, parts[name], shared) for name in chosen if name in parts}
    except (KeyError, OSError, zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        raise SpreadsheetImportError(DAMAGED_WORKBOOK, path=str(path)) from error


def _read_workbook(path: Path, wanted: str | None, progress: Progress | None) -> list[Sheet]:
    try:
        parts = check_workbook_zip(path)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:  # damaged inside the zip
        raise SpreadsheetImportError(DAMAGED_WORKBOOK, path=str(path)) from error
    return _read_with_calamine(path, wanted, parts, progress)


def _read_ole(path: Path, wanted: str | None) -> list[Sheet]:
    with path.open("rb") as handle:
        data = handle.read(1 << 20)
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise SpreadsheetImportError(ENCRYPTED, path=str(path))
    return _read_with_calamine(path, wanted, {}, None)  # an old .xls: calamine reads those too


def _read_with_calamine(
    path: Path, wanted: str | None, parts: dict[str, str], progress: Progress | None
) -> list[Sheet]:
    import python_calamine as calamine

    try:
        book = calamine.CalamineWorkbook.from_path(str(path))
    except calamine.PasswordError as error:
        raise SpreadsheetImportError(ENCRYPTED, path=str(path)) from error
    except (calamine.CalamineError, OSError, ValueError) as error:
        raise SpreadsheetImportError(NOT_A_SPREADSHEET, path=str(path)) from error
    names = list(book.sheet_names)
    if wanted is not None and wanted not in names:
        raise SpreadsheetImportError(NO_SUCH_SHEET, sheet=wanted, sheets=", ".join(names))
    chosen = [wanted] if wanted is not None else names
    bounds = _check_sheets(path, parts, chosen) if parts else {}
    report = _SheetProgress(progress, len(chosen))
    sheets = []
    for name in chosen:
        try:
            cells = book.get_sheet_by_name(name)
        except (calamine.CalamineError, ValueError) as error:
            raise SpreadsheetImportError(CANNOT_READ, path=str(path), reason=str(error)) from error
        height = cells.end[0] + 1 if cells.end is not None else 0
        if height > MAX_ROWS:  # a sheet that does not declare its size: refused before its rows are made
            raise SpreadsheetImportError(TOO_MANY_ROWS, sheet=name, rows=height, limit=MAX_ROWS)
        try:
            rows = _calamine_rows(cells, report)
        except (calamine.CalamineError, ValueError) as error:
            raise SpreadsheetImportError(CANNOT_READ, path=str(path), reason=str(error)) from error
        _fill_merged(rows, cells)
        if name not in parts:  # an old .xls: only floats, no digits to put back
            rounded = _long_floats(rows)
        else:
            rounded = _exact_long_numbers(path, parts[name], rows) if bounds[name].long_numbers else []
        sheets.append(Sheet(name, rows, rounded))
        report.sheet_done()
    return sheets


def _fill_merged(rows: list[list[Cell]], sheet: Any) -> None:
    """Merged cells read as the value of their top-left cell over the whole range (a 部门 merged
    down over its posts), within the rows and columns the sheet has."""
    try:
        ranges = sheet.merged_cell_ranges or []
    except (AttributeError, ValueError):  # a reader or format without merge information
        return
    for (top, left), (bottom, right) in ranges:
        if top >= len(rows) or left >= len(rows[top]):
            continue
        value = rows[top][left]
        if value in (None, ""):
            continue
        for row in rows[top : min(bottom, len(rows) - 1) + 1]:
            for column in range(left, min(right, len(row) - 1) + 1):
                if row[column] in (None, ""):
                    row[column] = value


LONG_NUMBER = 1e15  # from here on a float may no longer hold every digit as written


def _long_floats(rows: list[list[Cell]]) -> list[tuple[int, int, str]]:
    """Numbers of 16 digits or more (an old .xls keeps only floats: their digits are gone)."""
    return [
        (r, c, repr(cell))
        for r, row in enumerate(rows)
        for c, cell in enumerate(row)
        if type(cell) is float and abs(cell) >= LONG_NUMBER
    ]


_NUMBER_CELL = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?c\s([^>]*)>\s*<(?:[A-Za-z_][\w.-]*:)?v>([^<]{16,})</")
_REFERENCE = re.compile(rb'\br="([A-Z]{1,3})([0-9]+)"')
_TEXT_TYPES = re.compile(rb'\bt="(?:s|str|inlineStr|b|e|d)"')
_DIGITS = re.compile(rb"-?[0-9]+")


def _exact_long_numbers(path: Path, part: str, rows: list[list[Cell]]) -> list[tuple[int, int, str]]:
    """Put back the digits of long integers the reader turned into floats (an 18-digit 身份证号 as a
    number cell: the file holds every digit, a float only 15-17), as text; return the long numbers
    the file itself had already rounded (written as 1.10101199001011E+17)."""
    rounded: list[tuple[int, int, str]] = []
    with zipfile.ZipFile(path) as archive:
        data = archive.read(part)
    for attributes, value in _NUMBER_CELL.findall(data):
        reference = _REFERENCE.search(attributes)
        if reference is None or _TEXT_TYPES.search(attributes):
            continue
        r, c = int(reference.group(2)) - 1, column_number(reference.group(1)) - 1
        if r >= len(rows) or c >= len(rows[r]) or type(rows[r][c]) is not float:
            continue
        text = value.strip().decode("ascii", errors="replace")
        if _DIGITS.fullmatch(value.strip()):
            rows[r][c] = text  # every digit, as text: an ID, never arithmetic
        elif abs(float(rows[r][c])) >= LONG_NUMBER:  # type: ignore[arg-type]
            rounded.append((r, c, text))
    return rounded


class _SheetProgress:
    """Progress through the sheets of a workbook, in thousandths, also within a big sheet."""

    STEP_ROWS = 10_000  # how often a big sheet reports (and a cancelled read stops)

    def __init__(self, progress: Progress | None, sheets: int) -> None:
        self.progress, self.total, self.done = progress, max(sheets, 1) * 1000, 0

    def rows(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(self.done + 1000 * done // max(total, 1), self.total)

    def sheet_done(self) -> None:
        self.done += 1000
        if self.progress is not None:
            self.progress(self.done, self.total)


def _calamine_rows(sheet: Any, report: _SheetProgress) -> list[list[Cell]]:
    """All rows from A1 (blank cells as ""), ten thousand at a time: the progress callback
    may stop the read between them."""
    if sheet.start is None or sheet.start[1] != 0:  # blank, or blank first columns: rare, read at once
        return [list(row) for row in sheet.to_python(skip_empty_area=False)]
    height = sheet.end[0] + 1
    rows: list[list[Cell]] = []
    pending = sheet.iter_rows()
    while chunk := list(islice(pending, _SheetProgress.STEP_ROWS)):
        rows += chunk
        report.rows(len(rows), height)
    if len(rows) != height:  # not the rows from A1 this reader's version promised: read them at once
        return [list(row) for row in sheet.to_python(skip_empty_area=False)]
    return rows


# ----- csv ----------------------------------------------------------------------------------
def decode_text(raw: bytes) -> str | None:
    """Text in the encodings Excel and WPS save CSV in; None if it is not text at all."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16", errors="replace")
    if b"\x00" in raw[:4096]:
        return None  # binary
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def _read_csv(path: Path, progress: Progress | None) -> Sheet:
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SpreadsheetImportError(CANNOT_READ, path=str(path), reason=error.strerror or str(error)) from error
    text = decode_text(raw)
    if text is None or (path.suffix.lower() not in CSV_SUFFIXES and not looks_tabular(text)):
        raise SpreadsheetImportError(NOT_A_SPREADSHEET, path=str(path))
    delimiter = _delimiter(text)
    try:
        rows = _csv_rows(text, delimiter, path, progress, strict=True)
    except _LooseQuotes:  # "a"b: as Excel reads it, the quote is part of the text
        rows = _csv_rows(text, delimiter, path, progress, strict=False)
    return Sheet(path.stem, rows)


class _LooseQuotes(Exception):
    """A quote in the middle of a field (`"a"b`), which strict CSV refuses and Excel accepts."""


def _csv_rows(text: str, delimiter: str, path: Path, progress: Progress | None, *, strict: bool) -> list[list[Cell]]:
    csv.field_size_limit(MAX_CSV_FIELD)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    rows: list[list[Cell]] = []
    line = 1  # where the row being read starts
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                raise SpreadsheetImportError(
                    TOO_WIDE, sheet=path.stem, column=column_letter(len(row) - 1), limit=MAX_COLUMNS
                )
            rows.append(list(row))
            line = reader.line_num + 1
            if len(rows) > MAX_ROWS:
                raise SpreadsheetImportError(TOO_MANY_ROWS, sheet=path.stem, rows=f"> {MAX_ROWS}", limit=MAX_ROWS)
            if progress is not None and len(rows) % 50_000 == 0:
                progress(len(rows), 0)
    except csv.Error as error:
        reason = str(error)
        if "field limit" in reason:
            raise SpreadsheetImportError(CSV_FIELD_TOO_LONG, path=str(path), line=line, limit=MAX_CSV_FIELD) from error
        if "end of data" in reason or "new-line character seen in unquoted field" in reason:
            raise SpreadsheetImportError(CSV_UNCLOSED_QUOTE, path=str(path), line=line) from error
        raise _LooseQuotes from error
    return rows


def _delimiter(text: str) -> str:
    """The separator that splits the first lines most evenly (comma, semicolon, tab, bar)."""
    lines = [line for line in text[:20_000].splitlines()[:20] if line.strip()]
    best, best_score = ",", 0
    for candidate in (",", "\t", ";", "|"):
        counts = [line.count(candidate) for line in lines]
        if not counts or counts[0] == 0:
            continue
        score = sum(1 for count in counts if count == counts[0]) * 100 + counts[0]
        if score > best_score:
            best, best_score = candidate, score
    return best


def looks_tabular(text: str) -> bool:
    first = text[:2000].splitlines()[:1]
    return bool(first) and any(sep in first[0] for sep in (",", "\t", ";"))
