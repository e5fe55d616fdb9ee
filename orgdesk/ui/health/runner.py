"""Running the health check off the GUI thread, behind a progress dialog with Cancel.

The worker thread reads the tables not read yet (a file opens lazily) and runs the check; the
window stays responsive because the dialog is window-modal: the planner cannot edit while the
check reads the document, but the window repaints and Cancel answers at once. Cancel makes the
check's progress callback return False, the check raises Cancelled and nothing is shown. A check
known to be cheap (the last one took a fraction of a second) may run at once on the GUI thread.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.health import HealthReport, HealthSettings, run_health_check
from orgdesk.domain.progress import SCALE, Cancelled, ProgressCallback

SHOW_AFTER_MS = 300  # a check on a small document ends before the dialog would flash


class _Worker(QThread):
    progressed = Signal(int, int)

    def __init__(self, document: Document, scenario_id: int, settings: HealthSettings) -> None:
        super().__init__()
        self.document, self.scenario_id, self.settings = document, scenario_id, settings
        self.report: HealthReport | None = None
        self.error: BaseException | None = None
        self.seconds = 0.0
        self.cancelled = False

    def run(self) -> None:
        started = time.perf_counter()
        try:
            self.document.load_all()  # once per document: not part of what a re-run costs
            started = time.perf_counter()
            self.report = check(self.document, self.scenario_id, self.settings, self._progress)
        except Cancelled:
            self.cancelled = True
        except Exception as error:  # handed to the GUI thread, which reports it
            self.error = error
        self.seconds = time.perf_counter() - started

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self.cancelled


def check(
    document: Document, scenario_id: int, settings: HealthSettings, progress: ProgressCallback | None = None
) -> HealthReport:
    """The check the runner runs (tests slow it down to press Cancel in time)."""
    return run_health_check(document, scenario_id, settings, progress)


class HealthRunner(QObject):
    """Runs one check at a time; reports `done(report, seconds)`, `cancelled()` or `failed(error)`."""

    done = Signal(object, float)
    cancelled = Signal()
    failed = Signal(object)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self.worker: _Worker | None = None
        self.dialog: QProgressDialog | None = None

    def running(self) -> bool:
        return self.worker is not None

    def start(self, document: Document, scenario_id: int, settings: HealthSettings, label: str) -> bool:
        """Start a check in the background; False if one is running already."""
        if self.worker is not None:
            return False
        worker = _Worker(document, scenario_id, settings)
        self.dialog = self._progress_dialog(label)
        worker.progressed.connect(self._show_progress)
        self.dialog.canceled.connect(self.cancel)
        worker.finished.connect(self._finished)
        self.worker = worker
        worker.start()
        return True

    def run_now(self, document: Document, scenario_id: int, settings: HealthSettings) -> None:
        """A cheap check, at once on this thread (after small edits); reports like `start`."""
        started = time.perf_counter()
        try:
            report = check(document, scenario_id, settings)
        except Exception as error:
            self.failed.emit(error)
            return
        self.done.emit(report, time.perf_counter() - started)

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancelled = True

    def wait(self, milliseconds: int = 30_000) -> None:
        """Stop a running check and wait for its thread (the window is closing)."""
        worker = self.worker
        if worker is not None:
            worker.cancelled = True
            worker.wait(milliseconds)

    def _progress_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, SCALE, self._widget)
        dialog.setObjectName("healthProgress")
        dialog.setWindowTitle(self.tr("Health Check"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setValue(0)
        return dialog

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
            self.done.emit(worker.report, worker.seconds)
