"""Tidy tree layout in linear time, without Qt: shared by the chart canvas, PNG/SVG and PDF.

The tree is given as a root id and a `children(id)` function, so the maths knows nothing of
the domain (`layout_scenario` is the convenience over a Document). Every box has the same size.

The algorithm is Reingold–Tilford with contours (per level: the leftmost and rightmost box
edge of a subtree), made linear the classic way: placing a subtree next to its left siblings
compares and merges contours only down to the shallower of the two, and the deeper contour
list is reused rather than copied. Each contour is a Python list stored bottom level first
(so a parent *appends* its own level) with one additive offset (so shifting a whole subtree
costs O(1)). Merging forests of heights a and b costs min(a, b), and since
(nodes − height) grows by exactly min(a, b) at each merge, the total is at most n.

Everything runs in loops over integer indices (breadth-first order: a node's children get
consecutive indices, and every parent comes before its children), never by recursion, so a
3,000-deep chain is as easy as a 10,000-wide star.

Compact orientation: a node whose children are all (visible) leaves and number at least
`compact_min_leaves` stacks them in one column under itself, indented by `compact_indent`, and
joined by a vertical spine with short stubs. For its neighbours that block is one tall
pseudo-leaf: its contour claims every level row the column reaches down into.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from enum import StrEnum
from itertools import accumulate, chain, compress, repeat
from operator import sub
from typing import NamedTuple

from orgdesk.domain.document import Document
from orgdesk.layout.connectors import Connector as Connector  # re-exported: the layout's public names
from orgdesk.layout.connectors import Families

Children = Callable[[int], Sequence[int]]


class Orientation(StrEnum):
    TOP_DOWN = "top-down"
    LEFT_RIGHT = "left-right"
    COMPACT = "compact"  # top-down, with wide rows of leaves stacked in columns


@dataclass(frozen=True)
class LayoutOptions:
    box_width: float = 160
    box_height: float = 64
    sibling_gap: float = 24  # between neighbouring boxes of one level (and between stacked boxes: half of it)
    level_gap: float = 48  # between levels; the connectors' bus runs in the middle of it
    orientation: Orientation = Orientation.COMPACT
    compact_indent: float = 24  # how far a stacked column sits right of its parent's left edge
    compact_min_leaves: int = 4  # compact applies where a node has >= this many children, all leaves


class Box(NamedTuple):  # immutable tuples: cheap to make 10,000 at a time
    unit_id: int
    x: float  # top-left corner
    y: float
    width: float
    height: float
    depth: int  # 0 for the root
    hidden: int  # descendants collapsed under this box (0 if expanded or a leaf)


class Layout:
    """Boxes by unit id (units hidden under a collapsed box have none), every box within
    [0, width] × [0, height]; the connectors are drawn from `families` when first asked for."""

    __slots__ = ("_connectors", "boxes", "families", "height", "width")

    def __init__(
        self,
        boxes: dict[int, Box],
        connectors: list[Connector] | None,
        width: float,
        height: float,
        families: Families | None = None,
    ) -> None:
        self.boxes = boxes
        self.width = width
        self.height = height
        self.families = families
        self._connectors = connectors

    @property
    def connectors(self) -> list[Connector]:
        if self._connectors is None:
            self._connectors = self.families.connectors() if self.families is not None else []
        return self._connectors

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Layout):
            return NotImplemented
        return (self.boxes, self.width, self.height, self.connectors) == (
            other.boxes,
            other.width,
            other.height,
            other.connectors,
        )

    __hash__ = None  # type: ignore[assignment]  # mutable caches: equal layouts need not hash alike


DEFAULT_OPTIONS = LayoutOptions()
EMPTY_LAYOUT = Layout({}, [], 0.0, 0.0)


def count_descendants(children: Children, root: int) -> int:
    """Units below `root` (not counting it)."""
    total = 0
    stack = [root]
    while stack:
        kids = children(stack.pop())
        total += len(kids)
        stack.extend(kids)
    return total


def layout_scenario(
    document: Document,
    scenario_id: int,
    options: LayoutOptions = DEFAULT_OPTIONS,
    collapsed: Collection[int] = frozenset(),
    max_depth: int | None = None,
) -> Layout:
    """The layout of a scenario's unit tree (empty if the scenario has no units)."""
    root = document.root(scenario_id)
    if root is None:
        return EMPTY_LAYOUT
    # One pass over the scenario's units beats a sorted index lookup per unit.
    grouped: dict[int | None, list[tuple[int, int]]] = {}
    for unit in document.units_of_scenario(scenario_id):
        grouped.setdefault(unit.parent_id, []).append((unit.sort_order, unit.id))
    children_of = {parent: [unit_id for _, unit_id in sorted(pairs)] for parent, pairs in grouped.items()}
    no_children: list[int] = []
    return layout_tree(lambda unit_id: children_of.get(unit_id, no_children), root.id, options, collapsed, max_depth)


