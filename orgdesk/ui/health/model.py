"""The findings of a health check as a two-level tree: categories, then their findings.

The model keeps the report and shows what the filter lets through (severities, words of the
message). Messages are translated when first shown or searched and then kept, so a report of
50,000 findings opens at once. Rows are rebuilt (a model reset) only when the report or the
filter changes.
"""

from __future__ import annotations

from functools import cache
from html import escape
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from orgdesk.domain.health import CHECK_TITLES, SEVERITY_NAMES, Check, Finding, HealthReport, Severity
from orgdesk.domain.health.model import SEVERITY_ORDER
from orgdesk.domain.messages import render_message

Index = QModelIndex | QPersistentModelIndex
FINDING_ROLE = Qt.ItemDataRole.UserRole + 1  # the Finding of a row (None on a category row)
CHECK_ROLE = Qt.ItemDataRole.UserRole + 2  # the Check of a category row
GROUP = 0  # internal id of category rows; a finding row's id is its category's row + 1
SHOWN_CHARACTERS = 240  # a row shows the start of a long message; the details pane shows it all

SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#C5221F"),
    Severity.WARNING: QColor("#E37400"),
    Severity.INFO: QColor("#1A73E8"),
    Severity.SUGGESTION: QColor("#188038"),
}


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def finding_text(finding: Finding) -> str:
    """A finding's message in the UI language."""
    return render_message("Health", finding.template, finding.params, _tr)


def severity_name(severity: Severity) -> str:
    return _tr("Health", SEVERITY_NAMES[severity])


def check_title(check: Check) -> str:
    return _tr("Health", CHECK_TITLES[check])


def _paint_mark(painter: QPainter, severity: Severity, size: float) -> None:
    """White strokes on the coloured shape: ✕ error, ! warning, i note, + suggestion."""
    painter.setPen(QPen(QColor("white"), size / 8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    middle = size / 2
    if severity == Severity.ERROR:
        low, high = size * 0.33, size * 0.67
        painter.drawLine(QPointF(low, low), QPointF(high, high))
        painter.drawLine(QPointF(low, high), QPointF(high, low))
    elif severity == Severity.WARNING:
        painter.drawLine(QPointF(middle, size * 0.36), QPointF(middle, size * 0.62))
        painter.drawPoint(QPointF(middle, size * 0.78))
    elif severity == Severity.INFO:
        painter.drawPoint(QPointF(middle, size * 0.28))
        painter.drawLine(QPointF(middle, size * 0.45), QPointF(middle, size * 0.74))
    else:
        painter.drawLine(QPointF(middle, size * 0.28), QPointF(middle, size * 0.72))
        painter.drawLine(QPointF(size * 0.28, middle), QPointF(size * 0.72, middle))


def _severity_pixmap(severity: Severity, size: int) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(SEVERITY_COLOURS[severity]))
    if severity == Severity.WARNING:  # a triangle, so colour is not the only cue
        shape = QPainterPath()
        shape.addPolygon(QPolygonF([QPointF(size / 2, 0.5), QPointF(size - 0.5, size - 1.0), QPointF(0.5, size - 1.0)]))
        painter.drawPath(shape)
    else:
        painter.drawEllipse(QPointF(size / 2, size / 2), size / 2 - 0.5, size / 2 - 0.5)
    _paint_mark(painter, severity, size)
    painter.end()
    return pixmap


@cache
def severity_icon(severity: Severity) -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32):
        icon.addPixmap(_severity_pixmap(severity, size))
    return icon


