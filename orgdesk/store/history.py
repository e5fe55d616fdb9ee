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
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, and_, false, or_, select

from orgdesk.domain.entities import ENTITY_CLASSES, Entity
from orgdesk.domain.patch import Change, Patch
from orgdesk.store.fast_sql import insert_rows
from orgdesk.store.models import HistoryChangeRow, HistoryRow

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


def entity_from_json(kind: str, text: str | None) -> Entity | None:
    if text is None:
        return None
    values: dict[str, Any] = json.loads(text)
    cls = ENTITY_CLASSES[kind]
    for name, annotation in cls.__annotations__.items():
        if "date" in str(annotation) and isinstance(values.get(name), str):
            values[name] = date.fromisoformat(values[name])
    entity: Entity = cls._make(values.get(name) for name in cls._fields)
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
    changes: Iterable[tuple[Change, int]],
) -> None:
    """One history entry and its rows (each with the row's version after the change)."""
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
        {
            "history_id": history_id,
            "kind": change.kind,
            "entity_id": change.id,
            "version": version,
            "before": entity_json(change.before),
            "after": entity_json(change.after),
        }
        for change, version in changes
    ]
    insert_rows(connection, HistoryChangeRow.__table__, rows)  # type: ignore[arg-type]


@dataclass(frozen=True)
class ItemChange:
    kind: str
    entity_id: int
    version: int
    before: str | None  # JSON
    after: str | None


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

    def patch(self) -> Patch:
        return Patch(
            tuple(
                Change(c.kind, c.entity_id, entity_from_json(c.kind, c.before), entity_from_json(c.kind, c.after))
                for c in self.changes
            )
        )


def read_entries(
    connection: Connection,
    *,
    after_id: int = 0,
    kind: str | None = None,
    entity_id: int | None = None,
    author: str | None = None,
    items: Mapping[str, Collection[int]] | None = None,
) -> list[Entry]:
    """Entries above `after_id`, oldest first; with `kind`/`entity_id` only those touching that item,
    with `items` (ids by kind) only those touching any of them (their changes limited to those)."""
    history = HistoryRow.__table__
    change = HistoryChangeRow.__table__
    query = select(history).where(history.c.id > after_id).order_by(history.c.id)  # type: ignore[attr-defined]
    if author is not None:
        query = query.where(history.c.author == author)  # type: ignore[attr-defined]
    change_query = select(change).where(change.c.history_id > after_id)  # type: ignore[attr-defined]
    if kind is not None:
        change_query = change_query.where(change.c.kind == kind)  # type: ignore[attr-defined]
    if entity_id is not None:
        change_query = change_query.where(change.c.entity_id == entity_id)  # type: ignore[attr-defined]
    filtered = kind is not None or entity_id is not None or items is not None
    if items is not None:
        wanted = [and_(change.c.kind == k, change.c.entity_id.in_(list(ids))) for k, ids in items.items() if ids]  # type: ignore[attr-defined]
        change_query = change_query.where(or_(false(), *wanted))
    by_entry: dict[int, list[ItemChange]] = {}
    for row in connection.execute(change_query.order_by(change.c.id)):  # type: ignore[attr-defined]
        by_entry.setdefault(row.history_id, []).append(
            ItemChange(row.kind, row.entity_id, row.version, row.before, row.after)
        )
    entries = []
    for row in connection.execute(query):
        changes = by_entry.get(row.id, [])
        if filtered and not changes:
            continue
        params = json.loads(row.action_params or "{}")
        entries.append(Entry(row.id, row.at, row.author, row.client, row.action, params, row.source, tuple(changes)))
    return entries


def last_change(connection: Connection, kind: str, entity_id: int) -> tuple[str, str] | None:
    """(author, ISO time) of the last committed change of one row, if the history has one."""
    history = HistoryRow.__table__
    change = HistoryChangeRow.__table__
    query = (
        select(history.c.author, history.c.at)  # type: ignore[attr-defined]
        .select_from(change.join(history, history.c.id == change.c.history_id))  # type: ignore[attr-defined]
        .where(change.c.kind == kind, change.c.entity_id == entity_id)  # type: ignore[attr-defined]
        .order_by(history.c.id.desc())  # type: ignore[attr-defined]
        .limit(1)
    )
    row = connection.execute(query).first()
    return None if row is None else (str(row[0]), str(row[1]))


def local_time(iso: str) -> str:
    """'2026-11-23 17:05' in the machine's time zone, for messages and tables."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M:%S")
    except ValueError:
        return iso
