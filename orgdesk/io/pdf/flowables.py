"""Light text blocks and grid tables for the booklet.

reportlab's Paragraph and Table parse markup and format every number through several layers:
a 1,000-post booklet took over 30 s with them. These two flowables break lines with cached
character widths (CJK rules: a break may fall between any two Chinese characters, Latin words
stay whole, closing punctuation never starts a line) and write PDF operators directly, with the
two-font fallback of pdf_fonts. Both split across pages; a table repeats its header rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import accumulate
from typing import Any

from reportlab.platypus import Flowable

from orgdesk.io.pdf.fonts import CHAR_WIDTHS
from orgdesk.io.pdf.painter import colour_ops, draw_text
from orgdesk.io.pdf.reportlab_adapter import page_ops

NO_LINE_START = frozenset("，。、；：？！）》」』】〕…,.;:?!)]}%’”·")
ASCENT = 0.8
TALL_ROW = 200.0  # points: a row this tall may be cut across pages
MIN_LINES_BEFORE_BREAK = 3  # lines of a cut row left at the foot of a page


@lru_cache(maxsize=32768)
def wrap_lines(text: str, size: float, width: float) -> tuple[str, ...]:
    """`text` broken into lines no wider than `width` points at `size` (explicit newlines kept)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width / size) if paragraph else [""])
    return tuple(lines) or ("",)


def _wrap_paragraph(text: str, limit: float) -> list[str]:
    widths = CHAR_WIDTHS
    lines: list[str] = []
    start, used, space = 0, 0.0, -1  # current line's start, its width in em, its last space
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        w = widths[char]
        if used + w <= limit or i == start:
            if char == " ":
                space = i
            used += w
            i += 1
            continue
        if char in NO_LINE_START:  # the marks hang at the end of the full line
            cut = i + 1
            while cut < n and text[cut] in NO_LINE_START:
                cut += 1
            resume = cut
        elif char == " ":
            cut, resume = i, i + 1
        elif char.isascii() and char.isalnum() and text[i - 1].isascii() and text[i - 1].isalnum() and space > start:
            cut, resume = space, space + 1  # keep a Latin word or number whole
        else:
            cut, resume = i, i
        lines.append(text[start:cut].rstrip())
        start, i, space = resume, resume, -1
        used = sum(widths[c] for c in text[start:i])
    if start < n:
        lines.append(text[start:].rstrip())
    return lines


