"""The Posts panel (岗位): the posts of the selected unit with their 编制, holders and vacancies.

Follows the tree's current unit. Add, remove (after a confirmation), reorder (drag a row,
the buttons or Ctrl+Up/Down) and edit title, code, category, grade and 编制 in place; a
person dragged from the People panel onto a row is assigned to that post, and a post
dragged onto a unit of the tree moves there. Every gesture is a domain operation run
through the window's EditController; the table reloads from the change notices.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.analysis import unit_staffing
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Position
from orgdesk.domain.operations import AddPosition, DeletePosition, MovePosition
from orgdesk.store.session import ChangeNotice
from orgdesk.ui.editing import EditController
from orgdesk.ui.panels.keys import PanelKeys
from orgdesk.ui.panels.panel_actions import button_row, delete_keeping_place, keyed_action
from orgdesk.ui.panels.posts_model import HEADCOUNT, HOLDERS, TITLE, PostTableModel

Index = QModelIndex | QPersistentModelIndex
MAX_HEADCOUNT = 100_000


class HeadcountDelegate(QStyledItemDelegate):
    """编制 is edited with a spin box that cannot go below zero."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        editor = QSpinBox(parent)
        editor.setObjectName("headcountEditor")
        editor.setRange(0, MAX_HEADCOUNT)
        editor.setFrame(False)
        return editor


