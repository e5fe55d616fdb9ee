"""The comparison window: chart coloured by change, change list, totals; choosing a change selects
it here and in the main window; big comparisons run in a worker; exports."""

from __future__ import annotations

import time
from pathlib import Path

import openpyxl
import pytest
from pytestqt.qtbot import QtBot

from orgdesk.domain.compare import ChangeKind
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Position, Unit
from orgdesk.domain.operations import RenameScenario
from orgdesk.layout.compare_chart import ADDED_COLOUR, MOVED_COLOUR, REMOVED_COLOUR
from orgdesk.ui.compare import window as compare_module
from orgdesk.ui.compare.window import CompareWindow
from orgdesk.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedInteraction


def _document(window: MainWindow) -> Document:
    session = window.context.session
    assert session is not None
    return session.document


def _id(window: MainWindow, name: str) -> int:
    scenario = _document(window).scenario_named(name)
    assert scenario is not None
    return scenario.id


def _open(window: MainWindow, before: str, after: str) -> CompareWindow:
    launcher = window.scenario_actions.compare
    assert launcher is not None
    shown = launcher.open(_id(window, before), _id(window, after))
    assert shown is not None and shown.comparison is not None
    return shown


def _box(compare: CompareWindow, name: str) -> int:
    chart = compare.comparison.chart if compare.comparison else None
    assert chart is not None
    found = [u for u in chart.layout.boxes if chart.cards[u].name == name and u not in chart.ghosts]
    return found[0]


def test_compare_action_opens_current_against_the_shown_scenario(qtbot: QtBot, window: MainWindow) -> None:
    window.show_scenario(_id(window, "前后端型"))
    launcher = window.scenario_actions.compare
    assert launcher is not None
    launcher.action.trigger()
    compare = launcher.compare_window
    assert compare is not None and compare.isVisible()
    assert (compare.from_combo.currentText(), compare.to_combo.currentText()) == ("现行架构 (current)", "前后端型")
    assert compare.comparison is not None
    assert compare.summary.text().startswith(f"{len(compare.comparison.report.entries)} changes from “现行架构”")


def test_the_bpr_model_chart_is_coloured_by_change_with_the_removed_units_ghosted(window: MainWindow) -> None:
    compare = _open(window, "现行架构", "前后端型")
    chart = compare.chart
    big_customers = chart.items_by_unit[_box(compare, "大客户")]
    assert big_customers.card.colour == ADDED_COLOUR
    ghosts = [item for item in chart.items_by_unit.values() if item.opacity() < 1]
    assert {item.card.name for item in ghosts} == {
        "市场部",
        "政企客户部",
        "公众客户部",
        "客户服务部",
        "10000号运营中心",
    }
    assert all(item.card.colour == REMOVED_COLOUR for item in ghosts)
    assert "Added 18" in compare.legend.text() and "Removed (faded) 5" in compare.legend.text()
    groups = [compare.changes.topLevelItem(i).text(0) for i in range(compare.changes.topLevelItemCount())]
    assert groups[0].startswith("Units (") and any(g.startswith("Duties (") for g in groups)
    rows = compare.totals.cell_texts()
    assert rows[-1][0] == "All: 某电信分公司" and rows[-1][1] == "6 → 19 (+13)"


def test_moved_units_are_blue(window: MainWindow) -> None:
    compare = _open(window, "产品主导型", "前后端型")
    moved = [i for i in compare.chart.items_by_unit.values() if i.card.colour == MOVED_COLOUR]
    assert {item.card.name for item in moved} == {"商业客户", "公众客户"}


def test_choosing_a_change_selects_it_in_the_chart_and_in_the_main_window(qtbot: QtBot, window: MainWindow) -> None:
    compare = _open(window, "现行架构", "前后端型")
    document = _document(window)
    assert compare.comparison is not None
    units = compare.comparison.report.of_kind("unit")
    entry = next(e for e in units if e.change == ChangeKind.ADDED and e.params["name"] == "大客户")
    assert compare.changes.select_entry(entry)  # as a click on the row does
    unit_id = entry.after[0]
    assert compare.chart.selected_unit() == unit_id
    assert window.tree_model.scenario_id == _id(window, "前后端型")  # the main window switched scenario
    assert window.tree.current_unit_id() == unit_id
    assert window.scenarios.currentText() == "前后端型"

    # a removed post: the main window goes back to the 'from' scenario and shows the post's unit
    removed = next(e for e in compare.comparison.report.of_kind("position") if e.change == ChangeKind.REMOVED)
    assert compare.changes.select_entry(removed)
    post = document.get("position", removed.before[0])
    assert isinstance(post, Position)
    assert window.tree_model.scenario_id == _id(window, "现行架构")
    assert window.tree.current_unit_id() == post.unit_id
    assert compare.chart.selected_unit() == post.unit_id  # its unit was removed: the ghost box


