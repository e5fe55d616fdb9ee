"""File › Print Chart… and Print Booklet…: a print preview of exactly the pages the PDF export makes.

The chart or booklet PDF is written by the same exporter into a temporary folder, and each of
its pages is rasterised with pypdfium2 onto the printer's page (scaled to the printable area,
keeping its proportions). The chart PDF follows the paper and orientation chosen in the preview
(it is written again when they change); the booklet is always A4, scaled onto the paper.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pypdfium2 as pdfium  # type: ignore[import-untyped]
from PySide6.QtCore import QObject, QRectF, QSizeF
from PySide6.QtGui import QAction, QImage, QKeySequence, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from orgdesk.domain.rules import MessageError
from orgdesk.io.chart import pdf_writer as pdf_chart
from orgdesk.io.chart.options import ChartPdfOptions
from orgdesk.ui.actions import shortcuts
from orgdesk.ui.export_options import ExportChoices, ExportKind

if TYPE_CHECKING:
    from orgdesk.ui.exporting import ExportController

MAX_PRINT_DPI = 300  # enough for 7.5 pt text; higher only costs memory and time
PREVIEW_DPI = 110  # the preview keeps every page's pixels: screen resolution keeps it quick
PREVIEW_BYTES = 600 << 20  # ... and a long booklet's preview is drawn coarser to stay within this
MIN_PREVIEW_DPI = 36
PAPER_NAMES = {
    QPageSize.PageSizeId.A4: "A4",
    QPageSize.PageSizeId.A3: "A3",
    QPageSize.PageSizeId.A2: "A2",
    QPageSize.PageSizeId.A1: "A1",
    QPageSize.PageSizeId.A0: "A0",
    QPageSize.PageSizeId.Letter: "Letter",
}


def printer_paper(printer: QPrinter) -> tuple[str, bool]:
    """Our paper name (A4 for sizes the chart exporter lacks) and whether the page is landscape."""
    layout = printer.pageLayout()
    paper = PAPER_NAMES.get(layout.pageSize().id(), "A4")
    return paper, layout.orientation() == QPageLayout.Orientation.Landscape


def render_pdf_pages(pdf: Path, printer: QPrinter, max_dpi: int = MAX_PRINT_DPI) -> int:
    """Paint every page of `pdf` onto `printer`'s pages (one PDF page per sheet); returns the count."""
    document = pdfium.PdfDocument(str(pdf))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        raise OSError("the printer cannot be opened")
    try:
        engine = printer.paintEngine()
        previewing = engine is not None and engine.type() == QPaintEngine.Type.Picture
        dpi = min(printer.resolution(), preview_dpi(document) if previewing else max_dpi)
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for index in range(len(document)):
            if index and not printer.newPage():
                raise OSError("the printer refused a new page")
            page = document[index]
            width, height = page.get_size()
            target = _fitted(QSizeF(width, height), QSizeF(area.width(), area.height()))
            image = _page_image(page, dpi)
            painter.drawImage(target, image)
            page.close()
        return len(document)
    finally:
        painter.end()
        document.close()


def preview_dpi(document: pdfium.PdfDocument) -> float:
    """The preview holds every page as an RGB picture: the resolution that keeps them in PREVIEW_BYTES."""
    sizes: list[tuple[float, float]] = [document.get_page_size(i) for i in range(len(document))]
    square_inches = sum(w * h for w, h in sizes) / 72 / 72
    fitting = float((PREVIEW_BYTES / 3 / max(square_inches, 1.0)) ** 0.5)
    return max(MIN_PREVIEW_DPI, min(PREVIEW_DPI, fitting))


def _fitted(page: QSizeF, area: QSizeF) -> QRectF:
    """The largest rectangle of `page`'s proportions centred in `area` (device pixels)."""
    scale = min(area.width() / page.width(), area.height() / page.height())
    width, height = page.width() * scale, page.height() * scale
    return QRectF((area.width() - width) / 2, (area.height() - height) / 2, width, height)


def _page_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    picture = page.render(scale=dpi / 72).to_pil().convert("RGB")
    data = picture.tobytes("raw", "RGB")
    image = QImage(data, picture.width, picture.height, 3 * picture.width, QImage.Format.Format_RGB888)
    return image.copy()  # own the pixels: `data` goes away with this function


def show_preview(dialog: QPrintPreviewDialog) -> None:
    """Show the preview modally; tests replace this to paint it onto a PDF printer."""
    dialog.exec()


