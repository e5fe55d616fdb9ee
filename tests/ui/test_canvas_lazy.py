"""A large chart just opened: the boxes in view get items first, every other one after the first
paint; the finished chart equals one made at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainterPath
from pytestqt.qtbot import QtBot

from orgdesk.layout import Box
from orgdesk.store.store import Store
from orgdesk.ui.canvas.connectors import FamilyLines
from orgdesk.ui.canvas.items import UnitItem
from orgdesk.ui.canvas.scene import ChartScene
from orgdesk.ui.context import AppContext
from orgdesk.ui.main_window import MainWindow
from tests.ui.conftest import generated_document


def _picture(scene: ChartScene) -> tuple[dict[int, tuple[float, float, str, int]], list[list[tuple[float, float]]]]:
    """Each box's corner, name and hidden count, and every family's lines in scene coordinates."""
    boxes = {
        item.unit_id: (item.scenePos().x(), item.scenePos().y(), item.card.name, item.card.hidden)
        for item in scene.items()
        if isinstance(item, UnitItem)
    }
    lines = sorted(_points(item.path(), item.scenePos()) for item in scene.items() if isinstance(item, FamilyLines))
    return boxes, lines


def _rect(box: Box) -> QRectF:
    return QRectF(box.x, box.y, box.width, box.height)


def _points(path: QPainterPath, origin: QPointF) -> list[tuple[float, float]]:
    return [
        (round(path.elementAt(i).x + origin.x(), 6), round(path.elementAt(i).y + origin.y(), 6))
        for i in range(path.elementCount())
    ]


def _shown_window(
    qtbot: QtBot, context: AppContext, tmp_path: Path, units: int, size: tuple[int, int]
) -> tuple[MainWindow, Path]:
    """A shown window whose chart defers boxes from 100 units on, and a document of `units` to open."""
    path = tmp_path / "大.orgdesk"
    Store.create(path, generated_document(units)).close()
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(*size)
    window.chart.chart.lazy_from = 100
    window.show()
    qtbot.waitExposed(window)
    return window, path


def test_a_large_chart_makes_the_boxes_in_view_first_and_the_rest_after_painting(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    window, path = _shown_window(qtbot, context, tmp_path, units=400, size=(900, 600))
    chart = window.chart.chart
    with qtbot.waitSignal(window.chart.first_painted, timeout=10_000):
        assert window.documents.open_path(path)
        made = [item for item in chart.items() if isinstance(item, UnitItem)]
        assert 0 < len(made) < len(chart.layout.boxes) and chart.waiting_items() > 0
        seen = window.chart.mapToScene(window.chart.viewport().rect()).boundingRect()
        in_view = [box for box in chart.layout.boxes.values() if seen.intersects(_rect(box))]
        assert {box.unit_id for box in in_view} <= {item.unit_id for item in made}
    qtbot.waitUntil(lambda: chart.waiting_items() == 0, timeout=10_000)

    eager = ChartScene()
    eager.set_document(chart.document, chart.scenario_id)  # not deferred: every item at once
    assert _picture(chart) == _picture(eager)
    assert len(_picture(chart)[0]) == len(chart.layout.boxes) == 400 and _picture(chart)[1]


def test_asking_for_a_waiting_box_makes_it_and_an_edit_makes_them_all(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    window, path = _shown_window(qtbot, context, tmp_path, units=300, size=(900, 600))
    chart = window.chart.chart
    assert window.documents.open_path(path)
    made = {item.unit_id for item in chart.items() if isinstance(item, UnitItem)}
    waiting = next(iter(set(chart.layout.boxes) - made))  # looked at before the first paint made them all
    left = chart.waiting_items()
    item = chart.unit_item(waiting)
    assert item is not None and item.unit_id == waiting and chart.waiting_items() == left - 1
    assert len(chart.items_by_unit) == 300 and chart.waiting_items() == 0


def test_showing_a_far_unit_before_the_first_paint_makes_the_boxes_around_it(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    window, path = _shown_window(qtbot, context, tmp_path, units=400, size=(1800, 1000))
    chart = window.chart.chart
    assert window.documents.open_path(path)
    far = max(chart.layout.boxes.values(), key=lambda box: (box.x, box.y))
    window.chart.show_unit(far.unit_id)
    assert chart.waiting_items() > 0, "the rest still waits for the first paint"
    seen = window.chart.mapToScene(window.chart.viewport().rect()).boundingRect()
    made = {item.unit_id for item in chart.items() if isinstance(item, UnitItem)}
    in_view = {box.unit_id for box in chart.layout.boxes.values() if seen.intersects(_rect(box))}
    assert far.unit_id in in_view and len(in_view) > 1 and in_view <= made
