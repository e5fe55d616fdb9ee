"""The window's actions with their shortcuts (standard keys where the platform has them)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QWidget


def shortcuts(standard: QKeySequence.StandardKey, fallback: str) -> list[QKeySequence]:
    """The platform's standard keys; `fallback` where it has none (Quit and Save As on Windows)."""
    keys = QKeySequence.keyBindings(standard)
    return keys or [QKeySequence(fallback)]


class MainActions(QObject):
    """Every action of the main window, created once and shared by menus and toolbars."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.new = self._action(parent, "action_new", self.tr("&New…"), "document-new")
        self.new.setShortcuts(shortcuts(QKeySequence.StandardKey.New, "Ctrl+N"))
        self.new.setStatusTip(self.tr("Create an empty organisation document"))

        self.open = self._action(parent, "action_open", self.tr("&Open…"), "document-open")
        self.open.setShortcuts(shortcuts(QKeySequence.StandardKey.Open, "Ctrl+O"))
        self.open.setStatusTip(self.tr("Open an OrgDesk document"))

        self.save_as = self._action(parent, "action_save_as", self.tr("Save &As…"), "document-save-as")
        self.save_as.setShortcuts(shortcuts(QKeySequence.StandardKey.SaveAs, "Ctrl+Shift+S"))
        self.save_as.setStatusTip(self.tr("Save a copy of the document and continue in the copy"))

        self.clear_recent = self._action(parent, "action_clear_recent", self.tr("&Clear List"))

        self.quit = self._action(parent, "action_quit", self.tr("&Quit"), "application-exit")
        self.quit.setShortcuts(shortcuts(QKeySequence.StandardKey.Quit, "Ctrl+Q"))
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)

        self.about = self._action(parent, "action_about", self.tr("&About OrgDesk"), "help-about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._action(parent, "action_about_qt", self.tr("About &Qt"))
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    @staticmethod
    def _action(parent: QWidget, name: str, text: str, theme_icon: str = "") -> QAction:
        action = QAction(text, parent)
        action.setObjectName(name)
        if theme_icon and QIcon.hasThemeIcon(theme_icon):
            action.setIcon(QIcon.fromTheme(theme_icon))
        return action
