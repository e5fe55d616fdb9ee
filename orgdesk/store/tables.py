"""Reading and inserting whole tables in bulk, straight through the driver (no ORM objects)."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from functools import cache, partial
from typing import Any

from sqlalchemy import Boolean, Connection, Date, Float, Integer

from orgdesk.domain.document import Document
from orgdesk.domain.entities import ENTITY_CLASSES, KINDS, Entity
from orgdesk.domain.rules import MAX_HEADCOUNT
from orgdesk.domain.text_rules import NOT_TEXT, limit_of
from orgdesk.store.fast_sql import insert_rows
from orgdesk.store.models import ROW_CLASSES
from orgdesk.store.versions import Versions


def _converters(kind: str) -> list[tuple[int, Callable[[Any], Any]]]:
    """Column positions whose raw driver values need converting (SQLite gives text dates, 0/1)."""
    table = ROW_CLASSES[kind].__table__
    found: list[tuple[int, Callable[[Any], Any]]] = []
    for position, name in enumerate(ENTITY_CLASSES[kind]._fields):
        column_type = table.c[name].type
        if isinstance(column_type, Date):
            found.append((position, _to_date))
        elif isinstance(column_type, Boolean):
            found.append((position, _to_bool))
    return found


def _to_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value.__class__ is str else value


def _to_bool(value: Any) -> bool | None:
    return None if value is None else value is True or value == 1


class WrongValue(ValueError):
    """A value of the wrong type or out of range in a table (a file edited outside OrgDesk)."""

    def __init__(self, kind: str, field: str, entity_id: object, value: object) -> None:
        super().__init__(f"{kind} {entity_id}: {field} = {value!r}")
        self.kind, self.field, self.entity_id, self.value = kind, field, entity_id, value


READ_TOLERANCE = 5  # times the edit limit a text read from a document may be (older files had no limit)
# Values a column may hold beyond its type (what the rules keep; a file may hold anything).
_RANGES: dict[tuple[str, str], tuple[float, float]] = {
    ("position", "headcount"): (0, MAX_HEADCOUNT),
    ("kpi", "weight"): (0, 100),
    ("duty", "level"): (0, 100),
}


@cache
def _value_rules(kind: str) -> list[tuple[int, str, frozenset[type], tuple[float, float] | None]]:
    """(position, field, the raw types the driver may give, range) of each column of a kind."""
    table = ROW_CLASSES[kind].__table__
    rules = []
    for position, name in enumerate(ENTITY_CLASSES[kind]._fields):
        column = table.c[name]
        column_type = column.type
        if isinstance(column_type, Boolean):
            types: set[type] = {int, bool}
        elif isinstance(column_type, Integer):
            types = {int}
        elif isinstance(column_type, Float):
            types = {float, int}
        elif isinstance(column_type, Date):
            types = {str, date}
        else:
            types = {str}
        if column.nullable:
            types.add(type(None))
        limits = _RANGES.get((kind, name), (0, float("inf")) if name == "sort_order" else None)
        rules.append((position, name, frozenset(types), limits))
    return rules


def check_values(kind: str, rows: Sequence[Any]) -> None:
    """Raise WrongValue for the first value of a wrong type or out of range (column by column, at C speed)."""
    if not rows:
        return
    columns = list(zip(*rows, strict=False))
    for position, name, types, limits in _value_rules(kind):
        column = columns[position]
        if not types.issuperset(map(type, column)):
            bad = next(row for row in rows if type(row[position]) not in types)
            raise WrongValue(kind, name, bad[0], bad[position])
        numbers = [value for value in column if value is not None] if limits is not None or float in types else []
        if float in types and not all(map(math.isfinite, numbers)):
            bad = next(row for row in rows if row[position] is not None and not math.isfinite(row[position]))
            raise WrongValue(kind, name, bad[0], bad[position])
        if limits is not None and numbers and (min(numbers) < limits[0] or max(numbers) > limits[1]):
            bad = next(row for row in rows if row[position] is not None and not limits[0] <= row[position] <= limits[1])
            raise WrongValue(kind, name, bad[0], bad[position])
        if str in types and name not in NOT_TEXT:
            longest = READ_TOLERANCE * limit_of(name)  # a text far past what edits allow: damage, or an attack
            texts = [value for value in column if value.__class__ is str]
            if texts and max(map(len, texts)) > longest:
                bad = next(row for row in rows if isinstance(row[position], str) and len(row[position]) > longest)
                raise WrongValue(kind, name, bad[0], f"{len(bad[position])} characters")
        if types == frozenset({int, bool}) and not set(column) <= {0, 1}:
            bad = next(row for row in rows if row[position] not in (0, 1))
            raise WrongValue(kind, name, bad[0], bad[position])


# Fields added by a later schema revision: a document of an older revision opened read-only
# (not migrated) reads their defaults. The revision each came with, by kind.
ADDED_FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "unit": (("extra", "0006"),),
    "position": (("extra", "0006"),),
    "person": tuple(
        (name, "0006") for name in ("employment_type", "id_number", "work_start_date", "political_status", "extra")
    ),
}


def read_table(
    connection: Connection, kind: str, versions: Versions | None = None, revision: str | None = None
) -> list[Entity]:
    """All rows of one table, straight from the driver in one fetch (no per-row ORM work);
    with `versions`, each row's version is noted there too. `revision`: the document's schema
    revision, when older than this program's (fields added since read as their defaults)."""
    cls = ENTITY_CLASSES[kind]
    fields = (*cls._fields, "version") if versions is not None else cls._fields
    absent = {name for name, added in ADDED_FIELDS.get(kind, ()) if revision is not None and revision < added}
    defaults = cls._field_defaults
    names = ", ".join(f'"{name}"' if name not in absent else _literal(defaults[name], name) for name in fields)
    table_name = ROW_CLASSES[kind].__tablename__
    cursor = connection.connection.cursor()
    try:
        cursor.execute(f'SELECT {names} FROM "{table_name}"')
        rows = cursor.fetchall()
    finally:
        cursor.close()
    if versions is not None:
        versions.update(((kind, row[0]), row[-1]) for row in rows)
        rows = [row[:-1] for row in rows]
    check_values(kind, rows)
    make = partial(tuple.__new__, cls)  # what NamedTuple._make does, minus a Python call per row
    converters = _converters(kind)
    if converters and rows:
        # Convert column by column: a transpose and a map are far cheaper than a loop per row.
        columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True))
        for position, convert in converters:
            columns[position] = tuple(map(convert, columns[position]))
        rows = list(zip(*columns, strict=True))
    return list(map(make, rows))


def _literal(value: object, name: str) -> str:
    """A default as SQL in place of a column the table does not have yet."""
    if value is None:
        return f'NULL AS "{name}"'
    assert value == "", value  # the added fields are text (default "") or dates (None)
    return f"'' AS \"{name}\""


def entity_rows(entities: Iterable[Entity]) -> list[dict[str, Any]]:
    return [entity._asdict() for entity in entities]


def insert_all(connection: Connection, document: Document) -> None:
    for kind in KINDS:
        insert_rows(connection, ROW_CLASSES[kind].__table__, entity_rows(document.all(kind)))  # type: ignore[arg-type]