class FindingsModel(QAbstractItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: HealthReport | None = None
        self.severities: set[Severity] = set(SEVERITY_ORDER)
        self.query = ""
        self._messages: list[str | None] = []
        self._searched: list[str | None] = []
        self._groups: list[tuple[Check, list[int]]] = []
        self.stale = False  # the document changed after the check: rows are shown greyed

    # ----- what is shown ------------------------------------------------------------
    def set_report(self, report: HealthReport | None, messages: list[str] | None = None) -> None:
        """`messages`: the findings' texts if already translated (the worker does it for big reports)."""
        self.beginResetModel()
        self.report = report
        count = len(report.findings) if report is not None else 0
        self._messages = list(messages) if messages is not None and len(messages) == count else [None] * count
        self._searched = [None] * count
        self.stale = False
        self._group()
        self.endResetModel()

    def set_filter(self, severities: set[Severity], query: str) -> None:
        if severities == self.severities and query == self.query:
            return
        self.beginResetModel()
        self.severities, self.query = set(severities), query
        self._group()
        self.endResetModel()

    def set_stale(self, stale: bool) -> None:
        if stale != self.stale:
            self.stale = stale
            if self._groups:
                last = self.index(len(self._groups) - 1, 0)
                self.dataChanged.emit(self.index(0, 0), last)

    def _group(self) -> None:
        self._groups = []
        if self.report is None:
            return
        words = self.query.casefold().split()
        by_check: dict[Check, list[int]] = {}
        for number, finding in enumerate(self.report.findings):
            if finding.severity not in self.severities:
                continue
            if words and not self._matches(number, finding, words):
                continue
            by_check.setdefault(finding.check, []).append(number)
        self._groups = [(check, by_check[check]) for check in CHECK_TITLES if check in by_check]

    def _matches(self, number: int, finding: Finding, words: list[str]) -> bool:
        text = self._searched[number]
        if text is None:  # made once per finding: searching 50,000 findings is then a quick scan
            text = self._searched[number] = f"{self.message(number)} {check_title(finding.check)}".casefold()
        return all(word in text for word in words)

    def message(self, number: int) -> str:
        found = self._messages[number]
        if found is None:
            assert self.report is not None
            found = self._messages[number] = finding_text(self.report.findings[number])
        return found

    def shown_count(self) -> int:
        return sum(len(numbers) for _check, numbers in self._groups)

    def finding(self, index: Index) -> Finding | None:
        number = self._number(index)
        return None if number is None or self.report is None else self.report.findings[number]

    def findings_of(self, index: Index) -> list[Finding]:
        """The findings shown under a category row (or the one finding of a finding row)."""
        if self.report is None or not index.isValid():
            return []
        if index.internalId() == GROUP:
            return [self.report.findings[n] for n in self._groups[index.row()][1]]
        finding = self.finding(index)
        return [finding] if finding is not None else []

    def _number(self, index: Index) -> int | None:
        if not index.isValid() or index.internalId() == GROUP:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def index_of(self, finding: Finding) -> QModelIndex:
        for row, (check, numbers) in enumerate(self._groups):
            if check == finding.check and self.report is not None:
                for child, number in enumerate(numbers):
                    if self.report.findings[number] is finding:
                        return self.index(child, 0, self.index(row, 0))
        return QModelIndex()

    # ----- the model interface -------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, GROUP) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != GROUP or row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, GROUP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        if index.internalId() == GROUP:
            return self._group_data(index.row(), role)
        number = self._number(index)
        assert number is not None
        finding = self.report.findings[number]
        if role == Qt.ItemDataRole.DisplayRole:
            text = " ".join(self.message(number).split())
            return text if len(text) <= SHOWN_CHARACTERS else text[: SHOWN_CHARACTERS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            # Rich text, so Qt wraps a long message instead of one line across the screen.
            return f"<p><b>{escape(severity_name(finding.severity))}</b>: {escape(self.message(number))}</p>"
        if role == Qt.ItemDataRole.DecorationRole:
            return severity_icon(finding.severity)
        if role == Qt.ItemDataRole.ForegroundRole and self.stale:
            return QBrush(QColor("#80868B"))
        if role == FINDING_ROLE:
            return finding
        return None

    def _group_data(self, row: int, role: int) -> Any:
        check, numbers = self._groups[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{check_title(check)} ({len(numbers)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and self.report is not None:
            worst = min((self.report.findings[n].severity for n in numbers), key=SEVERITY_ORDER.index)
            return severity_icon(worst)
        if role == CHECK_ROLE:
            return check
        return None
