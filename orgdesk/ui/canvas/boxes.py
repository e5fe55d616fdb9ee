"""The unit chart's box items and connectors, kept in step with the scene's live layout.

A unit with children has a frame: an invisible item around its whole subtree, holding its
box, its lines and its children's boxes or frames, each placed at its corner relative to the
unit's. After an edit only what the layout placed anew is touched (a move shifts thousands
of boxes on the page, but they move with their frames), and only the families around them
get new lines. A frame clips to its subtree, which lets a repaint skip every frame out of
view instead of looking at all 10,000 boxes. A large chart just opened makes the items of
its first view at once and the others after the first paint (`defer`, `make_in`, `make_all`).
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QGraphicsRectItem, QGraphicsScene
from shiboken6 import isValid

from orgdesk.layout.live import LiveChange, LiveLayout
from orgdesk.ui.canvas.connectors import FamilyLines, family_path
from orgdesk.ui.canvas.items import BADGE_H, CHAIN_COLOUR, NO_PEN, UnitCard, UnitItem

CardMaker = Callable[[int, int], UnitCard]  # unit id, hidden count → what its box shows
MARGIN = 3.0  # round a box's own margin (its border and selection outline)


CHAIN_PEN = QPen(QColor(CHAIN_COLOUR), 2.5)


class ChainLink(QGraphicsPathItem):
    """One line of the highlighted chain of command, in the parent's frame: over the grey
    lines, under the boxes and their badges."""

    def __init__(self, frame: QGraphicsItem, points: tuple[tuple[float, float], ...]) -> None:
        super().__init__(frame)
        self.setPen(CHAIN_PEN)
        self.setBrush(QBrush(Qt.BrushStyle.NoBrush))
        self.setZValue(-0.5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setPath(family_path([points]))


class SubtreeFrame(QGraphicsRectItem):
    """Holds a unit's box, lines and children; its rectangle covers the whole subtree."""

    def __init__(self) -> None:
        super().__init__()
        self.setPen(NO_PEN)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemClipsChildrenToShape, True)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


