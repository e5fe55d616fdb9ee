"""Edit operations: every change a user can make, with apply and revert.

An operation checks the rules while it plans its patch, before anything is touched;
a refused edit raises RuleViolation and leaves the document as it was. The GUI wraps
operations in QUndoCommands, the CLI and the tests run them directly.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from datetime import date
from typing import Any, ClassVar, cast

from orgdesk.domain import rules
from orgdesk.domain.depth import MAX_DEPTH, check_depth
from orgdesk.domain.document import Document
from orgdesk.domain.entities import (
    ENTITY_CLASSES,
    Assignment,
    AssignmentKind,
    Direction,
    Duty,
    Entity,
    Gender,
    Kpi,
    Ordered,
    OwnerKind,
    Period,
    Person,
    Position,
    Relation,
    Scenario,
    Unit,
    UnitType,
    kind_of,
)
from orgdesk.domain.messages import fill_template
from orgdesk.domain.patch import Patch, PatchBuilder, apply_patch
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation
from orgdesk.domain.text_rules import text_fields, text_problem

OPS = "Operations"


class Operation(ABC):
    """One user edit. `label` is the undo-menu text (translated by the UI)."""

    label_template: ClassVar[str] = QT_TRANSLATE_NOOP("Operations", "Edit")

    def __init__(self) -> None:
        self._patch: Patch | None = None

    @abstractmethod
    def plan(self, b: PatchBuilder) -> None:
        """Check the rules and record the changes in `b`."""

    def label_params(self) -> dict[str, object]:
        return {}

    def label_source(self) -> str:
        """The English template of the undo text (an edit may pick it while it plans)."""
        return self.label_template

    def label(self) -> str:
        return fill_template(self.label_source(), self.label_params())

    @property
    def patch(self) -> Patch | None:
        return self._patch

    def forget_plan(self) -> None:
        """Drop the cached plan, so the next `prepare` plans afresh (the document changed under it)."""
        self._patch = None

    def store_shortcut(self) -> object | None:
        """A description of this edit the store may carry out in SQL rather than row by row, making
        exactly the patch's rows (see ScenarioCopySpec); valid only right after a fresh `prepare`."""
        return None

    def prepare(self, doc: Document) -> Patch:
        """Plan once; later calls (redo) give the same patch, so ids stay stable."""
        if self._patch is None:
            builder = PatchBuilder(doc)
            self.plan(builder)
            _check_levels(builder)
            self._patch = builder.build()
        return self._patch

    def apply(self, doc: Document) -> Patch:
        patch = self.prepare(doc)
        apply_patch(doc, patch)
        return patch

    def revert(self, doc: Document) -> Patch:
        if self._patch is None:
            raise RuntimeError("revert() before apply()")
        inverse = self._patch.inverse()
        apply_patch(doc, inverse)
        return inverse


