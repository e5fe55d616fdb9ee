"""Figures derived from the document: 编制 / 在岗 / 空缺 per unit and per subtree, depth."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, AssignmentKind, Person, Position, Unit
from orgdesk.domain.patch import Patch
from orgdesk.domain.rollups import register_subtree_carriers


@dataclass(slots=True)  # not frozen: a frozen __init__ costs 3x, and 10,000 are made at a time
class Staffing:
    """编制 / 在岗 / 空缺 / 超编. Vacancies and overstaffing are counted post by post, so a
    post with one person too many does not hide a vacancy in another."""

    headcount: int = 0  # 编制
    filled: int = 0  # 在岗: people holding the post as their primary post
    vacant: int = 0  # 空缺
    over: int = 0  # 超编

    def __add__(self, other: Staffing) -> Staffing:
        return Staffing(
            self.headcount + other.headcount,
            self.filled + other.filled,
            self.vacant + other.vacant,
            self.over + other.over,
        )


def _staffing_minus(a: Staffing, b: Staffing) -> Staffing:
    return Staffing(a.headcount - b.headcount, a.filled - b.filled, a.vacant - b.vacant, a.over - b.over)


register_subtree_carriers(Staffing.__add__, _staffing_minus)  # the roll-ups below follow unit moves


def position_filled(doc: Document, position: Position) -> int:
    """Primary holders only: a concurrent (兼职) or acting (代理) holder leaves the post vacant."""
    return sum(1 for a in doc.assignments_of_position(position.id) if a.kind == AssignmentKind.PRIMARY)


def position_staffing(doc: Document, position: Position) -> Staffing:
    filled = position_filled(doc, position)
    headcount = position.headcount
    return Staffing(headcount, filled, max(0, headcount - filled), max(0, filled - headcount))


def unit_staffing(doc: Document, unit: Unit) -> Staffing:
    scenario_figures = doc.derived.get(("own_staffing", unit.scenario_id))
    if scenario_figures is not None:
        return cast(dict[int, Staffing], scenario_figures).get(unit.id) or Staffing()
    if doc.unit_summary is not None:
        return Staffing(*doc.unit_summary.get(unit.id, _NONE)[1:])
    total = Staffing()
    for position in doc.positions_of(unit.id):
        total = total + position_staffing(doc, position)
    return total


_NONE = (0, 0, 0, 0, 0)


def post_count(doc: Document, unit_id: int) -> int:
    if doc.unit_summary is not None:
        return doc.unit_summary.get(unit_id, _NONE)[0]
    return len(doc.positions_of_unordered(unit_id))


def own_staffing(doc: Document, scenario_id: int) -> dict[int, Staffing]:
    """Each unit's own posts summed, for a whole scenario in one pass (no per-post lookups).
    Kept in the document until a post or assignment changes; callers must not change it."""
    key = ("own_staffing", scenario_id)
    cached = doc.derived.get(key)
    if cached is None:
        cached = doc.derived[key] = _own_staffing(doc, scenario_id)
    return cast(dict[int, Staffing], cached)


def _own_staffing(doc: Document, scenario_id: int) -> dict[int, Staffing]:
    if doc.unit_summary is not None:
        summary = doc.unit_summary
        return {u.id: Staffing(*summary.get(u.id, _NONE)[1:]) for u in doc.units_of_scenario(scenario_id)}
    primary = Counter(
        a.position_id for a in cast(Iterable[Assignment], doc.all("assignment")) if a.kind == AssignmentKind.PRIMARY
    )
    sums = {unit.id: [0, 0, 0, 0] for unit in doc.units_of_scenario(scenario_id)}
    for position in cast(Iterable[Position], doc.all("position")):
        figures = sums.get(position.unit_id)
        if figures is None:  # a post of another scenario
            continue
        holders = primary[position.id]
        figures[0] += position.headcount
        figures[1] += holders
        if holders < position.headcount:
            figures[2] += position.headcount - holders
        else:
            figures[3] += holders - position.headcount
    return {unit_id: Staffing(*figures) for unit_id, figures in sums.items()}


def subtree_staffing(doc: Document, scenario_id: int) -> dict[int, Staffing]:
    """Totals of every unit's whole subtree, in one linear pass over the scenario.
    Kept in the document until a unit, post or assignment changes; callers must not change it."""
    key = ("subtree_staffing", scenario_id)
    cached = doc.derived.get(key)
    if cached is None:
        cached = doc.derived[key] = _subtree_staffing(doc, scenario_id)
    return cast(dict[int, Staffing], cached)


def _subtree_staffing(doc: Document, scenario_id: int) -> dict[int, Staffing]:
    own = own_staffing(doc, scenario_id)
    empty = Staffing()
    sums = {
        u.id: [s.headcount, s.filled, s.vacant, s.over]
        for u in doc.units_of_scenario(scenario_id)
        for s in (own.get(u.id, empty),)
    }
    for unit_id in reversed(_top_down_order(doc, scenario_id)):
        parent_id = doc.unit(unit_id).parent_id
        if parent_id is not None:
            into, add = sums[parent_id], sums[unit_id]
            into[0] += add[0]
            into[1] += add[1]
            into[2] += add[2]
            into[3] += add[3]
    return {unit_id: Staffing(*figures) for unit_id, figures in sums.items()}


def subtree_sizes(doc: Document, scenario_id: int) -> dict[int, tuple[int, int]]:
    """unit id → (units, posts) of its whole subtree, itself included, in one linear pass.
    Kept until a unit or post changes."""
    key = ("subtree_sizes", scenario_id)
    cached = doc.derived.get(key)
    if cached is None:
        cached = doc.derived[key] = _subtree_sizes(doc, scenario_id)
    return cast(dict[int, tuple[int, int]], cached)


def _subtree_sizes(doc: Document, scenario_id: int) -> dict[int, tuple[int, int]]:
    units = doc.units_of_scenario(scenario_id)
    sums = {unit.id: [1, post_count(doc, unit.id)] for unit in units}
    for unit_id in reversed(_top_down_order(doc, scenario_id)):
        parent_id = doc.unit(unit_id).parent_id
        if parent_id is not None:
            into, add = sums[parent_id], sums[unit_id]
            into[0] += add[0]
            into[1] += add[1]
    return {unit_id: (figures[0], figures[1]) for unit_id, figures in sums.items()}


def _top_down_order(doc: Document, scenario_id: int) -> list[int]:
    """The scenario's unit ids, every parent before its children (breadth first)."""
    root = doc.root(scenario_id)
    if root is None:
        return []
    children: dict[int | None, list[int]] = {}
    for unit in doc.units_of_scenario(scenario_id):
        children.setdefault(unit.parent_id, []).append(unit.id)
    order = [root.id]
    for unit_id in order:
        order.extend(children.get(unit_id, ()))
    return order


