"""Turn duty lists (职责) pasted from Word, WPS, PDF or OCR into ordered, levelled items.

Pasted text is messy: numbering comes in many forms (``1.`` ``（1）`` ``①`` ``一、`` …), OCR turns
brackets into commas (``,三,``) and ``、`` into ``(`` (``3(``), PDF lines break in the middle of a
word, and whole lists are sometimes run together in one paragraph (``职责1、负责A;2、负责B``).

The parser works in a few linear passes:

1. clean each line (``~`` → ``，``, trim whitespace, drop blank lines);
2. group lines into paragraphs: a numbered line starts one, an unnumbered line continues the
   previous one (before the first item it is a heading instead);
3. cut paragraphs that contain an inline list at its numbers;
4. give every numbered piece a level from a Word-like outline stack of numbering styles.

No regex has nested or overlapping repetition, each line is looked at a fixed number of times,
and the inline-list check is two passes over its candidates, so the whole parse is linear in the
size of the input.  No Qt and no database here: the UI, the importers and
the command line all call :func:`parse_duties`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum
from itertools import pairwise

__all__ = ["DutyItem", "duties_to_json", "parse_duties"]


@dataclass(frozen=True, slots=True)
class DutyItem:
    """One duty: ``level`` 0 is a heading line (``市场部主要职责``), 1 a top-level item, 2 nested, …"""

    level: int
    text: str


class _Style(Enum):
    """Numbering styles.  Forms that mean the same thing in a document share a style."""

    ARABIC = "1."  # 1. 1． 1、 1) 1） 3( ⒈
    PAREN_ARABIC = "(1)"  # (1) （1） ,1, ⑴
    CIRCLED = "①"
    CHINESE = "一、"  # 一、 一.
    PAREN_CHINESE = "(一)"  # (一) （一） ,一,


# Every character str.strip() treats as whitespace (all are below U+3001; this includes the
# full-width space U+3000), plus the invisible characters Word and web pages leave at line ends.
# Listed once so that trimming is one linear str.strip call rather than a backtracking regex.
_SPACE = "".join(chr(c) for c in range(0x3001) if chr(c).isspace()) + "\u200b\u200c\u200d\u2060\ufeff"
# Trimmed from the end of a piece of text that is followed by an inline number ("职责：1、负责A；2、").
_SEPARATORS = ";；,，。:：" + _SPACE
_COLONS = ":：" + _SPACE

# Numbers: 1 to 3 digits (so years, phone numbers and "10000号" are never numbers), and Chinese
# numerals 一 … 九十九 written the usual way (十, 十四, 二十, 九十九).
_ARABIC_NUMBER = r"\d{1,3}"
_CHINESE_NUMBER = "(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"

# The numbering at the start of a (stripped) line, after an optional list bullet ("- 1、" as web
# pages render lists).  The first one or two characters decide which branch can match, so the
# alternatives never compete; the group that matched names the _Style.
# A dot followed by a digit is a decimal ("3.5倍", "4.2%"), not a number.
_LINE_NUMBER = re.compile(
    rf"""
    (?: [-•·●▪■◆*] \s* )?
    (?: (?P<ARABIC>         {_ARABIC_NUMBER} (?: [、)）(] | [.．](?!\d) )  # OCR reads 3、 as 3(
                          | [\u2488-\u249b] )                                # ⒈ … ⒛
      | (?P<PAREN_ARABIC>   [(（] \s* {_ARABIC_NUMBER} \s* [)）]
                          | [,，] {_ARABIC_NUMBER} [,，]                     # OCR reads (1) as ,1,
                          | [\u2474-\u2487] )                                # ⑴ … ⒇
      | (?P<CIRCLED>        [\u2460-\u2473] )                                # ① … ⑳
      | (?P<CHINESE>        {_CHINESE_NUMBER} (?: 、 | [.．](?!\d) ) )
      | (?P<PAREN_CHINESE>  [(（] \s* {_CHINESE_NUMBER} \s* [)）]
                          | [,，] {_CHINESE_NUMBER} [,，] )                   # OCR reads (一) as ,一,
    )
    """,
    re.VERBOSE,
)

# A number inside a paragraph that might start an inline item ("市场部职责1、负责A;2、负责B").
# It must be a whole number (not the tail of "V2", "3.1" or "10000"), written "1、" or "1.", and
# followed by something other than a digit: that rules out "3.5", "4.2%", "1、2号线" and a
# dangling "3、" at the very end.  Whether it really starts an item is decided by
# _inline_cuts, which also requires a consecutive run 1, 2, 3….
_INLINE_NUMBER = re.compile(rf"(?<![\dA-Za-z.．])({_ARABIC_NUMBER})([、.．])(?=\D)")
_DIGIT = re.compile(r"\d")
_STYLE_BY_NAME = {style.name: style for style in _Style}


@dataclass(slots=True)
class _Paragraph:
    """A numbered line (or a heading line) with the unnumbered lines that continue it."""

    style: _Style | None  # None: a heading line, before the first item
    body_start: int  # where the text after the number starts in the first line
    lines: list[str]
    holds_items: bool  # numbered, or a heading line with an inline list in it

    def text(self) -> str:
        return _join_lines(self.lines)


@dataclass(slots=True)
class _Outline:
    """Assigns levels like a Word outline: numbering styles nest in order of first appearance."""

    items: list[DutyItem] = field(default_factory=list)
    styles: list[_Style] = field(default_factory=list)

    def add(self, style: _Style | None, text: str) -> None:
        if style is None:
            if text:  # a heading of only a colon says nothing
                self.items.append(DutyItem(0, text))
            return
        if self.styles and self.styles[-1] is style:  # the next item of the same list
            pass
        elif style in self.styles:  # back out to the list this style started
            del self.styles[self.styles.index(style) + 1 :]
        else:  # a new style opens a nested list
            self.styles.append(style)
        self.items.append(DutyItem(len(self.styles), text))


def parse_duties(text: str) -> list[DutyItem]:
    """Split pasted duty text into items in document order.

    Never raises; any string gives a (possibly empty) list.
    """
    outline = _Outline()
    for paragraph in _paragraphs(_clean_lines(text)):
        for style, piece in _pieces(paragraph):
            outline.add(style, piece)
    return outline.items


def duties_to_json(items: list[DutyItem]) -> list[dict[str, object]]:
    """Plain JSON-ready dicts, e.g. ``[{"level": 1, "text": "营收管理。"}]``."""
    return [{"level": item.level, "text": item.text} for item in items]


def _clean_lines(text: str) -> Iterator[str]:
    for raw in text.splitlines():
        # The source documents use "~" where a comma was meant.  Replace it before looking for
        # numbers so that the result reads the same when it is pasted back in.
        line = raw.replace("~", "，").strip(_SPACE)
        if line:
            yield line


def _paragraphs(lines: Iterator[str]) -> Iterator[_Paragraph]:
    current: _Paragraph | None = None
    for line in lines:
        number = _LINE_NUMBER.match(line)
        if number is not None:
            if current is not None:
                yield current
            current = _Paragraph(_style_of(number), number.end(), [line], holds_items=True)
        elif current is not None and (current.holds_items or _continues_inline_list(current.lines[0], line)):
            # Once there is an item, an unnumbered line is the rest of it: a wrapped line or a
            # sentence broken off.
            current.lines.append(line)
            current.holds_items = True
        else:
            # Before the first item every unnumbered line is a heading ("市场部主要职责:"); one
            # with an inline list in it ("市场部职责1、负责A;2、负责B") also holds items.
            if current is not None:
                yield current
            current = _Paragraph(None, 0, [line], holds_items=bool(_inline_cuts(line)))
    if current is not None:
        yield current


def _continues_inline_list(heading: str, line: str) -> bool:
    """Whether an inline list begun in a heading line goes on in the next line.

    ("市场部职责：1、负责市场" + "研究；2、负责营销")  Only then is the next line part of it rather
    than a heading of its own; a list that lies wholly in the next line starts a new paragraph.
    """
    if _DIGIT.search(heading) is None:  # the common case, and cheap to rule out
        return False
    return any(start < len(heading) for start, _ in _inline_cuts(_join_lines([heading, line])))


def _pieces(paragraph: _Paragraph) -> Iterator[tuple[_Style | None, str]]:
    """The paragraph's own item (or heading), then one arabic item per inline number."""
    text = paragraph.text()
    # A heading that holds no items is one line already known to have no inline list.
    cuts = _inline_cuts(text) if paragraph.holds_items else []
    first_cut = cuts[0][0] if cuts else len(text)
    if first_cut >= paragraph.body_start:  # else the paragraph's own number is the first cut
        head = text[paragraph.body_start : first_cut].strip(_SPACE)
        if cuts:
            head = head.rstrip(_SEPARATORS)  # "市场部职责：" before "1、负责A"
        elif paragraph.style is None:
            head = head.rstrip(_COLONS)  # the heading "市场部主要职责:"
        yield paragraph.style, head
    for index, (_, body_start) in enumerate(cuts):
        if index + 1 < len(cuts):
            yield _Style.ARABIC, text[body_start : cuts[index + 1][0]].strip(_SPACE).rstrip(_SEPARATORS)
        else:
            yield _Style.ARABIC, text[body_start:].strip(_SPACE)  # keep the final "。"


