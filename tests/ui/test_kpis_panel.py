"""The KPIs panel through real widgets: the table, cell edits, the weights warning, refusals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Kpi, OwnerKind, Position, Unit
from orgdesk.store.store import Store
from orgdesk.ui.main_window import MainWindow
from orgdesk.ui.panels.kpis import PERIOD_COLUMN, WEIGHT_COLUMN, KpisPanel
from tests.ui.conftest import ScriptedInteraction


def _file(path: Path) -> Document:
    with Store.open(path, readonly=True) as store:
        return store.load(lazy=False)


def _path(window: MainWindow) -> Path:
    session = window.context.session
    assert session is not None
    return session.store.path


def _post_kpis(path: Path, title: str = "一站服务") -> list[Kpi]:
    document = _file(path)
    post = next(p for p in document.all("position") if isinstance(p, Position) and p.title == title)
    return document.kpis_of(OwnerKind.POSITION, post.id)


def _panel(qtbot: QtBot, window: MainWindow, post: str = "一站服务") -> KpisPanel:
    session = window.context.session
    assert session is not None
    unit = next(u for u in session.document.all("unit") if isinstance(u, Unit) and u.name == "政企客户部")
    window.kpis_dock.show()
    window.kpis_dock.raise_()
    assert window.tree.select_unit(unit.id)
    panel = window.kpis
    row = next(i for i in range(panel.chooser.count()) if panel.chooser.itemText(i).endswith(post))
    panel.chooser.setCurrentIndex(row)
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    return panel


def test_the_posts_kpis_are_listed(qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester) -> None:
    panel = _panel(qtbot, window)
    model = panel.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["一站服务开通及时率", "账务结算率"]
    assert model.index(0, WEIGHT_COLUMN).data() == "60"
    assert model.index(0, PERIOD_COLUMN).data() == "Monthly"
    assert model.headerData(WEIGHT_COLUMN, Qt.Orientation.Horizontal) == "Weight %"
    assert panel.weights_warning.isHidden()
    qtmodeltester.check(model)


def test_weights_that_do_not_total_100_are_flagged(qtbot: QtBot, window: MainWindow) -> None:
    path = _path(window)
    panel = _panel(qtbot, window)
    model = panel.model
    assert model.setData(model.index(1, WEIGHT_COLUMN), "30")
    assert [k.weight for k in _post_kpis(path)] == [60, 30]
    assert not panel.weights_warning.isHidden()
    assert panel.weights_warning.text() == "Weights total 90 % — they should total 100 %."
    assert model.setData(model.index(0, WEIGHT_COLUMN), "70")
    assert panel.weights_warning.isHidden()


def test_a_weight_of_150_is_refused_with_a_warning(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction
) -> None:
    path = _path(window)
    before = _file(path).snapshot()
    panel = _panel(qtbot, window)
    model = panel.model
    assert not model.setData(model.index(0, WEIGHT_COLUMN), "150")
    assert interaction.warnings and "150" in interaction.warnings[-1][1]
    assert _file(path).snapshot() == before
    assert not model.setData(model.index(0, WEIGHT_COLUMN), "abc")
    assert len(interaction.warnings) == 2 and "abc" in interaction.warnings[-1][1]
    assert _file(path).snapshot() == before


def test_period_through_the_combo_delegate_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    path = _path(window)
    panel = _panel(qtbot, window)
    index = panel.model.index(0, PERIOD_COLUMN)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    combo = panel.view.indexWidget(index) or panel.view.findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("quarter"))
    panel.view.commitData(combo)
    assert _post_kpis(path)[0].period == "quarter"
    panel.view.closeEditor(combo, QAbstractItemDelegate.EndEditHint.NoHint)
    window.edits.stack.undo()
    assert _post_kpis(path)[0].period == "month"


def test_add_move_delete(qtbot: QtBot, window: MainWindow) -> None:
    path = _path(window)
    panel = _panel(qtbot, window)
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    assert panel.add_kpi()
    qtbot.keyClick(panel.view.focusWidget() or panel.view, Qt.Key.Key_Escape)
    assert [k.name for k in _post_kpis(path)] == ["一站服务开通及时率", "账务结算率", "New KPI"]
    assert panel.move_kpi(-1)
    assert [k.name for k in _post_kpis(path)] == ["一站服务开通及时率", "New KPI", "账务结算率"]
    assert panel.delete_kpi()
    assert [k.name for k in _post_kpis(path)] == ["一站服务开通及时率", "账务结算率"]
    assert panel.view.currentIndex().row() == 1  # the next KPI took the deleted one's place and is selected
    assert panel.delete_kpi() and [k.name for k in _post_kpis(path)] == ["一站服务开通及时率"]
    assert panel.view.currentIndex().row() == 0  # past the end: the new last one
