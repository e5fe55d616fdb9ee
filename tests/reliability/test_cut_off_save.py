"""A save cut off inside its commit (kill -9, a power cut) leaves SQLite's hot journal. OrgDesk
finishes undoing it itself, after checking the rolled-back state as any document, and opens the
document with every committed edit: in the store, the CLI and the window."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from orgdesk.domain.sample import sample_document
from orgdesk.store import files
from orgdesk.store.files import DocumentError, journal_of
from orgdesk.store.store import Store
from tests.reliability.random_edits import digest

ROOT = Path(__file__).resolve().parents[2]


def cut_off_save(path: Path) -> None:  # also used by the window test
    """A process that dies in the middle of a commit which has already written pages to the file."""
    script = f"""
import os, signal, sqlite3
connection = sqlite3.connect({str(path)!r}, isolation_level=None)
connection.execute("PRAGMA cache_size=2")  # spill changed pages into the file before the commit
connection.execute("BEGIN IMMEDIATE")
connection.execute("UPDATE unit SET name = name || '（半途）'")
connection.execute("UPDATE duty SET text = text || '（半途）'")
connection.execute("UPDATE unit SET name = name || '（再）'")
os.kill(os.getpid(), signal.SIGKILL)
"""
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert completed.returncode == -signal.SIGKILL, completed.stderr
    assert journal_of(path).stat().st_size > 0, "no hot journal was left"
    with pytest.raises(sqlite3.Error):  # what locked users out: a read-only look cannot roll it back
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            connection.execute("SELECT count(*) FROM unit").fetchone()
        finally:
            connection.close()


@pytest.fixture
def saved(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "半途.orgdesk"
    Store.create(path, sample_document()).close()
    with Store.open(path, readonly=True) as store:
        committed = digest(store.load(lazy=False).snapshot())
    return path, committed


def test_the_store_opens_a_document_whose_save_was_cut_off(saved: tuple[Path, str]) -> None:
    path, committed = saved
    cut_off_save(path)
    with Store.open(path) as store:
        assert digest(store.load(lazy=False).snapshot()) == committed
    assert not journal_of(path).exists()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_read_only_opening_recovers_too(saved: tuple[Path, str]) -> None:
    path, committed = saved
    cut_off_save(path)
    with Store.open(path, readonly=True) as store:
        assert digest(store.load(lazy=False).snapshot()) == committed


def test_the_command_line_opens_it(saved: tuple[Path, str]) -> None:
    path, _ = saved
    cut_off_save(path)
    environment = {**os.environ, "ORGDESK_LANG": "en", "LANGUAGE": "en"}
    result = subprocess.run(
        [sys.executable, "-m", "orgdesk", "info", str(path), "--json"],
        capture_output=True, text=True, cwd=ROOT, env=environment, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert '"units"' in result.stdout and "半途" not in result.stdout


def test_a_cut_off_save_of_a_foreign_database_is_refused_and_left_alone(saved: tuple[Path, str]) -> None:
    """The rolled-back state is checked before the original is touched: a trigger in it is refused,
    and the file and its journal stay exactly as they were."""
    path, _ = saved
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TRIGGER sneaky AFTER INSERT ON unit BEGIN SELECT 1; END")
    cut_off_save(path)
    before = path.read_bytes(), journal_of(path).read_bytes()
    with pytest.raises(DocumentError) as refused:
        Store.open(path)
    assert str(path) in str(refused.value) and "trigger" in str(refused.value).lower()
    assert (path.read_bytes(), journal_of(path).read_bytes()) == before


def test_a_read_only_document_with_a_cut_off_save_says_what_to_do(
    saved: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    path, _ = saved
    cut_off_save(path)
    monkeypatch.setattr(files, "is_writable", lambda _: False)  # tests run as root, who may write anyway
    before = path.read_bytes()
    with pytest.raises(DocumentError) as refused:
        Store.open(path, readonly=True)
    assert refused.value.template == files.UNFINISHED_SAVE_READ_ONLY
    assert str(journal_of(path)) in str(refused.value)
    assert path.read_bytes() == before
