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

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit
from orgdesk.domain.patch import Patch
from orgdesk.layout.cards import unit_relations
from orgdesk.layout.child_lists import ChildLists
from orgdesk.layout.live import LiveLayout
from orgdesk.layout.tidy import LayoutOptions, Orientation
from orgdesk.ui.canvas.boxes import BoxItems
from orgdesk.ui.canvas.items import RelationsItem, UnitItem
from orgdesk.ui.canvas.unit_cards import UnitCards, units_touched

MARGIN = 24.0
_EMPTY_LIVE = LiveLayout(lambda unit_id: (), None, LayoutOptions())
LAZY_FROM = 1500  # a chart with this many boxes makes those outside the first view after its first paint


class ChartScene(QGraphicsScene):
    unit_clicked = Signal(int)  # unit id: the planner clicked its box
    unit_dropped = Signal(int, int)  # unit id, target unit id: a box was dropped on another
    unit_double_clicked = Signal(int)  # unit id: the planner double-clicked its box (rename it)
    layout_changed = Signal()  # boxes were placed anew (document, scenario, collapse, orientation)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#F4F6F8"))
        # No index: the boxes sit in frames that clip to their subtrees (see boxes.py), so
        # painting and finding the item under the mouse walk down the frames in view only,
        # while a BSP index would re-file thousands of boxes whenever a frame moves.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.document: Document | None = None
        self.scenario_id: int | None = None
        self.orientation = Orientation.COMPACT
        self.collapsed: set[int] = set()
        self.layout: LiveLayout = _EMPTY_LIVE
        self._cards = UnitCards()
        self._boxes = BoxItems(self, self._cards.card, self.layout)
        # A large chart just opened makes the items outside its first view after the first paint
        # (the view asks for them, see `make_items_in`) when it has at least `lazy_from` boxes.
        self.defer_items = False
        self.lazy_from = LAZY_FROM
        self.chain_unit: int | None = None  # the unit whose chain of command is highlighted
        self._child_lists: ChildLists | None = None
        self._relations = RelationsItem()
        self.addItem(self._relations)
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
        self.rebuild(refresh=set(), changed={unit_id})

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
        self._boxes.make_all()
        return self._boxes.made

    def unit_item(self, unit_id: int) -> UnitItem | None:
        """A shown box's item (made now if it was waiting for the first paint)."""
        return self._boxes.item(unit_id)

    def rebuild(self, refresh: set[int] | None = None, changed: set[int] | None = None) -> None:
        """Lay out again, keeping the selection. Without `refresh` every item is made anew;
        with it, the layout follows the units whose children `changed` (came, went, were
        reordered, or were collapsed or expanded), the items of units still shown are kept, only
        boxes the layout placed anew are touched, and just the units in `refresh` get a new card."""
        if refresh is not None:
            self._boxes.make_all()
        selected = [item.unit_id for item in self.selected_units()]
        self._end_drag()
        document, scenario_id = self.document, self.scenario_id
        if document is None or scenario_id is None or document.get("scenario", scenario_id) is None:
            self._show_afresh(_EMPTY_LIVE)
        else:
            lists = self._child_lists
            fresh = refresh is None or lists is None or lists.document is not document
            if fresh or lists is None or lists.scenario_id != scenario_id:
                lists = self._child_lists = ChildLists(document, scenario_id)
            self._cards.refresh(document, scenario_id)
            roots = lists.children(None)
            root = roots[0] if roots else None
            live = self.layout
            if fresh or live.root != root or live.options.orientation != self.orientation or root is None:
                self.collapsed &= {unit.id for unit in document.units_of_scenario(scenario_id)}
                self._show_afresh(self._lay_out(lists, root, document))
            else:
                self.collapsed = {unit_id for unit_id in self.collapsed if document.get("unit", unit_id) is not None}
                change = live.update(changed or set(), self.collapsed)
                self._boxes.follow(live, change, refresh or set())
        for unit_id in selected:
            if unit_id in self._boxes.made:
                self._boxes.made[unit_id].setSelected(True)
        layout = self.layout
        self.setSceneRect(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN)
        self.highlight_chain(self.chain_unit)
        self._show_relations()
        self.layout_changed.emit()

    def _show_afresh(self, live: LiveLayout) -> None:
        """Every item anew for a layout just made (a large chart just opened waits for the view)."""
        self._boxes.clear()
        self.layout = live
        if self.defer_items and len(live) >= self.lazy_from:
            self._boxes.defer(live)  # the view makes the first view's items
        else:
            self._boxes.show(live)

    def _lay_out(self, lists: ChildLists, root: int | None, document: Document) -> LiveLayout:
        def parent_of(unit_id: int) -> int | None:
            unit = document.get("unit", unit_id)
            return unit.parent_id if isinstance(unit, Unit) else None

        options = LayoutOptions(orientation=self.orientation)
        return LiveLayout(lists.children, root, options, self.collapsed, parent_of)

    def waiting_items(self) -> int:
        """How many laid out boxes wait for their item (see `make_items_in`)."""
        return len(self._boxes.waiting)

    def make_items_in(self, rect: QRectF) -> None:
        """Make the waiting items of the boxes within `rect` (the first view of a large chart),
        with the connectors of their families; the others wait for `make_all_items`."""
        self._boxes.make_in(rect)

    def make_all_items(self) -> None:
        self._boxes.make_all()

    def highlight_chain(self, unit_id: int | None) -> None:
        """Mark a unit and its ancestors up to the top unit, boxes and connectors (None: none)."""
        document = self.document
        unit = document.get("unit", unit_id) if document is not None and unit_id is not None else None
        chain: list[Unit] = []
        if document is not None and isinstance(unit, Unit):
            chain = [unit, *document.ancestors(unit)]
        self.chain_unit = unit.id if isinstance(unit, Unit) else None
        self._boxes.mark_chain([link.id for link in chain])

    def relation_lines(self) -> list[tuple[int, int]]:
        """(unit, unit) of each relation drawn: a post's end is drawn at its unit's box."""
        document, scenario_id = self.document, self.scenario_id
        if document is None or scenario_id is None:
            return []
        return [(start, stop) for start, stop, _label in unit_relations(document, scenario_id, self.layout)]

    def _show_relations(self) -> None:
        centre = self.layout.centre_finder()
        lines = [(QPointF(*centre(start)), QPointF(*centre(stop))) for start, stop in self.relation_lines()]
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
            self.rebuild(refresh=set(), changed=hiding)

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
        changed: set[int] = set()
        if self._child_lists is not None and "unit" in patch.kinds():
            changed = {parent for parent in self._child_lists.follow(patch) if parent is not None}
        if self._layout_changed(patch):
            self.rebuild(refresh=units_touched(document, patch), changed=changed)
            return
        kinds = patch.kinds()
        if kinds & {"relation", "position"}:
            self._show_relations()
        if not kinds & {"unit", "unit_type", "position", "assignment", "person"}:
            return
        self._cards.refresh(document, scenario_id)
        made = self._boxes.made
        touched: Iterable[int] = made if "unit_type" in kinds else units_touched(document, patch)
        for unit_id in touched:
            item = made.get(unit_id)
            if item is not None:
                item.set_card(self._cards.card(unit_id, self.layout.hidden.get(unit_id, 0)))

    def _layout_changed(self, patch: Patch) -> bool:
        return patch.reshapes_tree() or any(c.kind == "scenario" and c.id == self.scenario_id for c in patch.changes)

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
        self._ghost.setPos(pressed.scenePos() + offset)
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
