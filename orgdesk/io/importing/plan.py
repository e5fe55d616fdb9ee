"""What an import will add: new entities with ids and dense order, and the rows it rejected.

Importers (our own workbook, anyone's sheet) fill a `PlanWriter`; the finished
`ImportPlan` becomes one `BulkInsert` edit, so the whole import is one transaction and
one undo step, and nothing is written while the user still looks at the problems.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, TypeVar

from orgdesk.domain.document import Document
from orgdesk.domain.entities import (
    Assignment,
    Duty,
    Entity,
    Kpi,
    OwnerKind,
    Person,
    Position,
    Unit,
    UnitType,
    kind_of,
)
from orgdesk.domain.operations import BulkInsert, RosterUpdate
from orgdesk.domain.progress import Cancelled
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.domain.text_rules import fitted, limit_of, plainly_fine, text_fields
from orgdesk.i18n import render

PlanProgress = Callable[[int, int], bool | None]
T = TypeVar("T")
ROWS_PER_REPORT = 2_000

CUT_TEXT = QT_TRANSLATE_NOOP(
    "Import", "The {field} was {length} characters long; it was cut to {limit} (marked with …)."
)
TYPE_COLOURS = ("#1F5F99", "#2E8B57", "#8E44AD", "#D35400", "#16A085", "#7F8C8D", "#C0392B")


@dataclass(frozen=True)
class Problem:
    """A rejected (or adjusted) row: where it is and why, as a translatable template."""

    sheet: str
    row: int  # 1-based, as the spreadsheet shows it
    template: str
    params: dict[str, object] = field(default_factory=dict)
    rejected: bool = True  # False: a note (the row was imported with a change)

    def text(self, language: str | None = None) -> str:
        return render("Import", self.template, self.params, language)


@dataclass
class ImportPlan:
    source: str
    entities: list[Entity]
    updates: list[Entity]
    problems: list[Problem]
    rows_read: int = 0
    mode: str = "units"  # "units", "posts", "workbook" or "update"
    deletions: list[tuple[str, int]] = field(default_factory=list)
    changes: dict[str, list[str]] = field(default_factory=dict)  # a refresh: joined, left, moved … (see refresh)

    def rejected(self) -> list[Problem]:
        return [p for p in self.problems if p.rejected]

    def count(self, kind: str) -> int:
        return self._counts[kind]

    @cached_property
    def _counts(self) -> Counter[str]:
        return Counter(map(kind_of, self.entities))

    def people_already_in_document(self) -> int:
        """People of the document (matched by 工号) the import gives posts."""
        new = {entity.id for entity in self.entities if isinstance(entity, Person)}
        return len({a.person_id for a in self.entities if isinstance(a, Assignment) and a.person_id not in new})

    def operation(self) -> BulkInsert:
        if self.mode == "update":
            return RosterUpdate(self.entities, self.updates, self.source, self.deletions)
        return BulkInsert(self.entities, self.updates, source=self.source)

    def preview_tree(self, document: Document, limit: int = 200) -> list[tuple[int, str, int, int]]:
        """(depth, unit name, posts, people) of the units the import adds or changes, in tree order;
        people: those the import gives a post in the unit."""
        units = {u.id: u for u in self.updates + self.entities if isinstance(u, Unit)}
        posts: dict[int, int] = defaultdict(int)
        unit_of_post: dict[int, int] = {}
        for entity in self.entities:
            if isinstance(entity, Position):
                posts[entity.unit_id] += 1
                unit_of_post[entity.id] = entity.unit_id
        people: dict[int, set[int]] = defaultdict(set)
        for entity in self.entities:
            if isinstance(entity, Assignment):
                unit_id = unit_of_post.get(entity.position_id)
                if unit_id is None:
                    found = document.get("position", entity.position_id)
                    unit_id = found.unit_id if isinstance(found, Position) else None
                if unit_id is not None:
                    people[unit_id].add(entity.person_id)
        children: dict[int | None, list[Unit]] = defaultdict(list)
        for unit in units.values():
            parent = unit.parent_id if unit.parent_id in units else None
            children[parent].append(unit)
        result: list[tuple[int, str, int, int]] = []
        stack = [(u, 0) for u in sorted(children[None], key=lambda u: u.sort_order, reverse=True)]
        while stack and len(result) < limit:
            unit, depth = stack.pop()
            result.append((depth, unit.name, posts[unit.id], len(people[unit.id])))
            kids = sorted(children[unit.id], key=lambda u: u.sort_order, reverse=True)
            stack.extend((kid, depth + 1) for kid in kids)
        return result


def _row_of(record: object, previous: int) -> int:
    """The spreadsheet row of a record: a node's `line`, or the first item of a (row, …) tuple."""
    line = getattr(record, "line", None)
    if isinstance(line, int):
        return line
    if isinstance(record, tuple) and record and isinstance(record[0], int):
        return record[0]
    return previous


