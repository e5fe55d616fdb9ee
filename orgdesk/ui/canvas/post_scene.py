"""The post chart (岗位设置图): the posts of the selected unit and its sub-units, linked by
reports-to, with their holders' names; vacancies are marked. The scene only shows: it
changes nothing in the document and rebuilds when posts, holders, people or units change.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSimpleTextItem

from orgdesk.domain.analysis import position_filled
from orgdesk.domain.document import Document
from orgdesk.domain.entities import AssignmentKind, Person, Position, Unit
from orgdesk.domain.patch import Patch
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.layout.post_tree import POST_OPTIONS, layout_posts, posts_in_scope
from orgdesk.ui.canvas.items import ConnectorsItem
from orgdesk.ui.canvas.post_items import PostCard, PostItem

MARGIN = 24.0
MAX_POSTS = 3000  # more than this is no readable chart: only the unit's own posts are shown
KIND_MARKS = {
    AssignmentKind.CONCURRENT.value: QT_TRANSLATE_NOOP("PostChartScene", "part-time"),
    AssignmentKind.ACTING.value: QT_TRANSLATE_NOOP("PostChartScene", "acting"),
}


class PostChartScene(QGraphicsScene):
    post_clicked = Signal(int)  # position id

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setBackgroundBrush(QColor("#F4F6F8"))
        self.document: Document | None = None
        self.unit_id: int | None = None
        self.items_by_post: dict[int, PostItem] = {}
        self.limited = False  # the scope had too many posts: only the unit's own are shown
        self._connectors = ConnectorsItem()
        self.addItem(self._connectors)
        self._note = QGraphicsSimpleTextItem()
        self.addItem(self._note)
        self.selectionChanged.connect(self._selection_changed)

    def show_unit(self, document: Document | None, unit_id: int | None) -> None:
        if document is self.document and unit_id == self.unit_id:
            return
        self.document, self.unit_id = document, unit_id
        self.rebuild()

    def apply_patch(self, patch: Patch) -> None:
        if patch.kinds() & {"unit", "position", "assignment", "person"}:
            self.rebuild()

    def rebuild(self) -> None:
        for item in self.items_by_post.values():
            self.removeItem(item)
        self.items_by_post = {}
        posts = self._posts()
        layout = layout_posts(posts)
        self._connectors.set_connectors(layout.connectors)
        by_id = {post.id: post for post in posts}
        for box in layout.boxes.values():
            item = PostItem(box.unit_id, box.width, box.height, self._card(by_id[box.unit_id]))
            item.setPos(box.x, box.y)
            self.addItem(item)
            self.items_by_post[box.unit_id] = item
        self._show_note(layout.height, not posts)
        height = layout.height + (40 if self._note.text() else 0)
        self.setSceneRect(-MARGIN, -MARGIN, max(layout.width, 300) + 2 * MARGIN, height + 2 * MARGIN)

    def _posts(self) -> list[Position]:
        document, unit_id = self.document, self.unit_id
        self.limited = False
        if document is None or unit_id is None or not isinstance(document.get("unit", unit_id), Unit):
            return []
        posts = posts_in_scope(document, unit_id)
        if len(posts) > MAX_POSTS:
            self.limited = True
            posts = document.positions_of(unit_id)
        return posts

    def _show_note(self, bottom: float, empty: bool) -> None:
        text = ""
        if empty and self.unit_id is not None:
            text = QCoreApplication.translate("PostChartScene", "This unit and its sub-units have no posts yet.")
        elif self.limited:
            text = QCoreApplication.translate(
                "PostChartScene",
                "Only this unit's own posts are shown: with its sub-units it has more than {count}. "
                "Select a smaller unit to see their posts.",
            ).format(count=MAX_POSTS)
        self._note.setText(text)
        self._note.setPos(0, bottom + 16 if not empty else 0)

    def _card(self, position: Position) -> PostCard:
        document = self.document
        assert document is not None
        names = []
        for assignment in document.assignments_of_position(position.id):
            person = document.get("person", assignment.person_id)
            if not isinstance(person, Person):
                continue
            mark = KIND_MARKS.get(assignment.kind)
            shown = person.name
            if mark is not None:
                shown += QCoreApplication.translate("PostChartScene", " ({kind})").format(
                    kind=QCoreApplication.translate("PostChartScene", mark)
                )
            names.append(shown)
        unit = document.unit(position.unit_id)
        return PostCard(
            title=position.title,
            unit=unit.name,
            holders=QCoreApplication.translate("PostChartScene", ", ").join(names),
            headcount=position.headcount,
            filled=position_filled(document, position),
            is_manager=position.is_manager,
        )

    def _selection_changed(self) -> None:
        for item in self.selectedItems():
            if isinstance(item, PostItem):
                self.post_clicked.emit(item.position_id)
                return

    def box_size(self) -> tuple[float, float]:
        return POST_OPTIONS.box_width, POST_OPTIONS.box_height
