"""The Duties panel through real widgets: numbering, owners, paste, edit in place, reorder, undo.

Every check of what was saved reads the file afresh.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialogButtonBox, QLineEdit
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Unit
from orgdesk.store.store import Store
from orgdesk.ui.main_window import MainWindow
from orgdesk.ui.panels.duties import MIME_TYPE, DutiesPanel, PasteDutiesDialog, numbering

SEEDS = Path(__file__).resolve().parent.parent / "data" / "seeds" / "telecom-departments-duties.txt"


def _file(path: Path) -> Document:
    with Store.open(path, readonly=True) as store:
        return store.load(lazy=False)


def _path(window: MainWindow) -> Path:
    session = window.context.session
    assert session is not None
    return session.store.path


def _unit(document: Document, name: str) -> Unit:
    found = [u for u in document.all("unit") if isinstance(u, Unit) and u.name == name]
    assert len(found) == 1, name
    return found[0]


def _duty_texts(path: Path, name: str = "政企客户部") -> list[str]:
    document = _file(path)
    return [d.text for d in document.duties_of(OwnerKind.UNIT, _unit(document, name).id)]


def _panel(qtbot: QtBot, window: MainWindow, name: str = "政企客户部") -> DutiesPanel:
    session = window.context.session
    assert session is not None
    window.duties_dock.show()
    window.duties_dock.raise_()
    assert window.tree.select_unit(_unit(session.document, name).id)
    qtbot.waitUntil(lambda: window.duties.model.rowCount() > 0)
    return window.duties


def _seed_block() -> str:
    lines = SEEDS.read_text(encoding="utf-8").splitlines()
    start = lines.index("市场部主要职责:")
    end = next(i for i, line in enumerate(lines) if line.startswith("6.营收管理"))
    return "\n".join(lines[start : end + 1])


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_numbering_of_levels() -> None:
    assert numbering([0, 1, 2, 2, 1, 2]) == ["", "1.", "(1)", "(2)", "2.", "(1)"]


def test_empty_with_a_hint_until_a_unit_is_selected(window: MainWindow) -> None:
    panel = window.duties
    window.duties_dock.show()
    if window.tree.current_unit_id() is None:
        assert panel.model.rowCount() == 0
        assert not panel.hint.isHidden()


def test_the_units_duties_are_numbered_and_a_post_has_its_own(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    panel = _panel(qtbot, window)
    texts = panel.texts()
    assert len(texts) == 7
    assert [text.split(" ", 1)[0] for text in texts] == [f"{n}." for n in range(1, 8)]
    assert panel.hint.isHidden()
    qtmodeltester.check(panel.model)

    post = next(i for i in range(panel.chooser.count()) if panel.chooser.itemText(i).endswith("一站服务"))
    panel.chooser.setCurrentIndex(post)
    assert panel.model.owner is not None and panel.model.owner[0] == "position"
    assert panel.model.rowCount() == 4


def test_paste_numbered_text_inserts_all_items_as_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    path = _path(window)
    before = _file(path).snapshot()
    panel = _panel(qtbot, window)
    _activate(qtbot, window)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(6))  # after the last: at the end
    qtbot.keyClick(panel.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: panel.paste_dialog is not None and panel.paste_dialog.isVisible())
    dialog = panel.paste_dialog
    assert isinstance(dialog, PasteDutiesDialog)

    dialog.text_edit.setPlainText(_seed_block())
    shown = [dialog.preview.item(row).text() for row in range(dialog.preview.count())]
    assert shown[0] == "市场部主要职责"
    assert dialog.preview.item(0).font().bold()
    assert len(shown) == 7 and shown[1].startswith("1. 负责某分公司市场研究分析") and shown[6] == "6. 营收管理。"

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    texts = _duty_texts(path)
    assert len(texts) == 13 and texts[-1] == "营收管理。"
    document = _file(path)
    added = document.duties_of(OwnerKind.UNIT, _unit(document, "政企客户部").id)[7:]
    assert {d.heading for d in added} == {"市场部主要职责"}
    assert panel.model.rowCount() == 13 and not panel.heading.isHidden()
    undo = window.commands.undo
    assert undo is not None and undo.text() == "Undo Paste 6 duties"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _file(path).snapshot() == before
    assert panel.model.rowCount() == 7


def test_paste_after_the_current_duty(qtbot: QtBot, window: MainWindow) -> None:
    path = _path(window)
    panel = _panel(qtbot, window)
    panel.view.setCurrentIndex(panel.model.index(0))
    dialog = panel.open_paste_dialog()
    assert dialog is not None
    dialog.text_edit.setPlainText("1.甲\n2.乙")
    dialog.accept()
    texts = _duty_texts(path)
    assert texts[1:3] == ["甲", "乙"] and len(texts) == 9


def test_edit_a_duty_in_place_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    path = _path(window)
    before = _duty_texts(path)
    panel = _panel(qtbot, window)
    _activate(qtbot, window)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(1))
    qtbot.keyClick(panel.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: panel.view.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    assert editor.text() == before[1]
    editor.selectAll()
    editor.insert("负责政企客户的一站式服务。")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _duty_texts(path)[1] == "负责政企客户的一站式服务。")
    assert panel.texts()[1] == "2. 负责政企客户的一站式服务。"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _duty_texts(path) == before
    assert panel.texts()[1] == f"2. {before[1]}"


def test_reorder_with_ctrl_down_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    path = _path(window)
    before = _duty_texts(path)
    panel = _panel(qtbot, window)
    _activate(qtbot, window)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _duty_texts(path) == [before[1], before[0], *before[2:]]
    assert panel.current_duty() is not None and panel.current_duty().text == before[0]  # type: ignore[union-attr]
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _duty_texts(path) == before


def test_drag_to_reorder(qtbot: QtBot, window: MainWindow) -> None:
    path = _path(window)
    before = _duty_texts(path)
    panel = _panel(qtbot, window)
    model = panel.model
    data = model.mimeData([model.index(0)])
    assert isinstance(data, QMimeData) and data.hasFormat(MIME_TYPE)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, QModelIndex())  # between rows 2 and 3
    assert _duty_texts(path) == [before[1], before[2], before[0], *before[3:]]


def test_add_and_delete_with_keys(qtbot: QtBot, window: MainWindow) -> None:
    path = _path(window)
    before = _duty_texts(path)
    panel = _panel(qtbot, window)
    _activate(qtbot, window)
    panel.view.setFocus()
    panel.view.setCurrentIndex(panel.model.index(6))
    qtbot.keyClick(panel.view, Qt.Key.Key_Insert)
    assert _duty_texts(path) == [*before, "New duty"]
    qtbot.waitUntil(lambda: panel.view.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel.view.state() != QAbstractItemView.State.EditingState)
    panel.view.setCurrentIndex(panel.model.index(7))
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert _duty_texts(path) == before
