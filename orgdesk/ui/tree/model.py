"""The unit tree of one scenario as a Qt item model: a thin adapter over the domain Document.

An index's internal id is the unit's id; everything shown is read from the document when
the view asks for it, so the model holds no copy of the data that could drift. The only
state is a cache of each parent's sorted child ids (filled on demand, so a 10,000-unit
tree costs only what the view shows), rebuilt whenever an edit adds, moves or removes units.
"""

from __future__ import annotations

from typing import Any, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from orgdesk.domain.analysis import unit_staffing
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, Position, Unit
from orgdesk.domain.patch import Patch

Index = QModelIndex | QPersistentModelIndex

NAME, TYPE, STAFFING = range(3)
COLUMN_COUNT = 3
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class UnitTreeModel(QAbstractItemModel):
    """Rows are units of one scenario; columns: name, type, headcount / filled."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document: Document | None = None
        self._scenario_id: int | None = None
        self._children: dict[int | None, list[int]] = {}  # parent id -> sorted child ids
        self._rows: dict[int, int] = {}  # unit id -> row under its parent, for the cached parents
        self._icons: dict[str, QIcon] = {}

    # ----- what is shown -------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        return self._document

    @property
    def scenario_id(self) -> int | None:
        return self._scenario_id

    def set_document(self, document: Document | None, scenario_id: int | None) -> None:
        self.beginResetModel()
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
        if self._rows_changed(patch):
            self.set_document(self._document, self._scenario_id)
            return
        if "unit_type" in patch.kinds():  # a colour or type name: every row may show it
            self.layoutAboutToBeChanged.emit()
            self.layoutChanged.emit()
            return
        for unit_id in self._units_touched(patch):
            first = self.index_of_unit(unit_id, NAME)
            if first.isValid():
                self.dataChanged.emit(first, first.siblingAtColumn(COLUMN_COUNT - 1))

    def _rows_changed(self, patch: Patch) -> bool:
        for change in patch.changes:
            if change.kind == "scenario" and change.id == self._scenario_id and change.after is None:
                return True
            if change.kind != "unit":
                continue
            before, after = change.before, change.after
            if not isinstance(before, Unit) or not isinstance(after, Unit):
                return True  # a unit was added or deleted
            if (before.parent_id, before.sort_order, before.scenario_id) != (
                after.parent_id,
                after.sort_order,
                after.scenario_id,
            ):
                return True
        return False

    def _units_touched(self, patch: Patch) -> set[int]:
        """Units whose name, type or staffing figures an edit may have changed."""
        assert self._document is not None
        units: set[int] = set()
        for change in patch.changes:
            for entity in (change.before, change.after):
                if change.kind == "unit" and isinstance(entity, Unit):
                    units.add(entity.id)
                elif isinstance(entity, Position):
                    units.add(entity.unit_id)
                elif isinstance(entity, Assignment):
                    position = self._document.get("position", entity.position_id)
                    if isinstance(position, Position):
                        units.add(position.unit_id)
        return units

    # ----- lookups -------------------------------------------------------------------
    def unit_of(self, index: Index) -> Unit | None:
        if not index.isValid() or self._document is None:
            return None
        unit = self._document.get("unit", index.internalId())
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
        if not isinstance(unit, Unit) or unit.scenario_id != self._scenario_id:
            return QModelIndex()
        self._child_ids(unit.parent_id)
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
        if unit is None or unit.parent_id is None:
            return QModelIndex()
        return self.index_of_unit(unit.parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        document = self._document
        if document is None or self._scenario_id is None:
            return 0
        if not parent.isValid():
            return len(self._child_ids(None))
        if parent.column() != 0:
            return 0
        unit = self.unit_of(parent)
        return 0 if unit is None else document.child_count(unit)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        return self.rowCount(parent) > 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return COLUMN_COUNT

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

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
        unit = self.unit_of(index)
        if unit is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(unit, column)
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
