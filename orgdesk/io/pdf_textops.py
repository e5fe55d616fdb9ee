"""Text as PDF operators, fast: each character is given its place in a font subset once per document.

reportlab's `TTFont.splitString` assigns every new character a (subset, byte) code in the
document's subset of that font, but it walks the whole string each time and its callers escape
the result byte by byte. A 10,000-unit chart prints ~50,000 strings, so here each character is
looked up in reportlab once (which registers it in the subset that gets embedded) and then kept
as (subset font name, byte); a string becomes hex string operands (`<4e2d> Tj`), which need no
escaping. The operators name the document's own subset fonts: one encoder per document.
"""

from __future__ import annotations

from itertools import groupby
from operator import itemgetter
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase.pdfmetrics import getFont

from orgdesk.io.pdf_fonts import CJK, font_of, register_fonts

Runs = tuple[tuple[str, str], ...]  # (subset font name such as "/F1+0", hex codes)


class TextEncoder:
    """Operators for strings in one reportlab document (`canvas._doc`)."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.codes: dict[str, tuple[str, int]] = {}  # char → (subset font name, code in it)
        self.encoded: dict[str, Runs] = {}
        self.fonts: dict[str, Any] = {}

    def ops(self, text: str, size: float) -> str:
        """`Tf`/`Tj` operators drawing `text` at `size` points from the current text position."""
        return " ".join(f"{name} {size:.2f} Tf <{codes}> Tj" for name, codes in self.runs(text))

    def runs(self, text: str) -> Runs:
        found = self.encoded.get(text)
        if found is not None:
            return found
        codes, assign = self.codes, self._assign
        entries = [codes.get(char) or assign(char) for char in text]
        names = {name for name, _ in entries}
        if len(names) == 1:  # the usual case: one subset of one font
            runs: Runs = ((entries[0][0], bytes([code for _, code in entries]).hex()),)
        else:
            runs = tuple(
                (name, bytes([code for _, code in group]).hex()) for name, group in groupby(entries, key=itemgetter(0))
            )
        self.encoded[text] = runs
        return runs

    def _assign(self, char: str) -> tuple[str, int]:
        """Let reportlab place `char` in its font's subset (a character no font has gets the CJK
        font's empty box, which the export warned about beforehand)."""
        font_name = font_of(char) or CJK
        font = self.fonts.get(font_name)
        if font is None:
            font = self.fonts[font_name] = getFont(font_name)
        ((subset, data),) = font.splitString(char, self.document)
        entry = self.codes[char] = (font.getSubsetInternalName(subset, self.document), data[0])
        return entry


_ENCODERS: WeakKeyDictionary[Any, TextEncoder] = WeakKeyDictionary()


def encoder_for(canvas: Any) -> TextEncoder:
    """The encoder of the canvas's document (made on first use, dropped with the document)."""
    document = canvas._doc
    encoder = _ENCODERS.get(document)
    if encoder is None:
        register_fonts()
        encoder = _ENCODERS[document] = TextEncoder(document)
    return encoder
