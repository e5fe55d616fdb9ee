"""View › Language: the window is rebuilt in the chosen language with the same document, undo
history, selection and zoom; the choice is remembered for the next start."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QTabBar
from pytestqt.qtbot import QtBot

from orgdesk import app as application
from orgdesk.domain.operations import UpdateEntity
from orgdesk.layout.tidy import Orientation
from orgdesk.ui.context import AppContext
from orgdesk.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedInteraction


@pytest.fixture
def context(qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    monkeypatch.setenv("ORGDESK_LANG", "en")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    made = application.build_context(qapp, settings=settings, sample_path=tmp_path / "data" / "示例组织.orgdesk")
    made.interaction = ScriptedInteraction()
    yield made
    application.shutdown(qapp, made)


def test_switching_to_chinese_keeps_document_history_selection_and_zoom(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = application.start(context, [])
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    session = context.session
    assert session is not None
    market = next(u for u in session.document.all("unit") if getattr(u, "name", "") == "市场部")
    window.edits.run_edit(UpdateEntity("unit", market.id, {"name": "市场营销部"}))
    window.tree.select_unit(market.id)
    window.chart.zoom_by(1.5)
    scale = window.chart.scale_factor()
    assert window.menuBar().actions()[0].text() == "&File"

    window.language_menu.actions["zh_CN"].trigger()

    replacement = context.replaced_window
    assert isinstance(replacement, MainWindow) and replacement is not window
    qtbot.addWidget(replacement)
    assert not window.isVisible() and replacement.isVisible()
    assert replacement.menuBar().actions()[0].text() == "文件(&F)"
    assert context.session is session, "the same document stays open"
    assert replacement.tree.current_unit_id() == market.id
    assert abs(replacement.chart.scale_factor() - scale) < 1e-6
    assert replacement.edits.stack.count() == 1 and replacement.commands.undo is not None
    assert "市场营销部" in replacement.commands.undo.text()
    qtbot.waitExposed(replacement)
    shown_bars = [
        bar
        for bar in replacement.findChildren(QTabBar)
        if bar.isVisible() and replacement.rect().intersects(bar.geometry()) and bar.count() > 1
    ]
    details = [bar for bar in shown_bars if "详细信息" in [bar.tabText(i) for i in range(bar.count())]]
    assert len(details) == 1, "the panels' tabs are shown once, not twice after the switch"
    replacement.edits.stack.undo()
    assert session.document.unit(market.id).name == "市场部"

    monkeypatch.delenv("ORGDESK_LANG")
    assert application.choose_language(context.settings) == "zh_CN", "remembered for the next start"


def test_zoom_chart_kind_and_layout_are_remembered_for_the_next_window(qtbot: QtBot, context: AppContext) -> None:
    window = application.start(context, [])
    qtbot.addWidget(window)
    qtbot.waitExposed(window)
    window.chart.zoom_by(2.0)
    scale = window.chart.scale_factor()
    window.chart_actions.post_chart.trigger()
    window.chart_actions.orientation_actions[Orientation.LEFT_RIGHT].trigger()
    window.close()

    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.chart.preferred_scale == pytest.approx(scale)
    assert again.chart.mode == "posts" and again.chart_actions.post_chart.isChecked()
    assert again.chart.chart.orientation.value == "left-right"