def _style_of(number: re.Match[str]) -> _Style:
    # The regex's group names are the style names; exactly one of them matched.
    return _STYLE_BY_NAME[number.lastgroup or ""]


def _inline_cuts(text: str) -> list[tuple[int, int]]:
    """(start, end) of the inline numbers that begin items, in order.

    A number is kept only if it belongs to a run 1, 2, 3 … of at least two numbers written the same
    way ("1、…2、" or "1.…2."), so stray numbers in a sentence never split it.  Two passes over
    the candidates keep this linear: forwards to find which n can continue a run (n-1 came
    before), backwards to find which 1s are followed by a 2.
    """
    found = [
        (match.start(), match.end(), int(match.group(1)), "、" if match.group(2) == "、" else ".")
        for match in _INLINE_NUMBER.finditer(text)
    ]
    if len(found) < 2:  # most paragraphs: no run is possible
        return []
    keep = [False] * len(found)
    reached: dict[str, set[int]] = {"、": set(), ".": set()}
    for index, (_, _, number, form) in enumerate(found):
        if number == 1 or number - 1 in reached[form]:
            reached[form].add(number)
            keep[index] = number > 1
    two_follows = {"、": False, ".": False}
    for index in range(len(found) - 1, -1, -1):
        _, _, number, form = found[index]
        if number == 2:
            two_follows[form] = True
        elif number == 1 and two_follows[form]:
            keep[index] = True
    return [(start, end) for (start, end, _, _), kept in zip(found, keep, strict=True) if kept]


def _join_lines(lines: list[str]) -> str:
    """Undo line wrapping: a space between Latin words, none next to Chinese ("编" + "制")."""
    if len(lines) == 1:
        return lines[0]
    parts = [lines[0]]
    for before, after in pairwise(lines):
        if not (_is_cjk(before[-1]) or _is_cjk(after[0])):
            parts.append(" ")
        parts.append(after)
    return "".join(parts)


def _is_cjk(char: str) -> bool:
    # Wide or full-width: Han, kana, Hangul, CJK punctuation and full-width forms.
    return unicodedata.east_asian_width(char) in ("W", "F")
