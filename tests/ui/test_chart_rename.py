"""Renaming on the chart: double-click a box (or F2 with the chart focused), type, Enter; Esc cancels."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgdesk.domain.document import Document
from orgdesk.store.store import Store
from orgdesk.ui.canvas.rename import BoxNameEditor
from orgdesk.ui.main_window import MainWindow


def _file(path: Path) -> Document:
    with Store.open(path, readonly=True) as store:
        return store.load()


def _names(window: MainWindow) -> set[str]:
    session = window.context.session
    assert session is not None
    document = _file(session.store.path)
    scenario = document.current_scenario()
    assert scenario is not None
    return {u.name for u in document.units_of_scenario(scenario.id)}


def _editor(qtbot: QtBot, window: MainWindow) -> BoxNameEditor:
    qtbot.waitUntil(lambda: window.chart.name_editor is not None)
    editor = window.chart.name_editor
    assert editor is not None and editor.isVisible()
    return editor


def _market_box_centre(window: MainWindow) -> tuple[int, object]:
    item = next(i for i in window.chart.chart.items_by_unit.values() if i.card.name == "市场部")
    return item.unit_id, window.chart.mapFromScene(item.sceneBoundingRect().center())


def test_double_click_a_box_type_a_name_and_press_enter(qtbot: QtBot, window: MainWindow) -> None:
    unit_id, centre = _market_box_centre(window)
    QTest.mouseDClick(window.chart.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
    editor = _editor(qtbot, window)
    assert editor.text() == "市场部" and editor.selectedText() == "市场部"
    editor.insert("市场营销部")  # typed over the selected name
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert "市场营销部" in _names(window) and "市场部" not in _names(window)
    assert window.chart.chart.unit_item(unit_id).card.name == "市场营销部"  # type: ignore[union-attr]
    assert window.commands.undo is not None and "市场营销部" in window.commands.undo.text()


def test_escape_cancels_and_f2_on_the_focused_chart_opens_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    unit_id, _centre = _market_box_centre(window)
    window.tree.select_unit(unit_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.chart.setFocus()
    qtbot.keyClick(window.chart, Qt.Key.Key_F2)
    editor = _editor(qtbot, window)
    editor.insert("不要这个名字")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.chart.name_editor is None)
    assert "市场部" in _names(window) and "不要这个名字" not in _names(window)
