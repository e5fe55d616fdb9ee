"""The job-description booklet (岗位说明书汇编), in the order Chinese HR documents use:
cover → contents (page numbers, clickable; PDF bookmarks) → 组织机构图 → per department
部门职责说明 (with a small chart), followed by the 岗位说明书 of each of its posts.

Long duty and KPI tables flow across pages with their header row repeated; every page but the
cover has a header and a footer. `progress(done, total)` is called once per section and may
return False to cancel (ExportCancelled; nothing is written).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate, Spacer

from orgdesk import __version__
from orgdesk.domain.analysis import own_staffing
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Position, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import translate
from orgdesk.io import ExportCancelled, ExportError
from orgdesk.io.atomic import written_atomically
from orgdesk.io.booklet.building_blocks import Anchor, ChartFlowable, Numbers, TocRow, booklet_canvas
from orgdesk.io.booklet.sections import Context, department_section, post_section
from orgdesk.io.chart.drawing import NO_UNITS, prepare_chart, write_error
from orgdesk.io.chart.pages import MM, TILE_SCALE
from orgdesk.io.pdf.fonts import register_fonts, text_width
from orgdesk.io.pdf.painter import draw_text
from orgdesk.io.pdf.typography import Kit
from orgdesk.layout.subtree import children_map
from orgdesk.layout.tidy import Orientation

Progress = Callable[[int, int], bool]
MARGIN = 18 * MM
BOOKLET = QT_TRANSLATE_NOOP("Pdf", "Job descriptions")

__all__ = ["ExportCancelled", "write_booklet_pdf"]


@dataclass(frozen=True)
class Plan:
    """What goes into the booklet: departments in tree order, each with its posts."""

    units: list[tuple[Unit, int, list[Position]]]  # unit, depth below the booklet's top, its posts

    @cached_property  # asked at every progress tick
    def sections(self) -> int:
        return sum(1 + len(posts) for _, _, posts in self.units)


def plan_booklet(document: Document, root: Unit, max_posts: int | None) -> Plan:
    units: list[tuple[Unit, int, list[Position]]] = []
    posts_left = max_posts if max_posts is not None else -1
    stack = [(root, 0)]
    while stack and posts_left != 0:
        unit, depth = stack.pop()
        posts = document.positions_of(unit.id)
        if posts_left > 0:
            posts = posts[:posts_left]
            posts_left -= len(posts)
        units.append((unit, depth, posts))
        stack.extend((child, depth + 1) for child in reversed(document.children_of(unit)))
    return Plan(units)


def write_booklet_pdf(
    document: Document,
    scenario_id: int,
    path: Path,
    root_id: int | None = None,
    language: str | None = None,
    max_posts: int | None = None,
    progress: Progress | None = None,
    version: str = "1.0",
) -> list[str]:
    """Write the booklet; returns lines to show the user (none at present). Characters the fonts
    lack are for the caller to check beforehand (orgdesk.io.glyph_check, Scope(booklet=True))."""
    register_fonts()
    scenario = document.scenario(scenario_id)
    root = document.unit(root_id) if root_id is not None else document.root(scenario_id)
    if root is None:
        raise ExportError(NO_UNITS, scenario=scenario.name)
    plan = plan_booklet(document, root, max_posts)
    lines: list[str] = []
    builder = _Builder(document, scenario_id, root, plan, language, progress, version)
    try:
        with written_atomically(path) as partial:  # cancel or failure: no half-written file
            builder.build(partial)
    except OSError as error:
        raise write_error(path, error) from error
    return lines


class _Builder:
    def __init__(
        self,
        document: Document,
        scenario_id: int,
        root: Unit,
        plan: Plan,
        language: str | None,
        progress: Progress | None,
        version: str,
    ) -> None:
        self.document, self.scenario_id, self.root, self.plan = document, scenario_id, root, plan
        self.language, self.progress = language, progress
        self.numbers = Numbers()
        self.cache: dict[object, str] = {}
        self.done = 0
        self.kids = children_map(document, scenario_id)
        self.frame_width = A4[0] - 2 * MARGIN
        self.frame_height = A4[1] - 2 * MARGIN
        self.kit = Kit(self.cache)
        self.ctx = Context(
            document,
            self.tr,
            self.frame_width,
            version,
            date.today().isoformat(),
            own_staffing(document, scenario_id),
            self.kit,
        )
        self.scenario = document.scenario(scenario_id).name

    def tr(self, text: str) -> str:
        return translate("Pdf", text, self.language)

    def tick(self) -> bool:
        self.done += 1
        return self.progress is None or self.progress(self.done, self.plan.sections)

    # ----- the document -----------------------------------------------------------------
    def build(self, path: Path) -> None:
        organisation = self.document.organisation.name
        template = BaseDocTemplate(
            str(path),
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=f"{organisation} — {self.tr(BOOKLET)} — {self.scenario}",
            author=organisation,
            subject=f"{self.scenario}: {self.document.path(self.root)}",
            creator=f"OrgDesk {__version__}",
            keywords=", ".join((self.tr(BOOKLET), organisation, self.scenario)),
            initialFontName="OrgDeskLatin",
        )
        frame = Frame(MARGIN, MARGIN, self.frame_width, self.frame_height, id="body", leftPadding=0, rightPadding=0)
        template.addPageTemplates(
            [
                PageTemplate("cover", [frame], onPage=lambda canvas, doc: None),
                PageTemplate("normal", [frame], onPage=self._decorate),
            ]
        )
        story = self._cover() + self._contents() + self._chart() + self._sections()
        template.build(story, canvasmaker=booklet_canvas(self.numbers))

    def _decorate(self, canvas: Any, doc: Any) -> None:
        """Header (organisation, booklet, scenario) and footer (version, date, page x / y)."""
        width, height = A4
        top = height - MARGIN + 10
        size = 8.0
        grey = "#606060"
        draw_text(canvas, MARGIN, top, self.document.organisation.name, size, grey, self.cache)
        right = f"{self.tr(BOOKLET)} · {self.scenario}"
        draw_text(canvas, width - MARGIN - text_width(right, size), top, right, size, grey, self.cache)
        canvas.setStrokeColorRGB(0.7, 0.7, 0.7)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, top - 4, width - MARGIN, top - 4)
        canvas.line(MARGIN, MARGIN - 12, width - MARGIN, MARGIN - 12)
        bottom = MARGIN - 24
        version = f"{self.tr(QT_TRANSLATE_NOOP('Pdf', 'Version'))} {self.ctx.version} · {self.ctx.date}"
        draw_text(canvas, MARGIN, bottom, version, size, grey, self.cache)
        page = f"{canvas.getPageNumber()} / "
        draw_text(canvas, width - MARGIN - 24 - text_width(page, size), bottom, page, size, grey, self.cache)
        self.numbers.reference_total(canvas, width - MARGIN - 24, bottom)

    def _anchor(self, key: str, title: str, level: int) -> Anchor:
        return Anchor(key, title, level, self.numbers, self.tick)

    def _cover(self) -> list[Flowable]:
        organisation = self.document.organisation.name
        root_path = self.document.path(self.root)
        return [
            Spacer(1, 150),
            self.kit.para(organisation, "subtitle"),
            Spacer(1, 20),
            self.kit.para(self.tr(BOOKLET), "title"),
            self.kit.para(
                self.tr(QT_TRANSLATE_NOOP("Pdf", "Department responsibilities and job descriptions")), "subtitle"
            ),
            Spacer(1, 160),
            self.kit.para(f"{self.tr(QT_TRANSLATE_NOOP('Pdf', 'Scenario'))}: {self.scenario}", "subtitle"),
            self.kit.para(f"{self.tr(QT_TRANSLATE_NOOP('Pdf', 'Scope'))}: {root_path}", "subtitle"),
            self.kit.para(
                f"{self.tr(QT_TRANSLATE_NOOP('Pdf', 'Version'))} {self.ctx.version} · {self.ctx.date}", "subtitle"
            ),
            NextPageTemplate("normal"),
            PageBreak(),
        ]

    def _contents(self) -> list[Flowable]:
        contents = self.tr(QT_TRANSLATE_NOOP("Pdf", "Contents"))
        chart = self.tr(QT_TRANSLATE_NOOP("Pdf", "Organisation chart"))
        flow: list[Flowable] = [
            Anchor("toc", contents, 0, self.numbers, lambda: True),
            self.kit.heading(contents, "h1"),
        ]
        flow.append(TocRow(chart, "chart", 0, self.numbers))
        for unit, _, posts in self.plan.units:
            flow.append(TocRow(unit.name, f"u{unit.id}", 0, self.numbers))
            flow += [TocRow(p.title, f"p{p.id}", 1, self.numbers) for p in posts]
        return [*flow, PageBreak()]

    def _chart(self) -> list[Flowable]:
        title = self.tr(QT_TRANSLATE_NOOP("Pdf", "Organisation chart"))
        flow: list[Flowable] = [Anchor("chart", title, 0, self.numbers, lambda: True), self.kit.heading(title, "h1")]
        room = self.frame_height - 60
        chart = None
        for depth in (None, 3, 2, 1, 0):  # the deepest chart that stays legible on the page
            drawing = prepare_chart(
                self.document, self.scenario_id, self.root.id, Orientation.COMPACT, depth, self.language, self.kids
            )
            chart = ChartFlowable(drawing, TILE_SCALE, self.cache)
            if chart.fits(self.frame_width, room):
                if depth is not None:
                    note = QT_TRANSLATE_NOOP("Pdf", "The top levels; each department's section shows its own units.")
                    flow.append(self.kit.para(self.tr(note), "note"))
                break
        assert chart is not None
        return [*flow, chart, PageBreak()]

    def _sections(self) -> list[Flowable]:
        flow: list[Flowable] = []
        for unit, _, posts in self.plan.units:
            flow.append(self._anchor(f"u{unit.id}", unit.name, 0))
            flow += department_section(self.ctx, unit, self._department_chart(unit))
            flow.append(PageBreak())
            for position in posts:
                flow.append(self._anchor(f"p{position.id}", position.title, 1))
                flow += post_section(self.ctx, position)
                flow.append(PageBreak())
        return flow

    def _department_chart(self, unit: Unit) -> Flowable | None:
        if not self.kids.get(unit.id):
            return None
        drawing = prepare_chart(
            self.document, self.scenario_id, unit.id, Orientation.COMPACT, 1, self.language, self.kids
        )
        chart = ChartFlowable(drawing, TILE_SCALE, self.cache)
        return chart if chart.fits(self.frame_width, self.frame_height - 80) else None
