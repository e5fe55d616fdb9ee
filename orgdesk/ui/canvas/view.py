"""The unit chart's view (zoom, pan, fit) and its actions for the View menu and toolbar.

`ChartView` shows a ChartScene: Ctrl+wheel zooms around the cursor, dragging the background
pans, dragging a box is the scene's gesture. `ChartActions` holds the chart's actions so
the window only places them in its menu and toolbar.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QMenu, QToolBar, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.patch import Patch
from orgdesk.layout.tidy import Orientation
from orgdesk.ui.canvas.drops import ChartDrops
from orgdesk.ui.canvas.items import HEADER, UnitItem
from orgdesk.ui.canvas.post_items import PostItem
from orgdesk.ui.canvas.post_scene import PostChartScene
from orgdesk.ui.canvas.rename import BoxNameEditor
from orgdesk.ui.canvas.scene import ChartScene
from orgdesk.ui.icons import give_icon
from orgdesk.ui.mime import PERSON_MIME_TYPE, POSITION_MIME_TYPE

ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.02, 8.0
READABLE_SCALE = 0.6  # an opened chart starts no smaller than this, so its text can be read
LEVELS = range(1, 6)
UNIT_CHART, POST_CHART = "units", "posts"


class ChartView(QGraphicsView):
    first_painted = Signal()  # a newly shown document's chart is on screen
    rename_finished = Signal(int, str)  # unit id, name typed in the box's editor
    # The scene's, relayed: the window need not reach through the view to its scene.
    unit_clicked = Signal(int)
    unit_dropped = Signal(int, int)  # unit id, target unit id
    unit_double_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.chart = ChartScene()
        super().__init__(self.chart, parent)
        self.chart.setParent(self)
        self.chart.unit_clicked.connect(self.unit_clicked)
        self.chart.unit_dropped.connect(self.unit_dropped)
        self.chart.unit_double_clicked.connect(self.unit_double_clicked)
        self.setObjectName("unitChart")
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        # Selection and collapse repaint two boxes; minimal updates redraw only those.
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self._first_view_pending = False
        self._awaiting_paint = False
        self._after_paint: list[Callable[[], None]] = []
        self.name_editor: BoxNameEditor | None = None
        self.post_chart = PostChartScene(self)
        self.drops = ChartDrops(self)
        self.setAcceptDrops(True)
        self.mode = UNIT_CHART
        self._shown_unit: int | None = None
        self.preferred_scale: float | None = None  # the zoom the planner last used (kept in the settings)

    def set_context_actions(self, actions: list[QAction | None]) -> None:
        """The boxes' right-click menu (None: a separator)."""
        self.chart.set_context_actions(actions)

    def orientation_name(self) -> str:
        return self.chart.orientation.value

    def collapsed_units(self) -> set[int]:
        return set(self.chart.collapsed)

    def collapse_units(self, unit_ids: set[int]) -> None:
        """Show the chart with exactly these units collapsed (a window taking over another's view)."""
        self.chart.collapsed = set(unit_ids)
        self.chart.rebuild()

    # ----- what is shown ---------------------------------------------------------------
    def set_document(self, document: Document | None, scenario_id: int | None) -> None:
        self.chart.defer_items = True  # a large chart: the first view's items first, the rest once painted
        try:
            self.chart.set_document(document, scenario_id)
        finally:
            self.chart.defer_items = False
        if self.mode == POST_CHART:
            self.post_chart.show_unit(document, None)
        self._first_view_pending = True
        self._awaiting_paint = document is not None
        if self.isVisible():
            self._show_first_view()

    def _show_first_view(self) -> None:
        """A newly shown chart: the whole of it when that stays readable, else readable size
        from the top. Waits until the view has its real size (fitting into a hidden view's
        default size would shrink the chart to a dot)."""
        self._first_view_pending = False
        if self.preferred_scale is not None and self.mode == UNIT_CHART:
            self.show_at(self.preferred_scale, None)
        else:
            self.fit_to_window()
            if self.scale_factor() < READABLE_SCALE:
                self.resetTransform()
                self.scale(READABLE_SCALE, READABLE_SCALE)
                top = self.sceneRect()
                self.centerOn(top.center().x(), top.top() + self.viewport().height() / (2 * READABLE_SCALE))
        self._make_first_items()

    def _make_first_items(self) -> None:
        """A large chart just opened: the boxes in view now, every other one once it is painted."""
        if self.chart.waiting_items():
            self._make_items_in_view()
            self.when_painted(self.chart.make_all_items)

    def _make_items_in_view(self) -> None:
        if self.chart.waiting_items() and self.mode == UNIT_CHART:
            seen = self.mapToScene(self.viewport().rect()).boundingRect()
            margin = max(seen.width(), seen.height()) / 4  # a little around, for a first scroll
            self.chart.make_items_in(seen.adjusted(-margin, -margin, margin, margin))

    def paint_pending(self) -> bool:
        """Whether `when_painted` would wait (a newly opened chart is not on screen yet)."""
        return self._awaiting_paint and self.isVisible()

    def show_at(self, scale: float, centre: QPointF | None) -> None:
        """Zoom to `scale`, centred on `centre` (None: the top of the chart)."""
        scale = max(MIN_SCALE, min(MAX_SCALE, scale))
        self.resetTransform()
        self.scale(scale, scale)
        if centre is None:
            top = self.sceneRect()
            centre = QPointF(top.center().x(), top.top() + self.viewport().height() / (2 * scale))
        self.centerOn(centre)

    def when_painted(self, callback: Callable[[], None]) -> None:
        """Run `callback` once a newly opened chart has been painted (at once if it has been, or
        if the view is hidden): slow secondary work (the details of a 10,000-unit organisation's
        top unit) then waits until the planner sees the chart."""
        if self.paint_pending():
            if callback not in self._after_paint:
                self._after_paint.append(callback)
        else:
            callback()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        super().paintEvent(event)
        if self._awaiting_paint:
            self._awaiting_paint = False
            self.first_painted.emit()
            QTimer.singleShot(0, self._run_after_paint)

    def _run_after_paint(self) -> None:
        callbacks, self._after_paint = self._after_paint, []
        for callback in callbacks:
            callback()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self._first_view_pending and self.isVisible():
            self._show_first_view()

    def follow(self, document: Document | None, scenario_id: int | None, patch: Patch) -> None:
        """After a committed change: another scenario is rebuilt, the same one refreshed."""
        if document is not self.chart.document or scenario_id != self.chart.scenario_id:
            self.set_document(document, scenario_id)
        else:
            self.chart.apply_patch(patch)
        if self.mode == POST_CHART:
            self.post_chart.apply_patch(patch)

    def set_mode(self, mode: str) -> None:
        """The unit chart (组织机构图) or the post chart (岗位设置图) of the selected unit."""
        if mode == self.mode:
            return
        self.mode = mode
        if mode == POST_CHART:
            self.post_chart.document = None  # it did not follow edits while hidden
            self.post_chart.show_unit(self.chart.document, self._shown_unit)
            self.setScene(self.post_chart)
        else:
            self.setScene(self.chart)
        self._show_first_view()

    def show_unit(self, unit_id: int | None) -> None:
        """Select a unit's box and scroll it into view when it is not wholly visible; the post
        chart shows that unit's posts."""
        self._shown_unit = unit_id
        if self.mode == POST_CHART:
            before = (self.post_chart.document, self.post_chart.unit_id)
            self.post_chart.show_unit(self.chart.document, unit_id)
            if before != (self.post_chart.document, self.post_chart.unit_id):
                self._show_first_view()
        item = self.chart.select_unit(unit_id)
        if item is None:
            return
        rect = item.sceneBoundingRect()
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if not visible.contains(rect) and self.mode == UNIT_CHART:
            self.centerOn(item)
            self._make_items_in_view()  # a chart just opened: what is now in view

    def focus_unit(self, unit_id: int) -> None:
        """A found unit: shown (its collapsed ancestors opened), selected, centred, with its
        chain of command up to the top unit highlighted; zoomed in to readable size if needed.
        The post chart shows the unit's posts instead."""
        if self.mode == POST_CHART:
            self.show_unit(unit_id)
            return
        self.chart.reveal(unit_id)
        item = self.chart.select_unit(unit_id)
        self.chart.highlight_chain(unit_id)
        if item is None:
            return
        if self.scale_factor() < READABLE_SCALE:
            self.resetTransform()
            self.scale(READABLE_SCALE, READABLE_SCALE)
        self.centerOn(item)
        self._make_items_in_view()

    def start_rename(self, unit_id: int) -> bool:
        """Open a name editor over the unit's box (scrolled into view first)."""
        item = self.chart.unit_item(unit_id)
        if item is None:
            return False
        if self.name_editor is not None:
            self.name_editor.cancel()
        self.ensureVisible(item)
        band = item.mapRectToScene(item.box_rect().adjusted(0, 0, 0, HEADER - item.box_rect().height()))
        editor = BoxNameEditor(unit_id, item.card.name, self.viewport())
        editor.place(self.mapFromScene(band).boundingRect())
        editor.finished.connect(self.rename_finished)
        editor.destroyed.connect(lambda _obj=None: self._editor_closed(editor))
        self.name_editor = editor
        editor.show()
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def _editor_closed(self, editor: BoxNameEditor) -> None:
        if self.name_editor is editor:
            self.name_editor = None

    # ----- zoom ---------------------------------------------------------------------
    def scale_factor(self) -> float:
        return self.transform().m11()

    def zoom_by(self, factor: float, anchor_under_mouse: bool = False) -> None:
        current = self.scale_factor()
        factor = max(MIN_SCALE / current, min(MAX_SCALE / current, factor))
        if anchor_under_mouse:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        else:
            self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.scale(factor, factor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.preferred_scale = self.scale_factor()

    def zoom_in(self) -> None:
        self.zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self.zoom_by(1 / ZOOM_STEP)

    def actual_size(self) -> None:
        self.resetTransform()
        self.preferred_scale = 1.0

    def fit_by_planner(self) -> None:
        """Fit to window, and fit again next time (no remembered zoom)."""
        self.preferred_scale = None
        self.fit_to_window()

    def fit_to_window(self) -> None:
        rect: QRectF = self.sceneRect()
        if rect.isEmpty():
            self.resetTransform()
            return
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        if self.scale_factor() > 1.0:  # a small chart is shown at 100 %, not blown up
            self.resetTransform()
            self.centerOn(rect.center())

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            if steps:
                self.zoom_by(ZOOM_STEP**steps, anchor_under_mouse=True)
            event.accept()
            return
        super().wheelEvent(event)

    # ----- drops from the panels (posts onto units, people onto posts) ------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        event.setAccepted(
            event.mimeData().hasFormat(POSITION_MIME_TYPE) or event.mimeData().hasFormat(PERSON_MIME_TYPE)
        )

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        allowed = self.drops.target(self.chart.document, event.mimeData(), event.position()) is not None
        event.setAccepted(allowed)  # refused: Qt shows the forbidden cursor

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        event.setAccepted(self.drops.drop(self.chart.document, event.mimeData(), event.position()))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        # Dragging the background pans; dragging a box is the scene's move gesture.
        on_box = isinstance(self.itemAt(event.position().toPoint()), UnitItem | PostItem)
        mode = QGraphicsView.DragMode.NoDrag if on_box else QGraphicsView.DragMode.ScrollHandDrag
        self.setDragMode(mode)
        super().mousePressEvent(event)


