"""The editors of the Properties panel: one per kind of value, all with the same small interface.

Each editor reports `edited(value)` while the planner types (to check it) and
`finished(value)` when the edit is done (to commit it): Return or leaving a line,
leaving a text box, picking from a combo, ticking a box. `set_value` shows a value
from the document without reporting anything.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

NO_DATE = QDate(1900, 1, 1)  # the date edit's minimum stands for "no date"
INVALID_STYLE = "border: 1px solid #C62828;"


class FieldEditor(QWidget):
    """An editor with its error line underneath (hidden while the value is fine)."""

    edited = Signal(object)
    finished = Signal(object)

    def __init__(self, editor: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.error = QLabel(self)
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("QLabel { color: #C62828; }")
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(editor)
        layout.addWidget(self.error)

    def value(self) -> Any:
        raise NotImplementedError

    def put(self, value: Any) -> None:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        blocker = QSignalBlocker(self.editor)
        self.put(value)
        blocker.unblock()

    def show_error(self, message: str | None) -> None:
        self.error.setText(message or "")
        self.error.setVisible(bool(message))
        self.editor.setStyleSheet(INVALID_STYLE if message else "")
        self.editor.setToolTip(message or "")

    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def _edited(self, *_args: object) -> None:
        self.edited.emit(self.value())

    def _finished(self, *_args: object) -> None:
        self.finished.emit(self.value())


class LineField(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.line = QLineEdit()
        super().__init__(self.line, parent)
        self.line.textEdited.connect(self._edited)
        self.line.editingFinished.connect(self._finished)

    def value(self) -> str:
        return self.line.text().strip()

    def put(self, value: Any) -> None:
        self.line.setText(str(value or ""))


class _PlainText(QPlainTextEdit):
    focus_left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.focus_left.emit()


class TextField(FieldEditor):
    """Several lines (部门职能, 岗位目的 …); done when the box loses the focus."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.text = _PlainText()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * 4 + 12)
        super().__init__(self.text, parent)
        self.text.textChanged.connect(self._edited)
        self.text.focus_left.connect(self._finished)

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def put(self, value: Any) -> None:
        self.text.setPlainText(str(value or ""))


class CountField(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        self.spin = QSpinBox()
        self.spin.setRange(0, 100_000)
        super().__init__(self.spin, parent)
        self.spin.valueChanged.connect(self._edited)
        self.spin.editingFinished.connect(self._finished)

    def value(self) -> int:
        return self.spin.value()

    def put(self, value: Any) -> None:
        self.spin.setValue(int(value or 0))


class ChoiceField(FieldEditor):
    """A combo of (stored value, shown text); picking one finishes the edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.combo = QComboBox()
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(12)
        super().__init__(self.combo, parent)
        self.combo.activated.connect(self._finished)

    def set_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        blocker = QSignalBlocker(self.combo)
        kept = self.value()
        self.combo.clear()
        for stored, shown in choices:
            self.combo.addItem(shown, stored)
        self.put(kept)
        blocker.unblock()

    def value(self) -> Any:
        return self.combo.currentData()

    def put(self, value: Any) -> None:
        row = self.combo.findData(value)
        self.combo.setCurrentIndex(max(row, 0))


class CheckField(FieldEditor):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        self.check = QCheckBox(text)
        super().__init__(self.check, parent)
        self.check.clicked.connect(self._finished)

    def value(self) -> bool:
        return self.check.isChecked()

    def put(self, value: Any) -> None:
        self.check.setChecked(bool(value))


class DateField(FieldEditor):
    """A date or none: the empty date edit shows "—"; the × button empties it."""

    def __init__(self, clear_tip: str, parent: QWidget | None = None) -> None:
        box = QWidget()
        self.date = QDateEdit(box)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setMinimumDate(NO_DATE)
        self.date.setSpecialValueText("—")
        self.clear = QToolButton(box)
        self.clear.setText("×")
        self.clear.setToolTip(clear_tip)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.date, 1)
        row.addWidget(self.clear)
        super().__init__(box, parent)
        self.date.editingFinished.connect(self._finished)
        self.date.calendarWidget().clicked.connect(self._finished)
        self.clear.clicked.connect(self._clear)

    def _clear(self) -> None:
        self.date.setDate(NO_DATE)
        self._finished()

    def value(self) -> date | None:
        chosen = self.date.date()
        if chosen == NO_DATE or not chosen.isValid():
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def put(self, value: Any) -> None:
        if isinstance(value, date):
            self.date.setDate(QDate(value.year, value.month, value.day))
        else:
            self.date.setDate(NO_DATE)

    def set_value(self, value: Any) -> None:
        blocker = QSignalBlocker(self.date)
        self.put(value)
        blocker.unblock()


def align_top(label: QLabel) -> QLabel:
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label
