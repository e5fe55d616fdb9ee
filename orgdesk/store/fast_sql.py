"""Many rows through one statement compiled once.

SQLAlchemy's `connection.execute(statement, rows)` re-processes every row's parameters in
Python (about 7 µs a row: 2 s for the 280,000 rows of copying a 10,000-unit scenario with
its history). Here the statement is compiled once for the connection's dialect, the few
columns whose type needs converting (dates for SQLite, say) go through the type's own bind
processor, and the driver's executemany gets plain tuples or dicts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from operator import itemgetter
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement

Row = Mapping[str, Any]
Processor = Callable[[Any], Any]

ID_KEY = "_row_id"  # the WHERE id parameter of update_rows (not a column name)


def insert_rows(connection: Connection, table: Table, rows: Sequence[Row]) -> None:
    """INSERT every row (all rows have the same keys)."""
    if rows:
        columns = {name: name for name in rows[0]}
        _execute_many(connection, table, table.insert(), rows, columns, list(columns))


def update_rows(connection: Connection, table: Table, rows: Sequence[Row], bump: str | None = None) -> None:
    """UPDATE each row by its "id" to the row's other values; `bump` names an integer column
    raised by one in the same statement (the row version)."""
    if not rows:
        return
    # A bind parameter may not share a column's name in an UPDATE's SET clause.
    columns = {f"new_{name}": name for name in rows[0] if name != "id"}
    values: dict[str, Any] = {name: bindparam(key) for key, name in columns.items()}
    if bump is not None:
        values[bump] = table.c[bump] + 1
    statement = table.update().where(table.c.id == bindparam(ID_KEY)).values(values)
    keyed = [{**{key: row[name] for key, name in columns.items()}, ID_KEY: row["id"]} for row in rows]
    _execute_many(connection, table, statement, keyed, columns)


def _execute_many(
    connection: Connection,
    table: Table,
    statement: ClauseElement,
    rows: Sequence[Row],
    columns: dict[str, str],
    column_keys: list[str] | None = None,
) -> None:
    """`columns`: parameter name → the column whose type converts its values; `column_keys`:
    the columns an INSERT names (the others keep their defaults)."""
    names = list(rows[0])
    compiled = cast(SQLCompiler, statement.compile(dialect=connection.dialect, column_keys=column_keys))
    processors = _processors(connection, table, columns)
    defaults = _defaults(table, compiled, names)
    if defaults:
        rows = [{**defaults, **row} for row in rows]
    if compiled.positiontup is not None:  # qmark / numeric styles (SQLite)
        order = list(compiled.positiontup)
        take = itemgetter(*order)
        tuples = map(take, rows) if len(order) > 1 else ((take(row),) for row in rows)
        converting = [(i, processors[name]) for i, name in enumerate(order) if name in processors]
        params: list[Any] = [_converted(t, converting) for t in tuples] if converting else list(tuples)
    else:  # named styles (psycopg)
        params = [{name: _value(row, name, processors) for name in row} for row in rows]
    connection.exec_driver_sql(compiled.string, params)


def _converted(values: tuple[Any, ...], converting: list[tuple[int, Processor]]) -> tuple[Any, ...]:
    changed = list(values)
    for index, processor in converting:
        if changed[index] is not None:
            changed[index] = processor(changed[index])
    return tuple(changed)


def _defaults(table: Table, compiled: SQLCompiler, names: list[str]) -> dict[str, Any]:
    """Values of the parameters the statement has but the rows lack: columns with a scalar
    default (an INSERT renders those as parameters too) and literals such as the 1 of
    `version + 1`."""
    found: dict[str, Any] = {}
    for name, bind in compiled.binds.items():
        if name in names:
            continue
        column = table.c.get(name)
        default = column.default if column is not None else None
        if default is not None and default.is_scalar:
            found[name] = default.arg  # type: ignore[attr-defined]
        elif bind.value is not None:
            found[name] = bind.value
        else:
            raise ValueError(f"no value for {name!r} in the rows")
    return found


def _processors(connection: Connection, table: Table, columns: dict[str, str]) -> dict[str, Processor]:
    found: dict[str, Processor] = {}
    for name, column_name in columns.items():
        column = table.c.get(column_name)
        processor = column.type.bind_processor(connection.dialect) if column is not None else None
        if processor is not None:
            found[name] = processor
    return found


def _value(row: Row, name: str, processors: dict[str, Processor]) -> Any:
    value = row[name]
    processor = processors.get(name)
    return value if processor is None or value is None else processor(value)


def id_runs(ids: Sequence[int]) -> list[tuple[int, int]]:
    """The ids as (first, last) runs of consecutive numbers, ascending."""
    runs: list[tuple[int, int]] = []
    ordered = sorted(set(ids))
    if not ordered:
        return runs
    first = last = ordered[0]
    for entity_id in ordered[1:]:
        if entity_id != last + 1:
            runs.append((first, last))
            first = entity_id
        last = entity_id
    runs.append((first, last))
    return runs
