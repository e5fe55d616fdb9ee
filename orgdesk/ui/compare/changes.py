"""The comparison's change list (grouped by kind of item) and its totals table per top-level unit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QTreeWidget, QTreeWidgetItem, QWidget

from orgdesk.domain.compare import TOTALS_HEADINGS, DiffEntry, DiffReport
from orgdesk.domain.compare_entries import CHANGE_NAMES, CHANGES, GROUPS, KIND_NAMES, entry_colour, grouped
from orgdesk.domain.compare_totals import TotalsRow
from orgdesk.domain.messages import render_message

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
FIGURES = ("units", "posts", "headcount", "filled")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


def entry_text(entry: DiffEntry) -> str:
    return render_message("Compare", entry.template, entry.params, QCoreApplication.translate)


class ChangeList(QTreeWidget):
    """Two columns: the kind of change (coloured) and what changed; one group per kind of item."""

    entry_chosen = Signal(object)  # DiffEntry: the planner chose it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareChanges")
        self.setColumnCount(2)
        self.setHeaderLabels([self.tr("Change"), self.tr("What changed")])
        self.setRootIsDecorated(True)
        self.setUniformRowHeights(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.currentItemChanged.connect(self._current_changed)

    def show_report(self, report: DiffReport | None) -> None:
        self.clear()
        if report is None:
            return
        bold = QFont(self.font())
        bold.setBold(True)
        for kind, entries in grouped(report):
            group = QTreeWidgetItem([f"{QCoreApplication.translate(GROUPS, KIND_NAMES[kind])} ({len(entries)})"])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            for entry in entries:
                text = entry_text(entry)
                item = QTreeWidgetItem([QCoreApplication.translate(CHANGES, CHANGE_NAMES[entry.change]), text])
                item.setForeground(0, QBrush(QColor(entry_colour(entry.change))))
                item.setFont(0, bold)
                item.setToolTip(1, text)
                item.setData(0, ENTRY_ROLE, entry)
                group.addChild(item)
            group.setExpanded(len(entries) <= 200)  # a huge group stays folded: the window stays quick

    def _entry_items(self) -> list[tuple[QTreeWidgetItem, QTreeWidgetItem]]:
        """(group, row) of every change shown."""
        found = []
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            if group is None:
                continue
            for c in range(group.childCount()):
                row = group.child(c)
                if row is not None:
                    found.append((group, row))
        return found

    def entries_shown(self) -> list[DiffEntry]:
        return [row.data(0, ENTRY_ROLE) for _group, row in self._entry_items()]

    def select_entry(self, entry: DiffEntry) -> bool:
        for group, row in self._entry_items():
            if row.data(0, ENTRY_ROLE) is entry:
                group.setExpanded(True)
                self.setCurrentItem(row)
                return True
        return False

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        entry = current.data(0, ENTRY_ROLE) if current is not None else None
        if isinstance(entry, DiffEntry):
            self.entry_chosen.emit(entry)


def delta_text(before: int, after: int) -> str:
    delta = after - before
    return f"{before} → {after} ({delta:+d})" if delta else f"{before} → {after}"


class TotalsTable(QTableWidget):
    """Per top-level unit: units, posts, 编制, 在岗 as before → after (delta); the whole last, bold."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareTotals")
        self.setColumnCount(len(TOTALS_HEADINGS))
        self.setHorizontalHeaderLabels([_tr(h) for h in TOTALS_HEADINGS])
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_rows(self, rows: list[TotalsRow]) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [row.name] + [delta_text(getattr(row.before, f), getattr(row.after, f)) for f in FIGURES]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    delta = getattr(row.after, FIGURES[c - 1]) - getattr(row.before, FIGURES[c - 1])
                    if delta:
                        item.setForeground(QBrush(QColor("#2E7D32" if delta > 0 else "#C62828")))
                if row.is_total:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                    if c == 0:
                        item.setText(self.tr("All: {name}").format(name=row.name))
                self.setItem(r, c, item)
        self.resizeRowsToContents()

    def cell_texts(self) -> list[list[str]]:
        rows = []
        for r in range(self.rowCount()):
            items = [self.item(r, c) for c in range(self.columnCount())]
            rows.append([item.text() if item is not None else "" for item in items])
        return rows
