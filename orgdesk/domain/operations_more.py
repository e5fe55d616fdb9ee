"""Edits the panels need beyond operations.py.

UpdateEntity takes the fields as keyword arguments after its own `kind` parameter, so it
cannot change a field that is itself called `kind` (an assignment's 主岗/兼职/代理, a
relation's kind). UpdateFields takes them as a mapping and is otherwise the same edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from orgdesk.domain import rules
from orgdesk.domain.entities import ENTITY_CLASSES, Assignment, Relation
from orgdesk.domain.operations import UpdateEntity
from orgdesk.domain.patch import PatchBuilder
from orgdesk.domain.rules import RuleViolation


class UpdateFields(UpdateEntity):
    """Change non-structural fields of one entity, given as a mapping (see the module text)."""

    def __init__(self, entity_kind: str, entity_id: int, changes: Mapping[str, Any]) -> None:
        super().__init__(entity_kind, entity_id)
        unknown = set(changes) - set(ENTITY_CLASSES[entity_kind]._fields)
        if unknown:
            raise RuleViolation(rules.UNKNOWN_FIELD, kind=entity_kind, field=sorted(unknown)[0])
        self.changes = dict(changes)

    def plan(self, b: PatchBuilder) -> None:
        super().plan(b)
        if self._name:
            return
        entity = b.get(self.kind, self.entity_id)
        if isinstance(entity, Assignment):  # "Change “张三”": whose post changed
            self._name = str(getattr(b.get("person", entity.person_id), "name", ""))
        elif isinstance(entity, Relation):
            self._name = entity.label[:20] or entity.kind
