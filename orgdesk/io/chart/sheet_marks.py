"""What surrounds the chart on a sheet: title block, crop marks, neighbour labels, overview grid.

A tiled chart has hundreds of sheets with the same marks and nearly the same title line, so
the operators are formatted once and reused (`Sheet.cache`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfgen.canvas import Canvas

from orgdesk.io.chart.pages import MARGIN, OVERLAP, TITLE_BLOCK, Frame, Tile, TileGrid
from orgdesk.io.pdf.fonts import text_width
from orgdesk.io.pdf.painter import draw_text, stroke_lines
from orgdesk.io.pdf.reportlab_adapter import append_ops
from orgdesk.io.workbook.xlsx_stream import column_letter

TITLE_SIZE = 8.0
NEIGHBOUR_SIZE = 7.0
GREY = "#606060"
MARK = 6.0  # crop mark length outside the tile's corner


@dataclass(frozen=True)
class TitleBlock:
    left: str  # organisation · chart · scenario · top unit
    middle: str  # sheet label
    right: str  # date and page x / y


def area_box(frame: Frame) -> tuple[float, float, float, float]:
    """The chart area in page coordinates (y up): left, bottom, width, height."""
    bottom = frame.height - frame.top - frame.area_height
    return frame.left, bottom, frame.area_width, frame.area_height


@dataclass
class Sheet:
    canvas: Canvas
    frame: Frame
    cache: dict[object, str] = field(default_factory=dict)

    def text(self, x: float, y: float, text: str, size: float, colour: str) -> None:
        draw_text(self.canvas, x, y, text, size, colour, self.cache)

    def literal(self, key: str) -> None:
        """Operators made earlier and kept under `key`."""
        append_ops(self.canvas, self.cache[key])

    def title_block(self, block: TitleBlock) -> None:
        """A thin rule and one line of text at the bottom of the sheet, inside the margin."""
        frame = self.frame
        if "rule" not in self.cache:
            y_rule = MARGIN + TITLE_BLOCK - 4
            self.cache["rule"] = stroke_lines(self.canvas, [(MARGIN, y_rule, frame.width - MARGIN, y_rule)], 0.7, 0.5)
        self.literal("rule")
        baseline = MARGIN + 4
        right_width = text_width(block.right, TITLE_SIZE)
        room = frame.width - 2 * MARGIN - right_width - 12
        self.text(MARGIN, baseline, _clip(block.left, room * 0.6), TITLE_SIZE, GREY)
        if block.middle:
            middle_width = text_width(block.middle, TITLE_SIZE)
            self.text((frame.width - middle_width) / 2, baseline, block.middle, TITLE_SIZE, "#000000")
        self.text(frame.width - MARGIN - right_width, baseline, block.right, TITLE_SIZE, GREY)

    def crop_marks(self) -> None:
        """Short lines just outside the chart area's corners, and ticks where the overlap ends."""
        if "marks" not in self.cache:
            self.cache["marks"] = _crop_marks(self.canvas, self.frame)
        self.literal("marks")

    def neighbours(self, tile: Tile, grid: TileGrid) -> None:
        """Labels of the adjoining sheets at the middle of each edge (e.g. "← A2")."""
        left, bottom, width, height = area_box(self.frame)
        middle_x, middle_y = left + width / 2, bottom + height / 2
        c, r = tile.column, tile.row
        size = NEIGHBOUR_SIZE
        if r > 0:
            self.text(middle_x - 8, bottom + height + 3, f"↑ {column_letter(c)}{r}", size, GREY)
        if r < grid.rows - 1:
            self.text(middle_x - 8, bottom - 9, f"↓ {column_letter(c)}{r + 2}", size, GREY)
        if c > 0:
            self.text(2, middle_y, f"← {column_letter(c - 1)}{r + 1}", size, GREY)
        if c < grid.columns - 1:
            label = f"{column_letter(c + 1)}{r + 1} →"
            self.text(self.frame.width - 2 - text_width(label, size), middle_y, label, size, GREY)

    def overview_grid(self, grid: TileGrid, tiles: list[Tile], scale: float, origin: tuple[float, float]) -> None:
        """The tiles' outlines and labels over the scaled-down chart of the overview page."""
        left, top_y = origin
        cell_w, cell_h = grid.width * scale, grid.height * scale
        size = max(3.0, min(14.0, cell_w / 4, cell_h / 3))
        rects = []
        for tile in tiles:
            x = left + tile.x * scale
            y = self.frame.height - top_y - tile.y * scale - cell_h
            rects.append(f"{x:.2f} {y:.2f} {cell_w:.2f} {cell_h:.2f} re")
            if cell_w >= 12:  # labels of narrower cells would only overprint each other
                label = tile.label
                self.text(x + (cell_w - text_width(label, size)) / 2, y + cell_h / 2 - size / 3, label, size, "#C03030")
        append_ops(self.canvas, f"q 0.85 0.2 0.2 RG 0.4 w {' '.join(rects)} S Q")


def _clip(text: str, width: float) -> str:
    while text and text_width(text, TITLE_SIZE) > width:
        text = text[:-2] + "…" if len(text) > 2 else ""
    return text


def _crop_marks(canvas: Canvas, frame: Frame) -> str:
    left, bottom, width, height = area_box(frame)
    right, top = left + width, bottom + height
    marks: list[tuple[float, float, float, float]] = []
    for x in (left, right):
        for y, direction in ((bottom, -1), (top, 1)):
            marks.append((x, y + direction * 2, x, y + direction * (2 + MARK)))
    for y in (bottom, top):
        for x, direction in ((left, -1), (right, 1)):
            marks.append((x + direction * 2, y, x + direction * (2 + MARK), y))
    ticks: list[tuple[float, float, float, float]] = []
    for x in (left + OVERLAP, right - OVERLAP):
        ticks.append((x, top + 2, x, top + 2 + MARK / 2))
        ticks.append((x, bottom - 2, x, bottom - 2 - MARK / 2))
    for y in (bottom + OVERLAP, top - OVERLAP):
        ticks.append((left - 2, y, left - 2 - MARK / 2, y))
        ticks.append((right + 2, y, right + 2 + MARK / 2, y))
    return stroke_lines(canvas, marks, 0.0, 0.3) + " " + stroke_lines(canvas, ticks, 0.6, 0.3)
