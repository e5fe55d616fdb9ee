"""The chart's graphics items: one self-painting item per unit, one item for all connectors.

One item per unit (not a rectangle plus text items) makes populating and redrawing a
10,000-unit chart several times faster. Text is drawn with the painter on every paint,
so it stays crisp at any zoom; far out (level of detail < LOD_TEXT) only the coloured
box is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from orgdesk.layout.tidy import Connector

LOD_TEXT = 0.4  # below this scale a box shows its name only, big enough to read
LOD_NAME = 0.18  # below this scale only the coloured boxes are drawn
NAME_PIXELS = 10.0  # on-screen size of the name in a summarised box
HEADER = 18.0  # height of the type-coloured band
RADIUS = 6.0
BADGE_W, BADGE_H = 34.0, 16.0
CHAIN_COLOUR = "#1E6FD9"  # the chain of command of a found unit
RELATION_COLOUR = "#8E44AD"


def paint_card_frame(painter: QPainter, rect: QRectF, colour: QColor, border: QPen) -> None:
    """A chart box's frame: white rounded card with `border`, topped by a band in `colour`
    (unit and post boxes share it; their text goes on top)."""
    painter.setPen(border)
    painter.setBrush(QColor("#FFFFFF"))
    painter.drawRoundedRect(rect, RADIUS, RADIUS)
    band = QPainterPath()
    band.addRoundedRect(rect.adjusted(0.5, 0.5, -0.5, 0), RADIUS, RADIUS)
    clip = QPainterPath()
    clip.addRect(QRectF(rect.left(), rect.top(), rect.width(), HEADER))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawPath(band.intersected(clip))


NO_PEN = QPen(Qt.PenStyle.NoPen)
_BOUNDS: dict[tuple[float, float, bool], QRectF] = {}  # one bounding rectangle per box size, shared


_FONTS: dict[str, tuple[QFont, QFontMetricsF, QFont, QFontMetricsF]] = {}


def _card_fonts(base: QFont) -> tuple[QFont, QFontMetricsF, QFont, QFontMetricsF]:
    """The bold name font and the plain line font of a box, with their metrics, per base font."""
    key = base.key()
    fonts = _FONTS.get(key)
    if fonts is None:
        name_font = QFont(base)
        name_font.setPointSizeF(8.5)
        name_font.setBold(True)
        line_font = QFont(base)
        line_font.setPointSizeF(7.5)
        line_font.setBold(False)
        fonts = _FONTS[key] = (name_font, QFontMetricsF(name_font), line_font, QFontMetricsF(line_font))
    return fonts


@dataclass(slots=True)
class UnitCard:
    """What a unit's box shows."""

    name: str
    colour: str
    manager: str = ""
    headcount: int = 0  # 编制 of the unit's own posts
    filled: int = 0  # 在岗
    subtree_headcount: int = 0
    subtree_filled: int = 0
    children: int = 0  # child units (a toggle is drawn when there are any)
    hidden: int = 0  # units collapsed under the box


