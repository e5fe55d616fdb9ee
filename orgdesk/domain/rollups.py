"""Subtree totals that follow a unit's move instead of being recomputed.

A scenario's subtree roll-ups (编制 / 在岗 per subtree, unit and post counts per subtree) are
one linear pass over 10,000 units: 25 ms and 20 ms, paid after every drag. Moving a unit
changes only the totals of its old and new ancestors, by exactly the moved subtree's own
totals, so the document carries them along (see `Document.DERIVED_CARRIERS`) and a move
costs two walks up to the root. Any other change to the units (one added or deleted, a
scenario changed) still drops them, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar, cast

from orgdesk.domain.document import DERIVED_CARRIERS, Carry, Document
from orgdesk.domain.entities import Entity, Unit

T = TypeVar("T")


def ancestor_ids(document: Document, unit_id: int | None, moving: int) -> list[int] | None:
    """`unit_id` and its ancestors up to the top unit (None if the chain meets `moving`, or breaks)."""
    units = document.tables["unit"]
    chain: list[int] = []
    while unit_id is not None:
        unit = units.get(unit_id)
        if not isinstance(unit, Unit) or unit_id == moving:
            return None
        chain.append(unit_id)
        unit_id = unit.parent_id
    return chain


def carry_over_move(add: Callable[[T, T], T], subtract: Callable[[T, T], T]) -> Carry:
    """A carrier for a `unit id → subtree total` figure: a move takes the moved unit's total
    off its old ancestors and puts it on its new ones; other unit changes keep the totals
    when the tree keeps its shape (a rename, a new type or order), and drop them otherwise."""

    def carry(
        document: Document, key: tuple[str, Hashable], kind: str, old: Entity | None, new: Entity | None, value: object
    ) -> object | None:
        if kind != "unit" or not isinstance(old, Unit) or not isinstance(new, Unit):
            return None  # a unit added or deleted
        if old.scenario_id != new.scenario_id:
            return None
        if old.scenario_id != key[1] or old.parent_id == new.parent_id:
            return value  # another scenario, or the tree keeps its shape
        totals = cast(dict[int, T], value)
        moved = totals.get(old.id)
        losing = ancestor_ids(document, old.parent_id, old.id)
        gaining = ancestor_ids(document, new.parent_id, old.id)
        if moved is None or losing is None or gaining is None:
            return None
        updated = dict(totals)  # views may hold the old figures: they are not changed under them
        for unit_id in losing:
            updated[unit_id] = subtract(updated[unit_id], moved)
        for unit_id in gaining:
            updated[unit_id] = add(updated[unit_id], moved)
        return updated

    return carry


def _add_sizes(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return (a[0] + b[0], a[1] + b[1])


def _subtract_sizes(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return (a[0] - b[0], a[1] - b[1])


def register_subtree_carriers(add_staffing: Callable[[T, T], T], subtract_staffing: Callable[[T, T], T]) -> None:
    """Let the document carry the subtree roll-ups of `orgdesk.domain.analysis` over moves."""
    DERIVED_CARRIERS["subtree_staffing"] = carry_over_move(add_staffing, subtract_staffing)
    DERIVED_CARRIERS["subtree_sizes"] = carry_over_move(_add_sizes, _subtract_sizes)
