"""The unit chart's box items and connectors, kept in step with the scene's layout.

After an edit only the boxes whose place, size or hidden count changed are touched (a move
shifts thousands of boxes, but most stay put), and only the families around them get new
lines. A large chart just opened makes the items of its first view at once and the others
after the first paint (`defer`, `make_in`, `make_all`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtWidgets import QGraphicsScene

from orgdesk.domain.heap import no_cycle_collection
from orgdesk.layout.tidy import EMPTY_LAYOUT, Box, Layout
from orgdesk.ui.canvas.connectors import ConnectorGroups
from orgdesk.ui.canvas.items import UnitCard, UnitItem

CardMaker = Callable[[int, int], UnitCard]  # unit id, hidden count → what its box shows


class BoxItems:
    def __init__(self, scene: QGraphicsScene, card: CardMaker) -> None:
        self._scene = scene
        self._card = card
        self.made: dict[int, UnitItem] = {}  # by unit id: the items made so far
        self.waiting: dict[int, Box] = {}  # boxes laid out whose item is not made yet
        self.connectors = ConnectorGroups(scene)
        self.on_chain: set[int] = set()  # units whose boxes are marked as on the chain of command
        self._layout: Layout = EMPTY_LAYOUT

    def clear(self) -> None:
        for item in self.made.values():
            self._scene.removeItem(item)
        self.made = {}
        self.waiting = {}

    def follow(self, layout: Layout, before: Layout | None, refresh: set[int]) -> None:
        """Items and lines for `layout`; `before`: the layout the items show now (None: no
        items yet); the units in `refresh` get a new card even if their box stayed put."""
        self._layout = layout
        touched = self._place(layout, before.boxes if before is not None else {}, refresh)
        self.connectors.show(layout, before, touched if before is not None else None)

    def defer(self, layout: Layout) -> None:
        """A chart just opened: every item waits until `make_in` or `make_all`."""
        self._layout = layout
        self.waiting = dict(layout.boxes)
        self.connectors.show(EMPTY_LAYOUT)

    def _place(self, layout: Layout, before: dict[int, Box], refresh: set[int]) -> set[int]:
        """Returns the units whose boxes changed, came or went."""
        boxes, items = layout.boxes, self.made
        gone = before.keys() - boxes.keys()
        for unit_id in gone:  # units deleted, or hidden under a collapsed box
            item = items.pop(unit_id, None)
            if item is not None:
                self._scene.removeItem(item)
        changed = [box for unit_id, box in boxes.items() if before.get(unit_id) != box]
        touched = gone.union(box.unit_id for box in changed)
        changed.extend(boxes[unit_id] for unit_id in refresh if unit_id in boxes)
        for box in changed:
            item = items.get(box.unit_id)
            if item is None:
                self._make(box)
                continue
            if box.unit_id in refresh or item.card.hidden != box.hidden:
                item.set_card(self._card(box.unit_id, box.hidden))
            item.place(box.x, box.y)
        return touched

    def _make(self, box: Box) -> UnitItem:
        item = UnitItem(box.unit_id, box.width, box.height, self._card(box.unit_id, box.hidden))
        item.place(box.x, box.y)
        if box.unit_id in self.on_chain:
            item.set_on_chain(True)
        self._scene.addItem(item)
        self.made[box.unit_id] = item
        return item

    def item(self, unit_id: int) -> UnitItem | None:
        """A shown box's item, made now if it was waiting."""
        item = self.made.get(unit_id)
        if item is None and unit_id in self.waiting:
            item = self._make(self.waiting.pop(unit_id))
            self.connectors.show_families(self._layout, {unit_id})
        return item

    def make_in(self, rect: QRectF) -> None:
        """Make the waiting items of the boxes within `rect`, with their families' lines."""
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        inside = [
            box
            for box in self.waiting.values()
            if box.x < right and box.x + box.width > left and box.y < bottom and box.y + box.height > top
        ]
        for box in inside:
            del self.waiting[box.unit_id]
            self._make(box)
        self.connectors.show_families(self._layout, {box.unit_id for box in inside})

    def make_all(self) -> None:
        """Make every waiting item, and all lines."""
        if not self.waiting:
            return
        waiting, self.waiting = self.waiting, {}
        with no_cycle_collection():  # thousands of items and cards, no cycles among them
            for box in waiting.values():
                self._make(box)
            self.connectors.show(self._layout)

    def mark_chain(self, on_chain: set[int]) -> None:
        """Mark these units' boxes as the chain of command (and unmark the previous ones)."""
        for unit_id in self.on_chain | on_chain:
            item = self.made.get(unit_id)
            if item is not None:
                item.set_on_chain(unit_id in on_chain)
        self.on_chain = on_chain
