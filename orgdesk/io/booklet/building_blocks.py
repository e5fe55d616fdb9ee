"""Building blocks of the booklet that platypus lacks: page numbers known only at the end,
table-of-contents rows that link to their section, section anchors (bookmarks, progress) and a
chart drawn by the chart exporter's painter.

Page numbers in the contents and the page total in the footer are PDF form XObjects: the page
shows a reference while it is laid out, and the form with the real number is written just
before the file is saved. One layout pass instead of platypus's usual two (multiBuild).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from orgdesk.io import ExportCancelled
from orgdesk.io.chart.drawing import ChartDrawing
from orgdesk.io.chart.pages import MIN_SCALE
from orgdesk.io.pdf.fonts import text_width
from orgdesk.io.pdf.painter import PdfPainter, draw_text
from orgdesk.io.pdf.reportlab_adapter import SharedResources
from orgdesk.layout import paint
from orgdesk.layout.style import BADGE_H

TOC_SIZE = 9.5
TOC_ROW = 15.0
FOOTER_SIZE = 8.0


class Numbers:
    """Where each section landed, and the forms that print those numbers once known."""

    def __init__(self) -> None:
        self.pages: dict[str, int] = {}  # anchor key -> page number
        self.wanted: set[str] = set()  # anchor keys whose number a form shows

    def reference(self, canvas: Canvas, key: str, x: float, y: float) -> None:
        """Draw the (later) number of anchor `key`, right-aligned at x."""
        self.wanted.add(key)
        canvas.saveState()
        canvas.translate(x, y)
        canvas.doForm(f"n_{key}")
        canvas.restoreState()

    def reference_total(self, canvas: Canvas, x: float, y: float) -> None:
        """Draw the page total (known only at the end), left-aligned at x, in the footer's size."""
        self.reference(canvas, "total", x, y)

    def write_forms(self, canvas: Canvas, total_pages: int) -> None:
        self.pages["total"] = total_pages
        shared = getattr(canvas, "shared", None)  # one resource dictionary for all ~1,400 forms
        extra = {"Resources": shared.text_only} if isinstance(shared, SharedResources) else {}
        for key in self.wanted:
            text = str(self.pages.get(key, "?"))
            if key == "total":
                canvas.beginForm("n_total", 0, -4, 60, 14)
                draw_text(canvas, 0, 0, text, FOOTER_SIZE, "#606060")
            else:
                canvas.beginForm(f"n_{key}", -60, -4, 0, 14)
                draw_text(canvas, -text_width(text, TOC_SIZE), 0, text, TOC_SIZE, "#202020")
            canvas.endForm(**extra)


def booklet_canvas(numbers: Numbers) -> type[Canvas]:
    """A Canvas class that writes the page-number forms right before saving."""

    class BookletCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.shared = SharedResources(self)

        def save(self) -> None:
            numbers.write_forms(self, self.getPageNumber() - 1)
            self.shared.close()
            super().save()

    return BookletCanvas


class Anchor(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Zero-height mark at a section's start: a bookmark and outline entry, its page number,
    and a tick of the progress callback (which may cancel)."""

    def __init__(self, key: str, title: str, level: int, numbers: Numbers, tick: Callable[[], bool]) -> None:
        super().__init__()
        self.key, self.title, self.level, self.numbers, self.tick = key, title, level, numbers, tick
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        canvas = self.canv
        canvas.bookmarkPage(self.key)
        canvas.addOutlineEntry(self.title, self.key, level=self.level, closed=self.level >= 1)
        self.numbers.pages[self.key] = canvas.getPageNumber()
        if not self.tick():
            raise ExportCancelled


class TocRow(Flowable):  # type: ignore[misc]
    """One contents line: indented title, dot leaders, page number; the whole row is a link."""

    def __init__(self, title: str, key: str, level: int, numbers: Numbers) -> None:
        super().__init__()
        self.title, self.key, self.level, self.numbers = title, key, level, numbers
        self.width, self.height = 0.0, TOC_ROW

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, TOC_ROW

    def draw(self) -> None:
        canvas: Any = self.canv
        indent = 16.0 * self.level
        size = TOC_SIZE if self.level == 0 else TOC_SIZE - 0.5
        room = self.width - indent - 50
        title = self.title
        while title and text_width(title, size) > room:
            title = title[:-2] + "…"
        end = draw_text(canvas, indent, 4, title, size, "#000000" if self.level == 0 else "#303030") + indent
        canvas.setStrokeColorRGB(0.6, 0.6, 0.6)
        canvas.setDash(0.5, 2.5)
        canvas.setLineWidth(0.8)
        canvas.line(end + 4, 4, self.width - 30, 4)
        canvas.setDash()
        self.numbers.reference(canvas, self.key, self.width, 4)
        canvas.linkRect("", self.key, (0, 0, self.width, TOC_ROW), relative=1, thickness=0)


class ChartFlowable(Flowable):  # type: ignore[misc]
    """A chart drawn with the chart PDF's painter, scaled to the frame (never above `max_scale`)."""

    def __init__(self, drawing: ChartDrawing, max_scale: float, cache: dict[object, str]) -> None:
        super().__init__()
        self.drawing, self.max_scale, self.cache = drawing, max_scale, cache
        self.scale = max_scale
        self.width = self.height = 0.0

    def fits(self, available_width: float, available_height: float) -> bool:
        layout = self.drawing.layout
        scale = min(self.max_scale, available_width / layout.width, available_height / (layout.height + BADGE_H))
        return scale >= MIN_SCALE

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        layout = self.drawing.layout
        self.scale = min(self.max_scale, available_width / layout.width)
        self.width = available_width
        self.height = (layout.height + BADGE_H) * self.scale
        return self.width, self.height

    def draw(self) -> None:
        layout = self.drawing.layout
        left = (self.width - layout.width * self.scale) / 2
        painter = PdfPainter(self.canv, self.scale, (0.0, 0.0), (left, 0.0), self.height, self.cache)
        paint.paint_chart(painter, layout, self.drawing.cards, self.drawing.labels, self.drawing.relations)
