"""The post chart's box: one self-painting item per post (title, unit, holders, 编制/在岗, vacancy)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyle, QStyleOptionGraphicsItem, QWidget

from orgdesk.ui.canvas.items import HEADER, LOD_TEXT, paint_card_frame

MANAGER_COLOUR = "#1F4E79"
POST_COLOUR = "#5B7FA6"
VACANT_COLOUR = "#C0392B"


@dataclass(slots=True)
class PostCard:
    title: str
    unit: str
    holders: str  # "张三、李四（兼职）"
    headcount: int
    filled: int
    is_manager: bool = False

    @property
    def vacant(self) -> int:
        return max(0, self.headcount - self.filled)


class PostItem(QGraphicsItem):
    def __init__(self, position_id: int, width: float, height: float, card: PostCard) -> None:
        super().__init__()
        self.position_id = position_id
        self.card = card
        self._rect = QRectF(0, 0, width, height)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)

    def boundingRect(self) -> QRectF:  # noqa: N802 - Qt's name
        return self._rect.adjusted(-2, -2, 2, 2)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        card, rect = self.card, self._rect
        colour = QColor(MANAGER_COLOUR if card.is_manager else POST_COLOUR)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        lod = QStyleOptionGraphicsItem.levelOfDetailFromTransform(painter.worldTransform())
        if lod < LOD_TEXT:
            painter.setPen(QPen(QColor(VACANT_COLOUR), 3) if card.vacant else Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRect(rect)
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        if selected:
            border = QPen(QColor("#F5A623"), 3)
        elif card.vacant:
            border = QPen(QColor(VACANT_COLOUR), 1.5, Qt.PenStyle.DashLine)
        else:
            border = QPen(colour.darker(130), 1)
        paint_card_frame(painter, rect, colour, border)
        self._paint_text(painter, rect)

    def _paint_text(self, painter: QPainter, rect: QRectF) -> None:
        card = self.card
        font = QFont(painter.font())
        font.setPointSizeF(8.5)
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        inner = rect.adjusted(6, 0, -6, 0)
        painter.setPen(QColor("#FFFFFF"))
        title = metrics.elidedText(card.title, Qt.TextElideMode.ElideRight, inner.width())
        painter.drawText(QRectF(inner.left(), rect.top(), inner.width(), HEADER), Qt.AlignmentFlag.AlignVCenter, title)
        font.setBold(False)
        font.setPointSizeF(7.5)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        line = metrics.height()
        top = rect.top() + HEADER + 2
        holders = card.holders or QCoreApplication.translate("PostItem", "(vacant)")
        staffing = QCoreApplication.translate("PostItem", "Headcount {headcount} / filled {filled}").format(
            headcount=card.headcount, filled=card.filled
        )
        if card.vacant:
            staffing += "  " + QCoreApplication.translate("PostItem", "vacant {count}").format(count=card.vacant)
        rows = [(card.unit, QColor("#707070")), (holders, QColor("#202020")), (staffing, None)]
        for number, (text, colour) in enumerate(rows):
            if top + line * (number + 1) > rect.bottom() + 1:
                break
            painter.setPen(colour or (QColor(VACANT_COLOUR) if card.vacant else QColor("#202020")))
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, inner.width())
            painter.drawText(QRectF(inner.left(), top + line * number, inner.width(), line), shown)
