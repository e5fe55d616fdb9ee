"""Optimistic locking: every row carries a version; an edit based on an older one is refused.

A commit first raises the document's change counter. That single-row UPDATE takes a row
lock on PostgreSQL (SQLite's write lock on a file), so writers commit one after the other:
the versions read next cannot change before this commit, and history ids follow commit
order. The lock is held only for the few statements of one user action.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import Connection, select

from orgdesk.domain.patch import Change, Patch
from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.store.fast_sql import id_runs
from orgdesk.store.files import DocumentError
from orgdesk.store.models import ROW_CLASSES, DocumentStateRow

Versions = dict[tuple[str, int], int]  # (kind, id) → the version this client last saw

CONFLICT = QT_TRANSLATE_NOOP(
    "Store",
    "{author} changed the {kind} “{name}” at {when}, after you last saw it, so your change was not made "
    "(nothing of theirs was overwritten). The view now shows the current version: check it and make your "
    "change again if it is still needed.",
)
CONFLICT_UNKNOWN = QT_TRANSLATE_NOOP(
    "Store",
    "Someone else changed or removed the {kind} “{name}” after you last saw it, so your change was not made "
    "(nothing of theirs was overwritten). The view now shows the current version: check it and make your "
    "change again if it is still needed.",
)
CHUNK = 500  # ids per IN (...) list: far below every backend's limit on parameters
RUN = 16  # consecutive ids read by one range query rather than listed


class ConflictError(DocumentError):
    """Another client committed a change to a row this edit is based on."""

    def __init__(self, template: str, *, kind: str, entity_id: int, **params: object) -> None:
        super().__init__(template, kind=kind, **params)
        self.kind = kind
        self.entity_id = entity_id
        # Only new rows collided (two clients numbered them from the same maximum id): planning
        # the same edit again on the refreshed document is safe, it overwrites nothing.
        self.new_ids_only = False


def bump_counter(connection: Connection) -> int:
    """Raise the change counter (taking the writers' lock) and return its new value."""
    state = DocumentStateRow.__table__
    raised = state.update().where(state.c.id == 1).values(change_counter=state.c.change_counter + 1)  # type: ignore[attr-defined]
    value = connection.execute(raised.returning(state.c.change_counter)).scalar()
    if value is None:  # a document without its state row (hand-made): start one
        connection.execute(state.insert(), {"id": 1, "change_counter": 1})  # type: ignore[attr-defined]
        return 1
    return int(value)


def read_counter(connection: Connection) -> int:
    state = DocumentStateRow.__table__
    value = connection.execute(select(state.c.change_counter).where(state.c.id == 1)).scalar()
    return int(value or 0)


def find_conflicts(connection: Connection, patch: Patch, versions: Versions) -> list[Change]:
    """The changes whose row is not at the version this client saw (or exists when it
    should not): someone else committed them in the meantime."""
    by_kind: dict[str, list[Change]] = defaultdict(list)
    for change in patch.changes:
        by_kind[change.kind].append(change)
    found_conflicts: list[Change] = []
    for kind, changes in by_kind.items():
        inserted = [c.id for c in changes if c.before is None]
        existing = [c.id for c in changes if c.before is not None]
        current = _current_versions(connection, kind, existing)
        current.update(_taken_among(connection, kind, inserted))
        if not existing and not current:
            continue  # only new rows, and none of their ids taken (a copy's or an import's 100,000)
        for change in changes:
            found = current.get(change.id)
            # An insert expects no row yet; a row unknown to us has nothing to compare.
            expected = None if change.before is None else versions.get((kind, change.id), found)
            if found != expected:
                found_conflicts.append(change)
    return found_conflicts


def _taken_among(connection: Connection, kind: str, ids: list[int]) -> dict[int, int]:
    """Versions of the rows that already hold any of these new ids. New ids are numbered on from
    the largest, so one range query answers for thousands of them (usually: none taken)."""
    if not ids:
        return {}
    table = ROW_CLASSES[kind].__table__
    wanted = set(ids)
    query = select(table.c.id, table.c.version).where(table.c.id.between(min(ids), max(ids)))
    return {int(row[0]): int(row[1]) for row in connection.execute(query) if int(row[0]) in wanted}


def _current_versions(connection: Connection, kind: str, ids: list[int]) -> dict[int, int]:
    """The rows' versions now: runs of consecutive ids (undoing a copy deletes 140,000 rows in a
    few hundred runs) by one range query each, scattered ids by lists of CHUNK."""
    table = ROW_CLASSES[kind].__table__
    columns = (table.c.id, table.c.version)
    found: dict[int, int] = {}
    scattered: list[int] = []
    for first, last in id_runs(ids):
        if last - first + 1 >= RUN:
            found.update(connection.execute(select(*columns).where(table.c.id.between(first, last))).tuples().all())
        else:
            scattered.extend(range(first, last + 1))
    for start in range(0, len(scattered), CHUNK):
        chunk = scattered[start : start + CHUNK]
        found.update(connection.execute(select(*columns).where(table.c.id.in_(chunk))).tuples().all())
    return found


def new_versions(patch: Patch, versions: Versions) -> list[tuple[Change, int]]:
    """Each change with its row's version after the commit (the UPDATE raised it by one;
    1 for a new row, 0 for a deleted one)."""
    result: list[tuple[Change, int]] = []
    for change in patch.changes:
        if change.after is None:
            result.append((change, 0))
        elif change.before is None:
            result.append((change, 1))
        else:
            result.append((change, versions.get((change.kind, change.id), 1) + 1))
    return result


def remember(versions: Versions, changes: list[tuple[Change, int]]) -> None:
    versions.update(((change.kind, change.id), version) for change, version in changes if version)
    for change, version in changes:
        if not version:
            versions.pop((change.kind, change.id), None)
