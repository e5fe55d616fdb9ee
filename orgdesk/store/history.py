"""The history of a document: every committed operation, who made it, when, and each row
before → after. Written in the same transaction as the edit, in both backends.

The history's ids follow the document's change counter (raised under a row lock by every
commit, see versions.bump_counter), so they are in commit order: a client that has seen
up to id N only needs the entries above N to catch up with the others' work.
"""

from __future__ import annotations

import getpass
import json
import os
from collections import defaultdict
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, and_, false, or_, select

from orgdesk.domain.entities import ENTITY_CLASSES, Entity
from orgdesk.domain.patch import Change, Patch
from orgdesk.store.fast_sql import insert_rows
from orgdesk.store.history_chunks import ItemChange, block_of, decode_block
from orgdesk.store.models import HistoryChangeRow, HistoryChunkRow, HistoryRow

AUTHOR_VARIABLE = "ORGDESK_USER_NAME"  # a configured display name; else the OS user


def default_author() -> str:
    configured = os.environ.get(AUTHOR_VARIABLE, "").strip()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment (rare containers)
        return "?"


def _plain(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# One encoder for all rows: json.dumps with options builds a new encoder on every call.
_ENCODE = json.JSONEncoder(ensure_ascii=False, default=_plain).encode


def entity_json(entity: Entity | None) -> str | None:
    if entity is None:
        return None
    return _ENCODE(entity._asdict())


def entity_values(entity: Entity | None) -> dict[str, object] | None:
    """An entity's fields as plain JSON values (dates as ISO text), for showing and exporting."""
    if entity is None:
        return None
    return {name: _plain(value) if isinstance(value, date) else value for name, value in entity._asdict().items()}


def entity_from_json(kind: str, text: str | None) -> Entity | None:
    if text is None:
        return None
    values: dict[str, Any] = json.loads(text)
    cls = ENTITY_CLASSES[kind]
    for name, annotation in cls.__annotations__.items():
        if "date" in str(annotation) and isinstance(values.get(name), str):
            values[name] = date.fromisoformat(values[name])
    defaults = cls._field_defaults  # a field added since the entry was written: its default
    entity: Entity = cls._make(values.get(name, defaults.get(name)) for name in cls._fields)
    return entity


@dataclass(frozen=True)
class Action:
    """What an operation did, as the undo menu says it (English template + parameters)."""

    template: str
    params: dict[str, object]
    source: str  # edit, undo, redo


def record(
    connection: Connection,
    history_id: int,
    author: str,
    client: str,
    action: Action,
    blocks: Iterable[tuple[str, int, int, bytes]],
) -> None:
    """One history entry and its changed rows, `blocks` from history_chunks.encode_changes (each
    changed row with its version after the change): a few hundred blobs even for 100,000 rows."""
    connection.execute(
        HistoryRow.__table__.insert(),  # type: ignore[attr-defined]
        {
            "id": history_id,
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "author": author,
            "client": client,
            "action": action.template,
            "action_params": json.dumps(action.params, ensure_ascii=False, default=str),
            "source": action.source,
        },
    )
    rows = [
        {"history_id": history_id, "kind": kind, "block": block, "rows": count, "data": data}
        for kind, block, count, data in blocks
    ]
    insert_rows(connection, HistoryChunkRow.__table__, rows)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Entry:
    id: int
    at: str
    author: str
    client: str
    action: str
    action_params: dict[str, object]
    source: str
    changes: tuple[ItemChange, ...]
    total: int | None = None  # how many rows it changed, when `changes` holds only a sample of them

    @property
    def change_count(self) -> int:
        return len(self.changes) if self.total is None else self.total

    def patch(self) -> Patch:
        return Patch(tuple(Change(c.kind, c.entity_id, c.before, c.after) for c in self.changes))


def read_entries(
    connection: Connection,
    *,
    after_id: int = 0,
    kind: str | None = None,
    entity_id: int | None = None,
    author: str | None = None,
    items: Mapping[str, Collection[int]] | None = None,
    chunked: bool = True,
    sample: int | None = None,
) -> list[Entry]:
    """Entries above `after_id`, oldest first; with `kind`/`entity_id` only those touching that item,
    with `items` (ids by kind) only those touching any of them (their changes limited to those).
    `chunked`: the document has the compact history table (schema 0005 on); the rows of older
    operations are read from history_change either way. `sample` (unfiltered only): read about
    that many changes of each entry and only count the others (a listing of operations need not
    open the 140 blobs of a scenario copy)."""
    history = HistoryRow.__table__
    query = select(history).where(history.c.id > after_id).order_by(history.c.id)
    if author is not None:
        query = query.where(history.c.author == author)
    wanted = _Wanted(kind, entity_id, items)
    by_entry: dict[int, list[ItemChange]] = defaultdict(list)
    totals: dict[int, int] = defaultdict(int)
    for history_id, change in _row_changes(connection, after_id, wanted):
        by_entry[history_id].append(change)
        totals[history_id] += 1
    if chunked:
        limit = None if wanted.filtering else sample
        for history_id, changes, rows in _chunk_changes(connection, after_id, wanted, by_entry, limit):
            by_entry[history_id].extend(changes)
            totals[history_id] += rows
    entries = []
    for row in connection.execute(query):
        changes = by_entry.get(row.id, [])
        if wanted.filtering and not changes:
            continue
        params = json.loads(row.action_params or "{}")
        total = totals[row.id] if totals.get(row.id, 0) != len(changes) else None
        entry = Entry(row.id, row.at, row.author, row.client, row.action, params, row.source, tuple(changes), total)
        entries.append(entry)
    return entries


class _Wanted:
    """Which changed items a history query asks for (all of them when nothing is given)."""

    def __init__(self, kind: str | None, entity_id: int | None, items: Mapping[str, Collection[int]] | None) -> None:
        self.kind, self.entity_id = kind, entity_id
        self.items = None if items is None else {k: set(ids) for k, ids in items.items() if ids}
        self.filtering = kind is not None or entity_id is not None or items is not None

    def __call__(self, change: ItemChange) -> bool:
        if self.kind is not None and change.kind != self.kind:
            return False
        if self.entity_id is not None and change.entity_id != self.entity_id:
            return False
        return self.items is None or change.entity_id in self.items.get(change.kind, ())


def _row_changes(connection: Connection, after_id: int, wanted: _Wanted) -> Iterator[tuple[int, ItemChange]]:
    """The changes written one row each (schema 0003 and 0004), JSON objects before and after."""
    change = HistoryChangeRow.__table__
    query = select(change).where(change.c.history_id > after_id)
    if wanted.kind is not None:
        query = query.where(change.c.kind == wanted.kind)
    if wanted.entity_id is not None:
        query = query.where(change.c.entity_id == wanted.entity_id)
    if wanted.items is not None:
        matching = [and_(change.c.kind == k, change.c.entity_id.in_(list(ids))) for k, ids in wanted.items.items()]
        query = query.where(or_(false(), *matching))
    for row in connection.execute(query.order_by(change.c.id)):
        before, after = entity_from_json(row.kind, row.before), entity_from_json(row.kind, row.after)
        yield row.history_id, ItemChange(row.kind, row.entity_id, row.version, before, after)


def _chunk_changes(
    connection: Connection,
    after_id: int,
    wanted: _Wanted,
    read: Mapping[int, Collection[ItemChange]],
    sample: int | None,
) -> Iterator[tuple[int, list[ItemChange], int]]:
    """The changes written in blocks (schema 0005 on), each block's with its row count: the
    blocks that may hold a wanted item, then the wanted changes picked out of them. With `sample`,
    an entry's blocks are not opened once `read` holds that many of its changes."""
    chunk = HistoryChunkRow.__table__
    columns = (chunk.c.history_id, chunk.c.kind, chunk.c.rows, chunk.c.data)
    query = select(*columns).where(chunk.c.history_id > after_id)
    if wanted.kind is not None:
        query = query.where(chunk.c.kind == wanted.kind)
    if wanted.entity_id is not None:
        query = query.where(chunk.c.block == block_of(wanted.entity_id))
    if wanted.items is not None:
        matching = [
            and_(chunk.c.kind == k, chunk.c.block.in_(sorted({block_of(i) for i in ids})))
            for k, ids in wanted.items.items()
        ]
        query = query.where(or_(false(), *matching))
    for history_id, kind, rows, data in connection.execute(query.order_by(chunk.c.id)):
        if sample is not None and len(read.get(history_id, ())) >= sample:
            yield history_id, [], rows
            continue
        changes = decode_block(kind, data)
        if wanted.filtering:
            changes = [change for change in changes if wanted(change)]
        if changes:
            yield history_id, changes, len(changes) if wanted.filtering else rows


def last_change(connection: Connection, kind: str, entity_id: int, *, chunked: bool = True) -> tuple[str, str] | None:
    """(author, ISO time) of the last committed change of one row, if the history has one."""
    history = HistoryRow.__table__
    change = HistoryChangeRow.__table__
    latest = (
        select(change.c.history_id)
        .where(change.c.kind == kind, change.c.entity_id == entity_id)
        .order_by(change.c.history_id.desc())
        .limit(1)
    )
    found = connection.execute(latest).scalar()
    if chunked:
        chunk = HistoryChunkRow.__table__
        blocks = (
            select(chunk.c.history_id, chunk.c.data)
            .where(chunk.c.kind == kind, chunk.c.block == block_of(entity_id))
            .order_by(chunk.c.history_id.desc())
        )
        for history_id, data in connection.execute(blocks):
            if found is not None and history_id <= found:
                break
            if any(c.entity_id == entity_id for c in decode_block(kind, data)):
                found = history_id
                break
    if found is None:
        return None
    row = connection.execute(select(history.c.author, history.c.at).where(history.c.id == found)).first()
    return None if row is None else (str(row[0]), str(row[1]))


def local_time(iso: str) -> str:
    """'2026-11-23 17:05' in the machine's time zone, for messages and tables."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso
