"""The loaded document is kept out of the cyclic collector's sight while it is open (no 100 ms
pauses in the middle of an edit at 10,000 units) and given back when it closes; the tuning is
done only where a document is read, opened and closed."""

from __future__ import annotations

import gc
import io
from pathlib import Path

import pytest

from orgdesk.cli import main
from orgdesk.store.heap import no_cycle_collection, release_loaded, settle_loaded
from orgdesk.store.store import Store


@pytest.fixture(autouse=True)
def _released() -> None:
    release_loaded()


def test_a_table_read_on_first_use_joins_the_settled_document(sample_file: Path) -> None:
    with Store.open(sample_file) as store:
        settle_loaded()
        document = store.load()
        frozen = gc.get_freeze_count()
        assert frozen > 0
        people = document.all("person")  # read now, on first use
        assert people and gc.get_freeze_count() > frozen
        release_loaded()
        assert gc.get_freeze_count() == 0


def test_an_unsettled_read_freezes_nothing(sample_file: Path) -> None:
    with Store.open(sample_file) as store:
        document = store.load()
        assert document.all("person")
    assert gc.get_freeze_count() == 0


def test_a_command_gives_the_document_back_when_it_ends(sample_file: Path) -> None:
    out = io.StringIO()
    assert main(["info", str(sample_file)], out=out) == 0
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
