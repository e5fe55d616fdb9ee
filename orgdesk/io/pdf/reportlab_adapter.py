"""The one module that reaches into reportlab's private internals.

OrgDesk writes PDF operators straight into a canvas's page (`_code`), lists its shape forms in the
page's resources (`_formsinuse`), shares one resource dictionary between hundreds of pages, and
mends reportlab's ToUnicode maps; none of that has a public API. Everything of that kind is here,
so that a reportlab release that changes it breaks this file only: `check_reportlab()` runs before
the first PDF of a process and fails loudly, naming what changed, instead of writing a broken file.
pyproject.toml pins reportlab to the major version below.

Cheaper page objects for documents of hundreds of sheets (the tiled chart): reportlab gives every
page its own resource dictionary (fonts, forms) and compresses its content at zlib's default level.
A tiled chart has ~700 sheets that use the same fonts and a handful of shape forms, so here every
page points at one shared resource dictionary (listing every form), and content streams are
compressed at level 1 (about 3× faster; the file grows by a few %). Pages with anything the shared
dictionary does not cover (transparency, colour spaces, shadings) keep their own.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable
from functools import cache
from typing import Any

import reportlab
from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfdoc, ttfonts
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFObject, PDFObjectReference, PDFResourceDictionary, PDFStream
from reportlab.pdfgen.canvas import Canvas

SUPPORTED_MAJOR = 5  # the reportlab major version the suite runs against (pyproject.toml: >=5,<6)


class ReportlabChanged(RuntimeError):
    """The installed reportlab lacks an internal this module relies on."""


# ----- the check -------------------------------------------------------------------------------
def _probe_canvas() -> Canvas:
    from io import BytesIO

    return Canvas(BytesIO())


_CANVAS_INTERNALS = ("_code", "_doc", "_formsinuse", "_pagesize")
_PAGE_INTERNALS = ("_colorsUsed", "_shadingsUsed", "XObjects", "stream", "Annots", "Rotate", "Dur")
_DOCUMENT_INTERNALS = ("addPage", "Reference", "Pages", "getXObjectName")


def internals_missing(version: str | None = None) -> list[str]:
    """What this module needs from reportlab and does not find (empty when all is there)."""
    found_version = version if version is not None else str(getattr(reportlab, "Version", "?"))
    missing: list[str] = []
    if found_version.split(".")[0] != str(SUPPORTED_MAJOR):
        missing.append(f"version {SUPPORTED_MAJOR}.x (found {found_version})")
    canvas = _probe_canvas()
    missing += [f"Canvas.{name}" for name in _CANVAS_INTERNALS if not hasattr(canvas, name)]
    if isinstance(getattr(canvas, "_code", None), list) is False:
        missing.append("Canvas._code as a list of operators")
    document = getattr(canvas, "_doc", None)
    missing += [f"PDFDocument.{name}" for name in _DOCUMENT_INTERNALS if not hasattr(document, name)]
    page = pdfdoc.PDFPage()
    missing += [f"PDFPage.{name}" for name in _PAGE_INTERNALS if not hasattr(page, name)]
    missing += [f"ttfonts.{name}" for name in ("makeToUnicodeCMap",) if not hasattr(ttfonts, name)]
    font_methods = ("splitString", "getSubsetInternalName")
    missing += [f"TTFont.{name}" for name in font_methods if not hasattr(ttfonts.TTFont, name)]
    return missing


@cache
def check_reportlab() -> None:
    """Raise ReportlabChanged naming every internal that is gone (once per process)."""
    missing = internals_missing()
    if missing:
        raise ReportlabChanged(
            f"reportlab {getattr(reportlab, 'Version', '?')} is not the one OrgDesk's PDF code was written for: "
            f"missing {', '.join(missing)} (orgdesk/io/pdf/reportlab_adapter.py; pyproject.toml pins the version)"
        )


# ----- a canvas's page -------------------------------------------------------------------------
def page_ops(canvas: Canvas) -> list[str]:
    """The current page's operator list (new per page): appending to it draws."""
    code: list[str] = canvas._code
    return code


def append_ops(canvas: Canvas, ops: str) -> None:
    canvas._code.append(ops)


def use_forms(canvas: Canvas, names: Iterable[str]) -> None:
    """List form XObjects in the current page's resources (reportlab's doForm does this; operators
    written straight into the page must say it themselves, or viewers draw nothing)."""
    canvas._formsinuse.extend(names)


def pdf_document(canvas: Canvas) -> Any:
    """reportlab's document object behind a canvas (one per output file)."""
    return canvas._doc


