"""The Duties panel (职责): the numbered duties of a unit or of one of its posts.

The list model holds only the ids of the owner's duties, in order; every text is read
from the document when it is shown, and the ids are read again when a change notice
touches duties. Every gesture (edit in place, add, delete, move, drag, paste) is a
domain operation run through the window's EditController, so it is undoable and committed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.duty_text import DutyItem, parse_duties
from orgdesk.domain.entities import Duty
from orgdesk.domain.operations import AddDuty, DeleteDuty, MoveDuty, Operation, PastedDuties, UpdateEntity
from orgdesk.ui.editing import EditController
from orgdesk.ui.panels.keys import PanelKeys
from orgdesk.ui.panels.owners import OwnedItemsPanel, OwnedRowsMixin, Owner, OwnerChooser
from orgdesk.ui.panels.panel_actions import delete_keeping_place

DUTY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
MIME_TYPE = "application/x-orgdesk-duty"
Index = QModelIndex | QPersistentModelIndex


def numbering(levels: Sequence[int]) -> list[str]:
    """The number shown before each duty: 1. 2. … at level 1, (1) (2) … below it."""
    labels: list[str] = []
    top = sub = 0
    for level in levels:
        if level <= 0:
            labels.append("")
        elif level == 1:
            top, sub = top + 1, 0
            labels.append(f"{top}.")
        else:
            sub += 1
            labels.append(f"({sub})")
    return labels


def item_label(number: str, level: int, text: str) -> str:
    indent = "    " * max(0, level - 1)
    return f"{indent}{number} {text}" if number else text


class DutyListModel(OwnedRowsMixin[Duty], QAbstractListModel):
    """The duties of one owner, in order (ids only; texts come from the document)."""

    item_kind = "duty"
    item_type = Duty

    def __init__(self, edits: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        self.forget_owner()
        self._labels: list[str] = []

    def items(self) -> list[Duty]:
        if self.document is None or self.owner is None:
            return []
        return self.document.duties_of(*self.owner)

    def loaded(self, items: list[Duty]) -> None:
        self._labels = numbering([duty.level for duty in items])

    def duty(self, row: int) -> Duty | None:
        return self.item_at(row)

    # ----- Qt's model interface -----------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        duty = self.duty(index.row()) if index.isValid() else None
        if duty is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item_label(self._labels[index.row()], duty.level, duty.text)
        if role in (Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return duty.text
        if role == DUTY_ID_ROLE:
            return duty.id
        if role == LEVEL_ROLE:
            return duty.level
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        duty = self.duty(index.row()) if index.isValid() else None
        if duty is None or role != Qt.ItemDataRole.EditRole:
            return False
        text = str(value).strip()
        if text == duty.text:
            return False
        return self.edits.run_edit(UpdateEntity("duty", duty.id, {"text": text}))

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if not self.edits.editable():
            return flags
        if not index.isValid():
            return flags | Qt.ItemFlag.ItemIsDropEnabled
        return flags | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled

    # ----- drag to reorder -------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        data = QMimeData()
        ids = [str(index.data(DUTY_ID_ROLE)) for index in indexes if index.isValid()]
        data.setData(MIME_TYPE, QByteArray(",".join(ids[:1]).encode()))
        return data

    def dropMimeData(  # noqa: N802
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if self.owner is None or not data.hasFormat(MIME_TYPE):
            return False
        try:
            duty_id = int(bytes(data.data(MIME_TYPE).data()).decode())
        except ValueError:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._ids)
        old = self.row_of(duty_id)
        index = row - 1 if 0 <= old < row else row  # the index among the others
        if old == index:
            return False
        self.edits.run_edit(MoveDuty(duty_id, self.owner[0], self.owner[1], index))
        return False  # the change notice reloads the list; nothing for the view to remove


class PasteDutiesDialog(QDialog):
    """Paste numbered text; the preview shows what it becomes. Use open(), never exec() in tests."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pasteDutiesDialog")
        self.setWindowTitle(self.tr("Paste numbered duties"))
        self.text_edit = QPlainTextEdit(self)
        self.text_edit.setObjectName("pasteText")
        self.text_edit.setPlaceholderText(
            self.tr("Paste numbered duties here (1. … 2. …); a first line without a number becomes the heading.")
        )
        self.preview = QListWidget(self)
        self.preview.setObjectName("pastePreview")
        self.summary = QLabel(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Insert duties"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Text:"), self))
        layout.addWidget(self.text_edit, 2)
        layout.addWidget(QLabel(self.tr("Preview:"), self))
        layout.addWidget(self.preview, 3)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(560, 520)
        self.text_edit.textChanged.connect(self._update_preview)
        self._items: list[DutyItem] = []
        self._update_preview()

    def items(self) -> list[DutyItem]:
        return list(self._items)

    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def _update_preview(self) -> None:
        self._items = parse_duties(self.text_edit.toPlainText())
        self.preview.clear()
        labels = numbering([item.level for item in self._items])
        bold = QFont(self.preview.font())
        bold.setBold(True)
        for label, item in zip(labels, self._items, strict=True):
            row = QListWidgetItem(item_label(label, item.level, item.text))
            if item.level == 0:
                row.setFont(bold)
            self.preview.addItem(row)
        count = sum(1 for item in self._items if item.level > 0)
        self.summary.setText(self.tr("{count} duties will be inserted.").format(count=count))
        self.ok_button().setEnabled(count > 0)


DialogFactory = Callable[[QWidget], PasteDutiesDialog]