class UnitItem(QGraphicsRectItem):
    """A unit's box; positioned at its top-left corner (on the unit chart: relative to the frame
    that holds it, see boxes.py), drawn in local coordinates.

    A rectangle item only for its bounding rectangle (the box with its margin and badge, kept
    by Qt in C++): the scene asks for it whenever a box moves, and a Python `boundingRect`
    cost 10,000 calls into Python per relayout. The painting is all its own."""

    def __init__(self, unit_id: int, width: float, height: float, card: UnitCard) -> None:
        super().__init__()
        self.unit_id = unit_id
        self.card = card
        self.on_chain = False  # part of the highlighted chain of command
        self.placed_at: tuple[float, float] | None = None  # the corner as last set by `place`
        self._text_cache: tuple[tuple[object, ...], tuple[QFont, QFont, str, list[str], float]] | None = None
        self._rect = QRectF(0, 0, width, height)
        self.setPen(NO_PEN)  # the bounding rectangle is exactly `rect()`
        self._set_bounds()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def _set_bounds(self) -> None:
        """The box with a margin for the border, and the badge below it when there are children."""
        key = (self._rect.width(), self._rect.height(), bool(self.card.children))
        bounds = _BOUNDS.get(key)
        if bounds is None:
            bounds = _BOUNDS[key] = self._rect.adjusted(-2, -2, 2, BADGE_H + 2 if key[2] else 2)
        self.setRect(bounds)

    def place(self, x: float, y: float) -> None:
        """Move to this corner in the parent item (or the scene); a box that stays put costs no
        call into Qt."""
        if self.placed_at != (x, y):
            self.placed_at = (x, y)
            self.setPos(x, y)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._rect)
        if self.card.children:
            path.addRect(self.badge_rect())
        return path

    def box_rect(self) -> QRectF:
        return QRectF(self._rect)

    def badge_rect(self) -> QRectF:
        """The collapse toggle below the box's bottom edge (only when the unit has children)."""
        rect = self._rect
        return QRectF(rect.center().x() - BADGE_W / 2, rect.bottom() - 3, BADGE_W, BADGE_H)

    def on_badge(self, scene_pos: QPointF) -> bool:
        return self.card.children > 0 and self.badge_rect().contains(self.mapFromScene(scene_pos))

    def set_on_chain(self, on_chain: bool) -> None:
        if on_chain != self.on_chain:
            self.on_chain = on_chain
            self.update()

    def set_card(self, card: UnitCard) -> None:
        if card != self.card:
            badge_changed = bool(card.children) != bool(self.card.children)
            self.card = card
            if badge_changed:  # the bounds and the shape include the badge
                self._set_bounds()
            self.update()

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        card, rect = self.card, self._rect
        colour = QColor(card.colour)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_TEXT:
            painter.setPen(QPen(QColor("#F5A623"), 4 / max(lod, 0.05)) if selected else Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(rect)
            if lod >= LOD_NAME:
                self._paint_name_only(painter, rect, colour, lod)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if selected:
            border = QPen(QColor("#F5A623"), 3)
        elif self.on_chain:
            border = QPen(QColor(CHAIN_COLOUR), 2.5)
        else:
            border = QPen(colour.darker(130), 1)
        paint_card_frame(painter, rect, colour, border)
        self._paint_text(painter, rect, colour)
        if card.children:
            self._paint_badge(painter, colour)

    def _paint_name_only(self, painter: QPainter, rect: QRectF, colour: QColor, lod: float) -> None:
        """Zoomed out: the name alone, sized to stay readable on screen, wrapped over two lines."""
        font = QFont(painter.font())
        font.setPixelSize(max(1, round(NAME_PIXELS / lod)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF") if colour.lightness() < 170 else QColor("#000000"))
        inner = rect.adjusted(4, 2, -4, -2)
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextWrapAnywhere
        painter.drawText(inner, int(flags), self.card.name)

    def _paint_text(self, painter: QPainter, rect: QRectF, colour: QColor) -> None:
        name_font, line_font, name, lines, line = self._text_lines(painter.font(), rect)
        inner = rect.adjusted(6, 0, -6, 0)
        painter.setFont(name_font)
        painter.setPen(QColor("#FFFFFF") if colour.lightness() < 170 else QColor("#000000"))
        painter.drawText(QRectF(inner.left(), rect.top(), inner.width(), HEADER), Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(line_font)
        top = rect.top() + HEADER + 2
        for number, text in enumerate(lines):
            grey = number == 0 and not self.card.manager
            painter.setPen(QColor("#808080") if grey else QColor("#202020"))
            painter.drawText(QRectF(inner.left(), top + line * number, inner.width(), line), text)

    def _text_lines(self, base: QFont, rect: QRectF) -> tuple[QFont, QFont, str, list[str], float]:
        """The box's fonts and its elided name and lines, worked out once per card and font:
        eliding and translating at every paint made a repaint of a screenful of boxes slow."""
        key = (self.card, base.key(), rect.width(), rect.height())
        if self._text_cache is not None and self._text_cache[0] == key:
            return self._text_cache[1]
        name_font, name_metrics, line_font, line_metrics = _card_fonts(base)
        card = self.card
        width = rect.width() - 12
        name = name_metrics.elidedText(card.name, Qt.TextElideMode.ElideRight, width)
        line = line_metrics.height()
        texts = [
            card.manager or QCoreApplication.translate("UnitItem", "(no manager)"),
            QCoreApplication.translate("UnitItem", "Posts {headcount} / filled {filled}").format(
                headcount=card.headcount, filled=card.filled
            ),
            QCoreApplication.translate("UnitItem", "With sub-units {headcount} / {filled}").format(
                headcount=card.subtree_headcount, filled=card.subtree_filled
            ),
        ]
        top = rect.top() + HEADER + 2
        lines = [
            line_metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            for number, text in enumerate(texts)
            if top + line * (number + 1) <= rect.bottom() + 1
        ]
        result = (name_font, line_font, name, lines, line)
        self._text_cache = (key, result)
        return result

    def _paint_badge(self, painter: QPainter, colour: QColor) -> None:
        badge = self.badge_rect()
        painter.setPen(QPen(colour.darker(130), 1))
        painter.setBrush(colour if self.card.hidden else QColor("#FFFFFF"))
        painter.drawRoundedRect(badge, BADGE_H / 2, BADGE_H / 2)
        font = QFont(painter.font())
        font.setPointSizeF(7)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#FFFFFF") if self.card.hidden else colour.darker(130))
        text = f"+{self.card.hidden}" if self.card.hidden else "−"
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)


class RelationsItem(QGraphicsPathItem):
    """The dotted lines of relations (cooperation, dotted-line reporting) between boxes, as one path."""

    def __init__(self) -> None:
        super().__init__()
        pen = QPen(QColor(RELATION_COLOUR), 1.6, Qt.PenStyle.DashLine)
        self.setPen(pen)
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setZValue(-0.3)  # over the connectors, under the boxes
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_lines(self, lines: list[tuple[QPointF, QPointF]]) -> None:
        path = QPainterPath()
        for start, end in lines:
            path.moveTo(start)
            path.lineTo(end)
        self.setPath(path)


class ConnectorsItem(QGraphicsPathItem):
    """Every connector of the chart as one path: one item, not one per edge."""

    def __init__(self, colour: str = "#8A96A3", width: float = 1.2) -> None:
        super().__init__()
        pen = QPen(QColor(colour), width)
        pen.setCosmetic(False)
        self.setPen(pen)
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setZValue(-1)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_connectors(self, connectors: list[Connector]) -> None:
        path = QPainterPath()
        for connector in connectors:
            points = connector.points
            if not points:
                continue
            path.moveTo(*points[0])
            for point in points[1:]:
                path.lineTo(*point)
        self.setPath(path)
