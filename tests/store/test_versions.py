"""Row versions and history in a SQLite file: two sessions on one file behave like two
planners on a server (refused stale edit, news without reopening, every operation logged)."""

from __future__ import annotations

from pathlib import Path

import pytest

from orgdesk.domain import operations as ops
from orgdesk.domain.entities import Unit
from orgdesk.store.session import EditSession
from orgdesk.store.store import Store
from orgdesk.store.versions import CONFLICT, ConflictError


def _session(path: Path, author: str) -> EditSession:
    session = EditSession(Store.open(path))
    session.store.author = author
    return session


def _unit_id(session: EditSession, name: str) -> int:
    return next(u.id for u in session.document.all("unit") if isinstance(u, Unit) and u.name == name)


def test_a_stale_edit_in_a_file_is_refused_and_the_other_edit_arrives(sample_file: Path) -> None:
    alice, bob = _session(sample_file, "Alice"), _session(sample_file, "Bob")
    market = _unit_id(alice, "市场部")
    alice.execute(ops.UpdateEntity("unit", market, {"name": "市场营销部"}))
    with pytest.raises(ConflictError) as caught:
        bob.execute(ops.UpdateEntity("unit", market, {"name": "营销中心"}))
    assert caught.value.template == CONFLICT and caught.value.params["author"] == "Alice"
    assert bob.document.unit(market).name == "市场营销部"
    alice.close()
    bob.close()


def test_every_committed_operation_is_in_the_history_with_before_and_after(sample_file: Path) -> None:
    session = _session(sample_file, "王五")
    market = _unit_id(session, "市场部")
    session.execute(ops.UpdateEntity("unit", market, {"name": "市场营销部"}))
    session.undo()
    history = session.store.history(kind="unit", entity_id=market)
    assert [(entry.author, entry.source) for entry in history] == [("王五", "edit"), ("王五", "undo")]
    first = history[0].changes[0]
    assert isinstance(first.before, Unit) and isinstance(first.after, Unit)
    assert (first.before.name, first.after.name) == ("市场部", "市场营销部")
    assert first.version == 2 and history[1].changes[0].version == 3
    assert session.store.history(kind="unit", entity_id=market + 1000) == []
    session.close()
