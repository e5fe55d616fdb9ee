"""The window's actions with their shortcuts (standard keys where the platform has them)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from orgdesk.ui.icons import give_icon


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

        # ----- Edit menu (the tree's context menu shows the same actions) -----
        self.add_child = self._action(parent, "action_add_child", self.tr("Add &Child Unit"), "list-add")
        self.add_child.setShortcuts([QKeySequence("Ctrl+Shift+N"), QKeySequence(Qt.Key.Key_Insert)])
        self.add_child.setStatusTip(self.tr("Add a unit under the selected unit"))

        self.add_sibling = self._action(parent, "action_add_sibling", self.tr("Add &Sibling Unit"))
        self.add_sibling.setShortcut(QKeySequence("Ctrl+Alt+N"))
        self.add_sibling.setStatusTip(self.tr("Add a unit next to the selected unit, under the same parent"))

        self.rename = self._action(parent, "action_rename", self.tr("&Rename"))
        self.rename.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.rename.setStatusTip(self.tr("Rename the selected unit in the tree"))

        self.delete = self._action(parent, "action_delete", self.tr("&Delete Unit…"), "edit-delete")
        self.delete.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.delete.setStatusTip(self.tr("Delete the selected unit with its sub-units, posts, duties and KPIs"))
        self.cut = self._action(parent, "action_cut", self.tr("Cu&t Unit"), "edit-cut")
        self.cut.setShortcuts(shortcuts(QKeySequence.StandardKey.Cut, "Ctrl+X"))
        self.cut.setStatusTip(self.tr("Copy the selected unit with its sub-units, then remove it"))
        self.copy = self._action(parent, "action_copy", self.tr("&Copy Unit"), "edit-copy")
        self.copy.setShortcuts(shortcuts(QKeySequence.StandardKey.Copy, "Ctrl+C"))
        self.copy.setStatusTip(self.tr("Copy the selected unit with its sub-units, posts, duties and KPIs"))
        self.paste = self._action(parent, "action_paste", self.tr("&Paste Under Selected Unit"), "edit-paste")
        self.paste.setShortcuts(shortcuts(QKeySequence.StandardKey.Paste, "Ctrl+V"))
        self.paste.setStatusTip(self.tr("Paste the copied units under the selected unit (their posts are vacant)"))
        self.find = self._action(parent, "action_find", self.tr("&Find…"), "edit-find")
        self.find.setShortcuts(shortcuts(QKeySequence.StandardKey.Find, "Ctrl+F"))
        self.find.setStatusTip(self.tr("Find units, posts, people and duty text"))
        self.undo: QAction | None = None
        self.redo: QAction | None = None

        self.about = self._action(parent, "action_about", self.tr("&About OrgDesk"), "help-about")
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_qt = self._action(parent, "action_about_qt", self.tr("About &Qt"))
        self.about_qt.setMenuRole(QAction.MenuRole.AboutQtRole)

    def add_undo_actions(self, parent: QWidget, stack: QUndoStack) -> tuple[QAction, QAction]:
        """Undo and Redo of `stack`; their texts name the step ("Undo Move unit “大客户部”")."""
        self.undo = stack.createUndoAction(parent, self.tr("Undo"))
        self.undo.setObjectName("action_undo")
        self.undo.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo = stack.createRedoAction(parent, self.tr("Redo"))
        self.redo.setObjectName("action_redo")
        self.redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        give_icon(self.undo, "edit-undo")
        give_icon(self.redo, "edit-redo")
        return self.undo, self.redo

    @staticmethod
    def _action(parent: QWidget, name: str, text: str, theme_icon: str = "") -> QAction:
        action = QAction(text, parent)
        action.setObjectName(name)
        return give_icon(action, theme_icon) if theme_icon else action
