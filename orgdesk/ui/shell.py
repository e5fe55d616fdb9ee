"""What a feature of the window (importing, exporting, printing, team, health check, history,
scenario actions, comparison) may use of it: the narrow interface the main window implements.

A feature receives a `Shell` and nothing more: it adds its actions to named places of the menus,
its docks and toolbar widgets through the shell, reads the shown scenario and the current unit,
and asks the shell to reveal an item. It never reaches into the window's panels or controllers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal, Protocol

from PySide6.QtCore import Qt, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMenu, QToolBar, QWidget

from orgdesk.domain.health import ItemRef
from orgdesk.store.session import EditSession
from orgdesk.ui.context import AppContext
from orgdesk.ui.editing import EditController

# Where a feature's action goes: a named slot of a menu, in the order features add them.
MenuPlace = Literal[
    "file.open",  # File, after Open… (Open Server…)
    "file.import",  # File, before the Export submenu
    "file.print",  # File, after the Export submenu
    "file.export",  # File › Export
    "scenario",  # the Scenario menu
    "analysis",  # the Analysis menu (health check, comparison)
]
MenuName = Literal["file", "scenario", "analysis"]


class Shell(Protocol):
    """The main window as its features see it."""

    @property
    def context(self) -> AppContext: ...

    @property
    def edits(self) -> EditController:
        """Run an edit (one undo step), ask whether the document is editable or an edit is running."""
        ...

    # Signals of the window's state (the document's own news come from context.events).
    @property
    def scenario_shown(self) -> SignalInstance:
        """(scenario id or None): another scenario, or another document, is shown."""
        ...

    @property
    def current_unit_changed(self) -> SignalInstance:
        """(unit id or None): the planner chose another unit."""
        ...

    @property
    def closing(self) -> SignalInstance:
        """The window is about to close: running work stops."""
        ...

    def widget(self) -> QWidget:
        """The parent of the feature's dialogs and windows."""
        ...

    # ----- placing the feature ---------------------------------------------------------
    def add_action(self, place: MenuPlace, action: QAction) -> None:
        """Put `action` in a menu place; its shortcut works wherever the focus is."""
        ...

    def add_separator(self, place: MenuPlace) -> None: ...

    def add_shortcut(self, action: QAction) -> None:
        """A shortcut that works wherever the focus is, with no menu entry."""
        ...

    def menu(self, name: MenuName) -> QMenu: ...

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> bool:
        """Add a hidden dock where the planner left it (True) or in `area`, listed in View."""
        ...

    def resize_dock(self, dock: QDockWidget, size: int, orientation: Qt.Orientation) -> None: ...

    def add_toolbar_widget(self, widget: QWidget) -> None:
        """In the main toolbar, right after the scenario switcher."""
        ...

    def add_banner(self, banner: QToolBar) -> None:
        """A full-width bar under the toolbar (the read-only notice)."""
        ...

    def show_status(self, text: str, timeout_ms: int) -> None: ...

    # ----- what is shown ---------------------------------------------------------------
    def shown_scenario_id(self) -> int | None: ...

    def current_unit_id(self) -> int | None: ...

    def show_scenario(self, scenario_id: int) -> None: ...

    def select_unit(self, unit_id: int) -> None: ...

    def reveal_item(self, ref: ItemRef) -> bool:
        """Show an item (unit, post, duty, KPI…) in the tree, chart and its panel; False if gone."""
        ...

    # ----- the document ------------------------------------------------------------------
    def replace_session(self, session: EditSession) -> None:
        """Show another document (a server document opened by the team feature)."""
        ...

    def open_urls_with(self, opener: Callable[[str], bool]) -> None:
        """Who opens a `postgresql://…` given on the command line."""
        ...