def unit_managers(doc: Document) -> dict[int, str]:
    """unit id → the name shown as its manager: the first holder (主岗 before others) of its
    first manager post. Units without one are left out. Kept until posts, holders or people change."""
    key = ("unit_managers", None)
    cached = doc.derived.get(key)
    if cached is None:
        cached = doc.derived[key] = _unit_managers(doc)
    return cast(dict[int, str], cached)


def _unit_managers(doc: Document) -> dict[int, str]:
    managers: dict[int, str] = {}
    posts = sorted(
        (p for p in cast(Iterable[Position], doc.all("position")) if p.is_manager),
        key=lambda p: (p.unit_id, p.sort_order),
    )
    for position in posts:
        if position.unit_id in managers:
            continue
        holders = sorted(doc.assignments_of_position(position.id), key=lambda a: a.kind != AssignmentKind.PRIMARY)
        for assignment in holders:
            person = doc.get("person", assignment.person_id)
            if isinstance(person, Person):
                managers[position.unit_id] = person.name
                break
    return managers


def units_affected(doc: Document, patch: Patch) -> frozenset[int]:
    """Units whose own name, type or figures a committed patch may have changed: the units
    themselves, the units of changed posts, of posts whose holders changed, and of posts held
    by people whose name changed. Remembered on the patch, which every view asks about."""
    remembered = patch.derived.get("units_affected")
    if isinstance(remembered, frozenset):
        return remembered
    units: set[int] = set()
    posts: set[int] = set()
    for kind, _id, before, after in patch.changes:
        if kind == "unit":
            units.add(_id)
        elif kind == "position":
            units.update(cast(Position, e).unit_id for e in (before, after) if e is not None)
        elif kind == "assignment":
            posts.update(cast(Assignment, e).position_id for e in (before, after) if e is not None)
        elif kind == "person" and before is not None and after is not None:
            # A new or removed person's posts change through their assignments, in the same patch.
            posts.update(a.position_id for a in doc.assignments_of_person(_id))
    for position_id in posts:
        position = doc.get("position", position_id)
        if isinstance(position, Position):
            units.add(position.unit_id)
    affected = frozenset(units)
    patch.derived["units_affected"] = affected
    return affected


def max_depth(doc: Document, scenario_id: int) -> int:
    """Levels below the root (a lone root has depth 0)."""
    root = doc.root(scenario_id)
    if root is None:
        return 0
    deepest = 0
    stack = [(root, 0)]
    while stack:
        unit, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in doc.children_of(unit))
    return deepest


def check_invariants(doc: Document) -> list[str]:
    """Broken rules in a document (empty when sound); used by tests and the file check."""
    problems: list[str] = []
    for scenario in doc.scenarios():
        roots = doc.roots(scenario.id)
        if len(roots) > 1:
            problems.append(f"scenario {scenario.id} has {len(roots)} roots")
        reachable = {u.id for root in roots for u in doc.subtree(root)}
        for unit in doc.units_of_scenario(scenario.id):
            if unit.id not in reachable:
                problems.append(f"unit {unit.id} is not reachable from the root (cycle?)")
        groups = [doc.children(scenario.id, None)] + [doc.children_of(u) for u in doc.units_of_scenario(scenario.id)]
        for group in groups:
            if [u.sort_order for u in group] != list(range(len(group))):
                problems.append(f"units {[u.id for u in group]} are not densely ordered")
    for unit_id in doc.tables["unit"]:
        positions = doc.positions_of(unit_id)
        if [p.sort_order for p in positions] != list(range(len(positions))):
            problems.append(f"posts of unit {unit_id} are not densely ordered")
    return problems
