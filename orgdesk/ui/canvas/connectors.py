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

    def show(self, layout: Layout, before: Layout | None = None, touched: set[int] | None = None) -> None:
        """Follow `layout`. With the layout shown `before` and the units whose boxes it `touched`
        (moved, changed, came or went), only the families of those units and of their parents
        (then and now) are looked at: the others have not moved at all."""
        families = layout.families
        if families is None:
            self._keep_only(set())
            return
        if touched is None or before is None:
            self._keep_only({families.ids[i] for i in families.parents()})
            for i in families.parents():
                self._follow(families, i)
            return
        candidates = _touched_families(families, touched)
        if before.families is not None:
            candidates |= _touched_families(before.families, touched)
        for parent_id in candidates:
            index = families.index_of(parent_id)
            if index is not None and families.count[index]:
                self._follow(families, index)
            elif parent_id in self._items:
                self._drop(parent_id)

    def show_families(self, layout: Layout, unit_ids: set[int]) -> None:
        """The lines of the families these units belong to, as parents or as children."""
        families = layout.families
        if families is None:
            return
        parents = set(unit_ids)
        parents.update(parent for parent in map(families.parent_of, unit_ids) if parent is not None)
        for parent_id in parents:
            index = families.index_of(parent_id)
            if index is not None and families.count[index]:
                self._follow(families, index)

    def _follow(self, families: Families, i: int) -> None:
        """Bring one family's item up to date: a new path only if its shape changed."""
        ids, xs, ys = families.ids, families.xs, families.ys
        parent_id, f, k = ids[i], families.first[i], families.count[i]
        corner = (xs[i], ys[i])
        shape = (
            families.left_right,
            families.stacked[i],
            ids[f : f + k],
            tuple(map(sub, xs[f : f + k], repeat(corner[0], k))),
            tuple(map(sub, ys[f : f + k], repeat(corner[1], k))),
        )
        item = self._items.get(parent_id)
        if item is None:
            item = self._items[parent_id] = FamilyLines(self._pen)
            self._scene.addItem(item)
        if self._shapes.get(parent_id) != shape:
            item.setPath(_family_path(families, i, corner))
            self._shapes[parent_id] = shape
        if self._corners.get(parent_id) != corner:
            item.setPos(*corner)
            self._corners[parent_id] = corner

    def _drop(self, parent_id: int) -> None:
        item = self._items.pop(parent_id, None)
        if item is not None:
            self._scene.removeItem(item)
        self._shapes.pop(parent_id, None)
        self._corners.pop(parent_id, None)

    def _keep_only(self, parent_ids: set[int]) -> None:
        for parent_id in self._items.keys() - parent_ids:
            self._drop(parent_id)


def _touched_families(families: Families, touched: set[int]) -> set[int]:
    """The parents whose family (the parent or one of its children) has a touched box."""
    ids, first, count = families.ids, families.first, families.count
    return {
        ids[i]
        for i in families.parents()
        if ids[i] in touched or not touched.isdisjoint(ids[first[i] : first[i] + count[i]])
    }


def _family_path(families: Families, index: int, corner: tuple[float, float]) -> QPainterPath:
    x0, y0 = corner
    path = QPainterPath()
    for connector in families.family_connectors(index):
        points = connector.points
        path.moveTo(points[0][0] - x0, points[0][1] - y0)
        for x, y in points[1:]:
            path.lineTo(x - x0, y - y0)
    return path