def layout_tree(
    children: Children,
    root: int,
    options: LayoutOptions = DEFAULT_OPTIONS,
    collapsed: Collection[int] = frozenset(),
    max_depth: int | None = None,
) -> Layout:
    """Lay out the tree under `root`; `children(id)` gives a node's children in display order.

    The subtrees of `collapsed` ids are not laid out, nor the nodes deeper than `max_depth`
    (0 = the root alone); such a box counts its hidden descendants in `Box.hidden`.
    """
    return _layout(_visible_tree(children, root, collapsed, max_depth), options)


def _layout(tree: _Tree, options: LayoutOptions) -> Layout:
    left_right = options.orientation == Orientation.LEFT_RIGHT
    compact = options.orientation == Orientation.COMPACT
    # "breadth" runs along a level (x top-down, y left-right); "length" from level to level
    breadth = options.box_height if left_right else options.box_width
    length = options.box_width if left_right else options.box_height
    stacks = _StackGeometry(options) if compact else None
    offsets, centres, stacked = _place(tree, breadth / 2, options.sibling_gap, length + options.level_gap, stacks)
    along = _positions(tree, offsets, centres, stacked, options.compact_indent)
    return _build(tree, along, stacked, options, left_right)


# ----- the visible tree -----------------------------------------------------------------
@dataclass
class _Tree:
    """The visible nodes in breadth-first order: children of node i are first[i] … first[i] + count[i] − 1."""

    ids: list[int]
    depth: list[int]
    first: list[int]
    count: list[int]
    hidden: list[int]


def _visible_tree(children: Children, root: int, collapsed: Collection[int], max_depth: int | None) -> _Tree:
    """Level by level, so most of the work runs in C (map, len, chain) rather than per node in Python."""
    closed = collapsed if isinstance(collapsed, set | frozenset) else set(collapsed)
    ids = [root]
    depth = [0]
    first: list[int] = []
    count: list[int] = []
    hidden: list[int] = []
    level = [root]
    d = 0
    while level:
        kid_lists = list(map(children, level))
        counts = list(map(len, kid_lists))
        hides = [0] * len(level)
        cut: Sequence[int]
        if d == max_depth:
            cut = range(len(level))
        elif closed:
            cut = [j for j, node in enumerate(level) if node in closed]
        else:
            cut = []
        for j in cut:
            if counts[j]:
                hides[j] = count_descendants(children, level[j])
                counts[j] = 0
                kid_lists[j] = ()
        start = len(ids)
        first.extend(accumulate(counts, initial=start))
        first.pop()
        count.extend(counts)
        hidden.extend(hides)
        level = list(chain.from_iterable(kid_lists))
        ids.extend(level)
        d += 1
        depth.extend([d] * len(level))
    return _Tree(ids, depth, first, count, hidden)


# ----- placing: contours, bottom-up -----------------------------------------------------
class _StackGeometry:
    """Where a compact column's boxes go, along the level direction, from the parent's top."""

    def __init__(self, options: LayoutOptions) -> None:
        self.min_leaves = max(1, options.compact_min_leaves)
        self.indent = options.compact_indent
        self.height = options.box_height
        self.first = options.box_height + options.level_gap / 2  # parent top → first stacked box top
        self.pitch = options.box_height + options.sibling_gap / 2  # stacked box top → next one's top
        self.level_pitch = options.box_height + options.level_gap

    def rows(self, leaves: int) -> int:
        """Level rows below the parent that a column of `leaves` boxes reaches into."""
        bottom = self.first + (leaves - 1) * self.pitch + self.height  # below the parent's top
        return max(1, math.ceil((bottom - self.height) / self.level_pitch - 1e-9))


_NO_CONTOUR: list[float] = []


