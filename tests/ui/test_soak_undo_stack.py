"""Soak test through the GUI's undo stack: random edits via window.edits.run_edit, random
undo/redo via the QUndoStack; the window's document, the file and the tree model agree."""

from __future__ import annotations

import random
import time
from collections.abc import Callable

from pytestqt.qtbot import QtBot

from orgdesk.domain.rules import RuleViolation
from orgdesk.ui.main_window import MainWindow
from tests.reliability.random_edits import digest, problems, random_operation, scaled


def _tree_names(window: MainWindow) -> int:
    """Rows the tree model shows under its root, walked fully (it must not break)."""
    model = window.tree_model
    pending = [model.index(row, 0) for row in range(model.rowCount())]
    seen = 0
    while pending:
        index = pending.pop()
        seen += 1
        pending.extend(model.index(row, 0, index) for row in range(model.rowCount(index)))
    return seen


def test_random_edits_and_undo_redo_through_the_window(
    window: MainWindow, qtbot: QtBot, record_property: Callable[[str, object], None]
) -> None:
    steps = scaled(120, 2_000)
    seed = random.randrange(1 << 30)
    print(f"\nGUI soak seed {seed}")
    rng = random.Random(seed)
    session = window.context.session
    assert session is not None
    stack = window.edits.stack
    window.context.interaction.warnings.clear()  # type: ignore[attr-defined]
    counts = {"edit": 0, "undo": 0, "redo": 0, "refused": 0}
    started = time.monotonic()
    for _ in range(steps):
        roll = rng.random()
        if roll < 0.2 and stack.canUndo():
            stack.undo()
            counts["undo"] += 1
        elif roll < 0.3 and stack.canRedo():
            stack.redo()
            counts["redo"] += 1
        else:
            operation = random_operation(session.document, rng)
            try:
                operation.prepare(session.document)
            except RuleViolation:
                counts["refused"] += 1  # the window would warn; the rules are tested elsewhere
                continue
            assert window.edits.run_edit(operation), window.context.interaction.warnings  # type: ignore[attr-defined]
            counts["edit"] += 1
        assert problems(session.document) == []
        scenario_id = window.tree_model.scenario_id
        assert scenario_id is not None
        units = len(session.document.units_of_scenario(scenario_id))
        assert _tree_names(window) == units, "the tree shows other units than the document"
    qtbot.wait(10)
    assert digest(session.store.load(lazy=False).snapshot()) == digest(session.document.snapshot())
    while stack.canUndo():
        stack.undo()
    assert stack.index() == 0
    text = (
        f"soak (GUI undo stack): {steps} steps in {time.monotonic() - started:.0f} s — {counts['edit']} edits, "
        f"{counts['undo']} undos, {counts['redo']} redos; tree, document and file agree"
    )
    print(text)
    record_property("figure", text)  # listed with the reliability figures
