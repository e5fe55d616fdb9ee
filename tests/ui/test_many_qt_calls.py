"""Many thousands of Qt calls from Python in one process must not crash the interpreter.

PySide6 6.12.0 on Python 3.11 aborts after a few thousand calls ("Fatal Python error:
none_dealloc"); pyproject pins a version without that bug. This test is the tripwire.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from orgdesk.ui.tree.model import COLUMN_COUNT, UnitTreeModel
from tests.ui.conftest import generated_document


def test_twenty_thousand_model_calls_and_thousands_of_objects(qtbot: QtBot) -> None:
    document = generated_document(2000)
    model = UnitTreeModel()
    model.set_document(document, document.current_scenario().id)  # type: ignore[union-attr]
    calls = 0
    pending = [model.index(0, 0)]
    while pending and calls < 20_000:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(COLUMN_COUNT):
                index = model.index(row, column, parent)
                assert index.data(Qt.ItemDataRole.DisplayRole) is not None
                index.data(Qt.ItemDataRole.DecorationRole)
                index.data(Qt.ItemDataRole.ToolTipRole)
                calls += 4
            pending.append(model.index(row, 0, parent))
    assert calls >= 20_000

    items = QStandardItemModel()
    for number in range(2000):
        items.appendRow(QStandardItem(f"岗位 {number}"))
    assert items.rowCount() == 2000
    items.clear()
    assert items.rowCount() == 0

    host = QWidget()
    qtbot.addWidget(host)
    for number in range(2000):
        label = QLabel(f"单位 {number}", host)
        assert label.text().endswith(str(number))
        label.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert host.findChildren(QLabel) == []
