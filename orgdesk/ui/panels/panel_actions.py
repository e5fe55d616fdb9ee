"""Keyed actions and a row of tool buttons, as the posts, people and relations panels use them."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QWidget


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
