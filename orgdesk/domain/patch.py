"""A patch: the before and after value of every entity an edit touches.

Applying a patch puts the after values, reverting puts the before values back, so
revert restores ids, order and cascaded children exactly. The store writes the
same patch in one transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Entity, kind_of
from orgdesk.domain.rules import STALE, StaleEdit


class Change(NamedTuple):
    """One entity's value before and after an edit (None: absent). A tuple, not a frozen
    dataclass: a scenario copy makes 140,000 of them, and a tuple costs a tenth to build."""

    kind: str
    id: int
    before: Entity | None
    after: Entity | None


@dataclass(frozen=True, slots=True)
class Patch:
    changes: tuple[Change, ...]
    # What the views derive from this patch (e.g. the units it touches), worked out once: the
    # tree and the chart ask in turn about each committed patch.
    derived: dict[str, object] = field(default_factory=dict, compare=False, repr=False)

    def inverse(self) -> Patch:
        make = tuple.__new__  # a tuple per change, not a Python call (undoing a copy: 140,000)
        return Patch(tuple(make(Change, (c[0], c[1], c[3], c[2])) for c in self.changes))

    def is_empty(self) -> bool:
        return not self.changes

    def kinds(self) -> set[str]:
        return {c.kind for c in self.changes}

    def ids(self, kind: str) -> set[int]:
        return {c.id for c in self.changes if c.kind == kind}

    def reshapes_tree(self) -> bool:
        """Whether a unit was added, deleted, moved or reordered (views must lay out again)."""
        for change in self.changes:
            if change.kind != "unit":
                continue
            before, after = change.before, change.after
            if before is None or after is None:
                return True
            place = ("parent_id", "sort_order", "scenario_id")
            if any(getattr(before, name) != getattr(after, name) for name in place):
                return True
        return False

    @staticmethod
    def merge(patches: list[Patch]) -> Patch:
        """One patch with the effect of applying `patches` in order."""
        merged: dict[tuple[str, int], Change] = {}
        for patch in patches:
            for change in patch.changes:
                key = (change.kind, change.id)
                first = merged.get(key)
                before = change.before if first is None else first.before
                merged[key] = Change(change.kind, change.id, before, change.after)
        return Patch(tuple(c for c in merged.values() if c.before != c.after))


def check_patch(doc: Document, patch: Patch) -> None:
    """Refuse a patch whose before values no longer match the document."""
    for change in patch.changes:
        if doc.get(change.kind, change.id) != change.before:
            shown = change.before or change.after
            raise StaleEdit(STALE, kind=change.kind, name=display_name(shown))


def apply_patch(doc: Document, patch: Patch) -> None:
    check_patch(doc, patch)
    put_patch(doc, patch)


def put_patch(doc: Document, patch: Patch) -> None:
    """Apply a patch already checked with `check_patch`."""
    for change in patch.changes:
        doc.put(change.kind, change.id, change.after)


def display_name(entity: Entity | None) -> str:
    """How a message names an entity: its name, title, text, label or code, else its id."""
    if entity is None:
        return ""
    for name in ("name", "title", "text", "label", "code"):
        value = getattr(entity, name, None)
        if isinstance(value, str) and value:
            return value
    return str(entity.id)


class PatchBuilder:
    """Collects the changes of one edit while it is being planned.

    Reads see the edit's own pending changes, so cascades compose.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._before: dict[tuple[str, int], Entity | None] = {}
        self._after: dict[tuple[str, int], Entity | None] = {}

    def placed_units(self) -> list[tuple[Entity | None, Entity]]:
        """(before, after) of the units this edit adds or gives another parent."""
        found = []
        for (kind, _), after in self._after.items():
            if kind != "unit" or after is None:
                continue
            before = self._before.get(("unit", after.id))
            if before is None or getattr(before, "parent_id", None) != getattr(after, "parent_id", None):
                found.append((before, after))
        return found

    def get(self, kind: str, entity_id: int | None) -> Entity | None:
        if entity_id is None:
            return None
        key = (kind, entity_id)
        if key in self._after:
            return self._after[key]
        return self.doc.get(kind, entity_id)

    def put(self, entity: Entity) -> None:
        self._record(kind_of(entity), entity.id, entity)

    def delete(self, kind: str, entity_id: int) -> None:
        self._record(kind, entity_id, None)

    def is_deleted(self, kind: str, entity_id: int) -> bool:
        key = (kind, entity_id)
        return key in self._after and self._after[key] is None

    def new_id(self, kind: str) -> int:
        return self.doc.new_id(kind)

    def put_all(self, kind: str, entities: Sequence[Entity]) -> None:
        """`put` of many entities of one kind (an import's 50,000 people, say)."""
        before, after, table = self._before, self._after, self.doc.tables[kind]
        for entity in entities:
            key = (kind, entity[0])
            if key not in before:
                before[key] = table.get(entity[0])
            after[key] = entity

    def _record(self, kind: str, entity_id: int, entity: Entity | None) -> None:
        key = (kind, entity_id)
        if key not in self._before:
            self._before[key] = self.doc.get(kind, entity_id)
        self._after[key] = entity

    def build(self) -> Patch:
        before, make = self._before, tuple.__new__  # a tuple per change, not a Python call
        changes = tuple(
            make(Change, (key[0], key[1], before[key], after))
            for key, after in self._after.items()
            if before[key] != after
        )
        return Patch(changes)
