"""Scenario › New (a copy of the shown scenario), Rename, Delete, Mark as Current, Compare…

`install_scenario_actions(shell)` is the one call the main window makes: it fills the Scenario
menu, adds a Scenario button next to the toolbar's switcher, and the comparison window
(orgdesk.ui.compare). Every change is one undoable edit through `shell.edits.run_edit`; the
switcher and the views follow from the change notices, and after a copy the window shows it.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QProgressDialog, QToolButton, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Scenario
from orgdesk.domain.operations import CopyScenario, DeleteScenario, RenameScenario, SetCurrentScenario
from orgdesk.ui.busy import wait_cursor
from orgdesk.ui.shell import Shell

if TYPE_CHECKING:
    from orgdesk.ui.compare import CompareLauncher

BUSY_UNITS = 2000  # copies of larger scenarios show a busy dialog while they run


class ScenarioActions(QObject):
    """The actions on the shown scenario; enabled as the document and the shown scenario allow."""

    def __init__(self, shell: Shell) -> None:
        super().__init__(shell.widget())
        self.shell = shell
        self.compare: CompareLauncher | None = None  # Scenario › Compare…, set by install_scenario_actions
        self.new_action = self._action("action_new_scenario", self.tr("&New Scenario (Copy of Shown)…"))
        self.new_action.setStatusTip(
            self.tr("Copy the shown scenario with its units, posts, duties, KPIs and holders, as a new option")
        )
        self.rename_action = self._action("action_rename_scenario", self.tr("&Rename Scenario…"))
        self.delete_action = self._action("action_delete_scenario", self.tr("&Delete Scenario…"))
        self.current_action = self._action("action_current_scenario", self.tr("&Mark as Current (现行)"))
        self.current_action.setStatusTip(self.tr("Make the shown scenario the organisation as it is today"))
        self.new_action.triggered.connect(self.new_scenario)
        self.rename_action.triggered.connect(self.rename_scenario)
        self.delete_action.triggered.connect(self.delete_scenario)
        self.current_action.triggered.connect(self.mark_current)

    def _action(self, name: str, text: str) -> QAction:
        action = QAction(text, self.shell.widget())
        action.setObjectName(name)
        return action

    # ----- state ---------------------------------------------------------------------------
    def _document(self) -> Document | None:
        session = self.shell.context.session
        return session.document if session is not None else None

    def shown(self) -> Scenario | None:
        document = self._document()
        found = document.get("scenario", self.shell.shown_scenario_id()) if document is not None else None
        return found if isinstance(found, Scenario) else None

    def update(self) -> None:
        shown, editable = self.shown(), self.shell.edits.editable()
        for action in (self.new_action, self.rename_action, self.delete_action):
            action.setEnabled(editable and shown is not None)
        self.current_action.setEnabled(editable and shown is not None and not shown.is_current)

    def update_for_scenario(self, _value: int | None) -> None:
        self.update()

    # ----- the actions -----------------------------------------------------------------------
    def new_scenario(self) -> int | None:
        """Ask for a name, copy the shown scenario, show the copy; the new scenario's id."""
        source, document = self.shown(), self._document()
        if source is None or document is None:
            return None
        name = self.shell.context.interaction.ask_text(
            self.tr("New Scenario"),
            self.tr("The new scenario starts as a copy of “{name}”. Its name:").format(name=source.name),
            self.free_name(document),
        )
        if name is None or not name.strip():
            return None
        operation = CopyScenario(source.id, name.strip())
        with self._busy(len(document.units_of_scenario(source.id))):
            done = self.shell.edits.run_edit(operation)
        if not done or operation.scenario_id is None:
            return None
        self.shell.show_scenario(operation.scenario_id)
        return operation.scenario_id

    def free_name(self, document: Document) -> str:
        """方案A, 方案B … (Option A in English): the first one not taken."""
        letters = list(string.ascii_uppercase) + [str(n) for n in range(27, 1000)]
        for letter in letters:
            name = self.tr("Option {letter}").format(letter=letter)
            if document.scenario_named(name) is None:
                return name
        return ""

    def rename_scenario(self) -> bool:
        scenario = self.shown()
        if scenario is None:
            return False
        name = self.shell.context.interaction.ask_text(
            self.tr("Rename Scenario"), self.tr("New name of “{name}”:").format(name=scenario.name), scenario.name
        )
        if name is None or not name.strip() or name.strip() == scenario.name:
            return False
        return self.shell.edits.run_edit(RenameScenario(scenario.id, name))

    def delete_scenario(self) -> bool:
        scenario, document = self.shown(), self._document()
        if scenario is None or document is None:
            return False
        interaction = self.shell.context.interaction
        if len(document.scenarios()) < 2:
            interaction.warn(
                self.tr("Scenario not deleted"),
                self.tr(
                    "“{name}” is the document's only scenario, and a document needs one. "
                    "To replace it, create a new scenario first (Scenario › New Scenario), then delete this one."
                ).format(name=scenario.name),
            )
            return False
        units = document.units_of_scenario(scenario.id)
        posts = sum(len(document.positions_of_unordered(u.id)) for u in units)
        question = self.tr(
            "Delete scenario “{name}” with its {units} units and {posts} posts? "
            "People stay in the document. You can undo this (Edit › Undo)."
        ).format(name=scenario.name, units=len(units), posts=posts)
        if not interaction.confirm(self.tr("Delete Scenario"), question, self.tr("Delete")):
            return False
        return self.shell.edits.run_edit(DeleteScenario(scenario.id))

    def mark_current(self) -> bool:
        scenario = self.shown()
        if scenario is None or scenario.is_current:
            return False
        return self.shell.edits.run_edit(SetCurrentScenario(scenario.id))

    def _busy(self, units: int) -> AbstractContextManager[None]:
        return _busy_dialog(self.shell.widget(), self.tr("Copying the scenario…"), units >= BUSY_UNITS)


