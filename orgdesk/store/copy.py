"""Copy a whole document between a file and a server (either way, or file to file).

Every table OrgDesk creates is copied row for row, ids, versions and history included,
in one transaction on the target: the copy is the same document, and `orgdesk info` of
both sides is identical. The target must be new (a file) or an empty database.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from sqlalchemy import Connection, Table, func, inspect, select, text

from orgdesk.store.models import Base, DocumentStateRow
from orgdesk.store.server import PasswordPrompt, create_on_server, is_server_location
from orgdesk.store.store import Store

BATCH = 5000  # rows per insert: bounded memory for big tables


def copy_document(
    source: Store, target: str | Path, *, overwrite: bool = False, ask_password: PasswordPrompt | None = None
) -> Store:
    """Copy `source` to `target` (a new file or an empty database); returns the target, open."""
    if not is_server_location(target):  # the copy is filled before it replaces anything
        with source.engine.connect() as reading:
            inputs = [source.path] if not source.server else []
            return Store.create(Path(target), overwrite=overwrite, fill=partial(_copy_tables, reading), inputs=inputs)
    with source.engine.connect() as reading:
        return create_on_server(str(target), ask_password=ask_password, fill=partial(_copy_tables, reading))


def save_copy(store: Store, target: Path) -> None:
    """File › Save As: the open document (a file or a server document) as a new file at `target`
    (the dialog has asked before replacing one)."""
    if store.server:
        copy_document(store, Path(target), overwrite=True).close()
    else:
        store.save_as(Path(target))


def _copy_tables(reading: Connection, writing: Connection) -> None:
    present = set(inspect(reading).get_table_names())
    writing.execute(DocumentStateRow.__table__.delete())  # type: ignore[attr-defined]
    for table in Base.metadata.sorted_tables:
        if table.name in present:
            _copy_table(reading, writing, table)
    if writing.dialect.name == "postgresql":
        _advance_sequences(writing)
    state = DocumentStateRow.__table__
    if not writing.execute(select(func.count()).select_from(state)).scalar():
        counter = _history_top(writing)
        writing.execute(state.insert(), {"id": 1, "change_counter": counter})  # type: ignore[attr-defined]


def _copy_table(reading: Connection, writing: Connection, table: Table) -> None:
    source_columns = {column["name"] for column in inspect(reading).get_columns(table.name)}
    columns = [column for column in table.columns if column.name in source_columns]
    result = reading.execute(select(*columns).order_by(*table.primary_key.columns))
    while batch := result.fetchmany(BATCH):
        writing.execute(table.insert(), [dict(row._mapping) for row in batch])  # noqa: SLF001 - Row._mapping is SQLAlchemy's public API


def _history_top(connection: Connection) -> int:
    history = Base.metadata.tables["history"]
    return int(connection.execute(select(func.max(history.c.id))).scalar() or 0)


def _advance_sequences(connection: Connection) -> None:
    """Rows came with their ids: move PostgreSQL's serial counters past them."""
    for table in Base.metadata.sorted_tables:
        top = connection.execute(select(func.max(table.c.id))).scalar()
        sequence = connection.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
        ).scalar()
        if sequence and top:
            connection.execute(
                text("SELECT setval(CAST(:sequence AS regclass), :top)"), {"sequence": sequence, "top": top}
            )