def page_size(canvas: Canvas) -> tuple[float, float]:
    width, height = canvas._pagesize
    return float(width), float(height)


def form_name(canvas: Canvas, name: str) -> str:
    """The resource name reportlab gives the form `name` ("FormXob.name")."""
    return str(pdf_document(canvas).getXObjectName(name))


# ----- fonts -----------------------------------------------------------------------------------
def use_binary_streams() -> None:
    """zlib-only streams: reportlab's ASCII85 step runs in pure Python and costs seconds for a
    10,000-unit chart, for nothing a PDF reader needs."""
    rl_config.useA85 = 0


def mend_to_unicode_maps(mend: Callable[[Callable[[str, list[int]], str], str, list[int]], str]) -> None:
    """Route reportlab's ToUnicode CMaps of font subsets through `mend(original, font, subset)`."""
    original = _ORIGINAL_CMAP

    def mended(font_name: str, subset: list[int]) -> str:
        return mend(original, font_name, subset)

    ttfonts.makeToUnicodeCMap = mended


_ORIGINAL_CMAP: Callable[[str, list[int]], str] = ttfonts.makeToUnicodeCMap


def subset_code(font: Any, char: str, document: Any) -> tuple[str, int]:
    """(subset font name such as "/F1+0", byte code) of `char` in the document's subset of a
    TrueType font; the first call for a character registers it in the subset that gets embedded."""
    ((subset, data),) = font.splitString(char, document)
    return str(font.getSubsetInternalName(subset, document)), data[0]


# ----- shared page resources ---------------------------------------------------------------------
class _QuickFlate:
    """A FlateDecode filter at compression level 1."""

    pdfname = "FlateDecode"

    def encode(self, text: str | bytes) -> bytes:
        data = text.encode("utf8") if isinstance(text, str) else text
        return zlib.compress(data, 1)

    def decode(self, encoded: bytes) -> bytes:
        return zlib.decompress(encoded)


QUICK_FLATE = _QuickFlate()


class SharedResources:
    """Installed on a canvas before its first page; `close()` before `canvas.save()`."""

    def __init__(self, canvas: Canvas) -> None:
        document = pdf_document(canvas)
        self.document = document
        self.resources = PDFResourceDictionary()
        self.resources.basicFonts()
        self.resources.allProcs()  # what reportlab lists for every page (it marks them all as having images)
        self.reference = document.Reference(self.resources)
        self.forms: dict[str, PDFObjectReference] = {}
        text_only = PDFResourceDictionary()
        text_only.basicFonts()
        text_only.allProcs()
        self.text_only = document.Reference(text_only)  # for forms of plain text (the booklet's page numbers)
        self.add_page = document.addPage
        document.addPage = self._add_page

    def _add_page(self, page: Any) -> None:
        if getattr(page, "ExtGState", None) or page._colorsUsed or page._shadingsUsed:
            self.add_page(page)  # reportlab's own page, with its own resources
            return
        if page.XObjects is not None:
            self.forms.update(page.XObjects.dict)
        contents = PDFStream(content=page.stream or " ", filters=[QUICK_FLATE])
        plain = not (page.Annots or page.Rotate or page.Dur is not None or _boxes(page))
        if plain:
            self.add_page(_QuickPage(page.pagewidth, page.pageheight, contents, self.reference))
            return
        page.Resources, page.Contents = self.reference, contents
        self.add_page(page)

    def close(self) -> None:
        """Fill the shared dictionary with every form the pages use."""
        if self.forms:
            self.resources.XObject = PDFDictionary(self.forms)


def _boxes(page: Any) -> bool:
    return any(getattr(page, f"{box}Box", None) for box in ("Crop", "Art", "Bleed", "Trim"))


class _QuickPage(PDFObject):  # type: ignore[misc]  # reportlab is untyped
    """A page dictionary written in one step: reportlab's PDFPage goes through its generic
    dictionary formatting (sorting, escaping names), ~1 ms a page for 3,000 sheets."""

    def __init__(self, width: float, height: float, contents: PDFStream, resources: PDFObjectReference) -> None:
        self.media_box = f"[ 0 0 {fp_str(width)} {fp_str(height)} ]"
        self.contents, self.resources = contents, resources

    def format(self, document: Any) -> bytes:
        parent = document.Reference(document.Pages).format(document).decode()
        contents = document.Reference(self.contents).format(document).decode()
        resources = self.resources.format(document).decode()
        return (
            f"<<\n/Contents {contents} /MediaBox {self.media_box} /Parent {parent} /Resources {resources} "
            "/Rotate 0\n  /Type /Page\n>>"
        ).encode("ascii")