class _Operators(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A flowable that only appends PDF operators: placed by one `cm`, without platypus' drawOn
    (which saves and restores the canvas's whole Python state and formats the translation through
    several layers, for each of the ~20,000 blocks and tables of a 1,000-post booklet)."""

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803 - reportlab's names
        code = page_ops(canvas)
        code.append(f"q 1 0 0 1 {x:.2f} {y:.2f} cm")
        self.canv = canvas
        try:
            self.draw()
        finally:
            del self.canv
            code.append("Q")


class TextBlock(_Operators):
    """Wrapped plain text in one size and colour; splits between lines."""

    def __init__(
        self,
        text: str,
        size: float,
        colour: str = "#202020",
        leading: float = 1.45,
        space_before: float = 0.0,
        space_after: float = 0.0,
        centred: bool = False,
        cache: dict[object, str] | None = None,
        lines: Sequence[str] | None = None,
    ) -> None:
        super().__init__()
        self.text, self.size, self.colour, self.centred = text, size, colour, centred
        self.leading = size * leading
        self.spaceBefore, self.spaceAfter = space_before, space_after
        self.cache = cache
        self.lines: Sequence[str] = lines or ()
        self.width = self.height = 0.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.lines = wrap_lines(self.text, self.size, available_width)
        self.height = len(self.lines) * self.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = wrap_lines(self.text, self.size, available_width)
        fit = int(available_height // self.leading)
        if fit <= 0 or fit >= len(lines):
            return []
        first = self._part(lines[:fit], self.spaceBefore, 0.0)
        rest = self._part(lines[fit:], 0.0, self.spaceAfter)
        return [first, rest]

    def _part(self, lines: Sequence[str], before: float, after: float) -> TextBlock:
        part = TextBlock(
            "\n".join(lines), self.size, self.colour, self.leading / self.size, before, after, self.centred, self.cache
        )
        return part

    def draw(self) -> None:
        canvas: Any = self.canv
        pad = (self.leading - self.size) / 2
        for k, line in enumerate(self.lines):
            baseline = self.height - k * self.leading - pad - ASCENT * self.size
            x = (self.width - text_width_em(line) * self.size) / 2 if self.centred else 0.0
            draw_text(canvas, x, baseline, line, self.size, self.colour, self.cache)


def text_width_em(text: str) -> float:
    widths = CHAR_WIDTHS
    return sum(widths[c] for c in text)


@dataclass(frozen=True)
class Cell:
    text: str
    fill: str | None = None  # background
    centred: bool = False
    span: int = 1  # columns covered


class GridTable(_Operators):
    """Rows of cells on a grid of fixed column widths; the first `header_rows` repeat after a split."""

    def __init__(
        self,
        widths: Sequence[float],
        rows: Sequence[Sequence[Cell]],
        header_rows: int = 0,
        size: float = 8.5,
        padding: float = 3.0,
        cache: dict[object, str] | None = None,
    ) -> None:
        super().__init__()
        self.widths, self.rows, self.header_rows = list(widths), list(rows), header_rows
        self.size, self.padding, self.cache = size, padding, cache
        self.leading = size * 1.4
        self.width = sum(self.widths)
        self.height = 0.0
        self._heights: list[float] = []
        self._edges = [0.0, *accumulate(self.widths)]  # x of each column's left edge, and the right end

    def _cell_width(self, column: int, span: int) -> float:
        return self._edges[column + span] - self._edges[column]

    def _row_height(self, row: Sequence[Cell]) -> float:
        column, lines = 0, 1
        for cell in row:
            room = self._cell_width(column, cell.span) - 2 * self.padding
            lines = max(lines, len(wrap_lines(cell.text, self.size, room)))
            column += cell.span
        return lines * self.leading + 2 * self.padding

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if len(self._heights) != len(self.rows):
            self._heights = [self._row_height(row) for row in self.rows]
        self.height = sum(self._heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        self.wrap(available_width, available_height)
        used, fit = 0.0, 0
        for height in self._heights:
            if used + height > available_height:
                break
            used += height
            fit += 1
        if fit >= len(self.rows):
            return []
        tall = self._split_tall_row(fit, available_height - used)
        if tall is not None:  # a row taller than a page (a duty of thousands of characters) goes on over pages
            part, remainder = tall
            head = self.rows[: self.header_rows]
            return [self._like([*self.rows[:fit], part]), self._like([*head, remainder, *self.rows[fit + 1 :]])]
        if fit <= self.header_rows:
            return []  # not even one body row fits: platypus moves the whole table on
        head = self.rows[: self.header_rows]
        first = GridTable(self.widths, self.rows[:fit], self.header_rows, self.size, self.padding, self.cache)
        rest = GridTable(self.widths, [*head, *self.rows[fit:]], self.header_rows, self.size, self.padding, self.cache)
        return [first, rest]

    def _like(self, rows: Sequence[Sequence[Cell]]) -> GridTable:
        return GridTable(self.widths, rows, self.header_rows, self.size, self.padding, self.cache)

    def _split_tall_row(self, index: int, room: float) -> tuple[list[Cell], list[Cell]] | None:
        """Row `index` cut after the lines that fit in `room`, when it is tall (over TALL_ROW points)
        and a few of its lines fit; None otherwise (the row then moves to the next page whole)."""
        if index < self.header_rows or self._heights[index] <= TALL_ROW:
            return None
        lines_fitting = int((room - 2 * self.padding) // self.leading)
        if lines_fitting < MIN_LINES_BEFORE_BREAK:
            return None
        part: list[Cell] = []
        remainder: list[Cell] = []
        column = 0
        for cell in self.rows[index]:
            room_width = self._cell_width(column, cell.span) - 2 * self.padding
            lines = wrap_lines(cell.text, self.size, room_width)
            part.append(replace(cell, text="\n".join(lines[:lines_fitting])))
            remainder.append(replace(cell, text="\n".join(lines[lines_fitting:])))
            column += cell.span
        return part, remainder

    def draw(self) -> None:
        canvas: Any = self.canv
        code = page_ops(canvas)
        fills: list[str] = []
        outlines: list[str] = []
        top = self.height
        for row, height in zip(self.rows, self._heights, strict=True):
            x = 0.0
            column = 0
            bottom = top - height
            for cell in row:
                width = self._cell_width(column, cell.span)
                box = f"{x:.2f} {bottom:.2f} {width:.2f} {height:.2f} re"
                if cell.fill:
                    fills.append(f"{colour_ops(cell.fill)[0]} {box} f")
                outlines.append(box)
                x += width
                column += cell.span
            top = bottom
        code.append(" ".join(fills))
        code.append(f"q 0.498 0.549 0.6 RG 0.5 w {' '.join(outlines)} S Q")
        self._draw_texts(canvas)

    def _draw_texts(self, canvas: Any) -> None:
        top = self.height
        pad, size, leading = self.padding, self.size, self.leading
        for row, height in zip(self.rows, self._heights, strict=True):
            x, column = 0.0, 0
            for cell in row:
                width = self._cell_width(column, cell.span)
                lines = wrap_lines(cell.text, size, width - 2 * pad)
                block = len(lines) * leading
                first = top - (height - block) / 2 - (leading - size) / 2 - ASCENT * size  # centred vertically
                for k, line in enumerate(lines):
                    left = x + pad
                    if cell.centred:
                        left = x + (width - text_width_em(line) * size) / 2
                    draw_text(canvas, left, first - k * leading, line, size, "#202020", self.cache)
                x += width
                column += cell.span
            top -= height
