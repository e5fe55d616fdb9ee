"""What each unit's box shows (name, type colour, manager, 编制/在岗 own and with sub-units), without Qt.

The exporters build these once per chart from the document's shared roll-ups, so a 10,000-unit
chart costs three linear passes, not a lookup per box.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from orgdesk.domain.analysis import Staffing, own_staffing, subtree_staffing, unit_managers
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Relation
from orgdesk.layout.style import NO_TYPE_COLOUR
from orgdesk.layout.tidy import Layout


@dataclass(slots=True, frozen=True)
class Card:
    name: str
    colour: str  # the unit type's colour
    manager: str  # "" when the unit has no manager post holder
    headcount: int  # 编制 of the unit's own posts
    filled: int  # 在岗
    subtree_headcount: int
    subtree_filled: int
    hidden: int = 0  # units not shown under this box (collapsed or below the depth limit)


_EMPTY = Staffing()


def chart_cards(
    document: Document, scenario_id: int, unit_ids: Iterable[int], layout: Layout | None = None
) -> dict[int, Card]:
    """Cards of `unit_ids`; with a layout, each card counts the units hidden under its box."""
    own = own_staffing(document, scenario_id)
    totals = subtree_staffing(document, scenario_id)
    managers = unit_managers(document)
    colours = {t.id: t.colour for t in document.unit_types()}
    boxes = layout.boxes if layout is not None else {}
    cards: dict[int, Card] = {}
    for unit_id in unit_ids:
        unit = document.unit(unit_id)
        mine = own.get(unit_id, _EMPTY)
        total = totals.get(unit_id, _EMPTY)
        box = boxes.get(unit_id)
        cards[unit_id] = Card(
            unit.name,
            colours.get(unit.type_id, NO_TYPE_COLOUR) if unit.type_id is not None else NO_TYPE_COLOUR,
            managers.get(unit_id, ""),
            mine.headcount,
            mine.filled,
            total.headcount,
            total.filled,
            box.hidden if box is not None else 0,
        )
    return cards


def unit_relations(document: Document, scenario_id: int, layout: Layout) -> list[tuple[int, int, str]]:
    """(from unit, to unit, label) of the scenario's unit-to-unit relations whose ends are both shown."""
    shown = layout.boxes
    return [
        (r.from_id, r.to_id, r.label)
        for r in document.relations_of_scenario(scenario_id)
        if _both_units(r) and r.from_id in shown and r.to_id in shown
    ]


def _both_units(relation: Relation) -> bool:
    return relation.from_kind == OwnerKind.UNIT and relation.to_kind == OwnerKind.UNIT
