"""Relations (cooperation, supervision …) between units and posts of one scenario."""

from __future__ import annotations

from orgdesk.domain import rules
from orgdesk.domain.entities import (
    Relation,
)
from orgdesk.domain.operations.base import Operation, require
from orgdesk.domain.operations.checks import check_entity
from orgdesk.domain.operations.owned import require_owner
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation


# ----- relations ---------------------------------------------------------------------
class AddRelation(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Add relation “{label}”")

    def __init__(
        self,
        from_kind: str,
        from_id: int,
        to_kind: str,
        to_id: int,
        kind: str = "cooperation",
        label: str = "",
    ) -> None:
        super().__init__()
        self.ends = (str(from_kind), from_id, str(to_kind), to_id)
        self.kind, self.text = kind, label
        self.relation_id: int | None = None

    def label_params(self) -> dict[str, object]:
        return {"label": self.text or self.kind}

    def plan(self, b: PatchBuilder) -> None:
        from_kind, from_id, to_kind, to_id = self.ends
        require_owner(b, from_kind, from_id)
        require_owner(b, to_kind, to_id)
        if (from_kind, from_id) == (to_kind, to_id):
            raise RuleViolation(rules.SELF_RELATION)
        scenario_id = b.doc.owner_scenario_id(from_kind, from_id)
        if scenario_id is None or scenario_id != b.doc.owner_scenario_id(to_kind, to_id):
            raise RuleViolation(rules.OTHER_SCENARIO, item=from_kind, target=to_kind)
        self.relation_id = b.new_id("relation")
        relation = Relation(
            id=self.relation_id,
            scenario_id=scenario_id,
            from_kind=from_kind,
            from_id=from_id,
            to_kind=to_kind,
            to_id=to_id,
            kind=self.kind,
            label=self.text,
        )
        check_entity(b, relation)
        b.put(relation)


class DeleteRelation(Operation):
    label_template = QT_TRANSLATE_NOOP("Operations", "Delete a relation")

    def __init__(self, relation_id: int) -> None:
        super().__init__()
        self.relation_id = relation_id

    def plan(self, b: PatchBuilder) -> None:
        require(b, Relation, self.relation_id)
        b.delete("relation", self.relation_id)
