"""Find units, posts, people and duty text of one scenario (the editor's Ctrl+F).

The searchable texts of a scenario are gathered once into flat lists (kept in the
document's derived figures until one of the kinds they come from changes), so a search
over 50,000 duties is one pass of substring tests, not a walk over the tree.
Matching is by substring, case-insensitive for Latin letters; Chinese needs no more.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import cast

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, Duty, OwnerKind, Person, Position

DEFAULT_LIMIT = 500


class HitKind(StrEnum):
    UNIT = "unit"
    POSITION = "position"
    PERSON = "person"
    DUTY = "duty"


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: HitKind
    item_id: int  # the unit, post, assignment's person or duty found
    unit_id: int  # the unit to show for it
    text: str  # what matched (a duty's whole text)


@dataclass(frozen=True, slots=True)
class SearchIndex:
    folded: list[str]  # casefolded texts, parallel to `hits`
    hits: list[SearchHit]


def search(document: Document, scenario_id: int, query: str, limit: int = DEFAULT_LIMIT) -> list[SearchHit]:
    """Hits in the order units, posts, people, duties (each in tree-ish document order)."""
    needle = query.strip().casefold()
    if not needle:
        return []
    index = search_index(document, scenario_id)
    found: list[SearchHit] = []
    hits = index.hits
    for number, text in enumerate(index.folded):
        if needle in text:
            found.append(hits[number])
            if len(found) >= limit:
                break
    return found


def search_index(document: Document, scenario_id: int) -> SearchIndex:
    key = ("search_index", scenario_id)
    cached = document.derived.get(key)
    if cached is None:
        cached = document.derived[key] = build_index(document, scenario_id)
    return cast(SearchIndex, cached)


def build_index(document: Document, scenario_id: int) -> SearchIndex:
    hits: list[SearchHit] = []
    units = document.units_of_scenario(scenario_id)
    unit_ids = {unit.id for unit in units}
    for unit in units:
        hits.append(SearchHit(HitKind.UNIT, unit.id, unit.id, unit.name))
        if unit.short_name and unit.short_name != unit.name:
            hits.append(SearchHit(HitKind.UNIT, unit.id, unit.id, unit.short_name))
    unit_of_post: dict[int, int] = {}
    for position in cast(Iterable[Position], document.all("position")):
        if position.unit_id in unit_ids:
            unit_of_post[position.id] = position.unit_id
            hits.append(SearchHit(HitKind.POSITION, position.id, position.unit_id, position.title))
    hits.extend(_people_hits(document, unit_of_post))
    for duty in cast(Iterable[Duty], document.all("duty")):
        owner_unit = duty.owner_id if duty.owner_kind == OwnerKind.UNIT else unit_of_post.get(duty.owner_id)
        if owner_unit is not None and (duty.owner_kind != OwnerKind.UNIT or owner_unit in unit_ids):
            hits.append(SearchHit(HitKind.DUTY, duty.id, owner_unit, duty.text))
    return SearchIndex([hit.text.casefold() for hit in hits], hits)


def _people_hits(document: Document, unit_of_post: dict[int, int]) -> list[SearchHit]:
    """A person is found in the unit of each post they hold in this scenario (name and 工号)."""
    hits: list[SearchHit] = []
    for assignment in cast(Iterable[Assignment], document.all("assignment")):
        unit_id = unit_of_post.get(assignment.position_id)
        person = document.get("person", assignment.person_id)
        if unit_id is None or not isinstance(person, Person):
            continue
        text = f"{person.name} {person.code}".strip()
        hits.append(SearchHit(HitKind.PERSON, person.id, unit_id, text))
    return hits
