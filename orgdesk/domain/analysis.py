"""Figures derived from the document: 编制 / 在岗 / 空缺 per unit and per subtree, depth."""

from __future__ import annotations

from dataclasses import dataclass

from orgdesk.domain.document import Document
from orgdesk.domain.entities import AssignmentKind, Position, Unit


@dataclass(frozen=True, slots=True)
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


def position_filled(doc: Document, position: Position) -> int:
    """Primary holders only: a concurrent (兼职) or acting (代理) holder leaves the post vacant."""
    return sum(1 for a in doc.assignments_of_position(position.id) if a.kind == AssignmentKind.PRIMARY)


def position_staffing(doc: Document, position: Position) -> Staffing:
    filled = position_filled(doc, position)
    headcount = position.headcount
    return Staffing(headcount, filled, max(0, headcount - filled), max(0, filled - headcount))


def unit_staffing(doc: Document, unit: Unit) -> Staffing:
    total = Staffing()
    for position in doc.positions_of(unit.id):
        total = total + position_staffing(doc, position)
    return total


def subtree_staffing(doc: Document, scenario_id: int) -> dict[int, Staffing]:
    """Totals of every unit's whole subtree, in one linear pass over the scenario."""
    root = doc.root(scenario_id)
    if root is None:
        return {}
    order = doc.subtree(root)  # parents before children
    totals = {unit.id: unit_staffing(doc, unit) for unit in order}
    for unit in reversed(order):
        if unit.parent_id is not None:
            totals[unit.parent_id] = totals[unit.parent_id] + totals[unit.id]
    return totals


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
