"""Drops onto the chart: a post from the Posts panel onto a unit box moves it; a person from the
People panel onto a post box in the post chart assigns them; refused drops change nothing."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from orgdesk.domain.entities import AssignmentKind
from orgdesk.domain.operations import AddPerson
from orgdesk.ui.canvas.view import ChartView
from orgdesk.ui.main_window import MainWindow
from orgdesk.ui.mime import person_mime, position_mime
from tests.ui.panel_helpers import drag_over, drop_at

MOVE = Qt.DropAction.MoveAction


def _view(chart: ChartView) -> QAbstractItemView:
    return cast(QAbstractItemView, chart)  # the helpers only use viewport()


def _centre(chart: ChartView, rect_centre: object) -> QPoint:
    return chart.mapFromScene(rect_centre)  # type: ignore[call-overload, no-any-return]


def test_a_post_dropped_on_another_units_box_moves_there_and_undo_brings_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    session = window.context.session
    assert session is not None
    document = session.document
    chart = window.chart
    boxes = {item.card.name: item for item in chart.chart.items_by_unit.values()}
    market, service = boxes["市场部"], boxes["客户服务部"]
    post = document.positions_of(market.unit_id)[-1]
    data = position_mime(document, post.id)
    own = _centre(chart, market.sceneBoundingRect().center())
    assert not drag_over(_view(chart), data, own, MOVE), "its own unit: forbidden"

    target = _centre(chart, service.sceneBoundingRect().center())
    assert drop_at(_view(chart), data, target, MOVE)
    assert document.position(post.id).unit_id == service.unit_id
    window.edits.stack.undo()
    assert document.position(post.id).unit_id == market.unit_id


def test_a_person_dropped_on_a_post_box_in_the_post_chart_is_assigned(qtbot: QtBot, window: MainWindow) -> None:
    session = window.context.session
    assert session is not None
    document = session.document
    enterprise = next(
        u for u in document.units_of_scenario(window.tree_model.scenario_id or 0) if u.name == "政企客户部"
    )
    window.tree.select_unit(enterprise.id)
    window.chart_actions.post_chart.trigger()
    chart = window.chart
    posts = {item.card.title: item for item in chart.post_chart.items_by_post.values()}
    vacant = posts["营销策划"]
    add = AddPerson("新员工", "E9001")
    assert window.edits.run_edit(add) and add.person_id is not None
    person = document.person(add.person_id)
    data = person_mime(document, person.id)
    assert drop_at(_view(chart), data, _centre(chart, vacant.sceneBoundingRect().center()), MOVE)
    held = document.assignments_of_person(person.id)
    assert [(a.position_id, a.kind) for a in held] == [(vacant.position_id, AssignmentKind.PRIMARY)]
    filled = {item.card.title: item for item in chart.post_chart.items_by_post.values()}["营销策划"]
    assert person.name in filled.card.holders and filled.card.vacant == 0
    again = _centre(chart, filled.sceneBoundingRect().center())
    assert not drag_over(_view(chart), data, again, MOVE), "already holds it"
