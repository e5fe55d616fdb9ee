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

from reportlab.pdfgen.canvas import Canvas

from orgdesk.io.chart_model import ChartDrawing
from orgdesk.io.pdf_pages import Tile, TileGrid
from orgdesk.io.pdf_painter import colour_ops
from orgdesk.io.pdf_stamps import Stamps
from orgdesk.layout import Box, Connector, paint, style
from orgdesk.layout.style import BADGE_H

Key = tuple[int, int]  # a tile's (column, row)


@dataclass
class Buckets:
    """Boxes, connectors and relations by the tiles they meet."""

    boxes: dict[Key, list[Box]] = field(default_factory=dict)
    connectors: dict[Key, list[Connector]] = field(default_factory=dict)
    relations: dict[Key, list[tuple[int, int, str]]] = field(default_factory=dict)

    def used(self, tile: Tile) -> bool:
        key = (tile.column, tile.row)
        return key in self.boxes or key in self.connectors


def bucket(drawing: ChartDrawing, grid: TileGrid) -> Buckets:
    """Each box, connector and relation under every tile whose region it meets (inline arithmetic:
    this runs for every one of 50,000 boxes)."""
    found = Buckets()
    meet = _Meeting(grid)
    boxes = found.boxes
    for box in drawing.layout.boxes.values():
        x, y = box.x, box.y
        for key in meet(x - 2, y - 2, x + box.width + 2, y + box.height + BADGE_H):
            boxes.setdefault(key, []).append(box)
    connectors = found.connectors
    for connector in drawing.layout.connectors:
        points = connector.points
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        for key in meet(min(xs) - 1, min(ys) - 1, max(xs) + 1, max(ys) + 1):
            connectors.setdefault(key, []).append(connector)
    for relation in drawing.relations:
        (x0, y0), (x1, y1) = paint.relation_line(drawing.layout, relation[0], relation[1])
        for key in meet(min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)):
            found.relations.setdefault(key, []).append(relation)
    return found


class _Meeting:
    """TileGrid.tiles_meeting with the grid's figures held in locals."""

    def __init__(self, grid: TileGrid) -> None:
        self.grid = grid

    def __call__(self, x0: float, y0: float, x1: float, y1: float) -> list[Key]:
        g = self.grid
        # floor and ceil by `//` on floats: math.floor/ceil calls cost more at this count
        c0 = max(0, int((x0 - g.width) // g.step_x) + 1)
        c1 = min(g.columns - 1, -int(-x1 // g.step_x) - 1)
        r0 = max(0, int((y0 - g.height) // g.step_y) + 1)
        r1 = min(g.rows - 1, -int(-y1 // g.step_y) - 1)
        if c0 == c1 and r0 == r1:  # the usual case: inside one tile
            return [(c0, r0)]
        return [(c, r) for r in range(r0, r1 + 1) for c in range(c0, c1 + 1)]


def write_connectors(
    stamps: Stamps, canvas: Canvas, origin: tuple[float, float], connectors: Sequence[Connector]
) -> None:
    """The connectors, with the tile's layout point (0, 0) at page point `origin` (y up)."""
    if not connectors:
        return
    s = stamps.scale
    left, top = origin
    parts = [f"q {colour_ops(style.CONNECTOR_COLOUR)[1]} {style.CONNECTOR_WIDTH * s:.2f} w [] 0 d 0 J"]
    for connector in connectors:
        x, y = connector.points[0]
        parts.append(f"q 1 0 0 1 {left + x * s:.2f} {top - y * s:.2f} cm {stamps.connector(connector)} Q")
    parts.append("Q")
    canvas._code.append(" ".join(parts))


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
    canvas._code.append(" ".join(parts))
    canvas._formsinuse.extend(sorted(forms))
