"""One scenario read once for all checks: its tree in depth-first order, posts, duties and KPIs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from functools import cached_property
from typing import cast

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Duty, Kpi, OwnerKind, Position, Unit
from orgdesk.domain.similarity import Grams, grams, normalise

Owner = tuple[str, int]


class Scope:
    def __init__(self, doc: Document, scenario_id: int) -> None:
        self.doc, self.scenario_id = doc, scenario_id
        units = doc.units_of_scenario(scenario_id)
        self.units: dict[int, Unit] = {u.id: u for u in units}
        self.children: dict[int | None, list[Unit]] = defaultdict(list)
        for unit in units:
            self.children[unit.parent_id].append(unit)
        for siblings in self.children.values():
            siblings.sort(key=lambda u: (u.sort_order, u.id))
        self.order: list[Unit] = []  # depth first, parents before children
        self.enter: dict[int, int] = {}  # unit id -> its place in `order`
        self.leave: dict[int, int] = {}  # unit id -> the place after its last descendant
        self.depth: dict[int, int] = {}
        self._walk()
        self.posts: dict[int, Position] = {
            p.id: p for p in cast(Iterable[Position], doc.all("position")) if p.unit_id in self.units
        }
        self.posts_of: dict[int, list[Position]] = defaultdict(list)
        for post in self.posts.values():
            self.posts_of[post.unit_id].append(post)
        for posts in self.posts_of.values():
            posts.sort(key=lambda p: (p.sort_order, p.id))
        owners: dict[str, Collection[int]] = {OwnerKind.UNIT.value: self.units, OwnerKind.POSITION.value: self.posts}
        self.duties: list[Duty] = sorted(
            (d for d in cast(Iterable[Duty], doc.all("duty")) if d.owner_id in owners[d.owner_kind]),
            key=lambda d: d.id,
        )
        self.kpis: list[Kpi] = sorted(
            (k for k in cast(Iterable[Kpi], doc.all("kpi")) if k.owner_id in owners[k.owner_kind]),
            key=lambda k: k.id,
        )
        self._grams: dict[str, Grams] = {}
        self._paths: dict[int, str] = {}

    def _walk(self) -> None:
        stack: list[tuple[Unit, int, bool]] = [(root, 0, False) for root in reversed(self.children[None])]
        while stack:
            unit, depth, done = stack.pop()
            if done:
                self.leave[unit.id] = len(self.order)
                continue
            self.enter[unit.id] = len(self.order)
            self.depth[unit.id] = depth
            self.order.append(unit)
            stack.append((unit, depth, True))
            stack.extend((child, depth + 1, False) for child in reversed(self.children[unit.id]))

    # ----- questions the checks ask --------------------------------------------------
    def contains(self, ancestor_id: int, unit_id: int) -> bool:
        """Whether `unit_id` is `ancestor_id` or below it."""
        return self.enter[ancestor_id] <= self.enter[unit_id] < self.leave[ancestor_id]

    def anchor(self, owner_kind: str, owner_id: int) -> int:
        """The unit an owner belongs to: the unit itself, or a post's unit."""
        return owner_id if owner_kind == OwnerKind.UNIT else self.posts[owner_id].unit_id

    def grams_of(self, text: str) -> Grams:
        found = self._grams.get(text)
        if found is None:
            found = self._grams[text] = grams(text)
        return found

    @cached_property
    def duties_by_owner(self) -> dict[Owner, list[Duty]]:
        by_owner: dict[Owner, list[Duty]] = defaultdict(list)
        for duty in self.duties:
            by_owner[(duty.owner_kind, duty.owner_id)].append(duty)
        return by_owner

    @cached_property
    def kpis_by_owner(self) -> dict[Owner, list[Kpi]]:
        by_owner: dict[Owner, list[Kpi]] = defaultdict(list)
        for kpi in self.kpis:
            by_owner[(kpi.owner_kind, kpi.owner_id)].append(kpi)
        return by_owner

    @cached_property
    def normalised(self) -> dict[int, str]:
        """duty id -> its normalised text."""
        by_text: dict[str, str] = {}
        for duty in self.duties:
            if duty.text not in by_text:
                by_text[duty.text] = normalise(duty.text)
        return {duty.id: by_text[duty.text] for duty in self.duties}

    def path(self, unit_id: int) -> str:
        """Names below the top unit ("营销中心/大客户"); the top unit's own name for it."""
        found = self._paths.get(unit_id)
        if found is None:
            unit = self.units[unit_id]
            parent = None if unit.parent_id is None else self.units[unit.parent_id]
            found = unit.name if parent is None or parent.parent_id is None else f"{self.path(parent.id)}/{unit.name}"
            self._paths[unit_id] = found
        return found

    def owner_name(self, owner_kind: str, owner_id: int) -> str:
        if owner_kind == OwnerKind.UNIT:
            return self.path(owner_id)
        post = self.posts[owner_id]
        return f"{self.path(post.unit_id)}/{post.title}"
