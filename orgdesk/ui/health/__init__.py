"""The health check (体检) in the window: a dock at the bottom, View and Analysis menu entries,
F9 to run the check, and going to the item a finding names.

`install_health_check(shell)` is the one call the main window makes.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget

from orgdesk.ui.health.panel import HealthPanel
from orgdesk.ui.shell import Shell

MIN_HEIGHT = 260


def install_health_check(shell: Shell) -> HealthPanel:
    panel = HealthPanel(shell.edits, shell.shown_scenario_id, shell.widget())
    dock = QDockWidget(QCoreApplication.translate("HealthCheck", "Health Check"), shell.widget())
    dock.setObjectName("healthDock")
    dock.setWidget(panel)
    restored = shell.add_dock(dock, Qt.DockWidgetArea.BottomDockWidgetArea)
    for action in (panel.run_action, panel.settings_action, panel.export_action):
        shell.add_action("analysis", action)  # F9 works wherever the focus is

    sized = [restored]

    def run() -> None:
        dock.show()
        dock.raise_()
        if not sized[0]:  # first shown: a third of the window, room for a dozen findings
            sized[0] = True
            height = max(MIN_HEIGHT, shell.widget().height() // 3)
            shell.resize_dock(dock, height, Qt.Orientation.Vertical)

    panel.run_action.triggered.connect(run)
    panel.item_chosen.connect(shell.reveal_item)
    shell.context.events.session_replaced.connect(panel.set_session)
    shell.context.events.changed.connect(panel.document_changed)
    shell.scenario_shown.connect(panel.scenario_shown)
    shell.closing.connect(panel.stop)  # a running check's thread ends before the window goes
    panel.set_session(shell.context.session)
    return panel
