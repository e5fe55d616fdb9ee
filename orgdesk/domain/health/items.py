"""Where a finding's items live: the unit to select and a readable path, for views and exports.

A finding names its items as (kind, id): units, posts, duties and KPIs. A duty or KPI belongs to a
unit or a post (its owner), and a post to a unit, so every item leads to one unit of the tree.
Paths are written as the checks write them: names below the top unit joined by "/"
("营销中心/大客户/客户经理"); the top unit is its own name.
"""

from __future__ import annotations

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Duty, Kpi, OwnerKind, Position, Unit
from orgdesk.domain.health.model import Finding, ItemRef

PATH_SEPARATOR = "/"


def owner_of(doc: Document, ref: ItemRef) -> ItemRef | None:
    """The unit or post an item belongs to: itself for units and posts; None if it was deleted."""
    entity = doc.get(ref.kind, ref.id)
    if entity is None:
        return None
    if isinstance(entity, Duty | Kpi):
        owner = ItemRef(entity.owner_kind, entity.owner_id)
        return owner if doc.get(owner.kind, owner.id) is not None else None
    return ref


def unit_of(doc: Document, ref: ItemRef) -> int | None:
    """The unit to select in the tree for an item (None once the item is gone)."""
    owner = owner_of(doc, ref)
    if owner is None:
        return None
    if owner.kind == OwnerKind.POSITION:
        post = doc.get("position", owner.id)
        return post.unit_id if isinstance(post, Position) else None
    return owner.id


class ItemPaths:
    """Paths of items, each unit's path made once (a report of 50,000 findings names the same
    units again and again)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._units: dict[int, str] = {}
        self._owners: dict[ItemRef, str] = {}

    def unit_path(self, unit: Unit) -> str:
        found = self._units.get(unit.id)
        if found is None:
            parent = self.doc.parent(unit)
            if parent is None or parent.parent_id is None:  # the top unit and its children
                found = unit.name
            else:
                found = f"{self.unit_path(parent)}{PATH_SEPARATOR}{unit.name}"
            self._units[unit.id] = found
        return found

    def of(self, ref: ItemRef) -> str:
        """市场部 for a unit, 市场部/号卡管理 for a post, the owner's path for a duty or KPI."""
        owner = owner_of(self.doc, ref)
        if owner is None:
            return ""
        found = self._owners.get(owner)
        if found is None:
            entity = self.doc.get(owner.kind, owner.id)
            if isinstance(entity, Position):
                found = f"{self.unit_path(self.doc.unit(entity.unit_id))}{PATH_SEPARATOR}{entity.title}"
            else:
                found = self.unit_path(entity) if isinstance(entity, Unit) else ""
            self._owners[owner] = found
        return found

    def of_finding(self, finding: Finding) -> list[str]:
        """The distinct paths of a finding's items, in the finding's order."""
        return [path for path in dict.fromkeys(self.of(ref) for ref in finding.items) if path]


def item_path(doc: Document, ref: ItemRef) -> str:
    return ItemPaths(doc).of(ref)
