"""The bundled sample organisation, built from `resources/sample/telecom.json`.

The JSON is the readable source (taken from the seed documents); this module turns it
into a document. Reporting lines default to the unit's manager post, and a manager
reports to the manager of the nearest unit above.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Person, Position, Scenario, Unit, UnitType
from orgdesk.resources import resource

SAMPLE_FILE = ("sample", "telecom.json")


def load_sample_data() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(resource(*SAMPLE_FILE).read_text(encoding="utf-8"))
    return data


def sample_document() -> Document:
    return build_sample(load_sample_data())


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class _SampleBuilder:
    def __init__(self, data: dict[str, Any]) -> None:
        organisation = data["organisation"]
        self.builder = DocumentBuilder(organisation["name"], organisation.get("description", ""))
        self.types: dict[str, UnitType] = {
            t["name"]: self.builder.add_unit_type(t["name"], t["colour"]) for t in data["unit_types"]
        }
        self.people: dict[str, Person] = {}
        for person in data["people"]:
            fields = {k: v for k, v in person.items() if k not in ("code", "name")}
            fields["birth_date"] = _date(fields.get("birth_date"))
            fields["hire_date"] = _date(fields.get("hire_date"))
            self.people[person["code"]] = self.builder.add_person(person["code"], person["name"], **fields)

    def scenario(self, data: dict[str, Any]) -> None:
        scenario = self.builder.add_scenario(data["name"], data.get("description", ""), bool(data.get("current")))
        units: dict[str, Unit] = {}
        managers: dict[int, Position] = {}
        posts: list[tuple[Position, Unit, str | None]] = []
        self._unit(scenario, None, data["root"], units, managers, posts)
        for position, unit, reports_to in posts:
            self.builder.set_reports_to(position, self._manager_for(position, unit, reports_to, managers))
        for relation in data.get("relations", []):
            self.builder.add_relation(
                scenario, units[relation["from"]], units[relation["to"]], relation["kind"], relation.get("label", "")
            )

    def _unit(
        self,
        scenario: Scenario,
        parent: Unit | None,
        data: dict[str, Any],
        units: dict[str, Unit],
        managers: dict[int, Position],
        posts: list[tuple[Position, Unit, str | None]],
    ) -> None:
        unit = self.builder.add_unit(
            scenario,
            parent,
            data["name"],
            short_name=data.get("short_name", ""),
            code=data.get("code", ""),
            type_id=self.types[data["type"]].id,
            description=data.get("description", ""),
        )
        units[unit.name] = unit
        self._owned(OwnerKind.UNIT, unit.id, data)
        for post in data.get("positions", []):
            position = self._position(unit, post)
            if position.is_manager and unit.id not in managers:
                managers[unit.id] = position
            posts.append((position, unit, post.get("reports_to")))
        for child in data.get("children", []):
            self._unit(scenario, unit, child, units, managers, posts)

    def _position(self, unit: Unit, data: dict[str, Any]) -> Position:
        position = self.builder.add_position(
            unit,
            data["title"],
            code=data.get("code", ""),
            grade=data.get("grade", ""),
            category=data.get("category", ""),
            headcount=int(data.get("headcount", 1)),
            purpose=data.get("purpose", ""),
            qualifications=data.get("qualifications", ""),
            is_manager=bool(data.get("is_manager", False)),
        )
        self._owned(OwnerKind.POSITION, position.id, data)
        for holder in data.get("people", []):
            self.builder.assign(
                self.people[holder["code"]], position, holder.get("kind", "primary"), _date(holder.get("start_date"))
            )
        return position

    def _owned(self, owner_kind: OwnerKind, owner_id: int, data: dict[str, Any]) -> None:
        for duty in data.get("duties", []):
            self.builder.add_duty(owner_kind, owner_id, duty["text"], duty.get("level", 1), duty.get("heading", ""))
        for kpi in data.get("kpis", []):
            self.builder.add_kpi(
                owner_kind,
                owner_id,
                kpi["name"],
                definition=kpi.get("definition", ""),
                measure_unit=kpi.get("unit", ""),
                target=str(kpi.get("target", "")),
                weight=kpi.get("weight"),
                period=kpi.get("period", "year"),
                direction=kpi.get("direction", "higher"),
            )

    def _manager_for(
        self, position: Position, unit: Unit, reports_to: str | None, managers: dict[int, Position]
    ) -> Position | None:
        doc = self.builder.document
        chain = [unit, *doc.ancestors(unit)]
        if reports_to:
            for candidate_unit in chain:
                for candidate in doc.positions_of(candidate_unit.id):
                    if candidate.title == reports_to and candidate.id != position.id:
                        return candidate
            raise ValueError(f"sample: {position.title} reports to unknown post {reports_to}")
        own_manager = managers.get(unit.id)
        if own_manager is not None and own_manager.id != position.id:
            return own_manager
        for ancestor in doc.ancestors(unit):
            if ancestor.id in managers:
                return managers[ancestor.id]
        return None


def build_sample(data: dict[str, Any]) -> Document:
    sample = _SampleBuilder(data)
    for scenario in data["scenarios"]:
        sample.scenario(scenario)
    return sample.builder.document
