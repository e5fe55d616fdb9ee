"""One edit that adds many prepared entities at once (an import), as a single undo step.

Adding tens of thousands of units one AddUnit at a time would renumber sibling lists
over and over; an importer instead prepares entities with ids and dense sibling order
itself, and this operation checks every one of them against the rules and records them
in one patch, so the store writes them in one transaction and undo removes them all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from orgdesk.domain.entities import Entity, kind_of
from orgdesk.domain.operations.base import Operation
from orgdesk.domain.operations.bulk_check import check_entities
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP

# Parents before children, so every check finds what it refers to.
_ORDER = ("unit_type", "unit", "position", "person", "assignment", "duty", "kpi")


class BulkInsert(Operation):
    """Insert `entities` (new ids) and replace `updates` (existing ids) in one edit."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Import from “{source}”")

    def __init__(
        self,
        entities: Sequence[Entity],
        updates: Sequence[Entity] = (),
        source: str = "",
        deletions: Sequence[tuple[str, int]] = (),
    ) -> None:
        super().__init__()
        self.entities = list(entities)
        self.updates = list(updates)
        self.source = source
        self.deletions = list(deletions)  # (kind, id): assignments ended, people removed by a refresh

    def label_params(self) -> dict[str, object]:
        return {"source": self.source}

    def plan(self, b: PatchBuilder) -> None:
        for kind, entity_id in self.deletions:
            b.delete(kind, entity_id)
        for entity in self.updates:
            b.put(entity)
        by_kind: dict[str, list[Entity]] = defaultdict(list)
        for entity in self.entities:
            by_kind[kind_of(entity)].append(entity)
        ordered: list[Entity] = []
        for kind in sorted(by_kind, key=lambda k: _ORDER.index(k) if k in _ORDER else len(_ORDER)):
            b.put_all(kind, by_kind[kind])
            ordered.extend(by_kind[kind])
        # Checked after every entity is in place: a post may report to a post added later.
        check_entities(b, [*self.updates, *ordered])


class RosterUpdate(BulkInsert):
    """A monthly roster brought into the organisation it describes: joiners, moves, leavers."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Update the roster from “{source}”")
