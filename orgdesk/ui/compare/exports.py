"""The comparison window's exports: the 对照表 workbook and the PDF for the meeting, in the UI
language, written by orgdesk.io (the same writers as `orgdesk diff --xlsx/--pdf`)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QAbstractButton, QLabel

from orgdesk.domain.compare import DiffReport
from orgdesk.domain.document import Document
from orgdesk.domain.rules import MessageError
from orgdesk.io.reports.compare_pdf import write_compare_pdf
from orgdesk.io.reports.compare_xlsx import write_compare_workbook
from orgdesk.ui.busy import wait_cursor
from orgdesk.ui.context import AppContext


class CompareExports(QObject):
    """The window's two export buttons; `report()` is the comparison shown (None: none yet)."""

    def __init__(
        self,
        context: AppContext,
        buttons: tuple[QAbstractButton, QAbstractButton],
        report: Callable[[], DiffReport | None],
        summary: QLabel,
    ) -> None:
        super().__init__(summary)
        self.context = context
        self.xlsx_button, self.pdf_button = buttons
        self.report = report
        self.summary = summary
        self.xlsx_button.clicked.connect(self.export_xlsx)
        self.pdf_button.clicked.connect(self.export_pdf)
        self.xlsx_button.setToolTip(
            self.tr("The 对照表: totals per top-level unit and every change, as an Excel workbook")
        )
        self.pdf_button.setToolTip(self.tr("Totals, the chart coloured by change and the change list, for the meeting"))
        self.set_enabled(False)

    def set_enabled(self, enabled: bool) -> None:
        self.xlsx_button.setEnabled(enabled)
        self.pdf_button.setEnabled(enabled)

    def _suggested(self, suffix: str) -> Path | None:
        session, report = self.context.session, self.report()
        if session is None or report is None:
            return None
        document = session.document
        before = document.scenario(report.before_id).name
        after = document.scenario(report.after_id).name
        name = self.tr("{before}-{after}-comparison").format(before=before, after=after)
        return session.store.path.with_name(f"{name}{suffix}")

    def export_xlsx(self) -> Path | None:
        language = self.context.language

        def write(document: Document, report: DiffReport, path: Path) -> None:
            write_compare_workbook(document, report, path, language)

        return self._export(".xlsx", self.tr("Export Comparison to Excel"), self.tr("Excel workbooks (*.xlsx)"), write)

    def export_pdf(self) -> Path | None:
        language = self.context.language

        def write(document: Document, report: DiffReport, path: Path) -> None:
            write_compare_pdf(document, report, path, language)

        return self._export(".pdf", self.tr("Export Comparison to PDF"), self.tr("PDF documents (*.pdf)"), write)

    def _export(
        self, suffix: str, title: str, file_filter: str, write: Callable[[Document, DiffReport, Path], None]
    ) -> Path | None:
        suggested = self._suggested(suffix)
        session, report = self.context.session, self.report()
        if suggested is None or session is None or report is None:
            return None
        interaction = self.context.interaction
        path = self.context.ask_export_target(title, suggested, file_filter)
        if path is None:
            return None
        try:
            with wait_cursor():
                write(session.document, report, path)
        except MessageError as error:
            message = QCoreApplication.translate(error.context, error.template).format(**error.params)
            interaction.warn(self.tr("Export failed"), message)
            return None
        self.summary.setText(self.tr("Wrote {path}").format(path=path))
        return path
