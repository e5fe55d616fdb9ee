"""The chart canvas's tidy layout, kept up to date edit by edit; the same boxes as `layout_tree`.

`layout_tree` lays out a whole tree in one pass over breadth-first arrays: right for a PDF,
but a drag on a 10,000-unit chart then costs a full layout and moves thousands of boxes.
Here each shown node keeps its laid-out subtree (its contours, top level first, relative to
its own centre) and its corner relative to its parent's corner. A move changes the subtrees
of the old and the new parent's ancestors only: those few are placed again from their
children's kept contours, and only the children of those nodes get a new relative corner.
A canvas that draws each box relative to its parent's box therefore touches a few dozen
items per move, however many boxes shift on the page.

The arithmetic is `layout_tree`'s (Reingold–Tilford with contours, compact columns), so the
absolute boxes are equal (`boxes`, worked out when asked for). Merging contours without
reusing them costs each node its subtree's height: fine for organisations (tens of levels),
quadratic only for pathological chains thousands deep.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from operator import sub
from typing import NamedTuple

from orgdesk.layout.connectors import LineShape, Points, family_lines
from orgdesk.layout.tidy import Box, LayoutOptions, Orientation, _StackGeometry, count_descendants

Children = Callable[[int], Sequence[int]]
ParentOf = Callable[[int], "int | None"]


class _Subtree(NamedTuple):
    """A shown node's laid-out subtree, relative to the node."""

    lefts: tuple[float, ...]  # per level, the node's own first: leftmost box edge from the node's centre
    rights: tuple[float, ...]
    far: float  # far edge of its deepest box, from the node's near edge (down top-down, right left-right)


@dataclass
class LiveChange:
    """What an `update` changed, for a canvas that keeps an item per shown node."""

    shown: set[int] = field(default_factory=set)  # newly shown (no item yet)
    gone: set[int] = field(default_factory=set)  # no longer shown
    placed: set[int] = field(default_factory=set)  # a new parent or a new corner relative to it
    families: set[int] = field(default_factory=set)  # nodes whose lines to their children may differ
    hidden: set[int] = field(default_factory=set)  # a new count of units collapsed under them


