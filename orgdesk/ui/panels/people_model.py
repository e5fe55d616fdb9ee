"""The roster behind the People panel: every person of the document, searchable.

A document of 10,000 units has about 50,000 people, so the table is a model over the
document's ids (cells read on demand) behind a filter proxy whose test compares one
precomputed lower-case string per person, not a widget holding 150,000 items.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, AssignmentKind, Person
from orgdesk.domain.patch import Patch
from orgdesk.domain.roster import holdings
from orgdesk.ui.mime import person_mime

Index = QModelIndex | QPersistentModelIndex
PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
NAME, CODE, POSTS = range(3)


class PeopleTableModel(QAbstractTableModel):
    """All people, by employee number: name, 工号, the posts they hold and how."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.scenario_id: int | None = None  # the posts held are those of this scenario
        self._ids: list[int] = []
        self._keys: list[str] = []  # "name code" in lower case, row by row, for the search
        self._rows: dict[int, int] = {}  # person id -> row
        self._sort_column, self._sort_order = CODE, Qt.SortOrder.AscendingOrder

    def kind_names(self) -> dict[str, str]:
        return {
            str(AssignmentKind.PRIMARY): self.tr("primary"),
            str(AssignmentKind.CONCURRENT): self.tr("part-time"),
            str(AssignmentKind.ACTING): self.tr("acting"),
        }

    def set_document(self, document: Document | None) -> None:
        self.document = document
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        people: list[Person] = []
        if self.document is not None:
            people = [p for p in self.document.all("person") if isinstance(p, Person)]
        people.sort(key=self._sort_key(self._sort_column))
        if self._sort_order == Qt.SortOrder.DescendingOrder:
            people.reverse()
        self._set_rows(people)
        self.endResetModel()

    def _set_rows(self, people: list[Person]) -> None:
        self._ids = [p.id for p in people]
        self._keys = [f"{p.name} {p.code}".casefold() for p in people]
        self._rows = {person_id: row for row, person_id in enumerate(self._ids)}

    def _sort_key(self, column: int) -> Callable[[Person], tuple[str, ...]]:
        if column == NAME:
            return lambda p: (p.name, p.code, f"{p.id:09d}")
        if column == POSTS:
            return lambda p: (self.posts_text(p), p.code, f"{p.id:09d}")
        return lambda p: (p.code or "\uffff", p.name, f"{p.id:09d}")

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here, in one Python sort: a proxy comparing 50,000 rows cell by cell takes seconds."""
        self._sort_column, self._sort_order = column, order
        if self.document is None or not self._ids:
            return
        self.layoutAboutToBeChanged.emit()
        old_ids = list(self._ids)
        people = [p for p in (self.document.get("person", i) for i in self._ids) if isinstance(p, Person)]
        people.sort(key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        self._set_rows(people)
        old_indexes = self.persistentIndexList()
        new_indexes = []
        for index in old_indexes:
            row = self._rows.get(old_ids[index.row()], -1) if 0 <= index.row() < len(old_ids) else -1
            new_indexes.append(self.index(row, index.column()) if row >= 0 else QModelIndex())
        self.changePersistentIndexList(old_indexes, new_indexes)
        self.layoutChanged.emit()

    def set_scenario(self, scenario_id: int | None) -> None:
        self.scenario_id = scenario_id
        if self._ids:
            self.dataChanged.emit(self.index(0, POSTS), self.index(len(self._ids) - 1, POSTS))

    def apply_patch(self, patch: Patch) -> None:
        """People added or removed: read the roster again; otherwise repaint only the rows of
        the people an edit touched (each repainted row is filtered again by the proxy)."""
        people = [c for c in patch.changes if c.kind == "person"]
        if any(c.before is None or c.after is None for c in people):
            self.reload()
            return
        for change in people:  # renamed or renumbered: the search key changes too
            row = self.row_of(change.id)
            if row >= 0 and isinstance(change.after, Person):
                self._keys[row] = f"{change.after.name} {change.after.code}".casefold()
        for row in sorted(self.row_of(person_id) for person_id in self._people_touched(patch)):
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, POSTS))

    def _people_touched(self, patch: Patch) -> set[int]:
        touched = patch.ids("person")
        for change in patch.changes:
            if change.kind == "assignment":
                touched |= {a.person_id for a in (change.before, change.after) if isinstance(a, Assignment)}
            elif change.kind == "position" and self.document is not None:  # a post renamed
                touched |= {a.person_id for a in self.document.assignments_of_position(change.id)}
        return touched

    def person(self, row: int) -> Person | None:
        if self.document is None or not 0 <= row < len(self._ids):
            return None
        found = self.document.get("person", self._ids[row])
        return found if isinstance(found, Person) else None

    def row_of(self, person_id: int) -> int:
        return self._rows.get(person_id, -1)

    def search_key(self, row: int) -> str:
        return self._keys[row]

    def posts_text(self, person: Person) -> str:
        assert self.document is not None
        names = self.kind_names()
        parts = [
            self.tr("{post} ({kind})").format(post=h.position.title, kind=names.get(h.assignment.kind, ""))
            for h in holdings(self.document, person.id, self.scenario_id)
        ]
        return self.tr("; ").join(parts)

    # ----- Qt's model interface -----------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else POSTS + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = [self.tr("Name"), self.tr("Employee no."), self.tr("Posts held")]
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        person = self.person(index.row()) if index.isValid() else None
        if person is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == NAME:
                return person.name
            if column == CODE:
                return person.code
            return self.posts_text(person)
        if role == PERSON_ID_ROLE:
            return person.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        ids = list(dict.fromkeys(index.data(PERSON_ID_ROLE) for index in indexes if index.isValid()))
        if self.document is None or len(ids) != 1:
            return QMimeData()  # one person at a time
        return person_mime(self.document, int(ids[0]))


class PeopleFilter(QSortFilterProxyModel):
    """Keeps the people whose name or employee number contains every word typed."""

    def __init__(self, source: PeopleTableModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roster = source
        self.setSourceModel(source)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.roster.sort(column, order)  # the proxy keeps the roster's order (see PeopleTableModel.sort)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        if not self._words:
            return True
        key = self.roster.search_key(source_row)
        return all(word in key for word in self._words)
