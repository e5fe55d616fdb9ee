"""Import of our own roster workbook (either language): units, posts, people, assignments,
duties and KPIs come back as they were exported, linked by the outline numbers
("1.2.3" for units, "1.2.3-1" for posts) rather than by names, which may repeat.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any

from orgdesk.domain.entities import OwnerKind, Person, Position, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.io.import_mapping import text_of
from orgdesk.io.import_plan import PlanWriter
from orgdesk.io.import_sheet import NO_NAME
from orgdesk.io.import_tree import Node, resolve
from orgdesk.io.tabular_read import Cell, Sheet
from orgdesk.io.workbook_text import (
    ASSIGNMENT_KINDS,
    COLUMNS,
    DIRECTIONS,
    GENDERS,
    PERIODS,
    YES_NO,
    column_keys,
    reverse,
    sheet_key,
)

UNKNOWN_REF = QT_TRANSLATE_NOOP("Import", "“{ref}” names no unit or post of the workbook; the row was skipped.")

_KINDS = reverse(ASSIGNMENT_KINDS)
_GENDERS = reverse(GENDERS)
_PERIODS = reverse(PERIODS)
_DIRECTIONS = reverse(DIRECTIONS)
_YES = {YES_NO[True].en, YES_NO[True].zh, "yes", "1", "TRUE", "true"}


def our_sheets(sheets: Sequence[Sheet]) -> dict[str, Sheet] | None:
    """Our sheets by key, if this is a workbook we exported (its structure sheet is there)."""
    found = {key: sheet for sheet in sheets if (key := sheet_key(sheet.name)) is not None}
    structure = found.get("structure")
    if structure is None or not structure.rows:
        return None
    columns = column_keys("structure", structure.rows[0])
    return found if {"ref", "name"} <= set(columns) else None


class _Table:
    """The rows of one of our sheets as dicts by column key, with spreadsheet row numbers."""

    def __init__(self, sheet: Sheet | None, key: str) -> None:
        self.name = sheet.name if sheet else ""
        self.rows: list[tuple[int, dict[str, Cell]]] = []
        if sheet is None or not sheet.rows:
            return
        columns = column_keys(key, sheet.rows[0])
        for number, row in enumerate(sheet.rows[1:], start=2):
            values = {k: (row[c] if c < len(row) else None) for k, c in columns.items()}
            if any(text_of(v) for v in values.values()):
                self.rows.append((number, values))


def import_workbook(writer: PlanWriter, sheets: dict[str, Sheet], under_unit_id: int | None) -> int:
    """Plan the import of our workbook; returns the number of data rows read."""
    units = _import_units(writer, _Table(sheets.get("structure"), "structure"), under_unit_id)
    posts = _import_posts(writer, _Table(sheets.get("posts"), "posts"), units)
    _import_roster(writer, _Table(sheets.get("roster"), "roster"), posts)
    owners: dict[str, tuple[str, int]] = {ref: (OwnerKind.UNIT, u.id) for ref, u in units.items()}
    owners.update({ref: (OwnerKind.POSITION, p.id) for ref, p in posts.items()})
    _import_owned(writer, _Table(sheets.get("duties"), "duties"), owners, _add_duty)
    _import_owned(writer, _Table(sheets.get("kpis"), "kpis"), owners, _add_kpi)
    return sum(max(len(sheet.rows) - 1, 0) for sheet in sheets.values())


def _parent_ref(ref: str) -> str:
    return ref.rsplit(".", 1)[0] if "." in ref else ""


def _import_units(writer: PlanWriter, table: _Table, under_unit_id: int | None) -> dict[str, Unit]:
    nodes = []
    for line, values in table.rows:
        if not text_of(values.get("name")):
            writer.problem(table.name, line, NO_NAME, column=COLUMNS["structure"]["name"].zh)
            continue
        ref = text_of(values.get("ref")) or f"#{line}"
        nodes.append(Node(ref, line, _parent_ref(ref), {k: text_of(v) for k, v in values.items()}))
    tree = resolve(nodes)
    for rejection in tree.rejections:
        writer.problem(table.name, rejection.line, rejection.template, rejected=rejection.rejected, **rejection.params)
    tops = [node for node in tree.order if not tree.parent_of[node.key]]
    attach = writer.doc.unit(under_unit_id) if under_unit_id is not None else writer.root()
    take_root = under_unit_id is None and len(tops) == 1 and writer.root_is_blank()
    made: dict[str, Unit] = {}
    for node in tree.order:
        data = node.data
        fields: dict[str, Any] = {
            "code": data.get("code", ""),
            "short_name": data.get("short_name", ""),
            "description": data.get("description", ""),
            "type_id": writer.unit_type_id(data.get("type", "")),
        }
        parent_key = tree.parent_of[node.key]
        if parent_key:
            made[node.key] = writer.add_unit(made[parent_key], data["name"], **fields)
        elif take_root:
            made[node.key] = writer.take_over_root(data["name"], **fields)
        else:
            made[node.key] = writer.add_unit(attach, data["name"], **fields)
    return made


def _import_posts(writer: PlanWriter, table: _Table, units: dict[str, Unit]) -> dict[str, Position]:
    posts: dict[str, Position] = {}
    links: list[tuple[str, str]] = []
    for line, values in table.rows:
        ref = text_of(values.get("ref"))
        unit = units.get(ref.rsplit("-", 1)[0])
        title = text_of(values.get("title"))
        if unit is None:
            writer.problem(table.name, line, UNKNOWN_REF, ref=ref)
            continue
        if not title:
            writer.problem(table.name, line, NO_NAME, column=COLUMNS["posts"]["title"].zh)
            continue
        post = writer.add_position(
            unit,
            title,
            code=text_of(values.get("code")),
            category=text_of(values.get("category")),
            grade=text_of(values.get("grade")),
            headcount=_int(values.get("headcount"), 1),
            is_manager=text_of(values.get("is_manager")) in _YES,
            purpose=text_of(values.get("purpose")),
            qualifications=text_of(values.get("qualifications")),
        )
        posts[ref] = post
        boss = text_of(values.get("reports_to_ref"))
        if boss:
            links.append((ref, boss))
    for ref, boss_ref in links:
        manager = posts.get(boss_ref)
        if manager is not None:
            posts[ref] = posts[ref]._replace(reports_to_id=manager.id)
            writer.replace(posts[ref])
    return posts


def _import_roster(writer: PlanWriter, table: _Table, posts: dict[str, Position]) -> None:
    people: dict[tuple[str, ...], Person] = {}
    for line, values in table.rows:
        name = text_of(values.get("name"))
        if not name:
            writer.problem(table.name, line, NO_NAME, column=COLUMNS["roster"]["name"].zh)
            continue
        fields = {
            "gender": _GENDERS.get(text_of(values.get("gender")), ""),
            "birth_date": _date(values.get("birth_date")),
            "hire_date": _date(values.get("hire_date")),
            "education": text_of(values.get("education")),
            "phone": text_of(values.get("phone")),
            "email": text_of(values.get("email")),
            "notes": text_of(values.get("notes")),
        }
        code = text_of(values.get("code"))
        identity = (code,) if code else (name, str(fields["birth_date"]), str(fields["phone"]), str(fields["email"]))
        person = people.get(identity)
        if person is None:
            person = people[identity] = writer.person(name, code, **fields)
        post_ref = text_of(values.get("post_ref"))
        if not post_ref:
            continue
        post = posts.get(post_ref)
        if post is None:
            writer.problem(table.name, line, UNKNOWN_REF, ref=post_ref)
            continue
        kind = _KINDS.get(text_of(values.get("kind")), "primary")
        writer.assign(person, post, kind, start_date=_date(values.get("start_date")))


def _add_duty(writer: PlanWriter, owner: tuple[str, int], values: dict[str, Cell]) -> None:
    text = text_of(values.get("text"))
    writer.add_duty(
        owner[0], owner[1], text, level=_int(values.get("level"), 1), heading=text_of(values.get("heading"))
    )


def _add_kpi(writer: PlanWriter, owner: tuple[str, int], values: dict[str, Cell]) -> None:
    weight = values.get("weight")
    writer.add_kpi(
        owner[0],
        owner[1],
        text_of(values.get("name")),
        definition=text_of(values.get("definition")),
        measure_unit=text_of(values.get("measure_unit")),
        target=text_of(values.get("target")),
        weight=float(weight) if isinstance(weight, int | float) and not isinstance(weight, bool) else None,
        period=_PERIODS.get(text_of(values.get("period")), "year"),
        direction=_DIRECTIONS.get(text_of(values.get("direction")), "higher"),
    )


def _import_owned(
    writer: PlanWriter,
    table: _Table,
    owners: dict[str, tuple[str, int]],
    add: Callable[[PlanWriter, tuple[str, int], dict[str, Cell]], None],
) -> None:
    field = "text" if add is _add_duty else "name"
    for line, values in table.rows:
        ref = text_of(values.get("owner_ref"))
        owner = owners.get(ref)
        if owner is None:
            writer.problem(table.name, line, UNKNOWN_REF, ref=ref)
        elif not text_of(values.get(field)):
            writer.problem(table.name, line, NO_NAME, column=field)
        else:
            add(writer, owner, values)


def _int(value: Cell, default: int) -> int:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return int(value)
    try:
        return int(float(text_of(value)))
    except ValueError:
        return default


def _date(value: Cell) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = text_of(value)
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
