"""After moves, collapses, undos and redos, the chart the scene keeps up to date piece by piece
(only boxes that moved, only families whose lines changed, child lists followed, roll-ups
carried) equals a chart drawn afresh from the document."""

from __future__ import annotations

import random
from pathlib import Path

from pytestqt.qtbot import QtBot

from orgdesk.domain.entities import Unit
from orgdesk.layout import Orientation
from orgdesk.store.store import Store
from orgdesk.ui.canvas.scene import ChartScene
from orgdesk.ui.context import AppContext
from tests.ui.conftest import generated_document, shown_window
from tests.ui.test_canvas_lazy import _picture


def _fresh(chart: ChartScene) -> ChartScene:
    """The same chart drawn from scratch: same document, scenario, orientation and collapsed units."""
    fresh = ChartScene()
    fresh.orientation = chart.orientation
    fresh.set_document(chart.document, chart.scenario_id)
    fresh.collapsed = set(chart.collapsed)
    fresh.rebuild()
    return fresh


def _cards(chart: ChartScene) -> dict[int, object]:
    return {unit_id: item.card for unit_id, item in chart.items_by_unit.items()}


def test_random_moves_collapses_and_undos_keep_the_chart_equal_to_a_fresh_one(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "组织.orgdesk"
    Store.create(path, generated_document(120, seed=3)).close()
    window = shown_window(qtbot, context, path, (900, 600))
    chart = window.chart.chart
    rng = random.Random(11)
    document = chart.document
    assert document is not None and chart.scenario_id is not None
    moves = 0
    for step in range(24):
        units = [u for u in document.units_of_scenario(chart.scenario_id) if isinstance(u, Unit)]
        roll = rng.random()
        if roll < 0.5:
            unit, target = rng.choice(units), rng.choice(units)
            if unit.parent_id is not None and chart.can_drop(unit.id, target.id):
                moves += window.edits.move_unit(unit.id, target.id, rng.choice([None, 0, 1]))
        elif roll < 0.6:
            chart.toggle_collapsed(rng.choice(units).id)
        elif roll < 0.65:
            chart.set_orientation(rng.choice(list(Orientation)))
        elif roll < 0.85 and window.edits.stack.canUndo():
            window.edits.stack.undo()
        elif window.edits.stack.canRedo():
            window.edits.stack.redo()
        assert _picture(chart) == _picture(_fresh(chart)), f"step {step}"
        assert _cards(chart) == _cards(_fresh(chart)), f"step {step}: a box shows stale figures"
    assert moves >= 5


def test_a_move_repositions_few_items_though_many_boxes_shift(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    """Boxes sit in their parents' frames: moving a department shifts hundreds of boxes on the
    page, but only the items the layout placed anew get a new position in their frame."""
    path = tmp_path / "组织.orgdesk"
    Store.create(path, generated_document(600, seed=5)).close()
    window = shown_window(qtbot, context, path)
    chart = window.chart.chart
    document = chart.document
    assert document is not None and chart.scenario_id is not None
    items = chart.items_by_unit
    on_page = {unit_id: item.scenePos() for unit_id, item in items.items()}
    in_frame = {unit_id: item.pos() for unit_id, item in items.items()}
    root = document.root(chart.scenario_id)
    assert root is not None
    first, *_, last = document.children_of(root)
    assert window.edits.move_unit(first.id, last.id, None)
    items = chart.items_by_unit
    shifted = [unit_id for unit_id, item in items.items() if item.scenePos() != on_page[unit_id]]
    replaced = [unit_id for unit_id, item in items.items() if item.pos() != in_frame[unit_id]]
    assert len(shifted) > 100
    assert len(replaced) < 40
    assert _picture(chart) == _picture(_fresh(chart))
