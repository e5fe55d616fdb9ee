"""Editing the tree through real widgets: context menu, in-place rename, delete, drag-and-drop, undo.

Every check of the document reads the file afresh, so it tests what was committed, not
what the window holds in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QMenu
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from orgdesk import app as application
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit
from orgdesk.domain.operations import MoveUnit, UpdateEntity
from orgdesk.store.store import Store
from orgdesk.ui.context import AppContext
from orgdesk.ui.editing import error_message
from orgdesk.ui.main_window import MainWindow
from orgdesk.ui.tree.model import NAME
from tests.ui.conftest import ScriptedInteraction

MOVE = Qt.DropAction.MoveAction


# ----- helpers -------------------------------------------------------------------------
def _file(path: Path) -> Document:
    """The document as the file holds it now (a fresh, read-only load)."""
    with Store.open(path, readonly=True) as store:
        return store.load(lazy=False)


def _unit(document: Document, name: str) -> Unit:
    scenario = document.current_scenario()
    assert scenario is not None
    found = [u for u in document.units_of_scenario(scenario.id) if u.name == name]
    assert len(found) == 1, name
    return found[0]


def _children(document: Document, name: str) -> list[str]:
    unit = _unit(document, name)
    return [child.name for child in document.children(unit.scenario_id, unit.id)]


def _index(window: MainWindow, name: str, column: int = NAME) -> QModelIndex:
    session = window.context.session
    assert session is not None
    index = window.tree_model.index_of_unit(_unit(session.document, name).id, column)
    assert index.isValid()
    return index


def _select(window: MainWindow, name: str) -> QModelIndex:
    index = _index(window, name)
    assert window.tree.select_unit(index.internalId())
    return index


def _menu_action(window: MainWindow, name: str, object_name: str) -> QAction:
    """The action of the tree's context menu opened on the unit `name`."""
    tree = window.tree
    menu = tree.build_context_menu(tree.visualRect(_index(window, name)).center())
    found = [a for a in menu.actions() if a.objectName() == object_name]
    assert found, [a.objectName() for a in menu.actions()]
    assert window.tree.currentIndex().data() == name  # the menu acts on the unit clicked
    return found[0]


