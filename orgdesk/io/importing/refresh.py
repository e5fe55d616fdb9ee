"""The monthly roster refresh: HR receives a new 花名册 every month and brings it into the
organisation it describes, instead of importing it as new units and people.

People are matched by 工号 (else by name within the same unit), units by path, posts by (unit,
title). The refresh lists, before anything is written, who joined, who left (held a post of the
scenario and is no longer on the roster), who moved to another unit or post, whose 用工性质
changed, which posts' 岗级 changed, and the units and posts the roster implies that the scenario
lacks. Applying it is one edit (one undo step). Leavers lose their posts and are kept, marked
离职 among their other columns, or removed (`leavers="remove"`); nothing is deleted unlisted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, cast

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, AssignmentKind, Person, Position, Unit
from orgdesk.domain.extra import encode, extra_fields
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io import SpreadsheetImportError
from orgdesk.io.importing.plan import PlanWriter
from orgdesk.io.importing.roster import (
    OVER_ESTABLISHMENT,
    Units,
    person_fields,
    row_extra,
    rows_with_paths,
)
from orgdesk.io.importing.units import DEFAULT_POST, DataRows, SheetOptions

STATUS = {"zh": ("在职状态", "离职"), "en": ("Status", "Left")}  # the column a kept leaver is marked in
NO_PERSON = QT_TRANSLATE_NOOP("Import", "The row names no person; fill in column “{column}” or skip the row.")
NOT_A_ROSTER = QT_TRANSLATE_NOOP(
    "Import",
    "Sheet “{sheet}” has no column of names or employee numbers (姓名, 工号), so it is no roster to update the "
    "organisation with. Import it without “update”, or choose the sheet that lists the people.",
)
NOBODY_MATCHED = QT_TRANSLATE_NOOP(
    "Import",
    "Nobody on the roster is in the document (no employee number or name matched): is this the roster of "
    "this organisation? Applied, everyone in the document would be listed as having left.",
)


@dataclass
class RefreshReport:
    """What the refresh changes, for the planner to check before it is written."""

    joined: list[str] = field(default_factory=list)  # "张三 → 网络部/传输室/主任"
    left: list[str] = field(default_factory=list)
    moved: list[str] = field(default_factory=list)  # "张三: 网络部/主任 → 市场部/经理"
    employment_changed: list[str] = field(default_factory=list)  # "张三: 合同制 → 劳务派遣"
    grade_changed: list[str] = field(default_factory=list)  # "网络部/主任: M4 → M3"
    new_units: list[str] = field(default_factory=list)
    new_posts: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {name: len(getattr(self, name)) for name in self.__dataclass_fields__}


def plan_refresh(writer: PlanWriter, data: DataRows, options: SheetOptions, leavers: str = "keep") -> RefreshReport:
    report = RefreshReport()
    doc = writer.doc
    if not any(key in data.mapping.columns for key in ("person", "employee_no")):
        raise SpreadsheetImportError(NOT_A_ROSTER, sheet=data.sheet)

    def names_a_person(line: int, values: dict[str, str]) -> bool:
        if values.get("person") or values.get("employee_no"):
            return True
        writer.problem(data.sheet, line, NO_PERSON, column=data.mapping.column_shown("person"))
        return False

    rows = rows_with_paths(writer, data, options, names_a_person)
    known_units = {unit.id for unit in doc.units_of_scenario(writer.scenario_id)}
    units = Units(writer, options, [path for _line, path, _values in rows])
    held = _held_in_scenario(doc, known_units)
    by_code = {p.code: p for p in cast(Iterable[Person], doc.all("person")) if p.code}
    posts: dict[tuple[int, str], Position] = {}
    grades: dict[int, list[str]] = {}  # post of the document -> the 岗级 its rows give
    seen: set[int] = set()
    for line, path, values in writer.each(rows, data.sheet):
        unit = units.unit(path)
        shown = unit_path(writer, unit.id)
        if unit.id not in known_units and shown not in report.new_units:
            report.new_units.append(shown)
        post = _post(writer, posts, unit, values, options, report, shown)
        if values.get("grade") and writer.doc.get("position", post.id) is not None:
            grades.setdefault(post.id, []).append(values["grade"])
        person = _match(doc, by_code, held, values, unit)
        fields = person_fields(writer, data, line, values)
        extra = row_extra(data, values)
        if person is None:
            person = writer.person(values.get("person") or values["employee_no"], values.get("employee_no", ""))
            if person.id in seen:
                continue  # a new person listed twice: the first row counts
            person = _updated(person, fields, extra)
            writer.replace(person)
            writer.assign(person, post, AssignmentKind.PRIMARY)
            report.joined.append(f"{person.name} → {shown}/{post.title}")
            seen.add(person.id)
            continue
        if person.id in seen:
            continue  # listed twice: the first row counts
        seen.add(person.id)
        _refresh_person(writer, report, person, _updated(person, fields, extra))
        _move(writer, report, person, post, held.get(person.id), shown)
    if held and not (seen & set(held)):
        writer.problem(data.sheet, 0, NOBODY_MATCHED, rejected=False)
    _regrade(writer, report, grades)
    _leave(writer, report, held, seen, known_units, leavers, options.language)
    _note_over_establishment(writer, data.sheet)
    return report


def unit_path(writer: PlanWriter, unit_id: int) -> str:
    """「网络部/传输室」: the unit's path below the top unit, as the change lists show it."""
    names: list[str] = []
    unit = writer.current("unit", unit_id)
    while isinstance(unit, Unit) and unit.parent_id is not None:
        names.append(unit.name)
        unit = writer.current("unit", unit.parent_id)
    return "/".join(reversed(names)) or (unit.name if isinstance(unit, Unit) else "")


