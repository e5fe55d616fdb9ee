"""A scenario copy made by the database (INSERT … SELECT) holds exactly the rows the domain planned:
the file and the document in memory agree after copying, copying a copy that was edited, undo and
redo; when someone else committed in between, or a statement makes other rows than planned, the
rows go one by one instead, in the same single transaction."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType

import pytest

from orgdesk.domain import operations as ops
from orgdesk.domain.entities import Unit
from orgdesk.domain.operations import CopyScenario
from orgdesk.store import copy_sql
from orgdesk.store.session import EditSession
from orgdesk.store.store import Store
from tests.benchmark_scripts import load_benchmark_script
from tests.sql_copies import count_sql_copies


def _generate() -> ModuleType:
    return load_benchmark_script("generate")


@pytest.fixture
def generated_file(tmp_path: Path) -> Path:
    path = tmp_path / "generated.orgdesk"
    Store.create(path, _generate().generate_document(200, seed=3)).close()
    return path


@pytest.fixture
def sql_copies(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Counts the copies the database made itself."""
    return count_sql_copies(monkeypatch)


def _file_matches(session: EditSession, path: Path) -> None:
    session.document.load_all()
    with Store.open(path, readonly=True) as store:
        assert store.load(lazy=False).snapshot() == session.document.snapshot()


def _copy(session: EditSession, source_id: int, name: str) -> int:
    operation = CopyScenario(source_id, name)
    session.execute(operation)
    assert operation.scenario_id is not None
    return operation.scenario_id


def test_the_database_copy_is_the_planned_copy(sample_file: Path, sql_copies: list[int]) -> None:
    session = EditSession(Store.open(sample_file))
    current = session.document.current_scenario()
    assert current is not None
    _copy(session, current.id, "方案A")
    assert sql_copies == [1]
    _file_matches(session, sample_file)
    session.undo()
    _file_matches(session, sample_file)
    session.redo()
    _file_matches(session, sample_file)
    session.close()


@pytest.mark.parametrize("beside_from", [0, 10**9], ids=["rows-on-a-second-thread", "rows-on-this-thread"])
def test_a_copy_of_an_edited_copy_of_a_large_organisation(
    generated_file: Path, sql_copies: list[int], monkeypatch: pytest.MonkeyPatch, beside_from: int
) -> None:
    monkeypatch.setattr("orgdesk.store.store.WRITE_BESIDE_FROM", beside_from)
    session = EditSession(Store.open(generated_file))
    current = session.document.current_scenario()
    assert current is not None
    copy = _copy(session, current.id, "方案A")
    units = [u for u in session.document.units_of_scenario(copy) if u.parent_id is not None]
    root = session.document.root(copy)
    assert root is not None
    session.execute(ops.AddUnit(copy, root.id, "新部门"))  # ids above the copy's, a gap before them
    session.execute(ops.MoveUnit(units[-1].id, root.id))
    session.execute(ops.DeleteUnit(units[len(units) // 2].id))
    _copy(session, copy, "方案B")
    assert sql_copies == [1, 1]
    _file_matches(session, generated_file)
    session.close()


def test_after_another_client_committed_the_rows_go_one_by_one(sample_file: Path, sql_copies: list[int]) -> None:
    mine, theirs = EditSession(Store.open(sample_file)), EditSession(Store.open(sample_file))
    unit = next(u for u in theirs.document.all("unit") if isinstance(u, Unit) and u.parent_id is not None)
    theirs.execute(ops.UpdateEntity("unit", unit.id, {"name": "他们改的"}))
    current = mine.document.current_scenario()
    assert current is not None
    _copy(mine, current.id, "方案A")
    assert sql_copies == []
    mine.refresh()
    _file_matches(mine, sample_file)
    mine.close()
    theirs.close()


def test_a_statement_that_makes_other_rows_falls_back_in_one_transaction(
    sample_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = copy_sql.copy_statement
    monkeypatch.setattr(copy_sql, "copy_statement", lambda kind: real(kind) + (" AND 0" if kind == "duty" else ""))
    session = EditSession(Store.open(sample_file))
    current = session.document.current_scenario()
    assert current is not None
    _copy(session, current.id, "方案A")
    _file_matches(session, sample_file)
    with sqlite3.connect(sample_file) as connection:
        entries = connection.execute("SELECT count(*) FROM history").fetchone()[0]
        counter = connection.execute("SELECT change_counter FROM document_state").fetchone()[0]
    assert entries == counter == 1
    session.close()
