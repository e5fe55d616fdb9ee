"""The window on a server document: opened by URL at start-up, asked before migrating, and
read-only with a banner for a user who may only read."""

from __future__ import annotations

from pathlib import Path

import psycopg

from orgdesk.store.store import HEAD_REVISION
from orgdesk.ui.main_window import MainWindow
from tests.team.test_security import _reader_url
from tests.team.test_server_documents import upload
from tests.ui.conftest import ScriptedInteraction, _application_font, context, interaction, sample_path, window

ROSTER_COLUMNS = [("unit", "extra"), ("position", "extra")] + [
    ("person", c) for c in ("employment_type", "id_number", "work_start_date", "political_status", "extra")
]

__all__ = ["_application_font", "context", "interaction", "sample_path", "window"]  # fixtures used here


def test_a_url_at_start_up_opens_the_server_document(window: MainWindow, sample_file: Path, pg_url: str) -> None:
    upload(sample_file, pg_url)
    assert window.documents.open_startup([pg_url])
    session = window.context.session
    assert session is not None and session.store.server and not session.store.readonly
    assert "s3cret" not in window.windowTitle()
    assert window.team.banner_text() == ""
    assert all("postgresql" not in str(path) for path in window.context.recent.paths())


def test_a_select_only_user_sees_a_read_only_banner(window: MainWindow, sample_file: Path, pg_url: str) -> None:
    upload(sample_file, pg_url)
    assert window.team.open_url(_reader_url(pg_url))
    assert "database administrator" in window.team.banner_text()
    assert not window.edits.editable()
    assert window.team.poll() == 0


def test_an_older_server_document_is_migrated_only_after_the_question(
    window: MainWindow, sample_file: Path, pg_url: str, interaction: ScriptedInteraction
) -> None:
    upload(sample_file, pg_url)
    with psycopg.connect(pg_url) as connection:
        connection.execute("DROP INDEX ix_unit_type_id; DROP INDEX ix_position_reports_to_id")  # 0004
        connection.execute("UPDATE alembic_version SET version_num = '0002'")  # pretend: needs 0003 and 0004
        for table, column in ROSTER_COLUMNS:  # 0006
            connection.execute(f'ALTER TABLE "{table}" DROP COLUMN {column}')
        connection.execute("DROP TABLE history_chunk")  # 0005
        connection.execute("DROP TABLE history_change; DROP TABLE history; DROP TABLE document_state")
        for table in ("organisation", "unit_type", "scenario", "unit", "position", "person", "assignment"):
            connection.execute(f'ALTER TABLE "{table}" DROP COLUMN version')
        for table in ("duty", "kpi", "relation"):
            connection.execute(f'ALTER TABLE "{table}" DROP COLUMN version')
    interaction.confirm_answers.append(False)
    assert not window.team.open_url(pg_url)
    assert "older format" in interaction.questions[-1][1]
    interaction.confirm_answers.append(True)
    assert window.team.open_url(pg_url)
    assert window.context.session is not None and window.context.session.store.revision == HEAD_REVISION
