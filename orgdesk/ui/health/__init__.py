"""The health check (体检) in the window: a dock at the bottom, View and Analysis menu entries,
F9 to run the check, and going to the item a finding names.

`install_health_check(window)` is the one call the main window makes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMenu

from orgdesk.domain.entities import OwnerKind, Position, Unit
from orgdesk.domain.health import ItemRef
from orgdesk.domain.health.items import owner_of, unit_of
from orgdesk.ui.health.panel import HealthPanel

if TYPE_CHECKING:
    from orgdesk.ui.main_window import MainWindow

ANALYSIS_MENU = "analysisMenu"  # shared with the other analysis tools (comparison)
MIN_HEIGHT = 260


def analysis_menu(window: MainWindow) -> QMenu:
    """The window's Analysis menu, made (before Help) by whichever analysis tool comes first."""
    found = window.menuBar().findChild(QMenu, ANALYSIS_MENU)
    if isinstance(found, QMenu):
        return found
    menu = QMenu(QCoreApplication.translate("HealthCheck", "&Analysis"), window.menuBar())
    menu.setObjectName(ANALYSIS_MENU)
    help_menu = window.menuBar().findChild(QMenu, "helpMenu")
    if isinstance(help_menu, QMenu):
        window.menuBar().insertMenu(help_menu.menuAction(), menu)
    else:
        window.menuBar().addMenu(menu)
    return menu


def _add_to_view_menu(window: MainWindow, dock: QDockWidget) -> None:
    """After the Find panel's entry, with the other panels."""
    view_menu = window.menuBar().findChild(QMenu, "viewMenu")
    if not isinstance(view_menu, QMenu):
        return
    actions = view_menu.actions()
    anchor = window.search_dock.toggleViewAction()
    after = actions.index(anchor) + 1 if anchor in actions else len(actions)
    if after < len(actions):
        view_menu.insertAction(actions[after], dock.toggleViewAction())
    else:
        view_menu.addAction(dock.toggleViewAction())


class _StopOnClose(QObject):
    """A running check's thread ends before the window goes."""

    def __init__(self, panel: HealthPanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close:
            self.panel.stop()
        return False


def install_health_check(window: MainWindow) -> HealthPanel:
    panel = HealthPanel(window.edits, lambda: window.tree_model.scenario_id, window)
    dock = QDockWidget(QCoreApplication.translate("HealthCheck", "Health Check"), window)
    dock.setObjectName("healthDock")
    dock.setWidget(panel)
    features = QDockWidget.DockWidgetFeature
    dock.setFeatures(features.DockWidgetMovable | features.DockWidgetFloatable | features.DockWidgetClosable)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    dock.hide()
    restored = window.restoreDockWidget(dock)  # where the planner left it (the layout was restored before)
    _add_to_view_menu(window, dock)
    menu = analysis_menu(window)
    menu.addAction(panel.run_action)
    menu.addAction(panel.settings_action)
    menu.addAction(panel.export_action)
    window.addAction(panel.run_action)  # F9 works wherever the focus is

    sized = [restored]

    def run() -> None:
        dock.show()
        dock.raise_()
        if not sized[0]:  # first shown: a third of the window, room for a dozen findings
            sized[0] = True
            window.resizeDocks([dock], [max(MIN_HEIGHT, window.height() // 3)], Qt.Orientation.Vertical)

    panel.run_action.triggered.connect(run)
    panel.item_chosen.connect(lambda ref: show_item(window, ref))
    window.documents.session_changed.connect(lambda *_args: panel.set_session(window.context.session))
    window.context.events.changed.connect(panel.document_changed)
    # However the shown scenario changes (the switcher, a new copy shown), the tree is reset.
    window.tree_model.modelReset.connect(lambda: panel.scenario_shown(window.tree_model.scenario_id))
    window.installEventFilter(_StopOnClose(panel))
    panel.set_session(window.context.session)
    return panel


def show_item(window: MainWindow, ref: ItemRef) -> bool:
    """Select a finding's item: its unit in tree and chart, and a post, duty or KPI in its panel."""
    session = window.context.session
    if session is None:
        return False
    document = session.document
    unit_id = unit_of(document, ref)
    if unit_id is None:
        window.context.interaction.warn(
            QCoreApplication.translate("HealthCheck", "Item not found"),
            QCoreApplication.translate(
                "HealthCheck", "This item was deleted after the check; run the check again (F9)."
            ),
        )
        return False
    unit = document.get("unit", unit_id)
    if isinstance(unit, Unit) and unit.scenario_id != window.tree_model.scenario_id:
        window.show_scenario(unit.scenario_id)
    window.focus_unit(unit_id)
    window.chart.when_painted(lambda: _show_in_panel(window, ref))
    return True


def _show_in_panel(window: MainWindow, ref: ItemRef) -> None:
    session = window.context.session
    owner = owner_of(session.document, ref) if session is not None else None
    if owner is None:
        return
    if ref.kind == "duty":
        window.duties.choose_owner((owner.kind, owner.id))
        window.duties.select_duty(ref.id)
        window.duties_dock.show()
        window.duties_dock.raise_()
    elif ref.kind == "kpi":
        window.kpis.choose_owner((owner.kind, owner.id))
        window.kpis.select_kpi(ref.id)
        window.kpis_dock.show()
        window.kpis_dock.raise_()
    elif owner.kind == OwnerKind.POSITION and session is not None:
        post = session.document.get("position", owner.id)
        if isinstance(post, Position):
            window.posts.select_position(post.id)
            window.properties.show_position(post.id)
            window.properties_dock.show()
            window.properties_dock.raise_()
