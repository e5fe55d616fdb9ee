"""The parts of the import dialog that show a sheet: column mapping, first rows, resulting tree, problems."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from orgdesk.domain.messages import Label
from orgdesk.domain.rules import FIELD_NAMES, TRANSLATED_PARAMS
from orgdesk.io.importing.mapping import FIELD_LABELS, FIELDS, Mapping, text_of
from orgdesk.io.importing.plan import Problem
from orgdesk.io.importing.sheets import Cell
from orgdesk.io.workbook.xlsx_stream import column_letter

PREVIEW_ROWS = 20
SHOWN_PROBLEMS = 1000
TREE_LEVELS_OPEN = 2
NOT_USED = -1


def translated(context: str, template: str, params: dict[str, object]) -> str:
    """A Qt-free message (import problem, io error) in the UI language, its field names too."""
    shown = dict(params)
    for key, value in params.items():
        if isinstance(value, Label):
            shown[key] = QCoreApplication.translate(value.context, str(value))
    for key in TRANSLATED_PARAMS:
        value = shown.get(key)
        if isinstance(value, str) and value in FIELD_NAMES:
            shown[key] = QCoreApplication.translate("Fields", value)
    return QCoreApplication.translate(context, template).format(**shown)


def column_title(headers: Sequence[str], column: int) -> str:
    header = headers[column] if column < len(headers) else ""
    return f"{column_letter(column)}: {header}" if header else column_letter(column)


class MappingTable(QTableWidget):
    """Field → column, one combo per field; the user's choice becomes an override."""

    field_changed = Signal(str, int)  # field, column (NOT_USED to leave the field out)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(FIELDS), 2, parent)
        self.setObjectName("importMapping")
        self.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the sheet")])
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.combos: dict[str, QComboBox] = {}
        for row, field in enumerate(FIELDS):
            item = QTableWidgetItem(QCoreApplication.translate("ImportFields", FIELD_LABELS[field]))
            item.setToolTip(self.tr("Used with --map {field}=HEADER on the command line").format(field=field))
            item.setFlags(item.flags() & ~item.flags().ItemIsEditable)
            self.setItem(row, 0, item)
            combo = QComboBox(self)
            combo.setObjectName(f"map_{field}")
            combo.currentIndexChanged.connect(lambda _index, name=field: self._chosen(name))
            self.combos[field] = combo
            self.setCellWidget(row, 1, combo)
        self._filling = False

    def show_mapping(self, mapping: Mapping | None) -> None:
        self._filling = True
        try:
            headers = mapping.headers if mapping is not None else []
            for field, combo in self.combos.items():
                combo.clear()
                combo.addItem(self.tr("(not used)"), NOT_USED)
                for column in range(len(headers)):
                    combo.addItem(column_title(headers, column), column)
                chosen = mapping.columns.get(field, NOT_USED) if mapping is not None else NOT_USED
                combo.setCurrentIndex(max(0, combo.findData(chosen)))
        finally:
            self._filling = False

    def choose(self, field: str, column: int) -> None:
        """Map `field` to `column` as the user would (tests, keyboard-free scripting)."""
        combo = self.combos[field]
        combo.setCurrentIndex(combo.findData(column))

    def _chosen(self, field: str) -> None:
        if not self._filling:
            self.field_changed.emit(field, int(self.combos[field].currentData()))


