"""Writing a patch's rows: deletes by id ranges, inserts and updates in bulk.

An entity is a tuple in its table's column order, so on SQLite it is handed to the driver's
executemany as it is (dates become ISO text through the adapter below, as SQLAlchemy's Date does): 140,000 new
rows of a scenario copy then cost what SQLite itself needs, not a dict per row. PostgreSQL
goes through fast_sql (named parameters). Deletes name ranges of consecutive ids, so undoing
a copy deletes each table's rows with a handful of statements.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from itertools import chain

from sqlalchemy import Connection, Table, bindparam

from orgdesk.domain.entities import ENTITY_CLASSES, KINDS, Entity
from orgdesk.domain.operations import ScenarioCopySpec
from orgdesk.domain.patch import Patch
from orgdesk.store.copy_sql import copy_rows
from orgdesk.store.fast_sql import id_runs, insert_rows, update_rows
from orgdesk.store.models import ROW_CLASSES
from orgdesk.store.tables import entity_rows

# Dates go to SQLite as ISO text, as SQLAlchemy's Date writes them. This is what Python 3.11's
# sqlite3 does by default; registered here because that default is deprecated from 3.12 on.
# (Adapters are looked up by exact type: datetime values are not affected.)
sqlite3.register_adapter(date, date.isoformat)
ROWS_PER_STATEMENT = 100
MAX_PARAMETERS = 900  # below 999, the limit of SQLite builds before 3.32


def write_rows(connection: Connection, patch: Patch, copy: ScenarioCopySpec | None) -> None:
    """The patch's rows; with `copy`, the copied ones made by the database (see copy_sql)."""
    if copy is not None:
        patch = copy_rows(connection, copy, patch)  # what is left: the scenario row
    write_patch(connection, patch)


def write_patch(connection: Connection, patch: Patch) -> None:
    inserts: dict[str, list[Entity]] = defaultdict(list)
    updates: dict[str, list[Entity]] = defaultdict(list)
    deletes: dict[str, list[int]] = defaultdict(list)
    for change in patch.changes:
        if change.after is None:
            deletes[change.kind].append(change.id)
        elif change.before is None:
            inserts[change.kind].append(change.after)
        else:
            updates[change.kind].append(change.after)
    # Foreign keys are deferred, so the order only matters for readability.
    for kind in reversed(KINDS):
        if deletes[kind]:
            delete_ids(connection, kind, deletes[kind])
    for kind in KINDS:
        if inserts[kind]:
            insert_entities(connection, kind, inserts[kind])
        if updates[kind]:
            update_entities(connection, kind, updates[kind])


def delete_ids(connection: Connection, kind: str, ids: Sequence[int]) -> None:
    table = _table(kind)
    statement = table.delete().where(table.c.id.between(bindparam("first_id"), bindparam("last_id")))
    connection.execute(statement, [{"first_id": first, "last_id": last} for first, last in id_runs(ids)])


def insert_entities(connection: Connection, kind: str, entities: Sequence[Entity]) -> None:
    if connection.dialect.name != "sqlite":
        insert_rows(connection, _table(kind), entity_rows(entities))
        return
    fields = ENTITY_CLASSES[kind]._fields
    # Many rows per statement: SQLite's per-statement work is then paid once per ~70 rows
    # (a third less time for an import's 170,000 rows); at most 900 parameters a statement.
    per = max(1, min(ROWS_PER_STATEMENT, MAX_PARAMETERS // len(fields)))
    whole = len(entities) - len(entities) % per
    if whole:
        rows = [tuple(chain.from_iterable(entities[start : start + per])) for start in range(0, whole, per)]
        connection.exec_driver_sql(_insert_sql(kind, per), rows)
    if whole < len(entities):
        connection.exec_driver_sql(_insert_sql(kind, 1), entities[whole:])


def _insert_sql(kind: str, rows: int) -> str:
    fields = ENTITY_CLASSES[kind]._fields
    names = ", ".join(f'"{name}"' for name in fields)
    row = "(" + ", ".join("?" for _ in fields) + ")"
    return f'INSERT INTO "{_table(kind).name}" ({names}) VALUES {", ".join([row] * rows)}'


def update_entities(connection: Connection, kind: str, entities: Sequence[Entity]) -> None:
    """Each row to the entity's values, its version raised by one (see versions.py)."""
    if connection.dialect.name != "sqlite":
        update_rows(connection, _table(kind), entity_rows(entities), bump="version")
        return
    fields = ENTITY_CLASSES[kind]._fields[1:]
    assignments = ", ".join(f'"{name}" = ?' for name in fields)
    sql = f'UPDATE "{_table(kind).name}" SET {assignments}, "version" = "version" + 1 WHERE "id" = ?'
    rows = [(*row[1:], row[0]) for row in entities]
    connection.exec_driver_sql(sql, rows)


def _table(kind: str) -> Table:
    table: Table = ROW_CLASSES[kind].__table__  # type: ignore[assignment]
    return table
