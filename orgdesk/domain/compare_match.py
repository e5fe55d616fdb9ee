"""Which item of one scenario is which item of another: the matching behind the comparison.

Identity first: a copy remembers its original in `origin_id`, so an item matches the item of the
other scenario whose identity chain (its own id, its origin, the origin's origin …) it shares,
whichever of the two was copied from the other, and also when both were copied from a third.
Scenarios imported separately have no shared identity; then, in this order:

- units: the two top units; a unit and a unit of the same name under matched parents (top down,
  so a renamed department's sub-units still match); a name found once on each side (a move);
  a name that differs only in its kind ending (大客户 → 大客户部) under matched parents;
- posts: the same title in matched units; the same non-empty 岗位编号 found once on each side;
  a title found once on each side;
- duties: the same text of the matched owner; then the most similar texts (character bigrams,
  one-to-one, best first), so a reworded or moved duty is a change, not a removal plus an addition;
- KPIs: the same name of the matched owner; a name found once on each side.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar, cast

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Duty, Kpi, OwnerKind, Position, Unit
from orgdesk.domain.similarity import best_matches, grams, normalise

T = TypeVar("T", Unit, Position, Duty, Kpi)
Owner = tuple[str, int]


@dataclass
class Side:
    """One scenario's items of each kind, by id."""

    units: dict[int, Unit]
    posts: dict[int, Position]
    duties: dict[int, Duty]
    kpis: dict[int, Kpi]

    @classmethod
    def of(cls, doc: Document, scenario_id: int) -> Side:
        units = {u.id: u for u in doc.units_of_scenario(scenario_id)}
        posts = {p.id: p for p in cast(Iterable[Position], doc.all("position")) if p.unit_id in units}
        owners = {OwnerKind.UNIT.value: units.keys(), OwnerKind.POSITION.value: posts.keys()}
        duties = {d.id: d for d in cast(Iterable[Duty], doc.all("duty")) if d.owner_id in owners[d.owner_kind]}
        kpis = {k.id: k for k in cast(Iterable[Kpi], doc.all("kpi")) if k.owner_id in owners[k.owner_kind]}
        return cls(units, posts, duties, kpis)


@dataclass
class Matching:
    """before id → after id, per kind (only matched items appear)."""

    units: dict[int, int] = field(default_factory=dict)
    posts: dict[int, int] = field(default_factory=dict)
    duties: dict[int, int] = field(default_factory=dict)
    kpis: dict[int, int] = field(default_factory=dict)

    def owner(self, owner_kind: str, owner_id: int) -> Owner | None:
        """The after-side owner matching a before-side owner."""
        table = self.units if owner_kind == OwnerKind.UNIT else self.posts
        matched = table.get(owner_id)
        return None if matched is None else (owner_kind, matched)


# Endings that name the kind of unit rather than what it does: 大客户部 and 大客户 are one unit.
_KIND_ENDINGS = ("中心", "团队", "分部", "部", "组", "室", "科", "处")


def base_name(name: str) -> str:
    for ending in _KIND_ENDINGS:
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[: -len(ending)]
    return name


def _identity(doc: Document, kind: str, item: Unit | Position | Duty | Kpi) -> list[int]:
    chain = [item.id]
    origin = item.origin_id
    while origin is not None and origin not in chain:
        chain.append(origin)
        source = doc.get(kind, origin)
        origin = getattr(source, "origin_id", None)
    return chain


def match_by_identity(
    doc: Document, kind: str, before: dict[int, T], after: dict[int, T], into: dict[int, int]
) -> None:
    claimed: dict[int, int] = {}
    for item in before.values():
        for token in _identity(doc, kind, item):
            claimed.setdefault(token, item.id)
    taken = set(into)
    for item in after.values():
        for token in _identity(doc, kind, item):
            found = claimed.get(token)
            if found is not None and found not in taken:
                into[found] = item.id
                taken.add(found)
                break


def match_pairs(
    before: Iterable[T],
    after: Iterable[T],
    key_before: Callable[[T], Hashable | None],
    key_after: Callable[[T], Hashable | None],
    into: dict[int, int],
) -> None:
    """Pair unmatched items with equal keys, in id order (a key None never matches). The before
    key usually translates ids through the matching so far, the after key reads them as they are."""
    done_after = set(into.values())
    waiting: dict[Hashable, list[int]] = defaultdict(list)
    for item in sorted(before, key=lambda i: i.id):
        if item.id not in into:
            k = key_before(item)
            if k is not None:
                waiting[k].append(item.id)
    for item in sorted(after, key=lambda i: i.id):
        if item.id in done_after:
            continue
        k = key_after(item)
        queue = waiting.get(k) if k is not None else None
        if queue:
            into[queue.pop(0)] = item.id
            done_after.add(item.id)


