"""How deep a unit tree may be: a documented limit, kept by every edit and import.

Real organisations have 5-15 levels; a chain of thousands (a hostile or broken file) would make every
walk of the tree, and every drawing of it, pointless or worse. So an edit or import that would put a
unit below level MAX_DEPTH is refused with a message, and a document deeper than that is refused
when it is opened (orgdesk.store.consistency).
"""

from __future__ import annotations

from collections.abc import Iterable

from orgdesk.domain.entities import Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation

MAX_DEPTH = 40  # levels, the top unit being level 1

TOO_DEEP = QT_TRANSLATE_NOOP(
    "Rules", "“{unit}” would be at level {level}; an organisation may have at most {limit} levels."
)


class _Levels:
    """Levels of units as an edit leaves them (`get` sees the edit's own changes)."""

    def __init__(self, get: object) -> None:
        self.get = get
        self.known: dict[int, int] = {}

    def of(self, unit: Unit) -> int:
        chain: list[int] = []
        current: Unit | None = unit
        level = 0
        while current is not None:
            found = self.known.get(current.id)
            if found is not None:
                level = found
                break
            chain.append(current.id)
            if len(chain) > MAX_DEPTH + 1:  # deep enough to refuse; a loop stops here too
                return MAX_DEPTH + 1
            parent = current.parent_id
            current = self.get("unit", parent) if parent is not None else None  # type: ignore[operator]
        for unit_id in reversed(chain):
            level += 1
            self.known[unit_id] = level
        return level


def check_depth(get: object, placed: Iterable[Unit], heights: dict[int, int]) -> None:
    """Refuse if a unit in `placed` (new, or given a new parent) would lie below level MAX_DEPTH, with
    `heights[unit id]` levels of its existing subtree below it (0 for none)."""
    levels = _Levels(get)
    for unit in placed:
        level = levels.of(unit) + heights.get(unit.id, 0)
        if level > MAX_DEPTH:
            raise RuleViolation(TOO_DEEP, unit=unit.name, level=level, limit=MAX_DEPTH)
