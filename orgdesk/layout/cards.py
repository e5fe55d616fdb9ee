"""What each unit's box shows (name, type colour, manager, 编制/在岗 own and with sub-units), without Qt.

The exporters build these once per chart from the document's shared roll-ups, so a 10,000-unit
chart costs three linear passes, not a lookup per box.
"""

from __future__ import annotations

from collections.abc import Container, Iterable
from dataclasses import dataclass

from orgdesk.domain.analysis import Staffing, own_staffing, subtree_staffing, unit_managers
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Position
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


def unit_relations(document: Document, scenario_id: int, shown: Container[int]) -> list[tuple[int, int, str]]:
    """(from unit, to unit, label) of the scenario's relations whose ends are both `shown`; a post's
    end is drawn at its unit's box, as on the canvas."""
    lines = []
    for relation in document.relations_of_scenario(scenario_id):
        start = _unit_of_end(document, relation.from_kind, relation.from_id)
        stop = _unit_of_end(document, relation.to_kind, relation.to_id)
        if start is not None and stop is not None and start != stop and start in shown and stop in shown:
            lines.append((start, stop, relation.label))
    return lines


def _unit_of_end(document: Document, kind: str, item_id: int) -> int | None:
    if kind == OwnerKind.UNIT:
        return item_id
    position = document.get("position", item_id)
    return position.unit_id if isinstance(position, Position) else None
