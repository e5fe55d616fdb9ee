"""The comparison's chart on screen: the canvas's unit boxes and connectors, coloured by change
(orgdesk.layout.compare_chart), removed units drawn faded. Read-only: a click only reports
which box was chosen; Ctrl+wheel zooms, dragging pans."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QWidget

from orgdesk.layout.compare_chart import CompareChart
from orgdesk.ui.canvas.items import ConnectorsItem, UnitCard, UnitItem

GHOST_OPACITY = 0.55
MARGIN = 24.0
ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.05, 4.0
READABLE_SCALE = 0.55


class CompareChartView(QGraphicsView):
    unit_clicked = Signal(int)  # the id of the box clicked (a ghost's id is the 'from' scenario's)

    def __init__(self, parent: QWidget | None = None) -> None:
        self.scene_ = QGraphicsScene()
        super().__init__(self.scene_, parent)
        self.scene_.setParent(self)
        self.setObjectName("compareChart")
        self.scene_.setBackgroundBrush(QColor("#F4F6F8"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.items_by_unit: dict[int, UnitItem] = {}
        self.chart: CompareChart | None = None
        self.scene_.selectionChanged.connect(self._selection_changed)

    def show_chart(self, chart: CompareChart | None) -> None:
        self.scene_.clear()
        self.items_by_unit = {}
        self.chart = chart
        if chart is None:
            return
        connectors = ConnectorsItem()
        connectors.set_connectors(chart.layout.connectors)
        self.scene_.addItem(connectors)
        for unit_id, box in chart.layout.boxes.items():
            card = chart.cards[unit_id]
            shown = UnitCard(
                card.name,
                card.colour,
                card.manager,
                card.headcount,
                card.filled,
                card.subtree_headcount,
                card.subtree_filled,
            )
            item = UnitItem(unit_id, box.width, box.height, shown)
            item.place(box.x, box.y)
            if unit_id in chart.ghosts:
                item.setOpacity(GHOST_OPACITY)
            item.setToolTip(card.name)
            self.scene_.addItem(item)
            self.items_by_unit[unit_id] = item
        layout = chart.layout
        self.setSceneRect(-MARGIN, -MARGIN, layout.width + 2 * MARGIN, layout.height + 2 * MARGIN)
        self.fit()

    def fit(self) -> None:
        """The whole chart when that stays readable, else readable size from the top."""
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.0:
            self.resetTransform()
        if self.transform().m11() < READABLE_SCALE:
            self.resetTransform()
            self.scale(READABLE_SCALE, READABLE_SCALE)
            rect = self.sceneRect()
            self.centerOn(rect.center().x(), rect.top() + self.viewport().height() / (2 * READABLE_SCALE))

    def select_unit(self, unit_id: int | None) -> bool:
        """Select and centre the box; False when it is not on the chart."""
        item = self.items_by_unit.get(unit_id) if unit_id is not None else None
        self.scene_.blockSignals(True)
        try:
            self.scene_.clearSelection()
            if item is not None:
                item.setSelected(True)
        finally:
            self.scene_.blockSignals(False)
        if item is None:
            return False
        self.centerOn(item)
        return True

    def selected_unit(self) -> int | None:
        items = [i for i in self.scene_.selectedItems() if isinstance(i, UnitItem)]
        return items[0].unit_id if items else None

    def _selection_changed(self) -> None:
        unit_id = self.selected_unit()
        if unit_id is not None:
            self.unit_clicked.emit(unit_id)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt's name
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            factor = ZOOM_STEP if event.angleDelta().y() > 0 else 1 / ZOOM_STEP
            scale = self.transform().m11() * factor
            if MIN_SCALE <= scale <= MAX_SCALE:
                self.scale(factor, factor)
            event.accept()
        else:
            super().wheelEvent(event)
