"""Where a finding's items live: the unit to select and a readable path, for views and exports.

A finding names its items as (kind, id): units, posts, duties and KPIs. A duty or KPI belongs to a
unit or a post (its owner), and a post to a unit, so every item leads to one unit of the tree.
Paths are written as the checks write them: names below the top unit joined by "/"
("营销中心/大客户/客户经理"); the top unit is its own name.
"""

from __future__ import annotations

from collections.abc import Iterable

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Duty, Kpi, OwnerKind, Position, Unit
from orgdesk.domain.health.model import Finding, ItemRef

PATH_SEPARATOR = "/"


def _unit_path(doc: Document, unit: Unit) -> str:
    above = [u.name for u in reversed(doc.ancestors(unit))][1:]  # without the top unit
    return PATH_SEPARATOR.join([*above, unit.name])


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


def item_path(doc: Document, ref: ItemRef) -> str:
    """"市场部" for a unit, "市场部/号卡管理" for a post, the owner's path for a duty or KPI."""
    owner = owner_of(doc, ref)
    if owner is None:
        return ""
    entity = doc.get(owner.kind, owner.id)
    if isinstance(entity, Position):
        return f"{_unit_path(doc, doc.unit(entity.unit_id))}{PATH_SEPARATOR}{entity.title}"
    return _unit_path(doc, entity) if isinstance(entity, Unit) else ""


def finding_paths(doc: Document, finding: Finding) -> list[str]:
    """The distinct paths of a finding's items, in the finding's order."""
    return unique_paths(doc, finding.items)


def unique_paths(doc: Document, refs: Iterable[ItemRef]) -> list[str]:
    return [path for path in dict.fromkeys(item_path(doc, ref) for ref in refs) if path]
