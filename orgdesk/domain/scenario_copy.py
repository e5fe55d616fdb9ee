"""Scenario edits beyond add/delete: copy a scenario, rename it, make it the current one.

A copy (方案A from 现行架构) is a deep copy of the units, posts, duties, KPIs and relations of
the scenario, each copy remembering its original in `origin_id`, so a comparison of the two
scenarios can match items by identity even after they were renamed or moved.

People are not copied: a person is one person in every scenario. Their assignments ARE copied
onto the copied posts (same person, same kind, same start date), so the new scenario starts
fully staffed exactly like its source and a planner sees who would move where. Scenarios are
alternatives, so a person holding a post in several scenarios is not holding two posts.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar, cast

from orgdesk.domain import rules
from orgdesk.domain.document import Document
from orgdesk.domain.entities import (
    ENTITY_CLASSES,
    Assignment,
    Duty,
    Entity,
    Kpi,
    OwnerKind,
    Position,
    Relation,
    Scenario,
    Unit,
)
from orgdesk.domain.heap import no_cycle_collection
from orgdesk.domain.operations import Operation, UpdateEntity, _require
from orgdesk.domain.patch import Change, Patch, PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation

E = TypeVar("E", bound=tuple[object, ...])


class CopyScenario(Operation):
    """A new scenario named `name` holding a deep copy of scenario `source_id` (see the module text)."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Copy scenario “{source}” as “{name}”")

    def __init__(self, source_id: int, name: str, description: str | None = None) -> None:
        super().__init__()
        self.source_id, self.name, self.description = source_id, name, description
        self.scenario_id: int | None = None
        self._source_name = ""

    def label_params(self) -> dict[str, object]:
        return {"source": self._source_name, "name": self.name}

    def plan(self, b: PatchBuilder) -> None:  # pragma: no cover - prepare() builds the patch directly
        raise NotImplementedError

    def prepare(self, doc: Document) -> Patch:
        """Every entity of a copy is new, so the patch is made directly (each before is None):
        a 10,000-unit copy then costs one tuple per entity, not a builder lookup per entity."""
        if self._patch is None:
            with no_cycle_collection():
                self._patch = Patch(tuple(_new(Change, (kind, e[0], None, e)) for kind, e in self._copies(doc)))
        return self._patch

    def apply(self, doc: Document) -> Patch:
        with no_cycle_collection():
            return super().apply(doc)

    def revert(self, doc: Document) -> Patch:
        with no_cycle_collection():
            return super().revert(doc)

    def _copies(self, doc: Document) -> list[tuple[str, Entity]]:
        source = cast(Scenario, _require(PatchBuilder(doc), "scenario", self.source_id))
        self._source_name = source.name
        name = self.name.strip()
        if not name:
            raise RuleViolation(rules.EMPTY_NAME, field="name")
        if doc.scenario_named(name) is not None:
            raise RuleViolation(rules.DUPLICATE_SCENARIO, name=name)
        self.scenario_id = doc.new_id("scenario")
        scenario = Scenario(
            id=self.scenario_id,
            name=name,
            description=source.description if self.description is None else self.description,
            sort_order=len(doc.scenarios()),
            is_current=False,
            origin_id=source.id,
        )
        return [("scenario", scenario), *_ScenarioCopier(doc, source.id, self.scenario_id).copies()]


# The copies are built positionally (NamedTuple._replace parses keywords on every call, which was
# most of the cost of copying 140,000 entities); this is the field layout that relies on.
_LAYOUT: dict[type[Entity], tuple[str, ...]] = {
    Unit: ("id", "scenario_id", "parent_id"),
    Position: ("id", "unit_id"),
    Duty: ("id", "owner_kind", "owner_id"),
    Kpi: ("id", "owner_kind", "owner_id"),
    Assignment: ("id", "person_id", "position_id"),
    Relation: ("id", "scenario_id", "from_kind", "from_id", "to_kind", "to_id"),
}
if any(cls._fields[: len(first)] != first for cls, first in _LAYOUT.items()) or any(
    cls._fields[-1] != "origin_id" for cls in (Unit, Position, Duty, Kpi)
):  # pragma: no cover - a guard for whoever reorders entity fields
    raise ImportError("scenario_copy: entity fields were reordered; update the copy functions")
_REPORTS_TO = Position._fields.index("reports_to_id")


def _new(cls: type[E], fields: tuple[object, ...]) -> E:
    """A named tuple made without its __new__ (a Python call per entity)."""
    return tuple.__new__(cls, fields)


