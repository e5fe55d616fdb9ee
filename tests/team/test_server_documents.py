"""Server documents: copy a file up and back down, open by URL in every subcommand, and
migrations only when confirmed."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import types
from pathlib import Path
from typing import Any

import psycopg
import pytest

from orgdesk.cli import main
from orgdesk.domain import operations as ops
from orgdesk.store.copy import copy_document
from orgdesk.store.files import DocumentError
from orgdesk.store.server import NEEDS_MIGRATION, NO_DOCUMENT, open_server, shown_location
from orgdesk.store.session import EditSession
from orgdesk.store.store import HEAD_REVISION, Store

ROSTER_COLUMNS = [("unit", "extra"), ("position", "extra")] + [
    ("person", c) for c in ("employment_type", "id_number", "work_start_date", "political_status", "extra")
]


def orgdesk(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "LANGUAGE": "en", "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "orgdesk", *args], capture_output=True, text=True, env=environment, timeout=120
    )


def info(location: str) -> dict[str, Any]:
    result = orgdesk("info", location, "--json")
    assert result.returncode == 0, result.stderr
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def info_here(location: str) -> dict[str, Any]:
    """`orgdesk info --json` in this process (faster than starting one)."""
    out = io.StringIO()
    assert main(["info", location, "--json"], out) == 0
    data: dict[str, Any] = json.loads(out.getvalue())
    return data


def upload(path: Path, url: str) -> None:
    with Store.open(path, readonly=True) as source:
        copy_document(source, url).close()


def test_copy_up_and_back_keeps_the_document_identical(sample_file: Path, pg_url: str, tmp_path: Path) -> None:
    up = orgdesk("copy", str(sample_file), pg_url)
    assert up.returncode == 0, up.stderr
    assert "s3cret" not in up.stdout  # the password is never shown
    back = tmp_path / "back.orgdesk"
    down = orgdesk("copy", pg_url, str(back))
    assert down.returncode == 0, down.stderr
    file_info, server_info, back_info = info(str(sample_file)), info_here(pg_url), info_here(str(back))
    assert file_info == server_info == back_info
    assert file_info["units"] >= 6 and file_info["positions"] > 10  # the sample, not an empty document


def test_every_scheme_and_the_password_from_pgpassword(
    sample_file: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    upload(sample_file, pg_url)
    without_password = pg_url.replace(":s3cret-test@", "@")
    psycopg_scheme = without_password.replace("postgresql://", "postgresql+psycopg://")
    monkeypatch.setenv("PGPASSWORD", "s3cret-test")  # libpq reads it: OrgDesk never sees or keeps it
    assert main(["info", psycopg_scheme, "--json"], io.StringIO()) == 0
    monkeypatch.setenv("PGPASSWORD", "wrong")
    refused = orgdesk("info", without_password, "--json", env={"PGPASSWORD": "wrong"})
    assert refused.returncode == 2
    assert "Could not connect" in refused.stderr and "wrong" not in refused.stderr


def test_export_and_history_take_a_url(sample_file: Path, pg_url: str, tmp_path: Path) -> None:
    upload(sample_file, pg_url)
    workbook = tmp_path / "roster.xlsx"
    result = orgdesk("export", pg_url, "--xlsx", str(workbook))
    assert result.returncode == 0, result.stderr
    assert workbook.stat().st_size > 1000


def test_sslmode_passes_through_to_the_driver(sample_file: Path, pg_url: str) -> None:
    upload(sample_file, pg_url)
    with pytest.raises(DocumentError) as caught:  # the test server has no TLS: requiring it must fail
        open_server(pg_url + "?sslmode=require")
    assert "SSL" in str(caught.value.params["reason"]) or "ssl" in str(caught.value.params["reason"])
    assert main(["info", pg_url + "?sslmode=disable", "--json"], io.StringIO()) == 0


def test_an_empty_database_holds_no_document(pg_url: str) -> None:
    with pytest.raises(DocumentError) as caught:
        open_server(pg_url)
    assert caught.value.template == NO_DOCUMENT
    assert "s3cret" not in str(caught.value.params)
    assert shown_location(pg_url).count("***") == 1


def test_an_older_server_document_migrates_only_when_confirmed(sample_file: Path, pg_url: str) -> None:
    upload(sample_file, pg_url)
    with psycopg.connect(pg_url) as connection:  # make it look like a document of revision 0002
        for table, column in ROSTER_COLUMNS:  # 0006
            connection.execute(f'ALTER TABLE "{table}" DROP COLUMN {column}')
        connection.execute("DROP TABLE history_chunk")  # 0005
        connection.execute("DROP TABLE history_change; DROP TABLE history; DROP TABLE document_state")
        for table in ("organisation", "unit_type", "scenario", "unit", "position", "person", "assignment"):
            connection.execute(f'ALTER TABLE "{table}" DROP COLUMN version')
        for table in ("duty", "kpi", "relation"):
            connection.execute(f'ALTER TABLE "{table}" DROP COLUMN version')
        connection.execute("DROP INDEX ix_unit_type_id; DROP INDEX ix_position_reports_to_id")  # 0004
        connection.execute("UPDATE alembic_version SET version_num = '0002'")
    with pytest.raises(DocumentError) as caught:
        open_server(pg_url)
    assert caught.value.template == NEEDS_MIGRATION
    old_info = info_here(pg_url)  # reading needs no migration
    assert orgdesk("info", pg_url, "--json", "--migrate").returncode == 0
    with open_server(pg_url) as store:
        assert store.read_revision() == HEAD_REVISION and not store.readonly
    assert info_here(pg_url) == old_info


def test_edits_on_a_server_document_are_kept(sample_file: Path, pg_url: str) -> None:
    upload(sample_file, pg_url)
    session = EditSession(open_server(pg_url))
    market = next(u for u in session.document.all("unit") if getattr(u, "name", "") == "市场部")
    session.execute(ops.UpdateEntity("unit", market.id, {"name": "市场营销部"}))
    session.undo()
    session.redo()
    session.close()
    names = json.dumps(info_here(pg_url), ensure_ascii=False)
    assert "市场营销部" in names and '"市场部"' not in names


def test_the_password_comes_from_the_system_keyring_when_installed(
    sample_file: Path, pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    upload(sample_file, pg_url)
    without_password = pg_url.replace(":s3cret-test@", "@")
    asked: list[tuple[str, str]] = []

    def get_password(service: str, name: str) -> str | None:
        asked.append((service, name))
        return "s3cret-test"

    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")  # no ~/.pgpass either: only the keyring knows it
    monkeypatch.setitem(sys.modules, "keyring", types.SimpleNamespace(get_password=get_password))
    with open_server(without_password) as store:
        assert store.load().count("unit") > 0
    assert asked and asked[0][1].startswith("orgdesk_admin@127.0.0.1:")
    assert "s3cret" not in asked[0][1]


def test_a_failed_upload_leaves_the_database_empty_for_a_retry(sample_file: Path, pg_url: str, tmp_path: Path) -> None:
    """A NUL in an old document's name is refused by PostgreSQL: the upload ends with one line and
    takes its new tables back with it, so the retry of a mended file is not refused as "not empty"."""
    import sqlite3

    broken = tmp_path / "nul.orgdesk"
    broken.write_bytes(sample_file.read_bytes())
    with sqlite3.connect(broken) as connection:
        connection.execute("UPDATE unit SET name = '市场' || char(0) || '部' WHERE id = 2")
    failed = orgdesk("copy", str(broken), pg_url)
    assert failed.returncode == 2, failed.stderr
    assert len(failed.stderr.strip().splitlines()) == 1 and "Could not create" in failed.stderr
    with psycopg.connect(pg_url.replace("postgresql://", "postgresql://", 1)) as connection:
        tables = connection.execute("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")
        assert tables.fetchone() == (0,)
    retry = orgdesk("copy", str(sample_file), pg_url)
    assert retry.returncode == 0, retry.stderr