def _editor(qtbot: QtBot, window: MainWindow) -> QLineEdit:
    qtbot.waitUntil(lambda: window.tree.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    return editor


def _activate(qtbot: QtBot, window: MainWindow) -> None:
    """Window shortcuts (Ctrl+Z) only fire in the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def _path(window: MainWindow) -> Path:
    session = window.context.session
    assert session is not None
    return session.store.path


# ----- add, rename in place, undo, redo ----------------------------------------------------
def test_add_a_child_from_the_context_menu_rename_it_in_place_undo_and_redo(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    path = _path(window)
    before = _file(path).snapshot()
    _activate(qtbot, window)

    _menu_action(window, "政企客户部", "action_add_child").trigger()
    # The new unit is current, with its default name, and its name editor is open.
    assert _children(_file(path), "政企客户部") == ["New unit"]
    editor = _editor(qtbot, window)
    assert editor.text() == "New unit"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # keep the default name for now
    qtbot.waitUntil(lambda: window.tree.state() != QAbstractItemView.State.EditingState)
    assert window.tree.currentIndex().data() == "New unit"

    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    editor = _editor(qtbot, window)
    editor.selectAll()
    # Chinese arrives through an input method, which QTest cannot type (its key clicks are ASCII).
    editor.insert("大客户室")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.tree.currentIndex().data() == "大客户室")
    assert _children(_file(path), "政企客户部") == ["大客户室"]
    assert window.details.toPlainText().splitlines()[0].endswith("大客户室")
    undo, redo = window.commands.undo, window.commands.redo
    assert undo is not None and redo is not None
    assert undo.text() == "Undo Rename “New unit” to “大客户室”"
    qtmodeltester.check(window.tree_model)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _children(_file(path), "政企客户部") == ["New unit"]
    assert undo.text() == "Undo Add unit “New unit”"
    assert redo.text() == "Redo Rename “New unit” to “大客户室”"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _file(path).snapshot() == before
    assert window.tree_model.rowCount(_index(window, "政企客户部")) == 0
    assert not undo.isEnabled()

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _children(_file(path), "政企客户部") == ["大客户室"]
    assert window.tree_model.index(0, NAME, _index(window, "政企客户部")).data() == "大客户室"
    qtmodeltester.check(window.tree_model)


def test_add_a_sibling_from_the_edit_menu_goes_right_after_the_unit(window: MainWindow) -> None:
    _select(window, "市场部")
    assert window.commands.add_sibling.isEnabled()
    window.commands.add_sibling.trigger()
    assert _children(_file(_path(window)), "某电信分公司")[:3] == ["市场部", "New unit", "政企客户部"]
    assert window.tree.currentIndex().data() == "New unit"


def test_edit_actions_apply_only_where_they_can(window: MainWindow) -> None:
    actions = window.commands
    _select(window, "某电信分公司")
    assert actions.add_child.isEnabled() and actions.rename.isEnabled()
    assert not actions.delete.isEnabled() and not actions.add_sibling.isEnabled()  # the top unit stays
    _select(window, "市场部")
    assert actions.delete.isEnabled() and actions.add_sibling.isEnabled()
    assert [key.toString() for key in actions.add_child.shortcuts()] == ["Ctrl+Shift+N", "Ins"]
    assert actions.rename.shortcut().toString() == "F2"
    assert actions.delete.shortcut().toString() == "Del"
    assert actions.undo is not None and actions.redo is not None
    assert actions.undo.shortcut().toString() == "Ctrl+Z"
    assert [key.toString() for key in actions.redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_the_undo_history_dock_lists_the_steps_and_opening_another_document_clears_it(
    window: MainWindow, tmp_path: Path
) -> None:
    dock_toggle = window.undo_dock.toggleViewAction()
    view_menu = window.findChild(QMenu, "viewMenu")
    assert isinstance(view_menu, QMenu) and dock_toggle in view_menu.actions()
    dock_toggle.trigger()
    assert window.undo_dock.isVisible()
    unit_id = _select(window, "市场部").internalId()
    assert window.edits.rename_unit(unit_id, "市场经营部")
    stack = window.edits.stack
    assert stack.count() == 1 and stack.text(0) == "Rename “市场部” to “市场经营部”"
    assert window.undo_view.model().rowCount() == 2  # "<document as opened>" and the edit
    other = tmp_path / "other.orgdesk"
    Store.create(other, _file(_path(window))).close()
    assert window.documents.open_path(other)
    assert stack.count() == 0


# ----- delete -------------------------------------------------------------------------
def test_delete_asks_with_what_goes_with_the_unit_and_undo_restores_it_exactly(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction, qtmodeltester: ModelTester
) -> None:
    path = _path(window)
    before = _file(path).snapshot()
    _select(window, "政企客户部")

    interaction.confirm_answers.append(False)
    window.commands.delete.trigger()
    title, text, accept = interaction.questions[-1]
    assert (title, accept) == ("Delete unit", "Delete")
    assert text == (
        "Delete “政企客户部” with 0 sub-units, 10 posts, 7 people assigned, 58 duties and 18 KPIs? You can undo this."
    )
    assert _file(path).snapshot() == before
    assert window.edits.stack.count() == 0

    interaction.confirm_answers.append(True)
    _menu_action(window, "政企客户部", "action_delete").trigger()
    after = _file(path)
    assert "政企客户部" not in _children(after, "某电信分公司")
    assert window.tree.currentIndex().data() == "某电信分公司"  # the parent, not a random unit
    assert window.commands.undo is not None
    assert window.commands.undo.text() == "Undo Delete unit “政企客户部”"
    qtmodeltester.check(window.tree_model)

    window.edits.stack.undo()
    assert _file(path).snapshot() == before
    assert _index(window, "政企客户部").row() == 1
    window.edits.stack.redo()
    assert "政企客户部" not in _children(_file(path), "某电信分公司")
    assert not interaction.warnings


def test_the_delete_key_asks_first(qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction) -> None:
    _select(window, "市场部")
    _activate(qtbot, window)
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Delete)
    assert interaction.questions and interaction.questions[-1][1].startswith("Delete “市场部” with 0 sub-units")
    assert "市场部" in _children(_file(_path(window)), "某电信分公司")


# ----- drag and drop ----------------------------------------------------------------------
def _drop(window: MainWindow, name: str, row: int, parent_name: str) -> tuple[bool, bool]:
    """Drag `name` and drop it as QTreeView's drop handling does: `canDropMimeData` while
    hovering (the forbidden cursor when False), then `dropMimeData` on release.

    QDrag.exec() runs a platform drag loop that cannot run on the offscreen platform, so
    the test calls the same model methods with the mime data the view would carry.
    """
    model = window.tree_model
    data = model.mimeData([_index(window, name), _index(window, name, 2)])  # a whole row is selected
    parent = _index(window, parent_name)
    allowed = model.canDropMimeData(data, MOVE, row, 0, parent)
    dropped = model.dropMimeData(data, MOVE, row, 0, parent)
    return allowed, dropped


def test_drag_a_unit_onto_another_makes_it_a_child_and_is_undoable(
    window: MainWindow, qtmodeltester: ModelTester
) -> None:
    path = _path(window)
    before = _file(path).snapshot()
    assert window.tree.dragDropMode() == QAbstractItemView.DragDropMode.DragDrop  # posts drop here too
    assert window.tree_model.flags(_index(window, "公众客户部")) & Qt.ItemFlag.ItemIsDragEnabled
    assert not window.tree_model.flags(_index(window, "某电信分公司")) & Qt.ItemFlag.ItemIsDragEnabled

    assert _drop(window, "公众客户部", -1, "市场部") == (True, True)
    after = _file(path)
    assert _children(after, "市场部") == ["公众客户部"]
    assert _children(after, "某电信分公司") == ["市场部", "政企客户部", "客户服务部", "10000号运营中心"]
    assert window.tree_model.index(0, NAME, _index(window, "市场部")).data() == "公众客户部"
    assert window.commands.undo is not None
    assert window.commands.undo.text() == "Undo Move unit “公众客户部”"
    qtmodeltester.check(window.tree_model)

    window.edits.stack.undo()
    assert _file(path).snapshot() == before
    assert window.tree_model.rowCount(_index(window, "市场部")) == 0


def test_a_drop_into_the_units_own_subtree_or_onto_itself_is_refused(window: MainWindow) -> None:
    assert _drop(window, "公众客户部", -1, "市场部") == (True, True)
    path = _path(window)
    before = _file(path).snapshot()
    count = window.edits.stack.count()
    assert _drop(window, "市场部", -1, "公众客户部") == (False, False)  # its own child
    assert _drop(window, "市场部", 0, "公众客户部") == (False, False)
    assert _drop(window, "市场部", -1, "市场部") == (False, False)  # itself
    assert _drop(window, "公众客户部", -1, "市场部") == (False, False)  # already its last child
    assert _file(path).snapshot() == before
    assert window.edits.stack.count() == count


def test_drag_between_siblings_reorders_them_and_is_undoable(window: MainWindow) -> None:
    path = _path(window)
    original = ["市场部", "政企客户部", "公众客户部", "客户服务部", "10000号运营中心"]
    # Dropped between 市场部 and 政企客户部 (row 1 of the root's children).
    assert _drop(window, "客户服务部", 1, "某电信分公司") == (True, True)
    reordered = ["市场部", "客户服务部", "政企客户部", "公众客户部", "10000号运营中心"]
    assert _children(_file(path), "某电信分公司") == reordered
    root = _index(window, "某电信分公司")
    assert [window.tree_model.index(row, NAME, root).data() for row in range(5)] == reordered
    # Downwards: between 公众客户部 and 10000号运营中心 (row 4, counted with the unit itself).
    assert _drop(window, "市场部", 4, "某电信分公司") == (True, True)
    moved_down = ["客户服务部", "政企客户部", "公众客户部", "市场部", "10000号运营中心"]
    assert _children(_file(path), "某电信分公司") == moved_down
    window.edits.stack.undo()
    window.edits.stack.undo()
    assert _children(_file(path), "某电信分公司") == original
    assert _drop(window, "市场部", 0, "某电信分公司") == (False, False)  # where it already is
    assert _drop(window, "市场部", 1, "某电信分公司") == (False, False)


def test_a_drop_from_another_scenario_or_without_a_unit_is_refused(window: MainWindow) -> None:
    model = window.tree_model
    data = model.mimeData([_index(window, "市场部")])
    session = window.context.session
    assert session is not None
    other = next(s for s in session.document.scenarios() if not s.is_current)
    window.show_scenario(other.id)
    target = model.index(0, 0)
    assert not model.canDropMimeData(data, MOVE, -1, 0, target)
    assert not model.canDropMimeData(model.mimeData([]), MOVE, -1, 0, target)
    assert not model.dropMimeData(data, MOVE, -1, 0, target)


# ----- refused edits and merged renames ------------------------------------------------------
def test_a_refused_rename_warns_and_leaves_the_file_unchanged(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction
) -> None:
    path = _path(window)
    before = _file(path).snapshot()
    _select(window, "市场部")
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F2)
    editor = _editor(qtbot, window)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(interaction.warnings))
    assert interaction.warnings == [("The change was not made", "The name must not be empty.")]
    assert _file(path).snapshot() == before
    assert window.edits.stack.count() == 0
    assert _index(window, "市场部").data() == "市场部"


def test_consecutive_renames_of_one_unit_are_one_undo_step(window: MainWindow) -> None:
    path = _path(window)
    before = _file(path).snapshot()
    model = window.tree_model
    assert model.setData(_index(window, "市场部"), "市场经营部")
    assert model.setData(_index(window, "市场经营部"), "市场营销部")
    assert model.setData(_index(window, "市场营销部"), "市场与品牌部")
    stack = window.edits.stack
    assert stack.count() == 1
    assert stack.undoText() == "Rename “市场部” to “市场与品牌部”"  # one step, first to last name
    assert _unit(_file(path), "市场与品牌部")
    # Renaming another unit is a step of its own.
    assert model.setData(_index(window, "政企客户部"), "政企部")
    assert stack.count() == 2
    stack.undo()
    stack.undo()
    assert _file(path).snapshot() == before
    stack.redo()
    assert _unit(_file(path), "市场与品牌部")
    # Renamed back to the name it had: the merged step changes nothing and leaves the history.
    stack.undo()
    assert model.setData(_index(window, "市场部"), "市场部X")
    assert model.setData(_index(window, "市场部X"), "市场部")
    assert stack.count() == 0
    assert _file(path).snapshot() == before


def test_commands_redo_twice_is_harmless(window: MainWindow) -> None:
    unit_id = _select(window, "市场部").internalId()
    assert window.edits.run_edit(MoveUnit(unit_id, _index(window, "公众客户部").internalId()))
    command = window.edits.stack.command(0)
    path = _path(window)
    moved = _file(path).snapshot()
    command.redo()  # already done: nothing happens
    assert _file(path).snapshot() == moved
    window.edits.stack.undo()
    window.edits.stack.redo()
    command.redo()
    assert _file(path).snapshot() == moved


def test_an_edit_of_a_read_only_document_is_refused_with_the_reason(
    window: MainWindow, interaction: ScriptedInteraction
) -> None:
    session = window.context.session
    assert session is not None
    session.store.readonly = True
    assert not window.edits.run_edit(
        UpdateEntity("unit", _select(window, "市场部").internalId(), {"name": "市场经营部"})
    )
    assert interaction.warnings and "is read-only" in interaction.warnings[-1][1]
    assert window.edits.stack.count() == 0


# ----- Chinese ----------------------------------------------------------------------------
@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = application.install_translators(qapp, "zh_CN")
    assert translators, "the compiled catalogue is missing (run scripts/translations.py)"
    yield
    application.remove_translators(qapp, translators)


def test_undo_texts_and_warnings_in_chinese(
    chinese: None, qtbot: QtBot, context: AppContext, sample_path: Path, interaction: ScriptedInteraction
) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.documents.open_path(sample_path)
    market = _index(window, "市场部").internalId()
    assert window.edits.run_edit(MoveUnit(_index(window, "公众客户部").internalId(), market))
    assert window.commands.undo is not None and window.commands.redo is not None
    assert window.commands.undo.text() == "撤销 移动部门“公众客户部”"
    window.edits.stack.undo()
    assert window.commands.redo.text() == "重做 移动部门“公众客户部”"
    window.tree.select_unit(market)
    window.commands.add_child.trigger()
    assert _children(_file(sample_path), "市场部") == ["新部门"]
    assert not window.edits.rename_unit(market, "  ")
    title, text = interaction.warnings[-1]
    assert "name" not in text and "名称" in text, text
    assert title != "The change was not made"
    interaction.confirm_answers.append(False)
    window.tree.select_unit(_index(window, "政企客户部").internalId())
    window.commands.delete.trigger()
    assert interaction.questions[-1][1].startswith("删除“政企客户部”")
    texts: dict[str, Any] = {action.objectName(): action.text() for action in window.findChildren(QAction)}
    assert "Undo" not in texts.values()


def test_error_messages_translate_field_names(chinese: None) -> None:
    from orgdesk.domain.rules import EMPTY_NAME, RuleViolation

    assert "name" not in error_message(RuleViolation(EMPTY_NAME, field="name"))
