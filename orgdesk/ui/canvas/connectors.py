"""The unit chart's connectors: one path item per family (a parent and its shown children).

One path for the whole chart had to be rebuilt (24,000 segments) after every edit and was
clipped segment by segment at every repaint. Per family, a relayout rebuilds only the paths
of families whose children moved against their parent; a family moved as a whole (the tidy
layout shifts entire subtrees) just moves its item, and a repaint draws only the families
in view.
"""

from __future__ import annotations

from itertools import repeat
from operator import sub

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsScene

from orgdesk.layout.connectors import Families
from orgdesk.layout.tidy import Layout

CONNECTOR_COLOUR = "#8A96A3"
CONNECTOR_WIDTH = 1.2

# what a family's lines depend on, relative to the parent's corner:
# (left to right, a compact column, child ids, child x offsets, child y offsets)
_Shape = tuple[bool, bool, list[int], tuple[float, ...], tuple[float, ...]]


class FamilyLines(QGraphicsPathItem):
    """The connectors from one parent box to its children, drawn from the parent's corner."""

    def __init__(self, pen: QPen) -> None:
        super().__init__()
        self.setPen(pen)
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setZValue(-1)  # under the boxes
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class ConnectorGroups:
    """Keeps one FamilyLines item per shown parent in step with the scene's layout."""

    def __init__(self, scene: QGraphicsScene) -> None:
        self._scene = scene
        self._pen = QPen(QColor(CONNECTOR_COLOUR), CONNECTOR_WIDTH)
        self._items: dict[int, FamilyLines] = {}
        self._shapes: dict[int, _Shape] = {}
        self._corners: dict[int, tuple[float, float]] = {}

    def items(self) -> dict[int, FamilyLines]:
        """parent unit id → its family's lines."""
        return dict(self._items)

    def show(self, layout: Layout) -> None:
        families = layout.families
        items: dict[int, FamilyLines] = {}
        shapes: dict[int, _Shape] = {}
        corners: dict[int, tuple[float, float]] = {}
        if families is not None:
            ids, first, count, xs, ys = families.ids, families.first, families.count, families.xs, families.ys
            for i in families.parents():
                parent_id, f, k = ids[i], first[i], count[i]
                corner = (xs[i], ys[i])
                shape = (
                    families.left_right,
                    families.stacked[i],
                    ids[f : f + k],
                    tuple(map(sub, xs[f : f + k], repeat(corner[0], k))),
                    tuple(map(sub, ys[f : f + k], repeat(corner[1], k))),
                )
                item = self._items.pop(parent_id, None)
                if item is None:
                    item = FamilyLines(self._pen)
                    self._scene.addItem(item)
                if self._shapes.get(parent_id) != shape:
                    item.setPath(_family_path(families, i, corner))
                if self._corners.get(parent_id) != corner:
                    item.setPos(*corner)
                items[parent_id], shapes[parent_id], corners[parent_id] = item, shape, corner
        for leftover in self._items.values():  # parents deleted, collapsed or left without children
            self._scene.removeItem(leftover)
        self._items, self._shapes, self._corners = items, shapes, corners


def _family_path(families: Families, index: int, corner: tuple[float, float]) -> QPainterPath:
    x0, y0 = corner
    path = QPainterPath()
    for connector in families.family_connectors(index):
        points = connector.points
        path.moveTo(points[0][0] - x0, points[0][1] - y0)
        for x, y in points[1:]:
            path.lineTo(x - x0, y - y0)
    return path
