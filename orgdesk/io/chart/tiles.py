"""The sheets of a tiled chart, put together from pieces formatted once per document.

A box's drawing (frame, band, name, body lines, badge) is the same on every sheet it shows on,
only shifted; so is a connector's polyline. Each is formatted once, relative to its own corner
(see pdf_stamps), and a sheet is the join of `q 1 0 0 1 x y cm … Q` placements of the pieces
that meet it. Coordinates
on the page stay small (no chart-wide numbers of hundreds of thousands of points, which some
viewers round).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from reportlab.pdfgen.canvas import Canvas

from orgdesk.io.chart.drawing import ChartDrawing
from orgdesk.io.chart.pages import Tile, TileGrid
from orgdesk.io.chart.stamps import Family, Stamps, families_of
from orgdesk.io.pdf.painter import colour_ops
from orgdesk.io.pdf.reportlab_adapter import append_ops, use_forms
from orgdesk.layout import Box, paint, style
from orgdesk.layout.style import BADGE_H

Key = tuple[int, int]  # a tile's (column, row)
Rect = tuple[float, float, float, float]
T = TypeVar("T")


@dataclass
class Buckets:
    """Boxes, connectors and relations by the tiles they meet."""

    boxes: dict[Key, list[Box]] = field(default_factory=dict)
    connectors: dict[Key, list[Family]] = field(default_factory=dict)
    relations: dict[Key, list[tuple[int, int, str]]] = field(default_factory=dict)
    families: list[Family] = field(default_factory=list)  # all of them, for the overview

    def used(self, tile: Tile) -> bool:
        key = (tile.column, tile.row)
        return key in self.boxes or key in self.connectors


def bucket(drawing: ChartDrawing, grid: TileGrid) -> Buckets:
    """Each box, connector and relation under every tile whose region it meets."""
    found = Buckets()
    boxes = list(drawing.layout.boxes.values())
    box_rects = [(b.x - 2, b.y - 2, b.x + b.width + 2, b.y + b.height + BADGE_H) for b in boxes]
    _spread(grid, boxes, box_rects, found.boxes)
    families = found.families = families_of(drawing.layout.connectors)
    spans = [zip(*(p for c in family.connectors for p in c.points), strict=True) for family in families]
    line_rects = [(min(xs) - 1, min(ys) - 1, max(xs) + 1, max(ys) + 1) for xs, ys in spans]
    _spread(grid, families, line_rects, found.connectors)
    lines = [paint.relation_line(drawing.layout, a, b) for a, b, _ in drawing.relations]
    relation_rects = [(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)) for (x0, y0), (x1, y1) in lines]
    _spread(grid, drawing.relations, relation_rects, found.relations)
    return found


def _spread(grid: TileGrid, items: Sequence[T], rects: Sequence[Rect], into: dict[Key, list[T]]) -> None:
    """Put each item under the tiles its rectangle (x0, y0, x1, y1 in layout units) meets: the
    arithmetic of TileGrid.tiles_meeting inline, since it runs for each of 100,000 boxes and lines."""
    width, height, step_x, step_y = grid.width, grid.height, grid.step_x, grid.step_y
    last_column, last_row = grid.columns - 1, grid.rows - 1
    for item, (x0, y0, x1, y1) in zip(items, rects, strict=True):
        # floor and ceil by `//` on floats: cheaper than math.floor/ceil calls
        c0 = max(0, int((x0 - width) // step_x) + 1)
        c1 = min(last_column, -int(-x1 // step_x) - 1)
        r0 = max(0, int((y0 - height) // step_y) + 1)
        r1 = min(last_row, -int(-y1 // step_y) - 1)
        if c0 == c1 and r0 == r1:  # the usual case: inside one tile
            key = (c0, r0)
            held = into.get(key)
            if held is None:
                into[key] = [item]
            else:
                held.append(item)
            continue
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                into.setdefault((c, r), []).append(item)


def write_connectors(
    stamps: Stamps,
    canvas: Canvas,
    origin: tuple[float, float],
    families: Sequence[Family],
    scale: float | None = None,
) -> None:
    """The connector families, with the layout point (0, 0) at page point `origin` (y up), at the
    stamps' scale or at `scale` points per layout unit (the overview: the stamps shrunk by a transform)."""
    if not families:
        return
    s = stamps.scale if scale is None else scale
    left, top = origin
    ratio = f"{s / stamps.scale:.6f} 0 0 {s / stamps.scale:.6f}" if scale is not None else "1 0 0 1"
    parts = [f"q {colour_ops(style.CONNECTOR_COLOUR)[1]} {style.CONNECTOR_WIDTH * stamps.scale:.2f} w [] 0 d 0 J"]
    for family in families:
        x, y = family.origin
        parts.append(f"q {ratio} {left + x * s:.2f} {top - y * s:.2f} cm {stamps.family(family)} Q")
    parts.append("Q")
    append_ops(canvas, " ".join(parts))


def write_boxes(stamps: Stamps, canvas: Canvas, origin: tuple[float, float], boxes: Sequence[Box]) -> None:
    """The boxes, placed as `write_connectors` places connectors; their shape forms are listed in
    the page's resources."""
    s = stamps.scale
    left, top = origin
    forms: set[str] = set()
    parts = []
    for box in boxes:
        ops, used = stamps.box(box)
        forms.update(used)
        parts.append(f"q 1 0 0 1 {left + box.x * s:.2f} {top - box.y * s:.2f} cm {ops} Q")
    append_ops(canvas, " ".join(parts))
    use_forms(canvas, sorted(forms))
