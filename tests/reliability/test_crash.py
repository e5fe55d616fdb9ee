"""Crash test: a child process edits a document and is killed with SIGKILL at random moments.

After every kill the document must open, pass PRAGMA integrity_check, and hold every edit
the child reported as committed: it is exactly the last reported state, or (killed between
the commit and the report) the state the child announced it was about to commit.
"""

from __future__ import annotations

import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from orgdesk.domain.sample import sample_document
from orgdesk.store.store import Store
from tests.reliability.conftest import Figure
from tests.reliability.crash_child import fd_writer, run
from tests.reliability.random_edits import digest, scaled

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Committed:
    """What the parent knows: the last reported commit, and every counter ever reported."""

    counter: int
    digest: str
    reported: set[int] = field(default_factory=set)
    mid_commit_kills: int = 0
    plans_lost: int = 0


def _fork_child(path: Path, seed: int) -> tuple[int, int]:
    """A forked child (a real process, started in milliseconds since nothing is re-imported)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 0
        try:
            os.close(read_end)
            run(path, seed, fd_writer(write_end))
        except BaseException:
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    return pid, read_end


def _wait_ready(fd: int, timeout: float) -> bytes:
    """Read until READY (or the timeout); the child is busy editing from then on."""
    seen = b""
    deadline = time.monotonic() + timeout
    while b"READY" not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            chunk = os.read(fd, 65536)
            if not chunk:
                break
            seen += chunk
    return seen


def _drain(fd: int) -> bytes:
    chunks = []
    while chunk := os.read(fd, 65536):
        chunks.append(chunk)
    os.close(fd)
    return b"".join(chunks)


def _check_after_kill(path: Path, output: str, known: Committed) -> None:
    pending: str | None = None
    for line in output.splitlines():
        word, *rest = line.split()
        if word == "PLAN":
            pending = rest[0]
        elif word == "DONE":
            known.counter, known.digest, pending = int(rest[0]), rest[1], None
            known.reported.add(known.counter)
    store = Store.open(path)  # first, as a user would: it must cope with a hot journal itself
    try:
        document = store.load(lazy=False)
        counter = store.change_counter()
        history = {entry.id for entry in store.history()}
    finally:
        store.close()
    found = digest(document.snapshot())
    if counter == known.counter:
        assert found == known.digest, "the file is not the last committed state"
        known.mid_commit_kills += pending is not None
        known.plans_lost += pending is not None
    else:
        assert counter == known.counter + 1 and found == pending, "an edit half-written or lost"
        known.counter, known.digest = counter, found
        known.mid_commit_kills += 1
    missing = known.reported - history
    assert not missing, f"reported commits missing from the file: {sorted(missing)}"
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_sigkill_at_random_moments_loses_no_committed_edit(tmp_path: Path, figure: Figure) -> None:
    kills = scaled(100, 1000)
    path = tmp_path / "崩溃.orgdesk"
    Store.create(path, sample_document()).close()
    with Store.open(path) as store:
        known = Committed(store.change_counter(), digest(store.load(lazy=False).snapshot()))
    seed = int(os.environ.get("ORGDESK_SEED") or random.randrange(1 << 30))  # ORGDESK_SEED repeats a run
    print(f"\ncrash test seed {seed}")
    rng = random.Random(seed)
    started = time.monotonic()
    for _ in range(kills):
        pid, fd = _fork_child(path, rng.randrange(1 << 30))
        if rng.random() < 0.1:
            time.sleep(rng.uniform(0, 0.05))  # sometimes while it is still opening the file
            head = b""
        else:
            head = _wait_ready(fd, timeout=30)
            time.sleep(rng.uniform(0, 0.5))  # a commit takes ~50 ms (fsync)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), "the child ended on its own (it crashed?)"
        _check_after_kill(path, (head + _drain(fd)).decode(), known)
    seconds = time.monotonic() - started
    text = (
        f"crash: {kills} SIGKILLs survived, {len(known.reported)} commits reported, 0 lost, "
        f"{known.mid_commit_kills} kills between PLAN and DONE, integrity ok every time ({seconds:.0f} s)"
    )
    figure(text)


def test_a_real_interpreter_child_killed_mid_edit(tmp_path: Path) -> None:
    """The same through `python -m` (a fresh interpreter), fewer times: starting one is slow."""
    path = tmp_path / "子进程.orgdesk"
    Store.create(path, sample_document()).close()
    with Store.open(path) as store:
        known = Committed(store.change_counter(), digest(store.load(lazy=False).snapshot()))
    for seed in range(scaled(3, 20)):
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.crash_child", str(path), str(seed)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
        )
        assert child.stdout is not None
        head = _wait_ready(child.stdout.fileno(), timeout=60)
        assert b"READY" in head, "the child did not start"
        time.sleep(0.3 + seed * 0.07)
        child.send_signal(signal.SIGKILL)
        child.wait()
        rest = child.stdout.read()
        _check_after_kill(path, (head + rest).decode(), known)
    assert known.reported, "the children committed nothing before being killed"
