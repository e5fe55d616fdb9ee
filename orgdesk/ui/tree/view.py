"""The unit tree view: shows a UnitTreeModel and reports which unit is current.

Editing gestures (F2, drag-and-drop, the context menu's actions) go through the model
and the actions given with `set_context_actions`; the view itself changes no data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView, QWidget

from orgdesk.ui.tree.model import NAME, STAFFING, TYPE, UNIT_ID_ROLE, UnitTreeModel


class UnitTreeView(QTreeView):
    current_unit_changed = Signal(object)  # unit id (int), or None when nothing is current

    def __init__(self, model: UnitTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitTree")
        self.setModel(model)
        self._model = model
        self.setUniformRowHeights(True)  # lets the view skip measuring 10,000 rows
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)  # F2 (Enter on macOS)
        # Drags move units; the model hands each drop to the edit controller as a MoveUnit.
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)  # also posts from the Posts panel
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self._context_actions: list[QAction | None] = []
        self.setAllColumnsShowFocus(True)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(TYPE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STAFFING, QHeaderView.ResizeMode.ResizeToContents)
        header.setMinimumSectionSize(60)
        header.setResizeContentsPrecision(0)  # size columns by the rows on screen, not all 10,000
        self._kept_current: int | None = None
        self._kept_expanded: list[int] = []
        self._kept_for: tuple[int, int | None] | None = None  # (id of the document, scenario)
        model.modelAboutToBeReset.connect(self._before_reset)
        model.modelReset.connect(self._after_reset)
        self.selectionModel().currentChanged.connect(self._current_changed)
        self._after_reset()  # the model may already show a document

    def unit_model(self) -> UnitTreeModel:
        return self._model

    def current_unit_id(self) -> int | None:
        index = self.currentIndex()
        value = index.data(UNIT_ID_ROLE) if index.isValid() else None
        return value if isinstance(value, int) else None

    def select_unit(self, unit_id: int) -> bool:
        """Make a unit current (expanding its ancestors); False if it is not in the tree."""
        index = self._model.index_of_unit(unit_id)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.expand(parent)
            parent = parent.parent()
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return True

    # ----- editing gestures -------------------------------------------------------------
    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """The actions of the context menu, in order (None: a separator)."""
        self._context_actions = list(actions)

    def build_context_menu(self, position: QPoint) -> QMenu:
        """The context menu for a click at `position` (viewport coordinates).

        The unit under the mouse becomes current first, so the actions apply to it.
        """
        index = self.indexAt(position)
        if index.isValid():
            unit_id = index.data(UNIT_ID_ROLE)
            if isinstance(unit_id, int):
                self.select_unit(unit_id)
        menu = QMenu(self)
        menu.setObjectName("unitTreeContextMenu")
        for action in self._context_actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt's name
        position = event.pos()  # QAbstractScrollArea delivers it in viewport coordinates
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            position = self.visualRect(self.currentIndex()).center()
        menu = self.build_context_menu(position)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def edit(self, index: Any, trigger: Any = None, event: QEvent | None = None) -> bool:  # type: ignore[override]
        """Edit the unit's name whichever cell of its row is current."""
        if isinstance(index, QModelIndex | QPersistentModelIndex) and index.isValid() and index.column() != NAME:
            index = self._model.index(index.row(), NAME, index.parent())
        if trigger is None:
            super().edit(index)
            return True
        return super().edit(index, trigger, event)  # type: ignore[arg-type] # Qt takes a null event

    def start_rename(self, unit_id: int) -> bool:
        """Make a unit current and open the in-place editor on its name."""
        if not self.select_unit(unit_id):
            return False
        index = self._model.index_of_unit(unit_id, NAME)
        return self.edit(index, QAbstractItemView.EditTrigger.AllEditTriggers, None)

    def expanded_unit_ids(self) -> list[int]:
        """Expanded units, parents first; visits only what is expanded, not the whole tree."""
        found: list[int] = []
        pending = [QModelIndex()]
        while pending:
            parent = pending.pop()
            for row in range(self._model.rowCount(parent)):
                index = self._model.index(row, 0, parent)
                if self.isExpanded(index):
                    found.append(index.internalId())
                    pending.append(index)
        return found

    def _before_reset(self) -> None:
        # After an edit the same units are still there: keep the planner's place.
        self._kept_for = (id(self._model.document), self._model.scenario_id)
        self._kept_current = self.current_unit_id()
        self._kept_expanded = self.expanded_unit_ids()

    def _after_reset(self) -> None:
        if self._kept_for != (id(self._model.document), self._model.scenario_id):
            self._kept_current, self._kept_expanded = None, []  # another document or scenario
        expanded = [self._model.index_of_unit(unit_id) for unit_id in self._kept_expanded]
        expanded = [index for index in expanded if index.isValid()]
        if expanded:
            for index in expanded:
                self.expand(index)
        else:
            # The first level below the top unit is what a planner looks for first.
            self.expandToDepth(0)
        kept, self._kept_current, self._kept_expanded = self._kept_current, None, []
        if kept is not None and self.select_unit(kept):
            return
        root = self._model.index(0, 0)
        if root.isValid():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().setCurrentIndex(root, flags)
        else:
            self.current_unit_changed.emit(None)

    def _current_changed(
        self, current: QModelIndex | QPersistentModelIndex, _previous: QModelIndex | QPersistentModelIndex
    ) -> None:
        value = current.data(UNIT_ID_ROLE) if current.isValid() else None
        self.current_unit_changed.emit(value if isinstance(value, int) else None)
