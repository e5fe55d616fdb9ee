"""Copy and paste of a unit's subtree, also between two documents (the editor's Ctrl+C / Ctrl+V).

A copy is plain JSON-ready data: the units (each with its parent's place in the list),
their posts (reports-to within the copy), the duties and KPIs of both, and the relations
between items of the copy. People are not copied: pasted posts are vacant, because a
person holds posts in one organisation and a paste must not make anyone hold two by
accident. Unit types are matched by name in the document pasted into.

Clipboard data comes from outside (another program may put anything there), so
`PasteSubtree` checks every field's type before it plans anything.
"""

from __future__ import annotations

from typing import Any

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Duty, Kpi, OwnerKind, Position, Relation, Unit
from orgdesk.domain.operations.base import Operation, place_in_order, require
from orgdesk.domain.operations.checks import check_entity
from orgdesk.domain.operations.units import DeleteUnit
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation

FORMAT = "orgdesk-subtree"
VERSION = 1
MIME_TYPE = "application/x-orgdesk-subtree"
BAD_COPY = QT_TRANSLATE_NOOP("Rules", "The clipboard does not hold units copied from OrgDesk ({reason}).")

UNIT_FIELDS = ("name", "short_name", "code", "description")
POST_FIELDS = ("title", "code", "grade", "category", "headcount", "purpose", "qualifications", "is_manager")
DUTY_FIELDS = ("text", "level", "heading")
KPI_FIELDS = ("name", "definition", "measure_unit", "target", "weight", "period", "direction")


def copy_subtree(document: Document, unit_id: int) -> dict[str, Any]:
    """The unit, its descendants and what they own, as JSON-ready data."""
    top = document.unit(unit_id)
    units = document.subtree(top)
    unit_place = {unit.id: place for place, unit in enumerate(units)}
    posts: list[Position] = [p for unit in units for p in document.positions_of(unit.id)]
    post_place = {post.id: place for place, post in enumerate(posts)}
    data_units = []
    for unit in units:
        unit_type = document.unit_type(unit.type_id)
        data_units.append(
            {
                **{name: getattr(unit, name) for name in UNIT_FIELDS},
                "parent": unit_place.get(unit.parent_id) if unit.id != top.id and unit.parent_id is not None else None,
                "type": unit_type.name if unit_type is not None else "",
                **_owned(document, OwnerKind.UNIT, unit.id),
            }
        )
    data_posts = [
        {
            **{name: getattr(post, name) for name in POST_FIELDS},
            "unit": unit_place[post.unit_id],
            "reports_to": post_place.get(post.reports_to_id) if post.reports_to_id is not None else None,
            **_owned(document, OwnerKind.POSITION, post.id),
        }
        for post in posts
    ]
    places = {OwnerKind.UNIT.value: unit_place, OwnerKind.POSITION.value: post_place}
    relations = []
    for relation in document.relations_of_scenario(top.scenario_id):
        start, end = places[relation.from_kind].get(relation.from_id), places[relation.to_kind].get(relation.to_id)
        if start is not None and end is not None:
            relations.append(
                {
                    "from": [relation.from_kind, start],
                    "to": [relation.to_kind, end],
                    "kind": relation.kind,
                    "label": relation.label,
                }
            )
    return {"format": FORMAT, "version": VERSION, "units": data_units, "posts": data_posts, "relations": relations}


def _owned(document: Document, kind: OwnerKind, owner_id: int) -> dict[str, Any]:
    return {
        "duties": [{name: getattr(d, name) for name in DUTY_FIELDS} for d in document.duties_of(kind, owner_id)],
        "kpis": [{name: getattr(k, name) for name in KPI_FIELDS} for k in document.kpis_of(kind, owner_id)],
    }


def copy_as_text(data: dict[str, Any]) -> str:
    """The copied units as an indented list, for pasting into a mail or a text editor."""
    depth: list[int] = []
    lines = []
    for unit in data["units"]:
        parent = unit["parent"]
        depth.append(0 if parent is None else depth[parent] + 1)
        lines.append("  " * depth[-1] + unit["name"])
    return "\n".join(lines) + "\n"


# ----- checking data from the clipboard ---------------------------------------------------
def _bad(reason: str) -> RuleViolation:
    return RuleViolation(BAD_COPY, reason=reason)


