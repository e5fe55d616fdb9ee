"""People and their assignments to posts (主岗 / 兼职 / 代理)."""

from __future__ import annotations

from datetime import date
from typing import Any

from orgdesk.domain import rules
from orgdesk.domain.entities import (
    Assignment,
    AssignmentKind,
    Person,
    Position,
)
from orgdesk.domain.operations.base import Operation, known_fields, require
from orgdesk.domain.operations.checks import check_entity
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation


# ----- people and assignments ----------------------------------------------------
class AddPerson(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Add person “{name}”")

    def __init__(self, name: str, code: str = "", **fields: Any) -> None:
        super().__init__()
        self.name, self.code = name, code
        self.fields = known_fields(Person, fields)
        self.person_id: int | None = None

    def label_params(self) -> dict[str, object]:
        return {"name": self.name}

    def plan(self, b: PatchBuilder) -> None:
        self.person_id = self.fields.pop("id", None) or b.new_id("person")
        person = Person(id=self.person_id, code=self.code, name=self.name, **self.fields)
        check_entity(b, person)
        b.put(person)


class DeletePerson(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Delete person “{name}”")

    def __init__(self, person_id: int) -> None:
        super().__init__()
        self.person_id = person_id
        self._name = ""

    def label_params(self) -> dict[str, object]:
        return {"name": self._name}

    def plan(self, b: PatchBuilder) -> None:
        person = require(b, Person, self.person_id)
        self._name = person.name
        for assignment in b.doc.assignments_of_person(person.id):
            b.delete("assignment", assignment.id)
        b.delete("person", person.id)


class AddAssignment(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Assign “{person}” to “{position}”")

    def __init__(
        self,
        person_id: int,
        position_id: int,
        kind: str = AssignmentKind.PRIMARY,
        start_date: date | None = None,
    ) -> None:
        super().__init__()
        self.person_id, self.position_id, self.kind, self.start_date = person_id, position_id, kind, start_date
        self.assignment_id: int | None = None
        self._names = ("", "")

    def label_params(self) -> dict[str, object]:
        return {"person": self._names[0], "position": self._names[1]}

    def plan(self, b: PatchBuilder) -> None:
        person = require(b, Person, self.person_id)
        position = require(b, Position, self.position_id)
        self._names = (person.name, position.title)
        for existing in b.doc.assignments_of_position(position.id):
            if existing.person_id == person.id:
                raise RuleViolation(rules.DUPLICATE_ASSIGNMENT, person=person.name, position=position.title)
        self.assignment_id = b.new_id("assignment")
        assignment = Assignment(
            id=self.assignment_id,
            person_id=person.id,
            position_id=position.id,
            kind=str(self.kind),
            start_date=self.start_date,
        )
        check_entity(b, assignment)
        b.put(assignment)


class DeleteAssignment(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Remove an assignment")

    def __init__(self, assignment_id: int) -> None:
        super().__init__()
        self.assignment_id = assignment_id

    def plan(self, b: PatchBuilder) -> None:
        require(b, Assignment, self.assignment_id)
        b.delete("assignment", self.assignment_id)
