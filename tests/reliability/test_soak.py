"""Soak test: thousands of random edits with random undo and redo through the real store.

After every step: the rules hold (no cycle, one root per scenario, dense sibling order,
roll-up figures equal a recount), and every row the step changed reads back from the file
exactly as in memory. Every few steps (every step's worth in long mode) the whole file is
loaded afresh and compared with the document in memory, including the 编制/在岗 figures
the store sums in SQL for a lazy load.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from datetime import date
from enum import Enum
from pathlib import Path

import pytest

from orgdesk.domain.analysis import subtree_staffing
from orgdesk.domain.entities import ENTITY_CLASSES, Entity
from orgdesk.domain.patch import Patch
from orgdesk.domain.rules import RuleViolation
from orgdesk.domain.sample import sample_document
from orgdesk.store.models import ROW_CLASSES
from orgdesk.store.session import EditSession
from orgdesk.store.store import Store
from tests.reliability.conftest import Figure
from tests.reliability.random_edits import digest, problems, random_operation, scaled


@pytest.fixture
def fast_folder() -> Iterator[Path]:
    """Memory-backed when the system has one: this test is about logic, not fsync (the crash
    test covers durability); the store and its SQL are the real ones."""
    shm = Path("/dev/shm")
    top = Path(tempfile.mkdtemp(prefix="orgdesk-soak-", dir=shm if shm.is_dir() else None))
    yield top
    shutil.rmtree(top)


def _stored(value: object) -> object:
    """A value as SQLite hands it back (dates as text, flags as 0/1, enums as their text)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _rows_match(connection: sqlite3.Connection, patch: Patch, memory: dict[str, dict[int, Entity]]) -> None:
    """Each row the patch touched is in the file exactly as in memory (or gone from both)."""
    for change in patch.changes:
        fields = ENTITY_CLASSES[change.kind]._fields
        names = ", ".join(f'"{name}"' for name in fields)
        table = ROW_CLASSES[change.kind].__tablename__
        row = connection.execute(f'SELECT {names} FROM "{table}" WHERE id = ?', (change.id,)).fetchone()
        held = memory[change.kind].get(change.id)
        if held is None:
            assert row is None, f"{change.kind} {change.id} deleted in memory but still in the file"
        else:
            assert row is not None, f"{change.kind} {change.id} missing from the file"
            assert tuple(row) == tuple(_stored(v) for v in held), f"{change.kind} {change.id} differs"


def _whole_file_matches(session: EditSession) -> None:
    fresh = session.store.load(lazy=False)
    assert digest(fresh.snapshot()) == digest(session.document.snapshot()), "a fresh load differs"
    lazy = session.store.load()  # figures summed in SQL, as the tree first shows them
    for scenario in session.document.scenarios():
        assert subtree_staffing(lazy, scenario.id) == subtree_staffing(session.document, scenario.id)


def _step(session: EditSession, rng: random.Random) -> tuple[str, Patch | None]:
    roll = rng.random()
    if roll < 0.2 and session.done:
        operation = session.done[-1]
        session.undo()
        assert operation.patch is not None
        return "undo", operation.patch.inverse()
    if roll < 0.3 and session.undone:
        operation = session.undone[-1]
        session.redo()
        return "redo", operation.patch
    operation = random_operation(session.document, rng)
    try:
        return "edit", session.execute(operation)
    except RuleViolation:  # refused while planning, before anything was written
        return "refused", None


def test_random_edits_undo_and_redo_keep_file_and_memory_equal(fast_folder: Path, figure: Figure) -> None:
    steps, full_every = scaled(2_000, 10_000), scaled(40, 5)
    seed = int(os.environ.get("ORGDESK_SEED") or random.randrange(1 << 30))  # ORGDESK_SEED repeats a run
    print(f"\nsoak seed {seed}")
    rng = random.Random(seed)
    path = fast_folder / "浸泡.orgdesk"
    Store.create(path, sample_document()).close()
    session = EditSession(Store.open(path))
    session.document.load_all()
    counts = {"edit": 0, "undo": 0, "redo": 0, "refused": 0}
    started = time.monotonic()
    reader = sqlite3.connect(path)
    try:
        for number in range(1, steps + 1):
            what, patch = _step(session, rng)
            counts[what] += 1
            assert problems(session.document) == [], f"step {number} ({what}) broke the rules"
            if patch is not None:
                _rows_match(reader, patch, session.document.tables)
            if number % full_every == 0:
                _whole_file_matches(session)
        _whole_file_matches(session)
        while session.undo() is not None:  # undo everything: back to the sample exactly
            pass
        assert digest(session.store.load(lazy=False).snapshot()) == digest(sample_document().snapshot())
    finally:
        reader.close()
        session.close()
    figure(
        f"soak (store): {steps} steps in {time.monotonic() - started:.0f} s — {counts['edit']} edits, "
        f"{counts['undo']} undos, {counts['redo']} redos, {counts['refused']} refused by the rules; "
        f"invariants after every step, whole file compared every {full_every} steps, all undone = start"
    )
