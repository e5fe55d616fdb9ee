"""A scenario's child lists (parent id → child ids in display order), kept in step with edits.

Grouping and sorting 10,000 units for every relayout cost as much as a third of the layout
itself; an edit changes the children of a few parents only (a move: the old and the new
parent), so the chart keeps the lists and re-reads just those parents after a change.
"""

from __future__ import annotations

from collections.abc import Sequence

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit
from orgdesk.domain.patch import Patch

_NONE: list[int] = []


class ChildLists:
    def __init__(self, document: Document, scenario_id: int) -> None:
        self.document = document
        self.scenario_id = scenario_id
        grouped: dict[int | None, list[tuple[int, int]]] = {}
        for unit in document.units_of_scenario(scenario_id):
            grouped.setdefault(unit.parent_id, []).append((unit.sort_order, unit.id))
        self._lists = {parent: [unit_id for _, unit_id in sorted(pairs)] for parent, pairs in grouped.items()}

    def children(self, unit_id: int | None) -> Sequence[int]:
        """The children of a unit (the top units for None), in display order."""
        return self._lists.get(unit_id, _NONE)

    def follow(self, patch: Patch) -> set[int | None]:
        """After a committed change: re-read the parents whose children came, went or were
        reordered, and return them (None: the top units)."""
        parents: set[int | None] = set()
        for change in patch.changes:
            if change.kind != "unit":
                continue
            for unit in (change.before, change.after):
                if isinstance(unit, Unit) and unit.scenario_id == self.scenario_id:
                    parents.add(unit.parent_id)
        for parent in parents:
            kids = [unit.id for unit in self.document.children(self.scenario_id, parent)]
            if kids:
                self._lists[parent] = kids
            else:
                self._lists.pop(parent, None)
        return parents

    def as_dict(self) -> dict[int | None, list[int]]:
        """Every non-empty list, for comparing with lists read afresh."""
        return dict(self._lists)
