"""The rows of each sheet of the roster workbook, read from the domain (no writer here).

Every unit gets an outline number ("1", "1.2", "1.2.3") and every post the number of its
unit plus its place ("1.2-3"): other sheets refer to units and posts by these numbers,
which is what makes an exported workbook import back exactly, even when two units or
two posts share a name.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from orgdesk.domain.analysis import Staffing, own_staffing, position_staffing, subtree_staffing, unit_managers
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, Duty, Kpi, OwnerKind, Person, Position, Unit
from orgdesk.domain.extra import extra_fields
from orgdesk.io.workbook.labels import DIRECTIONS, GENDERS, LIST_SEPARATOR, PERIODS, YES_NO

Cell = str | int | float | date | None
Row = tuple[Cell, ...]


@dataclass
class Outline:
    """Tree order, outline numbers, depths and full paths of one scenario."""

    units: list[Unit] = field(default_factory=list)  # depth-first tree order
    ref: dict[int, str] = field(default_factory=dict)  # unit id -> "1.2.3"
    depth: dict[int, int] = field(default_factory=dict)
    path: dict[int, str] = field(default_factory=dict)
    post_ref: dict[int, str] = field(default_factory=dict)  # post id -> "1.2.3-1"
    posts: list[Position] = field(default_factory=list)  # in tree order


def outline(doc: Document, scenario_id: int, sep: str = "/") -> Outline:
    result = Outline()
    stack: list[tuple[Unit, str, int, str]] = [
        (root, str(number), 0, root.name) for number, root in reversed(list(enumerate(doc.roots(scenario_id), 1)))
    ]
    while stack:
        unit, ref, depth, path = stack.pop()
        result.units.append(unit)
        result.ref[unit.id], result.depth[unit.id], result.path[unit.id] = ref, depth, path
        for number, position in enumerate(doc.positions_of(unit.id), 1):
            result.post_ref[position.id] = f"{ref}-{number}"
            result.posts.append(position)
        children = doc.children_of(unit)
        for number in range(len(children), 0, -1):
            child = children[number - 1]
            stack.append((child, f"{ref}.{number}", depth + 1, f"{path}{sep}{child.name}"))
    return result


class SheetRows:
    """Row producers for each sheet; words (主岗, 男 …) in `language`."""

    def __init__(self, doc: Document, scenario_id: int, language: str) -> None:
        self.doc, self.scenario_id, self.language = doc, scenario_id, language
        self.outline = outline(doc, scenario_id)

    def _post_label(self, position: Position) -> str:
        return f"{self.outline.path[position.unit_id]} / {position.title}"

    def _owner(self, owner_kind: str, owner_id: int) -> tuple[str, str] | None:
        if owner_kind == OwnerKind.UNIT:
            if owner_id not in self.outline.ref:
                return None
            return self.outline.path[owner_id], self.outline.ref[owner_id]
        if owner_id not in self.outline.post_ref:
            return None
        return self._post_label(self.doc.position(owner_id)), self.outline.post_ref[owner_id]

    # ----- 组织架构 and 定编表 -------------------------------------------------------
    def kept_headers(self, entities: Iterable[Unit | Position | Person]) -> list[str]:
        """The headers of the columns these entities brought from a sheet, in first-seen order."""
        seen: dict[str, None] = {}
        for entity in entities:
            if entity.extra:
                seen.update(dict.fromkeys(extra_fields(entity)))
        return list(seen)

    def structure(self, kept: Sequence[str] = ()) -> Iterator[tuple[int, Row]]:
        """(depth, row) per unit in tree order; `kept`: headers of columns brought from a sheet."""
        own = own_staffing(self.doc, self.scenario_id)
        total = subtree_staffing(self.doc, self.scenario_id)
        managers = unit_managers(self.doc)
        empty = Staffing()
        for unit in self.outline.units:
            mine, whole = own.get(unit.id, empty), total.get(unit.id, empty)
            unit_type = self.doc.unit_type(unit.type_id)
            parent = self.doc.parent(unit)
            row: Row = (
                self.outline.ref[unit.id],
                unit.name,
                unit.code,
                unit.short_name,
                unit_type.name if unit_type else "",
                parent.name if parent else "",
                managers.get(unit.id, ""),
                mine.headcount,
                mine.filled,
                mine.vacant,
                whole.headcount,
                whole.filled,
                whole.vacant,
                unit.description,
                *_kept(unit, kept),
            )
            yield self.outline.depth[unit.id], row

    def establishment(self) -> Iterator[Row]:
        own = own_staffing(self.doc, self.scenario_id)
        empty = Staffing()
        for unit in self.outline.units:
            figures = own.get(unit.id, empty)
            path = self.outline.path[unit.id]
            yield (self.outline.ref[unit.id], path, figures.headcount, figures.filled, figures.vacant, figures.over)

    # ----- 岗位 --------------------------------------------------------------------
    def posts(self, kept: Sequence[str] = ()) -> Iterator[Row]:
        for position in self.outline.posts:
            staffing = position_staffing(self.doc, position)
            boss = cast(Position | None, self.doc.get("position", position.reports_to_id))
            boss_in_scenario = boss is not None and boss.id in self.outline.post_ref
            yield (
                self.outline.post_ref[position.id],
                self.outline.path[position.unit_id],
                position.code,
                position.title,
                position.category,
                position.grade,
                position.headcount,
                staffing.filled,
                staffing.vacant,
                self._post_label(boss) if boss is not None and boss_in_scenario else "",
                self.outline.post_ref[boss.id] if boss is not None and boss_in_scenario else "",
                YES_NO[position.is_manager].get(self.language),
                position.purpose,
                position.qualifications,
                *_kept(position, kept),
            )

    # ----- 花名册 ------------------------------------------------------------------
    def roster_people(self) -> list[tuple[Person, list[Assignment]]]:
        """Each person once, with their assignments in this scenario (main post first): in tree order
        of that post, then the people who hold no post anywhere."""
        held: dict[int, list[Assignment]] = {}
        for position in self.outline.posts:
            for assignment in self.doc.assignments_of_position(position.id):
                held.setdefault(assignment.person_id, []).append(assignment)
        people = []
        for person_id, assignments in held.items():
            assignments.sort(key=lambda a: a.kind != "primary")  # stable: tree order otherwise
            people.append((self.doc.person(person_id), assignments))
        anywhere = {a.person_id for a in cast(Iterable[Assignment], self.doc.all("assignment"))}
        for person in sorted(cast(Iterable[Person], self.doc.all("person")), key=lambda p: p.id):
            if person.id not in anywhere:
                people.append((person, []))
        return people

    def roster(self, people: list[tuple[Person, list[Assignment]]], kept: list[str]) -> Iterator[Row]:
        """One row per person; `kept`: the headers of the columns the people brought from a sheet."""
        for number, (person, assignments) in enumerate(people, 1):
            main = assignments[0] if assignments else None
            position = cast(Position, self.doc.get("position", main.position_id)) if main else None
            others = {kind: [a for a in assignments[1:] if a.kind == kind] for kind in ("concurrent", "acting")}
            extra = extra_fields(person)
            yield (
                number,
                person.code,
                person.name,
                GENDERS.get(person.gender, GENDERS[""]).get(self.language),
                person.birth_date,
                person.id_number,
                person.employment_type,
                person.education,
                person.work_start_date,
                person.hire_date,
                person.political_status,
                self.outline.path[position.unit_id] if position else "",
                position.title if position else "",
                self.outline.post_ref[position.id] if position else "",
                position.grade if position else "",
                self._line_manager(position) if position else "",
                main.start_date if main else None,
                *self._post_list(others["concurrent"]),
                *self._post_list(others["acting"]),
                person.phone,
                person.email,
                person.notes,
                *(extra.get(header, "") for header in kept),
            )

    def _post_list(self, assignments: list[Assignment]) -> tuple[str, str]:
        """(posts as 部门/岗位, their outline numbers with @ and the date held since, if known),
        each list joined by "；"."""
        posts = [cast(Position, self.doc.get("position", a.position_id)) for a in assignments]
        shown = LIST_SEPARATOR.join(f"{self.outline.path[p.unit_id]}/{p.title}" for p in posts)
        refs = [
            self.outline.post_ref[p.id] + (f"@{a.start_date.isoformat()}" if a.start_date else "")
            for p, a in zip(posts, assignments, strict=True)
        ]
        return shown, LIST_SEPARATOR.join(refs)

    def _line_manager(self, position: Position) -> str:
        boss = cast(Position | None, self.doc.get("position", position.reports_to_id))
        if boss is None:
            return ""
        holders = self.doc.assignments_of_position(boss.id)
        primary = [a for a in holders if a.kind == "primary"] or holders
        return self.doc.person(primary[0].person_id).name if primary else ""

    # ----- 岗位职责 and 考核指标 ------------------------------------------------------
    def _owners(self) -> Iterator[tuple[str, int]]:
        for unit in self.outline.units:
            yield OwnerKind.UNIT, unit.id
        for position in self.outline.posts:
            yield OwnerKind.POSITION, position.id

    def duties(self) -> Iterator[Row]:
        for owner_kind, owner_id in self._owners():
            owner = self._owner(owner_kind, owner_id)
            assert owner is not None
            duty: Duty
            for number, duty in enumerate(self.doc.duties_of(owner_kind, owner_id), 1):
                yield (owner[0], owner[1], number, duty.level, duty.heading, duty.text)

    def kpis(self) -> Iterator[Row]:
        for owner_kind, owner_id in self._owners():
            owner = self._owner(owner_kind, owner_id)
            assert owner is not None
            kpi: Kpi
            for number, kpi in enumerate(self.doc.kpis_of(owner_kind, owner_id), 1):
                yield (
                    owner[0],
                    owner[1],
                    number,
                    kpi.name,
                    kpi.definition,
                    kpi.measure_unit,
                    kpi.target,
                    kpi.weight,
                    PERIODS[kpi.period].get(self.language),
                    DIRECTIONS[kpi.direction].get(self.language),
                )


def _kept(entity: Unit | Position | Person, headers: Sequence[str]) -> tuple[str, ...]:
    if not headers:
        return ()
    fields = extra_fields(entity)
    return tuple(fields.get(header, "") for header in headers)
