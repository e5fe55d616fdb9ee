"""Running the health check (and writing its workbook) off the GUI thread, behind a progress
dialog with Cancel.

The caller reads the tables not read yet on the GUI thread (a file opens lazily, and the store
is not read from other threads); the worker runs the check. The window stays responsive because
the dialog is window-modal: the planner cannot edit while the check reads the document, but the
window repaints and Cancel answers at once. Cancel makes the job's progress callback raise
Cancelled (the shared `ui.background.Worker`) and nothing is shown. A check known to be cheap (the last one
took a fraction of a second) may run at once on the GUI thread.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.health import HealthReport, HealthSettings, run_health_check
from orgdesk.domain.progress import SCALE, ProgressCallback
from orgdesk.ui.background import Worker, progress_dialog
from orgdesk.ui.health.model import finding_text

Job = Callable[[ProgressCallback], object]


def check(
    document: Document, scenario_id: int, settings: HealthSettings, progress: ProgressCallback | None = None
) -> HealthReport:
    """The check the runner runs (tests slow it down to press Cancel in time)."""
    return run_health_check(document, scenario_id, settings, progress)


@dataclass(frozen=True)
class CheckResult:
    report: HealthReport
    seconds: float  # what the check took, without the first read of the tables
    messages: list[str] | None  # the findings in the UI language, when translated in the background


def check_job(document: Document, scenario_id: int, settings: HealthSettings, *, translate: bool = True) -> Job:
    """The check as a job. In the background the findings are translated too (a second for
    50,000), so that searching them later does not hold up the window."""

    def job(progress: ProgressCallback) -> CheckResult:
        document.load_all()  # a no-op when the caller read the tables (it must, for a worker)
        started = time.perf_counter()
        report = check(document, scenario_id, settings, progress)
        seconds = time.perf_counter() - started
        messages = [finding_text(f) for f in report.findings] if translate else None
        return CheckResult(report, seconds, messages)

    return job


class BackgroundJob(QObject):
    """Runs one job at a time; reports `done(result)`, `cancelled()` or `failed(error)`."""

    done = Signal(object)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, parent: QWidget, name: str) -> None:
        super().__init__(parent)
        self._widget = parent
        self.name = name
        self.worker: Worker | None = None
        self.dialog: QProgressDialog | None = None

    def running(self) -> bool:
        return self.worker is not None

    def start(self, job: Job, label: str) -> bool:
        """Start `job` in the background; False if one is running already."""
        if self.worker is not None:
            return False
        worker = Worker(job)
        self.dialog = self._progress_dialog(label)
        worker.progressed.connect(self._show_progress)
        self.dialog.canceled.connect(self.cancel)
        worker.finished.connect(self._finished)
        self.worker = worker
        worker.start()
        return True

    def run_now(self, job: Job) -> None:
        """A cheap job, at once on this thread (a check after small edits); reports like `start`."""
        try:
            result = job(lambda _done, _total: True)
        except Exception as error:
            self.failed.emit(error)
            return
        self.done.emit(result)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True

    def wait(self, milliseconds: int = 30_000) -> None:
        """Stop a running job and wait for its thread (the window is closing)."""
        worker = self.worker
        if worker is not None:
            worker.cancelled = True
            worker.wait(milliseconds)

    def _progress_dialog(self, label: str) -> QProgressDialog:
        return progress_dialog(self._widget, label, self.tr("Health Check"), self.tr("Cancel"), self.name, SCALE)

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is None:
            return
        if self.dialog.wasCanceled():  # also when closed with Escape or the title bar
            self.cancel()
        else:
            self.dialog.setValue(min(done * SCALE // max(total, 1), SCALE - 1))

    def _finished(self) -> None:
        worker, dialog = self.worker, self.dialog
        self.worker, self.dialog = None, None
        assert worker is not None
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()
        worker.deleteLater()
        if worker.cancelled:
            self.cancelled.emit()
        elif worker.error is not None:
            self.failed.emit(worker.error)
        else:
            self.done.emit(worker.result)