class ChartActions(QObject):
    """The chart's actions: zoom, fit, 100 %, orientation and expand-to-level."""

    def __init__(self, view: ChartView, parent: QWidget) -> None:
        super().__init__(parent)
        self.view = view
        self.zoom_in = self._action(parent, "action_zoom_in", self.tr("Zoom &In"), view.zoom_in)
        self.zoom_in.setShortcuts(
            [QKeySequence("Ctrl+="), QKeySequence("Ctrl++"), QKeySequence(QKeySequence.StandardKey.ZoomIn)]
        )
        self.zoom_out = self._action(parent, "action_zoom_out", self.tr("Zoom &Out"), view.zoom_out)
        self.zoom_out.setShortcuts([QKeySequence("Ctrl+-"), QKeySequence(QKeySequence.StandardKey.ZoomOut)])
        self.fit = self._action(parent, "action_fit", self.tr("&Fit Chart to Window"), view.fit_by_planner)
        self.fit.setShortcut(QKeySequence("Ctrl+0"))
        self.actual_size = self._action(parent, "action_actual_size", self.tr("Actual &Size (100 %)"), view.actual_size)
        self.actual_size.setShortcut(QKeySequence("Ctrl+1"))
        self.orientations = QActionGroup(self)
        self.orientation_actions: dict[Orientation, QAction] = {}
        names = {
            Orientation.TOP_DOWN: self.tr("Chart &Top Down"),
            Orientation.LEFT_RIGHT: self.tr("Chart &Left to Right"),
            Orientation.COMPACT: self.tr("Chart &Compact"),
        }
        for orientation, text in names.items():
            action = QAction(text, parent)
            action.setObjectName(f"action_layout_{orientation.value.replace('-', '_')}")
            action.setCheckable(True)
            action.setChecked(orientation == view.chart.orientation)
            action.triggered.connect(lambda _checked=False, chosen=orientation: self.set_orientation(chosen))
            self.orientations.addAction(action)
            self.orientation_actions[orientation] = action
        self.modes = QActionGroup(self)
        self.unit_chart = self._mode_action(parent, UNIT_CHART, self.tr("&Unit Chart"), "Ctrl+Shift+1")
        self.unit_chart.setStatusTip(self.tr("Show the organisation chart of units (组织机构图)"))
        self.post_chart = self._mode_action(parent, POST_CHART, self.tr("&Post Chart"), "Ctrl+Shift+2")
        self.post_chart.setStatusTip(self.tr("Show the posts of the selected unit linked by reports-to (岗位设置图)"))
        icons = {
            self.zoom_in: "zoom-in",
            self.zoom_out: "zoom-out",
            self.fit: "zoom-fit-best",
            self.actual_size: "zoom-original",
            self.unit_chart: "view-unit-chart",
            self.post_chart: "view-post-chart",
        }
        for action, icon in icons.items():
            give_icon(action, icon)
        self.levels: list[QAction] = []
        for level in LEVELS:
            action = QAction(self.tr("Expand to Level &{level}").format(level=level), parent)
            action.setObjectName(f"action_expand_level_{level}")
            action.triggered.connect(lambda _checked=False, chosen=level: self.expand_to_level(chosen))
            self.levels.append(action)

    def _mode_action(self, parent: QWidget, mode: str, text: str, keys: str) -> QAction:
        action = QAction(text, parent)
        action.setObjectName(f"action_{mode}_chart")
        action.setCheckable(True)
        action.setChecked(mode == self.view.mode)
        action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: self.view.set_mode(mode))
        self.modes.addAction(action)
        return action

    def _action(self, parent: QWidget, name: str, text: str, slot: object) -> QAction:
        action = QAction(text, parent)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def restore(self, mode: str, orientation: str, scale: float | None) -> None:
        """The chart as the planner left it last time (values from the settings; bad ones are ignored)."""
        if orientation in {o.value for o in Orientation}:
            chosen = Orientation(orientation)
            self.orientation_actions[chosen].setChecked(True)
            self.view.chart.orientation = chosen
        if mode in (UNIT_CHART, POST_CHART):
            (self.unit_chart if mode == UNIT_CHART else self.post_chart).setChecked(True)
            self.view.set_mode(mode)
        if scale is not None and MIN_SCALE <= scale <= MAX_SCALE:
            self.view.preferred_scale = scale

    def set_orientation(self, orientation: Orientation) -> None:
        self.orientation_actions[orientation].setChecked(True)
        self.view.chart.set_orientation(orientation)
        self.view.fit_to_window()

    def expand_to_level(self, level: int) -> None:
        self.view.chart.expand_to_level(level)

    def add_to_menu(self, menu: QMenu) -> None:
        menu.addAction(self.unit_chart)
        menu.addAction(self.post_chart)
        menu.addSeparator()
        for action in (self.zoom_in, self.zoom_out, self.fit, self.actual_size):
            menu.addAction(action)
        menu.addSeparator()
        for action in self.orientation_actions.values():
            menu.addAction(action)
        levels = menu.addMenu(self.tr("E&xpand Chart"))
        levels.setObjectName("expandLevelMenu")
        for action in self.levels:
            levels.addAction(action)

    def add_to_toolbar(self, toolbar: QToolBar) -> None:
        toolbar.addSeparator()
        toolbar.addAction(self.unit_chart)
        toolbar.addAction(self.post_chart)
        toolbar.addSeparator()
        for action in (self.zoom_in, self.zoom_out, self.fit, self.actual_size):
            toolbar.addAction(action)
