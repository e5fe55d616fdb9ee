"""The unit tree of one scenario as a Qt item model: a thin adapter over the domain Document.

An index's internal id is the unit's id; everything shown is read from the document when
the view asks for it, so the model holds no copy of the data that could drift. The only
state is a cache of each parent's sorted child ids (filled on demand, so a 10,000-unit
tree costs only what the view shows). When an edit adds, moves or removes units, the model
announces exactly those rows (see `structure`), so the view keeps its expanded branches and
selection; while it does, `_replay_parents` says where the changed units were.

The model never writes the document: an in-place rename (`setData`) and a drop
(`dropMimeData`) are handed to the TreeEdits given with `set_edits` (the window's edit
controller), whose committed edit comes back as a patch through `apply_patch`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Protocol, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from orgdesk.domain.analysis import unit_staffing, units_affected
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Position, Unit
from orgdesk.domain.operations import MovePosition, Operation
from orgdesk.domain.patch import Patch
from orgdesk.ui.mime import POSITION_MIME_TYPE, dragged_position
from orgdesk.ui.tree.structure import Insert, Move, Parent, Remove, RowPlan, plan_row_changes

Index = QModelIndex | QPersistentModelIndex

NAME, TYPE, STAFFING = range(3)
COLUMN_COUNT = 3
MANY_ROWS = 1000  # changed rows above which the views are told "all may have changed" once
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
UNIT_MIME_TYPE = "application/x-orgdesk-unit"  # {"scenario": id, "unit": id} as JSON


class TreeEdits(Protocol):
    """Who carries out the tree's editing gestures (the edit controller)."""

    def editable(self) -> bool: ...

    def rename_unit(self, unit_id: int, name: str) -> bool: ...

    def move_unit(self, unit_id: int, parent_id: int, index: int | None) -> bool: ...

    def run_edit(self, operation: Operation) -> bool: ...


