"""How the rows of a unit tree change with a patch, as steps a Qt model can announce one by one.

A view keeps its expanded branches, selection and scroll position only when the model
says *which* rows were inserted, removed or moved (resetting the model forgets them and
makes the view ask for everything again). Pure Python, no Qt: `plan_row_changes` turns a
committed patch into remove / move / insert steps that lead from the children lists the
view knew to the children lists the document has now. It simulates the steps first and
gives up (returns None: the caller resets) when they would not arrive at the new lists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from orgdesk.domain.entities import Unit
from orgdesk.domain.patch import Patch

Parent = int | None  # None: the invisible root above the top unit


@dataclass(frozen=True)
class Remove:
    parent: Parent
    row: int
    unit_id: int


@dataclass(frozen=True)
class Insert:
    parent: Parent
    row: int
    unit_id: int


@dataclass(frozen=True)
class Move:
    """Qt's beginMoveRows terms: `destination` is counted in the target list before the move."""

    source: Parent
    row: int
    target: Parent
    destination: int
    final_row: int  # where the unit ends up in the target list
    unit_id: int


Step = Remove | Insert | Move


@dataclass
class RowPlan:
    old_lists: dict[Parent, list[int]]  # children of each affected parent as the view knew them
    steps: list[Step]
    old_parents: dict[int, Parent]  # changed units (removed ones too) → their parent before the patch
    old_units: dict[int, Unit]  # the removed units as they were (a view may still ask for their parent)


def unit_changes(patch: Patch, scenario_id: int) -> list[tuple[Unit | None, Unit | None]]:
    changes = []
    for change in patch.changes:
        if change.kind != "unit":
            continue
        before, after = cast(Unit | None, change.before), cast(Unit | None, change.after)
        if (before is not None and before.scenario_id == scenario_id) or (
            after is not None and after.scenario_id == scenario_id
        ):
            changes.append((before, after))
    return changes


def plan_row_changes(patch: Patch, scenario_id: int, children_now: Callable[[Parent], list[int]]) -> RowPlan | None:
    """The steps from the tree before `patch` to the tree after it (already applied to the
    document `children_now` reads), or None when a reset is simpler (e.g. a scenario copy)."""
    changes = unit_changes(patch, scenario_id)
    before_of = {b.id: b for b, _ in changes if b is not None}
    after_of = {a.id: a for _, a in changes if a is not None}
    if any(b.scenario_id != scenario_id for b in before_of.values()) or any(
        a.scenario_id != scenario_id for a in after_of.values()
    ):
        return None  # a unit changed scenario: not a tree edit
    removed = {unit_id for unit_id in before_of if unit_id not in after_of}
    added = {unit_id for unit_id in after_of if unit_id not in before_of}
    # The parents whose children lists the view must see change; those that were removed
    # themselves or are new take their children with them.
    parents: set[Parent] = set()
    for unit in (*before_of.values(), *after_of.values()):
        parents.add(unit.parent_id)
    parents = {p for p in parents if p is None or (p not in removed and p not in added)}
    if len(parents) > 64:
        return None  # a large restructuring (an import): one reset is cheaper than many steps

    new_lists = {parent: list(children_now(parent)) for parent in parents}
    old_lists = {parent: _old_children(parent, new_lists[parent], before_of, after_of) for parent in parents}
    steps = _simulate(old_lists, new_lists, before_of, after_of, removed, added)
    if steps is None:
        return None
    old_parents: dict[int, Parent] = {unit_id: unit.parent_id for unit_id, unit in before_of.items()}
    old_units = {unit_id: before_of[unit_id] for unit_id in removed}
    return RowPlan(old_lists, steps, old_parents, old_units)


def _old_children(parent: Parent, now: list[int], before_of: dict[int, Unit], after_of: dict[int, Unit]) -> list[int]:
    """The parent's children before the patch: those there now that did not arrive, plus those
    that left, in their old order (unchanged siblings kept their sort order)."""
    members: dict[int, int] = {}
    for position, unit_id in enumerate(now):
        before = before_of.get(unit_id)
        if unit_id in after_of and (before is None or before.parent_id != parent):
            continue  # arrived with the patch
        members[unit_id] = before.sort_order if before is not None else position
    for unit_id, before in before_of.items():
        if before.parent_id == parent:
            members[unit_id] = before.sort_order
    return sorted(members, key=lambda unit_id: members[unit_id])


def _simulate(
    old_lists: dict[Parent, list[int]],
    new_lists: dict[Parent, list[int]],
    before_of: dict[int, Unit],
    after_of: dict[int, Unit],
    removed: set[int],
    added: set[int],
) -> list[Step] | None:
    working = {parent: list(children) for parent, children in old_lists.items()}
    steps: list[Step] = []
    # 1. rows that go: the topmost removed units (their descendants go with them)
    for unit_id in sorted(removed):
        parent = before_of[unit_id].parent_id
        if parent not in working:
            continue  # inside a removed subtree
        row = working[parent].index(unit_id)
        working[parent].pop(row)
        steps.append(Remove(parent, row, unit_id))
    # 2. units that changed parent
    for unit_id in sorted(after_of.keys() - added):
        source, target = before_of[unit_id].parent_id, after_of[unit_id].parent_id
        if source == target:
            continue
        if source not in working or target not in working:
            return None
        row = working[source].index(unit_id)
        final = _insertion_row(working[target], new_lists[target], unit_id)
        working[source].pop(row)
        working[target].insert(final, unit_id)
        steps.append(Move(source, row, target, final, final, unit_id))
    # 3. rows that come: the topmost added units
    for unit_id in sorted(added):
        parent = after_of[unit_id].parent_id
        if parent not in working:
            continue  # inside an added subtree
        row = _insertion_row(working[parent], new_lists[parent], unit_id)
        working[parent].insert(row, unit_id)
        steps.append(Insert(parent, row, unit_id))
    # 4. reorders within one parent: bring each row to its place from the top down
    for parent, wanted in new_lists.items():
        have = working[parent]
        if sorted(have) != sorted(wanted):
            return None
        for final, unit_id in enumerate(wanted):
            row = have.index(unit_id)
            if row == final:
                continue
            have.pop(row)
            have.insert(final, unit_id)
            destination = final if final < row else final + 1
            steps.append(Move(parent, row, parent, destination, final, unit_id))
    return steps


def _insertion_row(have: list[int], wanted: list[int], unit_id: int) -> int:
    """Where `unit_id` goes in `have` so that it follows the units that precede it in `wanted`."""
    position = wanted.index(unit_id)
    before = set(wanted[:position])
    row = 0
    for index, other in enumerate(have):
        if other in before:
            row = index + 1
    return row
