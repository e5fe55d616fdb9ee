"""Every question and message the window puts to the user goes through one object.

Code that needs an answer (which file? did that work?) calls the Interaction instead of
building a dialog, so tests replace it with one that answers from a script (as git-cola
does). The real one shows modal dialogs parented to the active window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

SUFFIX = "orgdesk"


class Interaction(QObject):
    """Dialogs for the application; subclass it to answer them in tests."""

    def _parent(self) -> QWidget | None:
        return QApplication.activeWindow()

    def _filter(self) -> str:
        return self.tr("OrgDesk documents (*.orgdesk)")

    def warn(self, title: str, text: str) -> None:
        """Something did not work; `text` says what and what to do next."""
        QMessageBox.warning(self._parent(), title, text)

    def confirm(self, title: str, text: str, accept: str) -> bool:
        """A yes/no question; `accept` names the action ("Delete"), Cancel is the default."""
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, self._parent())
        yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is yes

    def about(self, title: str, text: str) -> None:
        QMessageBox.about(self._parent(), title, text)

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        """A line of text (a scenario's name), `text` proposed; None if the user cancelled."""
        answer, accepted = QInputDialog.getText(self._parent(), title, label, QLineEdit.EchoMode.Normal, text)
        return answer if accepted else None

    def ask_open_path(self, title: str, directory: Path | None = None) -> Path | None:
        """An existing document to open, or None if the user cancelled."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self._parent(), title, str(directory or Path.home()), self._filter()
        )
        return Path(chosen) if chosen else None

    def ask_import_path(self, title: str, file_filter: str, directory: Path | None = None) -> Path | None:
        """A file to import (spreadsheet, CSV, JSON), or None if the user cancelled."""
        chosen, _filter = QFileDialog.getOpenFileName(self._parent(), title, str(directory or Path.home()), file_filter)
        return Path(chosen) if chosen else None

    def ask_export_path(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Where to write an export (PDF, PNG …): `file_filter` as Qt writes it ("PDF (*.pdf)"), and
        `suggested`'s suffix is added when the user types a name without one."""
        dialog = QFileDialog(self._parent(), title, str(suggested.parent), file_filter)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(suggested.suffix.lstrip("."))
        dialog.selectFile(suggested.name)
        if not dialog.exec():
            return None
        files = dialog.selectedFiles()
        return Path(files[0]) if files else None

    def ask_save_path(self, title: str, suggested: Path | None = None) -> Path | None:
        """Where to write a new document (the dialog asks before replacing a file)."""
        folder = Path.home() if suggested is None else (suggested.parent if suggested.suffix else suggested)
        dialog = QFileDialog(self._parent(), title, str(folder), self._filter())
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(SUFFIX)  # the overwrite question then covers the real name
        if suggested is not None and suggested.suffix:
            dialog.selectFile(suggested.name)
        if not dialog.exec():
            return None
        files = dialog.selectedFiles()
        return Path(files[0]) if files else None
