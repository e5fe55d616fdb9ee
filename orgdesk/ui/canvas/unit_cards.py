"""What each unit's box shows (name, type colour, manager, 编制 / 在岗 of the unit and its
subtree), and which boxes a committed change may have made stale."""

from __future__ import annotations

from orgdesk.domain.analysis import Staffing, own_staffing, subtree_staffing, unit_managers, units_affected
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Unit
from orgdesk.domain.patch import Patch
from orgdesk.layout.style import NO_TYPE_COLOUR
from orgdesk.ui.canvas.items import UnitCard


class UnitCards:
    """Cards for one scenario's boxes, from the figures the document keeps (see `refresh`)."""

    def __init__(self) -> None:
        self.document: Document | None = None
        self._own: dict[int, Staffing] = {}
        self._totals: dict[int, Staffing] = {}
        self._managers: dict[int, str] = {}

    def refresh(self, document: Document, scenario_id: int) -> None:
        """Take the current figures (cached in the document: cheap unless they changed)."""
        self.document = document
        self._own = own_staffing(document, scenario_id)
        self._totals = subtree_staffing(document, scenario_id)
        self._managers = unit_managers(document)

    def card(self, unit_id: int, hidden: int) -> UnitCard:
        document = self.document
        assert document is not None
        unit = document.unit(unit_id)
        unit_type = document.unit_type(unit.type_id)
        own = self._own.get(unit_id, Staffing())
        total = self._totals.get(unit_id, Staffing())
        return UnitCard(
            name=unit.name,
            colour=unit_type.colour if unit_type is not None else NO_TYPE_COLOUR,
            manager=self._managers.get(unit_id, ""),
            headcount=own.headcount,
            filled=own.filled,
            subtree_headcount=total.headcount,
            subtree_filled=total.filled,
            children=document.child_count(unit),
            hidden=hidden,
        )


def units_touched(document: Document, patch: Patch) -> set[int]:
    """Units whose box may show something new, with their ancestors (the subtree totals)."""
    units = set(units_affected(document, patch))
    for change in patch.changes:  # a parent's child count and totals change with its children
        if change.kind == "unit":
            units.update(e.parent_id for e in (change.before, change.after) if isinstance(e, Unit) and e.parent_id)
    with_ancestors: set[int] = set()
    for unit_id in units:
        climbing: int | None = unit_id
        while climbing is not None and climbing not in with_ancestors:  # stop where another climb passed
            with_ancestors.add(climbing)
            unit = document.get("unit", climbing)
            climbing = unit.parent_id if isinstance(unit, Unit) else None
    return with_ancestors
