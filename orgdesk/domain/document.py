"""The in-memory organisation document: every entity by kind and id, plus lookups.

Lookups (children of a unit, posts of a unit, duties of an owner …) are indexes built
on first use and then kept up to date by `put`, so opening a 10,000-unit document
costs only what the first view actually asks for.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping
from typing import TypeVar, cast

from orgdesk.domain.entities import (
    ENTITY_CLASSES,
    KINDS,
    Assignment,
    Duty,
    Entity,
    Kpi,
    Organisation,
    OwnerKind,
    Person,
    Position,
    Relation,
    Scenario,
    Unit,
    UnitType,
)

E = TypeVar("E", bound=Entity)
Key = tuple[str, int]

# index name -> (entity kind, function giving the index key of an entity)
_INDEX_SPECS: dict[str, tuple[str, Callable[[Entity], Hashable]]] = {
    "unit_children": ("unit", lambda u: (cast(Unit, u).scenario_id, cast(Unit, u).parent_id)),
    "unit_scenario": ("unit", lambda u: cast(Unit, u).scenario_id),
    "position_unit": ("position", lambda p: cast(Position, p).unit_id),
    "position_reports_to": ("position", lambda p: cast(Position, p).reports_to_id),
    "assignment_position": ("assignment", lambda a: cast(Assignment, a).position_id),
    "assignment_person": ("assignment", lambda a: cast(Assignment, a).person_id),
    "duty_owner": ("duty", lambda d: (cast(Duty, d).owner_kind, cast(Duty, d).owner_id)),
    "kpi_owner": ("kpi", lambda k: (cast(Kpi, k).owner_kind, cast(Kpi, k).owner_id)),
    "relation_scenario": ("relation", lambda r: cast(Relation, r).scenario_id),
    "person_code": ("person", lambda p: cast(Person, p).code),
}
_INDEXES_OF_KIND: dict[str, list[str]] = {kind: [] for kind in KINDS}
for _name, (_kind, _) in _INDEX_SPECS.items():
    _INDEXES_OF_KIND[_kind].append(_name)


TableLoader = Callable[[], Iterable[Entity]]


class _Tables(dict[str, dict[int, Entity]]):
    """Tables by kind; a kind given a loader is read on first access (see Document.lazy)."""

    def __init__(self, loaders: dict[str, TableLoader]) -> None:
        super().__init__()
        self.loaders = loaders

    def __missing__(self, kind: str) -> dict[int, Entity]:
        loader = self.loaders.pop(kind, None)
        table = {} if loader is None else {entity.id: entity for entity in loader()}
        self[kind] = table
        return table


def _by_order(items: Iterable[E]) -> list[E]:
    return sorted(items, key=lambda e: (getattr(e, "sort_order", 0), e.id))


# What each kind of derived figure is computed from: a change to one of these kinds drops it.
DERIVED_FROM: dict[str, frozenset[str]] = {
    "own_staffing": frozenset({"position", "assignment"}),
    "subtree_staffing": frozenset({"unit", "position", "assignment"}),
    "unit_managers": frozenset({"position", "assignment", "person"}),
    "subtree_sizes": frozenset({"unit", "position"}),
    "search_index": frozenset({"unit", "position", "assignment", "person", "duty"}),
}

# A derived figure that can follow a change rather than be dropped and recomputed (e.g. subtree
# totals after a unit moved): name → carry(document, key, kind, old, new, value), called before
# the change is made; it returns the figure updated for the change, or None to drop it.
Carry = Callable[["Document", tuple[str, Hashable], str, Entity | None, Entity | None, object], object | None]
DERIVED_CARRIERS: dict[str, Carry] = {}


class Document:
    """All entities of one organisation, with indexed lookups. Knows no database."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[int, Entity]] = _Tables({})
        self._indexes: dict[str, dict[Hashable, set[int]]] = {}
        self._next_ids: dict[str, int] = {}
        # Per-unit figures (post count, 编制, 在岗, 空缺, 超编) the store computed while the posts
        # and their holders are not read yet; dropped at the first change to either.
        self.unit_summary: dict[int, tuple[int, int, int, int, int]] | None = None
        # Figures derived from the tables (e.g. a scenario's staffing roll-up), shared by every
        # view; `put` drops those that depend on the kind it changes (see `derived_for`).
        self.derived: dict[tuple[str, Hashable], object] = {}

    # ----- loading and changing -------------------------------------------------
    @classmethod
    def from_tables(
        cls, tables: Mapping[str, Iterable[Entity]], lazy: Mapping[str, TableLoader] | None = None
    ) -> Document:
        """A document of `tables`; the kinds in `lazy` are read by their loader when first used
        (opening a large file then costs only what the first view needs)."""
        doc = cls()
        doc.tables = _Tables(dict(lazy or {}))
        for kind, entities in tables.items():
            doc.tables[kind] = {e.id: e for e in entities}
        return doc

    def load_all(self) -> None:
        """Read every table not read yet (before the file goes away, or to compare)."""
        for kind in KINDS:
            _ = self.tables[kind]

    def put(self, kind: str, entity_id: int, entity: Entity | None) -> None:
        """Replace (or remove, with None) one entity, keeping built indexes right."""
        table = self.tables[kind]
        old = table.get(entity_id)
        if kind in ("position", "assignment"):
            self.unit_summary = None
        if self.derived:
            self.derived = self._derived_after(kind, old, entity)
        for name in _INDEXES_OF_KIND[kind]:
            index = self._indexes.get(name)
            if index is None:
                continue
            key_of = _INDEX_SPECS[name][1]
            if old is not None:
                index.get(key_of(old), set()).discard(entity_id)
            if entity is not None:
                index.setdefault(key_of(entity), set()).add(entity_id)
        if entity is None:
            table.pop(entity_id, None)
        else:
            table[entity_id] = entity
            if kind in self._next_ids and entity_id >= self._next_ids[kind]:
                self._next_ids[kind] = entity_id + 1

    def _derived_after(self, kind: str, old: Entity | None, new: Entity | None) -> dict[tuple[str, Hashable], object]:
        """The derived figures still right once `old` becomes `new`: those not made from `kind`,
        and those their carrier (DERIVED_CARRIERS) brings up to date."""
        kept: dict[tuple[str, Hashable], object] = {}
        for key, value in self.derived.items():
            if kind not in DERIVED_FROM[key[0]]:
                kept[key] = value
                continue
            carry = DERIVED_CARRIERS.get(key[0])
            carried = carry(self, key, kind, old, new, value) if carry is not None else None
            if carried is not None:
                kept[key] = carried
        return kept

    def new_id(self, kind: str) -> int:
        """A fresh id; never handed out twice in one session, even after a revert."""
        next_id = self._next_ids.get(kind)
        if next_id is None:  # first call: start above every id there is; `put` keeps it above
            next_id = max(self.tables[kind], default=0) + 1
        self._next_ids[kind] = next_id + 1
        return next_id

    def _index(self, name: str) -> dict[Hashable, set[int]]:
        index = self._indexes.get(name)
        if index is None:
            kind, key_of = _INDEX_SPECS[name]
            index = {}
            for entity_id, entity in self.tables[kind].items():
                index.setdefault(key_of(entity), set()).add(entity_id)
            self._indexes[name] = index
        return index

    def _lookup(self, name: str, key: Hashable) -> list[Entity]:
        kind = _INDEX_SPECS[name][0]
        table = self.tables[kind]
        return [table[i] for i in self._index(name).get(key, ())]

    # ----- typed access -------------------------------------------------------
    def get(self, kind: str, entity_id: int | None) -> Entity | None:
        if entity_id is None:
            return None
        return self.tables[kind].get(entity_id)

    def unit(self, unit_id: int) -> Unit:
        return cast(Unit, self.tables["unit"][unit_id])

    def position(self, position_id: int) -> Position:
        return cast(Position, self.tables["position"][position_id])

    def person(self, person_id: int) -> Person:
        return cast(Person, self.tables["person"][person_id])

    def scenario(self, scenario_id: int) -> Scenario:
        return cast(Scenario, self.tables["scenario"][scenario_id])

    def all(self, kind: str) -> Iterator[Entity]:
        return iter(self.tables[kind].values())

    def count(self, kind: str) -> int:
        return len(self.tables[kind])

    @property
    def organisation(self) -> Organisation:
        orgs = self.tables["organisation"]
        if not orgs:
            return Organisation(id=1, name="")
        return cast(Organisation, next(iter(orgs.values())))

    def scenarios(self) -> list[Scenario]:
        return _by_order(cast(Iterable[Scenario], self.tables["scenario"].values()))

    def scenario_named(self, name: str) -> Scenario | None:
        return next((s for s in self.scenarios() if s.name == name), None)

    def current_scenario(self) -> Scenario | None:
        scenarios = self.scenarios()
        return next((s for s in scenarios if s.is_current), scenarios[0] if scenarios else None)

    def unit_types(self) -> list[UnitType]:
        return _by_order(cast(Iterable[UnitType], self.tables["unit_type"].values()))

    def unit_type(self, type_id: int | None) -> UnitType | None:
        return cast(UnitType | None, self.get("unit_type", type_id))

    # ----- tree --------------------------------------------------------------
    def roots(self, scenario_id: int) -> list[Unit]:
        return self.children(scenario_id, None)

    def root(self, scenario_id: int) -> Unit | None:
        roots = self.roots(scenario_id)
        return roots[0] if roots else None

    def children(self, scenario_id: int, parent_id: int | None) -> list[Unit]:
        units = cast(list[Unit], self._lookup("unit_children", (scenario_id, parent_id)))
        return _by_order(units)

    def child_count(self, unit: Unit) -> int:
        return len(self._index("unit_children").get((unit.scenario_id, unit.id), ()))

    def children_of(self, unit: Unit) -> list[Unit]:
        return self.children(unit.scenario_id, unit.id)

    def units_of_scenario(self, scenario_id: int) -> list[Unit]:
        return cast(list[Unit], self._lookup("unit_scenario", scenario_id))

    def parent(self, unit: Unit) -> Unit | None:
        return None if unit.parent_id is None else self.unit(unit.parent_id)

    def ancestors(self, unit: Unit) -> list[Unit]:
        """Parent first, root last."""
        chain: list[Unit] = []
        current = self.parent(unit)
        while current is not None:
            chain.append(current)
            current = self.parent(current)
        return chain

    def path(self, unit: Unit, sep: str = "/") -> str:
        names = [u.name for u in reversed(self.ancestors(unit))] + [unit.name]
        return sep.join(names)

    def subtree(self, unit: Unit) -> list[Unit]:
        """The unit and all its descendants, in depth-first tree order."""
        result: list[Unit] = []
        stack = [unit]
        while stack:
            current = stack.pop()
            result.append(current)
            stack.extend(reversed(self.children_of(current)))
        return result

    def depth(self, unit: Unit) -> int:
        return len(self.ancestors(unit))

    # ----- posts, people and the rest ----------------------------------------
    def positions_of_unordered(self, unit_id: int) -> list[Position]:
        """Posts of a unit in no particular order (for sums, where sorting is wasted time)."""
        return cast(list[Position], self._lookup("position_unit", unit_id))

    def positions_of(self, unit_id: int) -> list[Position]:
        return _by_order(cast(list[Position], self._lookup("position_unit", unit_id)))

    def reports_of(self, position_id: int) -> list[Position]:
        return _by_order(cast(list[Position], self._lookup("position_reports_to", position_id)))

    def assignments_of_position(self, position_id: int) -> list[Assignment]:
        found = cast(list[Assignment], self._lookup("assignment_position", position_id))
        return sorted(found, key=lambda a: a.id)

    def assignments_of_person(self, person_id: int) -> list[Assignment]:
        found = cast(list[Assignment], self._lookup("assignment_person", person_id))
        return sorted(found, key=lambda a: a.id)

    def people_by_code(self, code: str) -> list[Person]:
        return cast(list[Person], self._lookup("person_code", code))

    def duties_of(self, owner_kind: OwnerKind | str, owner_id: int) -> list[Duty]:
        return _by_order(cast(list[Duty], self._lookup("duty_owner", (str(owner_kind), owner_id))))

    def kpis_of(self, owner_kind: OwnerKind | str, owner_id: int) -> list[Kpi]:
        return _by_order(cast(list[Kpi], self._lookup("kpi_owner", (str(owner_kind), owner_id))))

    def relations_of_scenario(self, scenario_id: int) -> list[Relation]:
        found = cast(list[Relation], self._lookup("relation_scenario", scenario_id))
        return sorted(found, key=lambda r: r.id)

    def owner_scenario_id(self, owner_kind: str, owner_id: int) -> int | None:
        """The scenario a unit or post belongs to (None if it does not exist)."""
        if owner_kind == OwnerKind.UNIT:
            unit = cast(Unit | None, self.get("unit", owner_id))
            return None if unit is None else unit.scenario_id
        position = cast(Position | None, self.get("position", owner_id))
        if position is None:
            return None
        return self.unit(position.unit_id).scenario_id

    def snapshot(self) -> dict[str, dict[int, Entity]]:
        """A copy of every table, for comparisons in tests and checks."""
        return {kind: dict(self.tables[kind]) for kind in KINDS}


def entity_class(kind: str) -> type[Entity]:
    return ENTITY_CLASSES[kind]
