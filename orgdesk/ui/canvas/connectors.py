"""The unit chart's connectors: one path item per family (a parent and its shown children).

The path is a child item of the parent's box, drawn behind it in the box's coordinates: a
family that shifts with its parent moves with it at no cost, and only a family whose children
moved against their parent gets a new path. A repaint draws only the families in view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem

from orgdesk.layout.connectors import Points

CONNECTOR_COLOUR = "#8A96A3"
CONNECTOR_WIDTH = 1.2
CONNECTOR_PEN = QPen(QColor(CONNECTOR_COLOUR), CONNECTOR_WIDTH)


class FamilyLines(QGraphicsPathItem):
    """The connectors from one parent box to its children, in the parent box's coordinates
    (a child of the parent's frame, see boxes.SubtreeFrame)."""

    def __init__(self, box: QGraphicsItem) -> None:
        super().__init__(box)
        self.setPen(CONNECTOR_PEN)
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setZValue(-1)  # under the boxes
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.shape_drawn: list[Points] = []

    def show_lines(self, lines: list[Points]) -> None:
        """Draw these polylines (a new path only if they differ from the ones drawn)."""
        if lines != self.shape_drawn:
            self.setPath(family_path(lines))
            self.shape_drawn = lines


def family_path(lines: list[Points]) -> QPainterPath:
    path = QPainterPath()
    for points in lines:
        path.moveTo(*points[0])
        for x, y in points[1:]:
            path.lineTo(x, y)
    return path
