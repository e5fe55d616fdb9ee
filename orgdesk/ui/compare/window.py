"""The comparison window: pick two scenarios, see the 'to' chart coloured by change beside the
change list and the totals per top-level unit; choosing a change selects its box here and its
item in the main window. A big comparison runs in a worker behind a progress dialog with Cancel.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.compare import DiffEntry, DiffReport, compare_scenarios
from orgdesk.domain.compare_entries import entry_item
from orgdesk.domain.document import Document
from orgdesk.domain.health import ItemRef
from orgdesk.domain.health.items import unit_of
from orgdesk.layout.compare_chart import CHANGE_COLOURS, LEGEND, CompareChart, change_counts, compare_chart
from orgdesk.store.session import ChangeNotice, EditSession
from orgdesk.ui.background import BackgroundRunner
from orgdesk.ui.compare.changes import ChangeList, TotalsTable
from orgdesk.ui.compare.chart import CompareChartView
from orgdesk.ui.compare.exports import CompareExports

if TYPE_CHECKING:
    from orgdesk.ui.shell import Shell

BACKGROUND_UNITS = 1500  # comparisons of more units (both scenarios) run in a worker with a progress dialog


@dataclass(frozen=True)
class Comparison:
    report: DiffReport
    chart: CompareChart


class _BoolProgress:
    """The domain's progress callback (True: go on) over the worker's (raises once cancelled)."""

    def __init__(self, progress: Callable[[int, int], object]) -> None:
        self.progress = progress

    def __call__(self, done: int, total: int) -> bool:
        self.progress(done, total)  # raises Cancelled once the planner pressed Cancel
        return True


def compare(
    document: Document, before_id: int, after_id: int, progress: Callable[[int, int], object] | None = None
) -> Comparison:
    """The work of one comparison (Qt-free; run in the worker for big scenarios)."""
    document.load_all()
    callback = _BoolProgress(progress) if progress is not None else None
    report = compare_scenarios(document, before_id, after_id, progress=callback)
    return Comparison(report, compare_chart(document, report))


class CompareWindow(QWidget):
    def __init__(self, main: Shell) -> None:
        super().__init__(main.widget(), Qt.WindowType.Window)
        self.main = main
        self.setObjectName("compareWindow")
        self.setWindowTitle(self.tr("Compare Scenarios"))
        self.comparison: Comparison | None = None
        self._following = False  # hearing the document's change notices (while open)
        self.runner = BackgroundRunner(self)
        self._build()
        self.exports = CompareExports(
            main.context, (self.xlsx_button, self.pdf_button), self._shown_report, self.summary
        )
        self.resize(1280, 760)

    def _shown_report(self) -> DiffReport | None:
        return self.comparison.report if self.comparison is not None else None

    # ----- assembly ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.from_combo = QComboBox(self)
        self.from_combo.setObjectName("compareFrom")
        self.to_combo = QComboBox(self)
        self.to_combo.setObjectName("compareTo")
        for combo in (self.from_combo, self.to_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(8)
        self.compare_button = QPushButton(self.tr("&Compare"), self)
        self.compare_button.setObjectName("compareRun")
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.run_compare)
        self.xlsx_button = QPushButton(self.tr("Export &Excel…"), self)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setObjectName("compareLegend")
        self.chart = CompareChartView(self)
        self.changes = ChangeList(self)
        self.totals = TotalsTable(self)
        self.changes.entry_chosen.connect(self.choose_entry)
        self.chart.unit_clicked.connect(self._box_clicked)
        QShortcut(QKeySequence.StandardKey.Close, self, self.close)

        top = QHBoxLayout()
        from_label = QLabel(self.tr("&From:"), self)
        from_label.setBuddy(self.from_combo)
        to_label = QLabel(self.tr("&To:"), self)
        to_label.setBuddy(self.to_combo)
        for widget in (from_label, self.from_combo, QLabel("→", self), to_label, self.to_combo, self.compare_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.xlsx_button)
        top.addWidget(self.pdf_button)

        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.changes)
        right.addWidget(self.totals)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        body = QSplitter(Qt.Orientation.Horizontal, self)
        chart_side = QWidget(self)
        chart_layout = QVBoxLayout(chart_side)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.legend)
        chart_layout.addWidget(self.chart, 1)
        body.addWidget(chart_side)
        body.addWidget(right)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        body.setSizes([720, 540])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(body, 1)
        self._show_legend(None)

    # ----- the document and the scenarios -------------------------------------------------------
    def _document(self) -> Document | None:
        session = self.main.context.session
        return session.document if session is not None else None

    def set_scenarios(self, before_id: int | None, after_id: int | None) -> None:
        """Fill both combos with the document's scenarios and choose `before_id` → `after_id`."""
        self._follow(self.main.context.session)
        document = self._document()
        for combo, chosen in ((self.from_combo, before_id), (self.to_combo, after_id)):
            combo.clear()
            for scenario in document.scenarios() if document is not None else []:
                label = scenario.name
                if scenario.is_current:
                    label = self.tr("{name} (current)").format(name=scenario.name)
                combo.addItem(label, scenario.id)
            row = combo.findData(chosen)
            combo.setCurrentIndex(max(row, 0) if combo.count() else -1)
        self.compare_button.setEnabled(document is not None)

    def chosen(self) -> tuple[int | None, int | None]:
        before, after = self.from_combo.currentData(), self.to_combo.currentData()
        return (before if isinstance(before, int) else None, after if isinstance(after, int) else None)

    def _follow(self, session: EditSession | None) -> None:
        """Hear the document's change notices while open (Qt ends the connection when deleted)."""
        following = session is not None
        if following == self._following:
            return
        self._following = following
        changed = self.main.context.events.changed
        if following:
            changed.connect(self._document_changed)
        else:
            with contextlib.suppress(RuntimeError):  # not connected
                changed.disconnect(self._document_changed)

    def _document_changed(self, notice: ChangeNotice) -> None:
        if "scenario" in notice.patch.kinds():
            self.set_scenarios(*self.chosen())
        if self.comparison is not None:
            self.summary.setText(
                self.tr("The document changed after this comparison. Press Compare to bring it up to date.")
            )

    # ----- comparing -----------------------------------------------------------------------------
    def run_compare(self) -> None:
        document = self._document()
        before_id, after_id = self.chosen()
        if document is None or before_id is None or after_id is None:
            return
        if self.runner.busy():
            return
        units = len(document.units_of_scenario(before_id)) + len(document.units_of_scenario(after_id))
        self.runner.run(
            lambda progress: compare(document, before_id, after_id, progress),
            self.tr("Comparing the scenarios…"),
            self._show_comparison,
            self._failed,
            in_background=units > BACKGROUND_UNITS,
        )

    def _show_comparison(self, comparison: Comparison) -> None:
        self.comparison = comparison
        report = comparison.report
        document = self._document()
        if document is None:
            return
        before, after = document.scenario(report.before_id).name, document.scenario(report.after_id).name
        if report.is_empty():
            text = self.tr("No differences between “{before}” and “{after}”.")
        else:
            text = self.tr(
                "{count} changes from “{before}” to “{after}”. Choose a change to see it in the chart and in the main window."  # noqa: E501 - one literal for lupdate
            )
        self.summary.setText(text.format(count=len(report.entries), before=before, after=after))
        self.chart.show_chart(comparison.chart)
        self.changes.show_report(report)
        self.totals.show_rows(report.totals)
        self._show_legend(comparison.chart)
        self.exports.set_enabled(True)

    def _failed(self, error: BaseException) -> None:
        self.main.context.interaction.warn(
            self.tr("Comparison failed"),
            self.tr(
                "The scenarios could not be compared: {error}. Try again; if it fails again, save a copy of the document and report the problem."  # noqa: E501 - one literal for lupdate
            ).format(error=error),
        )

    def _show_legend(self, chart: CompareChart | None) -> None:
        counts = change_counts(chart) if chart is not None else {}
        parts = []
        for change, text in LEGEND:
            label = QCoreApplication.translate("Compare", text)
            if change is not None and chart is not None:
                label = f"{label} {counts.get(change, 0)}"
            parts.append(f'<span style="color:{CHANGE_COLOURS[change]}; font-size:14pt">■</span>&nbsp;{label}')
        self.legend.setText("&nbsp;&nbsp;&nbsp;".join(parts))

    # ----- choosing a change -------------------------------------------------------------------
    def choose_entry(self, entry: DiffEntry) -> bool:
        """Select the entry's box in the chart and its item in the main window."""
        document, comparison = self._document(), self.comparison
        if document is None or comparison is None:
            return False
        item = entry_item(document, comparison.report, entry)
        if item is None:
            self.main.context.interaction.warn(
                self.tr("Item not found"),
                self.tr("This item was deleted after the comparison. Press Compare to bring the list up to date."),
            )
            return False
        self.chart.select_unit(self._box_of(document, item.kind, item.id))
        return self.main.reveal_item(ItemRef(item.kind, item.id))

    def _box_of(self, document: Document, kind: str, item_id: int) -> int | None:
        """The chart box for an item: its unit, or that unit's partner in the 'to' scenario."""
        assert self.comparison is not None
        unit_id = unit_of(document, ItemRef(kind, item_id))
        if unit_id is None or unit_id in self.chart.items_by_unit:
            return unit_id
        return self.comparison.report.matching.units.get(unit_id)

    def _box_clicked(self, unit_id: int) -> None:
        """A box clicked: its unit's change in the list (which selects it in the main window)."""
        if self.comparison is None:
            return
        for entry in self.comparison.report.of_kind("unit"):
            if unit_id in entry.after or unit_id in entry.before:
                self.changes.select_entry(entry)
                return

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self.runner.wait()
        self._follow(None)
        super().closeEvent(event)
