"""Export to Excel… of the health check's findings: ask where, then write the workbook in the
background (50,000 findings take some seconds) behind a progress dialog with Cancel."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from orgdesk.domain.document import Document
from orgdesk.domain.health import HealthReport
from orgdesk.domain.progress import ProgressCallback
from orgdesk.domain.rules import MessageError
from orgdesk.io.reports.health_xlsx import write_health_workbook
from orgdesk.store.session import EditSession
from orgdesk.ui.context import AppContext
from orgdesk.ui.health.runner import BackgroundJob


def _write(document: Document, report: HealthReport, path: Path, language: str, progress: ProgressCallback) -> Path:
    write_health_workbook(document, report, path, language, progress)
    return path


class FindingsExporter(QObject):
    written = Signal(object)  # the Path written

    def __init__(self, context: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.context = context
        self.job = BackgroundJob(parent, "healthExportProgress")
        self.job.done.connect(self.written)
        self.job.failed.connect(self._failed)

    def export(self, session: EditSession, report: HealthReport) -> Path | None:
        """Ask where to write; the workbook is written in the background. The chosen path, or None."""
        store_path = session.store.path
        name = self.tr("health-check")  # part of the suggested file name
        suggested = store_path.with_name(f"{store_path.stem}-{name}.xlsx")
        path = self.context.ask_export_target(
            self.tr("Export Findings to Excel"), suggested, self.tr("Excel workbooks (*.xlsx)")
        )
        if path is None:
            return None
        job = partial(_write, session.document, report, path, self.context.language)
        self.job.start(
            job, self.tr("Writing {count} findings to {file}…").format(count=len(report.findings), file=path.name)
        )
        return path

    def _failed(self, error: object) -> None:
        if isinstance(error, MessageError):
            message = QCoreApplication.translate(error.context, error.template).format(**error.params)
        else:
            message = self.tr("The workbook was not written: {reason}. Choose another folder or file name.").format(
                reason=f"{type(error).__name__}: {error}"
            )
        self.context.interaction.warn(self.tr("Export failed"), message)
