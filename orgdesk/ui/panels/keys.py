"""Keys of a panel's list or table that must win over the window's shortcuts.

The window binds F2, Insert and Delete to the tree's rename, add and delete. While a
panel's view has the focus those keys mean the panel's own rename (edit in place), add
and delete, so the view claims them (ShortcutOverride) and triggers the panel's actions.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView


def _combination(event: QKeyEvent) -> QKeySequence:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(event.keyCombination().key() | modifiers)


class PanelKeys(QObject):
    """Event filter on a view: its actions' shortcuts and F2 go to the view, not the window."""

    def __init__(self, view: QAbstractItemView, actions: Sequence[QAction]) -> None:
        super().__init__(view)
        self._actions = list(actions)
        view.installEventFilter(self)

    def _action_for(self, event: QKeyEvent) -> QAction | None:
        pressed = _combination(event)
        for action in self._actions:
            if any(key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch for key in action.shortcuts()):
                return action
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_F2 or self._action_for(event) is not None:
                event.accept()  # a key press follows instead of the window's shortcut
                return True
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            action = self._action_for(event)
            if action is not None:
                if action.isEnabled():
                    action.trigger()
                return True
        return False
