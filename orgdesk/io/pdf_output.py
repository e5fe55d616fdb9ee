"""Cheaper page objects for documents of hundreds of sheets (the tiled chart).

reportlab gives every page its own resource dictionary (fonts, forms) and compresses its content
at zlib's default level. A tiled chart has ~700 sheets that use the same fonts and a handful of
shape forms, so here every page points at one shared resource dictionary (listing every form),
and content streams are compressed at level 1 (about 3× faster; the file grows by a few %).
Pages with anything the shared dictionary does not cover (transparency, colour spaces, shadings)
keep their own.
"""

from __future__ import annotations

import zlib
from typing import Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFObject, PDFObjectReference, PDFResourceDictionary, PDFStream
from reportlab.pdfgen.canvas import Canvas


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
        document = canvas._doc
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
        if page.ExtGState or page._colorsUsed or page._shadingsUsed:
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
