"""Paper, page frames and how a chart goes onto pages: one sheet (fit) or tiles with overlap.

Pure arithmetic in points (1/72 in) and layout units; no drawing here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from orgdesk.io.workbook.xlsx_stream import column_letter

MM = 72 / 25.4
PAPERS: dict[str, tuple[float, float]] = {  # portrait width, height in points
    "A4": (595.28, 841.89),
    "A3": (841.89, 1190.55),
    "A2": (1190.55, 1683.78),
    "A1": (1683.78, 2383.94),
    "A0": (2383.94, 3370.39),
    "Letter": (612.0, 792.0),
}
LARGEST_PAGE = 14_400.0  # common viewers refuse pages beyond 200 in
MARGIN = 10 * MM
TITLE_BLOCK = 20.0  # the strip at the bottom: organisation, scenario, date, page x / y
OVERLAP = 8 * MM  # tiles repeat this much of their neighbour, for gluing
MIN_SCALE = 0.45  # points per layout unit below which box text (10 units) would print under 4.5 pt
TILE_SCALE = 0.75  # tiles print the body text at 7.5 pt, the size the canvas shows at 100 %
MAX_SCALE = 1.0  # a small chart is not blown up beyond this on a big sheet


@dataclass(frozen=True)
class Frame:
    """A page and the area the chart may use, in points, y down from the page's top."""

    width: float
    height: float
    left: float
    top: float
    area_width: float
    area_height: float


def page_frame(paper: str, landscape: bool) -> Frame:
    width, height = PAPERS[paper]
    if landscape:
        width, height = height, width
    if max(width, height) > LARGEST_PAGE:  # cannot happen with PAPERS; guards additions to it
        raise ValueError(f"page {width} × {height} pt exceeds {LARGEST_PAGE} pt")
    return Frame(width, height, MARGIN, MARGIN, width - 2 * MARGIN, height - 2 * MARGIN - TITLE_BLOCK)


def fit_scale(frame: Frame, chart_width: float, chart_height: float) -> float:
    """Points per layout unit that put the whole chart in the frame's area (at most MAX_SCALE)."""
    if chart_width <= 0 or chart_height <= 0:
        return MAX_SCALE
    return min(frame.area_width / chart_width, frame.area_height / chart_height, MAX_SCALE)


def paper_that_fits(chart_width: float, chart_height: float) -> str | None:
    """The smallest paper (either orientation) that shows the chart legibly on one sheet."""
    for paper in ("A4", "A3", "A2", "A1", "A0"):
        for landscape in (False, True):
            if fit_scale(page_frame(paper, landscape), chart_width, chart_height) >= MIN_SCALE:
                return paper
    return None


@dataclass(frozen=True)
class Tile:
    column: int
    row: int
    x: float  # the chart region it shows, in layout units
    y: float
    width: float
    height: float

    @property
    def label(self) -> str:
        return f"{column_letter(self.column)}{self.row + 1}"


@dataclass(frozen=True)
class TileGrid:
    columns: int
    rows: int
    step_x: float  # layout units from one tile's left edge to the next one's
    step_y: float
    width: float  # a tile's size in layout units
    height: float

    def tiles(self) -> list[Tile]:
        """Row by row, as one reads a wall of sheets."""
        return [
            Tile(c, r, c * self.step_x, r * self.step_y, self.width, self.height)
            for r in range(self.rows)
            for c in range(self.columns)
        ]

    def span(self, low: float, high: float, step: float, size: float, count: int) -> range:
        """Indices of the tiles along one axis whose region meets [low, high]."""
        first = max(0, math.floor((low - size) / step) + 1)
        last = min(count - 1, math.ceil(high / step) - 1)
        return range(first, max(first, last + 1))

    def tiles_meeting(self, x0: float, y0: float, x1: float, y1: float) -> list[tuple[int, int]]:
        columns = self.span(x0, x1, self.step_x, self.width, self.columns)
        rows = self.span(y0, y1, self.step_y, self.height, self.rows)
        return [(c, r) for r in rows for c in columns]


def tile_grid(frame: Frame, scale: float, chart_width: float, chart_height: float) -> TileGrid:
    width, height = frame.area_width / scale, frame.area_height / scale
    step_x, step_y = width - OVERLAP / scale, height - OVERLAP / scale
    columns = max(1, math.ceil((chart_width - width) / step_x) + 1) if chart_width > width else 1
    rows = max(1, math.ceil((chart_height - height) / step_y) + 1) if chart_height > height else 1
    return TileGrid(columns, rows, step_x, step_y, width, height)
