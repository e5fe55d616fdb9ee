"""Filling a translated message template whose parameters may be lists of terms.

Findings and comparison entries keep English templates with parameters; a list parameter
(a tuple of field names such as ("target", "weight")) is translated term by term in the
context "Fields" and joined the way the language joins lists. The translate function is the
caller's: Qt's in the GUI, orgdesk.i18n's in the CLI.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

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
