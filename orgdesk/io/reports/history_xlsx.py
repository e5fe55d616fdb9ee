"""The history of a document as an Excel workbook: one row per changed item of each operation."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from openpyxl import Workbook

from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import translate
from orgdesk.io.atomic import written_atomically
from orgdesk.store.history import Entry, entity_json, local_time

HEADERS = (
    QT_TRANSLATE_NOOP("History", "No."),
    QT_TRANSLATE_NOOP("History", "When"),
    QT_TRANSLATE_NOOP("History", "Who"),
    QT_TRANSLATE_NOOP("History", "What"),
    QT_TRANSLATE_NOOP("History", "Kind"),
    QT_TRANSLATE_NOOP("History", "Item"),
    QT_TRANSLATE_NOOP("History", "Before"),
    QT_TRANSLATE_NOOP("History", "After"),
)
SHEET = QT_TRANSLATE_NOOP("History", "History")


def write_history_workbook(
    entries: Iterable[Entry], path: Path, action_text: Callable[[Entry], str], language: str | None = None
) -> None:
    """Every value is written as text (a name starting with '=' must never become a formula)."""
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = translate("History", SHEET, language)
    sheet.append([translate("History", header, language) for header in HEADERS])
    for entry in entries:
        for change in entry.changes:
            kind = translate("Fields", change.kind, language)
            when = local_time(entry.at)
            values = [entry.id, when, entry.author, action_text(entry), kind, change.entity_id]
            values += [entity_json(change.before) or "", entity_json(change.after) or ""]
            sheet.append(values)
            for cell in sheet[sheet.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"
    for column, width in zip("ABCDEFGH", (6, 20, 14, 30, 10, 8, 60, 60), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    with written_atomically(path) as partial:
        book.save(partial)
