"""Units (部门): add, move under another parent or to another place, delete with their subtree."""

from __future__ import annotations

from typing import Any

from orgdesk.domain import rules
from orgdesk.domain.entities import (
    OwnerKind,
    Scenario,
    Unit,
)
from orgdesk.domain.operations.base import Operation, known_fields, place_in_order, require
from orgdesk.domain.operations.checks import check_entity
from orgdesk.domain.operations.owned import delete_owned
from orgdesk.domain.operations.posts import delete_position
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation


# ----- units ----------------------------------------------------------------------
class AddUnit(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Add unit “{name}”")

    def __init__(
        self, scenario_id: int, parent_id: int | None, name: str, index: int | None = None, **fields: Any
    ) -> None:
        super().__init__()
        self.scenario_id, self.parent_id, self.name, self.index = scenario_id, parent_id, name, index
        self.fields = known_fields(Unit, fields)
        self.unit_id: int | None = None

    def label_params(self) -> dict[str, object]:
        return {"name": self.name}

    def plan(self, b: PatchBuilder) -> None:
        scenario = require(b, Scenario, self.scenario_id)
        if self.parent_id is None:
            root = b.doc.root(self.scenario_id)
            if root is not None:
                raise RuleViolation(rules.SECOND_ROOT, scenario=scenario.name, root=root.name)
        else:
            parent = require(b, Unit, self.parent_id)
            if parent.scenario_id != self.scenario_id:
                raise RuleViolation(rules.OTHER_SCENARIO, item=self.name, target=parent.name)
        self.unit_id = self.fields.pop("id", None) or b.new_id("unit")
        unit = Unit(
            id=self.unit_id,
            scenario_id=self.scenario_id,
            parent_id=self.parent_id,
            sort_order=0,
            name=self.name,
            **self.fields,
        )
        check_entity(b, unit)
        place_in_order(b, b.doc.children(self.scenario_id, self.parent_id), unit, self.index)


class MoveUnit(Operation):
    """Move a unit under another parent, or to another place among its siblings."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Move unit “{name}”")

    def __init__(self, unit_id: int, new_parent_id: int, index: int | None = None) -> None:
        super().__init__()
        self.unit_id, self.new_parent_id, self.index = unit_id, new_parent_id, index
        self._name = ""

    def label_params(self) -> dict[str, object]:
        return {"name": self._name}

    def plan(self, b: PatchBuilder) -> None:
        unit = require(b, Unit, self.unit_id)
        self._name = unit.name
        if unit.parent_id is None:
            raise RuleViolation(rules.MOVE_ROOT, unit=unit.name)
        target = require(b, Unit, self.new_parent_id)
        if target.scenario_id != unit.scenario_id:
            raise RuleViolation(rules.OTHER_SCENARIO, item=unit.name, target=target.name)
        if target.id == unit.id or unit.id in {a.id for a in b.doc.ancestors(target)}:
            raise RuleViolation(rules.CYCLE, unit=unit.name, target=target.name)
        if target.id != unit.parent_id:
            old_siblings = [s for s in b.doc.children(unit.scenario_id, unit.parent_id) if s.id != unit.id]
            place_in_order(b, old_siblings, None, None)
        moved = unit._replace(parent_id=target.id)
        place_in_order(b, b.doc.children(unit.scenario_id, target.id), moved, self.index)


class DeleteUnit(Operation):
    """Delete a unit with its whole subtree, posts, assignments, duties, KPIs and relations."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Delete unit “{name}”")

    def __init__(self, unit_id: int) -> None:
        super().__init__()
        self.unit_id = unit_id
        self._name = ""

    def label_params(self) -> dict[str, object]:
        return {"name": self._name}

    def plan(self, b: PatchBuilder) -> None:
        unit = require(b, Unit, self.unit_id)
        self._name = unit.name
        if unit.parent_id is None:
            raise RuleViolation(rules.DELETE_ROOT, unit=unit.name)
        delete_units(b, b.doc.subtree(unit))
        siblings = [s for s in b.doc.children(unit.scenario_id, unit.parent_id) if s.id != unit.id]
        place_in_order(b, siblings, None, None)


def delete_units(b: PatchBuilder, units: list[Unit]) -> None:
    for unit in units:
        for position in b.doc.positions_of(unit.id):
            delete_position(b, position)
        delete_owned(b, OwnerKind.UNIT, unit.id)
        b.delete("unit", unit.id)
