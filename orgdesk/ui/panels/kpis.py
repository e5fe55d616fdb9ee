"""The KPIs panel (考核指标): a table of the KPIs of a unit or of one of its posts.

Like the duties panel, the table model keeps only the ids of the owner's KPIs and reads
every cell from the document. Editing a cell runs an UpdateEntity through the window's
EditController; a value the domain refuses (a weight of 150 %) is warned about there and
changes nothing. An amber label says when the weights do not total 100 %.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.entities import Direction, Kpi, Period
from orgdesk.domain.operations import AddKpi, DeleteKpi, MoveKpi, UpdateEntity
from orgdesk.ui.editing import EditController
from orgdesk.ui.panels.keys import PanelKeys
from orgdesk.ui.panels.owners import OwnedItemsPanel, OwnedRowsMixin, Owner, OwnerChooser
from orgdesk.ui.panels.panel_actions import delete_keeping_place

Index = QModelIndex | QPersistentModelIndex
FIELDS = ("name", "definition", "measure_unit", "target", "weight", "period", "direction")
WEIGHT_COLUMN, PERIOD_COLUMN, DIRECTION_COLUMN = 4, 5, 6


def format_weight(weight: float) -> str:
    return f"{weight:g}"


class KpiTableModel(OwnedRowsMixin[Kpi], QAbstractTableModel):
    """The KPIs of one owner, in order (ids only; cells come from the document)."""

    item_kind = "kpi"
    item_type = Kpi

    def __init__(self, edits: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.forget_owner()

    def headers(self) -> list[str]:
        return [
            self.tr("Name"),
            self.tr("Definition"),
            self.tr("Unit of measure"),
            self.tr("Target"),
            self.tr("Weight %"),
            self.tr("Period"),
            self.tr("Direction"),
        ]

    def period_choices(self) -> list[tuple[str, str]]:
        return [
            (str(Period.MONTH), self.tr("Monthly")),
            (str(Period.QUARTER), self.tr("Quarterly")),
            (str(Period.YEAR), self.tr("Yearly")),
        ]

    def direction_choices(self) -> list[tuple[str, str]]:
        return [
            (str(Direction.HIGHER), self.tr("Higher is better")),
            (str(Direction.LOWER), self.tr("Lower is better")),
            (str(Direction.TARGET), self.tr("Hit the target")),
        ]

    def choices(self, column: int) -> list[tuple[str, str]]:
        if column == PERIOD_COLUMN:
            return self.period_choices()
        if column == DIRECTION_COLUMN:
            return self.direction_choices()
        return []

    def items(self) -> list[Kpi]:
        if self.document is None or self.owner is None:
            return []
        return self.document.kpis_of(*self.owner)

    def kpi(self, row: int) -> Kpi | None:
        return self.item_at(row)

    # ----- Qt's model interface -----------------------------------------------------
    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(FIELDS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        kpi = self.kpi(index.row()) if index.isValid() else None
        if kpi is None:
            return None
        value = getattr(kpi, FIELDS[index.column()])
        if role == Qt.ItemDataRole.EditRole:
            if index.column() == WEIGHT_COLUMN:
                return "" if value is None else format_weight(value)
            return value
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == WEIGHT_COLUMN:
                return "" if value is None else format_weight(value)
            labels = dict(self.choices(index.column()))
            return labels.get(str(value), str(value)) if labels else value
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == WEIGHT_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        kpi = self.kpi(index.row()) if index.isValid() else None
        if kpi is None or role != Qt.ItemDataRole.EditRole:
            return False
        field = FIELDS[index.column()]
        new: Any = str(value).strip()
        if field == "weight":
            if new == "":
                new = None
            else:
                try:
                    new = float(new.rstrip("%％").strip())
                except ValueError:
                    self.edits.context.interaction.warn(
                        self.tr("The change was not made"),
                        self.tr("“{value}” is not a weight. Type a number from 0 to 100, e.g. 40.").format(value=new),
                    )
                    return False
        if new == getattr(kpi, field):
            return False
        return self.edits.run_edit(UpdateEntity("kpi", kpi.id, {field: new}))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.edits.editable():
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags


class ChoiceDelegate(QStyledItemDelegate):
    """A combo of the column's choices (月/季/年, direction); the model stores the code."""

    def __init__(self, choices: Callable[[], list[tuple[str, str]]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        for code, label in self._choices():
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        row = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(row, 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class KpisPanel(OwnedItemsPanel):
    """The KPIs of the selected unit or of one of its posts (see the module text)."""

    item_kind = "kpi"
    model: KpiTableModel
    view: QTableView

    def __init__(self, edits: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpisPanel")
        self.edits = edits
        edits.context.events.changed.connect(self.document_changed)

        self.hint = QLabel(self.tr("Select a unit in the tree to see its KPIs."), self)
        self.hint.setObjectName("kpisHint")
        self.hint.setWordWrap(True)
        self.chooser = OwnerChooser(self)
        self.model = KpiTableModel(edits, self)
        self.view = QTableView(self)
        self.view.setObjectName("kpisView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setItemDelegateForColumn(PERIOD_COLUMN, ChoiceDelegate(self.model.period_choices, self.view))
        self.view.setItemDelegateForColumn(DIRECTION_COLUMN, ChoiceDelegate(self.model.direction_choices, self.view))
        self.weights_warning = QLabel(self)
        self.weights_warning.setObjectName("weightsWarning")
        self.weights_warning.setWordWrap(True)
        self.weights_warning.setStyleSheet(
            "QLabel { background: #FFF3CD; color: #7A4F01; border: 1px solid #F0B429; padding: 4px; }"
        )
        self.weights_warning.hide()

        self.add_action = self._action(self.tr("&Add KPI"), QKeySequence(Qt.Key.Key_Insert), self.add_kpi)
        self.delete_action = self._action(self.tr("&Delete KPI"), QKeySequence(Qt.Key.Key_Delete), self.delete_kpi)
        self.up_action = self._action(self.tr("Move &up"), QKeySequence("Ctrl+Up"), lambda: self.move_kpi(-1))
        self.down_action = self._action(self.tr("Move do&wn"), QKeySequence("Ctrl+Down"), lambda: self.move_kpi(1))
        self.keys = PanelKeys(self.view, [self.add_action, self.delete_action, self.up_action, self.down_action])
        buttons = self._button_row((self.add_action, self.delete_action, self.up_action, self.down_action))

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.chooser)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.weights_warning)
        layout.addLayout(buttons)

        self.chooser.owner_chosen.connect(self._owner_chosen)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.show_unit(None, None)

    def _owner_chosen(self, owner: Owner | None) -> None:
        self.model.set_owner(self.document if owner is not None else None, owner)
        self._fit_columns()
        self._show_weights()

    def _fit_columns(self) -> None:
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 180))

    def _reload(self) -> None:
        current = self.current_kpi()
        column = max(self.view.currentIndex().column(), 0)
        self.model.reload()
        if current is not None:
            self.select_kpi(current.id, column)
        self._show_weights()

    def _show_weights(self) -> None:
        weights = [kpi.weight for kpi in self.model.items() if kpi.weight is not None]
        total = sum(weights)
        wrong = bool(weights) and abs(total - 100) > 1e-6
        if wrong:
            self.weights_warning.setText(
                self.tr("Weights total {total} % — they should total 100 %.").format(total=format_weight(total))
            )
        self.weights_warning.setVisible(wrong)

    def current_kpi(self) -> Kpi | None:
        return self.model.kpi(self.view.currentIndex().row())

    def select_kpi(self, kpi_id: int, column: int = 0) -> None:
        row = self.model.row_of(kpi_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row, column))

    def _update_actions(self, *_args: object) -> None:
        editable = self.edits.editable() and self.model.owner is not None
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        self.add_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and row >= 0)
        self.up_action.setEnabled(editable and row > 0)
        self.down_action.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)

    # ----- edits ---------------------------------------------------------------------
    def add_kpi(self) -> bool:
        owner = self.model.owner
        if owner is None:
            return False
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        at = row + 1 if row >= 0 else self.model.rowCount()
        operation = AddKpi(owner[0], owner[1], at, name=self.tr("New KPI"))
        if not self.edits.run_edit(operation):
            return False
        assert operation.item_id is not None
        self.select_kpi(operation.item_id)
        self.view.edit(self.view.currentIndex())
        return True

    def delete_kpi(self) -> bool:
        current = self.current_kpi()
        if current is None:
            return False
        return delete_keeping_place(self.view, self.edits, DeleteKpi(current.id))

    def move_kpi(self, step: int) -> bool:
        current, owner = self.current_kpi(), self.model.owner
        if current is None or owner is None:
            return False
        row = self.model.row_of(current.id) + step
        if not 0 <= row < self.model.rowCount():
            return False
        return self.edits.run_edit(MoveKpi(current.id, owner[0], owner[1], row))
