"""Unit types (部门类型): the colours and kinds a unit can be given."""

from __future__ import annotations

from typing import cast

from orgdesk.domain import rules
from orgdesk.domain.entities import (
    Unit,
    UnitType,
)
from orgdesk.domain.operations.base import Operation, place_in_order, require
from orgdesk.domain.operations.checks import check_entity
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation


class AddUnitType(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Add unit type “{name}”")

    def __init__(self, name: str, colour: str = "#607D8B") -> None:
        super().__init__()
        self.name, self.colour = name, colour
        self.type_id: int | None = None

    def label_params(self) -> dict[str, object]:
        return {"name": self.name}

    def plan(self, b: PatchBuilder) -> None:
        self.type_id = b.new_id("unit_type")
        unit_type = UnitType(id=self.type_id, name=self.name, colour=self.colour, sort_order=len(b.doc.unit_types()))
        check_entity(b, unit_type)
        b.put(unit_type)


class DeleteUnitType(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Delete unit type “{name}”")

    def __init__(self, type_id: int) -> None:
        super().__init__()
        self.type_id = type_id
        self._name = ""

    def label_params(self) -> dict[str, object]:
        return {"name": self._name}

    def plan(self, b: PatchBuilder) -> None:
        unit_type = require(b, UnitType, self.type_id)
        self._name = unit_type.name
        users = sum(1 for u in b.doc.all("unit") if cast(Unit, u).type_id == unit_type.id)
        if users:
            raise RuleViolation(rules.TYPE_IN_USE, type=unit_type.name, count=users)
        b.delete("unit_type", unit_type.id)
        place_in_order(b, [t for t in b.doc.unit_types() if t.id != unit_type.id], None, None)