class RowsPreview(QTableWidget):
    """The header row and the first data rows as the sheet has them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importRows")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)

    def show_rows(self, rows: Sequence[Sequence[Cell]], mapping: Mapping | None) -> None:
        self.clear()
        if mapping is None:
            self.setRowCount(0)
            self.setColumnCount(0)
            return
        first = mapping.header_row + 1
        shown = rows[first : first + PREVIEW_ROWS]
        width = max([len(mapping.headers), *(len(row) for row in shown)], default=0)
        self.setColumnCount(width)
        self.setRowCount(len(shown))
        self.setHorizontalHeaderLabels([column_title(mapping.headers, column) for column in range(width)])
        self.setVerticalHeaderLabels([str(first + number + 1) for number in range(len(shown))])  # sheet row numbers
        for row, cells in enumerate(shown):
            for column, cell in enumerate(cells):
                self.setItem(row, column, QTableWidgetItem(text_of(cell)))
        self.resizeColumnsToContents()


class TreePreview(QTreeWidget):
    """The units the import adds (the first few hundred), with their number of posts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importTree")
        self.setHeaderLabels([self.tr("Unit"), self.tr("Posts"), self.tr("People")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setStretchLastSection(False)
        self.hidden = 0

    def show_units(self, rows: Sequence[tuple[int, str, int, int]], total: int = 0) -> None:
        """`rows`: (depth, name, posts, people) in tree order; `total`: all the units, when more than shown."""
        self.clear()
        self.setHeaderLabels([self.tr("Unit"), self.tr("Posts"), self.tr("People")])
        parents: list[QTreeWidgetItem] = []
        for depth, name, posts, people in rows:
            del parents[depth:]
            item = QTreeWidgetItem([name, str(posts) if posts else "", str(people) if people else ""])
            if parents:
                parents[-1].addChild(item)
            else:
                self.addTopLevelItem(item)
            parents.append(item)
        for index in range(self.topLevelItemCount()):
            _expand(self.topLevelItem(index), 0)
        self.hidden = max(0, total - len(rows))
        if self.hidden:
            more = QTreeWidgetItem([self.tr("… and {count} more units").format(count=self.hidden)])
            more.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addTopLevelItem(more)

    def show_changes(self, groups: Sequence[tuple[str, Sequence[str]]]) -> None:
        """A roster update: each kind of change (English template, translated here) with its items."""
        self.clear()
        self.setHeaderLabels([self.tr("Change"), self.tr("Count")])
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # both ends of a move stay readable
        self.setToolTip(self.tr("Hover over a line to read it whole"))
        for title, items in groups:
            group = QTreeWidgetItem([QCoreApplication.translate("ImportDialog", title), str(len(items))])
            children = [QTreeWidgetItem([item, ""]) for item in items[:SHOWN_PROBLEMS]]
            for child in children:
                child.setToolTip(0, child.text(0))
            group.addChildren(children)
            self.addTopLevelItem(group)
            group.setExpanded(bool(items) and len(items) <= 50)
        self.hidden = 0

    def names(self, depth_limit: int = 99) -> list[str]:
        """Unit names in tree order (tests and the dialog's summary)."""
        found: list[str] = []
        for index in range(self.topLevelItemCount() - (1 if self.hidden else 0)):
            _collect(self.topLevelItem(index), 0, depth_limit, found)
        return found


def _expand(item: QTreeWidgetItem | None, depth: int) -> None:
    if item is None:
        return
    item.setExpanded(depth < TREE_LEVELS_OPEN)
    for index in range(item.childCount()):
        _expand(item.child(index), depth + 1)


def _collect(item: QTreeWidgetItem | None, depth: int, limit: int, found: list[str]) -> None:
    if item is None or depth > limit:
        return
    found.append(item.text(0))
    for index in range(item.childCount()):
        _collect(item.child(index), depth + 1, limit, found)


class ProblemsTable(QTableWidget):
    """Rows the import leaves out (or changed): sheet, row number and why."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("importProblems")
        self.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Row"), self.tr("Problem")])
        self.horizontalHeader().setStretchLastSection(True)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)

    def show_problems(self, problems: Sequence[Problem]) -> None:
        shown = problems[:SHOWN_PROBLEMS]
        self.setRowCount(len(shown))
        for row, problem in enumerate(shown):
            reason = translated("Import", problem.template, problem.params)
            if not problem.rejected:
                reason = self.tr("Note: {reason}").format(reason=reason)
            for column, text in enumerate((problem.sheet, str(problem.row) if problem.row else "", reason)):
                self.setItem(row, column, QTableWidgetItem(text))
        self.resizeColumnToContents(0)
        self.resizeColumnToContents(1)

    def reasons(self) -> list[tuple[str, int, str]]:
        """(sheet, row, reason) as shown (tests)."""
        return [
            (self._text(row, 0), int(self._text(row, 1) or 0), self._text(row, 2)) for row in range(self.rowCount())
        ]

    def _text(self, row: int, column: int) -> str:
        item = self.item(row, column)
        return item.text() if item is not None else ""
