"""The Posts panel through real widgets: the table, vacancies, add/remove/reorder/编制 in place,
drags of a post (within the table, onto a unit of the tree) and of a person onto a post."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QApplication, QLineEdit, QSpinBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from orgdesk.domain.entities import AssignmentKind
from orgdesk.ui.main_window import MainWindow
from orgdesk.ui.mime import POSITION_MIME_TYPE, person_mime, position_mime
from orgdesk.ui.panels.posts import PostsPanel
from orgdesk.ui.panels.posts_model import FILLED, HEADCOUNT, HOLDERS, OVER_BACKGROUND, TITLE, VACANT_BACKGROUND
from orgdesk.ui.tree.model import NAME
from tests.ui.conftest import ScriptedInteraction
from tests.ui.panel_helpers import (
    document_of,
    drag_over,
    drop_at,
    file_document,
    file_of,
    person_named,
    post_named,
    select_unit,
    titles,
    unit_named,
)

MOVE, COPY = Qt.DropAction.MoveAction, Qt.DropAction.CopyAction
UNIT = "政企客户部"
ORIGINAL = [
    "政企客户部经理",
    "营销分析",
    "营销策划",
    "行业经理",
    "客户经理",
    "销售经理",
    "售前支持",
    "项目经理",
    "一站服务",
    "商务经理",
]


def _panel(qtbot: QtBot, window: MainWindow, unit: str = UNIT) -> PostsPanel:
    window.posts_dock.show()
    window.posts_dock.raise_()
    select_unit(qtbot, window, unit)
    return window.posts


def _row_point(panel: PostsPanel, row: int, where: str = "middle") -> QPoint:
    rect = panel.view.visualRect(panel.model.index(row, TITLE))
    if where == "top":
        return QPoint(rect.center().x(), rect.top() + 1)
    return rect.center()


def test_the_units_posts_with_holders_and_vacancies(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    panel = _panel(qtbot, window)
    model = panel.model
    assert [model.index(r, TITLE).data() for r in range(model.rowCount())] == ORIGINAL
    manager, analyst, account = model.index(0, HOLDERS), model.index(1, HOLDERS), model.index(4, HOLDERS)
    assert manager.data() == "王五" and model.index(0, FILLED).data() == 1
    assert analyst.data() == "周九 (part-time)"  # 兼职 does not count as 在岗
    assert model.index(1, FILLED).data() == 0
    assert account.data() == "冯十三, 陈十四" and model.index(4, HEADCOUNT).data() == 4
    assert model.index(0, TITLE).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(4, TITLE).data(Qt.ItemDataRole.BackgroundRole).color() == VACANT_BACKGROUND
    assert "2 vacant" in model.index(4, TITLE).data(Qt.ItemDataRole.ToolTipRole)
    assert panel.summary.text() == "政企客户部: 10 posts · headcount 20 · filled 6 · vacant 14"
    qtmodeltester.check(model)


def test_selecting_a_post_shows_it_in_properties(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    with qtbot.waitSignal(panel.position_selected) as signal:
        panel.view.setCurrentIndex(panel.model.index(2, TITLE))
    assert signal.args == [post_named(document_of(window), UNIT, "营销策划").id]
    assert window.properties.title.text() == "Post: 营销策划"
    assert window.people.target_post() is not None and window.people.target_post().title == "营销策划"  # type: ignore[union-attr]


def test_add_post_action_then_type_its_title_undo_redo(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    panel = _panel(qtbot, window)
    window.activateWindow()
    panel.add_post_action.trigger()
    assert titles(file_document(path), UNIT) == [*ORIGINAL, "New post"]
    qtbot.waitUntil(lambda: panel.view.state() == QAbstractItemView.State.EditingState)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    editor.insert("渠道经理")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.waitUntil(lambda: titles(file_document(path), UNIT) == [*ORIGINAL, "渠道经理"])
    window.edits.stack.undo()
    window.edits.stack.undo()
    assert titles(file_document(path), UNIT) == ORIGINAL
    window.edits.stack.redo()
    assert titles(file_document(path), UNIT) == [*ORIGINAL, "New post"]


def test_headcount_in_place_two_edits_are_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    panel = _panel(qtbot, window)
    steps = window.edits.stack.count()
    for value in (5, 6):
        index = panel.model.index(4, HEADCOUNT)
        panel.view.setCurrentIndex(index)
        panel.view.edit(index)
        spin = panel.view.findChild(QSpinBox, "headcountEditor")
        assert isinstance(spin, QSpinBox) and spin.minimum() == 0  # no negative 编制 to type
        spin.setValue(value)
        panel.view.commitData(spin)
        panel.view.closeEditor(spin, QAbstractItemDelegate.EndEditHint.NoHint)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the closed editor goes away
    assert post_named(file_document(path), UNIT, "客户经理").headcount == 6
    assert window.edits.stack.count() == steps + 1
    window.edits.stack.undo()
    assert post_named(file_document(path), UNIT, "客户经理").headcount == 4


def test_remove_asks_first_and_undo_restores_the_holders(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction
) -> None:
    path = file_of(window)
    before = file_document(path).snapshot()
    panel = _panel(qtbot, window)
    panel.view.setCurrentIndex(panel.model.index(4, TITLE))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)  # answered Cancel
    assert interaction.questions[-1][1].startswith("Remove the post “客户经理”? Its 2 holders")
    assert file_document(path).snapshot() == before
    interaction.confirm_answers.append(True)
    assert panel.remove_post()
    assert "客户经理" not in titles(file_document(path), UNIT)
    window.edits.stack.undo()
    assert file_document(path).snapshot() == before


def test_reorder_with_keys_buttons_and_drags(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    panel = _panel(qtbot, window)
    panel.view.setCurrentIndex(panel.model.index(0, TITLE))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(file_document(path), UNIT)[:2] == ["营销分析", "政企客户部经理"]
    assert panel.current_position() is not None and panel.current_position().title == "政企客户部经理"  # type: ignore[union-attr]
    panel.up_action.trigger()
    assert titles(file_document(path), UNIT) == ORIGINAL
    # Drag the first row and release it on the top edge of row 3 (between 营销策划 and 行业经理).
    data = panel.model.mimeData([panel.model.index(0, TITLE)])
    assert data.hasFormat(POSITION_MIME_TYPE)
    assert drag_over(panel.view, data, _row_point(panel, 3, "top"), MOVE)
    assert drop_at(panel.view, data, _row_point(panel, 3, "top"), MOVE)
    assert titles(file_document(path), UNIT)[:4] == ["营销分析", "营销策划", "政企客户部经理", "行业经理"]
    window.edits.stack.undo()
    assert titles(file_document(path), UNIT) == ORIGINAL
    # Dropped where it already is: refused, nothing recorded.
    steps = window.edits.stack.count()
    assert not panel.model.canDropMimeData(data, MOVE, 0, 0, QModelIndex())
    assert not panel.model.canDropMimeData(data, MOVE, 1, 0, QModelIndex())
    assert window.edits.stack.count() == steps


def test_drag_a_post_onto_a_unit_in_the_tree_moves_it(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    before = file_document(path).snapshot()
    panel = _panel(qtbot, window)
    data = panel.model.mimeData([panel.model.index(2, TITLE), panel.model.index(2, HOLDERS)])  # a whole row
    tree, model = window.tree, window.tree_model
    market = model.index_of_unit(unit_named(document_of(window), "市场部").id, NAME)
    own = model.index_of_unit(unit_named(document_of(window), UNIT).id, NAME)
    assert not drag_over(tree, data, tree.visualRect(own).center(), MOVE)  # its own unit: forbidden
    assert drag_over(tree, data, tree.visualRect(market).center(), MOVE)
    assert drop_at(tree, data, tree.visualRect(market).center(), MOVE)
    after = file_document(path)
    assert titles(after, "市场部")[-1] == "营销策划"
    assert "营销策划" not in titles(after, UNIT)
    assert window.commands.undo is not None and window.commands.undo.text() == "Undo Move post “营销策划”"
    assert panel.model.rowCount() == 9  # the panel followed the change notice
    window.edits.stack.undo()
    assert file_document(path).snapshot() == before


def test_forbidden_post_drops_on_the_tree_change_nothing(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    before = file_document(path).snapshot()
    document = document_of(window)
    post = post_named(document, UNIT, "营销策划")
    model = window.tree_model
    market = model.index_of_unit(unit_named(document, "市场部").id, NAME)
    data = position_mime(document, post.id)
    assert not model.canDropMimeData(data, MOVE, 0, 0, market)  # between rows: no unit to go to
    other_document = file_document(path)
    foreign = position_mime(other_document, post.id)  # the same id in another open document
    assert not model.canDropMimeData(foreign, MOVE, -1, 0, market)
    assert not model.dropMimeData(foreign, MOVE, -1, 0, market)
    assert file_document(path).snapshot() == before


def test_drop_a_person_onto_a_post_assigns_them(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    before = file_document(path).snapshot()
    panel = _panel(qtbot, window)
    document = document_of(window)
    newcomer = person_named(document, "卫十六")  # holds 一站服务 as primary: becomes 兼职 here
    data = person_mime(document, newcomer.id)
    target = _row_point(panel, 2)
    assert drag_over(panel.view, data, target, COPY)
    assert drop_at(panel.view, data, target, COPY)
    post = post_named(file_document(path), UNIT, "营销策划")
    held = file_document(path).assignments_of_position(post.id)
    assert [(a.person_id, a.kind) for a in held] == [(newcomer.id, AssignmentKind.CONCURRENT)]
    assert panel.model.index(2, HOLDERS).data() == "卫十六 (part-time)"
    assert not drag_over(panel.view, data, target, COPY)  # holds it already: forbidden
    window.edits.stack.undo()
    assert file_document(path).snapshot() == before


def test_an_overstaffed_post_is_marked(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    index = panel.model.index(0, HEADCOUNT)
    assert panel.model.setData(index, 0)
    assert panel.model.index(0, TITLE).data(Qt.ItemDataRole.BackgroundRole).color() == OVER_BACKGROUND
