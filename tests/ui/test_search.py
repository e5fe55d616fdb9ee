"""Ctrl+F on the sample: results for units, posts, people and duty text; choosing one selects,
centres and highlights the chain of command."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from orgdesk.domain.entities import Unit
from orgdesk.ui.canvas.items import UnitItem
from orgdesk.ui.main_window import MainWindow


def _search(qtbot: QtBot, window: MainWindow, text: str) -> list[str]:
    QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_dock.isVisible()
    assert window.search.field.hasFocus()
    window.search.field.insert(text)  # keyClicks cannot type Chinese
    qtbot.waitUntil(lambda: not window.search._timer.isActive())  # searched after the typing pause
    results = window.search.results
    return [results.item(row).text() for row in range(results.count())]


def test_ctrl_f_finds_duty_text_and_enter_centres_the_unit_with_its_chain(qtbot: QtBot, window: MainWindow) -> None:
    window.chart.chart.set_collapsed(window.tree.current_unit_id() or 0, True)  # the found box is hidden at first
    found = _search(qtbot, window, "开通及时率")
    assert found, "the seed's duty text names 开通及时率"
    assert all(text.startswith("[Duty]") for text in found)
    QTest.keyClick(window.search.field, Qt.Key.Key_Return)

    session = window.context.session
    assert session is not None
    unit = session.document.unit(window.tree.current_unit_id() or 0)
    assert unit.name in found[0]
    chart = window.chart
    item = chart.chart.unit_item(unit.id)
    assert isinstance(item, UnitItem) and item.isSelected(), "shown although its parent was collapsed"
    centre = chart.mapToScene(chart.viewport().rect().center())
    assert item.sceneBoundingRect().adjusted(-40, -40, 40, 40).contains(centre), "centred in the chart"
    chain = {unit.id} | {a.id for a in session.document.ancestors(unit)}
    assert chart.chart.chain_of_command() == chain
    assert len(chain) >= 2


def test_search_finds_units_posts_and_people_and_says_when_nothing_is_found(qtbot: QtBot, window: MainWindow) -> None:
    found = _search(qtbot, window, "市场部")
    assert found[0] == "[Unit] 市场部"
    window.search.field.clear()
    found = _search(qtbot, window, "经理")
    assert any(text.startswith("[Post]") for text in found)
    session = window.context.session
    assert session is not None
    person = next(iter(session.document.tables["person"].values()))
    window.search.field.clear()
    found = _search(qtbot, window, person.name)  # type: ignore[union-attr]
    assert any(text.startswith("[Person]") for text in found)
    window.search.field.clear()
    _search(qtbot, window, "没有这样的东西")
    assert window.search.results.count() == 0
    assert "Nothing found" in window.search.summary.text()


def test_a_result_clicked_selects_its_unit_in_the_tree(qtbot: QtBot, window: MainWindow) -> None:
    _search(qtbot, window, "客户服务部")
    results = window.search.results
    rect = results.visualItemRect(results.item(0))
    QTest.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center())
    current = window.tree_model.unit_of(window.tree.currentIndex())
    assert isinstance(current, Unit) and current.name == "客户服务部"