def _record(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _bad(f"{where} is not a record")
    return value


def _list(record: dict[str, Any], key: str, where: str) -> list[Any]:
    value = record.get(key, [])
    if not isinstance(value, list):
        raise _bad(f"{where}.{key} is not a list")
    return value


def _fields(record: dict[str, Any], names: tuple[str, ...], template: tuple[Any, ...], where: str) -> dict[str, Any]:
    """The named fields, each of the type of the entity's default (a missing one keeps it)."""
    found: dict[str, Any] = {}
    for name in names:
        if name not in record:
            continue
        value = record[name]
        default = template[names.index(name)]
        allowed: tuple[type, ...] = (type(default),)
        if isinstance(default, bool):
            allowed = (bool,)
        elif isinstance(default, int):
            allowed = (int,)
        elif default is None or isinstance(default, float):
            allowed = (int, float, type(None))
        if not isinstance(value, allowed) or (isinstance(value, bool) and bool not in allowed):
            raise _bad(f"{where}.{name} has the wrong type")
        found[name] = value
    return found


_UNIT_DEFAULTS = ("", "", "", "")
_POST_DEFAULTS = ("", "", "", "", 1, "", "", False)
_DUTY_DEFAULTS = ("", 1, "")
_KPI_DEFAULTS = ("", "", "", "", None, "", "")


def _index(value: object, size: int, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < size:
        raise _bad(f"{where} points outside the copy")
    return value


# ----- pasting -------------------------------------------------------------------------------
class PasteSubtree(Operation):
    """Paste copied units under a unit (as its last children), with their posts, duties, KPIs
    and relations; new ids throughout."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Paste “{name}”")

    def __init__(self, target_id: int, data: object) -> None:
        super().__init__()
        self.target_id, self.data = target_id, data
        self.top_unit_id: int | None = None
        self._name = ""

    def label_params(self) -> dict[str, object]:
        return {"name": self._name}

    def plan(self, b: PatchBuilder) -> None:
        data = _record(self.data, "copy")
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise _bad("unknown format")
        target = require(b, Unit, self.target_id)
        units = _list(data, "units", "copy")
        if not units:
            raise _bad("no units")
        unit_ids = self._paste_units(b, target, units)
        posts = _list(data, "posts", "copy")
        post_ids = self._paste_posts(b, posts, unit_ids)
        for number, raw in enumerate(units):
            self._paste_owned(b, OwnerKind.UNIT, unit_ids[number], _record(raw, f"units[{number}]"))
        for number, raw in enumerate(posts):
            self._paste_owned(b, OwnerKind.POSITION, post_ids[number], _record(raw, f"posts[{number}]"))
        self._paste_relations(b, target.scenario_id, _list(data, "relations", "copy"), unit_ids, post_ids)

    def _paste_units(self, b: PatchBuilder, target: Unit, units: list[Any]) -> list[int]:
        types = {t.name: t.id for t in b.doc.unit_types()}
        ids = [b.new_id("unit") for _ in units]
        orders: dict[int, int] = {}
        for number, raw in enumerate(units):
            record = _record(raw, f"units[{number}]")
            parent = _index(record.get("parent"), number, f"units[{number}].parent")  # parents come first
            if (parent is None) != (number == 0):
                raise _bad("the copy must have exactly one top unit, listed first")
            fields = _fields(record, UNIT_FIELDS, _UNIT_DEFAULTS, f"units[{number}]")
            type_name = record.get("type", "")
            unit = Unit(
                id=ids[number],
                scenario_id=target.scenario_id,
                parent_id=target.id if parent is None else ids[parent],
                sort_order=orders.setdefault(-1 if parent is None else parent, 0),
                type_id=types.get(type_name) if isinstance(type_name, str) else None,
                **{**fields, "name": fields.get("name", "")},
            )
            orders[-1 if parent is None else parent] += 1
            check_entity(b, unit)
            if parent is None:
                self._name = unit.name
                self.top_unit_id = unit.id
                place_in_order(b, b.doc.children(target.scenario_id, target.id), unit, None)
            else:
                b.put(unit)
        return ids

    def _paste_posts(self, b: PatchBuilder, posts: list[Any], unit_ids: list[int]) -> list[int]:
        ids = [b.new_id("position") for _ in posts]
        orders: dict[int, int] = {}
        for number, raw in enumerate(posts):
            record = _record(raw, f"posts[{number}]")
            unit = _index(record.get("unit"), len(unit_ids), f"posts[{number}].unit")
            reports_to = _index(record.get("reports_to"), len(posts), f"posts[{number}].reports_to")
            if unit is None:
                raise _bad(f"posts[{number}] has no unit")
            fields = _fields(record, POST_FIELDS, _POST_DEFAULTS, f"posts[{number}]")
            position = Position(
                id=ids[number],
                unit_id=unit_ids[unit],
                sort_order=orders.setdefault(unit, 0),
                reports_to_id=None if reports_to is None else ids[reports_to],
                **{**fields, "title": fields.get("title", "")},
            )
            orders[unit] += 1
            check_entity(b, position)
            b.put(position)
        return ids

    def _paste_owned(self, b: PatchBuilder, kind: OwnerKind, owner_id: int, record: dict[str, Any]) -> None:
        for order, raw in enumerate(_list(record, "duties", "owner")):
            fields = _fields(_record(raw, "duty"), DUTY_FIELDS, _DUTY_DEFAULTS, "duty")
            duty = Duty(b.new_id("duty"), kind, owner_id, order, **{**fields, "text": fields.get("text", "")})
            check_entity(b, duty)
            b.put(duty)
        for order, raw in enumerate(_list(record, "kpis", "owner")):
            fields = _fields(_record(raw, "kpi"), KPI_FIELDS, _KPI_DEFAULTS, "kpi")
            kpi = Kpi(b.new_id("kpi"), kind, owner_id, order, **{**fields, "name": fields.get("name", "")})
            check_entity(b, kpi)
            b.put(kpi)

    def _paste_relations(
        self, b: PatchBuilder, scenario_id: int, relations: list[Any], unit_ids: list[int], post_ids: list[int]
    ) -> None:
        ends = {OwnerKind.UNIT.value: unit_ids, OwnerKind.POSITION.value: post_ids}
        for number, raw in enumerate(relations):
            record = _record(raw, f"relations[{number}]")
            points = []
            for side in ("from", "to"):
                end = record.get(side)
                if not (isinstance(end, list) and len(end) == 2 and end[0] in ends):
                    raise _bad(f"relations[{number}].{side} is not an end")
                place = _index(end[1], len(ends[end[0]]), f"relations[{number}].{side}")
                if place is None:
                    raise _bad(f"relations[{number}].{side} is not an end")
                points.append((end[0], ends[end[0]][place]))
            kind, label = record.get("kind", "cooperation"), record.get("label", "")
            if not isinstance(kind, str) or not isinstance(label, str):
                raise _bad(f"relations[{number}] has the wrong type")
            relation = Relation(b.new_id("relation"), scenario_id, *points[0], *points[1], kind=kind, label=label)
            check_entity(b, relation)
            b.put(relation)


class CutUnit(DeleteUnit):
    """Delete a unit after it was copied to the clipboard (Ctrl+X)."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Cut unit “{name}”")
