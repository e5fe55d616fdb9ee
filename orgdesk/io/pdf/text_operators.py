"""Text as PDF operators, fast: each character is given its place in a font subset once per document.

reportlab's `TTFont.splitString` assigns every new character a (subset, byte) code in the
document's subset of that font, but it walks the whole string each time and its callers escape
the result byte by byte. A 10,000-unit chart prints ~50,000 strings, so here each character is
looked up in reportlab once (which registers it in the subset that gets embedded) and then kept
as (subset font name, byte); a string becomes hex string operands (`<4e2d> Tj`), which need no
escaping. The operators name the document's own subset fonts: one encoder per document.
"""

from __future__ import annotations

from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase.pdfmetrics import getFont

from orgdesk.io.pdf.fonts import CJK, font_of, register_fonts
from orgdesk.io.pdf.reportlab_adapter import pdf_document, subset_code

Runs = tuple[tuple[str, str], ...]  # (subset font name such as "/F1+0", hex codes)


class TextEncoder:
    """Operators for strings in one reportlab document (`pdf_document(canvas)`)."""

    def __init__(self, document: Any) -> None:
        self.document = document
        self.codes: dict[str, tuple[str, int]] = {}  # char → (subset font name, code in it)
        self.subset_of: dict[str, str] = {}  # char → subset font name
        self.tables: dict[str, dict[int, int]] = {}  # subset font name → str.translate table to its codes
        self.encoded: dict[str, Runs] = {}
        self.fonts: dict[str, Any] = {}

    def ops(self, text: str, size: float) -> str:
        """`Tf`/`Tj` operators drawing `text` at `size` points from the current text position."""
        return " ".join(f"{name} {size:.2f} Tf <{codes}> Tj" for name, codes in self.runs(text))

    def runs(self, text: str) -> Runs:
        found = self.encoded.get(text)
        if found is not None:
            return found
        subset_of = self.subset_of
        for char in set(text).difference(subset_of):
            self._assign(char)
        names = set(map(subset_of.__getitem__, text))
        if len(names) == 1:  # the usual case, done by str methods: one subset of one font
            (name,) = names
            runs: Runs = ((name, text.translate(self.tables[name]).encode("latin-1").hex()),)
        else:  # several subsets (common in a big chart: each subset holds 256 characters)
            runs = self._split(text)
        self.encoded[text] = runs
        return runs

    def _split(self, text: str) -> Runs:
        codes = self.codes
        result: list[tuple[str, str]] = []
        current, run = "", bytearray()
        for char in text:
            name, code = codes[char]
            if name != current:
                if run:
                    result.append((current, run.hex()))
                current, run = name, bytearray()
            run.append(code)
        if run:
            result.append((current, run.hex()))
        return tuple(result)

    def _assign(self, char: str) -> None:
        """Let reportlab place `char` in its font's subset (a character no font has gets the CJK
        font's empty box, which the export warned about beforehand)."""
        font_name = font_of(char) or CJK
        font = self.fonts.get(font_name)
        if font is None:
            font = self.fonts[font_name] = getFont(font_name)
        name, code = subset_code(font, char, self.document)
        self.codes[char] = (name, code)
        self.subset_of[char] = name
        self.tables.setdefault(name, {})[ord(char)] = code


_ENCODERS: WeakKeyDictionary[Any, TextEncoder] = WeakKeyDictionary()


def encoder_for(canvas: Any) -> TextEncoder:
    """The encoder of the canvas's document (made on first use, dropped with the document)."""
    document = pdf_document(canvas)
    encoder = _ENCODERS.get(document)
    if encoder is None:
        register_fonts()
        encoder = _ENCODERS[document] = TextEncoder(document)
    return encoder
