"""Drawing a laid-out chart on any surface: the PDF, PNG, SVG and print exporters all call these
functions with their own `Painter`, so every output shows the same boxes, text and lines.

Coordinates are layout units with y pointing down; a painter maps them to its surface.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from orgdesk.layout import style
from orgdesk.layout.cards import Card
from orgdesk.layout.tidy import Box, Connector, Layout

Point = tuple[float, float]
ELLIPSIS = "…"
ASCENT = 0.77  # of the font size, Droid Sans Fallback's; places baselines like Qt's top/centre alignment
DESCENT = 0.23


class Painter(Protocol):
    def box(self, x: float, y: float, w: float, h: float, fill: str, stroke: str, stroke_width: float) -> None:
        """A rounded rectangle (corner radius style.RADIUS)."""

    def band(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        """A rectangle whose top corners are rounded like the box's."""

    def rect(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        """A plain filled rectangle (boxes drawn too small for text)."""

    def lines(self, polylines: Iterable[Sequence[Point]], colour: str, width: float, dash: Sequence[float]) -> None:
        """Open polylines, all in one colour and width; `dash` empty for solid."""

    def text(self, x: float, baseline: float, text: str, size: float, colour: str, bold: bool) -> None: ...

    def text_width(self, text: str, size: float, bold: bool) -> float: ...


@dataclass(frozen=True)
class CardLabels:
    """The body lines' templates, already translated (see style.NO_MANAGER …)."""

    no_manager: str
    own_figures: str
    subtree_figures: str


def elide(painter: Painter, text: str, size: float, bold: bool, width: float) -> str:
    """The text, or its longest prefix + "…" that fits `width` (as Qt's ElideRight)."""
    if painter.text_width(text, size, bold) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if painter.text_width(text[:middle] + ELLIPSIS, size, bold) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low] + ELLIPSIS


def paint_box(painter: Painter, box: Box, card: Card, labels: CardLabels, with_text: bool = True) -> None:
    x, y, w, h = box.x, box.y, box.width, box.height
    if not with_text:
        painter.rect(x, y, w, h, card.colour)
        return
    painter.box(x, y, w, h, style.BOX_FILL, style.darker(card.colour), 1.0)
    painter.band(x + 0.5, y + 0.5, w - 1, style.HEADER - 0.5, card.colour)
    inner = w - 2 * style.PADDING
    left = x + style.PADDING
    name = elide(painter, card.name, style.NAME_SIZE, True, inner)
    centre = y + style.HEADER / 2
    baseline = centre + (ASCENT - DESCENT) / 2 * style.NAME_SIZE
    painter.text(left, baseline, name, style.NAME_SIZE, style.band_text_colour(card.colour), True)
    lines = [
        (card.manager or labels.no_manager, style.TEXT_COLOUR if card.manager else style.MUTED_COLOUR),
        (labels.own_figures.format(headcount=card.headcount, filled=card.filled), style.TEXT_COLOUR),
        (
            labels.subtree_figures.format(headcount=card.subtree_headcount, filled=card.subtree_filled),
            style.TEXT_COLOUR,
        ),
    ]
    top = y + style.BODY_TOP
    for number, (text, colour) in enumerate(lines):
        if top + style.BODY_LINE * (number + 1) > y + h + 1:
            break  # a box too short for every line keeps the first ones whole, as on screen
        shown = elide(painter, text, style.BODY_SIZE, False, inner)
        baseline = top + style.BODY_LINE * number + ASCENT * style.BODY_SIZE
        painter.text(left, baseline, shown, style.BODY_SIZE, colour, False)
    if card.hidden:
        paint_hidden_badge(painter, box, card)


def paint_hidden_badge(painter: Painter, box: Box, card: Card) -> None:
    """The "+N" badge below a box whose sub-units are not shown (the canvas's collapsed toggle)."""
    x = box.x + box.width / 2 - style.BADGE_W / 2
    y = box.y + box.height - 3
    border = style.darker(card.colour)
    painter.box(x, y, style.BADGE_W, style.BADGE_H, card.colour, border, 1.0)
    text = f"+{card.hidden}"
    size = style.BADGE_SIZE
    width = painter.text_width(text, size, True)
    baseline = y + style.BADGE_H / 2 + (ASCENT - DESCENT) / 2 * size
    painter.text(x + (style.BADGE_W - width) / 2, baseline, text, size, "#FFFFFF", True)


def paint_connectors(painter: Painter, connectors: Iterable[Connector]) -> None:
    painter.lines((c.points for c in connectors), style.CONNECTOR_COLOUR, style.CONNECTOR_WIDTH, ())


def relation_line(layout: Layout, from_id: int, to_id: int) -> tuple[Point, Point]:
    """From one box's centre to the other's, drawn under the boxes (as the canvas does)."""
    a, b = layout.boxes[from_id], layout.boxes[to_id]
    return (a.x + a.width / 2, a.y + a.height / 2), (b.x + b.width / 2, b.y + b.height / 2)


def paint_relations(painter: Painter, layout: Layout, relations: Iterable[tuple[int, int, str]]) -> None:
    segments = [relation_line(layout, a, b) for a, b, _ in relations]
    if segments:
        painter.lines(segments, style.RELATION_COLOUR, style.RELATION_WIDTH, style.RELATION_DASH)


def paint_chart(
    painter: Painter,
    layout: Layout,
    cards: dict[int, Card],
    labels: CardLabels,
    relations: Sequence[tuple[int, int, str]] = (),
    with_text: bool = True,
) -> None:
    """The whole chart: connectors, then dotted relations, then the boxes on top."""
    paint_connectors(painter, layout.connectors)
    paint_relations(painter, layout, relations)
    for unit_id, box in layout.boxes.items():
        paint_box(painter, box, cards[unit_id], labels, with_text)
