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

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar, cast

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
from orgdesk.domain.operations.base import Operation, require
from orgdesk.domain.operations.fields import UpdateEntity
from orgdesk.domain.patch import Change, Patch, PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation
from orgdesk.domain.text_rules import text_problem

E = TypeVar("E", bound=tuple[object, ...])


@dataclass(frozen=True)
class ScenarioCopySpec:
    """A scenario copy as the store can make it in SQL: every unit of `source_id` and everything
    hanging off them, each copy's id its original's plus `offsets[kind]`, references shifted the
    same way, `origin_id` the original's id, units and relations moved to `target_id`. These are
    exactly the rows of the copy's patch (planned from the same rows)."""

    source_id: int
    target_id: int
    offsets: Mapping[str, int]


class CopyScenario(Operation):
    """A new scenario named `name` holding a deep copy of scenario `source_id` (see the module text)."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Copy scenario “{source}” as “{name}”")

    def __init__(self, source_id: int, name: str, description: str | None = None) -> None:
        super().__init__()
        self.source_id, self.name, self.description = source_id, name, description
        self.scenario_id: int | None = None
        self._source_name = ""
        self._spec: ScenarioCopySpec | None = None

    def label_params(self) -> dict[str, object]:
        return {"source": self._source_name, "name": self.name}

    def plan(self, b: PatchBuilder) -> None:  # pragma: no cover - prepare() builds the patch directly
        raise NotImplementedError

    def prepare(self, doc: Document) -> Patch:
        """Every entity of a copy is new, so the patch is made directly (each before is None):
        a 10,000-unit copy then costs one tuple per entity, not a builder lookup per entity."""
        if self._patch is None:
            self._patch = Patch(tuple(_new(Change, (kind, e[0], None, e)) for kind, e in self._copies(doc)))
        return self._patch

    def store_shortcut(self) -> ScenarioCopySpec | None:
        return self._spec

    def _copies(self, doc: Document) -> list[tuple[str, Entity]]:
        source = require(PatchBuilder(doc), Scenario, self.source_id)
        self._source_name = source.name
        name = self.name.strip()
        if not name:
            raise RuleViolation(rules.EMPTY_NAME, field="name")
        if doc.scenario_named(name) is not None:
            raise RuleViolation(rules.DUPLICATE_SCENARIO, name=name)
        for field, value in (("name", name), ("description", self.description or "")):
            problem = text_problem(field, value)
            if problem is not None:
                raise RuleViolation(problem[0], **problem[1])
        self.scenario_id = doc.new_id("scenario")
        scenario = Scenario(
            id=self.scenario_id,
            name=name,
            description=source.description if self.description is None else self.description,
            sort_order=len(doc.scenarios()),
            is_current=False,
            origin_id=source.id,
        )
        copier = _ScenarioCopier(doc, source.id, self.scenario_id)
        copies = copier.copies()
        self._spec = ScenarioCopySpec(source.id, self.scenario_id, dict(copier.offsets))
        return [("scenario", scenario), *copies]


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


if TYPE_CHECKING:

    def _new(cls: type[E], fields: tuple[object, ...]) -> E:
        """A named tuple made without its __new__ (a Python call per entity)."""

else:
    _new = tuple.__new__  # a builtin: no Python frame per copied entity


class _ScenarioCopier:
    """The copies of one scenario's contents, with every reference translated to the copies.

    A copy's id is its original's id plus one offset per kind (the first free id minus the
    smallest original id), so the new ids are above every id in use, and the store can make
    the same rows with a few INSERT … SELECT statements (see ScenarioCopySpec)."""

    def __init__(self, doc: Document, source_id: int, target_id: int) -> None:
        self.doc, self.source_id, self.target_id = doc, source_id, target_id
        self.unit_ids: set[int] = set()
        self.post_ids: set[int] = set()
        self.offsets: dict[str, int] = {}
        self.out: list[tuple[str, Entity]] = []

    def copies(self) -> list[tuple[str, Entity]]:
        self._units()
        self._posts()
        self._assignments()
        self._owned("duty", cast(Iterable[Duty], self.doc.all("duty")))
        self._owned("kpi", cast(Iterable[Kpi], self.doc.all("kpi")))
        self._relations()
        return self.out

    def _offset(self, kind: str, ids: Iterable[int]) -> int:
        smallest = min(ids, default=None)
        if smallest is None:
            return 0
        offset = self.doc.new_id(kind) - smallest
        self.offsets[kind] = offset
        return offset

    def _units(self) -> None:
        units = self.doc.units_of_scenario(self.source_id)
        self.unit_ids = {unit.id for unit in units}
        shift, target = self._offset("unit", self.unit_ids), self.target_id
        for unit in units:
            parent = None if unit.parent_id is None else unit.parent_id + shift
            self.out.append(("unit", _new(Unit, (unit.id + shift, target, parent, *unit[3:-1], unit.id))))

    def _posts(self) -> None:
        """One pass over the posts table: cheaper than a lookup per unit when most units are copied."""
        unit_ids = self.unit_ids
        posts = [p for p in cast(Iterable[Position], self.doc.all("position")) if p.unit_id in unit_ids]
        self.post_ids = post_ids = {post.id for post in posts}
        shift, unit_shift = self._offset("position", post_ids), self.offsets.get("unit", 0)
        for post in posts:
            fields = list(post)
            fields[0], fields[1], fields[-1] = post.id + shift, post.unit_id + unit_shift, post.id
            if post.reports_to_id is not None:
                fields[_REPORTS_TO] = post.reports_to_id + shift if post.reports_to_id in post_ids else None
            self.out.append(("position", _new(Position, tuple(fields))))

    def _assignments(self) -> None:
        post_ids = self.post_ids
        held = [a for a in cast(Iterable[Assignment], self.doc.all("assignment")) if a.position_id in post_ids]
        shift, post_shift = self._offset("assignment", (a.id for a in held)), self.offsets.get("position", 0)
        for assignment in held:
            copy = (assignment.id + shift, assignment[1], assignment.position_id + post_shift, *assignment[3:])
            self.out.append(("assignment", _new(Assignment, copy)))

    def _shifts(self) -> dict[str, tuple[set[int], int]]:
        """Owner kind → (ids copied, their id offset)."""
        return {
            str(OwnerKind.UNIT): (self.unit_ids, self.offsets.get("unit", 0)),
            str(OwnerKind.POSITION): (self.post_ids, self.offsets.get("position", 0)),
        }

    def _owned(self, kind: str, items: Iterable[Duty | Kpi]) -> None:
        shifts = self._shifts()
        copied = [item for item in items if item.owner_id in shifts[item.owner_kind][0]]
        cls, shift = ENTITY_CLASSES[kind], self._offset(kind, (item.id for item in copied))
        for item in copied:
            owner = item.owner_id + shifts[item.owner_kind][1]
            self.out.append((kind, _new(cls, (item.id + shift, item[1], owner, *item[3:-1], item[0]))))

    def _relations(self) -> None:
        shifts = self._shifts()

        def copied(kind: str, entity_id: int) -> bool:
            return entity_id in shifts[kind if kind == OwnerKind.UNIT else OwnerKind.POSITION][0]

        def moved(kind: str, entity_id: int) -> int:
            return entity_id + shifts[kind if kind == OwnerKind.UNIT else OwnerKind.POSITION][1]

        relations = [
            r
            for r in self.doc.relations_of_scenario(self.source_id)
            if copied(r.from_kind, r.from_id) and copied(r.to_kind, r.to_id)
        ]
        shift = self._offset("relation", (r.id for r in relations))
        for relation in relations:
            copy = relation._replace(
                id=relation.id + shift,
                scenario_id=self.target_id,
                from_id=moved(relation.from_kind, relation.from_id),
                to_id=moved(relation.to_kind, relation.to_id),
            )
            self.out.append(("relation", copy))


class RenameScenario(UpdateEntity):
    """Rename a scenario; refused when another scenario already has the name."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Rename scenario “{name}” to “{new}”")

    def __init__(self, scenario_id: int, name: str) -> None:
        super().__init__("scenario", scenario_id, {"name": name.strip()})

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
        super().__init__("scenario", scenario_id, {"is_current": True})

    def label_source(self) -> str:
        return self.label_template

    def label_params(self) -> dict[str, object]:
        return {"name": self._name}
