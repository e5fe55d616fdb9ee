"""What the chart accepts from the panels' drags: a post onto a unit box (move the post there)
and, in the post chart, a person onto a post box (assign them). The chart only reports the
gesture (`post_dropped`, `person_dropped`); the window makes the undoable edit.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QPointF, Signal
from PySide6.QtWidgets import QGraphicsView

from orgdesk.domain.document import Document
from orgdesk.domain.roster import holds
from orgdesk.ui.canvas.items import UnitItem
from orgdesk.ui.canvas.post_items import PostItem
from orgdesk.ui.mime import dragged_person, dragged_position


class ChartDrops(QObject):
    post_dropped = Signal(int, int)  # position id, unit id
    person_dropped = Signal(int, int)  # person id, position id

    def __init__(self, view: QGraphicsView) -> None:
        super().__init__(view)
        self.view = view

    def target(self, document: Document | None, data: QMimeData | None, pos: QPointF) -> tuple[str, int, int] | None:
        """("post", post, unit) or ("person", person, post) for an allowed drop at viewport `pos`."""
        item = self.view.itemAt(pos.toPoint())
        position = dragged_position(document, data)
        if position is not None and isinstance(item, UnitItem) and document is not None:
            unit = document.get("unit", item.unit_id)
            same_scenario = unit is not None and document.owner_scenario_id("position", position.id) == getattr(
                unit, "scenario_id", None
            )
            if item.unit_id != position.unit_id and same_scenario:
                return ("post", position.id, item.unit_id)
            return None
        person = dragged_person(document, data)
        if person is None or document is None or not isinstance(item, PostItem):
            return None
        if holds(document, person.id, item.position_id) is not None:
            return None  # already holds this post
        return ("person", person.id, item.position_id)

    def drop(self, document: Document | None, data: QMimeData | None, pos: QPointF) -> bool:
        found = self.target(document, data, pos)
        if found is None:
            return False
        kind, dragged, onto = found
        (self.post_dropped if kind == "post" else self.person_dropped).emit(dragged, onto)
        return True
