"""The org-chart PDF: the canvas's layout and look, as vectors, on one sheet or on tiles.

`--fit page` scales the chart onto one sheet, never below MIN_SCALE (box text at 4.5 pt); when
that is not enough it raises ExportError naming a paper that would do, or tiles. `--fit tiles`
prints at TILE_SCALE (the canvas's 7.5 pt) over a grid of sheets that overlap by 8 mm, each
with crop marks, its grid label (A1, B1 …) and its neighbours' labels, after an overview page
showing the grid over the whole chart. Each sheet has a title block; the PDF has metadata and
a bookmark per top-level unit.

Speed (10,000 units ≈ 1 s, 50,000 ≈ 5-7 s): boxes and connector families are bucketed by the
tiles they meet, so each sheet draws only its own; each box and family is formatted once as PDF
operators relative to its corner and placed on every sheet it meets (pdf_tiles, pdf_stamps);
text is encoded per character once per document (pdf_textops); pages share one resource
dictionary and are written without reportlab's generic page formatting (reportlab_adapter); the cyclic
garbage collector is paused meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from orgdesk import __version__
from orgdesk.domain.document import Document
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.i18n import render, translate
from orgdesk.io import ExportCancelled, ExportError
from orgdesk.io.chart.department_pages import plan_pages, write_department_pages
from orgdesk.io.chart.drawing import ChartDrawing, prepare_chart, write_error
from orgdesk.io.chart.options import ChartPdfOptions
from orgdesk.io.chart.pages import (
    MIN_SCALE,
    TILE_SCALE,
    Frame,
    Tile,
    TileGrid,
    fit_scale,
    page_frame,
    paper_that_fits,
    tile_grid,
)
from orgdesk.io.chart.sheet_marks import Sheet, TitleBlock, area_box
from orgdesk.io.chart.stamps import Family, Stamps
from orgdesk.io.chart.tiles import Buckets, bucket, write_boxes, write_connectors
from orgdesk.io.pdf.fonts import LATIN, register_fonts
from orgdesk.io.pdf.painter import PdfPainter
from orgdesk.io.pdf.reportlab_adapter import SharedResources, append_ops
from orgdesk.layout import paint
from orgdesk.layout.tidy import Box
from orgdesk.store.output_files import check_target, discard, publish, reserve_partial

PDF = "Pdf"
PagePoint = Callable[[Box], tuple[float, float]]
Progress = Callable[[int, int], object]  # may raise, or return False, to cancel
TOO_SMALL = QT_TRANSLATE_NOOP(
    "Export",
    "The chart does not fit legibly on one {paper} sheet: it would print at {percent} %, and text needs at least "
    "{minimum} %. Print it on tiles (--fit tiles), on {suggestion} paper, or fewer levels (--depth, --root).",
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Export",
    "The chart does not fit legibly on one {paper} sheet, nor on A0: it would print at {percent} %, and text needs "
    "at least {minimum} %. Print it on tiles (--fit tiles), or fewer levels (--depth, --root).",
)
TILED = QT_TRANSLATE_NOOP(
    "Export",
    "{pages} pages: an overview and {tiles} sheets of a grid {columns} across × {rows} down (blank ones left out), "
    "overlapping by 8 mm: glue them along the crop marks.",
)


def write_chart_pdf(
    document: Document, scenario_id: int, path: Path, options: ChartPdfOptions, progress: Progress | None = None
) -> list[str]:
    """Write the chart; returns lines to show the user (the sheet count). Characters the fonts
    lack are for the caller to check beforehand (orgdesk.io.glyph_check).
    Raises ExportError when --fit page cannot stay legible, or the file cannot be written.
    `progress(done, total)` is called once per sheet; if it raises or returns False the export
    stops (ExportCancelled) and no file is left behind."""
    return _write_chart_pdf(document, scenario_id, path, options, progress)


def _write_chart_pdf(
    document: Document, scenario_id: int, path: Path, options: ChartPdfOptions, progress: Progress | None
) -> list[str]:
    register_fonts()
    drawing = prepare_chart(document, scenario_id, options.root_id, options.layout, options.depth, options.language)
    lines: list[str] = []
    frame = page_frame(options.paper, options.landscape)
    layout = drawing.layout
    scale = fit_scale(frame, layout.width, layout.height)
    if options.fit == "departments":
        with _ChartWriter(drawing, frame, options, path, progress) as writer:
            planned, notes = plan_pages(document, scenario_id, options, writer)
            write_department_pages(writer, planned)
            writer.save()
        return lines + notes
    if options.fit == "page" and scale < MIN_SCALE:
        paper = paper_that_fits(layout.width, layout.height)
        if paper is None:
            raise ExportError(TOO_BIG, paper=options.paper, percent=round(scale * 100), minimum=round(MIN_SCALE * 100))
        raise ExportError(
            TOO_SMALL,
            paper=options.paper,
            percent=round(scale * 100),
            minimum=round(MIN_SCALE * 100),
            suggestion=paper,
        )
    with _ChartWriter(drawing, frame, options, path, progress) as writer:
        if options.fit == "tiles" and scale < TILE_SCALE:
            grid = tile_grid(frame, TILE_SCALE, layout.width, layout.height)
            sheets = writer.write_tiles(grid)
            pages = sheets + 1
            lines.append(
                render(
                    "Export",
                    TILED,
                    {"pages": pages, "tiles": pages - 1, "columns": grid.columns, "rows": grid.rows},
                    options.language,
                )
            )
        else:
            writer.write_single(scale)
        writer.save()
    return lines


class _ChartWriter:
    def __init__(
        self, drawing: ChartDrawing, frame: Frame, options: ChartPdfOptions, path: Path, progress: Progress | None
    ) -> None:
        self.drawing, self.frame, self.options, self.path = drawing, frame, options, path
        self.language, self.progress = options.language, progress
        check_target(path)
        try:
            self.partial = reserve_partial(path)  # renamed to `path` once complete
        except OSError as error:
            raise write_error(path, error) from error
        try:  # until `with` has it, a failure or a signal here must not leave the partial file
            self.canvas = Canvas(
                str(self.partial),
                pagesize=(frame.width, frame.height),
                pageCompression=1,
                invariant=0,
                initialFontName=LATIN,
            )
            self.shared = SharedResources(self.canvas)
            self.page = 0
            self.pages = 1
            title = self._tr(QT_TRANSLATE_NOOP("Pdf", "Organisation chart"))
            self.canvas.setTitle(f"{drawing.organisation} — {title} — {drawing.scenario}")
            self.canvas.setAuthor(drawing.organisation)
            self.canvas.setSubject(f"{drawing.scenario}: {drawing.root_path}")
            self.canvas.setCreator(f"OrgDesk {__version__}")
            self.canvas.setKeywords(", ".join((title, drawing.organisation, drawing.scenario)))
            self.bookmarked: set[int] = set()
            self.outline: list[tuple[str, str, int]] = []  # (title, key, level) of bookmarked units
            self.cache: dict[object, str] = {}  # the painters' formatted shapes and text runs
            self.sheet = Sheet(self.canvas, frame, self.cache)
        except BaseException:
            discard(self.partial)
            raise

    def _tr(self, text: str, **params: object) -> str:
        return render(PDF, text, params, self.language) if params else translate(PDF, text, self.language)

    # ----- one sheet -------------------------------------------------------------------------
    def write_single(self, scale: float) -> None:
        layout = self.drawing.layout
        frame = self.frame
        left, _, width, _ = area_box(frame)
        # centred horizontally, top-aligned: an org chart is read from the top
        page_left = left + (width - layout.width * scale) / 2
        painter = PdfPainter(self.canvas, scale, (0.0, 0.0), (page_left, frame.top), frame.height, self.cache)
        paint.paint_chart(painter, layout, self.drawing.cards, self.drawing.labels, self.drawing.relations)
        self._bookmark_boxes(layout.boxes.values(), lambda box: painter_point(painter, box))
        self.finish_page("")

    # ----- tiles ----------------------------------------------------------------------------
    def write_tiles(self, grid: TileGrid) -> int:
        """The overview and every sheet with something on it (blank sheets are left out);
        returns the number of sheets."""
        found = bucket(self.drawing, grid)
        tiles = [tile for tile in grid.tiles() if found.used(tile)]
        self.pages = len(tiles) + 1
        stamps = Stamps(self.canvas, self.drawing, TILE_SCALE, self.cache)
        self._write_overview(grid, tiles, stamps, found.families)
        for done, tile in enumerate(tiles):
            self.report_progress(done, len(tiles))
            self._write_tile(tile, grid, found, stamps)
        return len(tiles)

    def _write_overview(self, grid: TileGrid, tiles: list[Tile], stamps: Stamps, families: list[Family]) -> None:
        layout, frame = self.drawing.layout, self.frame
        scale = fit_scale(frame, layout.width, layout.height)
        left, _, width, _ = area_box(frame)
        page_left = left + (width - layout.width * scale) / 2
        painter = PdfPainter(self.canvas, scale, (0.0, 0.0), (page_left, frame.top), frame.height, self.cache)
        write_connectors(stamps, self.canvas, (painter.dx, painter.dy), families, scale)
        if scale >= MIN_SCALE:
            for unit_id, box in layout.boxes.items():
                paint.paint_box(painter, box, self.drawing.cards[unit_id], self.drawing.labels)
        else:  # too small for text: type-coloured blocks, one fill per colour
            by_colour: dict[str, list[Box]] = {}
            for unit_id, box in layout.boxes.items():
                by_colour.setdefault(self.drawing.cards[unit_id].colour, []).append(box)
            for colour, boxes in by_colour.items():
                painter.rects(boxes, colour)
        self.sheet.overview_grid(grid, tiles, scale, (page_left, frame.top))
        self.canvas.bookmarkPage("overview")
        self.canvas.addOutlineEntry(self._tr(QT_TRANSLATE_NOOP("Pdf", "Overview")), "overview", level=0)
        self.finish_page(
            self._tr(
                QT_TRANSLATE_NOOP("Pdf", "Overview: {columns} × {rows} sheets"), columns=grid.columns, rows=grid.rows
            )
        )

    def _write_tile(self, tile: Tile, grid: TileGrid, found: Buckets, stamps: Stamps) -> None:
        frame, canvas = self.frame, self.canvas
        key = (tile.column, tile.row)
        boxes = found.boxes.get(key, [])
        left, bottom, width, height = area_box(frame)
        append_ops(canvas, f"q {left:.2f} {bottom:.2f} {width:.2f} {height:.2f} re W n")
        painter = PdfPainter(canvas, TILE_SCALE, (tile.x, tile.y), (frame.left, frame.top), frame.height, self.cache)
        origin = (painter.dx, painter.dy)
        write_connectors(stamps, canvas, origin, found.connectors.get(key, []))
        paint.paint_relations(painter, self.drawing.layout, found.relations.get(key, []))
        write_boxes(stamps, canvas, origin, boxes)
        append_ops(canvas, "Q")
        self.sheet.crop_marks()
        self.sheet.neighbours(tile, grid)
        own = [b for b in boxes if tile.x <= b.x < tile.x + grid.step_x and tile.y <= b.y < tile.y + grid.step_y]
        self._bookmark_boxes(own, lambda box: painter_point(painter, box))
        self.finish_page(self._tr(QT_TRANSLATE_NOOP("Pdf", "Sheet {label}"), label=tile.label))

    def report_progress(self, done: int, total: int) -> None:
        if self.progress is not None and self.progress(done, total) is False:
            raise ExportCancelled

    # ----- every page -----------------------------------------------------------------------
    def _bookmark_boxes(self, boxes: Iterable[Box], where: PagePoint) -> None:
        """Outline entries for the top box and the top-level units first drawn on this page."""
        wanted = {self.drawing.root_id: 0, **{unit_id: 1 for unit_id in self.drawing.top_level}}
        for box in boxes:
            level = wanted.get(box.unit_id)
            if level is None or box.unit_id in self.bookmarked:
                continue
            self.bookmarked.add(box.unit_id)
            x, y = where(box)
            key = f"unit{box.unit_id}"
            self.canvas.bookmarkPage(key, fit="XYZ", left=max(0.0, x - 20), top=y + 20, zoom=0)
            self.outline.append((self.drawing.cards[box.unit_id].name, key, level))

    def finish_page(self, middle: str) -> None:
        self.page += 1
        drawing = self.drawing
        title = self._tr(QT_TRANSLATE_NOOP("Pdf", "Organisation chart"))
        left = f"{drawing.organisation} · {title} · {drawing.scenario} · {drawing.root_path}"
        page = self._tr(QT_TRANSLATE_NOOP("Pdf", "Page {page} / {pages}"), page=self.page, pages=self.pages)
        self.sheet.title_block(TitleBlock(left, middle, f"{date.today().isoformat()}  {page}"))
        self.canvas.showPage()

    def save(self) -> None:
        # the outline in tree order: the top unit, then its children, wherever their pages are
        order = {self.drawing.root_id: -1, **{unit_id: i for i, unit_id in enumerate(self.drawing.top_level)}}
        keyed = {key: (title, level) for title, key, level in self.outline}
        for unit_id in sorted(order, key=order.__getitem__):
            key = f"unit{unit_id}"
            if key in keyed:
                title, level = keyed[key]
                self.canvas.addOutlineEntry(title, key, level=level if self.pages == 1 else level + 1)
        self.shared.close()
        try:
            self.canvas.save()
            publish(self.partial, self.path)
        except OSError as error:
            discard(self.partial)
            raise write_error(self.path, error) from error

    def __enter__(self) -> _ChartWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, *_: object) -> None:
        if kind is not None:  # cancelled or failed: no file, not even an empty one
            discard(self.partial)


def painter_point(painter: PdfPainter, box: Box) -> tuple[float, float]:
    """A box's top-left corner in page coordinates."""
    return box.x * painter.scale + painter.dx, painter.dy - box.y * painter.scale
