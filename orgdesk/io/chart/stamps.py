"""Each box and connector family of a tiled chart as operators relative to its own corner, made once.

`orgdesk.layout.paint.paint_box` defines how a box looks on every surface. Calling it through
the PdfPainter for each of 50,000 boxes costs most of a tiled export, though all boxes of a
chart share their size and so the place of every line of text. `Stamps.box` therefore writes the
same operators paint_box would (the frame and band once per size and colour, a text run once per
distinct text, a line's position once per size) and leaves only the unusual boxes (a "+N" badge,
a size it has not seen in the layout's standard form) to paint_box itself.
tests/io/test_pdf_tiles.py checks that both give the same drawing for every box of a chart.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from reportlab.pdfgen.canvas import Canvas

from orgdesk.io.chart.drawing import ChartDrawing
from orgdesk.io.pdf.painter import PdfPainter
from orgdesk.layout import Box, Connector, paint, style
from orgdesk.layout.cards import Card
from orgdesk.layout.paint import ASCENT, DESCENT, elide

Stamp = tuple[str, tuple[str, ...]]  # operators, and the shape forms they use


class Stamps:
    """Operators for each box and connector family, relative to its corner, made on first use."""

    def __init__(self, canvas: Canvas, drawing: ChartDrawing, scale: float, cache: dict[object, str]) -> None:
        self.drawing = drawing
        self.scale = scale
        self.ops: list[str] = []
        self.painter = PdfPainter(canvas, scale, (0.0, 0.0), (0.0, 0.0), 0.0, cache, code=self.ops)
        self.boxes: dict[int, Stamp] = {}  # unit id → its stamp
        self.families: dict[int, str] = {}  # parent id → its family's path from the family's origin
        self.frames: dict[tuple[float, float, str], Stamp] = {}  # (w, h, colour) → frame and band
        self.places: dict[tuple[float, float], tuple[str, list[str]]] = {}  # (w, h) → name's and lines' "BT x y Td"
        self.figures: dict[tuple[str, int, int], str] = {}  # a figures line, elided and encoded

    # ----- boxes ------------------------------------------------------------------------------
    def box(self, box: Box) -> Stamp:
        stamp = self.boxes.get(box.unit_id)
        if stamp is None:
            card = self.drawing.cards[box.unit_id]
            stamp = self._painted(box, card) if card.hidden else self._stamped(box, card)
            self.boxes[box.unit_id] = stamp
        return stamp

    def _painted(self, box: Box, card: Card) -> Stamp:
        """paint_box itself, recorded with the box's corner at (0, 0)."""
        painter, s = self.painter, self.scale
        painter.dx, painter.dy = -box.x * s, box.y * s
        self.ops.clear()
        painter.used_forms.clear()
        paint.paint_box(painter, box, card, self.drawing.labels)
        return " ".join(self.ops), tuple(painter.used_forms)

    def _stamped(self, box: Box, card: Card) -> Stamp:
        """What paint_box draws for a box without a badge, from parts made once."""
        w, h = box.width, box.height
        frame, forms = self._frame(w, h, card.colour)
        name_at, line_at = self._places(w, h)
        painter, labels, inner = self.painter, self.drawing.labels, w - 2 * style.PADDING
        name = elide(painter, card.name, style.NAME_SIZE, True, inner)
        parts = [frame, name_at, painter.text_run(name, style.NAME_SIZE, style.band_text_colour(card.colour), True)]
        for number, at in enumerate(line_at):
            if number == 0:
                text, colour = (
                    (card.manager, style.TEXT_COLOUR) if card.manager else (labels.no_manager, style.MUTED_COLOUR)
                )
                ops = painter.text_run(
                    elide(painter, text, style.BODY_SIZE, False, inner), style.BODY_SIZE, colour, False
                )
            elif number == 1:
                ops = self._figures(labels.own_figures, card.headcount, card.filled, inner)
            else:
                ops = self._figures(labels.subtree_figures, card.subtree_headcount, card.subtree_filled, inner)
            parts += ("ET", at, ops)
        parts.append("ET")
        return " ".join(parts), forms

    def _frame(self, w: float, h: float, colour: str) -> Stamp:
        key = (w, h, colour)
        frame = self.frames.get(key)
        if frame is None:
            painter = self.painter
            painter.dx = painter.dy = 0.0
            self.ops.clear()
            painter.used_forms.clear()
            painter.box(0.0, 0.0, w, h, style.BOX_FILL, style.darker(colour), 1.0)
            painter.band(0.5, 0.5, w - 1, style.HEADER - 0.5, colour)
            frame = self.frames[key] = (" ".join(self.ops), tuple(painter.used_forms))
        return frame

    def _places(self, w: float, h: float) -> tuple[str, list[str]]:
        """`BT x y Td` of the name and of each body line that fits the box's height (as paint_box)."""
        places = self.places.get((w, h))
        if places is None:
            s = self.scale
            left = style.PADDING * s
            name_baseline = style.HEADER / 2 + (ASCENT - DESCENT) / 2 * style.NAME_SIZE
            lines = []
            for number in range(3):
                if style.BODY_TOP + style.BODY_LINE * (number + 1) > h + 1:
                    break
                baseline = style.BODY_TOP + style.BODY_LINE * number + ASCENT * style.BODY_SIZE
                lines.append(f"BT {left:.2f} {-baseline * s:.2f} Td")
            places = self.places[(w, h)] = (f"BT {left:.2f} {-name_baseline * s:.2f} Td", lines)
        return places

    def _figures(self, template: str, headcount: int, filled: int, inner: float) -> str:
        key = (template, headcount, filled)
        ops = self.figures.get(key)
        if ops is None:
            text = elide(
                self.painter, template.format(headcount=headcount, filled=filled), style.BODY_SIZE, False, inner
            )
            ops = self.figures[key] = self.painter.text_run(text, style.BODY_SIZE, style.TEXT_COLOUR, False)
        return ops

    # ----- connectors ------------------------------------------------------------------------
    def family(self, family: Family) -> str:
        """The lines from one parent to its children as one path from the family's origin (siblings
        share the parent's drop and the bus: one placement and one stroke instead of one per child)."""
        path = self.families.get(family.parent_id)
        if path is None:
            s = self.scale
            ox, oy = family.origin
            parts = []
            for connector in family.connectors:
                (x0, y0), *rest = connector.points
                parts.append(f"{(x0 - ox) * s:.2f} {(oy - y0) * s:.2f} m")
                parts.extend(f"{(x - ox) * s:.2f} {(oy - y) * s:.2f} l" for x, y in rest)
            path = self.families[family.parent_id] = " ".join(parts) + " S"
        return path


class Family(NamedTuple):
    """A parent's connectors to its shown children."""

    parent_id: int
    connectors: tuple[Connector, ...]

    @property
    def origin(self) -> tuple[float, float]:
        return self.connectors[0].points[0]


def families_of(connectors: Iterable[Connector]) -> list[Family]:
    grouped: dict[int, list[Connector]] = {}
    for connector in connectors:
        grouped.setdefault(connector.parent_id, []).append(connector)
    return [Family(parent_id, tuple(lines)) for parent_id, lines in grouped.items()]