class _ScenarioCopier:
    """The copies of one scenario's contents, with every reference translated to the copies."""

    def __init__(self, doc: Document, source_id: int, target_id: int) -> None:
        self.doc, self.source_id, self.target_id = doc, source_id, target_id
        self.unit_ids: dict[int, int] = {}
        self.post_ids: dict[int, int] = {}
        self.out: list[tuple[str, Entity]] = []

    def copies(self) -> list[tuple[str, Entity]]:
        self._units()
        self._posts()
        self._assignments()
        self._owned("duty", cast(Iterable[Duty], self.doc.all("duty")))
        self._owned("kpi", cast(Iterable[Kpi], self.doc.all("kpi")))
        self._relations()
        return self.out

    def _units(self) -> None:
        units = self.doc.units_of_scenario(self.source_id)
        new_id = self.doc.new_id
        self.unit_ids = unit_ids = {unit.id: new_id("unit") for unit in units}
        target = self.target_id
        for unit in units:
            parent = None if unit.parent_id is None else unit_ids[unit.parent_id]
            self.out.append(("unit", _new(Unit, (unit_ids[unit.id], target, parent, *unit[3:-1], unit.id))))

    def _posts(self) -> None:
        """One pass over the posts table: cheaper than a lookup per unit when most units are copied."""
        unit_ids = self.unit_ids
        posts = [p for p in cast(Iterable[Position], self.doc.all("position")) if p.unit_id in unit_ids]
        new_id = self.doc.new_id
        self.post_ids = post_ids = {post.id: new_id("position") for post in posts}
        for post in posts:
            fields = list(post)
            fields[0], fields[1], fields[-1] = post_ids[post.id], unit_ids[post.unit_id], post.id
            if post.reports_to_id is not None:
                fields[_REPORTS_TO] = post_ids.get(post.reports_to_id)
            self.out.append(("position", _new(Position, tuple(fields))))

    def _assignments(self) -> None:
        post_ids, new_id = self.post_ids, self.doc.new_id
        for assignment in cast(Iterable[Assignment], self.doc.all("assignment")):
            post = post_ids.get(assignment.position_id)
            if post is not None:
                copy = _new(Assignment, (new_id("assignment"), assignment[1], post, *assignment[3:]))
                self.out.append(("assignment", copy))

    def _owner_map(self, owner_kind: str) -> dict[int, int]:
        return self.unit_ids if owner_kind == OwnerKind.UNIT else self.post_ids

    def _owned(self, kind: str, items: Iterable[Duty | Kpi]) -> None:
        cls, new_id, out = ENTITY_CLASSES[kind], self.doc.new_id, self.out
        maps = {str(OwnerKind.UNIT): self.unit_ids, str(OwnerKind.POSITION): self.post_ids}
        for item in items:
            owner = maps[item.owner_kind].get(item.owner_id)
            if owner is not None:
                out.append((kind, _new(cls, (new_id(kind), item[1], owner, *item[3:-1], item[0]))))

    def _relations(self) -> None:
        for relation in self.doc.relations_of_scenario(self.source_id):
            start = self._owner_map(relation.from_kind).get(relation.from_id)
            end = self._owner_map(relation.to_kind).get(relation.to_id)
            if start is not None and end is not None:
                copy = relation._replace(
                    id=self.doc.new_id("relation"), scenario_id=self.target_id, from_id=start, to_id=end
                )
                self.out.append(("relation", copy))


class RenameScenario(UpdateEntity):
    """Rename a scenario; refused when another scenario already has the name."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Rename scenario “{name}” to “{new}”")

    def __init__(self, scenario_id: int, name: str) -> None:
        super().__init__("scenario", scenario_id, name=name.strip())

    def label_source(self) -> str:
        return self.label_template

    def plan(self, b: PatchBuilder) -> None:
        other = b.doc.scenario_named(self.changes["name"])
        if other is not None and other.id != self.entity_id:
            raise RuleViolation(rules.DUPLICATE_SCENARIO, name=self.changes["name"])
        super().plan(b)


class SetCurrentScenario(UpdateEntity):
    """Mark one scenario as the current one (现行); the others stop being current."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Make “{name}” the current scenario")

    def __init__(self, scenario_id: int) -> None:
        super().__init__("scenario", scenario_id, is_current=True)

    def label_source(self) -> str:
        return self.label_template

    def label_params(self) -> dict[str, object]:
        return {"name": self._name}