def test_clicking_a_box_selects_its_change(window: MainWindow) -> None:
    compare = _open(window, "现行架构", "前后端型")
    unit_id = _box(compare, "营销中心")
    compare.chart.items_by_unit[unit_id].setSelected(True)
    current = compare.changes.currentItem()
    assert current is not None and "营销中心" in current.text(1)
    unit = _document(window).get("unit", unit_id)
    assert isinstance(unit, Unit) and window.tree.current_unit_id() == unit.id


def test_a_big_comparison_runs_in_the_background_with_progress(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(compare_module, "BACKGROUND_UNITS", 0)
    launcher = window.scenario_actions.compare
    assert launcher is not None
    compare = launcher.open(_id(window, "现行架构"), _id(window, "客户主导型"))
    assert compare is not None
    qtbot.waitUntil(lambda: compare.comparison is not None, timeout=10_000)
    assert compare.compare_button.isEnabled() and compare.changes.topLevelItemCount() > 0


def test_cancel_leaves_no_result(qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compare_module, "BACKGROUND_UNITS", 0)
    real = compare_module.compare_scenarios

    def slow(*args: object, **kwargs: object) -> object:
        progress = kwargs["progress"]
        assert callable(progress)
        for _ in range(200):
            progress(0, 1000)
            time.sleep(0.01)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(compare_module, "compare_scenarios", slow)
    compare = CompareWindow(window)
    qtbot.addWidget(compare)
    compare.set_scenarios(_id(window, "现行架构"), _id(window, "前后端型"))
    compare.run_compare()
    assert compare.runner.busy()
    worker = next(iter(compare.runner._workers))
    worker.cancelled = True  # what the dialog's Cancel button sets
    qtbot.waitUntil(lambda: not compare.runner.busy(), timeout=10_000)
    assert compare.comparison is None and compare.changes.topLevelItemCount() == 0


def test_exports_from_the_window(tmp_path: Path, window: MainWindow, interaction: ScriptedInteraction) -> None:
    compare = _open(window, "现行架构", "前后端型")
    interaction.save_answers.extend([tmp_path / "对照表.xlsx", tmp_path / "对照.pdf"])
    assert compare.exports.export_xlsx() == tmp_path / "对照表.xlsx"
    suggested = interaction.save_suggestions[-1]
    assert suggested is not None and suggested.name == "现行架构-前后端型-comparison.xlsx"
    book = openpyxl.load_workbook(tmp_path / "对照表.xlsx", read_only=True)
    assert book.sheetnames == ["Totals", "Changes"]
    assert compare.exports.export_pdf() == tmp_path / "对照.pdf"
    assert (tmp_path / "对照.pdf").read_bytes().startswith(b"%PDF")
    assert compare.summary.text() == f"Wrote {tmp_path / '对照.pdf'}"


def test_a_deleted_window_stops_following_the_document(qtbot: QtBot, window: MainWindow) -> None:
    """A language switch deletes the main window with its comparison window, without closing it."""
    compare = _open(window, "现行架构", "前后端型")
    launcher = window.scenario_actions.compare
    assert launcher is not None
    launcher.compare_window = None
    compare.deleteLater()
    qtbot.waitUntil(lambda: not window.findChildren(CompareWindow), timeout=5_000)
    scenario = _document(window).scenario_named("前后端型")
    assert scenario is not None
    assert window.edits.run_edit(RenameScenario(scenario.id, "方案B"))  # no notice reaches the deleted window


def test_an_edit_after_the_comparison_marks_it_out_of_date(window: MainWindow) -> None:
    compare = _open(window, "现行架构", "前后端型")
    scenario = _document(window).scenario_named("前后端型")
    assert scenario is not None
    assert window.edits.run_edit(RenameScenario(scenario.id, "方案B"))
    assert compare.summary.text().startswith("The document changed after this comparison")
    assert compare.to_combo.currentText() == "方案B"  # the combos follow the rename