class UnitTreeModel(QAbstractItemModel):
    """Rows are units of one scenario; columns: name, type, headcount / filled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._scenario_id: int | None = None
        self._children: dict[int | None, list[int]] = {}  # parent id -> sorted child ids
        self._rows: dict[int, int] = {}  # unit id -> row under its parent, for the cached parents
        self._cells: dict[int, dict[tuple[int, int], Any]] = {}  # unit id -> (column, role) -> value shown
        self._icons: dict[str, QIcon] = {}
        self._edits: TreeEdits | None = None
        # while row changes are announced: changed units → their parent as the view knows it,
        # and removed units as they were
        self._replay_parents: dict[int, Parent] = {}
        self._replay_units: dict[int, Unit] = {}

    def set_edits(self, edits: TreeEdits | None) -> None:
        """Enable renaming and drag-and-drop, carried out by `edits`."""
        self._edits = edits

    # ----- what is shown -------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self._document

    @property
    def scenario_id(self) -> int | None:
        return self._scenario_id

    def set_document(self, document: Document | None, scenario_id: int | None) -> None:
        self.beginResetModel()
        self._cells.clear()
        self._document = document
        self._scenario_id = scenario_id if document is not None else None
        self._children.clear()
        self._rows.clear()
        self.endResetModel()

    def set_scenario(self, scenario_id: int | None) -> None:
        self.set_document(self._document, scenario_id)

    def apply_patch(self, patch: Patch) -> None:
        """Refresh after an edit: rows when units moved or came and went, else only the cells."""
        if self._document is None:
            return
        self._forget_cells(patch)
        if self._rows_changed(patch):
            plan = None
            if self._scenario_id is not None and not self._scenario_deleted(patch):
                plan = plan_row_changes(patch, self._scenario_id, self._children_in_document)
            if plan is None or not self._announce(plan):
                self.set_document(self._document, self._scenario_id)
                return
        affected = units_affected(self._document, patch)
        # A colour or type name: every row may show it; thousands of rows: one signal, not one each.
        if "unit_type" in patch.kinds() or len(affected) > MANY_ROWS:
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return
        for unit_id in affected:
            first = self.index_of_unit(unit_id, NAME)
            if first.isValid():
                self.dataChanged.emit(first, first.siblingAtColumn(COLUMN_COUNT - 1))

    def _rows_changed(self, patch: Patch) -> bool:
        return self._scenario_deleted(patch) or patch.reshapes_tree()

    def _scenario_deleted(self, patch: Patch) -> bool:
        return any(c.kind == "scenario" and c.id == self._scenario_id and c.after is None for c in patch.changes)

    def _children_in_document(self, parent_id: Parent) -> list[int]:
        assert self._document is not None and self._scenario_id is not None
        return [u.id for u in self._document.children(self._scenario_id, parent_id)]

    # ----- announcing row changes ------------------------------------------------------
    def _announce(self, plan: RowPlan) -> bool:
        """Tell the views each removed, moved and inserted row; False if Qt refused a move
        (the caller then resets)."""
        self._replay_parents = dict(plan.old_parents)
        self._replay_units = dict(plan.old_units)
        for parent, children in plan.old_lists.items():
            self._set_children(parent, list(children))
        try:
            return all(self._announce_step(step) for step in plan.steps)  # stops at a refused move
        finally:
            self._replay_parents, self._replay_units = {}, {}
            for unit_id in plan.old_units:  # removed units: their rows and child lists are gone
                self._children.pop(unit_id, None)
                self._rows.pop(unit_id, None)

    def _announce_step(self, step: Remove | Insert | Move) -> bool:
        if isinstance(step, Remove):
            self.beginRemoveRows(self._parent_index(step.parent), step.row, step.row)
            self._children[step.parent].pop(step.row)
            self._set_children(step.parent, self._children[step.parent])
            self.endRemoveRows()
        elif isinstance(step, Insert):
            self.beginInsertRows(self._parent_index(step.parent), step.row, step.row)
            self._children[step.parent].insert(step.row, step.unit_id)
            self._set_children(step.parent, self._children[step.parent])
            self.endInsertRows()
        else:
            source, target = self._parent_index(step.source), self._parent_index(step.target)
            if not self.beginMoveRows(source, step.row, step.row, target, step.destination):
                return False
            self._children[step.source].pop(step.row)
            self._children[step.target].insert(step.final_row, step.unit_id)
            self._replay_parents[step.unit_id] = step.target
            self._set_children(step.source, self._children[step.source])
            self._set_children(step.target, self._children[step.target])
            self.endMoveRows()
        return True

    def _set_children(self, parent_id: Parent, children: list[int]) -> None:
        self._children[parent_id] = children
        self._rows.update((unit_id, row) for row, unit_id in enumerate(children))

    def _parent_index(self, parent_id: Parent) -> QModelIndex:
        return QModelIndex() if parent_id is None else self.index_of_unit(parent_id)

    def _parent_id(self, unit: Unit) -> Parent:
        return self._replay_parents.get(unit.id, unit.parent_id) if self._replay_parents else unit.parent_id

    # ----- lookups -------------------------------------------------------------------
    def unit_of(self, index: Index) -> Unit | None:
        if not index.isValid() or self._document is None:
            return None
        unit = self._document.get("unit", index.internalId())
        if unit is None and self._replay_units:
            unit = self._replay_units.get(index.internalId())
        return unit if isinstance(unit, Unit) else None

    def _child_ids(self, parent_id: int | None) -> list[int]:
        ids = self._children.get(parent_id)
        if ids is None:
            if self._document is None or self._scenario_id is None:
                return []
            ids = [u.id for u in self._document.children(self._scenario_id, parent_id)]
            self._children[parent_id] = ids
            self._rows.update((unit_id, row) for row, unit_id in enumerate(ids))
        return ids

    def index_of_unit(self, unit_id: int, column: int = 0) -> QModelIndex:
        """The index of a unit of the shown scenario (invalid if it is not in it)."""
        document = self._document
        unit = document.get("unit", unit_id) if document is not None else None
        if unit is None and self._replay_units:
            unit = self._replay_units.get(unit_id)
        if not isinstance(unit, Unit) or unit.scenario_id != self._scenario_id:
            return QModelIndex()
        self._child_ids(self._parent_id(unit))
        row = self._rows.get(unit.id)
        if row is None:
            return QModelIndex()
        return self.createIndex(row, column, unit.id)

    # ----- QAbstractItemModel -------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= COLUMN_COUNT or row < 0:
            return QModelIndex()
        parent_id = parent.internalId() if parent.isValid() else None
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        ids = self._child_ids(parent_id)
        if row >= len(ids):
            return QModelIndex()
        return self.createIndex(row, column, ids[row])

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, child: Index) -> QModelIndex: ...

    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        if child is None:
            return super().parent()
        unit = self.unit_of(child)
        parent_id = self._parent_id(unit) if unit is not None else None
        return QModelIndex() if parent_id is None else self.index_of_unit(parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        document = self._document
        if document is None or self._scenario_id is None:
            return 0
        if not parent.isValid():
            return len(self._child_ids(None))
        if parent.column() != 0:
            return 0
        unit = self.unit_of(parent)
        return 0 if unit is None else len(self._child_ids(unit.id))

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return self.rowCount(parent) > 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        unit = self.unit_of(index)
        if unit is None:
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._edits is None or not self._edits.editable():
            return flags
        flags |= Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == NAME:
            flags |= Qt.ItemFlag.ItemIsEditable
        if unit.parent_id is not None:  # the top unit stays where it is
            flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        """An in-place rename: handed to the edit controller, which may refuse it."""
        unit = self.unit_of(index)
        if unit is None or role != Qt.ItemDataRole.EditRole or index.column() != NAME or self._edits is None:
            return False
        return self._edits.rename_unit(unit.id, str(value))

    # ----- drag and drop: the model describes the move, the edit controller makes it ---
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [UNIT_MIME_TYPE, POSITION_MIME_TYPE]  # posts come from the Posts panel

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        units = {unit.id: unit for unit in (self.unit_of(index) for index in indexes) if unit is not None}
        data = QMimeData()
        if len(units) != 1:  # one unit at a time (the view selects single rows); nothing to drop
            return data
        unit = next(iter(units.values()))
        payload = json.dumps({"scenario": unit.scenario_id, "unit": unit.id})
        data.setData(UNIT_MIME_TYPE, QByteArray(payload.encode("utf-8")))
        return data

    def dragged_unit(self, data: QMimeData | None) -> Unit | None:
        """The unit a drag carries, if it is one of this tree's units."""
        if data is None or not data.hasFormat(UNIT_MIME_TYPE) or self._document is None:
            return None
        try:
            payload = json.loads(bytes(data.data(UNIT_MIME_TYPE).data()).decode("utf-8"))
            scenario_id, unit_id = int(payload["scenario"]), int(payload["unit"])
        except (ValueError, KeyError, TypeError):
            return None
        unit = self._document.get("unit", unit_id)
        if not isinstance(unit, Unit) or unit.scenario_id != scenario_id or scenario_id != self._scenario_id:
            return None
        return unit

    def drop_target(
        self, data: QMimeData | None, action: Qt.DropAction, row: int, parent: Index
    ) -> tuple[Unit, Unit, int | None] | None:
        """(moved unit, new parent, index among its children) for a drop, or None if refused.

        Onto a unit (row -1): it becomes the last child. Between rows: it goes to that
        place among the parent's children. Never into its own subtree, never a no-op.
        """
        if action != Qt.DropAction.MoveAction or self._edits is None or not self._edits.editable():
            return None
        unit = self.dragged_unit(data)
        target = self.unit_of(parent)
        if unit is None or target is None or unit.parent_id is None or self._document is None:
            return None
        if target.id == unit.id or unit.id in {a.id for a in self._document.ancestors(target)}:
            return None
        siblings = self._child_ids(target.id)
        if row < 0 or row > len(siblings):
            row = len(siblings)
            index: int | None = None
        else:
            index = row
        if unit.parent_id == target.id:
            old_row = siblings.index(unit.id)
            if index is not None and index > old_row:
                index -= 1  # the places counted without the unit itself
            if (index if index is not None else len(siblings) - 1) == old_row:
                return None
        return unit, target, index

    def post_drop_target(self, data: QMimeData | None, row: int, parent: Index) -> tuple[Position, Unit] | None:
        """(post, new unit) for a post dropped onto a unit (not between rows, not its own unit)."""
        if self._edits is None or not self._edits.editable() or row >= 0 or self._document is None:
            return None
        position, target = dragged_position(self._document, data), self.unit_of(parent)
        if position is None or target is None or target.id == position.unit_id:
            return None
        if self._document.owner_scenario_id("position", position.id) != target.scenario_id:
            return None
        return position, target

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        # After a move drop the view asks to remove the dragged rows; the MoveUnit did it already.
        return False

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if data.hasFormat(POSITION_MIME_TYPE):
            return self.post_drop_target(data, row, parent) is not None
        return self.drop_target(data, action, row, parent) is not None

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if data.hasFormat(POSITION_MIME_TYPE):
            post_target = self.post_drop_target(data, row, parent)
            if post_target is None or self._edits is None:
                return False
            return self._edits.run_edit(MovePosition(post_target[0].id, post_target[1].id))
        target = self.drop_target(data, action, row, parent)
        if target is None or self._edits is None:
            return False
        unit, new_parent, index = target
        return self._edits.move_unit(unit.id, new_parent.id, index)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMN_COUNT:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Unit"), self.tr("Type"), self.tr("Headcount / Filled"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == STAFFING:
            return self.tr("Posts of the unit itself: headcount (approved places) / filled (primary holders)")
        if role == Qt.ItemDataRole.TextAlignmentRole and section == STAFFING:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """A cell, remembered until an edit may change it: after a move the view repaints and
        re-measures every row in view, though none of them shows anything new."""
        if not index.isValid():
            return None
        unit_id = index.internalId()
        cells = self._cells.get(unit_id)
        key = (index.column(), role)
        if cells is not None and key in cells:
            return cells[key]
        value = self._cell(index, role)
        if not self._replay_units:  # while rows are moved, a row may show a unit as it was
            self._cells.setdefault(unit_id, {})[key] = value
        return value

    def _forget_cells(self, patch: Patch) -> None:
        """Cells show a unit, its type and its own posts' staffing: an edit of units alone
        changes only their own rows, anything else may change any row."""
        if patch.kinds() == {"unit"}:
            for change in patch.changes:
                self._cells.pop(change.id, None)
        else:
            self._cells.clear()

    def _cell(self, index: Index, role: int) -> Any:
        unit = self.unit_of(index)
        if unit is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(unit, column)
        if role == Qt.ItemDataRole.EditRole and column == NAME:
            return unit.name
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            return self._type_icon(unit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(unit)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == STAFFING:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ForegroundRole and column == STAFFING:
            return self._staffing_brush(unit)
        if role == UNIT_ID_ROLE:
            return unit.id
        return None

    # ----- cells -------------------------------------------------------------------
    def _display(self, unit: Unit, column: int) -> str:
        assert self._document is not None
        if column == NAME:
            return unit.name
        if column == TYPE:
            unit_type = self._document.unit_type(unit.type_id)
            return unit_type.name if unit_type is not None else ""
        staffing = unit_staffing(self._document, unit)
        return f"{staffing.headcount} / {staffing.filled}"

    def _staffing_brush(self, unit: Unit) -> QBrush | None:
        assert self._document is not None
        staffing = unit_staffing(self._document, unit)
        if staffing.over:
            return QBrush(QColor("#B03A2E"))
        return None

    def _tooltip(self, unit: Unit) -> str:
        assert self._document is not None
        staffing = unit_staffing(self._document, unit)
        return self.tr("{name}: headcount {headcount}, filled {filled}, vacant {vacant}").format(
            name=unit.name, headcount=staffing.headcount, filled=staffing.filled, vacant=staffing.vacant
        )

    def _type_icon(self, unit: Unit) -> QIcon:
        assert self._document is not None
        unit_type = self._document.unit_type(unit.type_id)
        colour = unit_type.colour if unit_type is not None else "#9E9E9E"
        icon = self._icons.get(colour)
        if icon is None:
            icon = colour_square(colour)
            self._icons[colour] = icon
        return icon


def colour_square(colour: str, size: int = 12) -> QIcon:
    """A small filled square with a darker edge, the unit type's colour mark."""
    fill = QColor(colour)
    if not fill.isValid():
        fill = QColor("#9E9E9E")
    icon = QIcon()
    for scale in (1, 2):  # crisp on high-DPI screens too
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(fill.darker(140))
        painter.setBrush(fill)
        inset = 1.5 * scale
        side = size * scale - 2 * inset
        painter.drawRoundedRect(QRectF(inset, inset, side, side), 2.0 * scale, 2.0 * scale)
        painter.end()
        icon.addPixmap(pixmap)
    return icon