def _note_over_establishment(writer: PlanWriter, sheet: str) -> None:
    """Posts the refresh fills beyond their 编制 (a joiner on a full post): said, not refused."""
    doc = writer.doc
    change: dict[int, int] = {}
    for kind, entity_id in writer.deletions:
        ended = doc.get(kind, entity_id) if kind == "assignment" else None
        if isinstance(ended, Assignment):
            change[ended.position_id] = change.get(ended.position_id, 0) - 1
    for entity in writer.new.values():
        if isinstance(entity, Assignment):
            change[entity.position_id] = change.get(entity.position_id, 0) + 1
    for post_id, delta in change.items():
        post = writer.current("position", post_id)
        if delta <= 0 or not isinstance(post, Position):
            continue
        holders = len(doc.assignments_of_position(post_id)) + delta
        if holders > post.headcount:
            params = {"post": post.title, "unit": unit_path(writer, post.unit_id), "headcount": post.headcount}
            writer.problem(sheet, 0, OVER_ESTABLISHMENT, rejected=False, holders=holders, **params)


def _held_in_scenario(doc: Document, unit_ids: set[int]) -> dict[int, Assignment]:
    """Each person's main post in the scenario (primary, else the first held)."""
    held: dict[int, Assignment] = {}
    for assignment in cast(Iterable[Assignment], doc.all("assignment")):
        post = cast(Position | None, doc.get("position", assignment.position_id))
        if post is None or post.unit_id not in unit_ids:
            continue
        current = held.get(assignment.person_id)
        if current is None or (assignment.kind == AssignmentKind.PRIMARY and current.kind != AssignmentKind.PRIMARY):
            held[assignment.person_id] = assignment
    return held


def _match(
    doc: Document, by_code: dict[str, Person], held: dict[int, Assignment], values: dict[str, str], unit: Unit
) -> Person | None:
    """The person a row names: by 工号, else by name among the holders of posts in the row's unit."""
    code = values.get("employee_no", "")
    if code:
        return by_code.get(code)
    name = values.get("person", "")
    for person_id, assignment in held.items():
        post = cast(Position, doc.get("position", assignment.position_id))
        person = doc.person(person_id)
        if person.name == name and post.unit_id == unit.id:
            return person
    return None


