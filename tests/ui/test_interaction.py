"""The real Interaction shows Qt dialogs; here a timer answers them like a user would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from orgdesk.ui.interaction import Interaction


def _answer(qtbot: QtBot, respond: Callable[[QWidget], object]) -> None:
    """Call `respond` on the next modal dialog once it is showing."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        respond(dialog)

    QTimer.singleShot(10, poll)


def test_warn_shows_a_warning_box(qtbot: QtBot) -> None:
    shown: list[tuple[str, str, QMessageBox.Icon]] = []

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        shown.append((dialog.windowTitle(), dialog.text(), dialog.icon()))
        dialog.close()

    _answer(qtbot, read_and_close)
    Interaction().warn("Cannot open the document", "“x.orgdesk” is not an OrgDesk document.")
    assert shown == [("Cannot open the document", "“x.orgdesk” is not an OrgDesk document.", QMessageBox.Icon.Warning)]


def test_save_dialog_adds_the_suffix(qtbot: QtBot, tmp_path: Path) -> None:
    def type_a_name(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.nameFilters() == ["OrgDesk documents (*.orgdesk)"]
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        assert name is not None and name.text() == "建议.orgdesk"  # the suggestion is offered
        name.setText("新组织")  # what the user typed, without the suffix
        dialog.accept()

    _answer(qtbot, type_a_name)
    chosen = Interaction().ask_save_path("New Document", tmp_path / "建议.orgdesk")
    assert chosen == tmp_path / "新组织.orgdesk"


def test_cancelled_open_dialog_gives_none(qtbot: QtBot, tmp_path: Path) -> None:
    _answer(qtbot, lambda dialog: dialog.close())
    assert Interaction().ask_open_path("Open Document", tmp_path) is None


def test_confirm_asks_with_the_action_named_and_cancel_as_default(qtbot: QtBot) -> None:
    seen: list[tuple[str, list[str], str]] = []

    def answer(click: str) -> Callable[[QWidget], None]:
        def respond(dialog: QWidget) -> None:
            assert isinstance(dialog, QMessageBox)
            texts = [button.text() for button in dialog.buttons()]
            default = dialog.defaultButton()
            seen.append((dialog.text(), texts, default.text() if default is not None else ""))
            chosen = next(button for button in dialog.buttons() if button.text() == click)
            chosen.click()

        return respond

    _answer(qtbot, answer("Delete"))
    assert Interaction().confirm("Delete unit", "Delete “市场部”? You can undo this.", "Delete")
    _answer(qtbot, answer("Cancel"))
    assert not Interaction().confirm("Delete unit", "Delete “市场部”? You can undo this.", "Delete")
    assert seen[0][0] == "Delete “市场部”? You can undo this."
    assert "Delete" in seen[0][1] and seen[0][2] == "Cancel"
