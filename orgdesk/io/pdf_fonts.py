"""The fonts of the PDF, PNG and SVG exports: two bundled TrueType fonts, chosen per character.

Droid Sans Fallback has the Chinese characters but no Latin letters, digits or `·`; DejaVu Sans
has those. Each string is cut into runs of one font (DejaVu first for what it has below the CJK
blocks, Droid for the rest). reportlab embeds both as subsets, so `pdffonts` lists them embedded
and `pdftotext` gets the text back. Characters neither font has are found before export
(`missing_characters`) so the user is told which units and posts would show empty boxes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from pathlib import Path
from typing import cast

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from orgdesk.domain.document import Document
from orgdesk.domain.entities import AssignmentKind, OwnerKind, Person, Unit
from orgdesk.resources import resource

CJK = "OrgDeskCJK"  # Droid Sans Fallback
LATIN = "OrgDeskLatin"  # DejaVu Sans
CJK_FILE = "DroidSansFallbackFull.ttf"
LATIN_FILE = "DejaVuSans.ttf"
LATIN_BELOW = 0x2E80  # DejaVu draws what it has below the CJK radicals; Droid the rest


def font_path(file_name: str) -> Path:
    return resource("fonts", file_name)


@cache
def register_fonts() -> tuple[TTFont, TTFont]:
    """Register both fonts with reportlab (once per process) and return (CJK, Latin).

    Also switches reportlab to binary (zlib only) streams: its ASCII85 step runs in pure Python
    and costs seconds for a 10,000-unit chart, for nothing a PDF reader needs."""
    rl_config.useA85 = 0
    cjk = TTFont(CJK, str(font_path(CJK_FILE)))
    latin = TTFont(LATIN, str(font_path(LATIN_FILE)))
    pdfmetrics.registerFont(cjk)
    pdfmetrics.registerFont(latin)
    return cjk, latin


@cache
def _tables() -> tuple[dict[int, float], dict[int, float], float]:
    """Widths per 1000 units of em: (Droid's, DejaVu's, DejaVu's default)."""
    cjk, latin = register_fonts()
    return cjk.face.charWidths, latin.face.charWidths, latin.face.defaultWidth


def font_of(char: str) -> str | None:
    """The font that draws `char`, or None when neither has it."""
    code = ord(char)
    cjk_widths, latin_widths, _ = _tables()
    if code < LATIN_BELOW and code in latin_widths:
        return LATIN
    if code in cjk_widths:
        return CJK
    if code in latin_widths:
        return LATIN
    return None


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
        widths = latin_widths if font_of(char) == LATIN else cjk_widths
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


def unsupported(text: str) -> str:
    """The characters of `text` that neither font has, each once, in order of appearance."""
    missing = set(text).difference(_drawable())
    if not missing:
        return ""
    return "".join(dict.fromkeys(c for c in text if c in missing and c.isprintable()))


def missing_in(items: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(label, characters) of the (label, text) items with characters no font has."""
    pairs = list(items)
    if not unsupported("".join(text for _, text in pairs)):  # the usual case, checked in one pass
        return []
    found = [(label, unsupported(text)) for label, text in pairs]
    return [(label, chars) for label, chars in found if chars]


# ----- what the user is told before export -----------------------------------------------
def missing_characters(document: Document, scenario_id: int, root_id: int | None = None) -> list[tuple[str, str]]:
    """(item, characters) for every unit, post, person, duty and KPI text under `root_id` (the whole
    scenario by default) that has characters neither bundled font can draw."""
    return missing_in(_texts(document, scenario_id, root_id))


def _texts(document: Document, scenario_id: int, root_id: int | None) -> Iterator[tuple[str, str]]:
    root = document.unit(root_id) if root_id is not None else document.root(scenario_id)
    if root is None:
        return
    yield "", document.organisation.name
    for unit in document.subtree(root):
        yield unit.name, " ".join((unit.name, unit.short_name, unit.description))
        yield from _owned_texts(document, OwnerKind.UNIT, unit.id, unit.name)
        yield from _post_texts(document, unit)


def _post_texts(document: Document, unit: Unit) -> Iterator[tuple[str, str]]:
    for position in document.positions_of(unit.id):
        label = f"{unit.name} / {position.title}"
        yield (
            label,
            " ".join((position.title, position.grade, position.category, position.purpose, position.qualifications)),
        )
        yield from _owned_texts(document, OwnerKind.POSITION, position.id, label)
        for assignment in document.assignments_of_position(position.id):
            person = document.get("person", assignment.person_id)
            if isinstance(person, Person):
                kind = "" if assignment.kind == AssignmentKind.PRIMARY else f" ({assignment.kind})"
                yield f"{label} / {person.name}{kind}", person.name


def _owned_texts(document: Document, owner_kind: OwnerKind, owner_id: int, label: str) -> Iterable[tuple[str, str]]:
    duties = " ".join(d.heading + " " + d.text for d in document.duties_of(owner_kind, owner_id))
    kpis = " ".join(
        " ".join((k.name, k.definition, k.target, k.measure_unit)) for k in document.kpis_of(owner_kind, owner_id)
    )
    return cast(list[tuple[str, str]], [(label, duties), (label, kpis)])
