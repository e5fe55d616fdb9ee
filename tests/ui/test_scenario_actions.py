"""Scenario › New (copy), Rename, Delete, Mark as Current: undoable edits; the switcher follows."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMenu, QProgressDialog, QToolButton
from pytestqt.qtbot import QtBot

from orgdesk.domain.document import Document
from orgdesk.domain.operations import Operation
from orgdesk.ui import scenario_actions
from orgdesk.ui.main_window import MainWindow
from tests.ui.conftest import ScriptedInteraction


def _document(window: MainWindow) -> Document:
    session = window.context.session
    assert session is not None
    return session.document


def _names(window: MainWindow) -> list[str]:
    return [s.name for s in _document(window).scenarios()]


def test_the_scenario_menu_and_toolbar_button_offer_the_actions(window: MainWindow) -> None:
    menu = window.menuBar().findChild(QMenu, "scenarioMenu")
    assert isinstance(menu, QMenu)
    texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    assert texts == [
        "&New Scenario (Copy of Shown)…",
        "&Rename Scenario…",
        "&Delete Scenario…",
        "&Mark as Current (现行)",
        "&Compare Scenarios…",
    ]
    button = window.findChild(QToolButton, "scenarioMenuButton")
    assert isinstance(button, QToolButton) and button.menu() is menu
    actions = window.scenario_actions
    actions.update()
    assert actions.new_action.isEnabled() and not actions.current_action.isEnabled()  # 现行架构 is shown


def test_copy_through_the_action_shows_and_selects_the_new_scenario_and_undo_removes_it(
    window: MainWindow, interaction: ScriptedInteraction
) -> None:
    source = window.tree_model.scenario_id
    interaction.text_answers.append("方案A")
    window.scenario_actions.new_action.trigger()

    title, label, proposed = interaction.text_questions[-1]
    assert title == "New Scenario" and "“现行架构”" in label and proposed == "Option A"
    document = _document(window)
    copy = document.scenario_named("方案A")
    assert copy is not None and copy.origin_id == source
    assert window.tree_model.scenario_id == copy.id
    assert window.scenarios.scenario_id() == copy.id and window.scenarios.currentText() == "方案A"
    assert len(document.units_of_scenario(copy.id)) == len(document.units_of_scenario(source or 0))
    assert window.edits.stack.undoText() == "Copy scenario “现行架构” as “方案A”"

    window.edits.stack.undo()
    assert document.scenario_named("方案A") is None
    assert "方案A" not in window.scenarios.scenario_names()
    assert window.tree_model.scenario_id == source
    assert not interaction.warnings


def test_a_taken_name_is_refused_with_a_message_and_nothing_changes(
    window: MainWindow, interaction: ScriptedInteraction
) -> None:
    interaction.text_answers.append("前后端型")
    assert window.scenario_actions.new_scenario() is None
    assert interaction.warnings and "“前后端型” already exists" in interaction.warnings[-1][1]
    assert window.edits.stack.count() == 0


def test_rename_then_mark_as_current_then_undo_both(window: MainWindow, interaction: ScriptedInteraction) -> None:
    other = _document(window).scenario_named("前后端型")
    assert other is not None
    window.show_scenario(other.id)
    interaction.text_answers.append("  方案B ")
    assert window.scenario_actions.rename_scenario()
    assert "方案B" in _names(window) and "方案B" in window.scenarios.scenario_names()

    assert window.scenario_actions.mark_current()
    current = _document(window).current_scenario()
    assert current is not None and current.id == other.id
    assert window.scenarios.currentText() == "方案B (current)"
    window.scenario_actions.update()
    assert not window.scenario_actions.current_action.isEnabled()

    window.edits.stack.undo()
    window.edits.stack.undo()
    current = _document(window).current_scenario()
    assert current is not None and current.name == "现行架构"
    assert "前后端型" in _names(window)


def test_delete_asks_then_deletes_and_undo_brings_it_back(window: MainWindow, interaction: ScriptedInteraction) -> None:
    other = _document(window).scenario_named("产品主导型")
    assert other is not None
    window.show_scenario(other.id)
    interaction.confirm_answers.append(False)
    assert not window.scenario_actions.delete_scenario()  # cancelled: nothing happens
    assert "产品主导型" in _names(window)
    title, question, accept = interaction.questions[-1]
    assert title == "Delete Scenario" and accept == "Delete"
    assert "“产品主导型” with its 23 units and 23 posts" in question and "undo" in question

    interaction.confirm_answers.append(True)
    assert window.scenario_actions.delete_scenario()
    assert "产品主导型" not in _names(window) and "产品主导型" not in window.scenarios.scenario_names()
    shown = _document(window).get("scenario", window.tree_model.scenario_id)
    assert shown is not None  # the window moved to a scenario that exists

    window.edits.stack.undo()
    assert "产品主导型" in _names(window) and "产品主导型" in window.scenarios.scenario_names()
    restored = _document(window).scenario_named("产品主导型")
    assert restored is not None and len(_document(window).units_of_scenario(restored.id)) == 23


def test_the_last_scenario_is_not_deleted_and_the_message_says_what_to_do(
    qtbot: QtBot, window: MainWindow, interaction: ScriptedInteraction
) -> None:
    for name in ("前后端型", "产品主导型", "客户主导型"):
        scenario = _document(window).scenario_named(name)
        assert scenario is not None
        window.show_scenario(scenario.id)
        interaction.confirm_answers.append(True)
        assert window.scenario_actions.delete_scenario()
    assert _names(window) == ["现行架构"]
    assert not window.scenario_actions.delete_scenario()
    title, text = interaction.warnings[-1]
    assert title == "Scenario not deleted"
    assert "only scenario" in text and "Scenario › New Scenario" in text
    assert _names(window) == ["现行架构"]


def test_a_big_copy_shows_a_busy_dialog_while_it_runs(
    window: MainWindow, interaction: ScriptedInteraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scenario_actions, "BUSY_UNITS", 0)
    shown: list[bool] = []
    real = window.edits.run_edit

    def run_edit(operation: Operation) -> bool:
        dialog = window.findChild(QProgressDialog, "scenarioBusy")
        shown.append(dialog is not None and dialog.isVisible())
        return real(operation)

    monkeypatch.setattr(window.edits, "run_edit", run_edit)
    interaction.text_answers.append("方案C")
    assert window.scenario_actions.new_scenario() is not None
    assert shown == [True]
    assert "方案C" in window.scenarios.scenario_names()
    qtbot_idle = window.findChild(QProgressDialog, "scenarioBusy")
    assert qtbot_idle is None or not qtbot_idle.isVisible()
