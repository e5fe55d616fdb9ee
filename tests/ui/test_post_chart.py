"""The post chart (岗位设置图): the selected unit's posts by reports-to, holders inside, vacancies marked."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from orgdesk.domain.entities import Unit
from orgdesk.domain.operations import AddPosition
from orgdesk.ui.canvas.post_items import PostItem
from orgdesk.ui.canvas.view import POST_CHART, UNIT_CHART
from orgdesk.ui.main_window import MainWindow


def _unit(window: MainWindow, name: str) -> Unit:
    session = window.context.session
    assert session is not None
    scenario = session.document.current_scenario()
    assert scenario is not None
    return next(u for u in session.document.units_of_scenario(scenario.id) if u.name == name)


def _posts(window: MainWindow) -> dict[str, PostItem]:
    return {item.card.title: item for item in window.chart.post_chart.items_by_post.values()}


def test_the_post_chart_shows_the_selected_units_posts_and_follows_the_selection(
    qtbot: QtBot, window: MainWindow
) -> None:
    enterprise = _unit(window, "政企客户部")
    window.tree.select_unit(enterprise.id)
    window.chart_actions.post_chart.trigger()
    assert window.chart.mode == POST_CHART and window.chart.scene() is window.chart.post_chart
    posts = _posts(window)
    assert "政企客户部经理" in posts and "营销分析" in posts
    manager = posts["政企客户部经理"].card
    assert manager.is_manager and manager.holders == "王五" and manager.vacant == 0
    assert posts["营销策划"].card.vacant == 1 and posts["营销策划"].card.holders == ""
    assert "兼职" in posts["营销分析"].card.holders or "part-time" in posts["营销分析"].card.holders
    # the manager heads the department's posts
    manager_box = posts["政企客户部经理"].sceneBoundingRect()
    assert all(item.sceneBoundingRect().left() >= manager_box.left() for item in posts.values())

    market = _unit(window, "市场部")
    window.tree.select_unit(market.id)
    assert "政企客户部经理" not in _posts(window) and _posts(window)

    session = window.context.session
    assert session is not None
    window.edits.run_edit(AddPosition(market.id, "数据分析师", headcount=2))
    assert _posts(window)["数据分析师"].card.vacant == 2

    image = window.chart.viewport().grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() // 2).isValid()
    assert len({image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}) > 5

    window.chart_actions.unit_chart.trigger()
    assert window.chart.mode == UNIT_CHART and window.chart.scene() is window.chart.chart
