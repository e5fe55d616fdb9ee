"""Builds a whole document in memory in one go (new documents, the sample, generators).

Editing goes through operations; building a fresh document does not need undo, so this
creates entities directly with ids and dense sibling order.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from orgdesk.domain.document import Document
from orgdesk.domain.entities import (
    Assignment,
    Duty,
    Kpi,
    Organisation,
    OwnerKind,
    Person,
    Position,
    Relation,
    Scenario,
    Unit,
    UnitType,
)

DEFAULT_UNIT_TYPES: tuple[tuple[str, str], ...] = (
    ("公司", "#34495E"),
    ("分公司", "#1F5F99"),
    ("中心", "#8E44AD"),
    ("部门", "#2E8B57"),
    ("县局", "#D35400"),
    ("组", "#7F8C8D"),
    ("团队", "#16A085"),
)
DEFAULT_SCENARIO = "现行架构"


class DocumentBuilder:
    def __init__(self, organisation_name: str, description: str = "") -> None:
        self.document = Document()
        self._ids: dict[str, int] = defaultdict(int)
        self._order: dict[object, int] = defaultdict(int)
        self.document.put("organisation", 1, Organisation(1, organisation_name, description))

    def _next(self, kind: str) -> int:
        self._ids[kind] += 1
        return self._ids[kind]

    def _sort(self, group: object) -> int:
        number = self._order[group]
        self._order[group] = number + 1
        return number

    def add_unit_type(self, name: str, colour: str) -> UnitType:
        unit_type = UnitType(self._next("unit_type"), name, colour, self._sort("unit_type"))
        self.document.put("unit_type", unit_type.id, unit_type)
        return unit_type

    def add_default_unit_types(self) -> dict[str, UnitType]:
        return {name: self.add_unit_type(name, colour) for name, colour in DEFAULT_UNIT_TYPES}

    def add_scenario(self, name: str, description: str = "", is_current: bool = False) -> Scenario:
        scenario = Scenario(self._next("scenario"), name, description, self._sort("scenario"), is_current)
        self.document.put("scenario", scenario.id, scenario)
        return scenario

    def add_unit(self, scenario: Scenario, parent: Unit | None, name: str, **fields: Any) -> Unit:
        parent_id = None if parent is None else parent.id
        unit = Unit(
            self._next("unit"), scenario.id, parent_id, self._sort(("unit", scenario.id, parent_id)), name, **fields
        )
        self.document.put("unit", unit.id, unit)
        return unit

    def add_position(self, unit: Unit, title: str, **fields: Any) -> Position:
        position = Position(self._next("position"), unit.id, self._sort(("position", unit.id)), title, **fields)
        self.document.put("position", position.id, position)
        return position

    def set_reports_to(self, position: Position, manager: Position | None) -> Position:
        updated = position._replace(reports_to_id=None if manager is None else manager.id)
        self.document.put("position", updated.id, updated)
        return updated

    def add_person(self, code: str, name: str, **fields: Any) -> Person:
        person = Person(self._next("person"), code, name, **fields)
        self.document.put("person", person.id, person)
        return person

    def assign(
        self, person: Person, position: Position, kind: str = "primary", start_date: date | None = None
    ) -> Assignment:
        assignment = Assignment(self._next("assignment"), person.id, position.id, kind, start_date)
        self.document.put("assignment", assignment.id, assignment)
        return assignment

    def add_duty(self, owner_kind: OwnerKind, owner_id: int, text: str, level: int = 1, heading: str = "") -> Duty:
        sort = self._sort(("duty", str(owner_kind), owner_id))
        duty = Duty(self._next("duty"), str(owner_kind), owner_id, sort, text, level, heading)
        self.document.put("duty", duty.id, duty)
        return duty

    def add_kpi(self, owner_kind: OwnerKind, owner_id: int, name: str, **fields: Any) -> Kpi:
        sort = self._sort(("kpi", str(owner_kind), owner_id))
        kpi = Kpi(self._next("kpi"), str(owner_kind), owner_id, sort, name, **fields)
        self.document.put("kpi", kpi.id, kpi)
        return kpi

    def add_relation(
        self, scenario: Scenario, source: Unit | Position, target: Unit | Position, kind: str, label: str = ""
    ) -> Relation:
        def end(item: Unit | Position) -> str:
            return str(OwnerKind.UNIT if isinstance(item, Unit) else OwnerKind.POSITION)

        relation = Relation(
            self._next("relation"), scenario.id, end(source), source.id, end(target), target.id, kind, label
        )
        self.document.put("relation", relation.id, relation)
        return relation


def empty_document(name: str) -> Document:
    """A new organisation: default unit types, one scenario and its top unit."""
    builder = DocumentBuilder(name)
    types = builder.add_default_unit_types()
    scenario = builder.add_scenario(DEFAULT_SCENARIO, is_current=True)
    builder.add_unit(scenario, None, name, type_id=types["公司"].id)
    return builder.document
