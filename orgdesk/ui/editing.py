"""Edits of the open document from the GUI: the undo stack and the tree's editing gestures.

`run_edit` is the one way an edit reaches the document: the session executes the
operation (checking the rules and committing it to the file), and only an edit that
succeeded is pushed to the undo stack as an OperationCommand. A refused edit shows a
translated warning through the Interaction and leaves document, file and stack as
they were. Widgets are never touched here: the views refresh from the session's
change notices, and the signals below tell the window which unit to show next.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Unit
from orgdesk.domain.operations import AddUnit, DeleteUnit, MoveUnit, Operation, UpdateEntity
from orgdesk.domain.rules import FIELD_NAMES, TRANSLATED_PARAMS, MessageError
from orgdesk.store.files import DocumentError
from orgdesk.store.session import EditSession
from orgdesk.ui.commands import OperationCommand
from orgdesk.ui.context import AppContext


def error_message(error: MessageError) -> str:
    """A refused edit's message in the UI language, field and kind names included."""
    context = "Store" if isinstance(error, DocumentError) else "Rules"
    params = dict(error.params)
    for key in TRANSLATED_PARAMS:
        value = params.get(key)
        if isinstance(value, str) and value in FIELD_NAMES:
            params[key] = QCoreApplication.translate("Fields", value)
    return QCoreApplication.translate(context, error.template).format(**params)


@dataclass(frozen=True)
class SubtreeContents:
    """What deleting a unit takes with it."""

    sub_units: int
    posts: int
    people: int  # distinct people holding one of the posts
    duties: int
    kpis: int


def subtree_contents(document: Document, unit: Unit) -> SubtreeContents:
    units = document.subtree(unit)
    posts = [post for member in units for post in document.positions_of(member.id)]
    people = {a.person_id for post in posts for a in document.assignments_of_position(post.id)}
    owners = [(OwnerKind.UNIT, member.id) for member in units] + [(OwnerKind.POSITION, post.id) for post in posts]
    duties = sum(len(document.duties_of(kind, owner)) for kind, owner in owners)
    kpis = sum(len(document.kpis_of(kind, owner)) for kind, owner in owners)
    return SubtreeContents(len(units) - 1, len(posts), len(people), duties, kpis)


class EditController(QObject):
    """The open document's undo stack and edits; the stack is cleared when another document opens."""

    new_unit_added = Signal(int)  # unit id: show it with its name editor open
    show_unit = Signal(int)  # unit id: make it current (e.g. the parent of a deleted unit)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.stack = QUndoStack(self)
        self.stack.setObjectName("undoStack")
        self._running = False  # a warning's dialog must not start a second edit (editor focus-out)

    # ----- state -------------------------------------------------------------------
    @property
    def session(self) -> EditSession | None:
        return self.context.session

    def document_changed(self) -> None:
        """Another document (or none) is open: its history starts empty."""
        self.stack.clear()

    def editable(self) -> bool:
        session = self.context.session
        return session is not None and not session.store.readonly

    def unit(self, unit_id: int | None) -> Unit | None:
        session = self.context.session
        found = session.document.get("unit", unit_id) if session is not None else None
        return found if isinstance(found, Unit) else None

    def can_add_child(self, unit_id: int | None) -> bool:
        return self.editable() and self.unit(unit_id) is not None

    def can_change(self, unit_id: int | None) -> bool:
        """Rename: any unit of a writable document."""
        return self.can_add_child(unit_id)

    def can_delete(self, unit_id: int | None) -> bool:
        """Delete, add a sibling, move: not the top unit."""
        unit = self.unit(unit_id)
        return self.editable() and unit is not None and unit.parent_id is not None

    @property
    def busy(self) -> bool:
        """An edit is being carried out (its warning dialog may be open)."""
        return self._running

    # ----- the one way in ------------------------------------------------------------
    def run_edit(self, operation: Operation) -> bool:
        """Execute an edit and push it to the undo stack; on a refusal warn and return False."""
        session = self.context.session
        if session is None or self._running:
            return False
        self._running = True
        try:
            try:
                patch = session.execute(operation)
            except MessageError as error:  # RuleViolation or DocumentError: nothing changed
                self._warn(error)
                return False
            if not patch.is_empty():  # e.g. a rename to the same name: no undo step
                self.stack.push(OperationCommand(session, operation, self._warn))
            return True
        finally:
            self._running = False

    def _warn(self, error: MessageError) -> None:
        self.context.interaction.warn(self.tr("The change was not made"), error_message(error))

    # ----- tree edits ------------------------------------------------------------------
    def add_child(self, unit_id: int | None) -> bool:
        parent = self.unit(unit_id)
        if parent is None or not self.editable():
            return False
        document = self._document()
        siblings = document.children(parent.scenario_id, parent.id)
        type_id = siblings[-1].type_id if siblings else None
        return self._add(AddUnit(parent.scenario_id, parent.id, self._new_name(), None, type_id=type_id))

    def add_sibling(self, unit_id: int | None) -> bool:
        unit = self.unit(unit_id)
        if unit is None or unit.parent_id is None or not self.editable():
            return False
        siblings = self._document().children(unit.scenario_id, unit.parent_id)
        index = next(row for row, sibling in enumerate(siblings) if sibling.id == unit.id) + 1
        return self._add(AddUnit(unit.scenario_id, unit.parent_id, self._new_name(), index, type_id=unit.type_id))

    def _new_name(self) -> str:
        return self.tr("New unit")

    def _add(self, operation: AddUnit) -> bool:
        if not self.run_edit(operation):
            return False
        assert operation.unit_id is not None
        self.new_unit_added.emit(operation.unit_id)
        return True

    def rename_unit(self, unit_id: int, name: str) -> bool:
        return self.run_edit(UpdateEntity("unit", unit_id, {"name": name.strip()}))

    def move_unit(self, unit_id: int, parent_id: int, index: int | None) -> bool:
        return self.run_edit(MoveUnit(unit_id, parent_id, index))

    def delete_unit(self, unit_id: int | None) -> bool:
        """Delete a unit and its subtree once the planner confirmed what goes with it."""
        unit = self.unit(unit_id)
        if unit is None or unit.parent_id is None or not self.editable():
            return False
        contents = subtree_contents(self._document(), unit)
        question = self.tr(
            "Delete “{name}” with {units} sub-units, {posts} posts, {people} people assigned, "
            "{duties} duties and {kpis} KPIs? You can undo this."
        ).format(
            name=unit.name,
            units=contents.sub_units,
            posts=contents.posts,
            people=contents.people,
            duties=contents.duties,
            kpis=contents.kpis,
        )
        if not self.context.interaction.confirm(self.tr("Delete unit"), question, self.tr("Delete")):
            return False
        if not self.run_edit(DeleteUnit(unit.id)):
            return False
        self.show_unit.emit(unit.parent_id)
        return True

    def _document(self) -> Document:
        session = self.context.session
        assert session is not None
        return session.document
