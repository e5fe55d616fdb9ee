"""Translations without Qt, for the command line.

The GUI uses Qt's translators; the CLI reads the same `.ts` catalogue directly, so
one file holds every translation. Messages are English source strings.
"""

from __future__ import annotations

import os
from functools import cache

from defusedxml import ElementTree

from orgdesk.resources import resource

SUPPORTED = ("en", "zh_CN")


def system_language() -> str:
    """'zh_CN' or 'en', from the usual locale variables (LANGUAGE first, as gettext does)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return "zh_CN" if value.lower().startswith("zh") else "en"
    return "en"


@cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    if language == "en":
        return {}
    path = resource("translations", f"orgdesk_{language}.ts")
    if not path.exists():
        return {}
    entries: dict[tuple[str, str], str] = {}
    for context in ElementTree.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if translation.text:
                entries[(name, source)] = translation.text
    return entries


def translate(context: str, text: str, language: str | None = None) -> str:
    return catalogue(language or system_language()).get((context, text), text)


MAX_SHOWN = 120  # characters of one value in a message (a cell may hold 200,000)


def _capped(value: object) -> object:
    from orgdesk.domain.messages import capped

    return capped(value, MAX_SHOWN) if isinstance(value, str) else value


def render(context: str, template: str, params: dict[str, object], language: str | None = None) -> str:
    """Translate a message template and fill in its `{name}` parameters.

    Parameters naming a field or kind ("headcount", "position") are translated too.
    """
    from orgdesk.domain.messages import Label
    from orgdesk.domain.rules import FIELD_NAMES, TRANSLATED_PARAMS

    shown = {key: _capped(value) for key, value in params.items()}
    for key, value in params.items():
        if isinstance(value, Label):
            shown[key] = translate(value.context, str(value), language)
    for key in TRANSLATED_PARAMS:
        value = shown.get(key)
        if isinstance(value, str) and value in FIELD_NAMES:
            shown[key] = translate("Fields", value, language)
    return translate(context, template, language).format(**shown)
