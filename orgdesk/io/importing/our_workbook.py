"""Import of our own roster workbook (either language): units, posts, people, assignments,
duties and KPIs come back as they were exported, linked by the outline numbers
("1.2.3" for units, "1.2.3-1" for posts) rather than by names, which may repeat.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from datetime import date
from operator import itemgetter
from typing import Any

from orgdesk.domain.entities import OwnerKind, Person, Position, Unit
from orgdesk.domain.extra import encode
from orgdesk.domain.rules import MAX_HEADCOUNT, QT_TRANSLATE_NOOP
from orgdesk.io.importing.plan import PlanWriter
from orgdesk.io.importing.sheets import Sheet
from orgdesk.io.importing.text_rows import TextRow, text_rows
from orgdesk.io.importing.tree import Node, resolve
from orgdesk.io.importing.units import NO_NAME
from orgdesk.io.workbook.labels import (
    ASSIGNMENT_KINDS,
    COLUMNS,
    DIRECTIONS,
    GENDERS,
    LIST_SEPARATOR,
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


HEADER_SCAN = 5  # our header is on row 1 (before titles were added) or on row 2


def header_row(key: str, rows: Sequence[Sequence[object]]) -> int:
    """The row of our header in one of our sheets: the one among the first that names most of our columns."""
    scores = [len(column_keys(key, row)) for row in rows[:HEADER_SCAN]]
    return max(range(len(scores)), key=lambda number: (scores[number], -number)) if scores else 0


def our_sheets(sheets: Sequence[Sheet]) -> dict[str, Sheet] | None:
    """Our sheets by key, if this is a workbook we exported (its structure sheet is there)."""
    found = {key: sheet for sheet in sheets if (key := sheet_key(sheet.name)) is not None}
    structure = found.get("structure")
    if structure is None or not structure.rows:
        return None
    columns = column_keys("structure", structure.rows[header_row("structure", structure.rows)])
    return found if {"ref", "name"} <= set(columns) else None


# The columns the import reads from each sheet (the others are figures and labels it recomputes).
_USED = {
    "structure": ("ref", "name", "code", "short_name", "type", "description"),
    "posts": (
        "ref", "code", "title", "category", "grade", "headcount", "reports_to_ref", "is_manager", "purpose",
        "qualifications",
    ),
    "roster": (
        "code", "name", "gender", "birth_date", "education", "hire_date", "post_ref", "kind", "start_date", "phone",
        "email", "notes", "id_number", "employment_type", "work_start_date", "political_status", "concurrent_refs",
        "acting_refs",
    ),
    "duties": ("owner_ref", "level", "heading", "text"),
    "kpis": ("owner_ref", "name", "definition", "measure_unit", "target", "weight", "period", "direction"),
}  # fmt: skip


class _Table:
    """The rows of one of our sheets: row number and the texts of the columns the import
    reads; rows whose cells are all blank are left out. Columns that are not ours (brought from
    an imported sheet, exported after ours) are `kept`: header → column."""

    def __init__(self, writer: PlanWriter, sheet: Sheet | None, key: str) -> None:
        self.name = sheet.name if sheet else ""
        self.rows: list[TextRow] = []
        self._position: dict[str, int] = {}
        self.kept: list[str] = []
        if sheet is None or not sheet.rows:
            return
        header = header_row(key, sheet.rows)
        columns = column_keys(key, sheet.rows[header])
        keys = [name for name in _USED[key] if name in columns]
        ours = set(columns.values())
        kept = {
            text: index
            for index, cell in enumerate(sheet.rows[header])
            if index not in ours and (text := str(cell).strip() if cell is not None else "")
        }
        self.kept = list(kept)
        self._position = {name: number for number, name in enumerate([*keys, *(f"+{k}" for k in kept)])}
        indexes = [columns[name] for name in keys] + list(kept.values())
        self.rows = text_rows(sheet.rows, header + 1, indexes, whole_row=True)
        writer.rows_read(len(sheet.rows) - 1 - header)

    def kept_of(self, texts: tuple[str, ...]) -> str:
        """The row's kept columns as an entity's `extra`."""
        position = self._position
        return encode({header: texts[position[f"+{header}"]] for header in self.kept})

    def fields(self, *keys: str) -> Callable[[tuple[str, ...]], tuple[str, ...]]:
        """Takes the texts of `keys` (two or more) out of a row, in that order; a column the
        sheet lacks reads as "" (text_rows ends every row with a blank text)."""
        blank = len(self._position)
        assert len(keys) > 1  # itemgetter gives a tuple for two items or more
        return itemgetter(*(self._position.get(key, blank) for key in keys))


def import_workbook(writer: PlanWriter, sheets: dict[str, Sheet], under_unit_id: int | None) -> int:
    """Plan the import of our workbook; returns the number of data rows read."""
    writer.expect_rows(sum(max(len(sheet.rows) - 1, 0) for key, sheet in sheets.items() if key in _USED))
    units = _import_units(writer, _Table(writer, sheets.get("structure"), "structure"), under_unit_id)
    posts = _import_posts(writer, _Table(writer, sheets.get("posts"), "posts"), units)
    _import_roster(writer, _Table(writer, sheets.get("roster"), "roster"), posts)
    owners: dict[str, tuple[str, int]] = {ref: (OwnerKind.UNIT, u.id) for ref, u in units.items()}
    owners.update({ref: (OwnerKind.POSITION, p.id) for ref, p in posts.items()})
    _import_duties(writer, _Table(writer, sheets.get("duties"), "duties"), owners)
    _import_kpis(writer, _Table(writer, sheets.get("kpis"), "kpis"), owners)
    return sum(max(len(sheet.rows) - 1, 0) for sheet in sheets.values())


def _parent_ref(ref: str) -> str:
    return ref.rsplit(".", 1)[0] if "." in ref else ""


def _import_units(writer: PlanWriter, table: _Table, under_unit_id: int | None) -> dict[str, Unit]:
    nodes = []
    unpack = table.fields("ref", "name", "code", "short_name", "type", "description")
    for line, texts in table.rows:
        ref, name, code, short_name, type_name, description = unpack(texts)
        if not name:
            writer.problem(table.name, line, NO_NAME, column=COLUMNS["structure"]["name"].zh)
            continue
        ref = ref or f"#{line}"
        data = {"name": name, "code": code, "short_name": short_name, "type": type_name, "description": description}
        data["extra"] = table.kept_of(texts)
        nodes.append(Node(ref, line, _parent_ref(ref), data))
    tree = resolve(nodes)
    for rejection in tree.rejections:
        writer.problem(table.name, rejection.line, rejection.template, rejected=rejection.rejected, **rejection.params)
    tops = [node for node in tree.order if not tree.parent_of[node.key]]
    attach = writer.doc.unit(under_unit_id) if under_unit_id is not None else writer.root()
    take_root = under_unit_id is None and len(tops) == 1 and writer.root_is_blank()
    made: dict[str, Unit] = {}
    for node in writer.each(tree.order, table.name):
        data = node.data
        fields: dict[str, Any] = {
            "code": data["code"],
            "short_name": data["short_name"],
            "description": data["description"],
            "type_id": writer.unit_type_id(data["type"]),
            "extra": data["extra"],
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
    unpack = table.fields(
        "ref", "title", "code", "category", "grade", "headcount", "is_manager", "purpose", "qualifications",
        "reports_to_ref",
    )  # fmt: skip
    for line, texts in writer.each(table.rows, table.name):
        ref, title, code, category, grade, headcount, manager, purpose, qualifications, boss = unpack(texts)
        unit = units.get(ref.rsplit("-", 1)[0])
        if unit is None:
            writer.problem(table.name, line, UNKNOWN_REF, ref=ref)
            continue
        if not title:
            writer.problem(table.name, line, NO_NAME, column=COLUMNS["posts"]["title"].zh)
            continue
        boss_post = posts.get(boss) if boss else None  # in tree order a boss usually comes first
        posts[ref] = writer.add_position(
            unit,
            title,
            code=code,
            category=category,
            grade=grade,
            headcount=_int(headcount, 1),
            is_manager=manager in _YES,
            purpose=purpose,
            qualifications=qualifications,
            reports_to_id=boss_post.id if boss_post is not None else None,
            extra=table.kept_of(texts),
        )
        if boss and boss_post is None:
            links.append((ref, boss))
    for ref, boss_ref in links:  # bosses further down the sheet
        manager_post = posts.get(boss_ref)
        if manager_post is not None:
            posts[ref] = posts[ref]._replace(reports_to_id=manager_post.id)
            writer.replace(posts[ref])
    return posts


def _import_roster(writer: PlanWriter, table: _Table, posts: dict[str, Position]) -> None:
    """One row per person, 兼职/代理 posts in their own columns; or (a workbook of an earlier
    version) one row per assignment with its kind in a column of its own."""
    people: dict[tuple[str, ...], Person] = {}
    unpack = table.fields(
        "name", "code", "gender", "birth_date", "hire_date", "education", "phone", "email", "notes", "post_ref",
        "kind", "start_date", "id_number", "employment_type", "work_start_date", "political_status",
        "concurrent_refs", "acting_refs",
    )  # fmt: skip
    for line, texts in writer.each(table.rows, table.name):
        name, code, gender, birth, hire, education, phone, email, notes, post_ref, kind, start, *more = unpack(texts)
        id_number, employment_type, work_start, political_status, concurrent_refs, acting_refs = more
        if not name:
            writer.problem(table.name, line, NO_NAME, column=COLUMNS["roster"]["name"].zh)
            continue
        birth_date = _date(birth)
        identity = (code,) if code else (name, str(birth_date), phone, email)
        person = people.get(identity)
        if person is None:
            person = people[identity] = writer.person(
                name,
                code,
                gender=_GENDERS.get(gender, ""),
                birth_date=birth_date,
                hire_date=_date(hire),
                education=education,
                phone=phone,
                email=email,
                notes=notes,
                id_number=id_number,
                employment_type=employment_type,
                work_start_date=_date(work_start),
                political_status=political_status,
                extra=table.kept_of(texts),
            )
        held = [(post_ref, _KINDS.get(kind, "primary"), _date(start))] if post_ref else []
        held += [(ref, "concurrent", since) for ref, since in _refs(concurrent_refs)]
        held += [(ref, "acting", since) for ref, since in _refs(acting_refs)]
        for ref, assignment_kind, since in held:
            post = posts.get(ref)
            if post is None:
                writer.problem(table.name, line, UNKNOWN_REF, ref=ref)
                continue
            writer.assign(person, post, assignment_kind, start_date=since)


def _refs(text: str) -> list[tuple[str, date | None]]:
    """"1.2-1@2024-03-01；1.3-2" → [("1.2-1", 2024-03-01), ("1.3-2", None)]."""
    found = []
    for item in text.replace(";", LIST_SEPARATOR).split(LIST_SEPARATOR):
        ref, _at, since = item.strip().partition("@")
        if ref:
            found.append((ref, _date(since)))
    return found


def _import_duties(writer: PlanWriter, table: _Table, owners: dict[str, tuple[str, int]]) -> None:
    unpack = table.fields("owner_ref", "text", "level", "heading")
    for line, texts in writer.each(table.rows, table.name):
        ref, text, level, heading = unpack(texts)
        owner = owners.get(ref)
        if owner is None or not text:
            _reject_owned(writer, table, line, ref, owner, "text")
            continue
        writer.add_duty(owner[0], owner[1], text, level=_int(level, 1, 100), heading=heading)


def _import_kpis(writer: PlanWriter, table: _Table, owners: dict[str, tuple[str, int]]) -> None:
    unpack = table.fields("owner_ref", "name", "definition", "measure_unit", "target", "weight", "period", "direction")
    for line, texts in writer.each(table.rows, table.name):
        ref, name, definition, measure_unit, target, weight, period, direction = unpack(texts)
        owner = owners.get(ref)
        if owner is None or not name:
            _reject_owned(writer, table, line, ref, owner, "name")
            continue
        writer.add_kpi(
            owner[0],
            owner[1],
            name,
            definition=definition,
            measure_unit=measure_unit,
            target=target,
            weight=_float(weight),
            period=_PERIODS.get(period, "year"),
            direction=_DIRECTIONS.get(direction, "higher"),
        )


def _reject_owned(
    writer: PlanWriter, table: _Table, line: int, ref: str, owner: tuple[str, int] | None, field: str
) -> None:
    """Why a duty or KPI row is left out: its owner is unknown, or its `field` is blank."""
    if owner is None:
        writer.problem(table.name, line, UNKNOWN_REF, ref=ref)
    else:
        writer.problem(table.name, line, NO_NAME, column=field)


def _int(text: str, default: int, limit: int = MAX_HEADCOUNT) -> int:
    """A whole number from 0 to `limit` as written, else `default`."""
    try:
        value = int(text) if len(text) <= 15 else -1
    except ValueError:
        try:
            value = int(float(text))
        except (ValueError, OverflowError):
            return default
    return value if 0 <= value <= limit else default


def _float(text: str) -> float | None:
    try:
        number = float(text) if text else None
    except ValueError:
        return None
    return number if number is not None and math.isfinite(number) else None


def _date(text: str) -> date | None:
    """A date from a cell's text (a date cell reads as ISO text; a date and time cell too)."""
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
