"""Long work (reading a big workbook, planning a big import) off the GUI thread, with Cancel.

A job is a plain function `job(progress) -> result`; `progress(done, total)` raises
`Cancelled` once the user pressed Cancel, so jobs that report progress stop early, and
a job that cannot (one big sheet read at once) is simply abandoned: its result is
dropped when it arrives. Small jobs run at once on the GUI thread (no dialog flashes).
`Worker` is the one worker thread of the UI: the health check's `BackgroundJob` uses it too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from orgdesk.domain.progress import Cancelled  # one 'the user cancelled' for every layer

# The callback returns True (for jobs that test it, like the domain's Progress) or raises Cancelled.
Job = Callable[[Callable[[int, int], Any]], Any]

SHOW_AFTER_MS = 300


def progress_dialog(
    parent: QWidget | None, label: str, title: str, cancel: str, name: str, maximum: int = 0
) -> QProgressDialog:
    """The window-modal progress dialog of a background job: shown only if the job takes longer than
    SHOW_AFTER_MS (a quick one never flashes), kept open until the job says it is done."""
    dialog = QProgressDialog(label, cancel, 0, maximum, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


class Worker(QThread):
    """Runs one job; its progress callback raises `Cancelled` once `cancelled` is set (jobs that
    test the callback's result instead, as the domain's `Progress` does, see True until then)."""

    progressed = Signal(int, int)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self.job = job
        self.result: Any = None
        self.error: BaseException | None = None
        self.cancelled = False

    def run(self) -> None:
        try:
            self.result = self.job(self._progress)
        except Cancelled:
            self.cancelled = True
        except BaseException as error:  # handed to the GUI thread, which reports it
            self.error = error

    def _progress(self, done: int, total: int) -> bool:
        if self.cancelled:
            raise Cancelled
        self.progressed.emit(done, total)
        return True


class BackgroundRunner(QObject):
    """Runs jobs in worker threads behind a modal progress dialog with a Cancel button."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._widget = parent
        self._workers: set[Worker] = set()
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.wait)

    def run(
        self,
        job: Job,
        label: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        in_background: bool,
    ) -> None:
        """Call `on_done(result)` or `on_error(error)` when `job` ends; nothing if it was cancelled."""
        if not in_background:
            try:
                result = job(lambda _done, _total: True)
            except Exception as error:
                on_error(error)
                return
            on_done(result)
            return
        worker = Worker(job)
        dialog = self._progress_dialog(label)
        worker.progressed.connect(lambda done, total: self._show_progress(dialog, done, total))
        dialog.canceled.connect(lambda: setattr(worker, "cancelled", True))
        worker.finished.connect(lambda: self._finished(worker, dialog, on_done, on_error))
        self._workers.add(worker)
        worker.start()

    def _progress_dialog(self, label: str) -> QProgressDialog:
        return progress_dialog(self._widget, label, self.tr("Please wait"), self.tr("Cancel"), "importProgress")

    def _finished(
        self,
        worker: Worker,
        dialog: QProgressDialog,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        self._workers.discard(worker)
        cancelled = worker.cancelled or dialog.wasCanceled()
        dialog.close()
        dialog.deleteLater()
        worker.deleteLater()
        if cancelled:
            return
        if worker.error is not None:
            on_error(worker.error)
        else:
            on_done(worker.result)

    def busy(self) -> bool:
        return bool(self._workers)

    def wait(self, milliseconds: int = 30_000) -> None:
        """Let running jobs end (the window is closing: a thread must not outlive its objects)."""
        for worker in list(self._workers):
            worker.cancelled = True
            worker.wait(milliseconds)

    def _show_progress(self, dialog: QProgressDialog, done: int, total: int) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        else:  # rows read so far, total unknown: a busy bar with the count
            dialog.setMaximum(0)
            dialog.setLabelText(self.tr("{rows} rows read…").format(rows=f"{done:,}"))
