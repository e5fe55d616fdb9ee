"""View › Language: the languages the UI speaks, each named in its own language.

Choosing one reports `language_chosen`; the application then builds the window anew in
that language, keeping the open document, its undo history and what the window showed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

LANGUAGE_KEY = "ui/language"
# Each language is named in itself, so a planner who cannot read the current one finds theirs.
LANGUAGES = (("en", "English"), ("zh_CN", "中文（简体）"))


class LanguageMenu(QObject):
    language_chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.menu = QMenu(self.tr("&Language"), parent)
        self.menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            action = QAction(name, parent)
            action.setObjectName(f"action_language_{code}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, chosen=code: self._choose(chosen, current))
            group.addAction(action)
            self.menu.addAction(action)
            self.actions[code] = action

    def _choose(self, code: str, current: str) -> None:
        if code != current:
            self.language_chosen.emit(code)
