"""What the duties and KPIs panels share: the owner chooser (the unit itself or one of its posts).

Duties and KPIs belong to a unit or to a post. The tree selects units only, so each panel
has a combo at the top listing the selected unit and its posts. The combo holds ids only;
names are read from the document each time it is filled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Unit
from orgdesk.domain.patch import Patch

Owner = tuple[str, int]  # (owner kind, owner id)


class OwnerChooser(QComboBox):
    """The selected unit itself, then its posts; `owner_chosen` reports (kind, id) or None."""

    owner_chosen = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ownerChooser")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self._filling = False
        self.currentIndexChanged.connect(self._changed)

    def owner(self) -> Owner | None:
        data = self.currentData()
        return (str(data[0]), int(data[1])) if isinstance(data, tuple) else None

    def fill(self, document: Document | None, unit_id: int | None, keep: Owner | None = None) -> None:
        """List the unit and its posts, keeping `keep` chosen if it is still there."""
        self._filling = True
        try:
            self.clear()
            unit = document.get("unit", unit_id) if document is not None else None
            if document is None or not isinstance(unit, Unit):
                self.setEnabled(False)
                return
            self.setEnabled(True)
            self.addItem(self.tr("{unit} (the unit itself)").format(unit=unit.name), (str(OwnerKind.UNIT), unit.id))
            for post in document.positions_of(unit.id):
                self.addItem(self.tr("Post: {post}").format(post=post.title), (str(OwnerKind.POSITION), post.id))
            if keep is not None:
                row = self.findData(keep)
                if row >= 0:
                    self.setCurrentIndex(row)
        finally:
            self._filling = False
        self.owner_chosen.emit(self.owner())

    def choose(self, owner: Owner) -> bool:
        row = self.findData(owner)
        if row >= 0:
            self.setCurrentIndex(row)
        return row >= 0

    def _changed(self, _row: int) -> None:
        if not self._filling:
            self.owner_chosen.emit(self.owner())


class OwnedItemsModel(Protocol):
    owner: Owner | None

    def reload(self) -> None: ...


class OwnedItemsPanel(QWidget):
    """The part the duties and KPIs panels share: follow the tree's unit, let the planner
    choose the unit or one of its posts, reload on change notices, keyed actions and buttons.

    A subclass sets `hint`, `chooser`, `view` and `model`, names its item kind, and
    implements `_reload` and `_owner_chosen`.
    """

    item_kind: ClassVar[str]
    hint: QLabel
    chooser: OwnerChooser
    view: QAbstractItemView
    model: OwnedItemsModel

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document: Document | None = None
        self.unit_id: int | None = None

    def _action(self, text: str, key: QKeySequence, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{text.replace('&', '')} ({key.toString(QKeySequence.SequenceFormat.NativeText)})")
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _button_row(self, actions: Sequence[QAction]) -> QHBoxLayout:
        buttons = QHBoxLayout()
        for action in actions:
            button = QToolButton(self)
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    # ----- what is shown ------------------------------------------------------------
    def show_unit(self, document: Document | None, unit_id: int | None) -> None:
        keep = self.model.owner if unit_id == self.unit_id and document is self.document else None
        self.document, self.unit_id = document, unit_id
        self.chooser.fill(document, unit_id, keep)
        shown = self.chooser.owner() is not None
        self.hint.setVisible(not shown)
        for widget in (self.chooser, self.view):
            widget.setVisible(shown)

    def choose_owner(self, owner: Owner) -> bool:
        return self.chooser.choose(owner)

    def document_changed(self, patch: Patch) -> None:
        kinds = patch.kinds()
        if kinds & {"unit", "position"}:
            self.show_unit(self.document, self.unit_id)
        elif self.item_kind in kinds:
            self._reload()

    def _reload(self) -> None:
        raise NotImplementedError
