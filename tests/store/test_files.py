"""Opening files: every kind of bad file is refused cleanly and left unchanged."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine

from orgdesk.domain.document import Document
from orgdesk.store.file_format import APPLICATION_ID, SCHEMA_VERSION
from orgdesk.store.files import DocumentError
from orgdesk.store.schema import _alembic_config
from orgdesk.store.store import Store


def _refused(path: Path, words: str, *, readonly: bool = False) -> None:
    before = path.read_bytes() if path.is_file() else None
    listing = sorted(os.listdir(path.parent)) if path.parent.exists() else []
    with pytest.raises(DocumentError, match=words):
        Store.open(path, readonly=readonly)
    if before is not None:
        assert path.read_bytes() == before, "a refused file must not change"
    assert sorted(os.listdir(path.parent)) == listing, "no journal or backup left beside it"


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="does not exist"):
        Store.open(tmp_path / "没有.orgdesk")


def test_a_folder(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="is a folder"):
        Store.open(tmp_path)


@pytest.mark.parametrize(
    "content",
    [b"", b"hello, this is a text file\n" * 10, "部门,岗位\n市场部,经理\n".encode("gbk"), b"PK\x03\x04" + bytes(200)],
)
def test_files_that_are_not_databases(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "x.orgdesk"
    path.write_bytes(content)
    _refused(path, "not an OrgDesk document")


def test_a_foreign_sqlite_database(tmp_path: Path) -> None:
    path = tmp_path / "other.orgdesk"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    _refused(path, "database, but not an OrgDesk document")


def test_a_file_from_a_newer_orgdesk(sample_file: Path) -> None:
    with sqlite3.connect(sample_file) as connection:
        connection.execute("PRAGMA user_version=99")
    _refused(sample_file, "newer OrgDesk")


def test_a_newer_schema_revision_is_refused(sample_file: Path) -> None:
    with sqlite3.connect(sample_file) as connection:
        connection.execute("UPDATE alembic_version SET version_num='9999'")
    _refused(sample_file, "newer OrgDesk")


def test_a_truncated_file(sample_file: Path, tmp_path: Path) -> None:
    cut = tmp_path / "cut.orgdesk"
    data = sample_file.read_bytes()
    cut.write_bytes(data[: len(data) // 2])
    _refused(cut, "damaged or incomplete")


def test_a_file_with_damaged_pages(sample_file: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.orgdesk"
    data = bytearray(sample_file.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - page, page * 3):
        data[offset : offset + 200] = bytes(range(200))
    broken.write_bytes(bytes(data))
    _refused(broken, "damaged or incomplete")


def test_a_file_in_a_read_only_folder_is_refused_for_editing(
    sample_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Running as root ignores permission bits, so simulate what os.access reports.
    monkeypatch.setattr("orgdesk.store.files.is_writable", lambda _path: False)
    _refused(sample_file, "read-only")
    with Store.open(sample_file, readonly=True) as store:
        assert store.load().count("unit") > 0


def test_closing_leaves_the_document_alone_in_one_file(sample_file: Path) -> None:
    with Store.open(sample_file) as store:
        store.load()
    assert sorted(os.listdir(sample_file.parent)) == [sample_file.name]
    with sqlite3.connect(sample_file) as connection:
        assert connection.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def _old_document(path: Path) -> None:
    """A file as OrgDesk's first schema (revision 0001) wrote it."""
    sqlite3.connect(path).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        connection.exec_driver_sql(f"PRAGMA application_id={APPLICATION_ID}")
        command.upgrade(_alembic_config(connection), "0001")
        connection.exec_driver_sql("PRAGMA user_version=1")
        connection.exec_driver_sql("INSERT INTO organisation VALUES (1, '旧公司', '')")
        connection.exec_driver_sql("INSERT INTO scenario VALUES (1, '现行架构', '', 0, 1, NULL)")
        connection.exec_driver_sql("INSERT INTO unit VALUES (1, 1, NULL, 0, '旧公司', '', '', NULL, '', NULL)")
    engine.dispose()


def test_an_older_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "旧.orgdesk"
    _old_document(path)
    original = path.read_bytes()
    with Store.open(path) as store:
        assert store.backup_path is not None and store.backup_path.exists()
        assert store.backup_path.read_bytes() == original
        document = store.load()
    assert document.organisation.name == "旧公司"
    with sqlite3.connect(path) as connection:
        indexes = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert "ix_unit_parent_id" in indexes
        assert connection.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert connection.execute("SELECT version FROM unit").fetchone()[0] == 1  # 0003: row versions


def test_an_older_file_opened_read_only_is_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "旧.orgdesk"
    _old_document(path)
    original = path.read_bytes()
    with Store.open(path, readonly=True) as store:
        assert store.load().organisation.name == "旧公司"
    assert path.read_bytes() == original


def test_save_as_writes_a_consistent_copy(sample_file: Path, sample: Document, tmp_path: Path) -> None:
    copy = tmp_path / "副本.orgdesk"
    with Store.open(sample_file) as store:
        store.save_as(copy)
    with Store.open(copy) as store:
        assert store.load().snapshot() == sample.snapshot()


def test_create_refuses_to_overwrite(sample_file: Path) -> None:
    with pytest.raises(DocumentError, match="already exists"):
        Store.create(sample_file)


def test_copy_of_a_document_is_independent(sample_file: Path, tmp_path: Path) -> None:
    shutil.copy(sample_file, tmp_path / "b.orgdesk")
    with Store.open(tmp_path / "b.orgdesk") as store:
        assert store.load().count("unit") > 0


def test_the_known_revisions_match_the_migration_scripts() -> None:
    from orgdesk.store.schema import KNOWN_REVISIONS, migration_scripts

    scripts = migration_scripts()
    walked = [script.revision for script in scripts.walk_revisions()]
    assert tuple(reversed(walked)) == KNOWN_REVISIONS
    assert scripts.get_current_head() == KNOWN_REVISIONS[-1]
    assert len(KNOWN_REVISIONS) == SCHEMA_VERSION
