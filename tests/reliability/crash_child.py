"""The process the crash test kills: random edits (and undo/redo) through the real store.

For every edit it writes two lines to its output, flushed at once:
    PLAN <digest>              before the commit: the document it is about to commit
    DONE <counter> <digest>    after the commit returned: change counter and document
so the parent knows, at any kill, which states the file may legally be in.

Run as `python -m tests.reliability.crash_child PATH SEED` (or forked by the test, which
starts children faster than a new interpreter can).
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

from orgdesk.domain.patch import Patch
from orgdesk.domain.rules import RuleViolation
from orgdesk.store.session import EditSession
from orgdesk.store.store import Store
from tests.reliability.random_edits import digest, random_operation, snapshot_after


def run(path: Path, seed: int, emit: Callable[[str], None], edits: int = 1_000_000) -> None:
    rng = random.Random(seed)
    session = EditSession(Store.open(path))
    session.document.load_all()
    emit("READY")
    for _ in range(edits):
        step = rng.random()
        if step < 0.15 and session.done:
            patch = _undo_patch(session)
            emit(f"PLAN {digest(snapshot_after(session.document, patch))}")
            session.undo()
        elif step < 0.25 and session.undone:
            operation = session.undone[-1]
            emit(f"PLAN {digest(snapshot_after(session.document, operation.prepare(session.document)))}")
            session.redo()
        else:
            operation = random_operation(session.document, rng)
            try:
                patch = operation.prepare(session.document)
            except RuleViolation:
                continue
            if patch.is_empty():
                continue
            emit(f"PLAN {digest(snapshot_after(session.document, patch))}")
            session.execute(operation)
        emit(f"DONE {session.store.seen} {digest(session.document.snapshot())}")
    session.close()


def _undo_patch(session: EditSession) -> Patch:
    patch = session.done[-1].patch
    assert patch is not None
    return patch.inverse()


def fd_writer(fd: int) -> Callable[[str], None]:
    def emit(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    return emit


if __name__ == "__main__":
    run(Path(sys.argv[1]), int(sys.argv[2]), fd_writer(sys.stdout.fileno()))
