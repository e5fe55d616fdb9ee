"""Keyed actions, a row of tool buttons and deleting the current row, as the panels use them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QToolButton, QWidget

from orgdesk.domain.operations import Operation
from orgdesk.ui.editing import EditController


def keyed_action(owner: QWidget, text: str, key: QKeySequence, slot: Callable[[], object]) -> QAction:
    """An action of `owner` whose shortcut works while the focus is inside it."""
    action = QAction(text, owner)
    action.setShortcut(key)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(f"{text.replace('&', '')} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


def button_row(owner: QWidget, actions: Sequence[QAction], stretch: bool = True) -> QHBoxLayout:
    buttons = QHBoxLayout()
    for action in actions:
        button = QToolButton(owner)
        button.setDefaultAction(action)
        buttons.addWidget(button)
    if stretch:
        buttons.addStretch(1)
    return buttons


def delete_keeping_place(view: QAbstractItemView, edits: EditController, operation: Operation) -> bool:
    """Run a delete edit of the current row, then select the row that took its place (or the new
    last one), so Del pressed again deletes the next item as in every list editor."""
    row = view.currentIndex().row()
    if not edits.run_edit(operation):
        return False
    model = view.model()
    if model.rowCount():
        view.setCurrentIndex(model.index(min(row, model.rowCount() - 1), 0))
    return True
