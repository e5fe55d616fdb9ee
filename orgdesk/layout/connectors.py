"""The lines of a tidy layout, drawn on demand from who is under whom.

A layout keeps its families (each shown parent and its consecutive children, breadth-first)
rather than a ready list of connectors: most redraws need only a few families' lines (the
canvas rebuilds just the families whose children moved against their parent), and making
all 10,000 polylines up front doubled the cost of a layout.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import partial
from typing import NamedTuple

Point = tuple[float, float]
Points = tuple[Point, ...]


class Connector(NamedTuple):
    parent_id: int
    child_id: int
    points: Points  # orthogonal polyline, parent's box edge → child's box edge


_new_connector = partial(tuple.__new__, Connector)


@dataclass(frozen=True, slots=True)
class Families:
    """The shown tree in breadth-first order (children of node i are first[i] … first[i] + count[i] − 1)
    with each box's top-left corner, and what the lines between them need."""

    ids: list[int]
    first: list[int]
    count: list[int]
    stacked: list[bool]  # node i's children form a compact column
    xs: list[float]
    ys: list[float]
    box_width: float
    box_height: float
    level_gap: float
    compact_indent: float
    left_right: bool
    _index: dict[int, int] = field(default_factory=dict, init=False, repr=False, compare=False)
    _parents: list[int] = field(default_factory=list, init=False, repr=False, compare=False)

    def parent_of(self, node_id: int) -> int | None:
        """The id of a shown node's parent (None for the root, or a node not shown)."""
        index = self.index_of(node_id)
        if not index:
            return None
        if not self._parents:  # parent index of node j + 1 at j
            self._parents.extend(i for i, k in enumerate(self.count) for _ in range(k))
        return self.ids[self._parents[index - 1]]

    def index_of(self, node_id: int) -> int | None:
        """Where a shown node sits in the breadth-first order (None: not shown)."""
        if not self._index:
            self._index.update(zip(self.ids, range(len(self.ids)), strict=True))
        return self._index.get(node_id)

    def connector_to(self, parent_id: int, child_id: int) -> Connector | None:
        """The line from a shown parent to one of its shown children (None if not both shown)."""
        index = self.index_of(parent_id)
        if index is None:
            return None
        return next((c for c in self.family_connectors(index) if c.child_id == child_id), None)

    def parents(self) -> Iterator[int]:
        """Indices of the nodes with shown children, in breadth-first order."""
        return (i for i, k in enumerate(self.count) if k)

    def children(self, index: int) -> list[int]:
        f = self.first[index]
        return self.ids[f : f + self.count[index]]

    def connectors(self) -> list[Connector]:
        """Every connector, parent by parent in breadth-first order."""
        result: list[Connector] = []
        for i in self.parents():
            result.extend(self.family_connectors(i))
        return result

    def family_connectors(self, index: int) -> list[Connector]:
        """The lines from node `index` to each of its shown children."""
        k = self.count[index]
        if not k:
            return []
        f = self.first[index]
        points = family_lines(
            (self.xs[index], self.ys[index]),
            list(zip(self.xs[f : f + k], self.ys[f : f + k], strict=True)),
            self.shape(self.stacked[index]),
        )
        parent_id = self.ids[index]
        return list(map(_new_connector, zip([parent_id] * k, self.ids[f : f + k], points, strict=True)))

    def shape(self, stacked: bool) -> LineShape:
        return LineShape(self.box_width, self.box_height, self.level_gap, self.compact_indent, self.left_right, stacked)


class LineShape(NamedTuple):
    """What a family's lines look like, besides where its boxes are."""

    box_width: float
    box_height: float
    level_gap: float
    compact_indent: float
    left_right: bool
    stacked: bool  # the children form a compact column


def family_lines(corner: Point, kids: list[Point], shape: LineShape) -> list[Points]:
    """The lines from a parent box to each child box, given their top-left corners: from the
    parent's bottom centre along a bus row to each child's top centre (top-down), from its right
    middle along a bus column to each child's left middle (left to right), or down a spine with a
    stub to each box's left edge (a compact column)."""
    w, h = shape.box_width, shape.box_height
    x0, y0 = corner
    if shape.left_right:
        hh, bus = h / 2, shape.level_gap / 2
        a, b = x0 + w, y0 + hh
        return [
            ((a, b), (d, e + hh)) if b == e + hh else ((a, b), (a + bus, b), (a + bus, e + hh), (d, e + hh))
            for d, e in kids
        ]
    if shape.stacked:
        hh = h / 2
        x, y = x0 + shape.compact_indent / 2, y0 + h
        return [((x, y), (x, y1 + hh)) if x1 == x else ((x, y), (x, y1 + hh), (x1, y1 + hh)) for x1, y1 in kids]
    hw, bus = w / 2, shape.level_gap / 2
    a, b = x0 + hw, y0 + h
    start, row = (a, b), (a, b + bus)
    return [
        (start, (x1 + hw, y1)) if x1 + hw == a else (start, row, (x1 + hw, b + bus), (x1 + hw, y1)) for x1, y1 in kids
    ]
