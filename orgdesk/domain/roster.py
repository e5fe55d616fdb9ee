"""Who holds which post, and which posts wait for someone: the queries behind the people panel."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, AssignmentKind, Position, Unit


@dataclass(frozen=True, slots=True)
class Holding:
    """One post a person holds, and how (主岗 / 兼职 / 代理)."""

    assignment: Assignment
    position: Position


def holdings(document: Document, person_id: int, scenario_id: int | None = None) -> list[Holding]:
    """The posts a person holds, in every scenario or in `scenario_id` only (people are shared
    by the scenarios of a document, posts are not)."""
    found = []
    for assignment in document.assignments_of_person(person_id):
        position = document.get("position", assignment.position_id)
        if not isinstance(position, Position):
            continue
        if scenario_id is None or document.owner_scenario_id("position", position.id) == scenario_id:
            found.append(Holding(assignment, position))
    return found


def assignment_kind_for(document: Document, person_id: int) -> AssignmentKind:
    """A dropped person takes the post as their primary post unless they already have one (then 兼职)."""
    for assignment in document.assignments_of_person(person_id):
        if assignment.kind == AssignmentKind.PRIMARY:
            return AssignmentKind.CONCURRENT
    return AssignmentKind.PRIMARY


def holds(document: Document, person_id: int, position_id: int) -> Assignment | None:
    return next((a for a in document.assignments_of_position(position_id) if a.person_id == person_id), None)


@dataclass(frozen=True, slots=True)
class Vacancy:
    position: Position
    unit: Unit
    filled: int  # 在岗 (primary holders)

    @property
    def open(self) -> int:
        return self.position.headcount - self.filled


def vacancies(document: Document, scenario_id: int) -> list[Vacancy]:
    """Posts of a scenario with fewer primary holders than their 编制, in tree order."""
    root = document.root(scenario_id)
    if root is None:
        return []
    primary = Counter(  # one pass over the assignments instead of a lookup per post
        a.position_id
        for a in document.all("assignment")
        if isinstance(a, Assignment) and a.kind == AssignmentKind.PRIMARY
    )
    found = []
    for unit in document.subtree(root):
        for position in document.positions_of(unit.id):
            filled = primary.get(position.id, 0)
            if filled < position.headcount:
                found.append(Vacancy(position, unit, filled))
    return found


def free_code(document: Document, prefix: str = "E") -> str:
    """The next unused employee number of the form E0001 (for a new person)."""
    taken = {str(getattr(p, "code", "")) for p in document.all("person")}
    number = len(taken) + 1
    while f"{prefix}{number:04d}" in taken:
        number += 1
    return f"{prefix}{number:04d}"


def unit_items(document: Document, unit_id: int) -> dict[str, set[int]]:
    """The rows that make up one unit for its history: the unit, its posts, who holds them,
    and the duties and KPIs of the unit and of its posts."""
    posts = {post.id for post in document.positions_of(unit_id)}
    items: dict[str, set[int]] = {"unit": {unit_id}, "position": posts}
    items.update(assignment=set(), duty=set(), kpi=set())
    for kind, owner in [("unit", unit_id), *(("position", post) for post in posts)]:
        items["duty"].update(duty.id for duty in document.duties_of(kind, owner))
        items["kpi"].update(kpi.id for kpi in document.kpis_of(kind, owner))
    for post in posts:
        items["assignment"].update(assignment.id for assignment in document.assignments_of_position(post))
    return items
