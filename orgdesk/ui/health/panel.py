"""The Health Check panel (体检): run the check of the shown scenario, read and filter its findings,
go to the items they name, apply the fixes the program offers, export the list to Excel.

The check runs in the background (runner.py). After an edit the list is out of date: when the
last check took a fraction of a second it simply runs again, otherwise the panel says so and
offers to run it again (fixes are then disabled until it has).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from orgdesk.domain.health import Finding, HealthReport, HealthSettings, Severity
from orgdesk.domain.health.kpi_suggestions import accept_all
from orgdesk.domain.health.model import SEVERITY_ORDER
from orgdesk.store.session import ChangeNotice, EditSession
from orgdesk.ui.busy import wait_cursor
from orgdesk.ui.editing import EditController
from orgdesk.ui.health.details import FindingDetails
from orgdesk.ui.health.exporting import FindingsExporter
from orgdesk.ui.health.model import CHECK_ROLE, FindingsModel, severity_icon, severity_name
from orgdesk.ui.health.runner import BackgroundJob, CheckResult, check_job
from orgdesk.ui.health.settings_dialog import HealthSettingsDialog, load_settings, save_settings

AUTO_RERUN_SECONDS = 0.5  # a check this quick runs again by itself after an edit
RERUN_PAUSE_MS = 250  # after the last of several quick edits
TYPING_PAUSE_MS = 200  # filter once the planner pauses typing (50,000 messages are searched)
EXPAND_UP_TO = 40  # categories with at most this many findings open expanded


class HealthPanel(QWidget):
    item_chosen = Signal(object)  # ItemRef: the window selects it

    def __init__(self, edits: EditController, scenario_of: Callable[[], int | None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("healthPanel")
        self.edits = edits
        self.scenario_of = scenario_of
        self.settings: HealthSettings = load_settings(edits.context.settings)
        self.report: HealthReport | None = None
        self.seconds = 0.0
        self.checked_at = ""
        self.stale = False
        self._session: EditSession | None = None
        self.runner = BackgroundJob(parent, "healthProgress")
        self.runner.done.connect(self._show_report)
        self.exporter = FindingsExporter(edits.context, parent)
        self.exporter.written.connect(lambda path: self.summary.setText(self.tr("Wrote {path}").format(path=path)))
        self.runner.failed.connect(self._failed)
        self.runner.cancelled.connect(self._cancelled)
        self.settings_dialog: HealthSettingsDialog | None = None
        self._rerun = QTimer(self)
        self._rerun.setSingleShot(True)
        self._rerun.setInterval(RERUN_PAUSE_MS)
        self._rerun.timeout.connect(self._run_again_now)
        self._build()

    # ----- assembly --------------------------------------------------------------------
    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build(self) -> None:
        self.run_action = self._action("action_health_check", self.tr("Run &Health Check"), self.run_check)
        self.run_action.setShortcut(QKeySequence(Qt.Key.Key_F9))
        self.run_action.setStatusTip(self.tr("Check the shown scenario for duty overlaps and gaps, structure and KPIs"))
        self.settings_action = self._action(
            "action_health_settings", self.tr("Health Check &Settings…"), self.open_settings
        )
        self.export_action = self._action("action_health_export", self.tr("Export to &Excel…"), self.export_xlsx)
        self.export_action.setEnabled(False)
        top = QHBoxLayout()
        for action in (self.run_action, self.settings_action, self.export_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            top.addWidget(button)
        top.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("healthSummary")
        self.summary.setWordWrap(True)
        self.summary.linkActivated.connect(lambda _link: self.run_check())
        self.layout_filters()
        self.model = FindingsModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("healthFindings")
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.details = FindingDetails(self)
        self.details.item_chosen.connect(self.item_chosen)
        self.details.fix_requested.connect(self.apply_fix)
        # The dock is wide at the bottom of the window: the list left, the chosen finding right.
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addLayout(self.filters)
        layout.addWidget(splitter, 1)
        self._show_summary()

    def layout_filters(self) -> None:
        self.filters = QHBoxLayout()
        self.severity_buttons: dict[Severity, QToolButton] = {}
        for severity in SEVERITY_ORDER:
            button = QToolButton(self)
            button.setObjectName(f"healthShow_{severity.value}")
            button.setCheckable(True)
            button.setChecked(True)
            button.setIcon(severity_icon(severity))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setToolTip(self.tr("Show or hide this kind of finding"))
            button.toggled.connect(lambda _on: self._filter())
            self.severity_buttons[severity] = button
            self.filters.addWidget(button)
        self.search = QLineEdit(self)
        self.search.setObjectName("healthSearch")
        self.search.setPlaceholderText(self.tr("Filter findings…"))
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_PAUSE_MS)
        self._typing.timeout.connect(self._filter)
        self.search.textChanged.connect(lambda _text: self._typing.start())
        self.filters.addWidget(self.search, 1)

    # ----- the document --------------------------------------------------------------------
    def set_session(self, session: EditSession | None) -> None:
        """Another document (or none): forget the findings of the last one."""
        self._session = session
        self._rerun.stop()
        self.report, self.stale = None, False
        self.model.set_report(None)
        self._show_summary()

    def document_changed(self, notice: ChangeNotice) -> None:
        if not shiboken6.isValid(self) or self.report is None:
            return
        if self.seconds <= AUTO_RERUN_SECONDS and self.isVisible():
            self._rerun.start()
        self._mark_stale()

    def scenario_shown(self, scenario_id: int | None) -> None:
        if self.report is not None and scenario_id != self.report.scenario_id:
            self._mark_stale()

    def _mark_stale(self) -> None:
        self.stale = True
        self.model.set_stale(True)
        self._show_summary()
        self._selection_changed()

    # ----- running ------------------------------------------------------------------------
    def run_check(self) -> None:
        session, scenario_id = self._session, self.scenario_of()
        if session is None or scenario_id is None:
            self.summary.setText(self.tr("Open a document first, then run the check (F9)."))
            return
        self._rerun.stop()
        scenario = session.document.get("scenario", scenario_id)
        name = getattr(scenario, "name", "")
        label = self.tr("Checking “{scenario}”: duties, KPIs and structure…").format(scenario=name)
        if not self.runner.running():
            # The tables a file opens lazily are read here, not through the store from the worker
            # (once per document: about a second for 50,000 duties).
            with wait_cursor():
                session.document.load_all()
        self.runner.start(check_job(session.document, scenario_id, self.settings), label)

    def _run_again_now(self) -> None:
        session, scenario_id = self._session, self.scenario_of()
        if session is not None and scenario_id is not None and not self.runner.running():
            self.runner.run_now(check_job(session.document, scenario_id, self.settings, translate=False))

    def _show_report(self, result: CheckResult) -> None:
        report, seconds = result.report, result.seconds
        chosen = self.model.finding(self.view.currentIndex())
        self.report, self.seconds, self.stale = report, seconds, False
        self.checked_at = time.strftime("%H:%M")
        self.model.set_report(report, result.messages)
        self._expand()
        self._show_summary()
        self._reselect(chosen)
        self.export_action.setEnabled(True)

    def _reselect(self, chosen: Finding | None) -> None:
        """After a re-run, the same finding (same check and message) stays chosen if it is still there."""
        if chosen is not None and self.report is not None:
            for finding in self.report.findings:
                if finding.check == chosen.check and finding.params == chosen.params:
                    index = self.model.index_of(finding)
                    if index.isValid():
                        self.view.setCurrentIndex(index)
                        self.view.scrollTo(index)
                        return
        self._selection_changed()

    def _failed(self, error: object) -> None:
        reason = f"{type(error).__name__}: {error}"
        self.edits.context.interaction.warn(
            self.tr("Health check failed"),
            self.tr("The check stopped with an error: {reason}. Save a copy and report the problem.").format(
                reason=reason
            ),
        )

    def _cancelled(self) -> None:
        self.summary.setText(self.tr("The check was cancelled; nothing changed. Run it again with F9."))

    # ----- what is shown ----------------------------------------------------------------------
    def _filter(self) -> None:
        self._typing.stop()
        shown = {s for s, button in self.severity_buttons.items() if button.isChecked()}
        self.model.set_filter(shown, self.search.text())
        self._expand()
        self._show_summary()

    def _expand(self) -> None:
        many = self.model.shown_count() > 2000 or bool(self.search.text().strip())
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            count = self.model.rowCount(index)
            self.view.setExpanded(index, count <= EXPAND_UP_TO or (not many and count <= 400))

    def _show_summary(self) -> None:
        counts = self.report.counts() if self.report is not None else dict.fromkeys(SEVERITY_ORDER, 0)
        for severity, button in self.severity_buttons.items():
            button.setText(f"{severity_name(severity)} {counts[severity]}")
        if self.report is None:
            self.summary.setText(self.tr("Press F9 to check the shown scenario for overlaps, gaps and structure."))
            return
        session = self._session
        scenario = session.document.get("scenario", self.report.scenario_id) if session is not None else None
        text = self.tr("“{scenario}” checked at {time} ({seconds:.1f} s): {shown} of {total} findings shown.").format(
            scenario=getattr(scenario, "name", ""),
            time=self.checked_at,
            seconds=self.seconds,
            shown=self.model.shown_count(),
            total=len(self.report.findings),
        )
        if self.stale:
            again = self.tr("Run it again")
            text = self.tr("The document or scenario changed after this check. {link} (F9).").format(
                link=f"<a href='run'>{again}</a>"
            )
            text = f"<span style='color:#B06000'>{text}</span>"
        self.summary.setText(text)

    def _selection_changed(self, *_args: QItemSelection) -> None:
        index = self.view.currentIndex()
        document = self._session.document if self._session is not None else None
        finding = self.model.finding(index)
        if finding is not None:
            self.details.show_finding(document, finding, fixable=self._can_fix())
        elif index.isValid():
            self.details.show_category(index.data(CHECK_ROLE), self.model.findings_of(index), self._can_fix())
        elif self.report is not None:
            self.details.show_nothing(self.tr("Choose a finding to see it in full and go to its items."))
        else:
            self.details.show_nothing()

    def _clicked(self, index: object) -> None:
        finding = self.model.finding(self.view.currentIndex())
        if finding is not None and finding.items:
            self.item_chosen.emit(finding.items[0])

    def _can_fix(self) -> bool:
        return not self.stale and self.edits.editable()

    # ----- fixes, settings, export -----------------------------------------------------
    def apply_fix(self) -> bool:
        """The chosen finding's fix (or all KPI suggestions of the chosen category) as one undoable edit."""
        if not self._can_fix():
            return False
        index = self.view.currentIndex()
        finding = self.model.finding(index)
        if finding is not None and finding.fix is not None:
            return self.edits.run_edit(finding.fix.operation())
        findings = self.model.findings_of(index)
        if finding is None and findings:
            return self.edits.run_edit(accept_all(findings))
        return False

    def open_settings(self) -> HealthSettingsDialog:
        dialog = HealthSettingsDialog(self.settings, self.window())
        dialog.accepted.connect(lambda: self._settings_chosen(dialog.settings()))
        dialog.finished.connect(dialog.deleteLater)
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def _settings_chosen(self, settings: HealthSettings) -> None:
        self.settings = settings
        save_settings(self.edits.context.settings, settings)
        if self.report is not None:
            self.run_check()

    def export_xlsx(self) -> Path | None:
        """Ask where, then write the findings in the background; the chosen path or None."""
        if self._session is None or self.report is None:
            return None
        return self.exporter.export(self._session, self.report)

    def stop(self) -> None:
        """The window is closing: a running check's thread must end first."""
        self._rerun.stop()
        self.runner.wait()
        self.exporter.job.wait()

    def finding_texts(self) -> list[str]:
        """What the list shows, category rows and finding rows, top to bottom (for tests)."""
        texts = []
        for row in range(self.model.rowCount()):
            group = self.model.index(row, 0)
            texts.append(str(group.data()))
            texts.extend(str(self.model.index(child, 0, group).data()) for child in range(self.model.rowCount(group)))
        return texts
