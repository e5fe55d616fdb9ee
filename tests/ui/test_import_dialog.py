"""File › Import…: the dialog previews mapping, tree and problems; the import is one undoable edit."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QProgressDialog
from pytestqt.qtbot import QtBot

from orgdesk.app import install_translators
from orgdesk.domain.entities import Unit
from orgdesk.domain.progress import Cancelled
from orgdesk.io.importing.plan import ImportPlan
from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import
from orgdesk.io.workbook.writer import write_workbook
from orgdesk.ui.background import BackgroundRunner
from orgdesk.ui.import_dialog import ImportDialog, make_preview
from orgdesk.ui.main_window import MainWindow
from tests.io.hr_sheets import ROSTER_PEOPLE, write_roster_xlsx
from tests.ui.conftest import ScriptedInteraction

REALDATA = Path(__file__).parents[1] / "data" / "realdata"

# A GBK file as Chinese Excel saves CSV: a path column, a manager, headcount; one row without a path.
ROSTER = (
    "组织路径,负责人,编制,备注\n"
    "营销中心,王总,,\n"
    "营销中心/大客户部,李经理,5,\n"
    "营销中心/渠道部,,3,\n"
    "技术中心,,,\n"
    "技术中心/研发部,赵工,2,\n"
    ",孙某,2,没有路径\n"
)


def _units(window: MainWindow) -> dict[int, tuple[str, int | None]]:
    session = window.context.session
    assert session is not None
    scenario = window.tree_model.scenario_id
    assert scenario is not None
    return {unit.id: (unit.name, unit.parent_id) for unit in session.document.units_of_scenario(scenario)}


def _open_dialog(window: MainWindow, interaction: ScriptedInteraction, path: Path) -> ImportDialog:
    interaction.open_answers.append(path)
    window.importing.action.trigger()
    dialog = window.importing.dialog
    assert dialog is not None and dialog.isVisible(), interaction.warnings
    return dialog


@pytest.fixture
def gbk_csv(tmp_path: Path) -> Path:
    path = tmp_path / "花名册.csv"
    path.write_bytes(ROSTER.encode("gbk"))
    return path


def test_import_sits_in_the_file_menu_before_the_export_menu_with_ctrl_i(window: MainWindow) -> None:
    menu = window.menuBar().findChild(QMenu, "fileMenu")
    assert isinstance(menu, QMenu)
    actions = menu.actions()
    action = window.importing.action
    assert actions.index(action) < actions.index(window.export_menu.menuAction())
    assert actions.index(window.commands.save_as) < actions.index(action)
    assert action.shortcut().toString() == "Ctrl+I"


def test_gbk_csv_with_a_path_column_previews_maps_and_imports_as_one_undo_step(
    window: MainWindow, interaction: ScriptedInteraction, gbk_csv: Path, qtbot: QtBot
) -> None:
    before = _units(window)
    stack = window.edits.stack
    steps = stack.count()
    dialog = _open_dialog(window, interaction, gbk_csv)

    # Detected: the path column, manager and headcount; the first rows as the file has them.
    assert dialog.mapping_table.combos["path"].currentText() == "A: 组织路径"
    assert dialog.mapping_table.combos["manager"].currentText() == "B: 负责人"
    cell = dialog.rows_preview.item(1, 0)
    assert cell is not None and cell.text() == "营销中心/大客户部"
    assert dialog.tree_preview.names() == ["营销中心", "大客户部", "渠道部", "技术中心", "研发部"]
    top = dialog.tree_preview.topLevelItem(0)
    assert top is not None and top.isExpanded()

    # The row without a path is listed with its sheet, row number and reason.
    (problem,) = dialog.problems_table.reasons()
    assert problem[:2] == ("花名册", 7)
    assert "no name" in problem[2] and "组织路径" in problem[2]
    assert "Rows that cannot be imported: 1" in dialog.summary.text()
    assert dialog.problems_box.title() == "Problems (rows rejected: 1)"

    # Another column for a field: the path column as plain names makes a flat list.
    dialog.mapping_table.choose("path", -1)
    dialog.mapping_table.choose("name", 0)
    assert dialog.tree_preview.names(depth_limit=0) == [
        "营销中心",
        "营销中心/大客户部",
        "营销中心/渠道部",
        "技术中心",
        "技术中心/研发部",
    ]
    dialog.mapping_table.choose("name", -1)
    dialog.mapping_table.choose("path", 0)
    assert dialog.tree_preview.names() == ["营销中心", "大客户部", "渠道部", "技术中心", "研发部"]

    # Import, skipping the rejected row: one edit, the tree shows the new units.
    assert dialog.skip_rejected()
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert interaction.warnings == []
    assert stack.count() == steps + 1
    added = {name for unit_id, (name, _parent) in _units(window).items() if unit_id not in before}
    assert added == {"营销中心", "大客户部", "渠道部", "技术中心", "研发部"}
    model = window.tree_model
    shown = window.tree.current_unit_id()
    assert shown is not None and _units(window)[shown][0] == "营销中心"
    assert model.index_of_unit(shown).isValid()
    sales = model.index_of_unit(shown)
    assert [model.index(row, 0, sales).data() for row in range(model.rowCount(sales))] == ["大客户部", "渠道部"]

    # One undo removes all of it.
    stack.undo()
    assert _units(window) == before
    assert not model.index_of_unit(shown).isValid()


def test_abort_on_rejected_rows_leaves_the_document_as_it_was(
    window: MainWindow, interaction: ScriptedInteraction, gbk_csv: Path
) -> None:
    before = _units(window)
    steps = window.edits.stack.count()
    dialog = _open_dialog(window, interaction, gbk_csv)
    dialog.abort_radio.setChecked(True)
    dialog.import_button.click()
    assert dialog.isVisible()  # the user can switch to skipping or cancel
    ((_title, text),) = interaction.warnings
    assert "Nothing was imported: some rows cannot be imported (1," in text
    assert _units(window) == before and window.edits.stack.count() == steps
    dialog.reject()
    assert window.importing.dialog is None


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("picture.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "is not an Excel workbook or CSV file"),
        ("empty.csv", b"", "is empty"),
        ("broken.json", b'[{"id": 1,', "is not an Excel workbook or CSV file"),
    ],
)
def test_a_file_that_is_no_spreadsheet_gives_a_message_and_changes_nothing(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    before = _units(window)
    interaction.open_answers.append(path)
    window.importing.action.trigger()
    assert window.importing.dialog is None
    ((title, text),) = interaction.warnings
    assert title == "Import" and expected in text and path.stem in text
    assert _units(window) == before and window.edits.stack.count() == 0


def test_under_the_selected_unit_and_the_maxkey_template_header_on_row_three(
    window: MainWindow, interaction: ScriptedInteraction
) -> None:
    target = next(uid for uid, (name, parent) in _units(window).items() if parent is not None)
    assert window.tree.select_unit(target)
    dialog = _open_dialog(window, interaction, REALDATA / "MaxKey__Orgs_Import_Template.xlsx")
    assert dialog.preview is not None and dialog.preview.mapping is not None
    assert dialog.preview.mapping.header_row == 2  # merged title rows above it
    row_number = dialog.rows_preview.verticalHeaderItem(0)
    assert row_number is not None and row_number.text() == "4"
    assert dialog.tree_preview.names() == ["MaxKey", "人力资源部"]  # the parent named outside the sheet
    dialog.under_check.setChecked(True)
    dialog.import_button.click()
    units = _units(window)
    by_name = {name: (uid, parent) for uid, (name, parent) in units.items()}
    assert by_name["MaxKey"][1] == target and by_name["人力资源部"][1] == by_name["MaxKey"][0]
    session = window.context.session
    assert session is not None
    unit = session.document.get("unit", by_name["人力资源部"][0])
    assert isinstance(unit, Unit) and unit.code == "1000001"


def test_d3_org_chart_people_rows_detected_as_posts_and_json_lists(
    window: MainWindow, interaction: ScriptedInteraction
) -> None:
    dialog = _open_dialog(window, interaction, REALDATA / "org-chart__misc-data.csv")
    assert dialog.rows_combo.currentData() == "auto"
    assert dialog.preview is not None and dialog.preview.plan is not None
    assert dialog.preview.plan.mode == "posts" and dialog.preview.plan.count("position") == 107
    dialog.rows_combo.setCurrentIndex(dialog.rows_combo.findData("units"))
    assert dialog.preview.plan.mode == "units" and dialog.preview.plan.count("unit") == 107
    dialog.reject()
    dialog = _open_dialog(window, interaction, REALDATA / "allusgov__federalregister-raw.json")
    assert dialog.preview is not None and dialog.preview.plan is not None
    assert dialog.preview.plan.count("unit") == 459 and dialog.problems_table.rowCount() == 0
    assert len(dialog.tree_preview.names()) == 200  # the preview stops at 200 units and says so
    assert dialog.tree_preview.hidden == 259
    last = dialog.tree_preview.topLevelItem(dialog.tree_preview.topLevelItemCount() - 1)
    assert last is not None and last.text(0) == "… and 259 more units"
    assert "adds 459 units" in dialog.summary.text()
    dialog.reject()


def test_big_files_are_read_and_planned_in_the_background(
    window: MainWindow, interaction: ScriptedInteraction, gbk_csv: Path, qtbot: QtBot
) -> None:
    window.importing.background_bytes = 0
    interaction.open_answers.append(gbk_csv)
    window.importing.action.trigger()
    qtbot.waitUntil(lambda: window.importing.dialog is not None and window.importing.dialog.preview is not None)
    dialog = window.importing.dialog
    assert dialog is not None
    dialog.background_rows = 0
    dialog.sep_edit.setText("|")  # no separator in the paths: each path is one name
    qtbot.waitUntil(lambda: not window.importing.runner.busy())
    assert "营销中心/大客户部" in dialog.tree_preview.names()
    dialog.reject()


def test_cancel_drops_a_background_job(window: MainWindow, qtbot: QtBot) -> None:
    runner = BackgroundRunner(window)
    outcomes: list[object] = []
    steps: list[int] = []

    def job(progress: object) -> str:
        for step in range(10_000):
            steps.append(step)
            progress(step, 10_000)  # type: ignore[operator]
            time.sleep(0.001)
        return "finished"

    runner.run(job, "working", outcomes.append, outcomes.append, in_background=True)
    qtbot.waitUntil(lambda: len(steps) > 5)
    progress_dialog = window.findChild(QProgressDialog, "importProgress")
    assert isinstance(progress_dialog, QProgressDialog)
    progress_dialog.canceled.emit()  # what its Cancel button sends
    qtbot.waitUntil(lambda: not runner.busy())
    assert outcomes == [] and len(steps) < 10_000


def test_messages_and_problems_in_chinese(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, gbk_csv: Path, qapp: QApplication
) -> None:
    translators = install_translators(qapp, "zh_CN")
    try:
        picture = tmp_path / "图片.xlsx"
        picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
        interaction.open_answers.append(picture)
        window.importing.action.trigger()
        ((_title, text),) = interaction.warnings
        assert "不是 Excel 工作簿或 CSV 文件" in text
        dialog = _open_dialog(window, interaction, gbk_csv)
        ((_sheet, _row, reason),) = dialog.problems_table.reasons()
        assert "组织路径" in reason and "no name" not in reason
        dialog.reject()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def _long_csv(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "很长.csv"
    lines = ["部门编号,上级部门编号,部门名称"] + [f"{n},{n // 2 if n > 1 else ''},部门{n}" for n in range(1, rows + 1)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_a_sheet_over_the_row_limit_is_refused_from_the_background_reader(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from orgdesk.io.importing import reading as tabular_read

    monkeypatch.setattr(tabular_read, "MAX_ROWS", 50_000)  # the same path as 1,000,000 rows, faster
    window.importing.background_bytes = 0
    interaction.open_answers.append(_long_csv(tmp_path, 60_000))
    window.importing.action.trigger()
    qtbot.waitUntil(lambda: bool(interaction.warnings), timeout=20_000)
    ((_title, text),) = interaction.warnings
    assert "at most 50000 can be imported at once" in text and "Split the sheet" in text
    assert window.importing.dialog is None and window.edits.stack.count() == 0


def test_cancel_while_reading_opens_nothing(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, qtbot: QtBot
) -> None:
    window.importing.background_bytes = 0
    interaction.open_answers.append(_long_csv(tmp_path, 20_000))
    window.importing.action.trigger()
    progress_dialog = window.findChild(QProgressDialog, "importProgress")
    assert isinstance(progress_dialog, QProgressDialog)
    progress_dialog.canceled.emit()
    qtbot.waitUntil(lambda: not window.importing.runner.busy(), timeout=20_000)
    assert window.importing.dialog is None and interaction.warnings == []


def test_cancel_while_planning_stops_the_plan_and_leaves_import_disabled(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from orgdesk.ui import import_dialog

    outcomes: list[str] = []

    def watched_plan(*args: Any) -> ImportPlan:
        try:
            plan = plan_import(*args)
        except Cancelled:
            outcomes.append("stopped")
            raise
        outcomes.append("finished")
        return plan

    monkeypatch.setattr(import_dialog, "plan_import", watched_plan)
    window.importing.background_bytes = 1 << 30  # read at once; only planning runs behind the dialog
    dialog = _open_dialog(window, interaction, _long_csv(tmp_path, 20_000))
    qtbot.waitUntil(lambda: not window.importing.runner.busy(), timeout=20_000)  # the first plan
    first = dialog.preview
    assert first is not None and first.error is None and outcomes == ["finished"]
    dialog.background_rows = 0
    dialog.sep_edit.setText("|")  # new options: plan again, in the background
    progress_dialog = window.findChildren(QProgressDialog, "importProgress")[-1]
    assert "Planning the import" in progress_dialog.labelText()
    progress_dialog.canceled.emit()
    qtbot.waitUntil(lambda: not window.importing.runner.busy(), timeout=20_000)
    assert outcomes == ["finished", "stopped"]
    assert dialog.preview is first and not dialog.import_button.isEnabled() and window.edits.stack.count() == 0


def test_a_plan_for_options_changed_since_is_not_shown(
    window: MainWindow, interaction: ScriptedInteraction, gbk_csv: Path
) -> None:
    dialog = _open_dialog(window, interaction, gbk_csv)
    current = dialog.preview
    assert current is not None
    stale = make_preview(dialog.document, dialog.scenario_id, dialog.source, ImportOptions(path_sep="|"))  # type: ignore[arg-type]
    dialog.refresh()  # newer options asked for: a result of the plan before must be dropped
    dialog._show_preview(stale, generation=dialog._generation - 1)
    assert dialog.preview is not stale and "大客户部" in dialog.tree_preview.names()
    dialog.reject()


def test_closing_the_dialog_stops_a_plan_still_running(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, qtbot: QtBot
) -> None:
    window.importing.background_bytes = 1 << 30
    dialog = _open_dialog(window, interaction, _long_csv(tmp_path, 20_000))
    qtbot.waitUntil(lambda: not window.importing.runner.busy(), timeout=20_000)
    first = dialog.preview
    dialog.background_rows = 0
    dialog.sep_edit.setText("|")  # plan again in the background …
    assert window.importing.runner.busy()
    dialog.reject()  # … and close the dialog at once
    qtbot.waitUntil(lambda: not window.importing.runner.busy(), timeout=20_000)
    assert dialog.preview is first and interaction.warnings == [] and window.edits.stack.count() == 0


def test_our_own_workbook_comes_back_with_its_people_through_the_dialog(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, qtbot: QtBot
) -> None:
    session = window.context.session
    assert session is not None
    scenario = session.document.current_scenario()
    assert scenario is not None
    exported = tmp_path / "导出.xlsx"
    write_workbook(session.document, scenario.id, exported, language="zh_CN")
    people = session.document.count("person")
    dialog = _open_dialog(window, interaction, exported)
    assert dialog.preview is not None and dialog.preview.exact_workbook
    assert f"{people} people already in the document take posts" in dialog.summary.text(), dialog.summary.text()
    assert "Update the existing organisation" in dialog.summary.text()


def test_a_roster_with_level_columns_previews_units_posts_and_people(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, qtbot: QtBot
) -> None:
    dialog = _open_dialog(window, interaction, write_roster_xlsx(tmp_path / "花名册.xlsx"))
    assert dialog.mapping_table.combos["level1"].currentText() == "B: 一级部门"
    assert dialog.mapping_table.combos["level3"].currentText() == "D: 三级部门"
    labels = [dialog.mapping_table.item(row, 0).text() for row in range(dialog.mapping_table.rowCount())]  # type: ignore[union-attr]
    assert "Level 2 unit" in labels and "ID card number" in labels
    assert not any("(" in label and "_" in label for label in labels), "no developer keys"
    assert "Column “身份证号” holds" in dialog.problems_table.reasons()[0][2]
    assert f"{len(ROSTER_PEOPLE)} people" in dialog.summary.text()
    assert "网络部" in dialog.tree_preview.names()
    (cable,) = dialog.tree_preview.findItems("光缆班", Qt.MatchFlag.MatchRecursive)
    assert (cable.text(1), cable.text(2)) == ("2", "4"), "posts and people of the unit"


def test_the_monthly_roster_update_through_the_dialog_lists_changes_and_is_one_undo_step(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path, qtbot: QtBot
) -> None:
    from tests.io.test_roster_refresh import _next_month

    session = window.context.session
    assert session is not None
    sample_people = session.document.count("person")  # the sample's: not on the roster, so listed as leavers
    november = write_roster_xlsx(tmp_path / "11月.xlsx")
    dialog = _open_dialog(window, interaction, november)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: window.importing.dialog is None)
    stack = window.edits.stack
    steps = stack.count()
    people = session.document.count("person")

    dialog = _open_dialog(window, interaction, _next_month(november, tmp_path / "12月.xlsx"))
    dialog.update_check.setChecked(True)
    qtbot.waitUntil(
        lambda: dialog.preview is not None and dialog.preview.plan is not None and dialog.preview.plan.mode == "update"
    )
    groups = {
        dialog.tree_preview.topLevelItem(i).text(0): dialog.tree_preview.topLevelItem(i).text(1)  # type: ignore[union-attr]
        for i in range(dialog.tree_preview.topLevelItemCount())
    }
    assert groups["Joined"] == "1" and groups["New units"] == "1"
    assert groups["Left (no longer on the roster)"] == str(sample_people + 1)
    assert f"1 joined, {sample_people + 1} left, 1 moved" in dialog.summary.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: window.importing.dialog is None)
    assert stack.count() == steps + 1 and session.document.count("person") == people + 1
    stack.undo()
    assert session.document.count("person") == people