class DutiesPanel(OwnedItemsPanel):
    """The duties of the selected unit or of one of its posts (see the module text)."""

    item_kind = "duty"
    model: DutyListModel
    view: QListView

    def __init__(self, edits: EditController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dutiesPanel")
        self.edits = edits
        edits.context.events.changed.connect(self.document_changed)
        self.dialog_factory: DialogFactory = PasteDutiesDialog
        self.paste_dialog: PasteDutiesDialog | None = None

        self.hint = QLabel(self.tr("Select a unit in the tree to see its duties."), self)
        self.hint.setObjectName("dutiesHint")
        self.hint.setWordWrap(True)
        self.chooser = OwnerChooser(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("dutiesHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.model = DutyListModel(edits, self)
        self.view = QListView(self)
        self.view.setObjectName("dutiesView")
        self.view.setModel(self.model)
        self.view.setWordWrap(True)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDropIndicatorShown(True)

        self.add_action = self._action(self.tr("&Add duty"), QKeySequence(Qt.Key.Key_Insert), self.add_duty)
        self.delete_action = self._action(self.tr("&Delete duty"), QKeySequence(Qt.Key.Key_Delete), self.delete_duty)
        self.up_action = self._action(self.tr("Move &up"), QKeySequence("Ctrl+Up"), lambda: self.move_duty(-1))
        self.down_action = self._action(self.tr("Move do&wn"), QKeySequence("Ctrl+Down"), lambda: self.move_duty(1))
        self.paste_action = self._action(
            self.tr("&Paste numbered text…"), QKeySequence("Ctrl+Shift+V"), self.open_paste_dialog
        )
        self.keys = PanelKeys(
            self.view, [self.add_action, self.delete_action, self.up_action, self.down_action, self.paste_action]
        )
        buttons = self._button_row(
            (self.add_action, self.delete_action, self.up_action, self.down_action, self.paste_action)
        )

        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.chooser)
        layout.addWidget(self.heading)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.chooser.owner_chosen.connect(self._owner_chosen)
        self.view.selectionModel().currentChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.show_unit(None, None)

    def _owner_chosen(self, owner: Owner | None) -> None:
        self.model.set_owner(self.document if owner is not None else None, owner)
        self._show_heading()

    def _reload(self) -> None:
        current = self.current_duty()
        self.model.reload()
        if current is not None:
            self.select_duty(current.id)
        self._show_heading()

    def _show_heading(self) -> None:
        headings = list(dict.fromkeys(duty.heading for duty in self.model.items() if duty.heading))
        self.heading.setText("；".join(headings))
        self.heading.setVisible(bool(headings))

    def current_duty(self) -> Duty | None:
        return self.model.duty(self.view.currentIndex().row())

    def select_duty(self, duty_id: int) -> None:
        row = self.model.row_of(duty_id)
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))

    def texts(self) -> list[str]:
        """What the list shows, row by row (numbers included)."""
        return [str(self.model.index(row).data()) for row in range(self.model.rowCount())]

    def _update_actions(self, *_args: object) -> None:
        editable = self.edits.editable() and self.model.owner is not None
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        self.add_action.setEnabled(editable)
        self.paste_action.setEnabled(editable)
        self.delete_action.setEnabled(editable and row >= 0)
        self.up_action.setEnabled(editable and row > 0)
        self.down_action.setEnabled(editable and 0 <= row < self.model.rowCount() - 1)

    # ----- edits ---------------------------------------------------------------------
    def _insert_at(self) -> int:
        row = self.view.currentIndex().row() if self.view.currentIndex().isValid() else -1
        return row + 1 if row >= 0 else self.model.rowCount()

    def add_duty(self) -> bool:
        owner = self.model.owner
        if owner is None:
            return False
        current = self.current_duty()
        operation = AddDuty(
            owner[0],
            owner[1],
            self._insert_at(),
            text=self.tr("New duty"),
            level=current.level if current is not None else 1,
            heading=current.heading if current is not None else "",
        )
        if not self.edits.run_edit(operation):
            return False
        assert operation.item_id is not None
        self.select_duty(operation.item_id)
        self.view.edit(self.view.currentIndex())
        return True

    def delete_duty(self) -> bool:
        current = self.current_duty()
        if current is None:
            return False
        return delete_keeping_place(self.view, self.edits, DeleteDuty(current.id))

    def move_duty(self, step: int) -> bool:
        current, owner = self.current_duty(), self.model.owner
        if current is None or owner is None:
            return False
        row = self.model.row_of(current.id) + step
        if not 0 <= row < self.model.rowCount():
            return False
        return self.edits.run_edit(MoveDuty(current.id, owner[0], owner[1], row))

    def open_paste_dialog(self) -> PasteDutiesDialog | None:
        """Show the paste dialog (non-modal `open()`); OK inserts its items as one step."""
        if self.model.owner is None or not self.edits.editable():
            return None
        dialog = self.dialog_factory(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.insert_items(dialog.items()))
        self.paste_dialog = dialog
        dialog.open()
        return dialog

    def insert_items(self, items: Sequence[DutyItem]) -> bool:
        """Insert parsed items after the current duty (or at the end) as ONE undoable edit."""
        owner = self.model.owner
        if owner is None:
            return False
        start = self._insert_at()
        heading = ""
        operations: list[Operation] = []
        for item in items:
            if item.level == 0:
                heading = item.text
                continue
            operations.append(
                AddDuty(owner[0], owner[1], start + len(operations), text=item.text, level=item.level, heading=heading)
            )
        if not operations:
            return False
        if not self.edits.run_edit(PastedDuties(operations)):
            return False
        last = cast(AddDuty, operations[-1]).item_id
        if last is not None:
            self.select_duty(last)
        return True
