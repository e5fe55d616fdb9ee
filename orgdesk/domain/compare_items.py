"""The differences of each kind of item between two matched scenarios (see compare.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import cast

from orgdesk.domain.compare_match import Matching, Side, base_name
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, AssignmentKind, Duty, Kpi, OwnerKind, Position, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP

# (change, kind, before ids, after ids, template, params)
Entry = tuple[str, str, tuple[int, ...], tuple[int, ...], str, Mapping[str, object]]

UNIT_ADDED = QT_TRANSLATE_NOOP("Compare", "Unit “{name}” added under “{parent}”")
UNIT_REMOVED = QT_TRANSLATE_NOOP("Compare", "Unit “{name}” removed (it was under “{parent}”)")
UNIT_MOVED = QT_TRANSLATE_NOOP("Compare", "Unit “{name}” moved from “{old}” to “{new}”")
UNIT_RENAMED = QT_TRANSLATE_NOOP("Compare", "Unit “{old}” renamed to “{new}”")
UNIT_RETYPED = QT_TRANSLATE_NOOP("Compare", "Unit “{name}”: type changed from “{old}” to “{new}”")
UNITS_MERGED = QT_TRANSLATE_NOOP("Compare", "{count} units merged into “{name}”: {sources}")
UNIT_SPLIT = QT_TRANSLATE_NOOP("Compare", "“{name}” split into {count} units: {targets}")
POST_ADDED = QT_TRANSLATE_NOOP("Compare", "Post “{title}” added in “{unit}”")
POST_REMOVED = QT_TRANSLATE_NOOP("Compare", "Post “{title}” removed from “{unit}”")
POST_MOVED = QT_TRANSLATE_NOOP("Compare", "Post “{title}” moved from “{old}” to “{new}”")
POST_RENAMED = QT_TRANSLATE_NOOP("Compare", "Post “{old}” in “{unit}” renamed to “{new}”")
POST_HEADCOUNT = QT_TRANSLATE_NOOP("Compare", "Post “{title}” in “{unit}”: headcount {old} → {new}")
PERSON_MOVED = QT_TRANSLATE_NOOP("Compare", "{name} moves from “{old}” to “{new}”")
PERSON_LEAVES = QT_TRANSLATE_NOOP("Compare", "{name} has no post any more (was “{old}”)")
PERSON_JOINS = QT_TRANSLATE_NOOP("Compare", "{name} gets the post “{new}” (had none)")
DUTY_ADDED = QT_TRANSLATE_NOOP("Compare", "Duty added to “{owner}”: {text}")
DUTY_REMOVED = QT_TRANSLATE_NOOP("Compare", "Duty removed from “{owner}”: {text}")
DUTY_MOVED = QT_TRANSLATE_NOOP("Compare", "Duty moved from “{old}” to “{new}”: {text}")
DUTY_REWORDED = QT_TRANSLATE_NOOP("Compare", "Duty of “{owner}” reworded: {old} → {new}")
DUTY_MOVED_REWORDED = QT_TRANSLATE_NOOP("Compare", "Duty moved from “{old}” to “{new}” and reworded: {text}")
KPI_ADDED = QT_TRANSLATE_NOOP("Compare", "KPI “{name}” added to “{owner}”")
KPI_REMOVED = QT_TRANSLATE_NOOP("Compare", "KPI “{name}” removed from “{owner}”")
KPI_MOVED = QT_TRANSLATE_NOOP("Compare", "KPI “{name}” moved from “{old}” to “{new}”")
KPI_CHANGED = QT_TRANSLATE_NOOP("Compare", "KPI “{name}” of “{owner}” changed: {fields}")

# KPI fields named in KPI_CHANGED's {fields}; translated in context "Fields" when shown.
KPI_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Fields", "name"),
    "definition": QT_TRANSLATE_NOOP("Fields", "definition"),
    "measure_unit": QT_TRANSLATE_NOOP("Fields", "measure_unit"),
    "target": QT_TRANSLATE_NOOP("Fields", "target"),
    "weight": QT_TRANSLATE_NOOP("Fields", "weight"),
    "period": QT_TRANSLATE_NOOP("Fields", "period"),
    "direction": QT_TRANSLATE_NOOP("Fields", "direction"),
}


class ItemDiffer:
    def __init__(self, doc: Document, before: Side, after: Side, matching: Matching) -> None:
        self.doc, self.before, self.after, self.m = doc, before, after, matching
        self._paths: dict[int, str] = {}

    # ----- names shown in messages ----------------------------------------------------
    def path(self, unit_id: int | None) -> str:
        """The unit's names below the top unit ("营销中心/大客户"); the top unit's own name for it."""
        if unit_id is None:
            return ""
        found = self._paths.get(unit_id)
        if found is None:
            unit = self.doc.unit(unit_id)
            if unit.parent_id is None:
                found = unit.name
            else:
                parent = self.doc.unit(unit.parent_id)
                found = unit.name if parent.parent_id is None else f"{self.path(parent.id)}/{unit.name}"
            self._paths[unit_id] = found
        return found

    def owner_name(self, owner_kind: str, owner_id: int) -> str:
        if owner_kind == OwnerKind.UNIT:
            return self.path(owner_id)
        post = self.doc.position(owner_id)
        return f"{self.path(post.unit_id)}/{post.title}"

    # ----- units ----------------------------------------------------------------------
    def units(self) -> list[Entry]:
        matched = self.m.units
        found_after = set(matched.values())
        removed = [u for u in self.before.units.values() if u.id not in matched]
        added = [u for u in self.after.units.values() if u.id not in found_after]
        entries, removed, added = self._merges(removed, added)
        for unit in sorted(added, key=lambda u: self.path(u.id)):
            params = {"name": unit.name, "parent": self.path(unit.parent_id)}
            entries.append(("added", "unit", (), (unit.id,), UNIT_ADDED, params))
        for unit in sorted(removed, key=lambda u: self.path(u.id)):
            params = {"name": unit.name, "parent": self.path(unit.parent_id)}
            entries.append(("removed", "unit", (unit.id,), (), UNIT_REMOVED, params))
        for before_id, after_id in matched.items():
            entries.extend(self._unit_changes(self.before.units[before_id], self.after.units[after_id]))
        return entries

    def _unit_changes(self, old: Unit, new: Unit) -> Iterator[Entry]:
        ids = ((old.id,), (new.id,))
        if old.parent_id is not None and self.m.units.get(old.parent_id) != new.parent_id:
            params = {"name": new.name, "old": self.path(old.parent_id), "new": self.path(new.parent_id)}
            yield ("moved", "unit", *ids, UNIT_MOVED, params)
        if old.name != new.name:
            yield ("renamed", "unit", *ids, UNIT_RENAMED, {"old": old.name, "new": new.name})
        old_type, new_type = self.doc.unit_type(old.type_id), self.doc.unit_type(new.type_id)
        old_name, new_name = getattr(old_type, "name", ""), getattr(new_type, "name", "")
        if old_name != new_name:
            yield ("retyped", "unit", *ids, UNIT_RETYPED, {"name": new.name, "old": old_name, "new": new_name})

    def _merges(self, removed: list[Unit], added: list[Unit]) -> tuple[list[Entry], list[Unit], list[Unit]]:
        """Units of one base name gone from several places and found once in the other scenario
        (or the reverse) are one merge (split) rather than several removals and an addition."""
        sources: dict[str, list[Unit]] = defaultdict(list)
        targets: dict[str, list[Unit]] = defaultdict(list)
        for unit in removed:
            sources[base_name(unit.name)].append(unit)
        for unit in added:
            targets[base_name(unit.name)].append(unit)
        entries: list[Entry] = []
        used: set[int] = set()
        for name in sorted(set(sources) & set(targets)):
            old, new = sources[name], targets[name]
            if len(old) >= 2 and len(new) == 1:
                names = "、".join(self.path(u.id) for u in old)
                params = {"count": len(old), "name": self.path(new[0].id), "sources": names}
                entries.append(("merged", "unit", tuple(u.id for u in old), (new[0].id,), UNITS_MERGED, params))
            elif len(old) == 1 and len(new) >= 2:
                names = "、".join(self.path(u.id) for u in new)
                params = {"count": len(new), "name": self.path(old[0].id), "targets": names}
                entries.append(("split", "unit", (old[0].id,), tuple(u.id for u in new), UNIT_SPLIT, params))
            else:
                continue
            used.update(u.id for u in (*old, *new))
        return entries, [u for u in removed if u.id not in used], [u for u in added if u.id not in used]

    # ----- posts ----------------------------------------------------------------------
    def posts(self) -> list[Entry]:
        matched = self.m.posts
        found_after = set(matched.values())
        entries: list[Entry] = []
        for post in self.after.posts.values():
            if post.id not in found_after:
                params = {"title": post.title, "unit": self.path(post.unit_id)}
                entries.append(("added", "position", (), (post.id,), POST_ADDED, params))
        for post in self.before.posts.values():
            if post.id not in matched:
                params = {"title": post.title, "unit": self.path(post.unit_id)}
                entries.append(("removed", "position", (post.id,), (), POST_REMOVED, params))
        for before_id, after_id in matched.items():
            entries.extend(self._post_changes(self.before.posts[before_id], self.after.posts[after_id]))
        return entries

    def _post_changes(self, old: Position, new: Position) -> Iterator[Entry]:
        ids = ((old.id,), (new.id,))
        unit = self.path(new.unit_id)
        params: dict[str, object]
        if self.m.units.get(old.unit_id) != new.unit_id:
            params = {"title": new.title, "old": self.path(old.unit_id), "new": unit}
            yield ("moved", "position", *ids, POST_MOVED, params)
        if old.title != new.title:
            yield ("renamed", "position", *ids, POST_RENAMED, {"old": old.title, "new": new.title, "unit": unit})
        if old.headcount != new.headcount:
            params = {"title": new.title, "unit": unit, "old": old.headcount, "new": new.headcount}
            yield ("changed", "position", *ids, POST_HEADCOUNT, params)

    # ----- people ---------------------------------------------------------------------
    def people(self) -> list[Entry]:
        """People whose primary post (in 三定 terms: where they sit) is another post."""
        old_posts = self._primary_posts(self.before.posts)
        new_posts = self._primary_posts(self.after.posts)
        entries: list[Entry] = []
        for person_id in sorted(set(old_posts) | set(new_posts)):
            old, new = old_posts.get(person_id, set()), new_posts.get(person_id, set())
            if {self.m.posts.get(p) for p in old} == new:
                continue
            params: dict[str, object] = {"name": self.doc.person(person_id).name}
            if old:
                params["old"] = "、".join(sorted(self._post_name(p) for p in old))
            if new:
                params["new"] = "、".join(sorted(self._post_name(p) for p in new))
            template = PERSON_MOVED if old and new else PERSON_LEAVES if old else PERSON_JOINS
            change = "changed" if old and new else "removed" if old else "added"
            entries.append((change, "person", (person_id,), (person_id,), template, params))
        return entries

    def _primary_posts(self, posts: dict[int, Position]) -> dict[int, set[int]]:
        held: dict[int, set[int]] = defaultdict(set)
        for assignment in cast(Iterable[Assignment], self.doc.all("assignment")):
            if assignment.position_id in posts and assignment.kind == AssignmentKind.PRIMARY:
                held[assignment.person_id].add(assignment.position_id)
        return held

    def _post_name(self, post_id: int) -> str:
        return self.owner_name(OwnerKind.POSITION, post_id)

    # ----- duties and KPIs ------------------------------------------------------------
    def duties(self) -> list[Entry]:
        matched = self.m.duties
        found_after = set(matched.values())
        entries: list[Entry] = []
        for duty in self.after.duties.values():
            if duty.id not in found_after:
                params = {"owner": self.owner_name(duty.owner_kind, duty.owner_id), "text": duty.text}
                entries.append(("added", "duty", (), (duty.id,), DUTY_ADDED, params))
        for duty in self.before.duties.values():
            if duty.id not in matched:
                params = {"owner": self.owner_name(duty.owner_kind, duty.owner_id), "text": duty.text}
                entries.append(("removed", "duty", (duty.id,), (), DUTY_REMOVED, params))
        for before_id, after_id in matched.items():
            entry = self._duty_change(self.before.duties[before_id], self.after.duties[after_id])
            if entry is not None:
                entries.append(entry)
        return entries

    def _duty_change(self, old: Duty, new: Duty) -> Entry | None:
        ids = ((old.id,), (new.id,))
        moved = self.m.owner(old.owner_kind, old.owner_id) != (new.owner_kind, new.owner_id)
        reworded = old.text != new.text
        if moved:
            places = {
                "old": self.owner_name(old.owner_kind, old.owner_id),
                "new": self.owner_name(new.owner_kind, new.owner_id),
                "text": new.text,
            }
            return ("moved", "duty", *ids, DUTY_MOVED_REWORDED if reworded else DUTY_MOVED, places)
        if reworded:
            params = {"owner": self.owner_name(new.owner_kind, new.owner_id), "old": old.text, "new": new.text}
            return ("changed", "duty", *ids, DUTY_REWORDED, params)
        return None

    def kpis(self) -> list[Entry]:
        matched = self.m.kpis
        found_after = set(matched.values())
        entries: list[Entry] = []
        for kpi in self.after.kpis.values():
            if kpi.id not in found_after:
                params = {"name": kpi.name, "owner": self.owner_name(kpi.owner_kind, kpi.owner_id)}
                entries.append(("added", "kpi", (), (kpi.id,), KPI_ADDED, params))
        for kpi in self.before.kpis.values():
            if kpi.id not in matched:
                params = {"name": kpi.name, "owner": self.owner_name(kpi.owner_kind, kpi.owner_id)}
                entries.append(("removed", "kpi", (kpi.id,), (), KPI_REMOVED, params))
        for before_id, after_id in matched.items():
            entries.extend(self._kpi_changes(self.before.kpis[before_id], self.after.kpis[after_id]))
        return entries

    def _kpi_changes(self, old: Kpi, new: Kpi) -> Iterator[Entry]:
        ids = ((old.id,), (new.id,))
        params: dict[str, object]
        if self.m.owner(old.owner_kind, old.owner_id) != (new.owner_kind, new.owner_id):
            params = {
                "name": new.name,
                "old": self.owner_name(old.owner_kind, old.owner_id),
                "new": self.owner_name(new.owner_kind, new.owner_id),
            }
            yield ("moved", "kpi", *ids, KPI_MOVED, params)
        fields = tuple(name for name in KPI_FIELDS if getattr(old, name) != getattr(new, name))
        if fields:
            params = {"name": new.name, "owner": self.owner_name(new.owner_kind, new.owner_id), "fields": fields}
            yield ("changed", "kpi", *ids, KPI_CHANGED, params)
