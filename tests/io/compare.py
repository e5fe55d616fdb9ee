"""A scenario's content without ids: what a round trip must keep, field by field."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, cast

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, OwnerKind, Person
from orgdesk.io.workbook.rows import outline


def scenario_content(doc: Document, scenario_id: int) -> dict[str, Any]:
    tree = outline(doc, scenario_id)
    units = {}
    for unit in tree.units:
        unit_type = doc.unit_type(unit.type_id)
        units[tree.ref[unit.id]] = (
            unit.name,
            unit.short_name,
            unit.code,
            unit.description,
            unit_type.name if unit_type else None,
        )
    posts = {}
    for post in tree.posts:
        boss = tree.post_ref.get(post.reports_to_id) if post.reports_to_id is not None else None
        fields = post._asdict()
        for drop in ("id", "unit_id", "sort_order", "reports_to_id", "origin_id"):
            fields.pop(drop)
        posts[tree.post_ref[post.id]] = (tuple(fields.items()), boss)
    held = []
    people_held: set[int] = set()
    for post in tree.posts:
        for assignment in doc.assignments_of_position(post.id):
            people_held.add(assignment.person_id)
            held.append(
                (
                    _person(doc.person(assignment.person_id)),
                    tree.post_ref[post.id],
                    assignment.kind,
                    assignment.start_date,
                )
            )
    anywhere = {a.person_id for a in cast(Iterable[Assignment], doc.all("assignment"))}
    loose = sorted(_person(p) for p in cast(Iterable[Person], doc.all("person")) if p.id not in anywhere)
    owners = [(OwnerKind.UNIT, u.id, tree.ref[u.id]) for u in tree.units]
    owners += [(OwnerKind.POSITION, p.id, tree.post_ref[p.id]) for p in tree.posts]
    duties = {ref: [(d.text, d.level, d.heading) for d in doc.duties_of(kind, owner)] for kind, owner, ref in owners}
    kpis = {
        ref: [k._asdict() | {"id": 0, "owner_id": 0, "origin_id": None} for k in doc.kpis_of(kind, owner)]
        for kind, owner, ref in owners
    }
    return {
        "units": units,
        "posts": posts,
        "held": sorted(held, key=repr),
        "loose": loose,
        "duties": duties,
        "kpis": kpis,
    }


def _person(person: Person) -> tuple[Any, ...]:
    return tuple(person)[1:]  # every field but the id
