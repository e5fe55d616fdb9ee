"""What text a document holds: no control characters, bounded lengths.

Names arrive from spreadsheets, pasted Word text and other people's documents. A NUL or an ESC in a
name breaks the SVG export (not valid XML), prints raw escapes on a terminal and is refused by
PostgreSQL; a bidi override turns a name around on screen; a 30,000-character name takes seconds
to lay out. So every text field has a maximum length and a set of characters it may not hold:
names and other one-line fields no line breaks, longer texts (duties, descriptions) line breaks
but no other control characters. Edits are refused with a message (`text_problem`); imports clean
what they read (`cleaned`) and cut what is too long with a visible mark (`fitted`).
"""

from __future__ import annotations

import re
from typing import Any

from orgdesk.domain.rules import QT_TRANSLATE_NOOP

MAX_SHORT = 200  # names, titles, codes, phone numbers …
MAX_LONG = 4000  # duties, descriptions, purposes, qualifications, KPI definitions, notes
CUT_MARK = "…"
# Fields that may hold several lines (everything else is one line).
LONG_FIELDS = frozenset({"description", "purpose", "qualifications", "notes", "text", "definition"})
# Not text: their values are checked as choices, numbers or dates elsewhere.
NOT_TEXT = frozenset(
    {"gender", "kind", "period", "direction", "owner_kind", "from_kind", "to_kind", "colour", "extra"}
)  # extra: kept columns, checked by domain.extra

TOO_LONG = QT_TRANSLATE_NOOP("Rules", "The {field} is {length} characters long; at most {limit} are allowed.")
CONTROL_CHARACTERS = QT_TRANSLATE_NOOP(
    "Rules", "The {field} contains an invisible control character ({code}); remove it and try again."
)
LINE_BREAK = QT_TRANSLATE_NOOP("Rules", "The {field} must be one line; remove the line break.")

# C0 and C1 controls, DEL, bidi embeddings/overrides/isolates, lone surrogates, non-characters.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff\ufffe\uffff"
_FORBIDDEN_LONG = re.compile(f"[{_CONTROLS}\r\t]")
_FORBIDDEN_SHORT = re.compile(f"[{_CONTROLS}\r\t\n]")
_SPACES_FOR = re.compile("[\r\n\t]+")
_DROPPED = re.compile(f"[{_CONTROLS}]")


def limit_of(field: str) -> int:
    return MAX_LONG if field in LONG_FIELDS else MAX_SHORT


def text_problem(field: str, value: str) -> tuple[str, dict[str, object]] | None:
    """(message template, parameters) if `value` may not be the `field`, else None."""
    if field in NOT_TEXT:
        return None
    long = field in LONG_FIELDS
    found = (_FORBIDDEN_LONG if long else _FORBIDDEN_SHORT).search(value)
    if found is not None:
        char = found.group()
        if char in "\r\n" and not long:
            return LINE_BREAK, {"field": field}
        if char != "\r":
            return CONTROL_CHARACTERS, {"field": field, "code": f"U+{ord(char):04X}"}
    limit = limit_of(field)
    if len(value) > limit:
        return TOO_LONG, {"field": field, "length": len(value), "limit": limit}
    return None


def cleaned(field: str, value: str) -> str:
    """`value` as the field may hold it: controls dropped, line breaks kept only in long fields
    (as "\\n"), else turned into a space; tabs become spaces."""
    if not (_FORBIDDEN_LONG.search(value) or (field not in LONG_FIELDS and "\n" in value)):
        return value
    if field in LONG_FIELDS:
        value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    else:
        value = _SPACES_FOR.sub(" ", value)
    return _DROPPED.sub("", value).strip()


def fitted(field: str, value: str) -> tuple[str, bool]:
    """`cleaned(value)` cut to the field's limit with a visible mark; and whether it was cut."""
    value = cleaned(field, value)
    limit = limit_of(field)
    if len(value) <= limit:
        return value, False
    return value[: limit - len(CUT_MARK)] + CUT_MARK, True


def plainly_fine(entity: Any) -> bool:
    """A quick yes for the usual entity: all its texts together short, on one line, without control
    characters (then every field passes); False means "look field by field"."""
    joined = "".join([value for value in entity if value.__class__ is str])
    return len(joined) <= MAX_SHORT and _FORBIDDEN_SHORT.search(joined) is None


def text_fields(entity: Any) -> list[str]:
    """The entity's fields that hold text (not choices)."""
    return [
        name
        for name, value in zip(entity._fields, entity, strict=True)
        if isinstance(value, str) and name not in NOT_TEXT
    ]


def column_passes(field: str, values: list[Any]) -> bool:
    """Whether every value of one field passes `text_problem` (checked at C speed for an import)."""
    texts = [value for value in values if isinstance(value, str)]
    if not texts or field in NOT_TEXT:
        return True
    pattern = _FORBIDDEN_LONG if field in LONG_FIELDS else _FORBIDDEN_SHORT
    return max(map(len, texts)) <= limit_of(field) and pattern.search("".join(texts)) is None


def without_controls(text: str) -> str:
    """`text` with control characters, bidi overrides and lone surrogates dropped: for output (XML,
    a terminal) of text a document may hold from before these rules or from elsewhere."""
    return _DROPPED.sub("", text) if _DROPPED.search(text) else text