def _place(
    tree: _Tree, half: float, gap: float, level_pitch: float, stacks: _StackGeometry | None
) -> tuple[list[float], list[float], list[bool]]:
    """Bottom-up Reingold–Tilford: each child's centre relative to its first sibling's, and the
    centre of each parent relative to its first child's. `stacked[i]`: i's children form a column."""
    first, count = tree.first, tree.count
    n = len(count)
    offsets = [0.0] * n
    centres = [0.0] * n
    stacked = [False] * n
    # contours: left and right box edges per level, bottom level first, each with one offset;
    # all relative to the subtree root's centre. A leaf's are made only when needed.
    lefts: list[list[float]] = [_NO_CONTOUR] * n
    rights: list[list[float]] = [_NO_CONTOUR] * n
    left_off = [0.0] * n
    right_off = [0.0] * n
    min_leaves = stacks.min_leaves if stacks is not None else 0
    pitch = 2 * half + gap  # centre to centre of neighbouring leaves
    for i in reversed(list(compress(range(n), count))):  # the parents, deepest first (leaves skipped in C)
        k = count[i]
        f = first[i]
        end = f + k
        if not any(count[f:end]):  # only leaves below: a column in compact mode, else one row
            if stacks is not None and k >= min_leaves:
                stacked[i] = True
                rows = stacks.rows(k)
                lefts[i] = [-half] * (rows + 1)
                rights[i] = [half + stacks.indent] * rows
                rights[i].append(half)
            else:
                offsets[f:end] = [j * pitch for j in range(k)]
                mid = (k - 1) * pitch / 2
                centres[i] = mid
                lefts[i] = [-half - mid, -half]
                rights[i] = [half + mid, half]
            continue
        fl = lefts[f]
        if fl is _NO_CONTOUR:
            fl, fr, flo, fro = [-half], [half], 0.0, 0.0
        else:
            fr, flo, fro = rights[f], left_off[f], right_off[f]
            lefts[f] = rights[f] = _NO_CONTOUR
        height = len(fl)
        shift = 0.0
        for c in range(f + 1, end):
            cl = lefts[c]
            if cl is _NO_CONTOUR:  # a leaf: one level
                shift = fr[-1] + fro + half + gap
                fr[-1] = shift + half - fro
                offsets[c] = shift
                continue
            cr, clo, cro = rights[c], left_off[c], right_off[c]
            lefts[c] = rights[c] = _NO_CONTOUR
            h = len(cl)
            if h < height:
                shift = max(map(sub, fr[height - h :], cl)) + fro - clo + gap
                d = cro + shift - fro
                fr[height - h :] = [v + d for v in cr]
            else:
                shift = max(map(sub, fr, cl[h - height :])) + fro - clo + gap
                fr, fro = cr, cro + shift
                if h > height:
                    d = flo - clo - shift
                    cl[h - height :] = [v + d for v in fl]
                    fl, flo = cl, clo + shift
                    height = h
            offsets[c] = shift
        mid = shift / 2  # centred over the first and last child
        centres[i] = mid
        flo -= mid
        fro -= mid
        fl.append(-half - flo)
        fr.append(half - fro)
        lefts[i], rights[i], left_off[i], right_off[i] = fl, fr, flo, fro
    return offsets, centres, stacked


def _positions(
    tree: _Tree, offsets: list[float], centres: list[float], stacked: list[bool], indent: float
) -> list[float]:
    """Absolute box centres along the levels (top-down), parents before children."""
    first, count = tree.first, tree.count
    n = len(count)
    along = [0.0] * n
    for i in compress(range(n), count):  # the parents, top down
        k = count[i]
        f = first[i]
        if stacked[i]:
            x = along[i] + indent
            along[f : f + k] = [x] * k
        else:
            base = along[i] - centres[i]
            along[f : f + k] = [base + v for v in offsets[f : f + k]]
    return along


# ----- boxes and connectors ------------------------------------------------------------
def _build(tree: _Tree, along: list[float], stacked: list[bool], options: LayoutOptions, left_right: bool) -> Layout:
    ids, depth, first, count, hidden = tree.ids, tree.depth, tree.first, tree.count, tree.hidden
    n = len(ids)
    w, h = float(options.box_width), float(options.box_height)
    low = min(along)
    across = [v - low for v in along]  # box edges: x top-down, y left-right (centres → edges, leftmost at 0)
    level_pitch = (w if left_right else h) + options.level_gap
    rows = [d * level_pitch for d in range(max(depth) + 1)]
    level = list(map(rows.__getitem__, depth))  # box edges: y top-down, x left-right
    if any(stacked):
        _stack_levels(first, count, stacked, level, options)
    xs, ys = (level, across) if left_right else (across, level)
    fields = zip(ids, xs, ys, repeat(w, n), repeat(h, n), depth, hidden, strict=False)
    # NamedTuple's own constructor runs Python code per box; tuple.__new__ fills one in C
    boxes = dict(zip(ids, map(tuple.__new__, repeat(Box, n), fields), strict=True))
    families = Families(ids, first, count, stacked, xs, ys, w, h, options.level_gap, options.compact_indent, left_right)
    return Layout(boxes, None, max(xs) + w, max(ys) + h, families)


def _stack_levels(
    first: list[int], count: list[int], stacked: list[bool], level: list[float], options: LayoutOptions
) -> None:
    """Move the boxes of compact columns from their level row into the column."""
    top = options.box_height + options.level_gap / 2
    pitch = options.box_height + options.sibling_gap / 2
    for i in compress(range(len(stacked)), stacked):
        f = first[i]
        y = level[i] + top
        level[f : f + count[i]] = [y + j * pitch for j in range(count[i])]
