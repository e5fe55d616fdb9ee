"""The comparison of two scenarios as a PDF for the meeting (方案对照): A4 landscape, a title with
the two scenarios, the totals per top-level unit, the chart coloured by change with a legend,
and the change list grouped by kind of item. Built from the booklet's parts (pdf_text, pdf_flow,
the chart painter), so Chinese breaks and renders the same way.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer

from orgdesk import __version__
from orgdesk.domain.compare import TOTALS_HEADINGS, DiffReport
from orgdesk.domain.compare_entries import CHANGE_NAMES, CHANGES, GROUPS, KIND_NAMES, entry_colour, grouped
from orgdesk.domain.document import Document
from orgdesk.domain.messages import render_message
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import system_language, translate
from orgdesk.io.atomic import exported_atomically
from orgdesk.io.chart.drawing import CANNOT_WRITE, card_labels, glyph_warnings
from orgdesk.io.chart.pages import MIN_SCALE, MM, TILE_SCALE
from orgdesk.io.pdf.flowables import Cell, GridTable
from orgdesk.io.pdf.fonts import LATIN, missing_in, register_fonts, text_width
from orgdesk.io.pdf.painter import PdfPainter, draw_text
from orgdesk.io.pdf.reportlab_adapter import page_size, use_forms
from orgdesk.io.pdf.typography import HEADER_FILL, SMALL, Kit
from orgdesk.layout.compare_chart import CHANGE_COLOURS, LEGEND, CompareChart, compare_chart, fade, paint_compare_chart
from orgdesk.layout.paint import CardLabels
from orgdesk.layout.style import BADGE_H
from orgdesk.layout.tidy import LayoutOptions, Orientation

PDF = "ComparePdf"
MARGIN = 14 * MM
PAGE = landscape(A4)
CHART_PAGE = landscape(A3)  # when the whole chart is not legible on A4
# (depth, layout) to try, the most complete first: narrower columns, then fewer levels.
CHART_TRIES = [
    (None, LayoutOptions(orientation=Orientation.COMPACT)),
    (None, LayoutOptions(orientation=Orientation.COMPACT, compact_min_leaves=2)),
    (None, LayoutOptions(orientation=Orientation.LEFT_RIGHT)),
    *((depth, LayoutOptions(orientation=Orientation.COMPACT, compact_min_leaves=2)) for depth in (4, 3, 2, 1)),
]
TITLE = QT_TRANSLATE_NOOP("ComparePdf", "Comparison of scenarios")
FIGURE_NAMES = ("units", "posts", "headcount", "filled")


def write_compare_pdf(document: Document, report: DiffReport, path: Path, language: str | None = None) -> list[str]:
    """Write the comparison; returns lines to show the user (characters the fonts lack)."""
    register_fonts()
    builder = _Builder(document, report, language or system_language())
    texts = [(t, t) for t in builder.entry_texts()]
    lines = glyph_warnings(missing_in(texts), language)
    with exported_atomically(Path(path), CANNOT_WRITE) as partial:
        builder.build(partial)
    return lines


class _Builder:
    def __init__(self, document: Document, report: DiffReport, language: str) -> None:
        self.document, self.report, self.language = document, report, language
        self.before = document.scenario(report.before_id).name
        self.after = document.scenario(report.after_id).name
        self.cache: dict[object, str] = {}
        self.kit = Kit(self.cache)
        self.width = PAGE[0] - 2 * MARGIN
        self.height = PAGE[1] - 2 * MARGIN - 16

    def tr(self, text: str, context: str = PDF) -> str:
        return translate(context, text, self.language)

    def entry_texts(self) -> list[str]:
        return [render_message("Compare", e.template, e.params, self._translate) for e in self.report.entries]

    def _translate(self, context: str, text: str) -> str:
        return translate(context, text, self.language)

    # ----- the document -----------------------------------------------------------------------
    def build(self, path: Path) -> None:
        organisation = self.document.organisation.name
        title = self.tr(TITLE)
        template = BaseDocTemplate(
            str(path),
            pagesize=PAGE,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + 8,
            bottomMargin=MARGIN + 8,
            title=f"{organisation} — {title} — {self.before} → {self.after}",
            author=organisation,
            subject=f"{self.before} → {self.after}",
            creator=f"OrgDesk {__version__}",
            keywords=", ".join((title, organisation, self.before, self.after)),
            initialFontName=LATIN,
        )
        template.addPageTemplates(
            [_page_template("normal", PAGE, self._decorate), _page_template("chart", CHART_PAGE, self._decorate)]
        )
        story = self._head() + self._totals() + self._chart() + self._changes()
        template.build(story)

    def _decorate(self, canvas: Any, doc: Any) -> None:
        width, height = page_size(canvas)
        size, grey = 8.0, "#606060"
        top = height - MARGIN
        draw_text(canvas, MARGIN, top, self.document.organisation.name, size, grey, self.cache)
        right = f"{self.tr(TITLE)} · {self.before} → {self.after}"
        draw_text(canvas, width - MARGIN - text_width(right, size), top, right, size, grey, self.cache)
        canvas.setStrokeColorRGB(0.7, 0.7, 0.7)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
        bottom = MARGIN - 4
        draw_text(canvas, MARGIN, bottom, date.today().isoformat(), size, grey, self.cache)
        page = self.tr(QT_TRANSLATE_NOOP("ComparePdf", "Page {page}")).format(page=canvas.getPageNumber())
        draw_text(canvas, width - MARGIN - text_width(page, size), bottom, page, size, grey, self.cache)

    def _head(self) -> list[Flowable]:
        changes = self.tr(QT_TRANSLATE_NOOP("ComparePdf", "{count} changes")).format(count=len(self.report.entries))
        if not self.report.entries:
            changes = self.tr(QT_TRANSLATE_NOOP("ComparePdf", "No differences."))
        return [
            self.kit.para(self.tr(TITLE), "h1"),
            self.kit.para(f"“{self.before}” → “{self.after}”", "subtitle"),
            self.kit.para(f"{self.document.organisation.name} · {date.today().isoformat()} · {changes}", "note"),
            Spacer(1, 6),
        ]

    def _totals(self) -> list[Flowable]:
        header = [self.tr(h, "Compare") for h in TOTALS_HEADINGS]
        rows = []
        for row in self.report.totals:
            name = row.name
            if row.is_total:
                name = self.tr(QT_TRANSLATE_NOOP("ComparePdf", "Whole organisation: {name}")).format(name=row.name)
            cells = [name]
            for field in FIGURE_NAMES:
                old, new = getattr(row.before, field), getattr(row.after, field)
                cells.append(f"{old} → {new} ({new - old:+d})" if new != old else f"{old} → {new}")
            rows.append(cells)
        first = self.width * 0.32
        widths = [first] + [(self.width - first) / 4] * 4
        heading = self.kit.heading(self.tr(QT_TRANSLATE_NOOP("ComparePdf", "Totals per top-level unit")))
        return [heading, self.kit.data_table(header, rows, widths, centred=(1, 2, 3, 4))]

    def _chart(self) -> list[Flowable]:
        """On an A4 page when the whole chart is legible there, else on an A3 page; a chart too
        big for A3 shows its top levels."""
        heading = self.tr(QT_TRANSLATE_NOOP("ComparePdf", "Chart of “{name}”")).format(name=self.after)
        legend = [(CHANGE_COLOURS[change], self.tr(text, "Compare")) for change, text in LEGEND]
        flow: list[Flowable] = [self.kit.heading(heading), _Legend(legend, self.cache)]
        labels = card_labels(self.language)
        flowable, depth, template = None, None, "normal"
        for template, (width, height) in (("normal", PAGE), ("chart", CHART_PAGE)):
            room_w, room_h = width - 2 * MARGIN, height - 2 * MARGIN - 16 - 70
            for depth, options in CHART_TRIES:  # the deepest chart that stays legible on the page
                chart = compare_chart(self.document, self.report, options, depth)
                flowable = _ChartFlowable(chart, labels, self.cache)
                if flowable.fits(room_w, room_h) and (depth is None or template == "chart"):
                    break
            else:
                continue
            break
        if depth is not None:
            note = QT_TRANSLATE_NOOP("ComparePdf", "The top {levels} levels; the change list names every change.")
            flow.append(self.kit.para(self.tr(note).format(levels=depth + 1), "note"))
        assert flowable is not None
        return [NextPageTemplate(template), PageBreak(), *flow, flowable, NextPageTemplate("normal"), PageBreak()]

    def _changes(self) -> list[Flowable]:
        flow: list[Flowable] = [self.kit.heading(self.tr(QT_TRANSLATE_NOOP("ComparePdf", "Changes")))]
        if not self.report.entries:
            return [*flow, self.kit.para(self.tr(QT_TRANSLATE_NOOP("ComparePdf", "No differences.")))]
        header = [
            self.tr(QT_TRANSLATE_NOOP("ComparePdf", "Change")),
            self.tr(QT_TRANSLATE_NOOP("ComparePdf", "Description")),
        ]
        widths = [self.width * 0.1, self.width * 0.9]
        for kind, entries in grouped(self.report):
            title = f"{self.tr(KIND_NAMES[kind], GROUPS)} ({len(entries)})"
            flow.append(self.kit.heading(title))
            rows = [[Cell(h, HEADER_FILL, True) for h in header]]
            for entry in entries:
                change = Cell(self.tr(CHANGE_NAMES[entry.change], CHANGES), fade(entry_colour(entry.change), 0.7), True)
                text = render_message("Compare", entry.template, entry.params, self._translate)
                rows.append([change, Cell(text)])
            flow.append(GridTable(widths, rows, 1, SMALL, 2.5, self.cache))
        return flow


def _page_template(name: str, size: tuple[float, float], decorate: Any) -> PageTemplate:
    width, height = size
    frame = Frame(MARGIN, MARGIN + 8, width - 2 * MARGIN, height - 2 * MARGIN - 16, leftPadding=0, rightPadding=0)
    return PageTemplate(name, [frame], onPage=decorate, pagesize=size)


class _Legend(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Colour chips with their meaning, on one line."""

    def __init__(self, items: list[tuple[str, str]], cache: dict[object, str]) -> None:
        super().__init__()
        self.items, self.cache = items, cache
        self.width, self.height = 0.0, 16.0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        x = 0.0
        for colour, label in self.items:
            canvas.setFillColor(colour)
            canvas.setStrokeColor(colour)
            canvas.rect(x, 3, 10, 10, fill=1, stroke=0)
            x += draw_text(canvas, x + 14, 4, label, 9.0, "#202020", self.cache) + 28


