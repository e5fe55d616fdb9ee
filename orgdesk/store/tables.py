"""Reading and inserting whole tables in bulk, straight through the driver (no ORM objects)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from typing import Any

from sqlalchemy import Boolean, Connection, Date

from orgdesk.domain.document import Document
from orgdesk.domain.entities import ENTITY_CLASSES, KINDS, Entity
from orgdesk.store.fast_sql import insert_rows
from orgdesk.store.models import ROW_CLASSES
from orgdesk.store.versions import Versions


def _converters(kind: str) -> list[tuple[int, Callable[[Any], Any]]]:
    """Column positions whose raw driver values need converting (SQLite gives text dates, 0/1)."""
    table = ROW_CLASSES[kind].__table__
    found: list[tuple[int, Callable[[Any], Any]]] = []
    for position, name in enumerate(ENTITY_CLASSES[kind]._fields):
        column_type = table.c[name].type  # type: ignore[attr-defined]
        if isinstance(column_type, Date):
            found.append((position, _to_date))
        elif isinstance(column_type, Boolean):
            found.append((position, _to_bool))
    return found


def _to_date(value: Any) -> date | None:
    return date.fromisoformat(value) if value.__class__ is str else value


def _to_bool(value: Any) -> bool | None:
    return None if value is None else value is True or value == 1


def read_table(connection: Connection, kind: str, versions: Versions | None = None) -> list[Entity]:
    """All rows of one table, straight from the driver in one fetch (no per-row ORM work);
    with `versions`, each row's version is noted there too."""
    cls = ENTITY_CLASSES[kind]
    fields = (*cls._fields, "version") if versions is not None else cls._fields
    names = ", ".join(f'"{name}"' for name in fields)
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
    make = partial(tuple.__new__, cls)  # what NamedTuple._make does, minus a Python call per row
    converters = _converters(kind)
    if converters and rows:
        # Convert column by column: a transpose and a map are far cheaper than a loop per row.
        columns: list[tuple[Any, ...]] = list(zip(*rows, strict=True))
        for position, convert in converters:
            columns[position] = tuple(map(convert, columns[position]))
        rows = list(zip(*columns, strict=True))
    return list(map(make, rows))


def entity_rows(entities: Iterable[Entity]) -> list[dict[str, Any]]:
    return [entity._asdict() for entity in entities]


def insert_all(connection: Connection, document: Document) -> None:
    for kind in KINDS:
        insert_rows(connection, ROW_CLASSES[kind].__table__, entity_rows(document.all(kind)))  # type: ignore[arg-type]
