"""`orgdesk import` killed with SIGKILL inside its commit window, again and again: every time the
document reopens (as a user opens it, with no help from sqlite3) with either the whole import or
none of it, and passes PRAGMA integrity_check."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import sys
import time
import traceback
from pathlib import Path

from orgdesk.domain.builder import empty_document
from orgdesk.store.files import journal_of
from orgdesk.store.store import Store
from tests.reliability.conftest import Figure
from tests.reliability.random_edits import scaled

ROWS = 3000


def _roster(path: Path) -> None:
    lines = ["部门编号,上级部门编号,部门名称"]
    lines += [f"{n},{(n - 1) // 8 or ''},部门{n:05d}" for n in range(1, ROWS + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _import_in_child(document: Path, roster: Path) -> int:
    """A forked child running the real command line (its messages go to DOC.log), never back into pytest."""
    log = os.open(document.with_suffix(".log"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            sys.stdout = sys.stderr = open(log, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
            os.environ["ORGDESK_DEBUG"] = "1"
            from orgdesk.cli import main

            code = main(["import", str(document), "--from", str(roster)])
        except BaseException:
            traceback.print_exc()
        finally:
            sys.stdout.flush()
            os._exit(code)
    os.close(log)
    return pid


def _kill_in_commit_window(pid: int, journal: Path, rng: random.Random) -> bool:
    """Kill once the commit has started (its journal exists), a random moment later; True if the
    journal was there at the kill."""
    deadline = time.monotonic() + 60
    while not journal.exists() and time.monotonic() < deadline:
        if os.waitpid(pid, os.WNOHANG) != (0, 0):
            return False  # finished before we saw the commit
        time.sleep(0.0005)
    time.sleep(rng.uniform(0, 0.03))
    there = journal.exists()
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return there


def _units(path: Path) -> int:
    with Store.open(path) as store:  # as a user opens it
        count = store.load(lazy=False).count("unit")
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    return count


def test_kill_9_inside_the_commit_of_an_import(tmp_path: Path, figure: Figure) -> None:
    kills = scaled(30, 200)
    original = tmp_path / "original.orgdesk"
    Store.create(original, empty_document("分公司")).close()
    before = _units(original)
    roster = tmp_path / "roster.csv"
    _roster(roster)
    rng = random.Random(int(os.environ.get("ORGDESK_SEED") or random.randrange(1 << 30)))
    document = tmp_path / "导入.orgdesk"
    shutil.copyfile(original, document)
    _, status = os.waitpid(_import_in_child(document, roster), 0)
    assert os.waitstatus_to_exitcode(status) == 0, document.with_suffix(".log").read_text(encoding="utf-8")
    after = _units(document)
    reopened = hot = whole = 0
    for _ in range(kills):
        shutil.copyfile(original, document)
        journal_of(document).unlink(missing_ok=True)
        hot += _kill_in_commit_window(_import_in_child(document, roster), journal_of(document), rng)
        count = _units(document)
        assert count in (before, after), f"half an import: {count} units"
        whole += count == after
        reopened += 1
    assert hot > kills // 2, "too few kills landed inside the commit"
    figure(
        f"kill -9 of import: {reopened}/{kills} documents reopened with all or none of the import "
        f"({hot} killed with the journal present, {whole} had committed), integrity ok every time"
    )