class LiveLayout:
    """The shown tree under `root` (collapsed nodes' subtrees hidden), laid out and kept so."""

    def __init__(
        self,
        children: Children,
        root: int | None,
        options: LayoutOptions,
        collapsed: Collection[int] = (),
        parent_of: ParentOf | None = None,
    ) -> None:
        self.children = children
        self.root = root
        self.options = options
        self.collapsed = set(collapsed)
        self.parent_of = parent_of  # the document's parent of any node (for edits under collapsed boxes)
        self.kids: dict[int, tuple[int, ...]] = {}  # shown children, in order
        self.parent: dict[int, int] = {}
        self.hidden: dict[int, int] = {}  # units under a collapsed node (only non-zero counts kept)
        self.stacked: set[int] = set()  # nodes whose children form a compact column
        self.rel: dict[int, tuple[float, float]] = {}  # corner relative to the parent's corner (root: absolute)
        self._subtrees: dict[int, _Subtree] = {}
        self._boxes: dict[int, Box] | None = None
        left_right = options.orientation == Orientation.LEFT_RIGHT
        self.left_right = left_right
        self._breadth = options.box_height if left_right else options.box_width
        self._length = options.box_width if left_right else options.box_height
        self._half = self._breadth / 2
        self._level_pitch = self._length + options.level_gap
        self._stacks = _StackGeometry(options) if options.orientation == Orientation.COMPACT else None
        self._leaf = _Subtree((-self._half,), (self._half,), self._length)
        if root is not None:
            order = self._read(root)
            for node in reversed(order):
                self._place(node)
            self._place_root()

    # ----- what is shown ----------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.kids)

    def __contains__(self, node: object) -> bool:
        return node in self.kids

    @property
    def width(self) -> float:
        return self._extent()[0]

    @property
    def height(self) -> float:
        return self._extent()[1]

    def _extent(self) -> tuple[float, float]:
        if self.root is None:
            return 0.0, 0.0
        top = self._subtrees[self.root]
        across = max(top.rights) - min(top.lefts)
        return (top.far, across) if self.left_right else (across, top.far)

    def extent(self, node: int) -> tuple[float, float, float, float]:
        """(left, top, right, bottom) of the boxes of a shown node's subtree, from its corner."""
        mine = self._subtrees[node]
        low, high = min(mine.lefts) + self._half, max(mine.rights) + self._half
        if self.left_right:
            return 0.0, low, mine.far, high
        return low, 0.0, high, mine.far

    def order(self) -> Iterator[int]:
        """Every shown node, parents before their children (breadth-first)."""
        if self.root is None:
            return iter(())
        queue = [self.root]
        kids = self.kids
        for node in queue:
            queue.extend(kids[node])
        return iter(queue)

    def centre_finder(self) -> Callable[[int], tuple[float, float]]:
        """The centres of many nodes' boxes (absolute): each ancestor's corner is worked out once."""
        known: dict[int, tuple[float, float]] = {}
        rel, parent = self.rel, self.parent
        half_w, half_h = self.options.box_width / 2, self.options.box_height / 2

        def centre(node: int) -> tuple[float, float]:
            chain = []  # the node and its ancestors not worked out yet, bottom-up
            current: int | None = node
            while current is not None and current not in known:
                chain.append(current)
                current = parent.get(current)
            x, y = known[current] if current is not None else (0.0, 0.0)
            for link in reversed(chain):
                dx, dy = rel[link]
                x, y = x + dx, y + dy
                known[link] = (x, y)
            x, y = known[node]
            return x + half_w, y + half_h

        return centre

    def _box(self, node: int, x: float, y: float, depth: int) -> Box:
        o = self.options
        return Box(node, x, y, float(o.box_width), float(o.box_height), depth, self.hidden.get(node, 0))

    @property
    def boxes(self) -> dict[int, Box]:
        """Every shown node's box in absolute coordinates (worked out once per layout)."""
        if self._boxes is None:
            boxes: dict[int, Box] = {}
            if self.root is not None:
                x, y = self.rel[self.root]
                boxes[self.root] = self._box(self.root, x, y, 0)
                rel = self.rel
                for node in self.order():
                    mine = boxes[node]
                    for kid in self.kids[node]:
                        dx, dy = rel[kid]
                        boxes[kid] = self._box(kid, mine.x + dx, mine.y + dy, mine.depth + 1)
            self._boxes = boxes
        return self._boxes

    # ----- lines -------------------------------------------------------------------------
    def family_points(self, node: int) -> list[Points]:
        """The lines from a node to each shown child, relative to the node's corner."""
        o = self.options
        shape = LineShape(
            o.box_width, o.box_height, o.level_gap, o.compact_indent, self.left_right, node in self.stacked
        )
        return family_lines((0.0, 0.0), [self.rel[kid] for kid in self.kids.get(node, ())], shape)

    def link_points(self, node: int, kid: int) -> Points | None:
        """The line from a shown node to one of its shown children, relative to the node's
        corner (None: not its shown child)."""
        kids = self.kids.get(node, ())
        return self.family_points(node)[kids.index(kid)] if kid in kids else None

    # ----- reading and placing ----------------------------------------------------------
    def _read(self, top: int) -> list[int]:
        """Read the shown subtree under `top` (children, hidden counts); its nodes, breadth-first."""
        order = [top]
        children, closed = self.children, self.collapsed
        kids, parent, hidden = self.kids, self.parent, self.hidden
        for node in order:  # grows while it is walked
            below = children(node)
            hidden.pop(node, None)
            if below and node in closed:
                hidden[node] = count_descendants(children, node)
                kids[node] = ()
                continue
            shown = kids[node] = tuple(below)
            for kid in shown:
                parent[kid] = node
            order.extend(shown)
        return order

    def _place(self, node: int) -> None:
        """Lay out a node's subtree from its children's (placed already); set their corners."""
        kids = self.kids[node]
        self.stacked.discard(node)
        if not kids:
            self._subtrees[node] = self._leaf
            return
        half, pitch, rel = self._half, self._level_pitch, self.rel
        stacks = self._stacks
        if stacks is not None and len(kids) >= stacks.min_leaves and not any(map(self.kids.__getitem__, kids)):
            self.stacked.add(node)
            rows = stacks.rows(len(kids))
            far = stacks.first + (len(kids) - 1) * stacks.pitch + stacks.height
            self._subtrees[node] = _Subtree((-half,) * (rows + 1), (half, *(half + stacks.indent,) * rows), far)
            for j, kid in enumerate(kids):
                rel[kid] = (stacks.indent, stacks.first + j * stacks.pitch)
            return
        subtrees, gap = self._subtrees, self.options.sibling_gap
        first = subtrees[kids[0]]
        if len(kids) == 1:  # straight down: the child's contours one level deeper (no copy of floats)
            self._subtrees[node] = _Subtree(
                (-half, *first.lefts), (half, *first.rights), max(self._length, pitch + first.far)
            )
            rel[kids[0]] = (pitch, 0.0) if self.left_right else (0.0, pitch)
            return
        lefts, rights = list(first.lefts), list(first.rights)
        deepest = first.far
        shifts = [0.0]
        shift = 0.0
        for kid in kids[1:]:
            mine = subtrees[kid]
            shift = max(map(sub, rights, mine.lefts)) + gap
            shifts.append(shift)
            reach = len(mine.rights)
            rights[:reach] = [v + shift for v in mine.rights]
            if len(mine.lefts) > len(lefts):
                lefts.extend(v + shift for v in mine.lefts[len(lefts) :])
            deepest = max(deepest, mine.far)
        mid = shift / 2  # centred over the first and the last child
        self._subtrees[node] = _Subtree(
            (-half, *[v - mid for v in lefts]),
            (half, *[v - mid for v in rights]),
            max(self._length, pitch + deepest),
        )
        if self.left_right:
            for kid, offset in zip(kids, shifts, strict=True):
                rel[kid] = (pitch, offset - mid)
        else:
            for kid, offset in zip(kids, shifts, strict=True):
                rel[kid] = (offset - mid, pitch)

    def _place_root(self) -> None:
        assert self.root is not None
        self.parent.pop(self.root, None)
        low = min(self._subtrees[self.root].lefts) + self._half  # the leftmost centre
        self.rel[self.root] = (0.0, -low) if self.left_right else (-low, 0.0)
        self._boxes = None

    # ----- edits ---------------------------------------------------------------------------
    def update(self, changed: Iterable[int], collapsed: Collection[int]) -> LiveChange:
        """Follow an edit: `changed` are the nodes whose children came, went or were reordered
        (shown or not); `collapsed` the collapsed nodes now (those toggled count as changed)."""
        assert self.root is not None
        closed = set(collapsed)
        pending = set(changed) | (closed ^ self.collapsed)
        self.collapsed = closed
        change = LiveChange()
        before_rel = {}
        before_hidden = {}
        orphans: dict[int, int] = {}  # child no longer under its parent → that parent
        built: set[int] = set()
        processed: list[int] = []
        for node in self._shown_or_covering(pending):
            if node not in self.kids:
                continue
            processed.append(node)
            before_hidden[node] = self.hidden.get(node, 0)
            old = self.kids[node]
            self.kids.pop(node)
            self._reread(node, built, change.placed)
            new = self.kids[node]  # its lines are looked at with the other re-placed nodes below
            for kid in set(old).difference(new):
                if self.parent.get(kid) == node:
                    orphans[kid] = node
            for kid in new:
                orphans.pop(kid, None)
        removed = self._remove_orphans(orphans)
        for node in processed:
            if node in self.kids and before_hidden[node] != self.hidden.get(node, 0):
                change.hidden.add(node)
        dirty = self._ancestors_of([node for node in processed if node in self.kids])
        for node in sorted(dirty, key=self._depth, reverse=True):
            for kid in self.kids[node]:
                before_rel[kid] = self.rel.get(kid)
            self._place(node)
            for kid in self.kids[node]:
                if before_rel[kid] != self.rel[kid]:
                    change.placed.add(kid)
        self._place_root()
        change.families |= dirty
        change.shown = built - removed
        change.gone = removed - built
        change.placed -= removed
        change.families -= removed
        return change

    def _shown_or_covering(self, pending: set[int]) -> list[int]:
        """The pending nodes that are shown, and for those that are not, the shown node nearest
        above them (a collapsed box counting its hidden units, or a parent about to show them)."""
        nodes: dict[int, None] = {}
        for node in pending:
            if node in self.kids and node != self.root and self._deleted(node):
                continue  # its parent, also pending, lets it go
            current: int | None = node
            while current is not None and current not in self.kids:
                current = self.parent_of(current) if self.parent_of is not None else None
            if current is not None:
                nodes[current] = None
        return sorted(nodes, key=self._depth)  # top-down: a collapse before what it hides

    def _deleted(self, node: int) -> bool:
        """Whether a node below the root is no longer in the tree at all (no parent)."""
        return self.parent_of is not None and self.parent_of(node) is None

    def _reread(self, node: int, built: set[int], moved: set[int]) -> None:
        """A shown node's children anew; children shown for the first time are read whole,
        children that were shown under another node are `moved`."""
        children = self.children
        below = children(node)
        self.hidden.pop(node, None)
        if below and node in self.collapsed:
            self.hidden[node] = count_descendants(children, node)
            self.kids[node] = ()
            return
        shown = self.kids[node] = tuple(below)
        for kid in shown:
            if self.parent.get(kid, node) != node:
                moved.add(kid)
            self.parent[kid] = node
            if kid not in self.kids:  # new, moved here from under a collapsed box, or expanded
                order = self._read(kid)
                built.update(order)
                for fresh in reversed(order):
                    self._place(fresh)

    def _remove_orphans(self, orphans: dict[int, int]) -> set[int]:
        """Forget the subtrees of children that no shown node took in."""
        removed: set[int] = set()
        for kid, parent in orphans.items():
            if self.parent.get(kid) != parent or kid not in self.kids:
                continue
            stack = [kid]
            while stack:
                node = stack.pop()
                removed.add(node)
                stack.extend(k for k in self.kids.pop(node, ()) if self.parent.get(k) == node)
                self.parent.pop(node, None)
                self.rel.pop(node, None)
                self.hidden.pop(node, None)
                self._subtrees.pop(node, None)
                self.stacked.discard(node)
        return removed

    def _ancestors_of(self, nodes: list[int]) -> set[int]:
        found: set[int] = set()
        for node in nodes:
            current: int | None = node
            while current is not None and current not in found:
                found.add(current)
                current = self.parent.get(current)
        return found

    def _depth(self, node: int) -> int:
        depth = 0
        parent = self.parent
        while node in parent:
            node = parent[node]
            depth += 1
        return depth
