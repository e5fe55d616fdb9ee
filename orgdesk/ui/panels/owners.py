"""What the duties and KPIs panels share: the owner chooser (the unit itself or one of its posts).

Duties and KPIs belong to a unit or to a post. The tree selects units only, so each panel
has a combo at the top listing the selected unit and its posts. The combo holds ids only;
names are read from the document each time it is filled.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Unit

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
