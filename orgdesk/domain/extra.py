"""Columns of an imported sheet that no field holds, kept on the unit, post or person they came
with (the entity's `extra` text: a JSON object, header → value, in the sheet's column order).

HR rosters carry columns of their own (籍贯, 职称, 工会会员 …). They are kept, shown in the
Properties panel, copied with scenarios and written back into the exported 花名册 under
their original headers.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TypeVar

from orgdesk.domain.entities import Person, Position, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.domain.text_rules import MAX_LONG, MAX_SHORT, text_problem

MAX_COLUMNS = 200  # kept columns per entity
BAD_EXTRA = QT_TRANSLATE_NOOP("Rules", "The other columns kept with “{item}” are damaged ({reason}).")

HasExtra = TypeVar("HasExtra", Unit, Position, Person)


def extra_fields(entity: Unit | Position | Person) -> dict[str, str]:
    """The kept columns, header → value (empty when there are none or the text is damaged)."""
    return decode(entity.extra)


def decode(text: str) -> dict[str, str]:
    if not text:
        return {}
    try:
        found = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(found, dict):
        return {}
    return {str(key): str(value) for key, value in found.items()}


def with_extra_fields(entity: HasExtra, fields: Mapping[str, str]) -> HasExtra:
    """`entity` keeping exactly these columns (empty values dropped)."""
    kept = {key: value for key, value in fields.items() if value != ""}
    return entity._replace(extra=encode(kept))


def encode(fields: Mapping[str, str]) -> str:
    return json.dumps(dict(fields), ensure_ascii=False, separators=(",", ":")) if fields else ""


def extra_problem(text: str) -> tuple[str, dict[str, object]] | None:
    """Why `text` is not a valid `extra` (message template, parameters), or None."""
    if not text:
        return None
    try:
        found = json.loads(text)
    except ValueError:
        return BAD_EXTRA, {"reason": "JSON"}
    if not isinstance(found, dict) or not all(isinstance(v, str) for v in found.values()):
        return BAD_EXTRA, {"reason": "not header → text"}
    if len(found) > MAX_COLUMNS:
        return BAD_EXTRA, {"reason": f"{len(found)} > {MAX_COLUMNS} columns"}
    for key, value in found.items():
        problem = text_problem("name", key) if len(key) <= MAX_SHORT else ("", {})
        if problem is not None or len(value) > MAX_LONG:
            return BAD_EXTRA, {"reason": key[:40]}
        problem = text_problem("notes", value)
        if problem is not None:
            return problem
    return None
