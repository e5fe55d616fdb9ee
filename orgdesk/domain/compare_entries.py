"""How a comparison is presented, without Qt: names of the kinds of item and of change (context
"Compare"), the order of the groups, and where an entry's item lives (to select it).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from orgdesk.domain.compare import ChangeKind, DiffEntry, DiffReport
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, Position, Unit
from orgdesk.domain.rules import QT_TRANSLATE_NOOP

GROUPS = "CompareGroups"  # the contexts of KIND_NAMES and CHANGE_NAMES
CHANGES = "CompareChanges"
KIND_NAMES = {  # the groups of the change list, in this order
    "unit": QT_TRANSLATE_NOOP("CompareGroups", "Units"),
    "position": QT_TRANSLATE_NOOP("CompareGroups", "Posts"),
    "person": QT_TRANSLATE_NOOP("CompareGroups", "People"),
    "duty": QT_TRANSLATE_NOOP("CompareGroups", "Duties"),
    "kpi": QT_TRANSLATE_NOOP("CompareGroups", "KPIs"),
}
CHANGE_NAMES = {
    ChangeKind.ADDED: QT_TRANSLATE_NOOP("CompareChanges", "added"),
    ChangeKind.REMOVED: QT_TRANSLATE_NOOP("CompareChanges", "removed"),
    ChangeKind.MOVED: QT_TRANSLATE_NOOP("CompareChanges", "moved"),
    ChangeKind.RENAMED: QT_TRANSLATE_NOOP("CompareChanges", "renamed"),
    ChangeKind.RETYPED: QT_TRANSLATE_NOOP("CompareChanges", "retyped"),
    ChangeKind.CHANGED: QT_TRANSLATE_NOOP("CompareChanges", "changed"),
    ChangeKind.MERGED: QT_TRANSLATE_NOOP("CompareChanges", "merged"),
    ChangeKind.SPLIT: QT_TRANSLATE_NOOP("CompareChanges", "split"),
}
# The colour a change is marked with in lists and tables (the chart's colours; amber for the rest).
ENTRY_COLOURS = {
    ChangeKind.ADDED: "#2E9E4F",
    ChangeKind.REMOVED: "#D64541",
    ChangeKind.MOVED: "#2F6FD6",
}
AMBER = "#E8A317"


def entry_colour(change: ChangeKind) -> str:
    return ENTRY_COLOURS.get(change, AMBER)


def grouped(report: DiffReport) -> list[tuple[str, list[DiffEntry]]]:
    """(kind, its entries) for the kinds that have any, in KIND_NAMES order."""
    groups = [(kind, report.of_kind(kind)) for kind in KIND_NAMES]
    return [(kind, entries) for kind, entries in groups if entries]


class EntryItem(NamedTuple):
    """The item an entry is about, in one of the two scenarios."""

    scenario_id: int
    kind: str  # unit, position, duty, kpi (a person's entry points at their post)
    id: int


def entry_item(document: Document, report: DiffReport, entry: DiffEntry) -> EntryItem | None:
    """The entry's item in the 'to' scenario, or in the 'from' scenario when it is gone there;
    None when neither exists any more (the document changed after the comparison)."""
    for scenario_id, ids in ((report.after_id, entry.after), (report.before_id, entry.before)):
        for item_id in ids:
            if entry.kind == "person":
                post = _post_held(document, item_id, scenario_id)
                if post is not None:
                    return EntryItem(scenario_id, "position", post)
            elif document.get(entry.kind, item_id) is not None:
                return EntryItem(scenario_id, entry.kind, item_id)
    return None


def _post_held(document: Document, person_id: int, scenario_id: int) -> int | None:
    assignments: Iterable[Assignment] = document.assignments_of_person(person_id)
    for assignment in assignments:
        post = document.get("position", assignment.position_id)
        if isinstance(post, Position):
            unit = document.get("unit", post.unit_id)
            if isinstance(unit, Unit) and unit.scenario_id == scenario_id:
                return post.id
    return None
