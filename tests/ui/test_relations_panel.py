"""The Relations panel through real widgets: the links of a unit or post, add one through the
searchable chooser, edit kind and label in place, remove, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Relation
from orgdesk.ui.main_window import MainWindow
from orgdesk.ui.panels.relations import DIRECTION, KIND, LABEL, OTHER_END, RelationsPanel
from tests.ui.panel_helpers import document_of, file_document, file_of, post_named, select_unit, unit_named

UNIT = "政企客户部"


def _panel(qtbot: QtBot, window: MainWindow, unit: str = UNIT) -> RelationsPanel:
    window.relations_dock.show()
    window.relations_dock.raise_()
    select_unit(qtbot, window, unit)
    qtbot.waitUntil(lambda: window.relations.model.owner is not None)
    return window.relations


def _relations_of(document: Document, kind: str, owner_id: int) -> list[Relation]:
    scenario = document.owner_scenario_id(kind, owner_id)
    assert scenario is not None
    return [
        r
        for r in document.relations_of_scenario(scenario)
        if (kind, owner_id) in ((r.from_kind, r.from_id), (r.to_kind, r.to_id))
    ]


def _rows(panel: RelationsPanel) -> list[list[str]]:
    model = panel.model
    return [[model.index(r, c).data() for c in (DIRECTION, OTHER_END, KIND, LABEL)] for r in range(model.rowCount())]


def test_the_units_relations(qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester) -> None:
    panel = _panel(qtbot, window)
    assert _rows(panel) == [
        ["← from", "市场部", "Cooperation", "营销计划与预算"],
        ["← from", "公众客户部", "Cooperation", "移动、增值业务及渠道支撑"],
    ]
    assert panel.empty.isHidden()
    qtmodeltester.check(panel.model)
    row = next(i for i in range(panel.chooser.count()) if panel.chooser.itemText(i) == "Post: 营销分析")
    panel.chooser.setCurrentIndex(row)
    assert panel.model.rowCount() == 0 and not panel.empty.isHidden()


def test_add_a_dotted_line_from_a_post_through_the_chooser(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    before = file_document(path).snapshot()
    panel = _panel(qtbot, window)
    post = post_named(document_of(window), UNIT, "营销分析")
    row = next(i for i in range(panel.chooser.count()) if panel.chooser.itemText(i) == "Post: 营销分析")
    panel.chooser.setCurrentIndex(row)
    assert panel.model.owner == (str(OwnerKind.POSITION), post.id)
    dialog = panel.open_dialog()
    assert dialog is not None and not dialog.ok_button().isEnabled()
    dialog.search.insert("经营分析")
    assert dialog.proxy.rowCount() == 1 and dialog.chosen() is not None
    assert dialog.list.currentIndex().data() == "经营分析及预算 — 市场部"
    dialog.kind.setCurrentIndex(dialog.kind.findData("dotted_line"))
    dialog.label.insert("预算数据")
    dialog.ok_button().click()
    market_post = post_named(document_of(window), "市场部", "经营分析及预算")
    [added] = _relations_of(file_document(path), "position", post.id)
    assert (added.to_kind, added.to_id, added.kind, added.label) == (
        "position",
        market_post.id,
        "dotted_line",
        "预算数据",
    )
    assert _rows(panel) == [["to →", "经营分析及预算 (市场部)", "Dotted-line reporting", "预算数据"]]
    window.edits.stack.undo()
    assert file_document(path).snapshot() == before
    assert panel.model.rowCount() == 0


def test_the_chooser_leaves_out_the_owner_itself(qtbot: QtBot, window: MainWindow) -> None:
    panel = _panel(qtbot, window)
    dialog = panel.open_dialog()
    assert dialog is not None
    dialog.search.setText(UNIT)
    shown = [dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())]
    assert UNIT not in shown and "政企客户部经理 — 政企客户部" in shown
    dialog.reject()


def test_edit_label_and_kind_in_place_then_remove(qtbot: QtBot, window: MainWindow) -> None:
    path = file_of(window)
    before = file_document(path).snapshot()
    panel = _panel(qtbot, window)
    unit = unit_named(document_of(window), UNIT)
    assert panel.model.setData(panel.model.index(0, LABEL), "年度营销计划")
    index = panel.model.index(0, KIND)
    panel.view.setCurrentIndex(index)
    panel.view.edit(index)
    combo = panel.view.findChild(QComboBox)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("dotted_line"))
    panel.view.commitData(combo)
    panel.view.closeEditor(combo, QAbstractItemDelegate.EndEditHint.NoHint)
    first = _relations_of(file_document(path), "unit", unit.id)[0]
    assert (first.kind, first.label) == ("dotted_line", "年度营销计划")
    assert window.commands.undo is not None and window.commands.undo.text() == "Undo Change “年度营销计划”"
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert len(_relations_of(file_document(path), "unit", unit.id)) == 1
    for _ in range(3):
        window.edits.stack.undo()
    assert file_document(path).snapshot() == before
