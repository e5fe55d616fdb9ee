"""The unit tree view: shows a UnitTreeModel and reports which unit is current."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

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
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
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
