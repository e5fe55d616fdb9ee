"""Big commits on a PostgreSQL server: a scenario copy made by the database (INSERT … SELECT), its
compact history read by another client as news, undo and redo, and the server copy brought back
down equal to the document in memory."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgdesk.domain.operations import CopyScenario
from orgdesk.store.copy import copy_document
from orgdesk.store.server import open_server
from orgdesk.store.session import EditSession
from orgdesk.store.store import Store
from tests.sql_copies import count_sql_copies


def test_a_scenario_copy_on_the_server_is_made_by_the_database_and_reaches_the_others(
    sample_file: Path, pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(sample_file, readonly=True) as source:
        copy_document(source, pg_url).close()
    made = count_sql_copies(monkeypatch)
    mine, theirs = EditSession(open_server(pg_url)), EditSession(open_server(pg_url))
    current = mine.document.current_scenario()
    assert current is not None
    operation = CopyScenario(current.id, "方案A")
    patch = mine.execute(operation)
    assert made == [1]
    assert theirs.refresh() == 1  # the news: 140 blocks at 10,000 units, a few here
    theirs.document.load_all()
    mine.document.load_all()
    assert theirs.document.snapshot() == mine.document.snapshot()
    first_unit = next(change.id for change in patch.changes if change.kind == "unit")
    history = theirs.store.history(kind="unit", entity_id=first_unit)
    assert [entry.action for entry in history] == [CopyScenario.label_template]
    mine.undo()
    mine.redo()
    back = tmp_path / "back.orgdesk"
    copy_document(mine.store, back).close()
    with Store.open(back, readonly=True) as store:
        assert store.load(lazy=False).snapshot() == mine.document.snapshot()
        copied_history = [(e.id, e.source, e.change_count) for e in store.history()]
    assert copied_history == [(e.id, e.source, e.change_count) for e in mine.store.history()]
    assert [source for _, source, _ in copied_history] == ["edit", "undo", "redo"]
    mine.close()
    theirs.close()
