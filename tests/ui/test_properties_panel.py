"""The Properties panel through real widgets: fields of a unit, a post and a person, checked as
they are typed (the domain's message beside the field), committed when done, one undo step per
field edited several times in a row."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from orgdesk.domain.extra import extra_fields
from orgdesk.domain.operations import UpdateEntity
from orgdesk.domain.validation import field_error
from orgdesk.ui.main_window import MainWindow
from orgdesk.ui.panels.properties import PropertiesPanel
from orgdesk.ui.panels.properties_fields import (
    ChoiceField,
    CountField,
    DateField,
    ExtraField,
    IdNumberField,
    LineField,
    SuggestField,
    TextField,
)
from tests.ui.conftest import ScriptedInteraction
from tests.ui.panel_helpers import (
    document_of,
    file_document,
    file_of,
    person_named,
    post_named,
    select_unit,
    unit_named,
)

UNIT = "政企客户部"


def _panel(qtbot: QtBot, window: MainWindow, unit: str = UNIT) -> PropertiesPanel:
    window.properties_dock.show()
    window.properties_dock.raise_()
    select_unit(qtbot, window, unit)
    qtbot.waitUntil(lambda: window.properties.title.text() == f"Unit: {unit}")
    return window.properties


def _line(panel: PropertiesPanel, field: str) -> LineField:
    editor = panel.fields[field]
    assert isinstance(editor, LineField)
    return editor


def _type(qtbot: QtBot, editor: LineField, text: str) -> None:
    """Select all and type `text` (insert: keyClicks cannot type Chinese)."""
    editor.line.setFocus()
    editor.line.selectAll()
    if text:
        editor.line.insert(text)
    else:
        qtbot.keyClick(editor.line, Qt.Key.Key_Backspace)


def _show_post(window: MainWindow, title: str) -> None:
    posts = window.posts
    row = next(r for r in range(posts.model.rowCount()) if posts.model.index(r, 0).data() == title)
    posts.view.setCurrentIndex(posts.model.index(row, 0))
    assert window.properties.title.text() == f"Post: {title}"


def test_a_units_fields(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    unit = unit_named(document_of(window), UNIT)
    assert _line(panel, "name").value() == UNIT
    assert _line(panel, "code").value() == unit.code
    kind = panel.fields["type_id"]
    assert isinstance(kind, ChoiceField) and kind.combo.currentText() == "部门"
    assert (
        isinstance(panel.fields["description"], TextField) and panel.fields["description"].value() == unit.description
    )


def test_an_empty_name_is_flagged_as_typed_and_not_saved(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction
) -> None:
    path = file_of(window)
    before = file_document(path).snapshot()
    panel = _panel(qtbot, window)
    name = _line(panel, "name")
    _type(qtbot, name, "")
    assert name.error_text() == "The name must not be empty."
    name.line.editingFinished.emit()
    assert file_document(path).snapshot() == before
    assert name.error_text() == "The name must not be empty."  # still shown, nothing stored
    assert not interaction.warnings  # shown beside the field, not in a dialog
    _type(qtbot, name, "政企客户中心")
    assert name.error_text() == ""
    qtbot.keyClick(name.line, Qt.Key.Key_Return)
    assert unit_named(file_document(path), "政企客户中心").id == unit_named(document_of(window), "政企客户中心").id
    assert window.tree_model.index_of_unit(unit_named(document_of(window), "政企客户中心").id).data() == "政企客户中心"


def test_repeated_edits_of_one_field_are_one_undo_step(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    panel = _panel(qtbot, window)
    steps = window.edits.stack.count()
    code = _line(panel, "code")
    for text in ("ZQ", "ZQB", "ZQB-1"):
        _type(qtbot, code, text)
        qtbot.keyClick(code.line, Qt.Key.Key_Return)
    assert unit_named(file_document(path), UNIT).code == "ZQB-1"
    assert window.edits.stack.count() == steps + 1
    window.edits.stack.undo()
    assert unit_named(file_document(path), UNIT).code == unit_named(document_of(window), UNIT).code != "ZQB-1"
    assert code.value() == unit_named(document_of(window), UNIT).code  # the field follows the undo
    window.edits.stack.redo()
    assert code.value() == "ZQB-1"


def test_unit_type_from_the_documents_types(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    panel = _panel(qtbot, window)
    kind = panel.fields["type_id"]
    assert isinstance(kind, ChoiceField)
    names = [kind.combo.itemText(i) for i in range(kind.combo.count())]
    assert names[0] == "(no type)" and "中心" in names
    kind.combo.setCurrentIndex(names.index("中心"))
    kind.combo.activated.emit(names.index("中心"))
    document = file_document(path)
    assert document.unit_type(unit_named(document, UNIT).type_id).name == "中心"  # type: ignore[union-attr]


def test_a_posts_headcount_and_a_reports_to_cycle(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    _panel(qtbot, window)
    window.posts_dock.show()
    _show_post(window, "政企客户部经理")
    panel = window.properties
    headcount = panel.fields["headcount"]
    assert isinstance(headcount, CountField) and headcount.spin.minimum() == 0
    headcount.spin.setValue(2)
    headcount.spin.editingFinished.emit()
    assert post_named(file_document(path), UNIT, "政企客户部经理").headcount == 2
    reports_to = panel.fields["reports_to_id"]
    assert isinstance(reports_to, ChoiceField)
    shown = [reports_to.combo.itemText(i) for i in range(reports_to.combo.count())]
    assert reports_to.combo.currentText() == "总经理 — 某电信分公司"
    # 营销分析 reports to this post: making this post report to it would close a loop.
    row = shown.index("营销分析 — 政企客户部")
    reports_to.combo.setCurrentIndex(row)
    reports_to.combo.activated.emit(row)
    assert reports_to.error_text() == "“政企客户部经理” cannot report to “营销分析”: that post already reports to it."
    manager = post_named(file_document(path), UNIT, "政企客户部经理")
    assert manager.reports_to_id == post_named(document_of(window), "某电信分公司", "总经理").id
    row = shown.index("(nobody)")
    reports_to.combo.setCurrentIndex(row)
    reports_to.combo.activated.emit(row)
    assert reports_to.error_text() == ""
    assert post_named(file_document(path), UNIT, "政企客户部经理").reports_to_id is None


def test_a_persons_code_dates_gender_and_assignment_kind(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    _panel(qtbot, window)
    people = window.people
    people.search.setText("周九")
    people.view.setCurrentIndex(people.proxy.index(0, 0))
    panel = window.properties
    assert panel.title.text() == "Person: 周九"
    code = _line(panel, "code")
    _type(qtbot, code, "E0001")
    assert code.error_text() == "Employee number E0001 is already used by 张三."
    _type(qtbot, code, "E9001")
    code.line.editingFinished.emit()
    assert person_named(file_document(path), "周九").code == "E9001"

    born = panel.fields["birth_date"]
    assert isinstance(born, DateField)
    born.date.setDate(QDate(1990, 5, 6))
    born.date.editingFinished.emit()
    assert person_named(file_document(path), "周九").birth_date == date(1990, 5, 6)
    born.clear.click()
    assert born.date.text() == "—"
    assert person_named(file_document(path), "周九").birth_date is None

    gender = panel.fields["gender"]
    assert isinstance(gender, ChoiceField)
    row = gender.combo.findData("F")
    gender.combo.setCurrentIndex(row)
    gender.combo.activated.emit(row)
    assert person_named(file_document(path), "周九").gender == "F"

    holding = panel.findChild(ChoiceField, f"assignment_{_part_time_of(window, '周九')}")
    assert isinstance(holding, ChoiceField) and holding.combo.currentText() == "Part-time"
    row = holding.combo.findData("acting")
    holding.combo.setCurrentIndex(row)
    holding.combo.activated.emit(row)
    assignment = file_document(path).get("assignment", _part_time_of(window, "周九"))
    assert assignment is not None and assignment.kind == "acting"  # type: ignore[union-attr]
    assert window.commands.undo is not None and window.commands.undo.text() == "Undo Change “周九”"


def _part_time_of(window: MainWindow, name: str) -> int:
    document = document_of(window)
    person = person_named(document, name)
    return next(a.id for a in document.assignments_of_person(person.id) if a.kind != "primary")


def test_field_error_is_the_domains_rule(window: MainWindow) -> None:
    document = document_of(window)
    unit = unit_named(document, UNIT)
    error = field_error(document, "unit", unit.id, "name", "  ")
    assert error is not None and error.english() == "The name must not be empty."
    assert field_error(document, "unit", unit.id, "name", "新名字") is None
    assert document.unit(unit.id).name == UNIT  # checking changed nothing


def test_read_only_document_disables_the_fields(qtbot: QtBot, window: MainWindow) -> None:
    session = window.context.session
    assert session is not None
    session.store.readonly = True
    panel = _panel(qtbot, window, "市场部")
    assert not panel.fields["name"].isEnabled()
    assert not window.posts.add_post_action.isEnabled() and not window.people.add_action.isEnabled()
    panel.show_person(person_named(document_of(window), "张三").id)
    assert panel.title.text() == "Person: 张三" and not panel.fields["code"].isEnabled()
    panel.show_unit(None, None)
    assert not panel.hint.isHidden() and not panel.fields


def test_roster_fields_of_a_person_and_the_id_number_masked_until_edited(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    _panel(qtbot, window)
    person = person_named(document_of(window), "周九")
    extra = '{"籍贯":"广东广州","职称":"工程师"}'
    window.edits.run_edit(UpdateEntity("person", person.id, {"id_number": "44010619900101123X", "extra": extra}))
    window.properties.show_person(person.id)
    panel = window.properties
    id_number = panel.fields["id_number"]
    assert isinstance(id_number, IdNumberField)
    assert id_number.line.text() == "440106********123X", "masked on screen"
    id_number.line.setFocus()
    qtbot.waitUntil(id_number.line.hasFocus)
    assert id_number.line.text() == "44010619900101123X", "whole while edited"
    id_number.line.selectAll()
    id_number.line.insert("440106199001011234")
    id_number.line.editingFinished.emit()
    assert person_named(file_document(path), "周九").id_number == "440106199001011234"

    employment = panel.fields["employment_type"]
    assert isinstance(employment, SuggestField)
    completer = employment.line.completer()
    assert completer is not None and "Agency staff" in completer.model().stringList()  # type: ignore[attr-defined]
    _type(qtbot, employment, "Agency staff")
    employment.line.editingFinished.emit()
    assert person_named(file_document(path), "周九").employment_type == "Agency staff"

    kept = panel.fields["extra"]
    assert isinstance(kept, ExtraField) and kept.table.rowCount() == 2
    assert [kept.table.item(r, 0).text() for r in range(2)] == ["籍贯", "职称"]  # type: ignore[union-attr]
    kept.table.item(1, 1).setText("高级工程师")  # type: ignore[union-attr]
    assert extra_fields(person_named(file_document(path), "周九")) == {"籍贯": "广东广州", "职称": "高级工程师"}


def test_a_person_without_kept_columns_shows_no_empty_table(qtbot: QtBot, window: MainWindow) -> None:
    _panel(qtbot, window)
    window.properties.show_person(person_named(document_of(window), "周九").id)
    assert "extra" not in window.properties.fields
