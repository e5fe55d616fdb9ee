"""The People panel through real widgets: search, add/delete, assign (主岗/兼职/代理) and
unassign, the vacancies list, and dragging a person onto a post in the Posts panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from orgdesk.domain.entities import AssignmentKind, Person
from orgdesk.ui.main_window import MainWindow
from orgdesk.ui.mime import PERSON_MIME_TYPE
from orgdesk.ui.panels.people import VACANCIES_TAB, PeoplePanel
from orgdesk.ui.panels.people_model import CODE, NAME, POSTS
from orgdesk.ui.panels.posts_model import HOLDERS, TITLE
from tests.ui.conftest import ScriptedInteraction
from tests.ui.panel_helpers import (
    document_of,
    drop_at,
    file_document,
    file_of,
    person_named,
    post_named,
    select_unit,
)

UNIT = "政企客户部"


def _panel(qtbot: QtBot, window: MainWindow, unit: str = UNIT) -> PeoplePanel:
    window.people_dock.show()
    window.people_dock.raise_()
    select_unit(qtbot, window, unit)
    return window.people


def _shown_names(panel: PeoplePanel) -> list[str]:
    return [panel.proxy.index(row, NAME).data() for row in range(panel.proxy.rowCount())]


def _choose_person(panel: PeoplePanel, name: str) -> Person:
    panel.search.setText(name)
    assert _shown_names(panel) == [name]
    panel.view.setCurrentIndex(panel.proxy.index(0, NAME))
    person = panel.current_person()
    assert person is not None
    return person


def _choose_post(window: MainWindow, title: str) -> None:
    posts = window.posts
    row = next(r for r in range(posts.model.rowCount()) if posts.model.index(r, TITLE).data() == title)
    posts.view.setCurrentIndex(posts.model.index(row, TITLE))


def test_the_roster_searches_by_name_or_number(qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester) -> None:
    panel = _panel(qtbot, window)
    everyone = document_of(window).count("person")
    assert panel.proxy.rowCount() == everyone
    assert panel.proxy.index(0, CODE).data() == "E0001"  # sorted by employee number
    panel.search.insert("王")
    assert _shown_names(panel) == ["王五", "王十二"]
    panel.search.setText("e0003")
    assert _shown_names(panel) == ["王五"]
    panel.search.clear()
    assert panel.proxy.rowCount() == everyone
    qtmodeltester.check(panel.roster)


def test_posts_held_show_how_they_are_held(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    person = _choose_person(panel, "周九")
    row = panel.proxy.index(0, POSTS)
    assert row.data() == "经营分析及预算 (primary); 营销分析 (part-time)"
    assert panel.held.count() == 2
    assert panel.held.item(1).text() == "营销分析 — 政企客户部 (part-time)"
    assert window.properties.title.text() == f"Person: {person.name}"


def test_assign_part_time_then_unassign_with_undo(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    before = file_document(path).snapshot()
    panel = _panel(qtbot, window)
    _choose_post(window, "营销策划")
    assert panel.target.text() == "Post to fill: 营销策划 — 政企客户部"
    person = _choose_person(panel, "王十二")
    assert panel.kind.currentData() == AssignmentKind.CONCURRENT  # holds a primary post already
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    post = post_named(file_document(path), UNIT, "营销策划")
    held = file_document(path).assignments_of_position(post.id)
    assert [(a.person_id, a.kind) for a in held] == [(person.id, "concurrent")]
    assert window.posts.model.index(2, HOLDERS).data() == "王十二 (part-time)"
    assert not panel.assign_action.isEnabled()  # holds it now
    panel.held.setCurrentRow(panel.held.count() - 1)
    assert panel.unassign()
    assert file_document(path).snapshot() == before
    window.edits.stack.undo()
    assert len(file_document(path).assignments_of_position(post.id)) == 1
    window.edits.stack.undo()
    assert file_document(path).snapshot() == before


def test_add_and_delete_a_person(qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction) -> None:
    path = file_of(window)
    panel = _panel(qtbot, window)
    count = file_document(path).count("person")
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Insert)
    added = person_named(file_document(path), "New person")
    assert file_document(path).count("person") == count + 1 and added.code not in ("", "E0001")
    assert panel.current_person() == added
    window.properties.fields["name"].line.setText("钱二十")  # type: ignore[attr-defined]
    window.properties.fields["name"].line.editingFinished.emit()  # type: ignore[attr-defined]
    assert person_named(file_document(path), "钱二十").id == added.id
    assert panel.proxy.index(panel.view.currentIndex().row(), NAME).data() == "钱二十"
    person = _choose_person(panel, "王五")
    interaction.confirm_answers.append(True)
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert "Delete 王五 (E0003)? They leave the 4 posts they hold in all scenarios" in interaction.questions[-1][1]
    assert file_document(path).get("person", person.id) is None
    assert file_document(path).count("assignment") == document_of(window).count("assignment")
    window.edits.stack.undo()
    assert file_document(path).get("person", person.id) == person
    assert _shown_names(panel) == ["王五"]


def test_vacancies_list_and_pick_one(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    panel.tabs.setCurrentIndex(VACANCIES_TAB)
    texts = [panel.vacancy_list.item(row).text() for row in range(panel.vacancy_list.count())]
    assert "客户经理 — 政企客户部: 2 of 4 filled" in texts
    assert not any(text.startswith("政企客户部经理") for text in texts)  # filled
    row = texts.index("客户经理 — 政企客户部: 2 of 4 filled")
    with qtbot.waitSignal(panel.vacancy_chosen):
        panel.vacancy_list.itemClicked.emit(panel.vacancy_list.item(row))
    assert panel.target.text() == "Post to fill: 客户经理 — 政企客户部"
    assert window.properties.title.text() == "Post: 客户经理"
    _choose_person(panel, "孙八")
    panel.kind.setCurrentIndex(panel.kind.findData("primary"))
    assert panel.assign()
    texts = [panel.vacancy_list.item(row).text() for row in range(panel.vacancy_list.count())]
    assert "客户经理 — 政企客户部: 3 of 4 filled" in texts


def test_drag_a_person_from_the_roster_onto_a_post(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    panel = _panel(qtbot, window)
    window.posts_dock.show()
    person = _choose_person(panel, "孙八")
    data = panel.roster.mimeData([panel.proxy.mapToSource(panel.view.currentIndex())])
    assert data.hasFormat(PERSON_MIME_TYPE)
    window.posts_dock.raise_()
    posts = window.posts
    qtbot.waitUntil(posts.view.isVisible)
    target = posts.view.visualRect(posts.model.index(5, TITLE)).center()  # 销售经理
    assert drop_at(posts.view, data, target, Qt.DropAction.CopyAction)
    post = post_named(file_document(path), UNIT, "销售经理")
    held = file_document(path).assignments_of_position(post.id)
    assert [(a.person_id, a.kind) for a in held] == [(person.id, "concurrent")]  # 孙八 already has a 主岗
    assert window.commands.undo is not None and window.commands.undo.text() == "Undo Assign “孙八” to “销售经理”"


def test_sorting_by_name_keeps_the_current_person_and_the_search(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    person = _choose_person(panel, "王五")
    panel.search.setText("王")
    panel.view.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)  # a click on the header does this
    assert _shown_names(panel) == sorted(["王五", "王十二"], reverse=True)
    assert panel.current_person() == person
    panel.search.clear()
    panel.view.sortByColumn(CODE, Qt.SortOrder.AscendingOrder)
    codes = [panel.proxy.index(row, CODE).data() for row in range(panel.proxy.rowCount())]
    assert codes == sorted(codes)
