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

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFObjectReference, PDFResourceDictionary, PDFStream
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
        if not (page.ExtGState or page._colorsUsed or page._shadingsUsed):
            if page.XObjects is not None:
                self.forms.update(page.XObjects.dict)
            page.Resources = self.reference
            stream = page.stream
            if stream:
                page.Contents = PDFStream(content=stream, filters=[QUICK_FLATE])
        self.add_page(page)

    def close(self) -> None:
        """Fill the shared dictionary with every form the pages use."""
        if self.forms:
            self.resources.XObject = PDFDictionary(self.forms)
