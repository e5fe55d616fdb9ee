"""The main window on the sample: tree, details pane, keyboard, scenarios, status bar, title."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt
from pytestqt.qtbot import QtBot

from orgdesk.cli.documents import document_info
from orgdesk.domain.operations import UpdateEntity
from orgdesk.ui.context import AppContext
from orgdesk.ui.main_window import MainWindow
from orgdesk.ui.tree.model import NAME

DEPARTMENTS = ["市场部", "政企客户部", "公众客户部", "客户服务部", "10000号运营中心"]


def _child_names(window: MainWindow, parent: QModelIndex) -> list[str]:
    model = window.tree_model
    return [model.index(row, NAME, parent).data() for row in range(model.rowCount(parent))]


def _department(window: MainWindow, name: str) -> QModelIndex:
    root = window.tree_model.index(0, 0)
    row = _child_names(window, root).index(name)
    return window.tree_model.index(row, NAME, root)


def _click(qtbot: QtBot, window: MainWindow, index: QModelIndex) -> None:
    view = window.tree
    rect = view.visualRect(index)
    assert rect.isValid() and not rect.isEmpty(), "the row must be visible to be clicked"
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _status_numbers(window: MainWindow) -> dict[str, int]:
    numbers = {}
    for name, label in window.status.labels.items():
        assert label.isVisibleTo(window)
        found = re.search(r"(\d+)\s*$", label.text())
        assert found, label.text()
        numbers[name] = int(found.group(1))
    return numbers


def test_sample_opens_with_the_branch_and_its_departments(window: MainWindow) -> None:
    model = window.tree_model
    assert _child_names(window, QModelIndex()) == ["某电信分公司"]
    root = model.index(0, 0)
    assert window.tree.isExpanded(root)  # the first level is open
    assert _child_names(window, root) == DEPARTMENTS
    assert window.windowTitle() == "s.orgdesk — 某电信分公司 — OrgDesk"
    assert window.scenarios.currentText().startswith("现行架构")
    # The top unit is selected, so the pane is not empty.
    assert "某电信分公司" in window.details.toPlainText()


def test_clicking_a_department_shows_its_posts_and_duties(qtbot: QtBot, window: MainWindow) -> None:
    _click(qtbot, window, _department(window, "政企客户部"))
    assert window.tree.current_unit_id() == window.details.unit_id()
    text = window.details.toPlainText()
    assert text.startswith("■ 政企客户部")
    assert "某电信分公司 › 政企客户部" in text
    titles = ["营销分析", "营销策划", "行业经理", "客户经理", "销售经理"]
    titles += ["售前支持", "项目经理", "一站服务", "商务经理"]
    table = text[text.index("Posts (10)") : text.index("Duties")]
    positions = [table.index(title) for title in titles]
    assert positions == sorted(positions)  # in the document's order
    assert "负责本地网政企客户体系的预算执行" in text  # a unit duty
    assert "政企业务收入预算完成率" in text  # a unit KPI
    assert "周九 (concurrent)" in text  # a concurrent holder leaves the post vacant


def test_down_key_moves_the_selection_and_updates_the_pane(qtbot: QtBot, window: MainWindow) -> None:
    _click(qtbot, window, _department(window, "政企客户部"))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_Down)
    assert window.tree.currentIndex().data() == "公众客户部"
    assert window.details.toPlainText().startswith("■ 公众客户部")
    qtbot.keyClick(window.tree, Qt.Key.Key_Up)
    qtbot.keyClick(window.tree, Qt.Key.Key_Up)
    assert window.details.toPlainText().startswith("■ 市场部")


def test_post_sections_open_from_the_posts_table(qtbot: QtBot, window: MainWindow) -> None:
    _click(qtbot, window, _department(window, "客户服务部"))
    details = window.details
    document = window.context.session.document  # type: ignore[union-attr]
    post = next(p for p in document.positions_of(details.unit_id() or 0) if p.title == "服务质量监督")
    assert "负责投诉处理体系建立" not in details.toPlainText()
    details.anchorClicked.emit(f"toggle:{post.id}")  # as a click on the title link does
    assert "负责投诉处理体系建立" in details.toPlainText()
    details.anchorClicked.emit("expand:all")
    assert "Collapse all" in details.toPlainText()
    details.anchorClicked.emit("collapse:all")
    assert "负责投诉处理体系建立" not in details.toPlainText()


def test_switching_scenario_changes_the_tree_and_the_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    document = window.context.session.document  # type: ignore[union-attr]
    current = document.current_scenario()
    assert current is not None
    info = document_info(document, current)
    expected = {
        "units": info["units"],
        "posts": info["positions"],
        "headcount": info["root"]["total_headcount"],
        "filled": info["root"]["total_filled"],
        "vacant": info["root"]["total_headcount"] - info["root"]["total_filled"],
    }
    assert _status_numbers(window) == expected

    combo = window.scenarios
    row = next(r for r in range(combo.count()) if combo.itemText(r) == "前后端型")
    combo.setFocus()
    with qtbot.waitSignal(window.tree_model.modelReset):
        combo.setCurrentIndex(row)
        combo.activated.emit(row)  # as choosing it with the mouse or keyboard does
    root = window.tree_model.index(0, 0)
    assert _child_names(window, root) == ["人力资源", "财务、计费", "IT", "营销中心", "网络中心", "县局"]

    scenario = document.scenario_named("前后端型")
    assert scenario is not None
    info = document_info(document, scenario)
    assert _status_numbers(window) == {
        "units": info["units"],
        "posts": info["positions"],
        "headcount": info["root"]["total_headcount"],
        "filled": info["root"]["total_filled"],
        "vacant": max(0, info["root"]["total_headcount"] - info["root"]["total_filled"]),
    }
    assert window.details.toPlainText().startswith("■ 某电信分公司")


def test_scenario_box_lists_every_scenario_and_marks_the_current_one(window: MainWindow) -> None:
    assert window.scenarios.scenario_names() == ["现行架构 (current)", "前后端型", "产品主导型", "客户主导型"]


def test_an_edit_refreshes_tree_pane_and_status(qtbot: QtBot, window: MainWindow) -> None:
    _click(qtbot, window, _department(window, "政企客户部"))
    session = window.context.session
    assert session is not None
    unit_id = window.tree.current_unit_id()
    assert unit_id is not None
    session.execute(UpdateEntity("unit", unit_id, {"name": "政企客户部（调整）"}))
    assert window.tree.currentIndex().data() == "政企客户部（调整）"
    assert window.details.toPlainText().startswith("■ 政企客户部（调整）")
    position = session.document.positions_of(unit_id)[1]
    before = _status_numbers(window)["headcount"]
    session.execute(UpdateEntity("position", position.id, {"headcount": position.headcount + 5}))
    assert _status_numbers(window)["headcount"] == before + 5
    assert window.tree.currentIndex().siblingAtColumn(2).data() == "25 / 6"


def test_window_layout_is_remembered(qtbot: QtBot, context: AppContext, sample_path: Path) -> None:
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.resize(640, 480)  # fits the offscreen screen, which restoreGeometry clamps to
    first.show()
    qtbot.waitExposed(first)
    first.close()
    settings: QSettings = context.settings
    assert settings.contains("window/geometry") and settings.contains("window/state")
    second = MainWindow(context)
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (640, 480)


def test_about_box_names_the_version(window: MainWindow, interaction: object) -> None:
    window.commands.about.trigger()
    title, text = window.context.interaction.abouts[-1]  # type: ignore[attr-defined]
    assert title == "About OrgDesk"
    assert "OrgDesk 0." in text


def test_standard_shortcuts(window: MainWindow) -> None:
    actions = window.commands
    assert actions.new.shortcut().toString() == "Ctrl+N"
    assert actions.open.shortcut().toString() == "Ctrl+O"
    assert actions.save_as.shortcut().toString() == "Ctrl+Shift+S"
    assert actions.quit.shortcut().toString() == "Ctrl+Q"
