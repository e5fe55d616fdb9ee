"""The comparison of two scenarios as a 对照表 workbook, in Chinese or English.

Sheet one, the totals per top-level unit: units, posts, 编制 and 在岗, each before / after /
delta (numbers, so a planner can sum and chart them), the whole organisation last. Sheet two,
every change: the kind of item, the kind of change, the description in the chosen language and
the paths of the item before and after. Text is always a string cell, never a formula.
"""

from __future__ import annotations

from pathlib import Path

from orgdesk.domain.compare import DiffEntry, DiffReport
from orgdesk.domain.compare_entries import CHANGE_NAMES, CHANGES, GROUPS, KIND_NAMES
from orgdesk.domain.compare_totals import TotalsRow
from orgdesk.domain.document import Document
from orgdesk.domain.messages import render_message
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import translate
from orgdesk.io import ExportError
from orgdesk.io.atomic import exported_atomically
from orgdesk.io.workbook.writer import CANNOT_WRITE, TOO_MANY_ROWS
from orgdesk.io.workbook.xlsx_stream import HEADER_STYLE, SheetStream, StreamingWorkbook

CONTEXT = "CompareExport"
TOTALS_SHEET = QT_TRANSLATE_NOOP("CompareExport", "Totals")
CHANGES_SHEET = QT_TRANSLATE_NOOP("CompareExport", "Changes")
TOP_UNIT = QT_TRANSLATE_NOOP("CompareExport", "Top-level unit")
FIGURES = (
    ("units", QT_TRANSLATE_NOOP("CompareExport", "Units")),
    ("posts", QT_TRANSLATE_NOOP("CompareExport", "Posts")),
    ("headcount", QT_TRANSLATE_NOOP("CompareExport", "Headcount")),
    ("filled", QT_TRANSLATE_NOOP("CompareExport", "Filled")),
)
SIDES = (
    QT_TRANSLATE_NOOP("CompareExport", "{figure} before"),
    QT_TRANSLATE_NOOP("CompareExport", "{figure} after"),
    QT_TRANSLATE_NOOP("CompareExport", "{figure} change"),
)
WHOLE = QT_TRANSLATE_NOOP("CompareExport", "Whole organisation: {name}")
CHANGE_COLUMNS = (
    (QT_TRANSLATE_NOOP("CompareExport", "Item"), 10.0),
    (QT_TRANSLATE_NOOP("CompareExport", "Change"), 10.0),
    (QT_TRANSLATE_NOOP("CompareExport", "Description"), 90.0),
)
HEADING = QT_TRANSLATE_NOOP("CompareExport", "Comparison “{before}” → “{after}”")


class _Language:
    def __init__(self, language: str) -> None:
        self.language = language

    def tr(self, context: str, text: str) -> str:
        return translate(context, text, self.language)

    def entry(self, entry: DiffEntry) -> str:
        return render_message("Compare", entry.template, entry.params, self.tr)


def write_compare_workbook(document: Document, report: DiffReport, path: Path, language: str = "zh_CN") -> None:
    """Write the comparison `report` (of `document`) to `path`, complete or not at all."""
    path = Path(path)
    with exported_atomically(path, CANNOT_WRITE) as partial:
        _write(document, report, partial, _Language(language))


def _write(document: Document, report: DiffReport, path: Path, language: _Language) -> None:
    book = StreamingWorkbook(path)
    try:
        heading = language.tr(CONTEXT, HEADING).format(
            before=document.scenario(report.before_id).name, after=document.scenario(report.after_id).name
        )
        _write_totals(book, report.totals, heading, language)
        _write_changes(book, report, language)
    except BaseException:
        book.abort()
        raise
    book.close()


def _write_totals(book: StreamingWorkbook, rows: list[TotalsRow], heading: str, language: _Language) -> None:
    sheet = book.add_sheet(language.tr(CONTEXT, TOTALS_SHEET))
    titles = [language.tr(CONTEXT, TOP_UNIT)]
    for _field, name in FIGURES:
        figure = language.tr(CONTEXT, name)
        titles += [language.tr(CONTEXT, side).format(figure=figure) for side in SIDES]
    sheet.fit_widths(lambda: [30.0] + [11.0] * (len(titles) - 1))
    sheet.append([heading], style=[HEADER_STYLE])
    sheet.append(titles, style=[HEADER_STYLE] * len(titles))
    for row in rows:
        name = language.tr(CONTEXT, WHOLE).format(name=row.name) if row.is_total else row.name
        cells: list[str | int] = [name]
        for field, _name in FIGURES:
            old, new = getattr(row.before, field), getattr(row.after, field)
            cells += [old, new, new - old]
        sheet.append(cells, style=[HEADER_STYLE] * len(cells) if row.is_total else None)


def _write_changes(book: StreamingWorkbook, report: DiffReport, language: _Language) -> None:
    titles = [language.tr(CONTEXT, title) for title, _width in CHANGE_COLUMNS]
    sheet: SheetStream = book.add_sheet(language.tr(CONTEXT, CHANGES_SHEET))
    sheet.fit_widths(lambda: [width for _title, width in CHANGE_COLUMNS])
    sheet.freeze_header()
    sheet.autofilter(len(titles))
    sheet.append(titles, style=[HEADER_STYLE] * len(titles))
    for kind, name in KIND_NAMES.items():
        for entry in report.of_kind(kind):
            row = [language.tr(GROUPS, name), language.tr(CHANGES, CHANGE_NAMES[entry.change]), language.entry(entry)]
            try:
                sheet.append(row)
            except OverflowError as error:
                raise ExportError(TOO_MANY_ROWS, sheet=sheet.name) from error
