"""File › Print: the preview paints the exported PDF's own pages onto the printer. Offscreen, the
printer writes a PDF file, read back with poppler: same page count, pages with ink."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QPageLayout, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QMenu
from pytestqt.qtbot import QtBot

from orgdesk.domain.document import Document
from orgdesk.domain.operations import UpdateEntity
from orgdesk.domain.sample import sample_document
from orgdesk.io.booklet.writer import write_booklet_pdf
from orgdesk.io.chart.options import ChartPdfOptions
from orgdesk.io.chart.pdf_writer import write_chart_pdf
from orgdesk.io.pdf import fonts as pdf_fonts
from orgdesk.ui.export_options import ExportChoices, ExportOptionsDialog
from orgdesk.ui.main_window import MainWindow
from orgdesk.ui.printing import (
    MIN_PREVIEW_DPI,
    PREVIEW_BYTES,
    PREVIEW_DPI,
    preview_dpi,
    printer_paper,
    render_pdf_pages,
)
from tests.io import pdf_tools
from tests.ui.conftest import ScriptedInteraction

WAIT_MS = 60_000


def pdf_printer(path: Path, paper: QPageSize.PageSizeId = QPageSize.PageSizeId.A4, landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(paper))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageOrientation(orientation)
    return printer


def sample() -> tuple[Document, int]:
    document = sample_document()
    scenario = document.current_scenario()
    assert scenario is not None
    return document, scenario.id


def test_every_page_of_the_booklet_is_printed_with_ink(qtbot: QtBot, tmp_path: Path) -> None:
    document, scenario_id = sample()
    market = next(u for u in document.all("unit") if getattr(u, "name", "") == "市场部")
    booklet = tmp_path / "booklet.pdf"
    write_booklet_pdf(document, scenario_id, booklet, root_id=market.id, language="zh_CN")
    printed = tmp_path / "printed.pdf"
    pages = render_pdf_pages(booklet, pdf_printer(printed), max_dpi=60)
    expected = len(pdf_tools.page_sizes(booklet))
    assert pages == expected == len(pdf_tools.page_sizes(printed))
    for page in (1, 2, expected):
        assert pdf_tools.ink(pdf_tools.render(printed, page)) > 0.002, f"page {page} is blank"


def test_the_chart_page_keeps_its_proportions_on_other_paper(qtbot: QtBot, tmp_path: Path) -> None:
    document, scenario_id = sample()
    chart = tmp_path / "chart.pdf"
    write_chart_pdf(document, scenario_id, chart, ChartPdfOptions(paper="A4", landscape=True))
    printed = tmp_path / "printed.pdf"
    assert render_pdf_pages(chart, pdf_printer(printed, QPageSize.PageSizeId.A3, landscape=True), max_dpi=100) == 1
    width, height = pdf_tools.page_sizes(printed)[0]
    assert (round(width), round(height)) == (1191, 842)
    assert pdf_tools.ink(pdf_tools.render(printed)) > 0.01


def test_a_real_preview_widget_shows_the_pages_offscreen(qtbot: QtBot, tmp_path: Path) -> None:
    document, scenario_id = sample()
    chart = tmp_path / "chart.pdf"
    write_chart_pdf(document, scenario_id, chart, ChartPdfOptions(paper="A4", fit="tiles"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    preview = QPrintPreviewWidget(printer)
    qtbot.addWidget(preview)
    painted: list[int] = []
    preview.paintRequested.connect(lambda shown: painted.append(render_pdf_pages(chart, shown)))
    preview.updatePreview()
    assert painted == [len(pdf_tools.page_sizes(chart))] and preview.pageCount() == painted[0]


def test_printer_paper_maps_onto_the_exporters_papers(tmp_path: Path) -> None:
    assert printer_paper(pdf_printer(tmp_path / "a.pdf", QPageSize.PageSizeId.A3, landscape=True)) == ("A3", True)
    assert printer_paper(pdf_printer(tmp_path / "b.pdf", QPageSize.PageSizeId.Letter)) == ("Letter", False)
    assert printer_paper(pdf_printer(tmp_path / "c.pdf", QPageSize.PageSizeId.B5)) == ("A4", False)


def test_print_chart_previews_the_pages_of_the_chart_pdf_for_the_chosen_paper(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    printing = window.printing
    file_menu = window.menuBar().findChild(QMenu, "fileMenu")
    assert isinstance(file_menu, QMenu)
    names = [action.objectName() for action in file_menu.actions()]
    assert names.index("action_print_chart") == names.index("action_print_booklet") - 1
    assert names.index("action_print_chart") > names.index("exportMenu") if "exportMenu" in names else True

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportOptionsDialog)
        assert not dialog.paper.isVisibleTo(dialog), "the paper is chosen in the printer's own dialog"
        dialog.set_choices(ExportChoices(layout="top-down"))
        return True

    previews: list[str] = []
    printed = tmp_path / "printed.pdf"

    def preview(dialog: QPrintPreviewDialog) -> None:
        previews.append(dialog.windowTitle())
        dialog.paintRequested.emit(pdf_printer(printed, QPageSize.PageSizeId.A3, landscape=True))

    window.exporting.answer_dialog = answer
    printing.show_preview = preview
    printing.chart_action.trigger()
    assert previews == ["Print Preview — Chart"]
    assert printing.pages_painted == 1
    exported = Path(printing.folder.name) / "chart-A3-landscape-page.pdf"
    assert pdf_tools.page_sizes(exported) == [(1190.55, 841.89)], "the chart PDF follows the printer's paper"
    assert "政企客户部" in pdf_tools.text(exported)
    assert len(pdf_tools.page_sizes(printed)) == 1
    assert pdf_tools.ink(pdf_tools.render(printed)) > 0.01


def test_print_booklet_prepares_the_pdf_in_the_background_then_previews_it(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    printing = window.printing
    printing.max_dpi = 50  # rasterising many pages at 300 dpi into a PDF takes long; the pages are the point
    session = window.context.session
    assert session is not None
    market = next(u for u in session.document.all("unit") if getattr(u, "name", "") == "市场部")
    window.tree.select_unit(market.id)

    def answer(dialog: QDialog) -> bool:
        assert isinstance(dialog, ExportOptionsDialog)
        dialog.set_choices(ExportChoices(subtree=True))
        return True

    window.exporting.answer_dialog = answer
    printed = tmp_path / "printed.pdf"
    previews: list[str] = []

    def preview(dialog: QPrintPreviewDialog) -> None:
        previews.append(dialog.windowTitle())
        dialog.paintRequested.emit(pdf_printer(printed))

    printing.show_preview = preview
    printing.booklet_action.trigger()
    qtbot.waitUntil(lambda: bool(previews), timeout=WAIT_MS)
    booklet = Path(printing.folder.name) / "booklet.pdf"
    assert printing.pages_painted == len(pdf_tools.page_sizes(booklet)) == len(pdf_tools.page_sizes(printed))
    text = pdf_tools.text(booklet)
    assert "市场部" in text and "政企客户部" not in text


class _Pages:
    """Stands in for a pdfium document of `count` A4 pages."""

    def __init__(self, count: int) -> None:
        self.count = count

    def __len__(self) -> int:
        return self.count

    def get_page_size(self, index: int) -> tuple[float, float]:
        return (595.28, 841.89)


def test_a_long_booklet_is_previewed_coarser_to_bound_memory() -> None:
    assert preview_dpi(_Pages(50)) == PREVIEW_DPI
    coarse = preview_dpi(_Pages(1000))
    assert MIN_PREVIEW_DPI <= coarse < PREVIEW_DPI
    held = 1000 * (595.28 / 72 * coarse) * (841.89 / 72 * coarse) * 3
    assert held <= PREVIEW_BYTES * 1.01


def test_printing_asks_first_when_characters_would_print_as_boxes(
    window: MainWindow, interaction: ScriptedInteraction, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_fonts, "fallback_fonts", lambda: ())  # as without the Hanazono fonts
    session = window.context.session
    assert session is not None
    market = next(u for u in session.document.all("unit") if getattr(u, "name", "") == "市场部")
    assert window.edits.run_edit(UpdateEntity("unit", market.id, {"name": "市场部𠮷"}))
    window.exporting.answer_dialog = lambda dialog: True
    previews: list[QPrintPreviewDialog] = []
    printing = window.printing
    printing.show_preview = previews.append
    interaction.confirm_answers.append(False)
    printing.chart_action.trigger()
    assert "市场部𠮷 (𠮷)" in interaction.questions[-1][1]
    assert previews == [], "cancelled: no preview"
