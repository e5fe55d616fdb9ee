"""The data rows of a sheet as text records: spreadsheet row number and field -> text.

Importers read every mapped cell as text exactly once, here. A 10,000-unit roster
workbook is some 140,000 rows, so the work goes column by column: a column of text
cells (what most columns are) is trimmed by `map(str.strip, …)` at C speed, a column
of dates or of numbers has its own quick conversion, and only mixed columns go
through `text_of` cell by cell (the texts are the same either way).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import compress, repeat
from operator import itemgetter
from typing import cast

from orgdesk.io.importing.mapping import text_of
from orgdesk.io.importing.sheets import Cell

Record = tuple[int, dict[str, str]]  # (spreadsheet row number, field -> text)
TextRow = tuple[int, tuple[str, ...]]  # (spreadsheet row number, texts of the chosen columns, "")


def text_records(
    rows: Sequence[Sequence[Cell]], first: int, columns: dict[str, int], *, whole_row: bool = False
) -> list[Record]:
    """A record per row from `rows[first]` on that has text in a mapped column, or with
    `whole_row` in any column (a row filled only in columns nobody reads is no blank row)."""
    keys = list(columns)
    found = text_rows(rows, first, list(columns.values()), whole_row=whole_row)
    return [(number, dict(zip(keys, texts, strict=False))) for number, texts in found]


def text_rows(
    rows: Sequence[Sequence[Cell]], first: int, columns: Sequence[int], *, whole_row: bool = False
) -> list[TextRow]:
    """As `text_records`, with the texts of `columns` as a tuple in their order and one more
    blank text at its end, where a reader can point a column the sheet does not have."""
    body = list(rows[first:])
    if not body:
        return []
    texts = [_text_column(body, index) for index in columns]
    filled = list(map(any, zip(*texts, strict=True))) if texts else [False] * len(body)
    if whole_row:
        filled = [known or any(map(text_of, row)) for known, row in zip(filled, body, strict=True)]
    numbers = range(first + 1, first + 1 + len(body))  # 1-based, as the spreadsheet shows it
    return list(compress(zip(numbers, zip(*texts, repeat(""))), filled))  # noqa: B905 (repeat is endless)


def _text_column(body: list[Sequence[Cell]], index: int) -> list[str]:
    if min(map(len, body)) > index:
        cells: list[Cell] = list(map(itemgetter(index), body))
    else:  # rows of uneven length (CSV): the missing cells are blank
        cells = [row[index] if index < len(row) else "" for row in body]
    kinds = set(map(type, cells))
    if kinds == {str}:  # most columns
        return list(map(str.strip, cast(list[str], cells)))
    if kinds == {date}:
        return list(map(date.isoformat, cast(list[date], cells)))
    if kinds == {float}:  # numbers: 1000001.0 -> "1000001"
        return [str(int(number)) if number.is_integer() else repr(number) for number in cast(list[float], cells)]
    return [text_of(cell) for cell in cells]
