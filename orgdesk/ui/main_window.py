"""The main window: assembly only (menus, toolbar, docks, status bar) and the wiring between them.

What happens lives elsewhere: opening and creating files in `documents`, edits and the
undo stack in `editing` (commands in `commands`), the tree in `tree/`, the details pane
in `panels/`, dialogs in the context's Interaction. Every view refreshes from the
session's change notices, whoever started the change (an edit, undo or redo).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from html import escape
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QByteArray, QPointF, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QToolBar,
    QUndoView,
    QWidget,
)

from orgdesk import __version__
from orgdesk.domain.entities import OwnerKind, Unit
from orgdesk.domain.health import ItemRef
from orgdesk.domain.health.items import owner_of, unit_of
from orgdesk.domain.operations import AddAssignment, MovePosition
from orgdesk.domain.roster import assignment_kind_for
from orgdesk.store.session import ChangeNotice, EditSession
from orgdesk.ui.actions import MainActions
from orgdesk.ui.canvas.view import ChartActions, ChartView
from orgdesk.ui.clipboard import UnitClipboard
from orgdesk.ui.context import AppContext
from orgdesk.ui.documents import DocumentController
from orgdesk.ui.duty_import import install_duty_import
from orgdesk.ui.editing import EditController
from orgdesk.ui.exporting import install_exporting
from orgdesk.ui.health import install_health_check
from orgdesk.ui.importing import install_importing
from orgdesk.ui.language import LanguageMenu
from orgdesk.ui.panels.details import UnitDetailsPanel
from orgdesk.ui.panels.duties import DutiesPanel
from orgdesk.ui.panels.kpis import KpisPanel
from orgdesk.ui.panels.people import PeoplePanel
from orgdesk.ui.panels.posts import PostsPanel
from orgdesk.ui.panels.properties import PropertiesPanel
from orgdesk.ui.panels.relations import RelationsPanel
from orgdesk.ui.panels.search import SearchPanel
from orgdesk.ui.printing import PrintController
from orgdesk.ui.scenario_actions import install_scenario_actions
from orgdesk.ui.scenarios import ScenarioSwitcher
from orgdesk.ui.shell import MenuName, MenuPlace
from orgdesk.ui.status import ScenarioStatus, SelectionStatus, scenario_figures
from orgdesk.ui.team import install_team
from orgdesk.ui.tree.model import UnitTreeModel
from orgdesk.ui.tree.view import UnitTreeView

GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
CHART_SCALE_KEY = "chart/scale"
CHART_MODE_KEY = "chart/mode"
CHART_ORIENTATION_KEY = "chart/orientation"


class MainWindow(QMainWindow):
    """Implements `ui.shell.Shell` for the features installed at the end of the constructor."""

    language_chosen = Signal(str)  # the planner chose another UI language (the app rebuilds the window)
    scenario_shown = Signal(object)  # int | None
    current_unit_changed = Signal(object)  # int | None
    closing = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, edits: EditController | None = None) -> None:
        """`edits`: the undo history of a window this one replaces (a language switch)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.context = context
        self.documents = DocumentController(context, self)
        self.edits = edits if edits is not None else EditController(context, self)
        self.edits.setParent(self)
        self.commands = MainActions(self)
        self.commands.add_undo_actions(self, self.edits.stack)
        self.clipboard = UnitClipboard(self.edits, self)

        self.tree_model = UnitTreeModel(self)
        self.tree_model.set_edits(self.edits)
        self.tree = UnitTreeView(self.tree_model, self)
        self.chart = ChartView(self)
        self.chart_actions = ChartActions(self.chart, self)
        self.setCentralWidget(self.chart)
        self.tree_dock = self._dock(self.tree, self.tr("Units"), "treeDock")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.tree_dock)
        self.details = UnitDetailsPanel(context.events, self)
        self.details_dock = self._dock(self.details, self.tr("Details"), "detailsDock")
        self.undo_view = QUndoView(self.edits.stack, self)
        self.undo_view.setObjectName("undoView")
        self.undo_view.setEmptyLabel(self.tr("<document as opened>"))
        self.undo_dock = self._dock(self.undo_view, self.tr("Undo History"), "undoDock")
        self.undo_dock.hide()
        self.duties = DutiesPanel(self.edits, self)
        self.duties_dock = self._dock(self.duties, self.tr("Duties"), "dutiesDock")
        self.kpis = KpisPanel(self.edits, self)
        self.kpis_dock = self._dock(self.kpis, self.tr("KPIs"), "kpisDock")
        self.tabifyDockWidget(self.details_dock, self.duties_dock)
        self.tabifyDockWidget(self.duties_dock, self.kpis_dock)
        self.properties = PropertiesPanel(self.edits, self)
        self.properties_dock = self._dock(self.properties, self.tr("Properties"), "propertiesDock")
        self.posts = PostsPanel(self.edits, self)
        self.posts_dock = self._dock(self.posts, self.tr("Posts"), "postsDock")
        self.people = PeoplePanel(self.edits, self)
        self.people_dock = self._dock(self.people, self.tr("People"), "peopleDock")
        self.relations = RelationsPanel(self.edits, self)
        self.relations_dock = self._dock(self.relations, self.tr("Relations"), "relationsDock")
        for dock in (self.properties_dock, self.posts_dock, self.people_dock, self.relations_dock):
            self.tabifyDockWidget(self.kpis_dock, dock)
        self.search = SearchPanel(context.events, self)
        self.search_dock = self._dock(self.search, self.tr("Find"), "searchDock")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.search_dock)
        self.search_dock.hide()
        self.details_dock.raise_()
        self.scenarios = ScenarioSwitcher(self)
        self.status = ScenarioStatus(self)
        self.statusBar().addPermanentWidget(self.status)
        self.selection_status = SelectionStatus(self)
        self.statusBar().addWidget(self.selection_status, 1)
        self.recent_menu = QMenu(self.tr("Open &Recent"), self)
        self.recent_menu.setObjectName("recentMenu")

        self._menu_places: dict[MenuPlace | Literal["view.docks"], QAction] = {}
        self._build_menus()
        self._build_toolbar()
        self._connect()
        self._restore_layout()  # before the features' docks, which go back where the planner left them
        self.importing = install_importing(self)
        self.duty_import = install_duty_import(self)
        self.exporting = install_exporting(self)
        self.printing = PrintController(self.exporting)
        self.health = install_health_check(self)
        self.team = install_team(self)
        self.scenario_actions = install_scenario_actions(self)
        self._session_changed(keep_history=edits is not None)

    # ----- assembly ----------------------------------------------------------------
    def _dock(self, widget: QWidget, title: str, name: str) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        features = QDockWidget.DockWidgetFeature
        dock.setFeatures(features.DockWidgetMovable | features.DockWidgetFloatable | features.DockWidgetClosable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        return dock

    def _build_menus(self) -> None:
        actions = self.commands
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setObjectName("fileMenu")
        file_menu.addAction(actions.new)
        file_menu.addAction(actions.open)
        self._add_place(file_menu, "file.open")
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(actions.save_as)
        file_menu.addSeparator()
        # Import, export and print actions are added by their own features (ui/importing, ui/exporting).
        self._add_place(file_menu, "file.import")
        file_menu.addSeparator()
        self.export_menu = file_menu.addMenu(self.tr("&Export"))
        self.export_menu.setObjectName("exportMenu")
        self._add_place(self.export_menu, "file.export")
        self._add_place(file_menu, "file.print")
        file_menu.addSeparator()
        file_menu.addAction(actions.quit)
        self._menus: dict[MenuName, QMenu] = {"file": file_menu}

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("editMenu")
        assert actions.undo is not None and actions.redo is not None
        edit_menu.addAction(actions.undo)
        edit_menu.addAction(actions.redo)
        edit_menu.addSeparator()
        edit_menu.addAction(actions.find)
        edit_menu.addSeparator()
        add_post = self.posts.add_post_action
        add_post.setShortcut(QKeySequence("Ctrl+Alt+P"))
        add_post.triggered.connect(self._show_posts_dock)
        self.addAction(add_post)
        tree_actions = [
            actions.add_child,
            actions.add_sibling,
            add_post,
            None,
            actions.cut,
            actions.copy,
            actions.paste,
            None,
            actions.rename,
            actions.delete,
        ]
        for action in tree_actions:
            if action is None:
                edit_menu.addSeparator()
            else:
                edit_menu.addAction(action)
        self.tree.set_context_actions(tree_actions)
        self.chart.set_context_actions(tree_actions)

        scenario_menu = self.menuBar().addMenu(self.tr("&Scenario"))
        scenario_menu.setObjectName("scenarioMenu")
        self._add_place(scenario_menu, "scenario")
        self._menus["scenario"] = scenario_menu

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.setObjectName("viewMenu")
        view_menu.addAction(self.details_dock.toggleViewAction())
        view_menu.addAction(self.undo_dock.toggleViewAction())
        view_menu.addAction(self.duties_dock.toggleViewAction())
        view_menu.addAction(self.kpis_dock.toggleViewAction())
        for dock in (self.properties_dock, self.posts_dock, self.people_dock, self.relations_dock):
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addAction(self.tree_dock.toggleViewAction())
        view_menu.addAction(self.search_dock.toggleViewAction())
        self._add_place(view_menu, "view.docks")
        view_menu.addSeparator()
        self.chart_actions.add_to_menu(view_menu)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.context.language, self)
        self.language_menu.language_chosen.connect(self.language_chosen)
        view_menu.addMenu(self.language_menu.menu)

        analysis_menu = self.menuBar().addMenu(self.tr("&Analysis"))
        analysis_menu.setObjectName("analysisMenu")
        self._add_place(analysis_menu, "analysis")
        self._menus["analysis"] = analysis_menu

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(actions.about)
        help_menu.addAction(actions.about_qt)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)

    def _add_place(self, menu: QMenu, place: MenuPlace | Literal["view.docks"]) -> None:
        """An invisible anchor: a feature's actions for `place` go before it, in the order added."""
        anchor = QAction(self)
        anchor.setVisible(False)
        menu.addAction(anchor)
        self._menu_places[place] = anchor

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self)
        self.toolbar = toolbar
        toolbar.setObjectName("mainToolBar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.commands.new, self.commands.open, self.commands.save_as):
            toolbar.addAction(action)  # their icons: the theme's, else the bundled ones (ui/icons.py)
        toolbar.addSeparator()
        label = QLabel(self.tr("S&cenario:"), toolbar)
        label.setBuddy(self.scenarios)
        label.setContentsMargins(6, 0, 6, 0)
        toolbar.addWidget(label)
        toolbar.addWidget(self.scenarios)
        self.chart_actions.add_to_toolbar(toolbar)
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        actions = self.commands
        actions.new.triggered.connect(self.documents.new_interactive)
        actions.open.triggered.connect(self.documents.open_interactive)
        actions.save_as.triggered.connect(self.documents.save_as_interactive)
        actions.clear_recent.triggered.connect(self._clear_recent)
        actions.quit.triggered.connect(self.close)
        actions.about.triggered.connect(self._about)
        actions.about_qt.triggered.connect(QApplication.aboutQt)
        self.documents.session_changed.connect(self._session_changed)
        self.context.events.changed.connect(self._document_changed)
        self.scenarios.scenario_chosen.connect(self.show_scenario)
        self.tree.current_unit_changed.connect(self._unit_chosen)
        self.tree.current_unit_changed.connect(self.current_unit_changed)
        self.tree.current_unit_changed.connect(self.chart.show_unit)
        self.chart.unit_clicked.connect(self.tree.select_unit)
        self.chart.unit_dropped.connect(lambda unit, target: self.edits.move_unit(unit, target, None))
        current = self.tree.current_unit_id
        actions.add_child.triggered.connect(lambda _checked=False: self.edits.add_child(current()))
        actions.add_sibling.triggered.connect(lambda _checked=False: self.edits.add_sibling(current()))
        actions.rename.triggered.connect(self._rename_current)
        actions.delete.triggered.connect(lambda _checked=False: self.edits.delete_unit(current()))
        self.edits.new_unit_added.connect(self.tree.start_rename)
        self.edits.show_unit.connect(self.tree.select_unit)
        actions.find.triggered.connect(self._start_search)
        self.chart.unit_double_clicked.connect(self._rename_on_chart)
        self.chart.rename_finished.connect(lambda unit, name: self.edits.rename_unit(unit, name))
        self.chart.drops.post_dropped.connect(lambda post, unit: self.edits.run_edit(MovePosition(post, unit)))
        self.chart.drops.person_dropped.connect(self._assign_dropped_person)
        actions.copy.triggered.connect(lambda _checked=False: self.clipboard.copy(current()))
        actions.cut.triggered.connect(lambda _checked=False: self.clipboard.cut(current()))
        actions.paste.triggered.connect(lambda _checked=False: self.clipboard.paste(current()))
        self.clipboard.changed.connect(self._update_edit_actions)
        self.search.unit_chosen.connect(self.focus_unit)
        self.posts.unit_for_new_post = self.tree.current_unit_id
        self.posts.position_selected.connect(self.properties.show_position)
        self.posts.position_selected.connect(self.people.set_target_post)
        self.people.person_selected.connect(self.properties.show_person)
        self.people.vacancy_chosen.connect(self.properties.show_position)

    # ----- the document ----------------------------------------------------------------
    def _session_changed(self, keep_history: bool = False) -> None:
        session = self.context.session
        if not keep_history:
            self.edits.document_changed()
        document = session.document if session is not None else None
        scenario = document.current_scenario() if document is not None else None
        scenario_id = scenario.id if scenario is not None else None
        self.scenarios.set_document(document, scenario_id)
        self.chart.set_document(document, scenario_id)  # first: the panels wait for its first paint
        self.search.set_document(document, scenario_id)
        self.tree_model.set_document(document, scenario_id)
        self.chart.show_unit(self.tree.current_unit_id())
        self.commands.save_as.setEnabled(session is not None)
        self._update_edit_actions()
        self._show_figures()
        self._update_title()
        self._fill_recent_menu()
        self.tree.setFocus()
        self.scenario_shown.emit(scenario_id)

    def show_scenario(self, scenario_id: int) -> None:
        self.scenarios.select(scenario_id)
        if scenario_id != self.tree_model.scenario_id:
            self.tree_model.set_scenario(scenario_id)
            self.chart.set_document(self.tree_model.document, scenario_id)
            self.search.set_document(self.tree_model.document, scenario_id)
            self.chart.show_unit(self.tree.current_unit_id())
            self._show_figures()
            self.scenario_shown.emit(scenario_id)

    def _document_changed(self, notice: ChangeNotice) -> None:
        session = self.context.session
        kinds = notice.patch.kinds()
        if session is not None and "scenario" in kinds:
            shown = self.tree_model.scenario_id
            if session.document.get("scenario", shown) is None:
                current = session.document.current_scenario()
                shown = current.id if current is not None else None
            self.scenarios.set_document(session.document, shown)
            if shown != self.tree_model.scenario_id:
                self.tree_model.set_scenario(shown)
                self.scenario_shown.emit(shown)
        self.tree_model.apply_patch(notice.patch)
        self.chart.follow(self.tree_model.document, self.tree_model.scenario_id, notice.patch)
        self.chart.show_unit(self.tree.current_unit_id())
        self._update_edit_actions()
        self._show_figures()
        if "organisation" in kinds:
            self._update_title()

    def _show_posts_dock(self) -> None:
        _bring_up(self.posts_dock)

    def _assign_dropped_person(self, person_id: int, position_id: int) -> None:
        session = self.context.session
        if session is not None:
            kind = assignment_kind_for(session.document, person_id)
            self.edits.run_edit(AddAssignment(person_id, position_id, kind))

    def _start_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.start()

    def focus_unit(self, unit_id: int) -> None:
        """A search result: select the unit in the tree, centre it in the chart with its chain of command."""
        self.tree.select_unit(unit_id)
        self.chart.focus_unit(unit_id)

    def _unit_chosen(self, unit_id: int | None) -> None:
        self._update_edit_actions()
        if self.chart.paint_pending():
            self.details.show_loading()
        self.chart.when_painted(self._fill_panels)

    def _fill_panels(self) -> None:
        unit_id = self.tree.current_unit_id()
        session = self.context.session
        self.details.show_unit(session.document if session is not None else None, unit_id)
        self.duties.show_unit(session.document if session is not None else None, unit_id)
        self.kpis.show_unit(session.document if session is not None else None, unit_id)
        for panel in (self.properties, self.posts, self.people, self.relations):
            panel.show_unit(session.document if session is not None else None, unit_id)
        self.selection_status.show_unit(session.document if session is not None else None, unit_id)

    def _update_edit_actions(self) -> None:
        """Enable the tree's edit actions that apply to the current unit."""
        unit_id = self.tree.current_unit_id()
        actions, edits = self.commands, self.edits
        actions.add_child.setEnabled(edits.can_add_child(unit_id))
        actions.rename.setEnabled(edits.can_change(unit_id))
        actions.add_sibling.setEnabled(edits.can_delete(unit_id))
        actions.delete.setEnabled(edits.can_delete(unit_id))
        actions.cut.setEnabled(edits.can_delete(unit_id))
        actions.copy.setEnabled(self.clipboard.can_copy(unit_id))
        actions.paste.setEnabled(self.clipboard.can_paste(unit_id))

    def _rename_current(self) -> None:
        """F2: in place where the planner works, on the chart box or in the tree."""
        unit_id = self.tree.current_unit_id()
        if unit_id is None:
            return
        if self.chart.hasFocus() or self.chart.viewport().hasFocus():
            self._rename_on_chart(unit_id)
        else:
            self.tree.start_rename(unit_id)

    def _rename_on_chart(self, unit_id: int) -> None:
        if self.edits.can_change(unit_id):
            self.chart.start_rename(unit_id)

    def _show_figures(self) -> None:
        session = self.context.session
        scenario_id = self.tree_model.scenario_id
        if session is None or scenario_id is None:
            self.status.show_figures(None)
        else:
            self.status.show_figures(scenario_figures(session.document, scenario_id))
        self.selection_status.show_unit(session.document if session is not None else None, self.tree.current_unit_id())

    def _update_title(self) -> None:
        session = self.context.session
        if session is None:
            self.setWindowTitle("OrgDesk")
            self.setWindowFilePath("")
            return
        path = session.store.path
        name = path.name
        if session.store.readonly:
            name = self.tr("{file} [read-only]").format(file=name)
        parts = [name]
        organisation = session.document.organisation.name
        if organisation and organisation != path.stem:
            parts.append(organisation)
        parts.append("OrgDesk")
        self.setWindowTitle(" — ".join(parts))
        self.setWindowFilePath(str(path))

    # ----- the shell its features use (ui.shell.Shell) ----------------------------------
    def widget(self) -> QWidget:
        return self

    def add_action(self, place: MenuPlace, action: QAction) -> None:
        anchor = self._menu_places[place]
        for menu in anchor.associatedObjects():
            if isinstance(menu, QMenu):
                menu.insertAction(anchor, action)
        self.addAction(action)

    def add_separator(self, place: MenuPlace) -> None:
        anchor = self._menu_places[place]
        for menu in anchor.associatedObjects():
            if isinstance(menu, QMenu):
                menu.insertSeparator(anchor)

    def add_shortcut(self, action: QAction) -> None:
        self.addAction(action)

    def menu(self, name: MenuName) -> QMenu:
        return self._menus[name]

    def add_dock(self, dock: QDockWidget, area: Qt.DockWidgetArea) -> bool:
        features = QDockWidget.DockWidgetFeature
        dock.setFeatures(features.DockWidgetMovable | features.DockWidgetFloatable | features.DockWidgetClosable)
        self.addDockWidget(area, dock)
        dock.hide()
        anchor = self._menu_places["view.docks"]
        for menu in anchor.associatedObjects():
            if isinstance(menu, QMenu):
                menu.insertAction(anchor, dock.toggleViewAction())
        return self.restoreDockWidget(dock)

    def resize_dock(self, dock: QDockWidget, size: int, orientation: Qt.Orientation) -> None:
        self.resizeDocks([dock], [size], orientation)

    def add_toolbar_widget(self, widget: QWidget) -> None:
        placed = self.toolbar.actions()
        switcher = next((a for a in placed if self.toolbar.widgetForAction(a) is self.scenarios), None)
        after = placed.index(switcher) + 1 if switcher is not None else len(placed)
        if after < len(placed):
            self.toolbar.insertWidget(placed[after], widget)
        else:
            self.toolbar.addWidget(widget)

    def add_banner(self, banner: QToolBar) -> None:
        self.addToolBarBreak()
        self.addToolBar(banner)

    def show_status(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def shown_scenario_id(self) -> int | None:
        return self.tree_model.scenario_id

    def current_unit_id(self) -> int | None:
        return self.tree.current_unit_id()

    def select_unit(self, unit_id: int) -> None:
        self.tree.select_unit(unit_id)

    def reveal_item(self, ref: ItemRef) -> bool:
        """Select the item's unit in tree and chart, then a post, duty or KPI in its panel."""
        session = self.context.session
        if session is None:
            return False
        unit_id = unit_of(session.document, ref)
        if unit_id is None:
            self.context.interaction.warn(
                self.tr("Item not found"),
                self.tr("This item was deleted after the check; run the check again (F9)."),
            )
            return False
        unit = session.document.get("unit", unit_id)
        if isinstance(unit, Unit) and unit.scenario_id != self.tree_model.scenario_id:
            self.show_scenario(unit.scenario_id)
        self.focus_unit(unit_id)
        self.chart.when_painted(lambda: self._reveal_in_panel(ref))
        return True

    def _reveal_in_panel(self, ref: ItemRef) -> None:
        session = self.context.session
        owner = owner_of(session.document, ref) if session is not None else None
        if owner is None:
            return
        if ref.kind == "duty":
            self.duties.choose_owner((owner.kind, owner.id))
            self.duties.select_duty(ref.id)
            _bring_up(self.duties_dock)
        elif ref.kind == "kpi":
            self.kpis.choose_owner((owner.kind, owner.id))
            self.kpis.select_kpi(ref.id)
            _bring_up(self.kpis_dock)
        elif owner.kind == OwnerKind.POSITION:
            self.posts.select_position(owner.id)
            self.properties.show_position(owner.id)
            _bring_up(self.properties_dock)

    def replace_session(self, session: EditSession) -> None:
        self.documents.replace_session(session)

    def open_urls_with(self, opener: Callable[[str], bool]) -> None:
        self.documents.open_url = opener

    # ----- recent documents ----------------------------------------------------------
    def _fill_recent_menu(self) -> None:
        menu = self.recent_menu
        menu.clear()
        paths = self.context.recent.paths()
        for number, path in enumerate(paths, start=1):
            shown = path.name.replace("&", "&&")  # a literal "&", not a mnemonic
            action = QAction(f"&{number} {shown}" if number < 10 else f"1&0 {shown}", menu)
            action.setData(str(path))
            action.setStatusTip(str(path))
            action.setToolTip(str(path))
            action.triggered.connect(lambda _checked=False, chosen=path: self.documents.open_path(chosen))
            menu.addAction(action)
        if not paths:
            empty = menu.addAction(self.tr("No recent documents"))
            empty.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.commands.clear_recent)
        self.commands.clear_recent.setEnabled(bool(paths))

    def recent_paths_shown(self) -> list[Path]:
        return [Path(str(a.data())) for a in self.recent_menu.actions() if a.data()]

    def _clear_recent(self) -> None:
        self.context.recent.clear()
        self._fill_recent_menu()

    # ----- help ---------------------------------------------------------------------------
    def _about(self) -> None:
        text = self.tr(
            "<h3>OrgDesk {version}</h3>"
            "<p>Organisation charts and organisation design: units, posts, headcount, duties and KPIs.</p>"
            "<p>Chinese text is shown with the bundled Droid Sans Fallback font (Apache License 2.0).</p>"
        ).format(version=escape(__version__))
        self.context.interaction.about(self.tr("About OrgDesk"), text)

    # ----- window state ------------------------------------------------------------------
    def _restore_layout(self) -> None:
        settings = self.context.settings
        geometry = settings.value(GEOMETRY_KEY)
        state = settings.value(STATE_KEY)
        restored = isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)
        if not restored:
            self.resize(1280, 800)
            self.resizeDocks([self.tree_dock, self.details_dock], [320, 420], Qt.Orientation.Horizontal)
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.chart_actions.restore(
            mode=str(settings.value(CHART_MODE_KEY, "") or ""),
            orientation=str(settings.value(CHART_ORIENTATION_KEY, "") or ""),
            scale=_float(settings.value(CHART_SCALE_KEY)),
        )

    def save_layout(self) -> None:
        settings = self.context.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(STATE_KEY, self.saveState())
        settings.setValue(CHART_MODE_KEY, self.chart.mode)
        settings.setValue(CHART_ORIENTATION_KEY, self.chart.orientation_name())
        if self.chart.preferred_scale is None:
            settings.remove(CHART_SCALE_KEY)
        else:
            settings.setValue(CHART_SCALE_KEY, self.chart.preferred_scale)

    # ----- handing over to a window in another language ---------------------------------
    def view_state(self) -> dict[str, object]:
        """What the planner sees, for the window that replaces this one."""
        chart = self.chart
        return {
            "scenario": self.tree_model.scenario_id,
            "unit": self.tree.current_unit_id(),
            "expanded": self.tree.expanded_unit_ids(),
            "collapsed": chart.collapsed_units(),
            "scale": chart.scale_factor(),
            "centre": chart.mapToScene(chart.viewport().rect().center()),
        }

    def restore_view_state(self, state: dict[str, object]) -> None:
        """The docks and geometry come back from the settings the old window saved (restoring the
        dock state a second time leaves a stray tab bar behind); the rest from `state`."""
        scenario = state["scenario"]
        if isinstance(scenario, int) and scenario != self.tree_model.scenario_id:
            self.show_scenario(scenario)
        collapsed = state["collapsed"]
        if isinstance(collapsed, set) and collapsed:
            self.chart.collapse_units(collapsed)
        expanded = state["expanded"]
        for unit_id in expanded if isinstance(expanded, list) else []:
            index = self.tree_model.index_of_unit(unit_id)
            if index.isValid():
                self.tree.expand(index)
        unit = state["unit"]
        if isinstance(unit, int):
            self.tree.select_unit(unit)
        scale, centre = state["scale"], state["centre"]
        if isinstance(scale, float) and isinstance(centre, QPointF):
            self.chart.show_at(scale, centre)

    def detach(self) -> None:
        """Stop following the document (this window is being replaced)."""
        with contextlib.suppress(RuntimeError):  # already disconnected
            self.context.events.changed.disconnect(self._document_changed)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.closing.emit()
        if self.chart.name_editor is not None:
            self.chart.name_editor.commit()
        self.save_layout()
        super().closeEvent(event)


def _bring_up(dock: QDockWidget) -> None:
    dock.show()
    dock.raise_()


def _float(value: object) -> float | None:
    try:
        return float(value) if value not in (None, "") else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