def _post(
    writer: PlanWriter,
    posts: dict[tuple[int, str], Position],
    unit: Unit,
    values: dict[str, str],
    options: SheetOptions,
    report: RefreshReport,
    path: str,
) -> Position:
    title = values.get("post") or DEFAULT_POST.get(options.language)
    key = (unit.id, title)
    post = posts.get(key)
    if post is None:
        existing = writer.doc.get("unit", unit.id) is not None
        found = next((p for p in writer.doc.positions_of(unit.id) if p.title == title), None) if existing else None
        if found is None:
            post = writer.add_position(unit, title, headcount=1, grade=values.get("grade", ""))
            report.new_posts.append(f"{path}/{title}")
        else:
            post = found
        posts[key] = post
    return post


def _regrade(writer: PlanWriter, report: RefreshReport, grades: dict[int, list[str]]) -> None:
    """A post of the document takes the 岗级 its holders' rows give, when every holder it had is on
    the roster and all their rows give the same one (a leaver's grade is no change of the post's)."""
    for post_id, given in grades.items():
        post = cast(Position, writer.current("position", post_id))
        holders = {a.person_id for a in writer.doc.assignments_of_position(post_id)}
        if len(given) < len(holders) or len(set(given)) != 1:
            continue
        path = unit_path(writer, post.unit_id)
        if (grade := given[0]) != post.grade:
            report.grade_changed.append(f"{path}/{post.title}: {post.grade or '—'} → {grade}")
            writer.replace(post._replace(grade=grade))


def _updated(person: Person, fields: dict[str, object], extra: dict[str, str]) -> Person:
    kept = {**extra_fields(person), **extra} if extra else None
    changes: dict[str, Any] = dict(fields)
    if kept is not None:
        changes["extra"] = encode(kept)
    return person._replace(**changes) if changes else person


def _refresh_person(writer: PlanWriter, report: RefreshReport, before: Person, after: Person) -> None:
    if after == before:
        return
    if after.employment_type != before.employment_type:
        report.employment_changed.append(f"{before.name}: {before.employment_type or '—'} → {after.employment_type}")
    writer.replace(after)


def _move(
    writer: PlanWriter, report: RefreshReport, person: Person, post: Position, main: Assignment | None, path: str
) -> None:
    if main is not None and main.position_id == post.id:
        return
    if main is not None:
        old = cast(Position, writer.doc.get("position", main.position_id))
        report.moved.append(f"{person.name}: {unit_path(writer, old.unit_id)}/{old.title} → {path}/{post.title}")
        writer.delete("assignment", main.id)
    else:
        report.joined.append(f"{person.name} → {path}/{post.title}")
    held_already = any(a.position_id == post.id for a in writer.doc.assignments_of_person(person.id))
    if not held_already:
        writer.assign(person, post, AssignmentKind.PRIMARY, start_date=None)


def _leave(
    writer: PlanWriter,
    report: RefreshReport,
    held: dict[int, Assignment],
    seen: set[int],
    scenario_units: set[int],
    leavers: str,
    language: str,
) -> None:
    """People with a post in the scenario who are not on the roster: their posts in it end; they
    are kept marked 离职 (or removed, when they hold no post in another scenario)."""
    doc = writer.doc
    header, word = STATUS["zh" if language.startswith("zh") else "en"]
    for person_id in sorted(set(held) - seen):
        person = doc.person(person_id)
        post = cast(Position, doc.get("position", held[person_id].position_id))
        report.left.append(f"{person.name} ({unit_path(writer, post.unit_id)}/{post.title})")
        elsewhere = False
        for assignment in doc.assignments_of_person(person_id):
            unit_id = cast(Position, doc.get("position", assignment.position_id)).unit_id
            if unit_id in scenario_units:
                writer.delete("assignment", assignment.id)
            else:
                elsewhere = True
        if leavers == "remove" and not elsewhere:
            writer.delete("person", person_id)
        else:
            writer.replace(person._replace(extra=encode({**extra_fields(person), header: word})))
