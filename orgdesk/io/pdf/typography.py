"""The booklet's typography: text blocks, headings and the two kinds of HR tables.

A `Kit` belongs to one PDF: its cache holds formatted text operators, which name that
document's font subsets and so must not be shared with another document.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from orgdesk.io.pdf.flowables import Cell, GridTable, TextBlock

BODY = 9.5
SMALL = 8.5
LABEL_FILL = "#E8EDF2"
HEADER_FILL = "#DCE4EC"
TEXT = "#202020"
ACCENT = "#1F4E79"
NOTE = "#606060"

SIZES = {  # kind: (size, colour, space before, space after, centred)
    "body": (BODY, TEXT, 0.0, 2.0, False),
    "note": (SMALL, NOTE, 0.0, 2.0, False),
    "h1": (16.0, TEXT, 0.0, 10.0, True),
    "h2": (11.5, ACCENT, 10.0, 4.0, False),
    "title": (26.0, TEXT, 0.0, 8.0, True),
    "subtitle": (14.0, TEXT, 0.0, 6.0, True),
}


@dataclass
class Kit:
    cache: dict[object, str] = field(default_factory=dict)

    def para(self, text: str, kind: str = "body") -> TextBlock:
        size, colour, before, after, centred = SIZES[kind]
        return TextBlock(text, size, colour, 1.45, before, after, centred, self.cache)

    def heading(self, text: str, kind: str = "h2") -> TextBlock:
        return self.para(text, kind)

    def field_table(self, rows: Sequence[Sequence[str]], width: float, label_share: float = 0.16) -> GridTable:
        """Label/value pairs, two or three pairs per row (labels shaded), as on HR forms; a row
        with fewer cells lets its last value span the rest of the row."""
        pairs = max(len(row) for row in rows) // 2
        label_w = width * label_share
        value_w = (width - pairs * label_w) / pairs
        widths = [label_w, value_w] * pairs
        grid: list[list[Cell]] = []
        for row in rows:
            cells = [Cell(text, LABEL_FILL if c % 2 == 0 else None) for c, text in enumerate(row)]
            if len(row) < 2 * pairs:
                last = cells[-1]
                cells[-1] = Cell(last.text, last.fill, last.centred, 2 * pairs - len(row) + 1)
            grid.append(cells)
        return GridTable(widths, grid, 0, SMALL, 3.0, self.cache)

    def data_table(
        self, header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float], centred: Sequence[int] = ()
    ) -> GridTable:
        """A table with a shaded header row that repeats on every page the table flows onto."""
        head = [Cell(text, HEADER_FILL, True) for text in header]
        body = [[Cell(text, None, c in centred) for c, text in enumerate(row)] for row in rows]
        return GridTable(widths, [head, *body], 1, SMALL, 2.5, self.cache)
