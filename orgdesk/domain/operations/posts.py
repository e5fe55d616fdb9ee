"""Posts (岗位): add, move to another unit or place, delete with their holders and items."""

from __future__ import annotations

from typing import Any, cast

from orgdesk.domain import rules
from orgdesk.domain.entities import (
    OwnerKind,
    Position,
    Unit,
)
from orgdesk.domain.operations.base import Operation, known_fields, place_in_order, require
from orgdesk.domain.operations.checks import check_entity
from orgdesk.domain.operations.owned import delete_owned
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation


def delete_position(b: PatchBuilder, position: Position) -> None:
    for assignment in b.doc.assignments_of_position(position.id):
        b.delete("assignment", assignment.id)
    for report in b.doc.reports_of(position.id):
        current = cast(Position | None, b.get("position", report.id))
        if current is not None:  # a report deleted in the same edit stays deleted
            b.put(current._replace(reports_to_id=None))
    delete_owned(b, OwnerKind.POSITION, position.id)
    b.delete("position", position.id)


# ----- posts -------------------------------------------------------------------
class AddPosition(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Add post “{title}”")

    def __init__(self, unit_id: int, title: str, index: int | None = None, **fields: Any) -> None:
        super().__init__()
        self.unit_id, self.title, self.index = unit_id, title, index
        self.fields = known_fields(Position, fields)
        self.position_id: int | None = None

    def label_params(self) -> dict[str, object]:
        return {"title": self.title}

    def plan(self, b: PatchBuilder) -> None:
        require(b, Unit, self.unit_id)
        self.position_id = self.fields.pop("id", None) or b.new_id("position")
        position = Position(id=self.position_id, unit_id=self.unit_id, sort_order=0, title=self.title, **self.fields)
        check_entity(b, position)
        place_in_order(b, b.doc.positions_of(self.unit_id), position, self.index)


class MovePosition(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Move post “{title}”")

    def __init__(self, position_id: int, unit_id: int, index: int | None = None) -> None:
        super().__init__()
        self.position_id, self.unit_id, self.index = position_id, unit_id, index
        self._title = ""

    def label_params(self) -> dict[str, object]:
        return {"title": self._title}

    def plan(self, b: PatchBuilder) -> None:
        position = require(b, Position, self.position_id)
        self._title = position.title
        target = require(b, Unit, self.unit_id)
        source = b.doc.unit(position.unit_id)
        if source.scenario_id != target.scenario_id:
            raise RuleViolation(rules.OTHER_SCENARIO, item=position.title, target=target.name)
        if target.id != position.unit_id:
            rest = [p for p in b.doc.positions_of(position.unit_id) if p.id != position.id]
            place_in_order(b, rest, None, None)
        place_in_order(b, b.doc.positions_of(target.id), position._replace(unit_id=target.id), self.index)


class DeletePosition(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Delete post “{title}”")

    def __init__(self, position_id: int) -> None:
        super().__init__()
        self.position_id = position_id
        self._title = ""

    def label_params(self) -> dict[str, object]:
        return {"title": self._title}

    def plan(self, b: PatchBuilder) -> None:
        position = require(b, Position, self.position_id)
        self._title = position.title
        delete_position(b, position)
        rest = [p for p in b.doc.positions_of(position.unit_id) if p.id != position.id]
        place_in_order(b, rest, None, None)
