"""The Find panel (Ctrl+F): units, posts, people and duty text of the shown scenario.

Typing searches as you type (after a short pause); Enter or a click on a result reports
`unit_chosen(unit id)` — the window selects that unit in tree and chart, centres it and
highlights its chain of command up to the top unit.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.search import DEFAULT_LIMIT, HitKind, SearchHit, search
from orgdesk.store.session import ChangeNotice
from orgdesk.ui.events import DocumentEvents

TYPING_PAUSE_MS = 200
UNIT_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_label(kind: HitKind) -> str:
    texts = {
        HitKind.UNIT: QCoreApplication.translate("SearchPanel", "Unit"),
        HitKind.POSITION: QCoreApplication.translate("SearchPanel", "Post"),
        HitKind.PERSON: QCoreApplication.translate("SearchPanel", "Person"),
        HitKind.DUTY: QCoreApplication.translate("SearchPanel", "Duty"),
    }
    return texts[kind]


class SearchPanel(QWidget):
    unit_chosen = Signal(int)

    def __init__(self, events: DocumentEvents, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("searchPanel")
        events.changed.connect(self.document_changed)
        self._document: Document | None = None
        self._scenario_id: int | None = None
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(self.tr("Find units, posts, people, duty text…"))
        self.field.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("searchResults")
        self.results.setUniformItemSizes(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("searchSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.field)
        layout.addWidget(self.summary)
        layout.addWidget(self.results, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.field.textChanged.connect(lambda _text: self._timer.start())
        self.field.returnPressed.connect(self._choose_first)
        self.field.installEventFilter(self)
        self.results.itemActivated.connect(self._choose)
        self.results.itemClicked.connect(self._choose)

    def set_document(self, document: Document | None, scenario_id: int | None) -> None:
        self._document, self._scenario_id = document, scenario_id
        self.run_search()

    def document_changed(self, notice: ChangeNotice) -> None:
        patch = notice.patch
        if self.field.text().strip() and patch.kinds() & {"unit", "position", "person", "assignment", "duty"}:
            self._timer.start()

    def start(self) -> None:
        """Ctrl+F: focus the field with its text selected, ready to type over."""
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run_search(self) -> None:
        self._timer.stop()
        self.results.clear()
        query = self.field.text()
        if self._document is None or self._scenario_id is None or not query.strip():
            self.summary.clear()
            return
        hits = search(self._document, self._scenario_id, query)
        for hit in hits:
            self.results.addItem(self._item(hit))
        if not hits:
            self.summary.setText(self.tr("Nothing found for “{query}”.").format(query=query.strip()))
        elif len(hits) >= DEFAULT_LIMIT:
            self.summary.setText(
                self.tr("The first {count} results; type more to narrow them.").format(count=len(hits))
            )
        elif len(hits) == 1:
            self.summary.setText(self.tr("1 result"))
        else:
            self.summary.setText(self.tr("{count} results").format(count=len(hits)))

    def _item(self, hit: SearchHit) -> QListWidgetItem:
        assert self._document is not None
        unit = self._document.unit(hit.unit_id)
        text = " ".join(hit.text.split())
        if len(text) > 80:
            text = text[:79] + "…"
        shown = f"[{kind_label(hit.kind)}] {text}"
        if hit.kind != HitKind.UNIT:
            shown += f" — {unit.name}"
        item = QListWidgetItem(shown)
        item.setData(UNIT_ROLE, hit.unit_id)
        item.setToolTip(self._document.path(unit, " › "))
        return item

    def _choose(self, item: QListWidgetItem) -> None:
        unit_id = item.data(UNIT_ROLE)
        if isinstance(unit_id, int):
            self.unit_chosen.emit(unit_id)

    def _choose_first(self) -> None:
        if self._timer.isActive():
            self.run_search()
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self.results.setCurrentItem(item)
            self._choose(item)

    def eventFilter(self, watched: object, event: object) -> bool:  # noqa: N802 - Qt's name
        # Down arrow in the field moves into the results, as in a browser's find bar.
        key_down = isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress
        if watched is self.field and key_down and event.key() == Qt.Key.Key_Down and self.results.count():  # type: ignore[attr-defined]
            self.results.setFocus()
            self.results.setCurrentRow(0)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
