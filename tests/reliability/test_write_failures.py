"""A commit that fails (disk full, I/O error, folder turned read-only) says so clearly and
leaves the document, on disk and in memory, as of the last good commit."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from orgdesk.domain import operations as ops
from orgdesk.domain.sample import sample_document
from orgdesk.i18n import render
from orgdesk.store.files import DocumentError
from orgdesk.store.session import EditSession
from orgdesk.store.store import Store
from orgdesk.store.write_guard import BECAME_READ_ONLY, DISK_ERROR, DISK_FULL
from tests.reliability.conftest import Figure
from tests.reliability.random_edits import digest


@pytest.fixture
def session(sample_file: Path) -> Iterator[EditSession]:
    opened = EditSession(Store.open(sample_file))
    opened.document.load_all()
    yield opened
    opened.close()


def _a_root_child(session: EditSession) -> int:
    scenario = session.document.current_scenario()
    assert scenario is not None
    root = session.document.root(scenario.id)
    assert root is not None
    return root.id


def _big_edit(session: EditSession) -> ops.Operation:
    """An edit that needs new pages in the file (a long duty text)."""
    return ops.AddDuty("unit", _a_root_child(session), text="职责" * 2_000)  # the longest a duty may be: 12 KB


def _file_state(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Store.open(path, readonly=True) as store:
        return digest(store.load(lazy=False).snapshot())


def _refused_as(session: EditSession, operation: ops.Operation, template: str) -> DocumentError:
    before = digest(session.document.snapshot())
    with pytest.raises(DocumentError) as refused:
        session.execute(operation)
    assert refused.value.template == template, str(refused.value)
    assert digest(session.document.snapshot()) == before, "the document in memory changed"
    assert _file_state(session.store.path) == before, "the file is not as of the last good commit"
    return refused.value


def test_disk_full_is_reported_and_nothing_half_written(session: EditSession, figure: Figure) -> None:
    session.execute(ops.AddUnit(session.document.current_scenario().id, _a_root_child(session), "新部门"))  # type: ignore[union-attr]
    engine = session.store.engine
    engine.dispose()

    def no_room(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        pages = dbapi_connection.execute("PRAGMA page_count").fetchone()[0]
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own SQLITE_FULL

    event.listen(engine, "connect", no_room)
    error = _refused_as(session, _big_edit(session), DISK_FULL)
    assert "disk is full" in str(error) and "Free some space" in str(error)
    assert "磁盘已满" in render("Store", error.template, error.params, "zh_CN")
    event.remove(engine, "connect", no_room)
    engine.dispose()
    session.execute(_big_edit(session))  # with room again, the same edit goes through
    assert _file_state(session.store.path) == digest(session.document.snapshot())
    figure("write failures: disk full (SQLite max_page_count) refused cleanly, file as of last commit")


@pytest.mark.parametrize("failing", ["do_execute", "do_commit"])
def test_an_io_error_is_reported_and_the_edit_can_be_made_again(
    session: EditSession, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    dialect = session.store.engine.dialect
    original: Callable[..., Any] = getattr(dialect, failing)
    calls = {"n": 0}
    fail_at = 1 if failing == "do_commit" else 3  # at the commit, or partway through the statements

    def broken(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        if calls["n"] == fail_at:
            raise sqlite3.OperationalError("disk I/O error")
        return original(*args, **kwargs)

    monkeypatch.setattr(dialect, failing, broken)
    operation = ops.DeleteUnit(session.document.children_of(session.document.unit(_a_root_child(session)))[0].id)
    error = _refused_as(session, operation, DISK_ERROR)
    assert "disk reported an error" in str(error)
    monkeypatch.setattr(dialect, failing, original)
    session.execute(ops.DeleteUnit(operation.unit_id))  # type: ignore[attr-defined]
    assert _file_state(session.store.path) == digest(session.document.snapshot())


def _in_unprivileged_child(work: Callable[[], dict[str, object]]) -> dict[str, object]:
    """Run `work` in a forked child as an ordinary user (root ignores file permissions)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            os.close(read_end)
            if os.getuid() == 0:
                os.setgid(65534)
                os.setuid(65534)  # nobody
            result = work()
        except BaseException as error:  # report anything, never return into pytest
            result = {"crash": repr(error)}
        os.write(write_end, json.dumps(result).encode())
        os._exit(0)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    return dict(json.loads(b"".join(chunks)))


@pytest.fixture
def open_folder() -> Iterator[Path]:
    """A folder any user can reach (pytest's own temporary folders are the owner's only)."""
    top = Path(tempfile.mkdtemp(prefix="orgdesk-ro-"))
    os.chmod(top, 0o777)
    yield top
    for item in (top, *top.rglob("*")):
        if item.is_dir():
            os.chmod(item, 0o777)
    shutil.rmtree(top)


def test_the_folder_turning_read_only_is_reported(open_folder: Path) -> None:
    folder = open_folder / "共享盘"
    folder.mkdir()
    path = folder / "架构.orgdesk"
    Store.create(path, sample_document()).close()
    for item in (folder, path):
        os.chmod(item, 0o777 if item.is_dir() else 0o666)
    if os.getuid() == 0:
        os.chown(folder, 65534, 65534)
        os.chown(path, 65534, 65534)

    def work() -> dict[str, object]:
        session = EditSession(Store.open(path))
        session.document.load_all()
        root = _a_root_child(session)
        session.execute(ops.AddUnit(session.document.unit(root).scenario_id, root, "最后保存的部门"))
        good = digest(session.document.snapshot())
        os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)  # the share turns read-only
        try:
            session.execute(ops.AddUnit(session.document.unit(root).scenario_id, root, "未保存的部门"))
        except DocumentError as error:
            unchanged = digest(session.document.snapshot()) == good
            return {"template": error.template, "message": str(error), "good": good, "memory_unchanged": unchanged}
        finally:
            session.close()
        return {"template": "", "good": good}

    result = _in_unprivileged_child(work)
    os.chmod(folder, 0o777)
    assert result.get("template") == BECAME_READ_ONLY, result
    assert result["memory_unchanged"]
    assert _file_state(path) == result["good"]
    assert not list(folder.glob("*-journal")), "a journal was left beside the file"


def test_a_read_only_file_is_opened_read_only_only_when_asked(sample_file: Path) -> None:
    os.chmod(sample_file, 0o444)
    with Store.open(sample_file, readonly=True) as store:
        assert store.load().count("unit") > 0