# ----- shared checks and helpers ------------------------------------------------
_NAME_FIELDS = {
    "unit": ("name",),
    "position": ("title",),
    "person": ("name",),
    "duty": ("text",),
    "kpi": ("name",),
    "scenario": ("name",),
    "unit_type": ("name",),
    "organisation": ("name",),
}
_CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
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
_STRUCTURAL = {
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


def _require(b: PatchBuilder, kind: str, entity_id: int | None) -> Any:
    entity = b.get(kind, entity_id)
    if entity is None:
        raise RuleViolation(rules.MISSING, kind=kind, id=entity_id)
    return entity


def _check_levels(b: PatchBuilder) -> None:
    """No unit an edit places (adds, or moves with its subtree) may end up below MAX_DEPTH levels."""
    placed = b.placed_units()
    if not placed:
        return
    heights = {after.id: subtree_height(b.doc, before) for before, after in placed if isinstance(before, Unit)}
    check_depth(b.get, [cast(Unit, after) for _, after in placed], heights)


def subtree_height(doc: Document, unit: Unit) -> int:
    """Levels below `unit` in the document (0 for a leaf), walked level by level, stopping past the limit."""
    height, level = 0, doc.children_of(unit)
    while level and height <= MAX_DEPTH:
        height += 1
        level = [child for parent in level for child in doc.children_of(parent)]
    return height


def check_entity(b: PatchBuilder, entity: Entity) -> None:
    """Field-level rules that hold for every entity of a kind."""
    kind = kind_of(entity)
    for field in _NAME_FIELDS.get(kind, ()):
        value = getattr(entity, field)
        if not isinstance(value, str) or not value.strip():
            raise RuleViolation(rules.EMPTY_NAME, field=field)
    for field in text_fields(entity):
        problem = text_problem(field, getattr(entity, field))
        if problem is not None:
            raise RuleViolation(problem[0], **problem[1])
    for (choice_kind, field), choices in _CHOICES.items():
        if choice_kind == kind and getattr(entity, field) not in choices:
            raise RuleViolation(
                rules.BAD_CHOICE,
                value=getattr(entity, field),
                field=field,
                choices=", ".join(c or "''" for c in choices),
            )
    if isinstance(entity, Position):
        _check_position(b, entity)
    elif isinstance(entity, Kpi) and entity.weight is not None:
        if not 0 <= entity.weight <= 100:
            raise RuleViolation(rules.WEIGHT_RANGE, value=entity.weight)
    elif isinstance(entity, Person):
        _check_person_code(b, entity)
    elif isinstance(entity, Unit) and entity.type_id is not None:
        _require(b, "unit_type", entity.type_id)


def _check_position(b: PatchBuilder, position: Position) -> None:
    if position.headcount < 0:
        raise RuleViolation(rules.NEGATIVE, field="headcount", value=position.headcount)
    if position.headcount > rules.MAX_HEADCOUNT:
        raise RuleViolation(rules.TOO_MANY, field="headcount", value=position.headcount, limit=rules.MAX_HEADCOUNT)
    target_id = position.reports_to_id
    if target_id is None:
        return
    target = cast(Position, _require(b, "position", target_id))
    own_unit = cast(Unit, _require(b, "unit", position.unit_id))
    target_unit = cast(Unit, _require(b, "unit", target.unit_id))
    if own_unit.scenario_id != target_unit.scenario_id:
        raise RuleViolation(rules.OTHER_SCENARIO, item=position.title, target=target.title)
    seen = {position.id}
    current: Position | None = target
    while current is not None:
        if current.id in seen:
            raise RuleViolation(rules.REPORTS_TO_CYCLE, position=position.title, target=target.title)
        seen.add(current.id)
        current = cast(Position | None, b.get("position", current.reports_to_id))


def _check_person_code(b: PatchBuilder, person: Person) -> None:
    if not person.code:
        return
    for other in b.doc.people_by_code(person.code):
        current = b.get("person", other.id)
        if other.id != person.id and current is not None and cast(Person, current).code == person.code:
            raise RuleViolation(rules.DUPLICATE_CODE, code=person.code, name=other.name)


def _place(b: PatchBuilder, siblings: Sequence[Ordered], moved: Ordered | None, index: int | None) -> None:
    """Insert `moved` among `siblings` at `index` and renumber them densely 0..n-1."""
    order = [cast(Ordered, b.get(kind_of(s), s.id) or s) for s in siblings]
    if moved is not None:
        order = [s for s in order if s.id != moved.id]
        at = len(order) if index is None else max(0, min(index, len(order)))
        order.insert(at, moved)
    for number, entity in enumerate(order):
        if entity is moved or entity.sort_order != number:
            b.put(entity._replace(sort_order=number))


def _fields(cls: type[Entity], values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(cls._fields)
    if unknown:
        raise RuleViolation(rules.UNKNOWN_FIELD, kind=cls.__name__, field=sorted(unknown)[0])
    return values


# ----- units ----------------------------------------------------------------------
class AddUnit(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Add unit “{name}”")

    def __init__(
        self, scenario_id: int, parent_id: int | None, name: str, index: int | None = None, **fields: Any
    ) -> None:
        super().__init__()
        self.scenario_id, self.parent_id, self.name, self.index = scenario_id, parent_id, name, index
        self.fields = _fields(Unit, fields)
        self.unit_id: int | None = None

    def label_params(self) -> dict[str, object]:
        return {"name": self.name}

    def plan(self, b: PatchBuilder) -> None:
        scenario = cast(Scenario, _require(b, "scenario", self.scenario_id))
        if self.parent_id is None:
            root = b.doc.root(self.scenario_id)
            if root is not None:
                raise RuleViolation(rules.SECOND_ROOT, scenario=scenario.name, root=root.name)
        else:
            parent = cast(Unit, _require(b, "unit", self.parent_id))
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
        _place(b, b.doc.children(self.scenario_id, self.parent_id), unit, self.index)


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
        unit = cast(Unit, _require(b, "unit", self.unit_id))
        self._name = unit.name
        if unit.parent_id is None:
            raise RuleViolation(rules.MOVE_ROOT, unit=unit.name)
        target = cast(Unit, _require(b, "unit", self.new_parent_id))
        if target.scenario_id != unit.scenario_id:
            raise RuleViolation(rules.OTHER_SCENARIO, item=unit.name, target=target.name)
        if target.id == unit.id or unit.id in {a.id for a in b.doc.ancestors(target)}:
            raise RuleViolation(rules.CYCLE, unit=unit.name, target=target.name)
        if target.id != unit.parent_id:
            old_siblings = [s for s in b.doc.children(unit.scenario_id, unit.parent_id) if s.id != unit.id]
            _place(b, old_siblings, None, None)
        moved = unit._replace(parent_id=target.id)
        _place(b, b.doc.children(unit.scenario_id, target.id), moved, self.index)


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
        unit = cast(Unit, _require(b, "unit", self.unit_id))
        self._name = unit.name
        if unit.parent_id is None:
            raise RuleViolation(rules.DELETE_ROOT, unit=unit.name)
        _delete_units(b, b.doc.subtree(unit))
        siblings = [s for s in b.doc.children(unit.scenario_id, unit.parent_id) if s.id != unit.id]
        _place(b, siblings, None, None)


def _delete_units(b: PatchBuilder, units: list[Unit]) -> None:
    for unit in units:
        for position in b.doc.positions_of(unit.id):
            _delete_position(b, position)
        _delete_owned(b, OwnerKind.UNIT, unit.id)
        b.delete("unit", unit.id)


def _delete_owned(b: PatchBuilder, owner_kind: OwnerKind, owner_id: int) -> None:
    """Duties, KPIs and relations hanging off a unit or post."""
    for duty in b.doc.duties_of(owner_kind, owner_id):
        b.delete("duty", duty.id)
    for kpi in b.doc.kpis_of(owner_kind, owner_id):
        b.delete("kpi", kpi.id)
    scenario_id = b.doc.owner_scenario_id(owner_kind, owner_id)
    if scenario_id is None:
        return
    for relation in b.doc.relations_of_scenario(scenario_id):
        ends = {(relation.from_kind, relation.from_id), (relation.to_kind, relation.to_id)}
        if (str(owner_kind), owner_id) in ends:
            b.delete("relation", relation.id)


def _delete_position(b: PatchBuilder, position: Position) -> None:
    for assignment in b.doc.assignments_of_position(position.id):
        b.delete("assignment", assignment.id)
    for report in b.doc.reports_of(position.id):
        current = cast(Position | None, b.get("position", report.id))
        if current is not None:  # a report deleted in the same edit stays deleted
            b.put(current._replace(reports_to_id=None))
    _delete_owned(b, OwnerKind.POSITION, position.id)
    b.delete("position", position.id)


# ----- posts -------------------------------------------------------------------
class AddPosition(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Add post “{title}”")

    def __init__(self, unit_id: int, title: str, index: int | None = None, **fields: Any) -> None:
        super().__init__()
        self.unit_id, self.title, self.index = unit_id, title, index
        self.fields = _fields(Position, fields)
        self.position_id: int | None = None

    def label_params(self) -> dict[str, object]:
        return {"title": self.title}

    def plan(self, b: PatchBuilder) -> None:
        _require(b, "unit", self.unit_id)
        self.position_id = self.fields.pop("id", None) or b.new_id("position")
        position = Position(id=self.position_id, unit_id=self.unit_id, sort_order=0, title=self.title, **self.fields)
        check_entity(b, position)
        _place(b, b.doc.positions_of(self.unit_id), position, self.index)


class MovePosition(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Move post “{title}”")

    def __init__(self, position_id: int, unit_id: int, index: int | None = None) -> None:
        super().__init__()
        self.position_id, self.unit_id, self.index = position_id, unit_id, index
        self._title = ""

    def label_params(self) -> dict[str, object]:
        return {"title": self._title}

    def plan(self, b: PatchBuilder) -> None:
        position = cast(Position, _require(b, "position", self.position_id))
        self._title = position.title
        target = cast(Unit, _require(b, "unit", self.unit_id))
        source = b.doc.unit(position.unit_id)
        if source.scenario_id != target.scenario_id:
            raise RuleViolation(rules.OTHER_SCENARIO, item=position.title, target=target.name)
        if target.id != position.unit_id:
            rest = [p for p in b.doc.positions_of(position.unit_id) if p.id != position.id]
            _place(b, rest, None, None)
        _place(b, b.doc.positions_of(target.id), position._replace(unit_id=target.id), self.index)


class DeletePosition(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Delete post “{title}”")

    def __init__(self, position_id: int) -> None:
        super().__init__()
        self.position_id = position_id
        self._title = ""

    def label_params(self) -> dict[str, object]:
        return {"title": self._title}

    def plan(self, b: PatchBuilder) -> None:
        position = cast(Position, _require(b, "position", self.position_id))
        self._title = position.title
        _delete_position(b, position)
        rest = [p for p in b.doc.positions_of(position.unit_id) if p.id != position.id]
        _place(b, rest, None, None)


# ----- people and assignments ----------------------------------------------------
class AddPerson(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Add person “{name}”")

    def __init__(self, name: str, code: str = "", **fields: Any) -> None:
        super().__init__()
        self.name, self.code = name, code
        self.fields = _fields(Person, fields)
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
        person = cast(Person, _require(b, "person", self.person_id))
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
        person = cast(Person, _require(b, "person", self.person_id))
        position = cast(Position, _require(b, "position", self.position_id))
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
        _require(b, "assignment", self.assignment_id)
        b.delete("assignment", self.assignment_id)


# ----- duties and KPIs (ordered items owned by a unit or post) -----------------------
def _require_owner(b: PatchBuilder, owner_kind: str, owner_id: int) -> None:
    if owner_kind not in (OwnerKind.UNIT, OwnerKind.POSITION):
        raise RuleViolation(rules.BAD_CHOICE, value=owner_kind, field="owner_kind", choices="unit, position")
    _require(b, owner_kind, owner_id)


class _AddOwned(Operation):
    kind: ClassVar[str]

    def __init__(self, owner_kind: str, owner_id: int, index: int | None = None, **fields: Any) -> None:
        super().__init__()
        self.owner_kind, self.owner_id, self.index = str(owner_kind), owner_id, index
        self.fields = _fields(ENTITY_CLASSES[self.kind], fields)
        self.item_id: int | None = None

    def label_params(self) -> dict[str, object]:
        text = str(self.fields.get("text") or self.fields.get("name") or "")
        return {"text": text if len(text) <= 20 else text[:19] + "…"}

    def plan(self, b: PatchBuilder) -> None:
        _require_owner(b, self.owner_kind, self.owner_id)
        self.item_id = self.fields.pop("id", None) or b.new_id(self.kind)
        cls = ENTITY_CLASSES[self.kind]
        item = cast(
            Duty | Kpi,
            cls(  # type: ignore[call-arg]
                id=self.item_id, owner_kind=self.owner_kind, owner_id=self.owner_id, sort_order=0, **self.fields
            ),
        )
        check_entity(b, item)
        siblings = _owned(b.doc, self.kind, self.owner_kind, self.owner_id)
        _place(b, siblings, item, self.index)


def _owned(doc: Document, kind: str, owner_kind: str, owner_id: int) -> list[Ordered]:
    if kind == "duty":
        return list(doc.duties_of(owner_kind, owner_id))
    return list(doc.kpis_of(owner_kind, owner_id))


class _MoveOwned(Operation):
    kind: ClassVar[str]

    def __init__(self, item_id: int, owner_kind: str, owner_id: int, index: int | None = None) -> None:
        super().__init__()
        self.item_id, self.owner_kind, self.owner_id, self.index = item_id, str(owner_kind), owner_id, index

    def plan(self, b: PatchBuilder) -> None:
        item = cast(Duty | Kpi, _require(b, self.kind, self.item_id))
        _require_owner(b, self.owner_kind, self.owner_id)
        source_scenario = b.doc.owner_scenario_id(item.owner_kind, item.owner_id)
        if source_scenario != b.doc.owner_scenario_id(self.owner_kind, self.owner_id):
            raise RuleViolation(rules.OTHER_SCENARIO, item=self.kind, target=self.owner_kind)
        same_owner = (item.owner_kind, item.owner_id) == (self.owner_kind, self.owner_id)
        if not same_owner:
            rest = [s for s in _owned(b.doc, self.kind, item.owner_kind, item.owner_id) if s.id != item.id]
            _place(b, rest, None, None)
        moved = item._replace(owner_kind=self.owner_kind, owner_id=self.owner_id)
        _place(b, _owned(b.doc, self.kind, self.owner_kind, self.owner_id), moved, self.index)


class _DeleteOwned(Operation):
    kind: ClassVar[str]

    def __init__(self, item_id: int) -> None:
        super().__init__()
        self.item_id = item_id

    def plan(self, b: PatchBuilder) -> None:
        item = cast(Duty | Kpi, _require(b, self.kind, self.item_id))
        b.delete(self.kind, item.id)
        rest = [s for s in _owned(b.doc, self.kind, item.owner_kind, item.owner_id) if s.id != item.id]
        _place(b, rest, None, None)


class AddDuty(_AddOwned):
    kind = "duty"
    label_template = QT_TRANSLATE_NOOP("Operations", "Add duty “{text}”")


class MoveDuty(_MoveOwned):
    kind = "duty"
    label_template = QT_TRANSLATE_NOOP("Operations", "Move a duty")


class DeleteDuty(_DeleteOwned):
    kind = "duty"
    label_template = QT_TRANSLATE_NOOP("Operations", "Delete a duty")


class AddKpi(_AddOwned):
    kind = "kpi"
    label_template = QT_TRANSLATE_NOOP("Operations", "Add KPI “{text}”")


class MoveKpi(_MoveOwned):
    kind = "kpi"
    label_template = QT_TRANSLATE_NOOP("Operations", "Move a KPI")


class DeleteKpi(_DeleteOwned):
    kind = "kpi"
    label_template = QT_TRANSLATE_NOOP("Operations", "Delete a KPI")


# ----- relations ---------------------------------------------------------------------
class AddRelation(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Add relation “{label}”")

    def __init__(
        self,
        from_kind: str,
        from_id: int,
        to_kind: str,
        to_id: int,
        kind: str = "cooperation",
        label: str = "",
    ) -> None:
        super().__init__()
        self.ends = (str(from_kind), from_id, str(to_kind), to_id)
        self.kind, self.text = kind, label
        self.relation_id: int | None = None

    def label_params(self) -> dict[str, object]:
        return {"label": self.text or self.kind}

    def plan(self, b: PatchBuilder) -> None:
        from_kind, from_id, to_kind, to_id = self.ends
        _require_owner(b, from_kind, from_id)
        _require_owner(b, to_kind, to_id)
        if (from_kind, from_id) == (to_kind, to_id):
            raise RuleViolation(rules.SELF_RELATION)
        scenario_id = b.doc.owner_scenario_id(from_kind, from_id)
        if scenario_id is None or scenario_id != b.doc.owner_scenario_id(to_kind, to_id):
            raise RuleViolation(rules.OTHER_SCENARIO, item=from_kind, target=to_kind)
        self.relation_id = b.new_id("relation")
        relation = Relation(
            id=self.relation_id,
            scenario_id=scenario_id,
            from_kind=from_kind,
            from_id=from_id,
            to_kind=to_kind,
            to_id=to_id,
            kind=self.kind,
            label=self.text,
        )
        check_entity(b, relation)
        b.put(relation)


class DeleteRelation(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Delete a relation")

    def __init__(self, relation_id: int) -> None:
        super().__init__()
        self.relation_id = relation_id

    def plan(self, b: PatchBuilder) -> None:
        _require(b, "relation", self.relation_id)
        b.delete("relation", self.relation_id)


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
        scenario = cast(Scenario, _require(b, "scenario", self.scenario_id))
        self._name = scenario.name
        others = [s for s in b.doc.scenarios() if s.id != scenario.id]
        if not others:
            raise RuleViolation(rules.LAST_SCENARIO)
        _delete_scenario_contents(b, scenario.id)
        b.delete("scenario", scenario.id)
        _place(b, others, None, None)
        if scenario.is_current:
            b.put(cast(Scenario, b.get("scenario", others[0].id))._replace(is_current=True))


def _delete_scenario_contents(b: PatchBuilder, scenario_id: int) -> None:
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
        unit_type = cast(UnitType, _require(b, "unit_type", self.type_id))
        self._name = unit_type.name
        users = sum(1 for u in b.doc.all("unit") if cast(Unit, u).type_id == unit_type.id)
        if users:
            raise RuleViolation(rules.TYPE_IN_USE, type=unit_type.name, count=users)
        b.delete("unit_type", unit_type.id)
        _place(b, [t for t in b.doc.unit_types() if t.id != unit_type.id], None, None)


# ----- field edits and macros ------------------------------------------------------------
class UpdateEntity(Operation):
    """Change any non-structural fields of one entity (rename, retype, 编制, …)."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Change “{name}”")
    rename_template = QT_TRANSLATE_NOOP("Operations", "Rename “{name}” to “{new}”")

    def __init__(self, kind: str, entity_id: int, **changes: Any) -> None:
        super().__init__()
        self.kind, self.entity_id = kind, entity_id
        self.changes = _fields(ENTITY_CLASSES[kind], changes)
        self._name = ""

    def is_rename(self) -> bool:
        return set(self.changes) in ({"name"}, {"title"})

    def label_source(self) -> str:
        return self.rename_template if self.is_rename() else self.label_template

    def label_params(self) -> dict[str, object]:
        if self.is_rename():
            return {"name": self._name, "new": next(iter(self.changes.values()))}
        return {"name": self._name}

    def plan(self, b: PatchBuilder) -> None:
        entity = _require(b, self.kind, self.entity_id)
        for field in self.changes:
            if field in _STRUCTURAL:
                raise RuleViolation(rules.READ_ONLY_FIELD, field=field)
        updated = entity._replace(**self.changes)
        self._name = str(
            getattr(entity, "name", None) or getattr(entity, "title", None) or getattr(entity, "text", "")
        )[:20]
        check_entity(b, updated)
        if isinstance(updated, Scenario) and updated.is_current and not entity.is_current:
            for other in b.doc.scenarios():
                if other.id != updated.id and other.is_current:
                    b.put(other._replace(is_current=False))
        b.put(updated)


class Composite(Operation):
    """Several operations as one undoable edit (a macro)."""

    def __init__(self, label: str, operations: Sequence[Operation]) -> None:
        super().__init__()
        self._label = label
        self.operations = list(operations)

    def label(self) -> str:
        return self._label

    def plan(self, b: PatchBuilder) -> None:  # pragma: no cover - prepare() is overridden
        raise NotImplementedError

    def prepare(self, doc: Document) -> Patch:
        if self._patch is None:
            applied: list[Patch] = []
            try:
                for operation in self.operations:
                    applied.append(operation.apply(doc))
            finally:
                for patch in reversed(applied):
                    apply_patch(doc, patch.inverse())
            self._patch = Patch.merge(applied)
        return self._patch
