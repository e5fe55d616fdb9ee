"""The loaded document is kept out of the cyclic collector's sight while it is open (no 100 ms
pauses in the middle of an edit at 10,000 units) and given back when it closes."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from orgdesk.ui.main_window import MainWindow


def test_an_open_document_is_frozen_and_released_on_close(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)
    window.documents.close()
    assert gc.get_freeze_count() == 0
