"""A planner whose database user may only read gets a read-only document, not a crash; the
history can be read and exported from a server document."""

from __future__ import annotations

import io
import json
from pathlib import Path

import psycopg
import pytest
from openpyxl import load_workbook

from orgdesk.cli import main
from orgdesk.domain import operations as ops
from orgdesk.domain.entities import Unit
from orgdesk.store.files import DocumentError
from orgdesk.store.server import open_server
from orgdesk.store.session import EditSession
from orgdesk.store.store import READ_ONLY_GRANTS
from tests.team.test_server_documents import upload


def _reader_url(pg_url: str) -> str:
    database = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_url, autocommit=True) as connection:
        connection.execute(f"CREATE ROLE reader_{database} LOGIN PASSWORD 'look-only'")
        connection.execute(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_{database}")
    host = pg_url.split("@", 1)[1]
    return f"postgresql://reader_{database}:look-only@{host}"


def test_a_user_granted_select_only_gets_a_read_only_document(sample_file: Path, pg_url: str) -> None:
    upload(sample_file, pg_url)
    reader = _reader_url(pg_url)
    session = EditSession(open_server(reader))
    assert session.store.readonly and session.store.readonly_reason == "grants"
    market = next(u for u in session.document.all("unit") if isinstance(u, Unit) and u.name == "市场部")
    with pytest.raises(DocumentError) as caught:
        session.execute(ops.UpdateEntity("unit", market.id, {"name": "X"}))
    assert caught.value.template == READ_ONLY_GRANTS
    assert session.document.unit(market.id).name == "市场部"
    assert session.refresh() == 0  # polling works read-only
    session.close()
    out = io.StringIO()
    assert main(["info", reader, "--json"], out) == 0


def test_history_of_a_server_document_as_json_and_workbook(sample_file: Path, pg_url: str, tmp_path: Path) -> None:
    upload(sample_file, pg_url)
    session = EditSession(open_server(pg_url))
    session.store.author = "李四"
    market = next(u for u in session.document.all("unit") if isinstance(u, Unit) and u.name == "市场部")
    session.execute(ops.UpdateEntity("unit", market.id, {"name": "=市场营销部"}))
    session.close()
    out = io.StringIO()
    assert main(["history", pg_url, "--json"], out) == 0
    entries = json.loads(out.getvalue())["entries"]
    assert entries[-1]["author"] == "李四" and entries[-1]["source"] == "edit"
    change = entries[-1]["changes"][0]
    assert change["before"]["name"] == "市场部" and change["after"]["name"] == "=市场营销部"
    workbook = tmp_path / "history.xlsx"
    assert main(["history", pg_url, "--xlsx", str(workbook)], io.StringIO()) == 0
    sheet = load_workbook(workbook).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[-1][2] == "李四" and "=市场营销部" in str(rows[-1][7])
    assert sheet.cell(row=sheet.max_row, column=8).data_type == "s"  # text, never a formula
