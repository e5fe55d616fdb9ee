"""The History dock: who changed what and when, for the whole document or the selected unit,
filterable by any text shown, and exportable to Excel.

It reads the store's history (written with every committed operation, in both backends) and
reloads after each change notice, an edit of this window or one another planner committed.
Reloading waits until the dock is visible: a hidden dock costs nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.entities import Entity
from orgdesk.domain.messages import fill_template
from orgdesk.domain.roster import unit_items
from orgdesk.domain.rules import MessageError
from orgdesk.store.history import Entry, entity_values, local_time
from orgdesk.store.session import ChangeNotice, EditSession

if TYPE_CHECKING:
    from orgdesk.ui.shell import Shell

WHOLE, UNIT = 0, 1
SHOWN_FIELDS_LIMIT = 4  # changed fields shown per item; the workbook has them all
SHOWN_ENTRIES = 1000  # the latest operations listed (`orgdesk history` has them all)
SHOWN_ITEMS = 50  # items listed under one operation (an import touches thousands)


def action_text(entry: Entry) -> str:
    """The operation's undo text in the UI language ("Rename “市场部”")."""
    return fill_template(QCoreApplication.translate("Operations", entry.action), entry.action_params)


def _name(values: dict[str, object]) -> str:
    for field in ("name", "title", "text", "label", "code"):
        value = values.get(field)
        if isinstance(value, str) and value:
            return value
    return str(values.get("id", ""))


def change_text(kind: str, before: Entity | None, after: Entity | None) -> str:
    """One changed item, before → after: "单位 市场部: name 市场部 → 市场营销部"."""
    old, new = entity_values(before), entity_values(after)
    shown_kind = QCoreApplication.translate("Fields", kind)
    if old is None and new is not None:
        return QCoreApplication.translate("HistoryPanel", "{kind} “{name}” added").format(
            kind=shown_kind, name=_name(new)
        )
    if new is None and old is not None:
        return QCoreApplication.translate("HistoryPanel", "{kind} “{name}” removed").format(
            kind=shown_kind, name=_name(old)
        )
    assert old is not None and new is not None
    fields = [key for key in new if old.get(key) != new.get(key)]
    parts = [
        f"{QCoreApplication.translate('Fields', key)}: {old.get(key)} → {new.get(key)}"
        for key in fields[:SHOWN_FIELDS_LIMIT]
    ]
    return f"{shown_kind} “{_name(old)}”: " + "; ".join(parts)


