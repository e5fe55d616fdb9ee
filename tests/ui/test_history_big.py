"""The History dock with a big operation (a scenario copy): the list reads only a sample of its
changed items but counts them all, and the exported workbook has every one of them."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from orgdesk.domain.operations import CopyScenario
from orgdesk.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedInteraction


def test_a_scenario_copy_is_counted_in_full_and_exported_in_full(
    window: MainWindow, interaction: ScriptedInteraction, tmp_path: Path
) -> None:
    session = window.context.session
    assert session is not None
    current = session.document.current_scenario()
    assert current is not None
    operation = CopyScenario(current.id, "方案A")
    assert window.edits.run_edit(operation)
    assert operation.patch is not None
    copied = len(operation.patch.changes)
    dock = window.findChild(type(window.tree_dock), "historyDock")
    assert dock is not None
    dock.show()
    panel = window.team.history
    entry = panel.entries[-1]
    assert entry.change_count == copied and len(entry.changes) < copied  # a sample was read
    assert panel.shown_rows()[0].endswith(f"{copied} items")
    target = tmp_path / "history.xlsx"
    interaction.save_answers.append(target)
    assert panel.export()
    sheet = load_workbook(target, read_only=True).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert sum(1 for row in rows if row[0] == entry.id) == copied
