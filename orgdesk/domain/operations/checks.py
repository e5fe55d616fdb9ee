"""The field rules every entity of a kind keeps (names, choices, texts, headcount, reports-to,
unique 工号), checked by each operation as it plans and, column by column, by a bulk import."""

from __future__ import annotations

from typing import cast

from orgdesk.domain import rules
from orgdesk.domain.entities import (
    AssignmentKind,
    Direction,
    Entity,
    Gender,
    Kpi,
    OwnerKind,
    Period,
    Person,
    Position,
    Unit,
    UnitType,
    kind_of,
)
from orgdesk.domain.extra import extra_problem
from orgdesk.domain.operations.base import require
from orgdesk.domain.patch import PatchBuilder, display_name
from orgdesk.domain.rules import RuleViolation
from orgdesk.domain.text_rules import text_fields, text_problem

# ----- shared checks and helpers ------------------------------------------------
NAME_FIELDS = {
    "unit": ("name",),
    "position": ("title",),
    "person": ("name",),
    "duty": ("text",),
    "kpi": ("name",),
    "scenario": ("name",),
    "unit_type": ("name",),
    "organisation": ("name",),
}
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("person", "gender"): tuple(g.value for g in Gender),
    ("assignment", "kind"): tuple(k.value for k in AssignmentKind),
    ("kpi", "period"): tuple(p.value for p in Period),
    ("kpi", "direction"): tuple(d.value for d in Direction),
    ("duty", "owner_kind"): tuple(k.value for k in OwnerKind),
    ("kpi", "owner_kind"): tuple(k.value for k in OwnerKind),
    ("relation", "from_kind"): tuple(k.value for k in OwnerKind),
    ("relation", "to_kind"): tuple(k.value for k in OwnerKind),
}
# Structural fields change only through add/move/delete, which keep the rules.
STRUCTURAL_FIELDS = {
    "id",
    "scenario_id",
    "parent_id",
    "unit_id",
    "sort_order",
    "owner_kind",
    "owner_id",
    "person_id",
    "position_id",
    "origin_id",
    "from_kind",
    "from_id",
    "to_kind",
    "to_id",
}


def check_entity(b: PatchBuilder, entity: Entity) -> None:
    """Field-level rules that hold for every entity of a kind."""
    kind = kind_of(entity)
    for field in NAME_FIELDS.get(kind, ()):
        value = getattr(entity, field)
        if not isinstance(value, str) or not value.strip():
            raise RuleViolation(rules.EMPTY_NAME, field=field)
    for field in text_fields(entity):
        problem = text_problem(field, getattr(entity, field))
        if problem is not None:
            raise RuleViolation(problem[0], **problem[1])
    for (choice_kind, field), choices in CHOICES.items():
        if choice_kind == kind and getattr(entity, field) not in choices:
            raise RuleViolation(
                rules.BAD_CHOICE,
                value=getattr(entity, field),
                field=field,
                choices=", ".join(c or "''" for c in choices),
            )
    if isinstance(entity, Unit | Position | Person) and entity.extra:
        check_extra(entity)
    if isinstance(entity, Position):
        check_position(b, entity)
    elif isinstance(entity, Kpi) and entity.weight is not None:
        if not 0 <= entity.weight <= 100:
            raise RuleViolation(rules.WEIGHT_RANGE, value=entity.weight)
    elif isinstance(entity, Person):
        check_person_code(b, entity)
    elif isinstance(entity, Unit) and entity.type_id is not None:
        require(b, UnitType, entity.type_id)


def check_extra(entity: Unit | Position | Person) -> None:
    problem = extra_problem(entity.extra)
    if problem is not None:
        raise RuleViolation(problem[0], **{"item": display_name(entity), **problem[1]})


def check_position(b: PatchBuilder, position: Position) -> None:
    if position.headcount < 0:
        raise RuleViolation(rules.NEGATIVE, field="headcount", value=position.headcount)
    if position.headcount > rules.MAX_HEADCOUNT:
        raise RuleViolation(rules.TOO_MANY, field="headcount", value=position.headcount, limit=rules.MAX_HEADCOUNT)
    target_id = position.reports_to_id
    if target_id is None:
        return
    target = require(b, Position, target_id)
    own_unit = require(b, Unit, position.unit_id)
    target_unit = require(b, Unit, target.unit_id)
    if own_unit.scenario_id != target_unit.scenario_id:
        raise RuleViolation(rules.OTHER_SCENARIO, item=position.title, target=target.title)
    seen = {position.id}
    current: Position | None = target
    while current is not None:
        if current.id in seen:
            raise RuleViolation(rules.REPORTS_TO_CYCLE, position=position.title, target=target.title)
        seen.add(current.id)
        current = cast(Position | None, b.get("position", current.reports_to_id))


def check_person_code(b: PatchBuilder, person: Person) -> None:
    if not person.code:
        return
    for other in b.doc.people_by_code(person.code):
        current = b.get("person", other.id)
        if other.id != person.id and current is not None and cast(Person, current).code == person.code:
            raise RuleViolation(rules.DUPLICATE_CODE, code=person.code, name=other.name)
