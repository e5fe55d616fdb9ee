"""Renaming a unit in place on the chart: a line editor over the box's title band.

Enter or leaving the editor reports the new name (`finished(unit id, name)`); Esc
cancels. The editor only reports: the window turns the name into an undoable rename.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class BoxNameEditor(QLineEdit):
    finished = Signal(int, str)  # unit id, the name typed

    def __init__(self, unit_id: int, name: str, parent: QWidget) -> None:
        super().__init__(name, parent)
        self.setObjectName("boxNameEditor")
        self.unit_id = unit_id
        self._done = False
        self.selectAll()
        self.returnPressed.connect(self.commit)

    def place(self, rect: QRect) -> None:
        height = max(rect.height(), self.sizeHint().height())
        self.setGeometry(rect.x(), rect.y() + (rect.height() - height) // 2, max(rect.width(), 120), height)

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self.finished.emit(self.unit_id, self.text())
            self.deleteLater()

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # a context menu of the editor keeps it open
            self.commit()
