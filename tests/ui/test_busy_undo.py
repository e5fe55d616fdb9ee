"""Undoing or redoing a big step (a scenario copy, an import) shows the wait cursor; a small one does not."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from orgdesk.domain.entities import Unit
from orgdesk.domain.operations import Operation, UpdateEntity
from orgdesk.ui import commands
from orgdesk.ui.main_window import MainWindow


def _cursor_during_undo_and_redo(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[Qt.CursorShape | None]:
    """Rename the root, then undo and redo it, noting the override cursor while each step runs."""
    session = window.context.session
    assert session is not None
    scenario_id = window.tree_model.scenario_id
    assert scenario_id is not None
    root = session.document.root(scenario_id)
    assert isinstance(root, Unit)
    assert window.edits.run_edit(UpdateEntity("unit", root.id, {"name": "改名的分公司"}))
    seen: list[Qt.CursorShape | None] = []

    def noting(step: Callable[[Operation], None]) -> Callable[[Operation], None]:
        def run(operation: Operation) -> None:
            cursor = QApplication.overrideCursor()
            seen.append(None if cursor is None else cursor.shape())
            step(operation)

        return run

    monkeypatch.setattr(session, "apply_undo", noting(session.apply_undo))
    monkeypatch.setattr(session, "apply_redo", noting(session.apply_redo))
    window.edits.stack.undo()
    window.edits.stack.redo()
    assert QApplication.overrideCursor() is None  # given back afterwards
    return seen


def test_a_small_step_is_undone_without_the_wait_cursor(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _cursor_during_undo_and_redo(window, monkeypatch) == [None, None]


def test_a_big_step_is_undone_and_redone_under_the_wait_cursor(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(commands, "BIG_PATCH", 1)  # a rename counts as big here
    wait = Qt.CursorShape.WaitCursor
    assert _cursor_during_undo_and_redo(window, monkeypatch) == [wait, wait]
