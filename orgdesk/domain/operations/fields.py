"""Changing the non-structural fields of one entity: a rename, a retype, a 编制, a KPI weight."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orgdesk.domain import rules
from orgdesk.domain.entities import (
    ENTITY_CLASSES,
    Assignment,
    Entity,
    Relation,
    Scenario,
)
from orgdesk.domain.operations.base import Operation, known_fields, require_kind
from orgdesk.domain.operations.checks import STRUCTURAL_FIELDS, check_entity
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation


class UpdateEntity(Operation):
    """Change any non-structural fields of one entity (rename, retype, 编制, …), given as a
    mapping: a field may itself be called `kind` (an assignment's 主岗/兼职/代理, a relation's)."""

    label_template = QT_TRANSLATE_NOOP("Operations", "Change “{name}”")
    rename_template = QT_TRANSLATE_NOOP("Operations", "Rename “{name}” to “{new}”")

    def __init__(self, kind: str, entity_id: int, changes: Mapping[str, Any]) -> None:
        super().__init__()
        self.kind, self.entity_id = kind, entity_id
        self.changes = known_fields(ENTITY_CLASSES[kind], dict(changes))
        self._name = ""

    def is_rename(self) -> bool:
        return set(self.changes) in ({"name"}, {"title"})

    def label_source(self) -> str:
        return self.rename_template if self.is_rename() else self.label_template

    def label_params(self) -> dict[str, object]:
        if self.is_rename():
            return {"name": self._name, "new": next(iter(self.changes.values()))}
        return {"name": self._name}

    def plan(self, b: PatchBuilder) -> None:
        entity = require_kind(b, self.kind, self.entity_id)
        for field in self.changes:
            if field in STRUCTURAL_FIELDS:
                raise RuleViolation(rules.READ_ONLY_FIELD, field=field)
        updated = entity._replace(**self.changes)
        self._name = _shown_name(b, entity)
        check_entity(b, updated)
        if (
            isinstance(updated, Scenario)
            and isinstance(entity, Scenario)
            and updated.is_current
            and not entity.is_current
        ):
            for other in b.doc.scenarios():
                if other.id != updated.id and other.is_current:
                    b.put(other._replace(is_current=False))
        b.put(updated)


def _shown_name(b: PatchBuilder, entity: Entity) -> str:
    """Whose change the undo text names: the entity's own name, a holder's, a relation's label."""
    own = getattr(entity, "name", None) or getattr(entity, "title", None) or getattr(entity, "text", "")
    if own:
        return str(own)[:20]
    if isinstance(entity, Assignment):  # "Change “张三”": whose post changed
        return str(getattr(b.get("person", entity.person_id), "name", ""))
    if isinstance(entity, Relation):
        return entity.label[:20] or entity.kind
    return ""
