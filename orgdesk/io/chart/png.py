"""The chart as PNG at a chosen DPI: the same drawing as the PDF, rasterised with Pillow and the
bundled fonts (per-character fallback, as in the PDF)."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from orgdesk.domain.document import Document
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io import ExportError
from orgdesk.io.atomic import written_atomically
from orgdesk.io.chart.drawing import ChartDrawing, ChartImageOptions, prepare_chart, write_error
from orgdesk.io.chart.svg import MARGIN
from orgdesk.io.pdf.fonts import font_file, runs, text_width
from orgdesk.layout import paint, style
from orgdesk.layout.paint import Point

MAX_PIXELS = 120_000_000  # about 480 MB of RGBA while drawing
MAX_SIDE = 60_000
TOO_LARGE = QT_TRANSLATE_NOOP(
    "Export",
    "At {dpi} dpi the chart would be {width} × {height} pixels, too large for one picture. "
    "Choose a lower resolution (at most {fits} dpi), fewer levels, or one unit's subtree; or export a PDF.",
)


@lru_cache(maxsize=64)
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(font_file(name)), max(1, pixels))


class PngPainter:
    def __init__(self, image: Image.Image, scale: float) -> None:
        self.draw = ImageDraw.Draw(image)
        self.scale = scale

    def _p(self, x: float, y: float) -> tuple[float, float]:
        return (x + MARGIN) * self.scale, (y + MARGIN) * self.scale

    def _box(self, x: float, y: float, w: float, h: float) -> tuple[float, float, float, float]:
        x0, y0 = self._p(x, y)
        return x0, y0, x0 + w * self.scale, y0 + h * self.scale

    def box(self, x: float, y: float, w: float, h: float, fill: str, stroke: str, stroke_width: float) -> None:
        width = max(1, round(stroke_width * self.scale))
        self.draw.rounded_rectangle(self._box(x, y, w, h), style.RADIUS * self.scale, fill, stroke, width)

    def band(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        radius = min(style.RADIUS, w / 2, h) * self.scale
        self.draw.rounded_rectangle(self._box(x, y, w, h), radius, fill, corners=(True, True, False, False))

    def rect(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        self.draw.rectangle(self._box(x, y, w, h), fill)

    def lines(self, polylines: Iterable[Sequence[Point]], colour: str, width: float, dash: Sequence[float]) -> None:
        pixels = max(1, round(width * self.scale))
        for points in polylines:
            scaled = [self._p(*p) for p in points]
            if dash:
                for a, b in itertools.pairwise(scaled):
                    self._dashed(a, b, colour, pixels, [d * self.scale for d in dash])
            else:
                self.draw.line(scaled, colour, pixels)

    def _dashed(self, a: Point, b: Point, colour: str, width: int, dash: Sequence[float]) -> None:
        length = ((b[0] - a[0]) ** 2 + (b[1] - a[1]) ** 2) ** 0.5
        if length == 0:
            return
        ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
        on, off = dash[0], dash[1] if len(dash) > 1 else dash[0]
        t = 0.0
        while t < length:
            end = min(length, t + on)
            self.draw.line([(a[0] + ux * t, a[1] + uy * t), (a[0] + ux * end, a[1] + uy * end)], colour, width)
            t = end + off

    def text(self, x: float, baseline: float, text: str, size: float, colour: str, bold: bool) -> None:
        pixels = round(size * self.scale)
        px, py = self._p(x, baseline)
        for name, piece in runs(text):
            font = _font(name, pixels)
            self.draw.text((px, py), piece, colour, font, anchor="ls")
            if bold:  # the bundled fonts have no bold face: overprint slightly to the right
                self.draw.text((px + max(0.5, pixels / 24), py), piece, colour, font, anchor="ls")
            px += text_width(piece, size) * self.scale

    def text_width(self, text: str, size: float, bold: bool) -> float:
        return text_width(text, size)


def chart_image(drawing: ChartDrawing, dpi: float) -> Image.Image:
    layout = drawing.layout
    scale = dpi / 96.0
    width = round((layout.width + 2 * MARGIN) * scale)
    height = round((layout.height + 2 * MARGIN + style.BADGE_H) * scale)
    if width * height > MAX_PIXELS or max(width, height) > MAX_SIDE:
        area = (layout.width + 2 * MARGIN) * (layout.height + 2 * MARGIN + style.BADGE_H)
        fits = min(96 * (MAX_PIXELS / area) ** 0.5, 96 * MAX_SIDE / max(layout.width, layout.height))
        raise ExportError(TOO_LARGE, dpi=round(dpi), width=width, height=height, fits=max(1, int(fits)))
    image = Image.new("RGB", (width, height), "#FFFFFF")
    paint.paint_chart(PngPainter(image, scale), layout, drawing.cards, drawing.labels, drawing.relations)
    return image


def write_chart_png(document: Document, scenario_id: int, path: Path, options: ChartImageOptions) -> list[str]:
    drawing = prepare_chart(document, scenario_id, options.root_id, options.layout, options.depth, options.language)
    image = chart_image(drawing, options.dpi)
    try:
        with written_atomically(path) as partial:
            image.save(partial, "PNG", dpi=(options.dpi, options.dpi))
    except OSError as error:
        raise write_error(path, error) from error
    return []
