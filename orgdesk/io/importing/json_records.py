"""A JSON list of records (id, parent_id, name … as org-chart tools and open-data APIs give them) as a sheet.

    [{"id": "1", "parent_id": null, "name": "…"}, …]   or   {"data": [ … ]}

Each object becomes a row, its keys the header row (in first-seen order); values that are
lists or objects are left out, null is an empty cell. The sheet then goes through the same
header detection and column mapping as a CSV file, so "parent_id", "parentId" and
"manager_id" are recognised like their spreadsheet headers.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing.sheet_bounds import MAX_CELLS, MAX_COLUMNS
from orgdesk.io.importing.sheets import (
    CANNOT_READ,
    MAX_ROWS,
    NOT_A_SPREADSHEET,
    TOO_MANY_CELLS,
    TOO_MANY_ROWS,
    Cell,
    Sheet,
)

MAX_JSON_BYTES = 200 << 20  # 200 MB of JSON is far more than 500,000 records of an org chart

NOT_RECORDS = QT_TRANSLATE_NOOP(
    "Import",
    "“{path}” is JSON but not a list of records; it must be a list of objects such as "
    '[{{"id": "1", "parent_id": null, "name": "…"}}].',
)


def looks_like_json(path: Path, head: bytes) -> bool:
    return path.suffix.lower() == ".json" or head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"[{", b"[\n", b"[ "))


def read_json_sheet(path: Path) -> Sheet:
    """The records of a JSON file as one sheet (header row first)."""
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise SpreadsheetImportError(TOO_MANY_ROWS, sheet=path.stem, rows=f"> {MAX_ROWS}", limit=MAX_ROWS)
        data = json.loads(path.read_bytes().decode("utf-8-sig"), parse_int=_integer, parse_float=_number)
    except OSError as error:
        raise SpreadsheetImportError(CANNOT_READ, path=str(path), reason=error.strerror or str(error)) from error
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        raise SpreadsheetImportError(NOT_A_SPREADSHEET, path=str(path)) from error
    records = _records(data)
    if records is None:
        raise SpreadsheetImportError(NOT_RECORDS, path=str(path))
    if len(records) > MAX_ROWS:
        raise SpreadsheetImportError(TOO_MANY_ROWS, sheet=path.stem, rows=len(records), limit=MAX_ROWS)
    return Sheet(path.stem, _rows(records, path.stem))


def _integer(digits: str) -> int | str:
    """A JSON integer as written: a long one (an ID number, or 5,000 digits) stays its digits."""
    return int(digits) if len(digits) <= 15 else digits


def _number(text: str) -> float | str:
    """A JSON number with a fraction or exponent; one no float holds (1e999, 30 digits) stays its text."""
    value = float(text)
    digits = sum(char.isdigit() for char in text.split("e")[0].split("E")[0])
    return value if math.isfinite(value) and digits <= 15 else text


def _records(data: Any) -> list[dict[str, Any]] | None:
    """The list of objects, also when it is the one list inside a wrapper object ({"data": [...]})."""
    if isinstance(data, dict):
        lists = [value for value in data.values() if isinstance(value, list)]
        data = lists[0] if len(lists) == 1 else None
    if not isinstance(data, list) or not data or not all(isinstance(item, dict) for item in data):
        return None
    return data


def _rows(records: list[dict[str, Any]], name: str) -> list[list[Cell]]:
    keys: dict[str, None] = {}
    for record in records:
        for key, value in record.items():
            if not isinstance(value, list | dict):
                keys.setdefault(str(key), None)
    header = list(keys)
    if len(header) > MAX_COLUMNS or len(header) * (len(records) + 1) > MAX_CELLS:  # a grid of every key × record
        raise SpreadsheetImportError(
            TOO_MANY_CELLS, sheet=name, rows=len(records) + 1, columns=len(header), limit=f"{MAX_CELLS:,}"
        )
    rows: list[list[Cell]] = [list(header)]
    for record in records:
        rows.append([_cell(record.get(key)) for key in header])
    return rows


def _cell(value: Any) -> Cell:
    if value is None or isinstance(value, list | dict):
        return None
    if isinstance(value, bool | int | float | str):
        return value
    return str(value)