class _ChartFlowable(Flowable):  # type: ignore[misc]
    """The compare chart scaled to the frame's width (never above the canvas's 100 %)."""

    def __init__(self, chart: CompareChart, labels: CardLabels, cache: dict[object, str]) -> None:
        super().__init__()
        self.chart, self.labels, self.cache = chart, labels, cache
        self.scale = TILE_SCALE
        self.width = self.height = 0.0

    def fits(self, available_width: float, available_height: float) -> bool:
        layout = self.chart.layout
        if not layout.boxes:
            return True
        scale = min(TILE_SCALE, available_width / layout.width, available_height / (layout.height + BADGE_H))
        return scale >= MIN_SCALE

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        layout = self.chart.layout
        if not layout.boxes:
            return available_width, 0.0
        self.scale = min(TILE_SCALE, available_width / layout.width, available_height / (layout.height + BADGE_H))
        self.width = available_width
        self.height = (layout.height + BADGE_H) * self.scale
        return self.width, self.height

    def draw(self) -> None:
        layout = self.chart.layout
        if not layout.boxes:
            return
        left = (self.width - layout.width * self.scale) / 2
        painter = PdfPainter(self.canv, self.scale, (0.0, 0.0), (left, 0.0), self.height, self.cache)
        paint_compare_chart(painter, self.chart, self.labels)
        register_forms(self.canv, self.cache)


def register_forms(canvas: Any, cache: dict[object, str]) -> None:
    """Put the painter's shape forms in this page's resources. PdfPainter writes "/Name Do"
    literally, which reportlab does not record, and viewers then skip every box (reported)."""
    use_forms(canvas, [name for ops in cache.values() for name in _FORM_NAME.findall(ops)])


_FORM_NAME = re.compile(r"/FormXob\.(OrgDeskShape\d+) Do")
