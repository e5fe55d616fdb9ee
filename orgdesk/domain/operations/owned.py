"""Duties and KPIs: ordered items owned by a unit or a post; and what goes with an owner."""

from __future__ import annotations

from typing import Any, ClassVar, cast

from orgdesk.domain import rules
from orgdesk.domain.document import Document
from orgdesk.domain.entities import (
    ENTITY_CLASSES,
    Duty,
    Kpi,
    Ordered,
    OwnerKind,
)
from orgdesk.domain.operations.base import Composite, Operation, known_fields, place_in_order, require_kind
from orgdesk.domain.operations.checks import check_entity
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation


def delete_owned(b: PatchBuilder, owner_kind: OwnerKind, owner_id: int) -> None:
    """Duties, KPIs and relations hanging off a unit or post."""
    for duty in b.doc.duties_of(owner_kind, owner_id):
        b.delete("duty", duty.id)
    for kpi in b.doc.kpis_of(owner_kind, owner_id):
        b.delete("kpi", kpi.id)
    scenario_id = b.doc.owner_scenario_id(owner_kind, owner_id)
    if scenario_id is None:
        return
    for relation in b.doc.relations_of_scenario(scenario_id):
        ends = {(relation.from_kind, relation.from_id), (relation.to_kind, relation.to_id)}
        if (str(owner_kind), owner_id) in ends:
            b.delete("relation", relation.id)


# ----- duties and KPIs (ordered items owned by a unit or post) -----------------------
def require_owner(b: PatchBuilder, owner_kind: str, owner_id: int) -> None:
    if owner_kind not in (OwnerKind.UNIT, OwnerKind.POSITION):
        raise RuleViolation(rules.BAD_CHOICE, value=owner_kind, field="owner_kind", choices="unit, position")
    require_kind(b, owner_kind, owner_id)


class _AddOwned(Operation):
    kind: ClassVar[str]

    def __init__(self, owner_kind: str, owner_id: int, index: int | None = None, **fields: Any) -> None:
        super().__init__()
        self.owner_kind, self.owner_id, self.index = str(owner_kind), owner_id, index
        self.fields = known_fields(ENTITY_CLASSES[self.kind], fields)
        self.item_id: int | None = None

    def label_params(self) -> dict[str, object]:
        text = str(self.fields.get("text") or self.fields.get("name") or "")
        return {"text": text if len(text) <= 20 else text[:19] + "…"}

    def plan(self, b: PatchBuilder) -> None:
        require_owner(b, self.owner_kind, self.owner_id)
        self.item_id = self.fields.pop("id", None) or b.new_id(self.kind)
        cls = ENTITY_CLASSES[self.kind]
        item = cast(
            Duty | Kpi,
            cls(  # type: ignore[call-arg]
                id=self.item_id, owner_kind=self.owner_kind, owner_id=self.owner_id, sort_order=0, **self.fields
            ),
        )
        check_entity(b, item)
        siblings = owned_items(b.doc, self.kind, self.owner_kind, self.owner_id)
        place_in_order(b, siblings, item, self.index)


def owned_items(doc: Document, kind: str, owner_kind: str, owner_id: int) -> list[Ordered]:
    if kind == "duty":
        return list(doc.duties_of(owner_kind, owner_id))
    return list(doc.kpis_of(owner_kind, owner_id))


class _MoveOwned(Operation):
    kind: ClassVar[str]

    def __init__(self, item_id: int, owner_kind: str, owner_id: int, index: int | None = None) -> None:
        super().__init__()
        self.item_id, self.owner_kind, self.owner_id, self.index = item_id, str(owner_kind), owner_id, index

    def plan(self, b: PatchBuilder) -> None:
        item = cast(Duty | Kpi, require_kind(b, self.kind, self.item_id))
        require_owner(b, self.owner_kind, self.owner_id)
        source_scenario = b.doc.owner_scenario_id(item.owner_kind, item.owner_id)
        if source_scenario != b.doc.owner_scenario_id(self.owner_kind, self.owner_id):
            raise RuleViolation(rules.OTHER_SCENARIO, item=self.kind, target=self.owner_kind)
        same_owner = (item.owner_kind, item.owner_id) == (self.owner_kind, self.owner_id)
        if not same_owner:
            rest = [s for s in owned_items(b.doc, self.kind, item.owner_kind, item.owner_id) if s.id != item.id]
            place_in_order(b, rest, None, None)
        moved = item._replace(owner_kind=self.owner_kind, owner_id=self.owner_id)
        place_in_order(b, owned_items(b.doc, self.kind, self.owner_kind, self.owner_id), moved, self.index)


class _DeleteOwned(Operation):
    kind: ClassVar[str]

    def __init__(self, item_id: int) -> None:
        super().__init__()
        self.item_id = item_id

    def plan(self, b: PatchBuilder) -> None:
        item = cast(Duty | Kpi, require_kind(b, self.kind, self.item_id))
        b.delete(self.kind, item.id)
        rest = [s for s in owned_items(b.doc, self.kind, item.owner_kind, item.owner_id) if s.id != item.id]
        place_in_order(b, rest, None, None)


class AddDuty(_AddOwned):
    kind = "duty"
    label_template = QT_TRANSLATE_NOOP("Operations", "Add duty “{text}”")


class MoveDuty(_MoveOwned):
    kind = "duty"
    label_template = QT_TRANSLATE_NOOP("Operations", "Move a duty")


class DeleteDuty(_DeleteOwned):
    kind = "duty"
    label_template = QT_TRANSLATE_NOOP("Operations", "Delete a duty")


class AddKpi(_AddOwned):
    kind = "kpi"
    label_template = QT_TRANSLATE_NOOP("Operations", "Add KPI “{text}”")


class MoveKpi(_MoveOwned):
    kind = "kpi"
    label_template = QT_TRANSLATE_NOOP("Operations", "Move a KPI")


class DeleteKpi(_DeleteOwned):
    kind = "kpi"
    label_template = QT_TRANSLATE_NOOP("Operations", "Delete a KPI")


class PastedDuties(Composite):
    """Duties pasted as one numbered list (Ctrl+Shift+V), as one undo step."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Paste {count} duties")
