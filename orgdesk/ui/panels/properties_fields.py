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
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.extra import decode as extra_fields_of
from orgdesk.domain.extra import encode

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


class SuggestField(LineField):
    """A line with the usual values to pick from as you type (用工性质, 政治面貌); any text is allowed."""

    def __init__(self, suggestions: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        completer = QCompleter(list(suggestions), self.line)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.line.setCompleter(completer)
        self.line.setPlaceholderText(" / ".join(suggestions[:4]) + " …")


def masked_id_number(text: str) -> str:
    """440106199001011234 → 440106********1234: enough to tell people apart on screen, not to copy."""
    if len(text) <= 10:
        return text
    return text[:6] + "*" * (len(text) - 10) + text[-4:]


class _MaskedLine(QLineEdit):
    """Shows the value masked until it has the focus (then the whole value, to edit it)."""

    def __init__(self) -> None:
        super().__init__()
        self.full = ""

    def show_masked(self) -> None:
        if not self.hasFocus():
            blocker = QSignalBlocker(self)
            self.setText(masked_id_number(self.full))
            blocker.unblock()

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        blocker = QSignalBlocker(self)
        self.setText(self.full)
        blocker.unblock()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        super().focusOutEvent(event)
        self.show_masked()


class IdNumberField(FieldEditor):
    """身份证号: masked while not edited (440106********1234); shown whole in exports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        self.line = _MaskedLine()
        super().__init__(self.line, parent)
        self.line.textEdited.connect(self._typed)
        self.line.editingFinished.connect(self._finished)

    def _typed(self, text: str) -> None:
        self.line.full = text.strip()
        self._edited()

    def value(self) -> str:
        return self.line.full

    def put(self, value: Any) -> None:
        self.line.full = str(value or "")
        self.line.setText(self.line.full if self.line.hasFocus() else masked_id_number(self.line.full))


class ExtraField(FieldEditor):
    """The columns an imported sheet carried that no field holds (header → value), editable in place."""

    def __init__(self, headers: tuple[str, str], parent: QWidget | None = None) -> None:
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        super().__init__(self.table, parent)
        self.table.itemChanged.connect(self._finished)

    def value(self) -> str:
        fields = {}
        for row in range(self.table.rowCount()):
            header, value = self.table.item(row, 0), self.table.item(row, 1)
            if header is not None and header.text().strip():
                fields[header.text().strip()] = value.text().strip() if value is not None else ""
        return encode({key: text for key, text in fields.items() if text})

    def put(self, value: Any) -> None:
        fields = extra_fields_of(str(value or ""))
        self.table.setRowCount(len(fields))
        for row, (header, text) in enumerate(fields.items()):
            key = QTableWidgetItem(header)
            key.setFlags(key.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, 0, key)
            self.table.setItem(row, 1, QTableWidgetItem(text))
        rows = max(1, len(fields))
        self.table.setFixedHeight(
            self.table.horizontalHeader().height() + rows * self.table.verticalHeader().defaultSectionSize() + 4
        )
        self.setVisible(bool(fields))

    def set_value(self, value: Any) -> None:
        blocker = QSignalBlocker(self.table)
        self.put(value)
        blocker.unblock()


def align_top(label: QLabel) -> QLabel:
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    return label
