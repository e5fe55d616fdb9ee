"""Totals per top-level unit, before → after → delta, for a comparison of two scenarios."""

from __future__ import annotations

from dataclasses import dataclass

from orgdesk.domain.analysis import subtree_sizes, subtree_staffing
from orgdesk.domain.document import Document


@dataclass(frozen=True, slots=True)
class Figures:
    units: int = 0
    posts: int = 0
    headcount: int = 0  # 编制
    filled: int = 0  # 在岗

    def __sub__(self, other: Figures) -> Figures:
        return Figures(
            self.units - other.units,
            self.posts - other.posts,
            self.headcount - other.headcount,
            self.filled - other.filled,
        )


@dataclass(frozen=True, slots=True)
class TotalsRow:
    """One top-level unit (or the whole organisation, `is_total`) in both scenarios; a unit
    found on one side only has None for the other side's id and zero figures there."""

    name: str
    before_id: int | None
    after_id: int | None
    before: Figures
    after: Figures
    is_total: bool = False

    @property
    def delta(self) -> Figures:
        return self.after - self.before


def _figures(doc: Document, scenario_id: int) -> dict[int, Figures]:
    sizes = subtree_sizes(doc, scenario_id)
    staffing = subtree_staffing(doc, scenario_id)
    return {
        unit_id: Figures(units, posts, staffing[unit_id].headcount, staffing[unit_id].filled)
        for unit_id, (units, posts) in sizes.items()
    }


def totals(doc: Document, before_id: int, after_id: int, units: dict[int, int]) -> list[TotalsRow]:
    """Rows for the top-level units, matched ones first in the after scenario's order, then
    those only in the after scenario's order … then those only before, then the whole."""
    old, new = _figures(doc, before_id), _figures(doc, after_id)
    old_root, new_root = doc.root(before_id), doc.root(after_id)
    old_top = doc.children_of(old_root) if old_root else []
    new_top = doc.children_of(new_root) if new_root else []
    matched_old = {units[u.id]: u for u in old_top if u.id in units}
    rows: list[TotalsRow] = []
    for unit in new_top:
        partner = matched_old.get(unit.id)
        before = old[partner.id] if partner is not None else Figures()
        rows.append(TotalsRow(unit.name, partner.id if partner else None, unit.id, before, new[unit.id]))
    new_ids = {u.id for u in new_top}
    for unit in old_top:
        if units.get(unit.id) not in new_ids:
            rows.append(TotalsRow(unit.name, unit.id, None, old[unit.id], Figures()))
    whole_before = old[old_root.id] if old_root else Figures()
    whole_after = new[new_root.id] if new_root else Figures()
    top = new_root or old_root
    name = top.name if top is not None else ""
    rows.append(
        TotalsRow(
            name,
            old_root.id if old_root else None,
            new_root.id if new_root else None,
            whole_before,
            whole_after,
            True,
        )
    )
    return rows