class BoxItems:
    def __init__(self, scene: QGraphicsScene, card: CardMaker, live: LiveLayout) -> None:
        self._scene = scene
        self._card = card
        self.made: dict[int, UnitItem] = {}  # by unit id: the items made so far
        self.waiting: set[int] = set()  # shown units whose item is not made yet
        self.lines: dict[int, FamilyLines] = {}  # by parent unit id: its family's connectors
        self.frames: dict[int, SubtreeFrame] = {}  # by unit id, for units that have had children
        self.on_chain: set[int] = set()  # units whose boxes are marked as on the chain of command
        self.chain_links: list[ChainLink] = []
        self._live = live

    def clear(self) -> None:
        for item in [*self.made.values(), *self.frames.values()]:
            if item.parentItem() is None:  # the others go with it
                self._scene.removeItem(item)
        self.made = {}
        self.lines = {}
        self.frames = {}
        self.chain_links = []
        self.waiting = set()

    def _top(self, node: int) -> QGraphicsItem:
        """What places a made unit within its parent's frame: its own frame, or else its box."""
        return self.frames.get(node) or self.made[node]

    def _frame(self, node: int) -> SubtreeFrame:
        """A made unit's frame, put round its box now if it had none."""
        frame = self.frames.get(node)
        if frame is None:
            box = self.made[node]
            frame = self.frames[node] = SubtreeFrame()
            holder = box.parentItem()
            if holder is None:
                self._scene.addItem(frame)
            else:
                frame.setParentItem(holder)
            frame.setPos(box.pos())
            box.setParentItem(frame)
            box.place(0.0, 0.0)
            self._fit(node)
        return frame

    def _fit(self, node: int) -> None:
        """A frame's rectangle: the subtree's boxes, with their margins and badges."""
        left, top, right, bottom = self._live.extent(node)
        self.frames[node].setRect(
            QRectF(left - MARGIN, top - MARGIN, right - left + 2 * MARGIN, bottom - top + BADGE_H + 2 * MARGIN)
        )

    def _place(self, node: int) -> None:
        """Put a made unit into its parent's frame at its corner there (the top unit: on the page)."""
        live = self._live
        item = self._top(node)
        parent = live.parent.get(node)
        if parent is not None:
            self.item(parent)
            holder = self._frame(parent)
            if item.parentItem() is not holder:
                item.setParentItem(holder)
        x, y = live.rel[node]
        if item is self.made[node]:
            self.made[node].place(x, y)
        elif (item.x(), item.y()) != (x, y):
            item.setPos(x, y)

    def show(self, live: LiveLayout) -> None:
        """Every item of a layout just made (after `clear`)."""
        self._live = live
        for node in live.order():
            self._make(node)

    def defer(self, live: LiveLayout) -> None:
        """A chart just opened: every item waits until `make_in` or `make_all`."""
        self._live = live
        self.waiting = set(live.kids)

    def follow(self, live: LiveLayout, change: LiveChange, refresh: set[int]) -> None:
        """Follow an update of the layout; the units in `refresh` get a new card even if their box stayed put."""
        self._live = live
        made = self.made
        for node in change.shown:
            self.item(node)
        for node in change.placed:
            if node in made:
                self._place(node)
        if live.root is not None and live.root in made:
            self._place(live.root)
        self._remove(change.gone)
        for node in change.hidden | refresh:
            item = made.get(node)
            if item is not None:
                item.set_card(self._card(node, live.hidden.get(node, 0)))
        for node in change.families:
            if node in made:
                self._show_lines(node)
                if node in self.frames:
                    self._fit(node)

    def _remove(self, gone: set[int]) -> None:
        """Take the items of units no longer shown off the scene (an item takes its children along)."""
        tops: list[QGraphicsItem] = []
        gone_frames = {id(self.frames[node]) for node in gone if node in self.frames}
        for node in gone:
            self.lines.pop(node, None)
            self.waiting.discard(node)
            if node in self.made:
                top = self._top(node)
                if id(top.parentItem()) not in gone_frames:  # else it goes with that frame
                    tops.append(top)
        for node in gone:
            self.made.pop(node, None)
            self.frames.pop(node, None)
        for item in tops:
            self._scene.removeItem(item)

    def _make(self, node: int) -> UnitItem:
        live = self._live
        o = live.options
        item = UnitItem(node, o.box_width, o.box_height, self._card(node, live.hidden.get(node, 0)))
        parent = live.parent.get(node)
        if parent is None:
            self._scene.addItem(item)
        else:
            item.setParentItem(self._frame(parent))  # the parent is made first, see `item`
        item.place(*live.rel[node])
        if node in self.on_chain:
            item.set_on_chain(True)
        self.made[node] = item
        if live.kids[node]:
            self._show_lines(node)
        return item

    def _show_lines(self, node: int) -> None:
        """A shown parent's connectors as the layout has them now (none without shown children)."""
        lines = self._live.family_points(node)
        item = self.lines.get(node)
        if not lines:
            if item is not None:
                del self.lines[node]
                self._scene.removeItem(item)
            return
        if item is None:
            item = self.lines[node] = FamilyLines(self._frame(node))
        item.show_lines(lines)

    def item(self, unit_id: int) -> UnitItem | None:
        """A shown box's item, made now (with its ancestors' items) if it was waiting."""
        item = self.made.get(unit_id)
        if item is not None or unit_id not in self._live:
            return item
        unmade = [unit_id]  # and its ancestors without an item, made top-down (no recursion)
        parent = self._live.parent.get(unit_id)
        while parent is not None and parent not in self.made:
            unmade.append(parent)
            parent = self._live.parent.get(parent)
        for node in reversed(unmade):
            self.waiting.discard(node)
            item = self._make(node)
        return item

    def make_in(self, rect: QRectF) -> None:
        """Make the waiting items of the boxes within `rect` (with their ancestors and lines)."""
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        boxes = self._live.boxes
        inside = [
            node
            for node in self.waiting
            if (box := boxes[node]).x < right
            and box.x + box.width > left
            and box.y < bottom
            and box.y + box.height > top
        ]
        for node in inside:
            self.item(node)

    def make_all(self) -> None:
        """Make every waiting item."""
        if not self.waiting:
            return
        for node in self._live.order():
            if node in self.waiting:
                self.item(node)
        self.waiting = set()

    def mark_chain(self, chain: list[int]) -> None:
        """Mark these units' boxes (a unit, then its ancestors) and the lines between them as
        the chain of command, and unmark the previous ones."""
        for link in self.chain_links:
            if isValid(link) and link.scene() is not None:  # not gone with a removed frame
                self._scene.removeItem(link)
        self.chain_links = []
        live = self._live
        for child, parent in pairwise(chain):
            points = live.link_points(parent, child)
            if points is not None and self.item(parent) is not None:
                self.chain_links.append(ChainLink(self._frame(parent), points))
        self._mark_boxes(set(chain))

    def _mark_boxes(self, on_chain: set[int]) -> None:
        for unit_id in self.on_chain | on_chain:
            item = self.made.get(unit_id)
            if item is not None:
                item.set_on_chain(unit_id in on_chain)
        self.on_chain = on_chain