class PrintController(QObject):
    """The two Print actions, the PDFs they preview, and the preview dialog."""

    def __init__(self, exports: ExportController) -> None:
        super().__init__(exports)
        self.exports = exports
        shell = exports.shell
        self.show_preview: Callable[[QPrintPreviewDialog], None] = show_preview
        self.folder = tempfile.TemporaryDirectory(prefix="orgdesk-print-")
        self.destroyed.connect(lambda: self.folder.cleanup())
        self.chart_action = QAction(self.tr("&Print Chart…"), shell.widget())
        self.chart_action.setObjectName("action_print_chart")
        self.chart_action.setShortcuts(shortcuts(QKeySequence.StandardKey.Print, "Ctrl+P"))
        self.chart_action.setStatusTip(self.tr("Print the chart, with a preview of the pages"))
        self.chart_action.triggered.connect(lambda _checked=False: self.print_chart())
        self.booklet_action = QAction(self.tr("Print &Booklet…"), shell.widget())
        self.booklet_action.setObjectName("action_print_booklet")
        self.booklet_action.setStatusTip(self.tr("Print the job-description booklet, with a preview of the pages"))
        self.booklet_action.triggered.connect(lambda _checked=False: self.print_booklet())
        for action in (self.chart_action, self.booklet_action):
            shell.add_action("file.print", action)
        self.pages_painted = 0  # of the last preview or print (tests read it)
        self.max_dpi = MAX_PRINT_DPI

    # ----- the chart ----------------------------------------------------------------------------
    def print_chart(self) -> None:
        if self.exports.document() is None:
            return
        choices = self.exports.ask_choices(ExportKind.PRINT_CHART)
        if choices is None or not self.exports.glyphs.go_on(self.exports.chart_scope(choices)):
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintPreviewDialog(printer, self.exports.shell.widget())
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(self.tr("Print Preview — Chart"))
        dialog.paintRequested.connect(lambda shown: self.paint_chart(shown, choices))
        self.show_preview(dialog)
        dialog.deleteLater()

    def chart_pdf(self, printer: QPrinter, choices: ExportChoices) -> Path | None:
        """The chart PDF for the printer's current paper and orientation (a chart PDF takes
        well under a second, so it is simply written again whenever the preview repaints)."""
        shown = self.exports.document()
        if shown is None:
            return None
        document, scenario_id = shown
        paper, landscape = printer_paper(printer)
        options = self.exports.chart_pdf_options(
            ExportChoices(**{**choices.__dict__, "paper": paper, "landscape": landscape})
        )
        path = Path(self.folder.name) / f"chart-{paper}-{'landscape' if landscape else 'portrait'}-{options.fit}.pdf"
        self.exports.load_tables()
        try:
            pdf_chart.write_chart_pdf(document, scenario_id, path, options)
        except MessageError as error:
            if error.template not in (pdf_chart.TOO_SMALL, pdf_chart.TOO_BIG):
                raise
            # too small for one legible sheet: print it on tiles, and say so
            self.exports.shell.show_status(self.exports.too_small_text(error), 15_000)
            tiles = ChartPdfOptions(**{**options.__dict__, "fit": "tiles"})
            pdf_chart.write_chart_pdf(document, scenario_id, path, tiles)
        return path

    def paint_chart(self, printer: QPrinter, choices: ExportChoices) -> None:
        try:
            pdf = self.chart_pdf(printer, choices)
            self.pages_painted = render_pdf_pages(pdf, printer, self.max_dpi) if pdf is not None else 0
        except (MessageError, OSError) as error:
            self.exports.report_error(self.tr("Print"), error)

    # ----- the booklet --------------------------------------------------------------------------
    def print_booklet(self) -> None:
        if self.exports.document() is None:
            return
        choices = self.exports.ask_choices(ExportKind.PRINT_BOOKLET)
        if choices is None or not self.exports.glyphs.go_on(self.exports.booklet_scope(choices)):
            return
        pdf = Path(self.folder.name) / "booklet.pdf"
        self.exports.load_tables()
        self.exports.runner.run(
            self.exports.booklet_job(choices, pdf),
            self.tr("Preparing the pages…"),
            lambda _lines: self._preview_booklet(pdf),
            self._booklet_failed,
            in_background=True,
        )

    def _booklet_failed(self, error: BaseException) -> None:
        self.exports.report_error(self.tr("Print"), error)

    def _preview_booklet(self, pdf: Path) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintPreviewDialog(printer, self.exports.shell.widget())
        dialog.setObjectName("printPreview")
        dialog.setWindowTitle(self.tr("Print Preview — Job-Description Booklet"))
        dialog.paintRequested.connect(lambda shown: self.paint_pdf(shown, pdf))
        self.show_preview(dialog)
        dialog.deleteLater()

    def paint_pdf(self, printer: QPrinter, pdf: Path) -> None:
        try:
            self.pages_painted = render_pdf_pages(pdf, printer, self.max_dpi)
        except OSError as error:
            self.exports.report_error(self.tr("Print"), error)
