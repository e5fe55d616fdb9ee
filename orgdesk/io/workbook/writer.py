"""The roster workbook (组织架构, 定编表, 岗位, 花名册, 岗位职责, 考核指标) as one .xlsx file.

Rows stream to disk as they are made (orgdesk.io.workbook.xlsx_stream), so a 50,000-person roster
never holds the workbook in memory. Writer choice, measured on the 10,000-unit benchmark
workbook (≈ 1.5 M cells; see xlsx_stream for the figures): xlsxwriter constant_memory and
openpyxl write-only both took far over the 10 s target, so a small dedicated streaming
writer is used; reading stays with python-calamine / openpyxl.

Text is always a string cell, so a name typed as "=SUM(A1)" or "+86 …" stays text and never
becomes a formula; numbers are numbers, dates real dates, codes and numbers-as-ids text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import partial
from pathlib import Path

from orgdesk.domain.document import Document
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io import ExportError
from orgdesk.io.atomic import exported_atomically
from orgdesk.io.workbook.labels import COLUMNS, headers, sheet_name, sheet_title
from orgdesk.io.workbook.rows import Row, SheetRows
from orgdesk.io.workbook.xlsx_stream import (
    HEADER_STYLE,
    INDENT_BASE,
    MAX_INDENT,
    TEXT_STYLE,
    TITLE_STYLE,
    StreamingWorkbook,
)

Progress = Callable[[int, int], None]

CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Export", "Cannot write “{path}”: {reason}. Close it if it is open in Excel or WPS, or choose another folder."
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Export", "Sheet “{sheet}” would have more rows than Excel allows (1,048,576); export a part of the tree."
)
NO_SCENARIO = QT_TRANSLATE_NOOP("Export", "The document has no scenario with id {id}; choose another scenario.")

MAX_OUTLINE_LEVEL = 7  # Excel folds at most 7 levels; deeper units share level 7
WIDTH_SAMPLE_ROWS = 2000  # column widths are fitted to the first rows only (a full pass costs seconds)
MAX_WIDTH = 60
REPORT_EVERY = 2000  # rows between progress reports
TEXT_COLUMNS = {"code", "ref", "post_ref", "owner_ref", "reports_to_ref", "phone"}  # shown as text even if digits


def write_workbook(
    document: Document,
    scenario_id: int,
    path: Path,
    language: str = "zh_CN",
    *,
    progress: Progress | None = None,
) -> None:
    """Write the workbook of one scenario to `path` (complete or not at all).

    `progress(done, total)` is called every few thousand rows; if it raises (a cancel button),
    the exception propagates and no file is left behind.
    """
    if document.get("scenario", scenario_id) is None:
        raise ExportError(NO_SCENARIO, id=scenario_id)
    document.load_all()
    path = Path(path)
    with exported_atomically(path, CANNOT_WRITE) as partial:
        _write(document, scenario_id, partial, language, progress)


def _write(document: Document, scenario_id: int, path: Path, language: str, progress: Progress | None) -> None:
    rows = SheetRows(document, scenario_id, language)
    outline = rows.outline
    people = rows.roster_people()
    total = 2 * len(outline.units) + len(outline.posts) + len(people) + _count_rows(document)
    counter = _Counter(total, progress)
    title = partial(
        sheet_title,
        language=language,
        organisation=document.organisation.name,
        scenario=document.scenario(scenario_id).name,
        day=date.today(),
    )
    book = StreamingWorkbook(path)
    try:
        unit_kept = rows.kept_headers(outline.units)
        sheet = _SheetWriter(book, "structure", language, title("structure"), unit_kept)
        name_column = list(COLUMNS["structure"]).index("name")
        for depth, row in rows.structure(unit_kept):
            sheet.write(row, name_column=name_column, level=depth)
            counter.step()
        post_kept = rows.kept_headers(outline.posts)
        person_kept = rows.kept_headers(person for person, _held in people)
        sheets: list[tuple[str, Iterable[Row], list[str]]] = [
            ("establishment", rows.establishment(), []),
            ("posts", rows.posts(post_kept), post_kept),
            ("roster", rows.roster(people, person_kept), person_kept),
            ("duties", rows.duties(), []),
            ("kpis", rows.kpis(), []),
        ]
        for key, sheet_rows, kept in sheets:
            sheet = _SheetWriter(book, key, language, title(key), kept)
            if key == "roster":  # printed as HR prints it: the columns nobody filled in are hidden
                sheet_rows = list(sheet_rows)
                sheet.hide_empty_columns(sheet_rows, keep={"number", "code", "name", "unit", "post"})
            for row in sheet_rows:
                sheet.write(row)
                counter.step()
    except BaseException:
        book.abort()
        raise
    book.close()
    counter.done()


def _count_rows(document: Document) -> int:
    """Roughly the rows of the roster, duty and KPI sheets (for the progress bar only)."""
    return document.count("assignment") + document.count("duty") + document.count("kpi")


class _Counter:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.progress, self.count = max(total, 1), progress, 0

    def step(self) -> None:
        self.count += 1
        if self.progress is not None and self.count % REPORT_EVERY == 0:
            self.progress(min(self.count, self.total - 1), self.total)

    def done(self) -> None:
        if self.progress is not None:
            self.progress(self.total, self.total)


def display_width(text: str) -> int:
    """Columns a text needs: CJK and full-width characters take two."""
    return sum(2 if ord(char) >= 0x2E80 else 1 for char in text)


class _SheetWriter:
    """One sheet: a title row, then the bold frozen header (repeated on every printed page), typed
    cells, fitted widths, autofilter; printed landscape, one page wide. `kept`: headers of the
    columns brought from an imported sheet, after ours."""

    def __init__(self, book: StreamingWorkbook, key: str, language: str, title: str, kept: list[str]) -> None:
        self.key = key
        titles = headers(key, language) + kept
        self.sheet = book.add_sheet(sheet_name(key, language), buffer_rows=WIDTH_SAMPLE_ROWS)
        self.widths: list[float] = [display_width(text) for text in titles]
        self.styles = [TEXT_STYLE if k in TEXT_COLUMNS else 0 for k in COLUMNS[key]] + [0] * len(kept)
        self.sheet.fit_widths(lambda: [min(width + 2, MAX_WIDTH) for width in self.widths])
        self.sheet.freeze_header(header_row=2)
        self.sheet.autofilter(len(titles))
        self.sheet.print_as_a_list()
        self.sheet.append([title], style=[TITLE_STYLE])
        self.sheet.append(titles, style=[HEADER_STYLE] * len(titles))

    def hide_empty_columns(self, rows: list[Row], keep: set[str]) -> None:
        """Hide the columns empty in every row (they stay in the file, so it imports back the same)."""
        keys = list(COLUMNS[self.key])
        for column in range(len(self.widths)):
            if column < len(keys) and keys[column] in keep:
                continue
            if all(column >= len(row) or row[column] in (None, "") for row in rows):
                self.sheet.hidden_columns.add(column)

    def write(self, row: Row, *, name_column: int | None = None, level: int = 0) -> None:
        styles = self.styles
        if name_column is not None:
            styles = list(styles)
            styles[name_column] = INDENT_BASE + min(level, MAX_INDENT)
        if self.sheet.rows <= WIDTH_SAMPLE_ROWS:  # (the title row is not measured: it may run across)
            self._measure(row, name_column, level)
        try:
            self.sheet.append(row, style=styles, level=min(level, MAX_OUTLINE_LEVEL))
        except OverflowError as error:
            raise ExportError(TOO_MANY_ROWS, sheet=self.sheet.name) from error

    def _measure(self, row: Row, name_column: int | None, level: int) -> None:
        widths = self.widths
        for column, value in enumerate(row):
            if isinstance(value, str):
                width = display_width(value) + (2 * level if column == name_column else 0)
            elif isinstance(value, date):
                width = 10
            else:
                continue
            if width > widths[column]:
                widths[column] = width


def iter_sheet_rows(document: Document, scenario_id: int, language: str) -> Iterator[tuple[str, Row]]:
    """Every (sheet key, row) of the workbook, for writers other than xlsxwriter (CSV, benchmarks)."""
    rows = SheetRows(document, scenario_id, language)
    for _depth, row in rows.structure():
        yield "structure", row
    producers: dict[str, Callable[[], Iterable[Row]]] = {
        "establishment": rows.establishment,
        "posts": rows.posts,
        "roster": lambda: rows.roster(rows.roster_people(), []),
        "duties": rows.duties,
        "kpis": rows.kpis,
    }
    for key, produce in producers.items():
        for row in produce():
            yield key, row
