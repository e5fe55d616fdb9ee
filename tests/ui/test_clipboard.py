"""Copy, cut and paste of subtrees through the system clipboard, within and between documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Unit
from orgdesk.domain.operations.clipboard import MIME_TYPE
from orgdesk.store.store import Store
from orgdesk.ui.context import AppContext
from orgdesk.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedInteraction


def _file(path: Path) -> Document:
    with Store.open(path, readonly=True) as store:
        return store.load(lazy=False)


def _named(document: Document, name: str) -> list[Unit]:
    scenario = document.current_scenario()
    assert scenario is not None
    return [u for u in document.units_of_scenario(scenario.id) if u.name == name]


def _path(window: MainWindow) -> Path:
    assert window.context.session is not None
    return window.context.session.store.path


def _key(qtbot: QtBot, window: MainWindow, key: Qt.Key) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, key, Qt.KeyboardModifier.ControlModifier)


def _second_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    path = tmp_path / "另一个公司.orgdesk"
    Store.create(path, empty_document("另一个公司")).close()
    settings = QSettings(str(tmp_path / "second.ini"), QSettings.Format.IniFormat)
    context = AppContext(settings=settings, sample_path=tmp_path / "unused.orgdesk", interaction=ScriptedInteraction())
    other = MainWindow(context)
    qtbot.addWidget(other)
    assert other.documents.open_path(path)
    other.show()
    qtbot.waitExposed(other)
    return other


def test_ctrl_c_in_one_document_and_ctrl_v_in_another_copies_the_department(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = _file(_path(window))
    market = _named(source, "市场部")[0]
    window.tree.select_unit(market.id)
    _key(qtbot, window, Qt.Key.Key_C)
    clipboard = QGuiApplication.clipboard().mimeData()
    assert clipboard is not None and clipboard.hasFormat(MIME_TYPE)
    assert clipboard.text().startswith("市场部")

    other = _second_window(qtbot, tmp_path)
    try:
        assert other.commands.paste.isEnabled()
        _key(qtbot, other, Qt.Key.Key_V)
        pasted = _named(_file(_path(other)), "市场部")
        assert len(pasted) == 1, "the department is in the other document's file"
        target = _file(_path(other))
        titles = [p.title for p in target.positions_of(pasted[0].id)]
        assert titles == [p.title for p in source.positions_of(market.id)]
        assert len(target.duties_of(OwnerKind.UNIT, pasted[0].id)) == len(source.duties_of(OwnerKind.UNIT, market.id))
        assert other.tree.current_unit_id() == pasted[0].id, "the pasted unit is shown"
        assert other.commands.undo is not None and "Paste “市场部”" in other.commands.undo.text()
        other.edits.stack.undo()
        assert _named(_file(_path(other)), "市场部") == []
    finally:
        if other.context.session is not None:
            other.context.session.close()
            other.context.session = None


def test_cut_asks_when_people_hold_posts_then_paste_moves_the_unit(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction
) -> None:
    path = _path(window)
    enterprise = _named(_file(path), "政企客户部")[0]
    market = _named(_file(path), "市场部")[0]
    window.tree.select_unit(enterprise.id)
    _key(qtbot, window, Qt.Key.Key_X)  # refused: the scripted answer is "no"
    assert "people holding its posts" in interaction.questions[-1][1]
    assert len(_named(_file(path), "政企客户部")) == 1

    interaction.confirm_answers.append(True)
    _key(qtbot, window, Qt.Key.Key_X)
    assert _named(_file(path), "政企客户部") == []
    window.tree.select_unit(market.id)
    _key(qtbot, window, Qt.Key.Key_V)
    moved = _named(_file(path), "政企客户部")
    assert len(moved) == 1 and moved[0].parent_id == market.id


def test_paste_of_foreign_clipboard_data_warns_and_changes_nothing(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction
) -> None:
    from PySide6.QtCore import QByteArray, QMimeData

    path = _path(window)
    before = _file(path).snapshot()
    mime = QMimeData()
    mime.setData(MIME_TYPE, QByteArray(b'{"format": "orgdesk-subtree", "version": 1, "units": [{"name": 7}]}'))
    QGuiApplication.clipboard().setMimeData(mime)
    _key(qtbot, window, Qt.Key.Key_V)
    assert interaction.warnings and "does not hold units copied from OrgDesk" in interaction.warnings[-1][1]
    assert _file(path).snapshot() == before


def test_the_chart_box_context_menu_offers_the_edit_actions(window: MainWindow) -> None:
    session = window.context.session
    assert session is not None
    market = _named(session.document, "市场部")[0]
    menu = window.chart.chart.build_context_menu(market.id)
    assert menu is not None
    names = [action.objectName() for action in menu.actions()]
    for name in (
        "action_add_child",
        "addPostAction",
        "action_copy",
        "action_cut",
        "action_paste",
        "action_rename",
        "action_delete",
    ):
        assert name in names


def test_add_post_from_the_chart_context_menu_adds_a_vacant_post_to_that_unit(window: MainWindow) -> None:
    session = window.context.session
    assert session is not None
    market = _named(session.document, "市场部")[0]
    before = len(session.document.positions_of(market.id))
    window.tree.select_unit(market.id)
    menu = window.chart.chart.build_context_menu(market.id)
    assert menu is not None
    next(a for a in menu.actions() if a.objectName() == "addPostAction").trigger()
    posts = _file(_path(window)).positions_of(market.id)
    assert len(posts) == before + 1 and posts[-1].title == "New post"
    assert window.posts_dock.isVisible()
