"""Filling a translated message template whose parameters may be lists of terms.

Findings and comparison entries keep English templates with parameters; a list parameter
(a tuple of field names such as ("target", "weight")) is translated term by term in the
context "Fields" and joined the way the language joins lists. The translate function is the
caller's: Qt's in the GUI, orgdesk.i18n's in the CLI.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from string import Formatter

from orgdesk.domain.text_rules import CUT_MARK, without_controls

Translate = Callable[[str, str], str]  # (context, English text) -> text in the user's language


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def render_message(context: str, template: str, params: Mapping[str, object], translate: Translate) -> str:
    shown = translate(context, template)
    separator = "、" if _is_chinese(shown) else ", "
    values: dict[str, object] = {}
    for key, value in params.items():
        if isinstance(value, tuple):
            values[key] = separator.join(translate("Fields", str(term)) for term in value)
        else:
            values[key] = value
    return shown.format(**values)


# ----- templates that may come from a document --------------------------------------------------
MAX_TEMPLATE = 1000  # characters of a template rendered at all
MAX_VALUE = 300  # characters of one parameter's value shown
_FORMATTER = Formatter()


class Label(str):
    """A message parameter that is itself a translatable text (an import field's name): shown in
    the reader's language, translated in `context`."""

    context: str

    def __new__(cls, text: str, context: str) -> Label:
        label = super().__new__(cls, text)
        label.context = context
        return label


def shown_text(text: str, limit: int = MAX_TEMPLATE) -> str:
    """`text` as plain data to show on one line: the characters `without_controls` drops dropped,
    line breaks and tabs as spaces, cut at `limit` with a visible mark."""
    return capped(" ".join(without_controls(text).translate(_MARKS_AND_TABS).splitlines()), limit)


_MARKS_AND_TABS = {ord("\t"): " ", ord("\u200e"): None, ord("\u200f"): None}  # and LRM / RLM marks


def capped(text: str, limit: int) -> str:
    """`text` cut at `limit` characters, the last one a visible mark."""
    return text if len(text) <= limit else text[: limit - 1] + CUT_MARK


def fill_template(template: str, params: Mapping[str, object]) -> str:
    """Fill `{name}` fields of a template that may have been read from a document (the history of an
    edit, another planner's operation). Only plain named fields are filled, each value as capped
    plain text; a template with anything else in braces (attributes, indexes, format specs such as
    `{0:>999999999}`) or a missing name is shown as text, never formatted."""
    if len(template) > MAX_TEMPLATE:
        return shown_text(template)
    pieces: list[str] = []
    try:
        for literal, field, spec, conversion in _FORMATTER.parse(template):
            pieces.append(literal)
            if field is None:
                continue
            if not field.isidentifier() or spec or conversion or field not in params:
                return shown_text(template)
            pieces.append(shown_text(str(params[field]), MAX_VALUE))
    except ValueError:  # unbalanced braces
        return shown_text(template)
    return shown_text("".join(pieces), MAX_TEMPLATE + MAX_VALUE * 4)
