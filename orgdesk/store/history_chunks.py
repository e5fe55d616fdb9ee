"""The compact history format: the rows of one kind an operation changed, one blob per block of ids.

A block is the rows whose ids share `id >> BLOCK_BITS` (1,024 ids), so a history entry of a
10,000-unit scenario copy (140,000 new rows) is about 140 blobs, and the history of one item
is found by its kind and block through an index, then picked out of the blob.

A blob is zlib-compressed JSON (orjson), column by column, so no key is repeated per row:

    {"format": 1, "fields": ["id", "name", …],       # the entity's fields when it was written
     "ids": [12, 13, …], "versions": [1, 1, …],      # each row's version after the change (0: deleted)
     "before": null | {"at": null | [positions], "columns": [[…], …]},
     "after":  …}

`before`/`after` hold the values of the rows that have one (`at`: their positions in `ids`;
null when every row has one); null when no row has one (a block of new rows has no before).
Field names travel with the data, so a field added by a later version reads back as its default.
"""

from __future__ import annotations

import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from typing import Any, NamedTuple

import orjson

from orgdesk.domain.entities import ENTITY_CLASSES, Entity
from orgdesk.domain.patch import Change

BLOCK_BITS = 10
FORMAT = 1
# A block holds at most 1,024 rows: anything that inflates beyond this is not a history blob
# OrgDesk wrote (a crafted file must not exhaust memory).
MAX_BLOB_BYTES = 64 * 1024 * 1024


class ItemChange(NamedTuple):
    """One row an operation changed: its values before and after (None: absent then)."""

    kind: str
    entity_id: int
    version: int  # the row's version after the change (0: deleted)
    before: Entity | None
    after: Entity | None


class HistoryDataError(ValueError):
    """A history blob that cannot be read (damaged, or not written by OrgDesk)."""


def block_of(entity_id: int) -> int:
    return entity_id >> BLOCK_BITS


# ----- writing -------------------------------------------------------------------------------
def encode_changes(changes: Iterable[tuple[Change, int]]) -> list[tuple[str, int, int, bytes]]:
    """(kind, block, rows, blob) of every block the changes touch (each change with its new version)."""
    blocks: dict[tuple[str, int], list[tuple[Change, int]]] = defaultdict(list)
    for item in changes:
        change = item[0]
        blocks[(change.kind, change.id >> BLOCK_BITS)].append(item)
    return [(kind, block, len(items), encode_block(kind, items)) for (kind, block), items in blocks.items()]


def encode_block(kind: str, items: Sequence[tuple[Change, int]]) -> bytes:
    data = {
        "format": FORMAT,
        "fields": ENTITY_CLASSES[kind]._fields,
        "ids": [change.id for change, _ in items],
        "versions": [version for _, version in items],
        "before": _side([change.before for change, _ in items]),
        "after": _side([change.after for change, _ in items]),
    }
    return zlib.compress(orjson.dumps(data, default=_plain), 1)


def _side(entities: list[Entity | None]) -> dict[str, Any] | None:
    present = [position for position, entity in enumerate(entities) if entity is not None]
    if not present:
        return None
    if len(present) == len(entities):
        return {"at": None, "columns": list(zip(*entities, strict=True))}
    rows = [entities[position] for position in present]
    return {"at": present, "columns": list(zip(*rows, strict=True))}


def _plain(value: object) -> object:
    """What orjson does not write itself (dates and str enums it does)."""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# ----- reading -------------------------------------------------------------------------------
def decode_block(kind: str, blob: bytes) -> list[ItemChange]:
    """Every change in one blob (raises HistoryDataError when it cannot be read)."""
    try:
        inflater = zlib.decompressobj()
        text = inflater.decompress(blob, MAX_BLOB_BYTES)
        if inflater.unconsumed_tail:
            raise HistoryDataError("a history block larger than any OrgDesk writes")
        data = orjson.loads(text)
        ids, versions = list(map(int, data["ids"])), list(map(int, data["versions"]))
        fields = tuple(map(str, data["fields"]))
        before = _entities(kind, fields, data["before"], len(ids))
        after = _entities(kind, fields, data["after"], len(ids))
    except (zlib.error, orjson.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        if isinstance(error, HistoryDataError):
            raise
        raise HistoryDataError(f"unreadable history block ({error})") from error
    if not len(ids) == len(versions) == len(before) == len(after):
        raise HistoryDataError("a history block whose parts disagree")
    return list(map(ItemChange, [kind] * len(ids), ids, versions, before, after))


def _entities(kind: str, fields: tuple[str, ...], side: dict[str, Any] | None, count: int) -> list[Entity | None]:
    if side is None:
        return [None] * count
    columns = _conformed(kind, fields, side["columns"])
    make = ENTITY_CLASSES[kind]._make
    rows: list[Entity] = list(map(make, zip(*columns, strict=True))) if columns else []
    at = side["at"]
    if at is None:
        if len(rows) != count:
            raise HistoryDataError("a history block whose parts disagree")
        return list(rows)
    found: list[Entity | None] = [None] * count
    for position, entity in zip(at, rows, strict=True):
        found[position] = entity
    return found


def _conformed(kind: str, fields: tuple[str, ...], columns: list[list[Any]]) -> list[Sequence[Any]]:
    """The columns in the order of today's fields (missing ones: the default), dates as dates."""
    cls = ENTITY_CLASSES[kind]
    if len(columns) != len(fields):
        raise HistoryDataError("a history block whose parts disagree")
    by_name = dict(zip(fields, columns, strict=True))
    length = len(columns[0]) if columns else 0
    defaults = cls._field_defaults
    result: list[Sequence[Any]] = []
    for name in cls._fields:
        column = by_name.get(name)
        if column is None:
            column = [defaults.get(name)] * length
        elif name in _date_fields(kind):
            column = [date.fromisoformat(value) if isinstance(value, str) else value for value in column]
        result.append(column)
    return result


@cache
def _date_fields(kind: str) -> frozenset[str]:
    cls = ENTITY_CLASSES[kind]
    return frozenset(name for name, annotation in cls.__annotations__.items() if "date" in str(annotation))
