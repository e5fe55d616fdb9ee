"""The chart as SVG: the same drawing as the PDF (orgdesk.layout.paint), one element per shape.

Text stays text (searchable, selectable); the fonts are named, not embedded, so a viewer without
Droid Sans Fallback or DejaVu Sans picks a similar Chinese font. Widths used for eliding come
from the bundled fonts, as in the PDF.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from orgdesk.domain.document import Document
from orgdesk.domain.text_rules import without_controls
from orgdesk.io.atomic import written_atomically
from orgdesk.io.chart.drawing import ChartDrawing, ChartImageOptions, prepare_chart, write_error
from orgdesk.io.pdf.fonts import text_width
from orgdesk.layout import paint, style
from orgdesk.layout.paint import Point

MARGIN = 24.0
FONTS = (  # the last named ones have the rare ideographs of CJK Ext. B (see pdf_fonts)
    "'Droid Sans Fallback', 'DejaVu Sans', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', "
    "'HanaMinA', 'HanaMinB', 'SimSun-ExtB', sans-serif"
)


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


class SvgPainter:
    def __init__(self, offset: float = MARGIN) -> None:
        self.parts: list[str] = []
        self.offset = offset

    def _xy(self, x: float, y: float) -> tuple[str, str]:
        return _n(x + self.offset), _n(y + self.offset)

    def box(self, x: float, y: float, w: float, h: float, fill: str, stroke: str, stroke_width: float) -> None:
        sx, sy = self._xy(x, y)
        self.parts.append(
            f'<rect x="{sx}" y="{sy}" width="{_n(w)}" height="{_n(h)}" rx="{_n(style.RADIUS)}" '
            f'fill="{fill}" stroke="{stroke}" stroke-width="{_n(stroke_width)}"/>'
        )

    def band(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        r = min(style.RADIUS, w / 2, h)
        x0, y0 = x + self.offset, y + self.offset
        d = (
            f"M{_n(x0)},{_n(y0 + h)} V{_n(y0 + r)} A{_n(r)},{_n(r)} 0 0 1 {_n(x0 + r)},{_n(y0)} "
            f"H{_n(x0 + w - r)} A{_n(r)},{_n(r)} 0 0 1 {_n(x0 + w)},{_n(y0 + r)} V{_n(y0 + h)} Z"
        )
        self.parts.append(f'<path d="{d}" fill="{fill}"/>')

    def rect(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        sx, sy = self._xy(x, y)
        self.parts.append(f'<rect x="{sx}" y="{sy}" width="{_n(w)}" height="{_n(h)}" fill="{fill}"/>')

    def lines(self, polylines: Iterable[Sequence[Point]], colour: str, width: float, dash: Sequence[float]) -> None:
        d = " ".join("M" + " L".join(",".join(self._xy(*p)) for p in points) for points in polylines if len(points) > 1)
        if not d:
            return
        pattern = f' stroke-dasharray="{" ".join(_n(v) for v in dash)}"' if dash else ""
        self.parts.append(f'<path d="{d}" fill="none" stroke="{colour}" stroke-width="{_n(width)}"{pattern}/>')

    def text(self, x: float, baseline: float, text: str, size: float, colour: str, bold: bool) -> None:
        sx, sy = self._xy(x, baseline)
        weight = ' font-weight="bold"' if bold else ""
        shown = escape(without_controls(text))  # a control character is no valid XML
        self.parts.append(f'<text x="{sx}" y="{sy}" font-size="{_n(size)}" fill="{colour}"{weight}>{shown}</text>')

    def text_width(self, text: str, size: float, bold: bool) -> float:
        return text_width(text, size)


def chart_svg(drawing: ChartDrawing) -> str:
    layout = drawing.layout
    painter = SvgPainter()
    paint.paint_chart(painter, layout, drawing.cards, drawing.labels, drawing.relations)
    width, height = layout.width + 2 * MARGIN, layout.height + 2 * MARGIN + style.BADGE_H
    title = f"{drawing.organisation} — {drawing.scenario} — {drawing.root_path}"
    return "\n".join(
        [
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{_n(width)}" height="{_n(height)}" '
            f'viewBox="0 0 {_n(width)} {_n(height)}" font-family={quoteattr(FONTS)}>',
            f"<title>{escape(without_controls(title))}</title>",
            '<rect width="100%" height="100%" fill="#FFFFFF"/>',
            *painter.parts,
            "</svg>",
            "",
        ]
    )


def write_chart_svg(document: Document, scenario_id: int, path: Path, options: ChartImageOptions) -> list[str]:
    drawing = prepare_chart(document, scenario_id, options.root_id, options.layout, options.depth, options.language)
    try:
        with written_atomically(path) as partial:
            partial.write_text(chart_svg(drawing), encoding="utf-8")
    except OSError as error:
        raise write_error(path, error) from error
    return []
