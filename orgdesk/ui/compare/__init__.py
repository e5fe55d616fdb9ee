"""Comparing two scenarios in the window: Scenario › Compare… (Ctrl+Shift+D) opens the comparison
window (orgdesk.ui.compare.window), from the current scenario (现行) to the shown one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from orgdesk.ui.compare.window import CompareWindow
from orgdesk.ui.shell import Shell


class CompareLauncher:
    """Opens one comparison window per main window, reused between uses."""

    def __init__(self, shell: Shell) -> None:
        self.shell = shell
        self.compare_window: CompareWindow | None = None
        self.action = QAction(QCoreApplication.translate("CompareWindow", "&Compare Scenarios…"), shell.widget())
        self.action.setObjectName("action_compare_scenarios")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.action.setStatusTip(
            QCoreApplication.translate(
                "CompareWindow", "Compare two scenarios: a chart coloured by change, the change list and totals"
            )
        )
        self.action.triggered.connect(lambda _checked=False: self.open())

    def open(self, before_id: int | None = None, after_id: int | None = None) -> CompareWindow | None:
        """Show the window with `before_id` → `after_id` chosen (default: the current scenario →
        the shown one, or the next scenario when the current one is shown) and compare them."""
        session = self.shell.context.session
        if session is None:
            return None
        document = session.document
        scenarios = document.scenarios()
        current = document.current_scenario()
        shown = self.shell.shown_scenario_id()
        if before_id is None:
            before_id = current.id if current is not None else (scenarios[0].id if scenarios else None)
        if after_id is None:
            after_id = shown if shown != before_id else next((s.id for s in scenarios if s.id != before_id), shown)
        if self.compare_window is None:
            self.compare_window = CompareWindow(self.shell)
        compare_window = self.compare_window
        compare_window.set_scenarios(before_id, after_id)
        compare_window.show()
        compare_window.raise_()
        compare_window.activateWindow()
        compare_window.run_compare()
        return compare_window


def install_compare(shell: Shell) -> CompareLauncher:
    """Scenario › Compare… and Analysis › Compare…, next to the health check."""
    launcher = CompareLauncher(shell)
    shell.add_separator("scenario")
    shell.add_action("scenario", launcher.action)
    shell.add_action("analysis", launcher.action)
    # The window's own signal: the connection goes with the window (a language switch replaces it).
    shell.scenario_shown.connect(lambda _shown: launcher.action.setEnabled(shell.context.session is not None))
    launcher.action.setEnabled(shell.context.session is not None)
    return launcher
