"""The fonts of the PDF, PNG and SVG exports: two bundled TrueType fonts, chosen per character,
and installed fallback fonts for rare characters.

Droid Sans Fallback has the Chinese characters but no Latin letters, digits or `·`; DejaVu Sans
has those. Each string is cut into runs of one font (DejaVu first for what it has below the CJK
blocks, Droid for the rest). reportlab embeds them as subsets, so `pdffonts` lists them embedded
and `pdftotext` gets the text back.

Neither has the rarer ideographs of CJK Extensions A and B (䶮, 𠮷) that some personal names use.
When a TrueType font that has them is installed (the Hanazono fonts, Debian's fonts-hanazono:
HanaMinA/HanaMinB, free under the SIL Open Font Licence; Windows' SimSun-ExtB), such characters
are drawn and embedded from it. It is looked for only when a text has a character the bundled
fonts lack (reading a 20-30 MB font costs ~0.2 s). Characters no font has are found before export
(orgdesk.io.glyph_check) so the user is told which items would show empty boxes.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable
from functools import cache, lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from orgdesk.io.pdf.reportlab_adapter import check_reportlab, mend_to_unicode_maps, use_binary_streams
from orgdesk.resources import resource

CJK = "OrgDeskCJK"  # Droid Sans Fallback
LATIN = "OrgDeskLatin"  # DejaVu Sans
CJK_FILE = "DroidSansFallbackFull.ttf"
LATIN_FILE = "DejaVuSans.ttf"
LATIN_BELOW = 0x2E80  # DejaVu draws what it has below the CJK radicals; Droid the rest
FALLBACK = "OrgDeskRare"  # + a number: the installed fonts for rare characters, in the order below
FALLBACK_FILES = (  # TrueType outlines (reportlab embeds no CFF) with CJK Ext. A and B
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
    "/usr/local/share/fonts/HanaMinA.ttf",
    "/usr/local/share/fonts/HanaMinB.ttf",
    os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Fonts", "simsunb.ttf"),
)
FALLBACK_VARIABLE = "ORGDESK_FALLBACK_FONTS"  # more .ttf files to try first (os.pathsep between), or "none"


def font_path(file_name: str) -> Path:
    return resource("fonts", file_name)


def font_file(font_name: str) -> Path:
    """The file of one of our fonts (by its reportlab name), for the PNG export."""
    if font_name == LATIN:
        return font_path(LATIN_FILE)
    for name, path, _ in fallback_fonts():
        if name == font_name:
            return path
    return font_path(CJK_FILE)


@cache
def register_fonts() -> tuple[TTFont, TTFont]:
    """Register both fonts with reportlab (once per process) and return (CJK, Latin).

    Also switches reportlab to binary (zlib only) streams: its ASCII85 step runs in pure Python
    and costs seconds for a 10,000-unit chart, for nothing a PDF reader needs."""
    check_reportlab()
    use_binary_streams()
    mend_to_unicode_maps(_to_unicode_cmap)
    cjk = TTFont(CJK, str(font_path(CJK_FILE)))
    latin = TTFont(LATIN, str(font_path(LATIN_FILE)))
    pdfmetrics.registerFont(cjk)
    pdfmetrics.registerFont(latin)
    return cjk, latin


def _to_unicode_cmap(reportlab_cmap: Callable[[str, list[int]], str], font_name: str, subset: list[int]) -> str:
    """reportlab's ToUnicode CMap of a font subset, with characters beyond U+FFFF written as UTF-16
    surrogate pairs: reportlab writes their code point as is (<20BB7>), so pdftotext and viewers
    read 𠮷 (U+20BB7) back as ₻ (U+20BB)."""
    cmap = reportlab_cmap(font_name, subset)
    if all(code <= 0xFFFF for code in subset):
        return cmap
    for index, code in enumerate(subset):
        if code > 0xFFFF:
            cmap = cmap.replace(
                f"<{index:02X}> <{code:04X}>", f"<{index:02X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
            )
    return cmap


@cache
def _tables() -> tuple[dict[int, float], dict[int, float], float]:
    """Widths per 1000 units of em: (Droid's, DejaVu's, DejaVu's default)."""
    cjk, latin = register_fonts()
    return cjk.face.charWidths, latin.face.charWidths, latin.face.defaultWidth


def font_of(char: str) -> str | None:
    """The font that draws `char`, or None when no font has it."""
    code = ord(char)
    cjk_widths, latin_widths, _ = _tables()
    if code < LATIN_BELOW and code in latin_widths:
        return LATIN
    if code in cjk_widths:
        return CJK
    if code in latin_widths:
        return LATIN
    for name, _, widths in fallback_fonts():
        if code in widths:
            return name
    return None


@cache
def fallback_fonts() -> tuple[tuple[str, Path, dict[int, float]], ...]:
    """(reportlab name, file, widths) of the installed fonts for rare characters, registered with
    reportlab on first need; fonts that cannot be read or forbid embedding are skipped. The
    variable ORGDESK_FALLBACK_FONTS=none turns them off (the same output on every machine)."""
    setting = os.environ.get(FALLBACK_VARIABLE, "")
    if setting.strip().lower() == "none":
        return ()
    extra = [entry for entry in setting.split(os.pathsep) if entry]
    found: list[tuple[str, Path, dict[int, float]]] = []
    for file_name in dict.fromkeys([*extra, *FALLBACK_FILES]):
        path = Path(file_name)
        if not path.is_file():
            continue
        name = f"{FALLBACK}{len(found) + 1}"
        try:
            font = TTFont(name, str(path))
        except (TTFError, OSError, ValueError, KeyError, IndexError):  # damaged, CFF, or no embedding allowed
            continue
        pdfmetrics.registerFont(font)
        found.append((name, path, font.face.charWidths))
    return tuple(found)


@lru_cache(maxsize=65536)
def runs(text: str) -> tuple[tuple[str, str], ...]:
    """`text` cut into (font name, piece) runs; characters no font has go with their neighbours
    (they show as an empty box, which `missing_characters` warns about)."""
    result: list[tuple[str, str]] = []
    current = ""
    start = 0
    for index, char in enumerate(text):
        font = font_of(char) or current or CJK
        if font != current:
            if index > start:
                result.append((current, text[start:index]))
            current, start = font, index
    if text:
        result.append((current or CJK, text[start:]))
    return tuple(result)


class _CharWidths(dict[str, float]):
    """char → width in 1/1000 em in the font that draws it, filled on first use of each character.
    A character no font has gets the default width whichever font's run it ends up in."""

    def __missing__(self, char: str) -> float:
        cjk_widths, latin_widths, default = _tables()
        font = font_of(char)
        widths = latin_widths if font == LATIN else cjk_widths
        if font is not None and font.startswith(FALLBACK):
            widths = next(w for name, _, w in fallback_fonts() if name == font)
        width = self[char] = widths.get(ord(char), default)
        return width


_WIDTHS_1000 = _CharWidths()


@lru_cache(maxsize=65536)
def _width_1000(text: str) -> float:
    return sum(map(_WIDTHS_1000.__getitem__, text))


class _EmWidths(dict[str, float]):
    """char → width in em (1.0 = the font size), filled on first use of each character."""

    def __missing__(self, char: str) -> float:
        width = self[char] = _WIDTHS_1000[char] / 1000.0
        return width


CHAR_WIDTHS = _EmWidths()


def text_width(text: str, size: float) -> float:
    """Width of `text` in points at `size` (bold is drawn by stroking, so it is about as wide)."""
    return _width_1000(text) * size / 1000.0


@cache
def _drawable() -> frozenset[str]:
    cjk_widths, latin_widths, _ = _tables()
    return frozenset(map(chr, set(cjk_widths) | set(latin_widths)))


@cache
def _outside_bundled() -> re.Pattern[str]:
    """Matches a character neither bundled font has (searched in C: `set(text)` of a booklet's few
    million characters would make a string object for each one)."""
    codes = sorted(ord(char) for char in _drawable())
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    inside = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[^{inside}]")


def unsupported(text: str) -> str:
    """The characters of `text` that no font has, each once, in order of appearance."""
    if _outside_bundled().search(text) is None:  # the usual case
        return ""
    missing = set(text).difference(_drawable())
    if not missing:
        return ""
    missing = {char for char in missing if char.isprintable() and font_of(char) is None}
    return "".join(dict.fromkeys(c for c in text if c in missing))


def missing_in(items: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(label, characters) of the (label, text) items with characters no font has."""
    pairs = list(items)
    if not unsupported("".join(text for _, text in pairs)):  # the usual case, checked in one pass
        return []
    found = [(label, unsupported(text)) for label, text in pairs]
    return [(label, chars) for label, chars in found if chars]