def match_unique(
    before: Iterable[T], after: Iterable[T], key: Callable[[T], Hashable | None], into: dict[int, int]
) -> None:
    """Pair unmatched items whose key occurs exactly once among the unmatched of each side."""
    done_after = set(into.values())
    left = [i for i in before if i.id not in into]
    right = [i for i in after if i.id not in done_after]
    left_counts = Counter(key(i) for i in left)
    right_counts = Counter(key(i) for i in right)
    right_by_key = {key(i): i.id for i in right}
    for item in left:
        k = key(item)
        if k is not None and k != "" and left_counts[k] == 1 and right_counts[k] == 1:
            into[item.id] = right_by_key[k]


# ----- each kind ---------------------------------------------------------------------------
def match_units(doc: Document, before: Side, after: Side, into: dict[int, int]) -> None:
    match_by_identity(doc, "unit", before.units, after.units, into)
    roots_before = [u for u in before.units.values() if u.parent_id is None]
    roots_after = [u for u in after.units.values() if u.parent_id is None]
    one_each = len(roots_before) == len(roots_after) == 1
    if one_each and roots_before[0].id not in into and roots_after[0].id not in into.values():
        into[roots_before[0].id] = roots_after[0].id
    for _ in range(2):  # a unit found by its unique name may bring its sub-units along
        _match_under_matched_parents(before, after, into)
        match_unique(before.units.values(), after.units.values(), lambda u: u.name, into)
        _match_renamed_under_matched_parents(before, after, into)


def _match_under_matched_parents(before: Side, after: Side, into: dict[int, int]) -> None:
    def key_before(unit: Unit) -> Hashable | None:
        parent = into.get(unit.parent_id) if unit.parent_id is not None else None
        return None if parent is None else (parent, unit.name)

    def key_after(unit: Unit) -> Hashable | None:
        return None if unit.parent_id is None else (unit.parent_id, unit.name)

    while True:  # each round matches one more level below the matched units
        size = len(into)
        match_pairs(before.units.values(), after.units.values(), key_before, key_after, into)
        if len(into) == size:
            return


def _match_renamed_under_matched_parents(before: Side, after: Side, into: dict[int, int]) -> None:
    """大客户 → 大客户部 under the same parent: a rename that only changed the kind ending."""
    match_pairs(
        before.units.values(),
        after.units.values(),
        lambda u: None if u.parent_id not in into else (into[u.parent_id], base_name(u.name)),
        lambda u: None if u.parent_id is None else (u.parent_id, base_name(u.name)),
        into,
    )


def match_posts(doc: Document, before: Side, after: Side, units: dict[int, int], into: dict[int, int]) -> None:
    match_by_identity(doc, "position", before.posts, after.posts, into)
    match_pairs(
        before.posts.values(),
        after.posts.values(),
        lambda p: (units[p.unit_id], p.title) if p.unit_id in units else None,
        lambda p: (p.unit_id, p.title),
        into,
    )
    match_unique(before.posts.values(), after.posts.values(), lambda p: p.code or None, into)
    match_unique(before.posts.values(), after.posts.values(), lambda p: p.title, into)


def match_duties(doc: Document, before: Side, after: Side, matching: Matching, threshold: float) -> None:
    into = matching.duties
    match_by_identity(doc, "duty", before.duties, after.duties, into)
    match_pairs(
        before.duties.values(),
        after.duties.values(),
        lambda d: _owned_key(matching.owner(d.owner_kind, d.owner_id), normalise(d.text)),
        lambda d: ((d.owner_kind, d.owner_id), normalise(d.text)),
        into,
    )
    done_after = set(into.values())
    left = [d for d in before.duties.values() if d.id not in into]
    right = [d for d in after.duties.values() if d.id not in done_after]
    for i, j, _score in best_matches([grams(d.text) for d in left], [grams(d.text) for d in right], threshold):
        into[left[i].id] = right[j].id


def match_kpis(doc: Document, before: Side, after: Side, matching: Matching) -> None:
    into = matching.kpis
    match_by_identity(doc, "kpi", before.kpis, after.kpis, into)
    match_pairs(
        before.kpis.values(),
        after.kpis.values(),
        lambda k: _owned_key(matching.owner(k.owner_kind, k.owner_id), k.name),
        lambda k: ((k.owner_kind, k.owner_id), k.name),
        into,
    )
    match_unique(before.kpis.values(), after.kpis.values(), lambda k: k.name, into)


def _owned_key(owner: Owner | None, text: str) -> Hashable | None:
    return None if owner is None else (owner, text)


def match_scenarios(doc: Document, before: Side, after: Side, duty_threshold: float) -> Matching:
    matching = Matching()
    match_units(doc, before, after, matching.units)
    match_posts(doc, before, after, matching.units, matching.posts)
    match_duties(doc, before, after, matching, duty_threshold)
    match_kpis(doc, before, after, matching)
    return matching
