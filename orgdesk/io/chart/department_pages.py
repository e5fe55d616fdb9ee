"""The org-chart PDF with a department per page (`--fit departments`), the alternative to tiles.

The first page shows the top unit and as many levels as stay legible on the sheet (at most
`depth` levels, four by default); every unit whose sub-units did not fit becomes the top of a
page of its own, and so on down the tree. A cut-off box keeps its roll-up figures (the card's
"subtree" line and the "+N" badge of hidden units) and gets a page reference beside the badge,
which is also a link to that page. Each page is bookmarked, nested like the tree.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Protocol

from reportlab.pdfgen.canvas import Canvas

from orgdesk.domain.document import Document
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import render
from orgdesk.io.chart.drawing import ChartDrawing, prepare_chart
from orgdesk.io.chart.options import ChartPdfOptions
from orgdesk.io.chart.pages import MIN_SCALE, Frame, fit_scale
from orgdesk.io.chart.sheet_marks import area_box
from orgdesk.io.pdf.painter import PdfPainter
from orgdesk.layout import paint, style
from orgdesk.layout.subtree import children_map


class PageWriter(Protocol):
    """What these pages need of the chart writer (orgdesk.io.chart.pdf_writer)."""

    drawing: ChartDrawing
    frame: Frame
    canvas: Canvas
    cache: dict[object, str]
    language: str | None
    pages: int

    def report_progress(self, done: int, total: int) -> None: ...

    def finish_page(self, middle: str) -> None: ...


DEFAULT_LEVELS = 4
REFERENCE_SIZE = 7.0
REFERENCE_COLOUR = "#404040"
CRAMPED = QT_TRANSLATE_NOOP(
    "Export",
    "The sub-units of {units} do not fit legibly on one {paper} sheet even one level at a time; they print smaller "
    "than the legible minimum. Choose tiles, or bigger paper, for these.",
)


@dataclass
class DepartmentPage:
    drawing: ChartDrawing
    number: int
    parent_page: int | None  # the page whose cut-off box leads here (None for the first)
    scale: float
    references: dict[int, int]  # cut-off unit id -> the number of its own page


def plan_pages(
    document: Document, scenario_id: int, options: ChartPdfOptions, writer: PageWriter
) -> tuple[list[DepartmentPage], list[str]]:
    """Every page, numbered in reading order (breadth first), with its cut-off boxes' references."""
    kids = children_map(document, scenario_id)
    levels = options.depth or DEFAULT_LEVELS
    first = writer.drawing.root_id
    queue: deque[tuple[int, int | None]] = deque([(first, None)])
    pages: list[DepartmentPage] = []
    cramped: list[str] = []
    while queue:
        root_id, parent_page = queue.popleft()
        drawing, scale = _legible_drawing(document, scenario_id, root_id, levels, options, writer, kids)
        if scale < MIN_SCALE:
            cramped.append(drawing.cards[root_id].name)
        page = DepartmentPage(drawing, len(pages) + 1, parent_page, scale, {})
        pages.append(page)
        for box in drawing.layout.boxes.values():
            if box.hidden and box.unit_id != root_id:
                page.references[box.unit_id] = len(pages) + len(queue) + 1
                queue.append((box.unit_id, page.number))
    lines = []
    if cramped:
        units = "; ".join(cramped[:10]) + (f"; … (+{len(cramped) - 10})" if len(cramped) > 10 else "")
        lines.append(render("Export", CRAMPED, {"units": units, "paper": options.paper}, options.language))
    return pages, lines


def _legible_drawing(
    document: Document,
    scenario_id: int,
    root_id: int,
    levels: int,
    options: ChartPdfOptions,
    writer: PageWriter,
    kids: dict[int | None, list[int]],
) -> tuple[ChartDrawing, float]:
    """The deepest drawing (at most `levels` below `root_id`) that fits the sheet legibly, or one level."""
    for depth in range(levels, 0, -1):
        drawing = prepare_chart(document, scenario_id, root_id, options.layout, depth, options.language, kids)
        scale = fit_scale(writer.frame, drawing.layout.width, drawing.layout.height)
        if scale >= MIN_SCALE:
            break
    return drawing, scale


def write_department_pages(writer: PageWriter, pages: list[DepartmentPage]) -> None:
    writer.pages = len(pages)
    keys = {page.drawing.root_id: f"page{page.number}" for page in pages}
    levels: dict[int, int] = {}
    for done, page in enumerate(pages):
        writer.report_progress(done, len(pages))
        painter = _draw_page(writer, page)
        key = keys[page.drawing.root_id]
        writer.canvas.bookmarkPage(key)
        level = 0 if page.parent_page is None else levels[page.parent_page] + 1
        levels[page.number] = level
        writer.canvas.addOutlineEntry(page.drawing.cards[page.drawing.root_id].name, key, level=level)
        for unit_id, number in page.references.items():
            _reference(writer, painter, page.drawing, unit_id, number, keys)
        writer.finish_page(page.drawing.root_path)


def _draw_page(writer: PageWriter, page: DepartmentPage) -> PdfPainter:
    layout, frame = page.drawing.layout, writer.frame
    left, _, width, _ = area_box(frame)
    page_left = left + (width - layout.width * page.scale) / 2
    painter = PdfPainter(writer.canvas, page.scale, (0.0, 0.0), (page_left, frame.top), frame.height, writer.cache)
    drawing = page.drawing
    paint.paint_chart(painter, layout, drawing.cards, drawing.labels, drawing.relations)
    return painter


def _reference(
    writer: PageWriter, painter: PdfPainter, drawing: ChartDrawing, unit_id: int, number: int, keys: dict[int, str]
) -> None:
    """ "→ p. N" right of the cut-off box's "+N" badge, and the whole box a link to page N."""
    box = drawing.layout.boxes[unit_id]
    text = render("Pdf", QT_TRANSLATE_NOOP("Pdf", "→ p. {page}"), {"page": number}, writer.language)
    x = box.x + box.width / 2 + style.BADGE_W / 2 + 3
    baseline = box.y + box.height - 3 + style.BADGE_H / 2 + REFERENCE_SIZE * 0.35
    painter.text(x, baseline, text, REFERENCE_SIZE, REFERENCE_COLOUR, True)
    x0, y0 = box.x * painter.scale + painter.dx, painter.dy - (box.y + box.height + style.BADGE_H) * painter.scale
    x1, y1 = (box.x + box.width) * painter.scale + painter.dx, painter.dy - box.y * painter.scale
    writer.canvas.linkRect("", keys[unit_id], (x0, y0, x1, y1), relative=0, thickness=0)
