"""The unit chart's scene: lays out a scenario, shows one item per unit, reports gestures.

The scene never changes the document. A click reports `unit_clicked`, a box dropped on
another reports `unit_dropped(unit, target)`; the window turns that into an undoable
MoveUnit. Which units are collapsed and the orientation are view state, kept here.
The scene refreshes from patches: it lays out again only when units came, went or moved.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QCursor
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QMenu,
)

from orgdesk.domain.analysis import Staffing, own_staffing, subtree_staffing, unit_managers, units_affected
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Position, Unit
from orgdesk.domain.heap import no_cycle_collection
from orgdesk.domain.patch import Patch
from orgdesk.layout.child_lists import ChildLists
from orgdesk.layout.tidy import EMPTY_LAYOUT, Box, Layout, LayoutOptions, Orientation, layout_tree
from orgdesk.ui.canvas.connectors import ConnectorGroups
from orgdesk.ui.canvas.items import CHAIN_COLOUR, ConnectorsItem, RelationsItem, UnitCard, UnitItem

NO_TYPE_COLOUR = "#9E9E9E"
MARGIN = 24.0
LAZY_FROM = 1500  # a chart with this many boxes makes those outside the first view after its first paint


class ChartScene(QGraphicsScene):
    unit_clicked = Signal(int)  # unit id: the planner clicked its box
    unit_dropped = Signal(int, int)  # unit id, target unit id: a box was dropped on another
    unit_double_clicked = Signal(int)  # unit id: the planner double-clicked its box (rename it)
    layout_changed = Signal()  # boxes were placed anew (document, scenario, collapse, orientation)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#F4F6F8"))
        self.document: Document | None = None
        self.scenario_id: int | None = None
        self.orientation = Orientation.COMPACT
        self.collapsed: set[int] = set()
        self.layout: Layout = EMPTY_LAYOUT
        self._items: dict[int, UnitItem] = {}  # by unit id: the boxes' items made so far
        # A large chart just opened: boxes laid out but not yet given an item (made after the
        # first paint, see `make_items_in`), and whether the view will ask for them.
        self._unmade: dict[int, Box] = {}
        self.defer_items = False
        self.lazy_from = LAZY_FROM
        self._connectors = ConnectorGroups(self)
        self.chain_unit: int | None = None  # the unit whose chain of command is highlighted
        self._chain_items: set[int] = set()  # the units whose boxes are marked as on it
        self._child_lists: ChildLists | None = None
        self._chain_connectors = ConnectorsItem(CHAIN_COLOUR, 2.5)
        self._chain_connectors.setZValue(-0.5)
        self.addItem(self._chain_connectors)
        self._relations = RelationsItem()
        self.addItem(self._relations)
        self._own: dict[int, Staffing] = {}
        self._totals: dict[int, Staffing] = {}
        self._managers: dict[int, str] = {}
        # a drag in progress: the unit pressed, where, and the semi-transparent copy
        self._context_actions: list[QAction | None] = []
        self._pressed: UnitItem | None = None
        self._press_pos = QPointF()
        self._ghost: UnitItem | None = None

    # ----- what is shown -------------------------------------------------------------
    def set_document(self, document: Document | None, scenario_id: int | None) -> None:
        """Show a scenario (a document or scenario switch: nothing collapsed)."""
        if document is not self.document or scenario_id != self.scenario_id:
            self.collapsed = set()
        self.document, self.scenario_id = document, scenario_id
        self.rebuild()

    def set_orientation(self, orientation: Orientation) -> None:
        if orientation != self.orientation:
            self.orientation = orientation
            self.rebuild()

    def set_collapsed(self, unit_id: int, collapsed: bool) -> None:
        if collapsed == (unit_id in self.collapsed):
            return
        if collapsed:
            self.collapsed.add(unit_id)
        else:
            self.collapsed.discard(unit_id)
        self.rebuild()

    def toggle_collapsed(self, unit_id: int) -> None:
        self.set_collapsed(unit_id, unit_id not in self.collapsed)

    def expand_to_level(self, level: int) -> None:
        """Show `level` levels below the top unit: deeper units with children are collapsed."""
        document, scenario_id = self.document, self.scenario_id
        if document is None or scenario_id is None:
            return
        root = document.root(scenario_id)
        collapsed: set[int] = set()
        pending = [(root, 0)] if root is not None else []
        while pending:
            unit, depth = pending.pop()
            children = document.children_of(unit)
            if not children:
                continue
            if depth >= level:
                collapsed.add(unit.id)
            else:
                pending.extend((child, depth + 1) for child in children)
        self.collapsed = collapsed
        self.rebuild()

    @property
    def items_by_unit(self) -> dict[int, UnitItem]:
        """Every shown box's item by unit id (made now if some were waiting for the first paint)."""
        if self._unmade:
            self.make_all_items()
        return self._items

    def unit_item(self, unit_id: int) -> UnitItem | None:
        """A shown box's item (made now if it was waiting for the first paint)."""
        item = self._items.get(unit_id)
        if item is None and unit_id in self._unmade:
            item = self._make_item(self._unmade.pop(unit_id))
            self._connectors.show_families(self.layout, {unit_id})
        return item

    def rebuild(self, refresh: set[int] | None = None) -> None:
        """Lay out again, keeping the selection. Without `refresh` every item is made anew;
        with it, the items of units still shown are kept, only boxes whose place or hidden count
        changed are touched, and just the units in `refresh` get a new card."""
        if refresh is not None and self._unmade:
            self.make_all_items()
        selected = [item.unit_id for item in self.selected_units()]
        self._end_drag()
        before: Layout | None = self.layout
        if refresh is None:
            for item in self._items.values():
                self.removeItem(item)
            self._items = {}
            self._unmade = {}
            before = None
        document, scenario_id = self.document, self.scenario_id
        if document is None or scenario_id is None or document.get("scenario", scenario_id) is None:
            self.layout = EMPTY_LAYOUT
        else:
            self.collapsed &= {unit.id for unit in document.units_of_scenario(scenario_id)}
            self.layout = self._lay_out(document, scenario_id, fresh=refresh is None)
            self._compute_staffing()
        if before is None and self.defer_items and len(self.layout.boxes) >= self.lazy_from:
            self._unmade = dict(self.layout.boxes)  # the view makes the first view's items
            self._connectors.show(EMPTY_LAYOUT)
        else:
            touched = self._place_boxes(before.boxes if before is not None else {}, refresh or set())
            self._connectors.show(self.layout, before, touched if before is not None else None)
        for unit_id in selected:
            if unit_id in self._items:
                self._items[unit_id].setSelected(True)
        self.setSceneRect(-MARGIN, -MARGIN, self.layout.width + 2 * MARGIN, self.layout.height + 2 * MARGIN)
        self.highlight_chain(self.chain_unit)
        self._show_relations()
        self.layout_changed.emit()

    def _lay_out(self, document: Document, scenario_id: int, fresh: bool) -> Layout:
        """The tidy layout, from child lists kept since the last full rebuild (`fresh`: read anew)."""
        lists = self._child_lists
        if fresh or lists is None or lists.document is not document or lists.scenario_id != scenario_id:
            lists = self._child_lists = ChildLists(document, scenario_id)
        roots = lists.children(None)
        if not roots:
            return EMPTY_LAYOUT
        return layout_tree(lists.children, roots[0], LayoutOptions(orientation=self.orientation), self.collapsed)

    def _place_boxes(self, before: dict[int, Box], refresh: set[int]) -> set[int]:
        """Items for the layout's boxes: boxes that kept their place, size and hidden count
        keep their item untouched (a move shifts thousands of boxes, but most stay put).
        Returns the units whose boxes changed, came or went."""
        boxes, items = self.layout.boxes, self._items
        gone = before.keys() - boxes.keys()
        for unit_id in gone:  # units deleted, or hidden under a collapsed box
            item = items.pop(unit_id, None)
            if item is not None:
                self.removeItem(item)
        changed = [box for unit_id, box in boxes.items() if before.get(unit_id) != box]
        touched = gone.union(box.unit_id for box in changed)
        changed.extend(boxes[unit_id] for unit_id in refresh if unit_id in boxes)
        for box in changed:
            item = items.get(box.unit_id)
            if item is None:
                self._make_item(box)
                continue
            if box.unit_id in refresh or item.card.hidden != box.hidden:
                item.set_card(self._card(box.unit_id, box.hidden))
            item.place(box.x, box.y)
        return touched

    def _make_item(self, box: Box) -> UnitItem:
        item = UnitItem(box.unit_id, box.width, box.height, self._card(box.unit_id, box.hidden))
        item.place(box.x, box.y)
        if box.unit_id in self._chain_items:
            item.set_on_chain(True)
        self.addItem(item)
        self._items[box.unit_id] = item
        return item

    def waiting_items(self) -> int:
        """How many laid out boxes wait for their item (see `make_items_in`)."""
        return len(self._unmade)

    def make_items_in(self, rect: QRectF) -> None:
        """Make the waiting items of the boxes within `rect` (the first view of a large chart),
        with the connectors of their families; the others wait for `make_all_items`."""
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        inside = [
            box
            for box in self._unmade.values()
            if box.x < right and box.x + box.width > left and box.y < bottom and box.y + box.height > top
        ]
        for box in inside:
            del self._unmade[box.unit_id]
            self._make_item(box)
        self._connectors.show_families(self.layout, {box.unit_id for box in inside})

    def make_all_items(self) -> None:
        """Make every waiting item, and all connectors."""
        if not self._unmade:
            return
        waiting, self._unmade = self._unmade, {}
        with no_cycle_collection():  # thousands of items and cards, no cycles among them
            for box in waiting.values():
                self._make_item(box)
            self._connectors.show(self.layout)

    def highlight_chain(self, unit_id: int | None) -> None:
        """Mark a unit and its ancestors up to the top unit, boxes and connectors (None: none)."""
        document = self.document
        unit = document.get("unit", unit_id) if document is not None and unit_id is not None else None
        chain: list[Unit] = []
        if document is not None and isinstance(unit, Unit):
            chain = [unit, *document.ancestors(unit)]
        self.chain_unit = unit.id if isinstance(unit, Unit) else None
        on_chain = {link.id for link in chain}
        for item_id in self._chain_items | on_chain:
            item = self._items.get(item_id)
            if item is not None:
                item.set_on_chain(item_id in on_chain)
        self._chain_items = on_chain
        families = self.layout.families
        lines = []
        for link in chain:
            found = families.connector_to(link.parent_id, link.id) if families and link.parent_id else None
            if found is not None:
                lines.append(found)
        self._chain_connectors.set_connectors(lines)

    def relation_lines(self) -> list[tuple[int, int]]:
        """(unit, unit) of each relation drawn: a post's end is drawn at its unit's box."""
        document, scenario_id = self.document, self.scenario_id
        if document is None or scenario_id is None:
            return []
        lines = []
        for relation in document.relations_of_scenario(scenario_id):
            ends = [
                self._unit_of_end(kind, end)
                for kind, end in ((relation.from_kind, relation.from_id), (relation.to_kind, relation.to_id))
            ]
            start, stop = ends
            if (
                start is not None
                and stop is not None
                and start != stop
                and start in self.layout.boxes
                and stop in self.layout.boxes
            ):
                lines.append((start, stop))
        return lines

    def _unit_of_end(self, kind: str, item_id: int) -> int | None:
        assert self.document is not None
        if kind == "unit":
            return item_id
        position = self.document.get("position", item_id)
        return position.unit_id if isinstance(position, Position) else None

    def _show_relations(self) -> None:
        boxes = self.layout.boxes
        lines = []
        for start, stop in self.relation_lines():
            a, b = boxes[start], boxes[stop]
            lines.append(
                (QPointF(a.x + a.width / 2, a.y + a.height / 2), QPointF(b.x + b.width / 2, b.y + b.height / 2))
            )
        self._relations.set_lines(lines)

    def chain_of_command(self) -> set[int]:
        return {item_id for item_id, item in self.items_by_unit.items() if item.on_chain}

    def reveal(self, unit_id: int) -> None:
        """Expand the collapsed ancestors of a unit so that its box is shown."""
        document = self.document
        unit = document.get("unit", unit_id) if document is not None else None
        if document is None or not isinstance(unit, Unit):
            return
        hiding = {ancestor.id for ancestor in document.ancestors(unit)} & self.collapsed
        if hiding:
            self.collapsed -= hiding
            self.rebuild()

    def select_unit(self, unit_id: int | None) -> UnitItem | None:
        item = self.unit_item(unit_id) if unit_id is not None else None
        for other in self.selected_units():
            if other is not item:
                other.setSelected(False)
        if item is not None:
            item.setSelected(True)
        return item

    def selected_units(self) -> list[UnitItem]:
        return [item for item in self.selectedItems() if isinstance(item, UnitItem)]

    # ----- refreshing from change notices -------------------------------------------
    def apply_patch(self, patch: Patch) -> None:
        """Refresh after a committed change: lay out again only when units came, went or moved."""
        document, scenario_id = self.document, self.scenario_id
        if document is None or scenario_id is None:
            return
        if self._child_lists is not None and "unit" in patch.kinds():
            self._child_lists.follow(patch)
        if self._layout_changed(patch):
            self.rebuild(refresh=self._units_touched(patch))
            return
        kinds = patch.kinds()
        if kinds & {"relation", "position"}:
            self._show_relations()
        if not kinds & {"unit", "unit_type", "position", "assignment", "person"}:
            return
        self._compute_staffing()
        touched: Iterable[int] = self._items if "unit_type" in kinds else self._units_touched(patch)
        for unit_id in touched:
            item = self._items.get(unit_id)
            if item is not None:
                layout_box = self.layout.boxes[unit_id]
                item.set_card(self._card(unit_id, layout_box.hidden))

    def _layout_changed(self, patch: Patch) -> bool:
        return patch.reshapes_tree() or any(c.kind == "scenario" and c.id == self.scenario_id for c in patch.changes)

    def _units_touched(self, patch: Patch) -> set[int]:
        """Units whose box may show something new, with their ancestors (the subtree totals)."""
        document = self.document
        assert document is not None
        units = units_affected(document, patch)
        for change in patch.changes:  # a parent's child count and totals change with its children
            for entity in (change.before, change.after):
                if isinstance(entity, Unit) and entity.parent_id is not None:
                    units.add(entity.parent_id)
        with_ancestors = set(units)
        for unit_id in units:
            unit = document.get("unit", unit_id)
            if isinstance(unit, Unit):
                with_ancestors.update(ancestor.id for ancestor in document.ancestors(unit))
        return with_ancestors

    # ----- what a box shows ------------------------------------------------------------
    def _compute_staffing(self) -> None:
        assert self.document is not None and self.scenario_id is not None
        self._own = own_staffing(self.document, self.scenario_id)
        self._totals = subtree_staffing(self.document, self.scenario_id)
        self._managers = unit_managers(self.document)

    def _card(self, unit_id: int, hidden: int) -> UnitCard:
        document = self.document
        assert document is not None
        unit = document.unit(unit_id)
        unit_type = document.unit_type(unit.type_id)
        own = self._own.get(unit_id, Staffing())
        total = self._totals.get(unit_id, Staffing())
        return UnitCard(
            name=unit.name,
            colour=unit_type.colour if unit_type is not None else NO_TYPE_COLOUR,
            manager=self._managers.get(unit_id, ""),
            headcount=own.headcount,
            filled=own.filled,
            subtree_headcount=total.headcount,
            subtree_filled=total.filled,
            children=document.child_count(unit),
            hidden=hidden,
        )

    # ----- gestures ------------------------------------------------------------------
    def unit_at(self, scene_pos: QPointF) -> UnitItem | None:
        for item in self.items(scene_pos):
            if isinstance(item, UnitItem) and item is not self._ghost:
                return item
        return None

    def can_drop(self, unit_id: int, target_id: int) -> bool:
        """A unit may go under any unit but itself and its own subtree."""
        document = self.document
        if document is None or unit_id == target_id:
            return False
        target = document.get("unit", target_id)
        if not isinstance(target, Unit):
            return False
        return all(ancestor.id != unit_id for ancestor in document.ancestors(target))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        item = self.unit_at(event.scenePos())
        if item is None or event.button() != Qt.MouseButton.LeftButton:
            if item is not None and event.button() == Qt.MouseButton.RightButton:
                self.select_unit(item.unit_id)
                self.unit_clicked.emit(item.unit_id)
                event.accept()
                return
            super().mousePressEvent(event)
            return
        event.accept()
        if item.on_badge(event.scenePos()):
            return  # the badge's double-click toggles; a press on it selects nothing
        self._pressed, self._press_pos = item, event.scenePos()
        self.select_unit(item.unit_id)
        self.unit_clicked.emit(item.unit_id)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        pressed = self._pressed
        if pressed is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        event.accept()
        offset = event.scenePos() - self._press_pos
        if self._ghost is None:
            if offset.manhattanLength() < QApplication.startDragDistance():
                return
            self._ghost = UnitItem(
                pressed.unit_id, pressed.box_rect().width(), pressed.box_rect().height(), pressed.card
            )
            self._ghost.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
            self._ghost.setOpacity(0.5)
            self._ghost.setZValue(10)
            self.addItem(self._ghost)
        self._ghost.setPos(pressed.pos() + offset)
        target = self.unit_at(event.scenePos())
        refused = target is not None and not self.can_drop(pressed.unit_id, target.unit_id)
        shape = Qt.CursorShape.ForbiddenCursor if refused else Qt.CursorShape.DragMoveCursor
        for view in self.views():
            view.viewport().setCursor(QCursor(shape))

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        pressed, dragging = self._pressed, self._ghost is not None
        self._end_drag()
        if pressed is None or event.button() != Qt.MouseButton.LeftButton:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        if not dragging:
            return
        target = self.unit_at(event.scenePos())
        if target is not None and self.can_drop(pressed.unit_id, target.unit_id):
            self.unit_dropped.emit(pressed.unit_id, target.unit_id)

    def _end_drag(self) -> None:
        if self._ghost is not None:
            self.removeItem(self._ghost)
            self._ghost = None
            for view in self.views():
                view.viewport().unsetCursor()
        self._pressed = None

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802 - Qt's name
        item = self.unit_at(event.scenePos())
        if item is not None and item.on_badge(event.scenePos()):
            event.accept()
            self.toggle_collapsed(item.unit_id)
            return
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            event.accept()
            self.unit_double_clicked.emit(item.unit_id)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        item = self.unit_at(event.scenePos())
        if item is None:
            return
        menu = self.build_context_menu(item.unit_id)
        if menu is not None:
            menu.exec(event.screenPos())
            menu.deleteLater()

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """The window's edit actions (None: a separator), shown in a box's context menu; they
        act on the current unit, which a right-click makes the clicked one."""
        self._context_actions = actions

    def build_context_menu(self, unit_id: int) -> QMenu | None:
        item = self.unit_item(unit_id)
        if item is None:
            return None
        menu = QMenu()
        menu.setObjectName("chartContextMenu")
        if item.card.children:
            if unit_id in self.collapsed:
                action = menu.addAction(self.tr("&Expand"))
            else:
                action = menu.addAction(self.tr("&Collapse"))
            action.setObjectName("action_toggle_collapsed")
            action.triggered.connect(lambda _checked=False: self.toggle_collapsed(unit_id))
            menu.addSeparator()
        for context_action in self._context_actions:
            if context_action is None:
                menu.addSeparator()
            else:
                menu.addAction(context_action)
        return menu if menu.actions() else None
