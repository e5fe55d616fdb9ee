"""Scenarios: add, delete with everything in them (copy, rename and mark as current: scenario_copy)."""

from __future__ import annotations

from typing import cast

from orgdesk.domain import rules
from orgdesk.domain.entities import (
    Assignment,
    Duty,
    Kpi,
    OwnerKind,
    Position,
    Scenario,
)
from orgdesk.domain.operations.base import Operation, place_in_order, require
from orgdesk.domain.operations.checks import check_entity
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation


# ----- scenarios and unit types --------------------------------------------------------
class AddScenario(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Add scenario “{name}”")

    def __init__(self, name: str, description: str = "", is_current: bool = False) -> None:
        super().__init__()
        self.name, self.description, self.is_current = name, description, is_current
        self.scenario_id: int | None = None

    def label_params(self) -> dict[str, object]:
        return {"name": self.name}

    def plan(self, b: PatchBuilder) -> None:
        if b.doc.scenario_named(self.name) is not None:
            raise RuleViolation(rules.DUPLICATE_SCENARIO, name=self.name)
        self.scenario_id = b.new_id("scenario")
        scenario = Scenario(
            id=self.scenario_id,
            name=self.name,
            description=self.description,
            sort_order=len(b.doc.scenarios()),
            is_current=self.is_current or not b.doc.scenarios(),
        )
        check_entity(b, scenario)
        b.put(scenario)


class DeleteScenario(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Delete scenario “{name}”")

    def __init__(self, scenario_id: int) -> None:
        super().__init__()
        self.scenario_id = scenario_id
        self._name = ""

    def label_params(self) -> dict[str, object]:
        return {"name": self._name}

    def plan(self, b: PatchBuilder) -> None:
        scenario = require(b, Scenario, self.scenario_id)
        self._name = scenario.name
        others = [s for s in b.doc.scenarios() if s.id != scenario.id]
        if not others:
            raise RuleViolation(rules.LAST_SCENARIO)
        delete_scenario_contents(b, scenario.id)
        b.delete("scenario", scenario.id)
        place_in_order(b, others, None, None)
        if scenario.is_current:
            b.put(require(b, Scenario, others[0].id)._replace(is_current=True))


def delete_scenario_contents(b: PatchBuilder, scenario_id: int) -> None:
    """Everything of a scenario, one pass per table: the unit-by-unit cascade scans the scenario's
    relations once per unit and post, which took minutes at 10,000 units. Nothing outside the
    scenario points into it (reports-to and relations stay within a scenario), so nothing else changes."""
    doc = b.doc
    units = doc.units_of_scenario(scenario_id)
    unit_ids = {unit.id for unit in units}
    posts = [p for p in cast(list[Position], list(doc.all("position"))) if p.unit_id in unit_ids]
    post_ids = {post.id for post in posts}
    for assignment in cast(list[Assignment], list(doc.all("assignment"))):
        if assignment.position_id in post_ids:
            b.delete("assignment", assignment.id)
    owners = {OwnerKind.UNIT.value: unit_ids, OwnerKind.POSITION.value: post_ids}
    for kind in ("duty", "kpi"):
        for item in cast(list[Duty | Kpi], list(doc.all(kind))):
            if item.owner_id in owners[item.owner_kind]:
                b.delete(kind, item.id)
    for relation in doc.relations_of_scenario(scenario_id):
        b.delete("relation", relation.id)
    for post in posts:
        b.delete("position", post.id)
    for unit in units:
        b.delete("unit", unit.id)
