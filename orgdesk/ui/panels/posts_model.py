"""The table behind the Posts panel: the posts of one unit, and what a drop onto it means.

The model keeps only the ids of the unit's posts, in order; every cell is read from the
document. Edits (a cell, a drop) become domain operations run by the window's
EditController; the change notice that follows reloads the ids.

Drops: a post (from this table or another unit's) goes to the place it is dropped at
(MovePosition); a person dropped onto a post's row is assigned to it (AddAssignment), as
their primary post unless they already have one (then 兼职).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from orgdesk.domain.analysis import position_filled
from orgdesk.domain.document import Document
from orgdesk.domain.entities import AssignmentKind, Position, Unit
from orgdesk.domain.operations import AddAssignment, MovePosition, UpdateEntity
from orgdesk.domain.roster import assignment_kind_for, holds
from orgdesk.ui.editing import EditController
from orgdesk.ui.mime import PERSON_MIME_TYPE, POSITION_MIME_TYPE, dragged_person, dragged_position, position_mime

Index = QModelIndex | QPersistentModelIndex
POSITION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE, CODE, CATEGORY, GRADE, HEADCOUNT, FILLED, HOLDERS, REPORTS_TO = range(8)
EDITABLE_FIELDS = {TITLE: "title", CODE: "code", CATEGORY: "category", GRADE: "grade", HEADCOUNT: "headcount"}
VACANT_BACKGROUND = QColor("#FFF3CD")  # amber: someone is missing
OVER_BACKGROUND = QColor("#F8D7DA")  # red: more holders than 编制


class PostTableModel(QAbstractTableModel):
    """The posts of one unit, in order (ids only; cells come from the document)."""

    def __init__(self, edits: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.document: Document | None = None
        self.unit_id: int | None = None
        self._ids: list[int] = []

    def headers(self) -> list[str]:
        return [
            self.tr("Title"),
            self.tr("Code"),
            self.tr("Category"),
            self.tr("Grade"),
            self.tr("Headcount"),
            self.tr("Filled"),
            self.tr("Holders"),
            self.tr("Reports to"),
        ]

    def kind_names(self) -> dict[str, str]:
        return {
            str(AssignmentKind.PRIMARY): self.tr("primary"),
            str(AssignmentKind.CONCURRENT): self.tr("part-time"),
            str(AssignmentKind.ACTING): self.tr("acting"),
        }

    def set_unit(self, document: Document | None, unit_id: int | None) -> None:
        self.document, self.unit_id = document, unit_id
        self.reload()

    def unit(self) -> Unit | None:
        found = self.document.get("unit", self.unit_id) if self.document is not None else None
        return found if isinstance(found, Unit) else None

    def reload(self) -> None:
        self.beginResetModel()
        self._ids = [post.id for post in self.positions()]
        self.endResetModel()

    def positions(self) -> list[Position]:
        if self.document is None or self.unit() is None:
            return []
        assert self.unit_id is not None
        return self.document.positions_of(self.unit_id)

    def position(self, row: int) -> Position | None:
        if self.document is None or not 0 <= row < len(self._ids):
            return None
        found = self.document.get("position", self._ids[row])
        return found if isinstance(found, Position) else None

    def row_of(self, position_id: int) -> int:
        return self._ids.index(position_id) if position_id in self._ids else -1

    # ----- cells -------------------------------------------------------------------
    def holders_text(self, position: Position) -> str:
        assert self.document is not None
        names = self.kind_names()
        shown = []
        for assignment in self.document.assignments_of_position(position.id):
            person = self.document.get("person", assignment.person_id)
            name = str(getattr(person, "name", "?"))
            if assignment.kind != AssignmentKind.PRIMARY:
                name = self.tr("{name} ({kind})").format(name=name, kind=names.get(assignment.kind, assignment.kind))
            shown.append(name)
        return self.tr(", ").join(shown)

    def _display(self, position: Position, column: int) -> Any:
        assert self.document is not None
        if column in EDITABLE_FIELDS:
            return getattr(position, EDITABLE_FIELDS[column])
        if column == FILLED:
            return position_filled(self.document, position)
        if column == HOLDERS:
            return self.holders_text(position)
        target = self.document.get("position", position.reports_to_id)
        return str(getattr(target, "title", ""))

    def _background(self, position: Position) -> QBrush | None:
        assert self.document is not None
        filled = position_filled(self.document, position)
        if filled < position.headcount:
            return QBrush(VACANT_BACKGROUND)
        if filled > position.headcount:
            return QBrush(OVER_BACKGROUND)
        return None

    def _tooltip(self, position: Position) -> str:
        assert self.document is not None
        filled = position_filled(self.document, position)
        if filled < position.headcount:
            return self.tr("{count} vacant: drag a person from the People panel onto this row to fill it.").format(
                count=position.headcount - filled
            )
        if filled > position.headcount:
            return self.tr("{count} over the headcount.").format(count=filled - position.headcount)
        return self.tr("Fully staffed.")

    # ----- Qt's model interface -----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else REPORTS_TO + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        position = self.position(index.row()) if index.isValid() else None
        if position is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._display(position, index.column())
        if role == POSITION_ID_ROLE:
            return position.id
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(position)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(position)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (HEADCOUNT, FILLED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        position = self.position(index.row()) if index.isValid() else None
        field = EDITABLE_FIELDS.get(index.column())
        if position is None or field is None or role != Qt.ItemDataRole.EditRole:
            return False
        new: Any = int(value) if field == "headcount" else str(value).strip()
        if new == getattr(position, field):
            return False
        return self.edits.run_edit(UpdateEntity("position", position.id, {field: new}))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not self.edits.editable():
            return flags
        if not index.isValid():
            return flags | Qt.ItemFlag.ItemIsDropEnabled
        flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() in EDITABLE_FIELDS:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # ----- drag and drop ---------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [POSITION_MIME_TYPE, PERSON_MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = list(dict.fromkeys(index.data(POSITION_ID_ROLE) for index in indexes if index.isValid()))
        if self.document is None or len(ids) != 1:
            return QMimeData()  # one post at a time
        return position_mime(self.document, int(ids[0]))

    def post_drop(self, data: QMimeData | None, row: int, parent: Index) -> tuple[int, int] | None:
        """(post id, index among this unit's posts) for a post dropped here, or None if refused."""
        unit = self.unit()
        position = dragged_position(self.document, data)
        if unit is None or position is None or self.document is None or not self.edits.editable():
            return None
        if self.document.owner_scenario_id("position", position.id) != unit.scenario_id:
            return None
        if row < 0 or row > len(self._ids):
            row = parent.row() if parent.isValid() else len(self._ids)
        old = self.row_of(position.id)
        index = row - 1 if 0 <= old < row else row  # the place counted without the post itself
        if old == index:
            return None  # dropped where it is
        return position.id, index

    def person_drop(self, data: QMimeData | None, parent: Index) -> tuple[int, int] | None:
        """(person id, post id) for a person dropped onto a post's row, or None if refused."""
        person = dragged_person(self.document, data)
        position = self.position(parent.row()) if parent.isValid() else None
        if person is None or position is None or self.document is None or not self.edits.editable():
            return None
        if holds(self.document, person.id, position.id) is not None:
            return None  # holds it already
        return person.id, position.id

    def canDropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if data.hasFormat(PERSON_MIME_TYPE):
            return self.person_drop(data, parent) is not None
        return self.post_drop(data, row, parent) is not None

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        # The change notice reloads the table; after a move the view asks removeRows, which
        # (Qt's default) removes nothing: MovePosition did the move.
        if data.hasFormat(PERSON_MIME_TYPE):
            assignment = self.person_drop(data, parent)
            if assignment is None or self.document is None:
                return False
            kind = assignment_kind_for(self.document, assignment[0])
            return self.edits.run_edit(AddAssignment(assignment[0], assignment[1], kind))
        move = self.post_drop(data, row, parent)
        if move is None or self.unit_id is None:
            return False
        return self.edits.run_edit(MovePosition(move[0], self.unit_id, move[1]))
