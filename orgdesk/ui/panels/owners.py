"""What the duties and KPIs panels share: the owner chooser (the unit itself or one of its posts).

Duties and KPIs belong to a unit or to a post. The tree selects units only, so each panel
has a combo at the top listing the selected unit and its posts. The combo holds ids only;
names are read from the document each time it is filled.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar, Generic, Protocol, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Entity, OwnerKind, Position, Unit
from orgdesk.domain.patch import Patch
from orgdesk.store.session import ChangeNotice
from orgdesk.ui.panels.panel_actions import button_row, keyed_action

Owner = tuple[str, int]  # (owner kind, owner id)
Index = QModelIndex | QPersistentModelIndex
ItemT = TypeVar("ItemT", bound=Entity)


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


class OwnedRowsMixin(Generic[ItemT]):
    """The rows of a panel's model: the items of one owner, in order. The model keeps their ids
    only and reads each item from the document when it is shown, so it cannot drift from it.

    Mixed into a Qt item model (first in the bases); the model sets `item_kind` and
    `item_type`, implements `items()` and calls `forget_owner()` in its `__init__`.
    """

    item_kind: ClassVar[str]
    item_type: type[ItemT]
    document: Document | None
    owner: Owner | None
    _ids: list[int]

    if TYPE_CHECKING:  # provided by the Qt model this is mixed into

        def beginResetModel(self) -> None: ...  # noqa: N802

        def endResetModel(self) -> None: ...  # noqa: N802

    def forget_owner(self) -> None:
        self.document, self.owner, self._ids = None, None, []

    def items(self) -> list[ItemT]:
        raise NotImplementedError

    def set_owner(self, document: Document | None, owner: Owner | None) -> None:
        self.document, self.owner = document, owner
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        items = self.items()
        self._ids = [item.id for item in items]
        self.loaded(items)
        self.endResetModel()

    def loaded(self, items: list[ItemT]) -> None:
        """Derive what the rows need besides the ids (a subclass's hook)."""

    def item_at(self, row: int) -> ItemT | None:
        if self.document is None or not 0 <= row < len(self._ids):
            return None
        found = self.document.get(self.item_kind, self._ids[row])
        return found if isinstance(found, self.item_type) else None

    def row_of(self, item_id: int) -> int:
        return self._ids.index(item_id) if item_id in self._ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)


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
        return keyed_action(self, text, key, slot)

    def _button_row(self, actions: Sequence[QAction]) -> QHBoxLayout:
        return button_row(self, actions)

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

    def document_changed(self, notice: ChangeNotice) -> None:
        patch = notice.patch
        kinds = patch.kinds()
        if kinds & {"unit", "position"} and self._touches_owners(patch):
            self.show_unit(self.document, self.unit_id)
        elif self.item_kind in kinds:
            self._reload()

    def _touches_owners(self, patch: Patch) -> bool:
        """Whether the edit changed the shown unit or one of its posts (the owners to choose
        from); moving other units about leaves the list as it is."""
        unit_id = self.unit_id
        for change in patch.changes:
            if change.kind == "unit" and change.id == unit_id:
                return True
            if change.kind == "position" and any(
                isinstance(row, Position) and row.unit_id == unit_id for row in (change.before, change.after)
            ):
                return True
        return False

    def _reload(self) -> None:
        raise NotImplementedError
