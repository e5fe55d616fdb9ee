"""A `Painter` (orgdesk.layout.paint) that writes PDF operators onto a reportlab canvas.

The chart's 10,000 boxes are written as literal PDF operators rather than through the canvas's
per-call helpers (which reparse colours and format each number through several layers): the
same drawing, several times faster. Text still goes through reportlab's TrueType subsetting.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache

from reportlab.pdfgen.canvas import Canvas

from orgdesk.io.pdf.fonts import register_fonts, text_width
from orgdesk.io.pdf.reportlab_adapter import append_ops, form_name, page_ops, use_forms
from orgdesk.io.pdf.text_operators import encoder_for
from orgdesk.layout import style
from orgdesk.layout.paint import Point
from orgdesk.layout.tidy import Box

KAPPA = 0.5523  # Bézier handle length for a quarter circle, as a fraction of the radius
BOLD_STROKE = 0.035  # fake bold: the glyphs are also stroked this wide (× font size)


@cache
def colour_ops(colour: str) -> tuple[str, str]:
    """("r g b rg", "r g b RG") for a "#RRGGBB" colour."""
    r, g, b = style.rgb(colour)
    numbers = f"{r / 255:.3f} {g / 255:.3f} {b / 255:.3f}"
    return f"{numbers} rg", f"{numbers} RG"


def _f(value: float) -> str:
    return f"{value:.2f}"


class PdfPainter:
    """Draws layout coordinates (y down) at `scale` points per unit, with the layout point
    (origin_x, origin_y) at page point (left, top) and the page's y axis pointing up.

    Shapes and text runs are cached relative to their own corner or baseline and placed with a
    translation, so a chart of many same-size boxes formats each outline and each repeated label
    once. Pass one `cache` dict to every painter of a document (it holds font subset references)."""

    def __init__(
        self,
        canvas: Canvas,
        scale: float,
        origin: Point,
        page_point: Point,
        page_height: float,
        cache: dict[object, str] | None = None,
        code: list[str] | None = None,
    ) -> None:
        register_fonts()
        self.canvas = canvas
        self.encoder = encoder_for(canvas)
        self.target = code  # where the operators go: the canvas's current page when None
        self.used_forms: list[str] = []  # with a target: the forms its operators use (for the pages showing them)
        self.scale = scale
        # page x = x * scale + dx; page y = dy - y * scale
        self.dx = page_point[0] - origin[0] * scale
        self.dy = page_height - page_point[1] + origin[1] * scale
        self._cache: dict[object, str] = {} if cache is None else cache

    @property
    def _code(self) -> list[str]:
        """The target list, or the current page's operator list (what reportlab's addLiteral appends
        to; new per page)."""
        if self.target is not None:
            return self.target
        return page_ops(self.canvas)

    # ----- coordinates -------------------------------------------------------------------
    def _xy(self, x: float, y: float) -> str:
        return f"{x * self.scale + self.dx:.2f} {self.dy - y * self.scale:.2f}"

    def _at(self, x: float, y: float) -> str:
        """A translation to layout point (x, y): the cached shapes are drawn from their corner."""
        return f"1 0 0 1 {x * self.scale + self.dx:.2f} {self.dy - y * self.scale:.2f} cm"

    # ----- shapes --------------------------------------------------------------------------
    def box(self, x: float, y: float, w: float, h: float, fill: str, stroke: str, stroke_width: float) -> None:
        key = ("box", w, h, fill, stroke, stroke_width, self.scale)
        ops = self._cache.get(key)
        if ops is None:
            path = _rounded(w * self.scale, h * self.scale, min(style.RADIUS, w / 2, h / 2) * self.scale, True)
            shape = f"{colour_ops(fill)[0]} {colour_ops(stroke)[1]} {_f(stroke_width * self.scale)} w {path} B"
            ops = self._cache[key] = self._form(shape, w, h, stroke_width)
        self._use_form(ops)
        self._code.append(f"q {self._at(x, y)} {ops} Q")

    def band(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        key = ("band", w, h, fill, self.scale)
        ops = self._cache.get(key)
        if ops is None:
            path = _rounded(w * self.scale, h * self.scale, min(style.RADIUS, w / 2, h) * self.scale, False)
            ops = self._cache[key] = self._form(f"{colour_ops(fill)[0]} {path} f", w, h, 0.0)
        self._use_form(ops)
        self._code.append(f"q {self._at(x, y)} {ops} Q")

    def _form(self, ops: str, w: float, h: float, stroke_width: float) -> str:
        """A repeated shape as a form XObject, drawn from its top-left corner: each use is then a
        short reference instead of the whole path (smaller pages, faster to write and to view)."""
        canvas = self.canvas
        name = f"OrgDeskShape{len(self._cache)}"
        margin = stroke_width * self.scale + 1
        canvas.beginForm(name, -margin, -h * self.scale - margin, w * self.scale + margin, margin)
        append_ops(canvas, ops)
        canvas.endForm()
        drawn = f"/{form_name(canvas, name)} Do"
        self._cache[("form", drawn)] = name
        return drawn

    def _use_form(self, drawn: str) -> None:
        """List the form in the current page's resources (reportlab's doForm does this; without it
        viewers do not find the form and draw no boxes). Repeats are merged when the page is written.
        Operators recorded into a target list for later pages keep the names in `used_forms` instead."""
        name = self._cache[("form", drawn)]
        if self.target is None:
            use_forms(self.canvas, (name,))
        else:
            self.used_forms.append(name)

    def rect(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        s = self.scale
        self._code.append(f"{colour_ops(fill)[0]} {self._xy(x, y + h)} {_f(w * s)} {_f(h * s)} re f")

    def rects(self, boxes: Iterable[Box], fill: str) -> None:
        """Many plain rectangles of one colour as one path (an overview's boxes)."""
        s, dx, dy = self.scale, self.dx, self.dy
        body = " ".join(
            f"{b.x * s + dx:.2f} {dy - (b.y + b.height) * s:.2f} {b.width * s:.2f} {b.height * s:.2f} re" for b in boxes
        )
        self._code.append(f"{colour_ops(fill)[0]} {body} f")

    def lines(self, polylines: Iterable[Sequence[Point]], colour: str, width: float, dash: Sequence[float]) -> None:
        s, dx, dy = self.scale, self.dx, self.dy
        parts = [
            " ".join(f"{x * s + dx:.2f} {dy - y * s:.2f} {'l' if k else 'm'}" for k, (x, y) in enumerate(points))
            for points in polylines
            if len(points) > 1
        ]
        if not parts:
            return
        pattern = " ".join(_f(d * self.scale) for d in dash)
        self._code.append(f"q {colour_ops(colour)[1]} {_f(width * self.scale)} w [{pattern}] 0 d 0 J")
        self._code.append(" ".join(parts) + " S Q")

    # ----- text --------------------------------------------------------------------------
    def text(self, x: float, baseline: float, text: str, size: float, colour: str, bold: bool) -> None:
        ops = self.text_run(text, size, colour, bold)
        self._code.append(f"BT {x * self.scale + self.dx:.2f} {self.dy - baseline * self.scale:.2f} Td {ops} ET")

    def text_run(self, text: str, size: float, colour: str, bold: bool) -> str:
        """The operators between `BT x y Td` and `ET` (colour, fake bold, fonts and glyphs)."""
        key = (text, size, colour, bold, self.scale)
        ops = self._cache.get(key)
        if ops is None:
            page_size = size * self.scale
            fill, stroke = colour_ops(colour)
            mode = f"2 Tr {stroke} {_f(page_size * BOLD_STROKE)} w" if bold else "0 Tr"
            ops = self._cache[key] = f"{fill} {mode} {self.text_ops(text, page_size)}"
        return ops

    def text_ops(self, text: str, page_size: float) -> str:
        """Tf/Tj operators for `text` at `page_size` points, one run per font and subset."""
        return self.encoder.ops(text, page_size)

    def text_width(self, text: str, size: float, bold: bool) -> float:
        return text_width(text, size)


def _rounded(w: float, h: float, r: float, rounded_bottom: bool) -> str:
    """A closed path from (0, 0) = top-left to (w, -h) in points (page y up): top corners rounded,
    the bottom ones too when asked."""
    k = r * KAPPA

    def p(x: float, y: float) -> str:
        return f"{x:.2f} {-y:.2f}"

    parts = [f"{p(r, 0)} m", f"{p(w - r, 0)} l", f"{p(w - r + k, 0)} {p(w, r - k)} {p(w, r)} c"]
    if rounded_bottom:
        parts += [
            f"{p(w, h - r)} l",
            f"{p(w, h - r + k)} {p(w - r + k, h)} {p(w - r, h)} c",
            f"{p(r, h)} l",
            f"{p(r - k, h)} {p(0, h - r + k)} {p(0, h - r)} c",
        ]
    else:
        parts += [f"{p(w, h)} l", f"{p(0, h)} l"]
    parts += [f"{p(0, r)} l", f"{p(0, r - k)} {p(r - k, 0)} {p(r, 0)} c h"]
    return " ".join(parts)


def draw_text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    size: float,
    colour: str = "#202020",
    cache: dict[object, str] | None = None,
) -> float:
    """Plain text at page point (x, y baseline) with font fallback; returns its width in points.
    With a `cache` (one per document), a repeated text is formatted once."""
    key = ("plain", text, size, colour)
    ops = cache.get(key) if cache is not None else None
    if ops is None:
        ops = f"{colour_ops(colour)[0]} 0 Tr {encoder_for(canvas).ops(text, size)}"
        if cache is not None:
            cache[key] = ops
    append_ops(canvas, f"BT {x:.2f} {y:.2f} Td {ops} ET")
    return text_width(text, size)


def stroke_lines(canvas: Canvas, segments: list[tuple[float, float, float, float]], grey: float, width: float) -> str:
    """Operators for straight segments in page points (for marks and rules): q … S Q."""
    body = " ".join(f"{x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l" for x0, y0, x1, y1 in segments)
    return f"q {grey:.2f} G {width:.2f} w [] 0 d {body} S Q"
