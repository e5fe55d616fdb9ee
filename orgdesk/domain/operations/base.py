"""The operation: one user edit, planned once as a patch, applied and reverted; and the helpers
every operation uses (typed look-ups, dense sibling order, known fields, the depth limit)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence
from typing import Any, ClassVar, TypeVar, cast

from orgdesk.domain import rules
from orgdesk.domain.depth import MAX_DEPTH, check_depth
from orgdesk.domain.document import Document
from orgdesk.domain.entities import (
    KIND_OF_CLASS,
    Assignment,
    Duty,
    Entity,
    Kpi,
    Ordered,
    Organisation,
    Person,
    Position,
    Relation,
    Scenario,
    Unit,
    UnitType,
    kind_of,
)
from orgdesk.domain.messages import fill_template
from orgdesk.domain.patch import Patch, PatchBuilder, apply_patch
from orgdesk.domain.rules import QT_TRANSLATE_NOOP, RuleViolation

OPS = "Operations"


class Operation(ABC):
    """One user edit. `label` is the undo-menu text (translated by the UI)."""

    label_template: ClassVar[str] = QT_TRANSLATE_NOOP("Operations", "Edit")

    def __init__(self) -> None:
        self._patch: Patch | None = None

    @abstractmethod
    def plan(self, b: PatchBuilder) -> None:
        """Check the rules and record the changes in `b`."""

    def label_params(self) -> dict[str, object]:
        return {}

    def label_source(self) -> str:
        """The English template of the undo text (an edit may pick it while it plans)."""
        return self.label_template

    def label(self) -> str:
        return fill_template(self.label_source(), self.label_params())

    @property
    def patch(self) -> Patch | None:
        return self._patch

    def forget_plan(self) -> None:
        """Drop the cached plan, so the next `prepare` plans afresh (the document changed under it)."""
        self._patch = None

    def store_shortcut(self) -> object | None:
        """A description of this edit the store may carry out in SQL rather than row by row, making
        exactly the patch's rows (see ScenarioCopySpec); valid only right after a fresh `prepare`."""
        return None

    def prepare(self, doc: Document) -> Patch:
        """Plan once; later calls (redo) give the same patch, so ids stay stable."""
        if self._patch is None:
            builder = PatchBuilder(doc)
            self.plan(builder)
            check_levels(builder)
            self._patch = builder.build()
        return self._patch

    def apply(self, doc: Document) -> Patch:
        patch = self.prepare(doc)
        apply_patch(doc, patch)
        return patch

    def revert(self, doc: Document) -> Patch:
        if self._patch is None:
            raise RuntimeError("revert() before apply()")
        inverse = self._patch.inverse()
        apply_patch(doc, inverse)
        return inverse


E = TypeVar("E", Organisation, UnitType, Scenario, Unit, Position, Person, Assignment, Duty, Kpi, Relation)


def require(b: PatchBuilder, cls: type[E], entity_id: int | None) -> E:
    """The entity of class `cls` as the edit sees it, or a refusal naming what is missing."""
    kind = KIND_OF_CLASS[cls]
    entity = b.get(kind, entity_id)
    if entity is None:
        raise RuleViolation(rules.MISSING, kind=kind, id=entity_id)
    return cast(E, entity)


def require_kind(b: PatchBuilder, kind: str, entity_id: int | None) -> Entity:
    """The same for a kind known only at run time (an owner's kind, a field edit's)."""
    entity = b.get(kind, entity_id)
    if entity is None:
        raise RuleViolation(rules.MISSING, kind=kind, id=entity_id)
    return entity


def check_levels(b: PatchBuilder) -> None:
    """No unit an edit places (adds, or moves with its subtree) may end up below MAX_DEPTH levels."""
    placed = b.placed_units()
    if not placed:
        return
    heights = {after.id: subtree_height(b.doc, before) for before, after in placed if isinstance(before, Unit)}
    check_depth(b.get, [cast(Unit, after) for _, after in placed], heights)


def subtree_height(doc: Document, unit: Unit) -> int:
    """Levels below `unit` in the document (0 for a leaf), walked level by level, stopping past the limit."""
    height, level = 0, doc.children_of(unit)
    while level and height <= MAX_DEPTH:
        height += 1
        level = [child for parent in level for child in doc.children_of(parent)]
    return height


def place_in_order(b: PatchBuilder, siblings: Sequence[Ordered], moved: Ordered | None, index: int | None) -> None:
    """Insert `moved` among `siblings` at `index` and renumber them densely 0..n-1."""
    order = [cast(Ordered, b.get(kind_of(s), s.id) or s) for s in siblings]
    if moved is not None:
        order = [s for s in order if s.id != moved.id]
        at = len(order) if index is None else max(0, min(index, len(order)))
        order.insert(at, moved)
    for number, entity in enumerate(order):
        if entity is moved or entity.sort_order != number:
            b.put(entity._replace(sort_order=number))


def known_fields(cls: type[Entity], values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(cls._fields)
    if unknown:
        raise RuleViolation(rules.UNKNOWN_FIELD, kind=cls.__name__, field=sorted(unknown)[0])
    return values


class Composite(Operation):
    """Several operations as one undoable edit (a macro). Its label is a template of its own
    (`label_template`, filled with the count of operations), like any operation's."""

    label_template: ClassVar[str] = QT_TRANSLATE_NOOP("Operations", "{count} changes")

    def __init__(self, operations: Sequence[Operation]) -> None:
        super().__init__()
        self.operations = list(operations)

    def label_params(self) -> dict[str, object]:
        return {"count": len(self.operations)}

    def plan(self, b: PatchBuilder) -> None:  # pragma: no cover - prepare() is overridden
        raise NotImplementedError

    def prepare(self, doc: Document) -> Patch:
        if self._patch is None:
            applied: list[Patch] = []
            try:
                for operation in self.operations:
                    applied.append(operation.apply(doc))
            finally:
                for patch in reversed(applied):
                    apply_patch(doc, patch.inverse())
            self._patch = Patch.merge(applied)
        return self._patch
