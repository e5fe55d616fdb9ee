"""The Relations panel: dotted-line reporting and cooperation links of a unit or one of its posts.

Like the duties and KPIs panels it follows the tree's unit and lets the planner choose
the unit itself or one of its posts. The table lists every relation with that end: the
direction, the other end, the kind and the label; kind and label are edited in place.
Add opens a dialog to find the other end by typing; every change is a domain operation
(AddRelation, DeleteRelation, UpdateFields) run through the window's EditController.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Position, Relation, Unit
from orgdesk.domain.operations import AddRelation, DeleteRelation, UpdateEntity
from orgdesk.ui.editing import EditController
from orgdesk.ui.panels.keys import PanelKeys
from orgdesk.ui.panels.kpis import ChoiceDelegate
from orgdesk.ui.panels.owners import OwnedItemsPanel, OwnedRowsMixin, Owner, OwnerChooser
from orgdesk.ui.panels.panel_actions import button_row, delete_keeping_place
from orgdesk.ui.panels.relations_chooser import RelationDialog

Index = QModelIndex | QPersistentModelIndex
DIRECTION, OTHER_END, KIND, LABEL = range(4)
COOPERATION, DOTTED_LINE = "cooperation", "dotted_line"


class RelationTableModel(OwnedRowsMixin[Relation], QAbstractTableModel):
    """The relations with one end at the owner (ids only; cells come from the document)."""

    item_kind = "relation"
    item_type = Relation

    def __init__(self, edits: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.forget_owner()

    def kind_choices(self) -> list[tuple[str, str]]:
        return [(COOPERATION, self.tr("Cooperation")), (DOTTED_LINE, self.tr("Dotted-line reporting"))]

    def items(self) -> list[Relation]:
        if self.document is None or self.owner is None:
            return []
        scenario_id = self.document.owner_scenario_id(*self.owner)
        if scenario_id is None:
            return []
        return [r for r in self.document.relations_of_scenario(scenario_id) if self.owner in _ends(r)]

    def relation(self, row: int) -> Relation | None:
        return self.item_at(row)

    def end_name(self, kind: str, end_id: int) -> str:
        assert self.document is not None
        entity = self.document.get(kind, end_id)
        if isinstance(entity, Unit):
            return entity.name
        if isinstance(entity, Position):
            unit = self.document.get("unit", entity.unit_id)
            return self.tr("{post} ({unit})").format(post=entity.title, unit=str(getattr(unit, "name", "")))
        return "?"

    def _display(self, relation: Relation, column: int) -> str:
        outgoing = (relation.from_kind, relation.from_id) == self.owner
        if column == DIRECTION:
            return self.tr("to →") if outgoing else self.tr("← from")
        if column == OTHER_END:
            if outgoing:
                return self.end_name(relation.to_kind, relation.to_id)
            return self.end_name(relation.from_kind, relation.from_id)
        if column == KIND:
            return dict(self.kind_choices()).get(relation.kind, relation.kind)
        return relation.label

    # ----- Qt's model interface -----------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else LABEL + 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = [self.tr("Direction"), self.tr("With"), self.tr("Kind"), self.tr("Label")]
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        relation = self.relation(index.row()) if index.isValid() else None
        if relation is None:
            return None
        if role == Qt.ItemDataRole.EditRole:
            return relation.kind if index.column() == KIND else relation.label
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(relation, index.column())
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        relation = self.relation(index.row()) if index.isValid() else None
        if relation is None or role != Qt.ItemDataRole.EditRole or index.column() not in (KIND, LABEL):
            return False
        field = "kind" if index.column() == KIND else "label"
        new = str(value).strip()
        if new == getattr(relation, field) or (field == "kind" and not new):
            return False
        return self.edits.run_edit(UpdateEntity("relation", relation.id, {field: new}))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in (KIND, LABEL) and self.edits.editable():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


def _ends(relation: Relation) -> tuple[Owner, Owner]:
    return (relation.from_kind, relation.from_id), (relation.to_kind, relation.to_id)


DialogFactory = Callable[[Document, int, Owner, list[tuple[str, str]], QWidget], RelationDialog]


class RelationsPanel(OwnedItemsPanel):
    """The relations of the selected unit or of one of its posts (see the module text)."""

    item_kind = "relation"
    model: RelationTableModel
    view: QTableView

    def __init__(self, edits: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("relationsPanel")
        self.edits = edits
        edits.context.events.changed.connect(self.document_changed)
        self.dialog_factory: DialogFactory = RelationDialog
        self.dialog: RelationDialog | None = None

        self.hint = QLabel(self.tr("Select a unit in the tree to see its relations."), self)
        self.hint.setObjectName("relationsHint")
        self.hint.setWordWrap(True)
        self.chooser = OwnerChooser(self)
        self.model = RelationTableModel(edits, self)
        self.view = QTableView(self)
        self.view.setObjectName("relationsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setItemDelegateForColumn(KIND, ChoiceDelegate(self.model.kind_choices, self.view))
        self.empty = QLabel(self.tr("No relations yet. Add one to show a dotted line on the chart."), self)
        self.empty.setObjectName("relationsEmpty")
        self.empty.setWordWrap(True)

        self.add_action = self._action(self.tr("&Add relation…"), QKeySequence(Qt.Key.Key_Insert), self.open_dialog)
        self.delete_action = self._action(
            self.tr("&Remove relation"), QKeySequence(Qt.Key.Key_Delete), self.remove_relation
        )
        self.keys = PanelKeys(self.view, [self.add_action, self.delete_action])

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.chooser)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(button_row(self, [self.add_action, self.delete_action]))

        self.chooser.owner_chosen.connect(self._owner_chosen)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.show_unit(None, None)

    def _owner_chosen(self, owner: Owner | None) -> None:
        self.model.set_owner(self.document if owner is not None else None, owner)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 200))

    def _reload(self) -> None:
        current = self.current_relation()
        self.model.reload()
        if current is not None:
            self.select_relation(current.id)

    def current_relation(self) -> Relation | None:
        return self.model.relation(self.view.currentIndex().row())

    def select_relation(self, relation_id: int, column: int = 0) -> None:
        row = self.model.row_of(relation_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

    def _update_actions(self, *_args: object) -> None:
        editable = self.edits.editable() and self.model.owner is not None
        self.add_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and self.current_relation() is not None)
        self.empty.setVisible(self.model.owner is not None and self.model.rowCount() == 0)

    # ----- edits ---------------------------------------------------------------------
    def open_dialog(self) -> RelationDialog | None:
        """Show the add dialog (non-modal `open()`); OK adds the relation from the owner to the chosen end."""
        owner, document = self.model.owner, self.document
        if owner is None or document is None or not self.edits.editable():
            return None
        scenario_id = document.owner_scenario_id(*owner)
        if scenario_id is None:
            return None
        dialog = self.dialog_factory(document, scenario_id, owner, self.model.kind_choices(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_from(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _add_from(self, dialog: RelationDialog) -> None:
        end = dialog.chosen()
        if end is not None:
            self.add_relation(end, dialog.relation_kind(), dialog.relation_label())

    def add_relation(self, end: Owner, kind: str = COOPERATION, label: str = "") -> bool:
        owner = self.model.owner
        if owner is None:
            return False
        operation = AddRelation(owner[0], owner[1], end[0], end[1], kind, label)
        if not self.edits.run_edit(operation):
            return False
        if operation.relation_id is not None:
            self.select_relation(operation.relation_id)
        return True

    def remove_relation(self) -> bool:
        relation = self.current_relation()
        if relation is None:
            return False
        return delete_keeping_place(self.view, self.edits, DeleteRelation(relation.id))
