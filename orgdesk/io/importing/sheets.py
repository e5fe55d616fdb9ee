"""What every reader of a sheet gives (rows of cells), and the refusals they share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from orgdesk.domain.rules import QT_TRANSLATE_NOOP

Cell = str | int | float | date | datetime | time | timedelta | bool | None
Progress = Callable[[int, int], None]

MAX_ROWS = 500_000

CANNOT_READ = QT_TRANSLATE_NOOP("Import", "Cannot read “{path}”: {reason}.")
NOT_A_SPREADSHEET = QT_TRANSLATE_NOOP(
    "Import", "“{path}” is not an Excel workbook or CSV file. Save it from Excel or WPS as .xlsx or .csv and try again."
)
TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "Import", "Sheet “{sheet}” has {rows} rows; at most {limit} can be imported at once. Split the sheet and try again."
)
TOO_MANY_CELLS = QT_TRANSLATE_NOOP(
    "Import",
    "Sheet “{sheet}” spans {rows} rows × {columns} columns; at most {limit} cells can be read at once. Delete what "
    "lies beyond the table (Ctrl+End in Excel or WPS shows the last cell), or split the sheet, and try again.",
)


@dataclass
class Sheet:
    name: str
    rows: list[list[Cell]]
    # (row, column) 0-based and the file's text of numbers of more than 15 digits that the file
    # itself had rounded (Excel keeps 15): an ID number typed as a number
    rounded: list[tuple[int, int, str]] = field(default_factory=list)