class HistoryPanel(QWidget):
    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        self._session: EditSession | None = None
        self._stale = True
        self.scope = QComboBox(self)
        self.scope.setObjectName("historyScope")
        self.scope.addItems([self.tr("Whole document"), self.tr("Selected unit, its posts and holders")])
        self.filter = QLineEdit(self)
        self.filter.setObjectName("historyFilter")
        self.filter.setPlaceholderText(self.tr("Filter by who, what or item…"))
        self.filter.setClearButtonEnabled(True)
        self.export_button = QPushButton(self.tr("Export to Excel…"), self)
        self.list = QTreeWidget(self)
        self.list.setObjectName("historyList")
        self.list.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")])
        self.list.setRootIsDecorated(True)
        self.list.setUniformRowHeights(True)
        top = QHBoxLayout()
        top.addWidget(self.scope)
        top.addWidget(self.filter, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self.scope.currentIndexChanged.connect(self.reload)
        self.filter.textChanged.connect(self._apply_filter)
        self.export_button.clicked.connect(self.export)
        self.entries: list[Entry] = []

    # ----- following the document ---------------------------------------------------
    def set_session(self, session: EditSession | None) -> None:
        self._session = session
        self.mark_stale()

    def document_changed(self, _notice: ChangeNotice) -> None:
        self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.reload()

    def unit_changed(self, _unit_id: object) -> None:
        if self.scope.currentIndex() == UNIT:
            self.mark_stale()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._stale:
            self.reload()
        super().showEvent(event)

    # ----- filling ----------------------------------------------------------------------
    def reload(self) -> None:
        self._stale = False
        self.list.clear()
        session = self._session
        if session is None:
            self.entries = []
            return
        unit_id = self.shell.current_unit_id() if self.scope.currentIndex() == UNIT else None
        try:
            if self.scope.currentIndex() == UNIT:
                items = None if unit_id is None else unit_items(session.document, unit_id)
                self.entries = [] if items is None else session.store.history(items=items)
            else:
                self.entries = session.store.history(last=SHOWN_ENTRIES, sample=SHOWN_ITEMS)
        except MessageError:
            self.entries = []
        for entry in reversed(self.entries):  # newest first
            self.list.addTopLevelItem(self._item(entry))
        self._apply_filter(self.filter.text())
        for column in range(3):
            self.list.resizeColumnToContents(column)

    def _item(self, entry: Entry) -> QTreeWidgetItem:
        changes = [change_text(c.kind, c.before, c.after) for c in entry.changes[:SHOWN_ITEMS]]
        count = entry.change_count
        summary = changes[0] if count == 1 else self.tr("{count} items").format(count=count)
        item = QTreeWidgetItem([local_time(entry.at), entry.author, action_text(entry), summary])
        item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
        if len(changes) > 1:
            for text in changes:
                item.addChild(QTreeWidgetItem(["", "", "", text]))
        return item

    def _top_items(self) -> list[QTreeWidgetItem]:
        items = (self.list.topLevelItem(row) for row in range(self.list.topLevelItemCount()))
        return [item for item in items if item is not None]

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for item in self._top_items():
            haystack = " ".join(item.text(column) for column in range(4))
            children = (item.child(i) for i in range(item.childCount()))
            haystack += " ".join(child.text(3) for child in children if child is not None)
            item.setHidden(bool(needle) and needle not in haystack.casefold())

    def shown_rows(self) -> list[str]:
        """The visible entries' "who · what" (for tests and accessibility)."""
        return [
            f"{item.text(1)} · {item.text(2)} · {item.text(3)}" for item in self._top_items() if not item.isHidden()
        ]

    # ----- export --------------------------------------------------------------------
    def export(self) -> bool:
        from orgdesk.io.reports.history_xlsx import write_history_workbook

        interaction = self.shell.context.interaction
        suggested = Path.home() / (self.tr("history") + ".xlsx")
        title = self.tr("Export History")
        target = self.shell.context.ask_export_target(title, suggested, self.tr("Excel Workbook (*.xlsx)"))
        if target is None:
            return False
        try:
            write_history_workbook(self._listed_in_full(), target, action_text, self.shell.context.language)
        except OSError as error:
            message = self.tr("Could not write “{path}”: {reason}. Choose another folder.")
            interaction.warn(self.tr("Export History"), message.format(path=target, reason=error.strerror))
            return False
        return True

    def _listed_in_full(self) -> list[Entry]:
        """The listed entries with every changed item (the list reads only a sample of each)."""
        if self._session is None or all(entry.total is None for entry in self.entries):
            return self.entries
        complete = {entry.id: entry for entry in self._session.store.history(last=SHOWN_ENTRIES)}
        return [complete.get(entry.id, entry) for entry in self.entries]


def install_history_panel(shell: Shell) -> HistoryPanel:
    panel = HistoryPanel(shell)
    dock = QDockWidget(QCoreApplication.translate("HistoryPanel", "History"), shell.widget())
    dock.setObjectName("historyDock")
    dock.setWidget(panel)
    shell.add_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea)  # shown from View › History
    shell.context.events.session_replaced.connect(panel.set_session)
    shell.context.events.changed.connect(panel.document_changed)
    shell.current_unit_changed.connect(panel.unit_changed)
    panel.set_session(shell.context.session)
    return panel