@contextmanager
def _busy_dialog(parent: QWidget, label: str, shown: bool) -> Iterator[None]:
    """A busy bar and wait cursor around a long edit on the GUI thread (the store writes
    from this thread), painted once before the work starts so the window does not look hung."""
    if not shown:
        yield
        return
    dialog = QProgressDialog(label, "", 0, 0, parent)
    dialog.setObjectName("scenarioBusy")
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    try:
        with wait_cursor():
            QApplication.processEvents()
            yield
    finally:
        dialog.close()
        dialog.deleteLater()


def _toolbar_button(shell: Shell) -> None:
    """A Scenario ▾ button right after the switcher."""
    button = QToolButton(shell.widget())
    button.setObjectName("scenarioMenuButton")
    button.setText(QCoreApplication.translate("ScenarioActions", "Scenario Actions"))
    button.setToolTip(
        QCoreApplication.translate(
            "ScenarioActions", "New scenario as a copy, rename, delete, mark as current, compare"
        )
    )
    button.setMenu(shell.menu("scenario"))
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    shell.add_toolbar_widget(button)


def install_scenario_actions(shell: Shell) -> ScenarioActions:
    from orgdesk.ui.compare import install_compare

    actions = ScenarioActions(shell)
    for action in (actions.new_action, actions.rename_action, actions.delete_action):
        shell.add_action("scenario", action)
    shell.add_separator("scenario")
    shell.add_action("scenario", actions.current_action)
    shell.menu("scenario").aboutToShow.connect(actions.update)
    _toolbar_button(shell)
    actions.compare = install_compare(shell)
    # Bound methods, not lambdas: Qt drops the connections when the actions go (a language switch
    # hands the undo stack to a new window and deletes this one's actions).
    shell.scenario_shown.connect(actions.update_for_scenario)
    shell.edits.stack.indexChanged.connect(actions.update_for_scenario)
    actions.update()
    return actions
