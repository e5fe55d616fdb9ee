"""Opening a document that carries a trigger from the window: a clear warning (both
languages), the open document stays, and the hostile file is not changed."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from orgdesk.domain.sample import sample_document
from orgdesk.i18n import render
from orgdesk.store.schema_check import EXTRA_CODE
from orgdesk.store.store import Store
from orgdesk.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedInteraction


def test_a_document_with_a_trigger_is_refused_and_the_open_one_stays(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    hostile = tmp_path / "来信附件.orgdesk"
    Store.create(hostile, sample_document()).close()
    with sqlite3.connect(hostile) as connection:
        connection.execute("CREATE TRIGGER t AFTER UPDATE ON unit BEGIN DELETE FROM person; END")
    before = hostile.read_bytes()
    session = window.context.session
    assert not window.documents.open_path(hostile)
    assert window.context.session is session, "the open document was replaced"
    _title, text = interaction.warnings[-1]
    assert "trigger “t”" in text and "clean copy" in text
    assert hostile.read_bytes() == before
    chinese = render("Store", EXTRA_CODE, {"path": str(hostile), "what": "trigger “t”"}, "zh_CN")
    assert "{" not in chinese
