"""The unit chart on the main window: boxes, selection sync, drag to move, zoom, collapse, a screenshot."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from orgdesk.domain.entities import Unit
from orgdesk.store.store import Store
from orgdesk.ui.canvas.items import UnitItem
from orgdesk.ui.canvas.view import ChartView
from orgdesk.ui.main_window import MainWindow

SHOTS = Path(os.environ.get("ORGDESK_SHOTS", "/tmp"))


def _chart(window: MainWindow) -> ChartView:
    return window.chart


def _boxes(window: MainWindow) -> list[UnitItem]:
    return [item for item in _chart(window).chart.items() if isinstance(item, UnitItem)]


def _item_named(window: MainWindow, name: str) -> UnitItem:
    return next(item for item in _boxes(window) if item.card.name == name)


def _centre(view: ChartView, item: UnitItem) -> QPoint:
    return view.mapFromScene(item.sceneBoundingRect().center())


def _move(view: ChartView, pos: QPoint) -> None:
    event = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(pos),
        QPointF(view.viewport().mapToGlobal(pos)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view.viewport(), event)


def _drag(view: ChartView, source: UnitItem, target: UnitItem) -> None:
    start, end = _centre(view, source), _centre(view, target)
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        _move(view, start + (end - start) * step / 5)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def _current(window: MainWindow) -> Unit | None:
    return window.tree_model.unit_of(window.tree.currentIndex())


def test_the_current_scenario_shows_one_box_per_unit_without_overlaps(window: MainWindow) -> None:
    boxes = _boxes(window)
    assert len(boxes) == 6
    rects = [item.sceneBoundingRect() for item in boxes]
    for number, rect in enumerate(rects):
        for other in rects[number + 1 :]:
            assert not rect.intersects(other)
    scenario = window.context.session.document.scenario_named("前后端型")  # type: ignore[union-attr]
    assert scenario is not None
    window.show_scenario(scenario.id)
    assert len(_boxes(window)) == 19


def test_clicking_a_box_selects_the_unit_in_the_tree_and_selecting_in_the_tree_shows_the_box(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = _chart(window)
    view.actual_size()
    target = next(item for item in _boxes(window) if item.card.name != _current(window).name)  # type: ignore[union-attr]
    view.centerOn(target)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=_centre(view, target))
    current = _current(window)
    assert current is not None and current.id == target.unit_id
    assert target.isSelected()
    assert target.card.name in window.details.toPlainText()

    other = next(item for item in _boxes(window) if item.unit_id != target.unit_id)
    view.centerOn(-5000, -5000)  # scroll away
    assert window.tree.select_unit(other.unit_id)
    assert other.isSelected() and not target.isSelected()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(other.sceneBoundingRect())


def test_dragging_a_box_onto_another_moves_the_unit_undoably(window: MainWindow, sample_path: Path) -> None:
    view = _chart(window)
    view.fit_to_window()
    document = window.context.session.document  # type: ignore[union-attr]
    root = document.root(window.tree_model.scenario_id)  # type: ignore[arg-type]
    assert root is not None
    first, second = document.children_of(root)[:2]
    _drag(view, _item_named(window, first.name), _item_named(window, second.name))
    assert document.unit(first.id).parent_id == second.id
    with Store.open(sample_path, readonly=True) as store:
        assert store.load().unit(first.id).parent_id == second.id
    assert _item_named(window, first.name).unit_id == first.id  # laid out again
    window.edits.stack.undo()
    assert document.unit(first.id).parent_id == root.id
    with Store.open(sample_path, readonly=True) as store:
        assert store.load().unit(first.id).parent_id == root.id


def test_a_drop_onto_its_own_subtree_changes_nothing(window: MainWindow) -> None:
    scenario = window.context.session.document.scenario_named("前后端型")  # type: ignore[union-attr]
    assert scenario is not None
    window.show_scenario(scenario.id)
    view = _chart(window)
    view.fit_to_window()
    document = window.context.session.document  # type: ignore[union-attr]
    root = document.root(window.tree_model.scenario_id)  # type: ignore[arg-type]
    assert root is not None
    parent = next(unit for unit in document.children_of(root) if document.children_of(unit))
    child = document.children_of(parent)[0]
    before = document.snapshot()
    _drag(view, _item_named(window, parent.name), _item_named(window, child.name))
    assert document.snapshot() == before
    assert window.edits.stack.count() == 0
    assert not window.chart.chart.can_drop(parent.id, child.id)
    assert not window.chart.chart.can_drop(parent.id, parent.id)


def test_zoom_fit_and_collapse(window: MainWindow) -> None:
    view = _chart(window)
    scenario = window.context.session.document.scenario_named("前后端型")  # type: ignore[union-attr]
    assert scenario is not None
    window.show_scenario(scenario.id)
    view.actual_size()
    assert view.scale_factor() == 1.0
    window.chart_actions.zoom_in.trigger()
    assert view.scale_factor() > 1.0
    window.chart_actions.zoom_out.trigger()
    window.chart_actions.zoom_out.trigger()
    assert view.scale_factor() < 1.0
    window.chart_actions.fit.trigger()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    for item in _boxes(window):
        assert visible.contains(item.sceneBoundingRect())

    document = window.context.session.document  # type: ignore[union-attr]
    root = document.root(scenario.id)
    assert root is not None
    branch = max(document.children_of(root), key=lambda unit: len(document.subtree(unit)))
    hidden = len(document.subtree(branch)) - 1
    assert hidden > 0
    window.chart.chart.toggle_collapsed(branch.id)
    assert len(_boxes(window)) == 19 - hidden
    assert window.chart.chart.unit_item(branch.id).card.hidden == hidden  # type: ignore[union-attr]
    window.chart.chart.toggle_collapsed(branch.id)
    assert len(_boxes(window)) == 19
    window.chart_actions.levels[0].trigger()
    assert len(_boxes(window)) == 1 + len(document.children_of(root))


def test_double_clicking_the_badge_collapses(window: MainWindow, qtbot: QtBot) -> None:
    view = _chart(window)
    view.actual_size()
    document = window.context.session.document  # type: ignore[union-attr]
    root = document.root(window.tree_model.scenario_id)  # type: ignore[arg-type]
    assert root is not None
    item = window.chart.chart.unit_item(root.id)
    assert item is not None
    view.centerOn(item)
    badge = item.mapToScene(item.badge_rect().center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.mapFromScene(badge))
    assert len(_boxes(window)) == 1
    assert window.chart.chart.unit_item(root.id).card.hidden == 5  # type: ignore[union-attr]


def _distinct_colours(image: QImage) -> int:
    colours = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_a_screenshot_of_the_window_shows_the_chart(window: MainWindow, qtbot: QtBot) -> None:
    scenario = window.context.session.document.scenario_named("前后端型")  # type: ignore[union-attr]
    assert scenario is not None
    window.show_scenario(scenario.id)
    window.chart_actions.fit.trigger()
    qtbot.wait(20)
    image = window.grab().toImage()
    assert _distinct_colours(image) > 20
    image.save(str(SHOTS / "canvas.png"))
    chart = window.chart.grab().toImage()
    assert _distinct_colours(chart) > 8


def test_an_opened_chart_starts_readable_with_its_top_unit_in_view(window: MainWindow) -> None:
    """Opening happens before the window is shown; the chart must not be fitted into the
    hidden view's default size (that shrank it to a dot)."""
    from orgdesk.ui.canvas.view import READABLE_SCALE

    view = _chart(window)
    assert view.scale_factor() >= READABLE_SCALE
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    assert visible.contains(_item_named(window, "某电信分公司").sceneBoundingRect())


def test_after_a_move_the_kept_boxes_show_the_new_figures(window: MainWindow) -> None:
    """A move keeps the other boxes' items and refreshes only the changed ones: the old and
    the new parent must still show the right totals and child counts, also after undo."""
    service, centre = _item_named(window, "客户服务部"), _item_named(window, "10000号运营中心")
    assert (service.card.subtree_headcount, service.card.children) == (8, 0)
    assert window.edits.move_unit(centre.unit_id, service.unit_id, None)
    service, moved = _item_named(window, "客户服务部"), _item_named(window, "10000号运营中心")
    assert (service.card.subtree_headcount, service.card.children) == (9, 1)
    assert moved.scenePos().y() > service.scenePos().y()
    assert _item_named(window, "某电信分公司").card.children == 4
    window.edits.stack.undo()
    service = _item_named(window, "客户服务部")
    assert (service.card.subtree_headcount, service.card.children) == (8, 0)
    assert _item_named(window, "某电信分公司").card.children == 5