class PostsPanel(QWidget):
    """The posts of the selected unit (see the module text)."""

    position_selected = Signal(int)  # post id: show it in the Properties panel

    def __init__(self, edits: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postsPanel")
        self.edits = edits
        edits.context.events.changed.connect(self.document_changed)
        self.document: Document | None = None
        self.unit_id: int | None = None
        # Which unit "Add Post" in the tree's and chart's menus adds to: the tree's current unit
        # (set by the window; the panel itself may still show the previous one until the chart painted).
        self.unit_for_new_post: Callable[[], int | None] = lambda: self.unit_id

        self.hint = QLabel(self.tr("Select a unit in the tree to see its posts."), self)
        self.hint.setObjectName("postsHint")
        self.hint.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("postsSummary")
        self.summary.setWordWrap(True)
        self.model = PostTableModel(edits, self)
        self.view = self._make_view()

        # For the tree's and chart's context menus: adds a post to the tree's current unit.
        self.add_post_action = QAction(self.tr("Add &Post"), self)
        self.add_post_action.setObjectName("addPostAction")
        self.add_post_action.setStatusTip(self.tr("Add a post to the selected unit"))
        self.add_post_action.triggered.connect(lambda _checked=False: self.add_post(self.unit_for_new_post()))
        self.add_action = self._action(self.tr("&Add post"), QKeySequence(Qt.Key.Key_Insert), self._add_here)
        self.delete_action = self._action(self.tr("&Remove post"), QKeySequence(Qt.Key.Key_Delete), self.remove_post)
        self.up_action = self._action(self.tr("Move &up"), QKeySequence("Ctrl+Up"), lambda: self.move_post(-1))
        self.down_action = self._action(self.tr("Move do&wn"), QKeySequence("Ctrl+Down"), lambda: self.move_post(1))
        actions = [self.add_action, self.delete_action, self.up_action, self.down_action]
        self.keys = PanelKeys(self.view, actions)

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._button_row(actions))

        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.clicked.connect(self._clicked)
        self.model.modelReset.connect(self._update_actions)
        self.show_unit(None, None)

    def _make_view(self) -> QTableView:
        view = QTableView(self)
        view.setObjectName("postsView")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        # Rows drag to reorder or onto a unit of the tree; people drop onto rows.
        view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        view.setDefaultDropAction(Qt.DropAction.MoveAction)
        view.setDropIndicatorShown(True)
        view.setDragDropOverwriteMode(False)
        view.verticalHeader().setVisible(False)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.setItemDelegateForColumn(HEADCOUNT, HeadcountDelegate(view))
        return view

    def _action(self, text: str, key: QKeySequence, slot: Callable[[], object]) -> QAction:
        return keyed_action(self, text, key, slot)

    def _button_row(self, actions: list[QAction]) -> QHBoxLayout:
        return button_row(self, actions)

    # ----- what is shown ------------------------------------------------------------
    def show_unit(self, document: Document | None, unit_id: int | None) -> None:
        same = document is self.document and unit_id == self.unit_id
        current = self.current_position() if same else None
        self.document, self.unit_id = document, unit_id
        self.model.set_unit(document, unit_id)
        shown = self.model.unit() is not None
        self.hint.setVisible(not shown)
        self.summary.setVisible(shown)
        self.view.setVisible(shown)
        if not same:
            self._fit_columns()
        if current is not None:
            self.select_position(current.id)
        self._show_summary()

    def document_changed(self, notice: ChangeNotice) -> None:
        patch = notice.patch
        if patch.kinds() & {"unit", "position", "assignment", "person"}:
            self.show_unit(self.document, self.unit_id)

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            widest = 220 if column in (TITLE, HOLDERS) else 120
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), widest))

    def _show_summary(self) -> None:
        unit = self.model.unit()
        if unit is None or self.document is None:
            self.summary.clear()
            return
        staffing = unit_staffing(self.document, unit)
        text = self.tr("{unit}: {posts} posts · headcount {headcount} · filled {filled} · vacant {vacant}").format(
            unit=unit.name,
            posts=self.model.rowCount(),
            headcount=staffing.headcount,
            filled=staffing.filled,
            vacant=staffing.vacant,
        )
        self.summary.setText(text)

    def current_position(self) -> Position | None:
        return self.model.position(self.view.currentIndex().row())

    def select_position(self, position_id: int, column: int = 0) -> bool:
        row = self.model.row_of(position_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))
        return row >= 0

    def _current_changed(self, current: Index, _previous: Index) -> None:
        self._update_actions()
        position = self.model.position(current.row()) if current.isValid() else None
        if position is not None:
            self.position_selected.emit(position.id)

    def _clicked(self, index: Index) -> None:
        position = self.model.position(index.row())
        if position is not None:  # the current row clicked again: show it again
            self.position_selected.emit(position.id)

    def _update_actions(self, *_args: object) -> None:
        editable = self.edits.editable() and self.model.unit() is not None
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        self.add_action.setEnabled(editable)
        self.add_post_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and row >= 0)
        self.up_action.setEnabled(editable and row > 0)
        self.down_action.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)

    # ----- edits ---------------------------------------------------------------------
    def _add_here(self) -> bool:
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        return self.add_post(self.unit_id, row + 1 if row >= 0 else None)

    def add_post(self, unit_id: int | None, index: int | None = None) -> bool:
        """Add a post to a unit and open its title for editing (when the unit is shown here)."""
        if unit_id is None or not self.edits.editable():
            return False
        operation = AddPosition(unit_id, self.tr("New post"), index)
        if not self.edits.run_edit(operation):
            return False
        assert operation.position_id is not None
        if unit_id == self.unit_id and self.select_position(operation.position_id, TITLE):
            self.view.setFocus()
            self.view.edit(self.view.currentIndex())
        return True

    def remove_post(self) -> bool:
        position = self.current_position()
        if position is None or self.document is None:
            return False
        holders = len(self.document.assignments_of_position(position.id))
        question = self.tr(
            "Remove the post “{title}”? Its {holders} holders lose this post, and its duties and KPIs are "
            "deleted with it. You can undo this."
        ).format(title=position.title, holders=holders)
        if not self.edits.context.interaction.confirm(self.tr("Remove post"), question, self.tr("Remove")):
            return False
        return delete_keeping_place(self.view, self.edits, DeletePosition(position.id))

    def move_post(self, step: int) -> bool:
        position = self.current_position()
        if position is None or self.unit_id is None:
            return False
        row = self.model.row_of(position.id) + step
        if not 0 <= row < self.model.rowCount():
            return False
        column = max(self.view.currentIndex().column(), 0)
        if not self.edits.run_edit(MovePosition(position.id, self.unit_id, row)):
            return False
        self.select_position(position.id, column)
        return True