class PlanWriter:
    """Allocates ids and sibling order for new entities of one scenario, and reports how far
    the importer got through its rows (`progress(done, total)`; returning False cancels)."""

    def __init__(self, document: Document, scenario_id: int, source: str, progress: PlanProgress | None = None) -> None:
        self.doc, self.scenario_id, self.source = document, scenario_id, source
        self._progress = progress
        self._rows_done = 0
        self._rows_total = 0
        self.new: dict[tuple[str, int], Entity] = {}
        self.updates: dict[tuple[str, int], Entity] = {}
        self.problems: list[Problem] = []
        self._next_order: dict[tuple[object, ...], int] = {}
        self._types = {t.name: t for t in document.unit_types()}
        self._people_by_code: dict[str, Person] = {}
        self._held: set[tuple[int, int]] = set()  # (person, post) pairs this import assigns
        self._primary: set[int] = set()  # people given a primary post by this import
        self._row = 0  # the spreadsheet row being planned (0: not known)
        self.deletions: list[tuple[str, int]] = []
        self._sheet = source

    # ----- progress -----------------------------------------------------------------------
    def expect_rows(self, count: int) -> None:
        """Rows the importer will go through; each counts twice: read as text, then planned."""
        self._rows_total += 2 * count

    def rows_read(self, count: int) -> None:
        self._advance(count)

    def each(self, records: Sequence[T], sheet: str = "") -> Iterator[T]:
        """`records` (rows of `sheet`) one by one, reporting progress (and stopping if cancelled)
        every few thousand; notes made while planning one name its sheet and row."""
        self._sheet = sheet or self.source
        for start in range(0, len(records), ROWS_PER_REPORT):
            chunk = records[start : start + ROWS_PER_REPORT]
            for record in chunk:
                self._row = _row_of(record, self._row)
                yield record
            self._advance(len(chunk))

    def _advance(self, rows: int) -> None:
        self._rows_done += rows
        if self._progress is None or not self._rows_total:
            return
        if self._progress(min(self._rows_done, self._rows_total), self._rows_total) is False:
            raise Cancelled

    # ----- bookkeeping ------------------------------------------------------------------
    def _order(self, group: tuple[object, ...], existing: Callable[[], int]) -> int:
        """The next place among the siblings `group`; `existing()` counts those already in the
        document, asked once per group (an import adds tens of thousands of entities)."""
        number = self._next_order.get(group)
        if number is None:
            number = existing()
        self._next_order[group] = number + 1
        return number

    def _add(self, entity: Entity, kind: str | None = None) -> None:
        self.new[(kind or kind_of(entity), entity.id)] = self._fitted(entity)

    def _fitted(self, entity: Entity) -> Entity:
        """The entity with its texts as a document may hold them: control characters dropped, line
        breaks in names made spaces, overlong values cut with a visible mark (and a note)."""
        if plainly_fine(entity):
            return entity
        changes: dict[str, Any] = {}
        for name in text_fields(entity):
            value = getattr(entity, name)
            fitted_value, cut = fitted(name, value)
            if fitted_value != value:
                changes[name] = fitted_value
            if cut:
                params = {"field": name, "length": len(value), "limit": limit_of(name)}
                self.problem(self._sheet, self._row, CUT_TEXT, rejected=False, **params)
        return entity._replace(**changes) if changes else entity  # the fields are text

    def replace(self, entity: Entity) -> None:
        """Change a new entity (e.g. raise a post's headcount) or an existing one."""
        entity = self._fitted(entity)
        key = (kind_of(entity), entity.id)
        if key in self.new:
            self.new[key] = entity
        else:
            self.updates[key] = entity

    def current(self, kind: str, entity_id: int) -> Entity | None:
        key = (kind, entity_id)
        return self.new.get(key) or self.updates.get(key) or self.doc.get(kind, entity_id)

    def problem(self, sheet: str, row: int, template: str, *, rejected: bool = True, **params: object) -> None:
        self.problems.append(Problem(sheet, row, template, params, rejected))

    # ----- units ------------------------------------------------------------------------
    def root(self) -> Unit | None:
        return self.doc.root(self.scenario_id)

    def root_is_blank(self) -> bool:
        """A new document's lone top unit: no sub-units, posts, duties or KPIs yet."""
        root = self.root()
        if root is None:
            return False
        doc = self.doc
        return not (
            doc.children_of(root)
            or doc.positions_of_unordered(root.id)
            or doc.duties_of(OwnerKind.UNIT, root.id)
            or doc.kpis_of(OwnerKind.UNIT, root.id)
        )

    def unit_type_id(self, name: str) -> int | None:
        name = name.strip()
        if not name:
            return None
        found = self._types.get(name)
        if found is None:
            number = len(self._types)
            found = UnitType(self.doc.new_id("unit_type"), name, TYPE_COLOURS[number % len(TYPE_COLOURS)], number)
            self._types[name] = found
            self._add(found)
        return found.id

    def add_unit(self, parent: Unit | None, name: str, **fields: Any) -> Unit:
        parent_id = None if parent is None else parent.id
        order = self._order(("unit", parent_id), lambda: self._children_in_document(parent))
        unit = Unit(self.doc.new_id("unit"), self.scenario_id, parent_id, order, name, **fields)
        self._add(unit, "unit")
        return unit

    def _children_in_document(self, parent: Unit | None) -> int:
        if parent is None:
            return len(self.doc.roots(self.scenario_id))
        return 0 if ("unit", parent.id) in self.new else self.doc.child_count(parent)

    def take_over_root(self, name: str, **fields: Any) -> Unit:
        """The blank top unit becomes the imported top unit (name and fields replaced)."""
        root = self.root()
        assert root is not None
        updated = root._replace(name=name, **fields)
        self.replace(updated)
        return updated

    # ----- posts and people -------------------------------------------------------------
    def add_position(self, unit: Unit, title: str, **fields: Any) -> Position:
        order = self._order(("position", unit.id), lambda: self._posts_in_document(unit))
        position = Position(self.doc.new_id("position"), unit.id, order, title, **fields)
        self._add(position, "position")
        return position

    def _posts_in_document(self, unit: Unit) -> int:
        return 0 if ("unit", unit.id) in self.new else len(self.doc.positions_of_unordered(unit.id))

    def person(self, name: str, code: str = "", **fields: Any) -> Person:
        """The person with employee number `code` (already in the document or this import), or a new one."""
        if code:
            known = self._people_by_code.get(code)
            if known is None:
                in_document = self.doc.people_by_code(code)
                known = in_document[0] if in_document else None
            if known is not None:
                self._people_by_code[code] = known
                return known
        person = Person(self.doc.new_id("person"), code, name, **fields)
        self._add(person, "person")
        if code:
            self._people_by_code[code] = person
        return person

    def assign(self, person: Person, position: Position, kind: str = "primary", **fields: Any) -> Assignment:
        assignment = Assignment(self.doc.new_id("assignment"), person.id, position.id, kind, **fields)
        self._add(assignment, "assignment")
        return assignment

    def hold(self, person: Person, position: Position) -> Assignment | None:
        """`person` takes `position`: as primary post if they hold none yet, else concurrently."""
        key = (person.id, position.id)
        if key in self._held:
            return None
        self._held.add(key)
        has_primary = person.id in self._primary or any(
            a.kind == "primary" for a in self.doc.assignments_of_person(person.id)
        )
        self._primary.add(person.id)
        return self.assign(person, position, "concurrent" if has_primary else "primary")

    def _owned_count(self, kind: str, owner_kind: str, owner_id: int) -> int:
        """Duties or KPIs the owner has in the document (none when this import makes the owner)."""
        if (str(owner_kind), owner_id) in self.new:
            return 0
        owned = self.doc.duties_of if kind == "duty" else self.doc.kpis_of
        return len(owned(owner_kind, owner_id))

    def add_duty(self, owner_kind: str, owner_id: int, text: str, **fields: Any) -> Duty:
        order = self._order(("duty", owner_kind, owner_id), lambda: self._owned_count("duty", owner_kind, owner_id))
        duty = Duty(self.doc.new_id("duty"), owner_kind, owner_id, order, text, **fields)
        self._add(duty, "duty")
        return duty

    def add_kpi(self, owner_kind: str, owner_id: int, name: str, **fields: Any) -> Kpi:
        order = self._order(("kpi", owner_kind, owner_id), lambda: self._owned_count("kpi", owner_kind, owner_id))
        kpi = Kpi(self.doc.new_id("kpi"), owner_kind, owner_id, order, name, **fields)
        self._add(kpi, "kpi")
        return kpi

    def delete(self, kind: str, entity_id: int) -> None:
        """End an entity of the document (a refresh: an assignment that ended, a leaver removed)."""
        self.deletions.append((kind, entity_id))

    def finish(self, rows_read: int, mode: str) -> ImportPlan:
        self._advance(self._rows_total - self._rows_done)  # all the way, whatever rows were blank
        return ImportPlan(
            self.source,
            list(self.new.values()),
            list(self.updates.values()),
            sorted(self.problems, key=lambda p: (p.sheet, p.row)),
            rows_read,
            mode,
            list(self.deletions),
        )
