"""The loaded document is kept out of the cyclic collector's sight while it is open (no 100 ms
pauses in the middle of an edit at 10,000 units) and given back when it closes."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from orgdesk.domain.heap import no_cycle_collection
from orgdesk.ui.main_window import MainWindow


def test_an_open_document_is_frozen_and_released_on_close(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: gc.get_freeze_count() > 0, timeout=5_000)  # after the panels filled
    window.documents.close()
    assert gc.get_freeze_count() == 0


def test_no_cycle_collection_pauses_and_restores_the_collector() -> None:
    assert gc.isenabled()
    with no_cycle_collection():
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with no_cycle_collection():
            pass
        assert not gc.isenabled(), "a collector paused by someone else stays paused"
    finally:
        gc.enable()
