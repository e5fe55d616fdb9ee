"""QUndoCommands around domain operations: the GUI's undo history.

How a command and the EditSession share the work: the edit controller runs the
operation with `session.execute` *before* it pushes the command, so a refused edit
(RuleViolation, DocumentError) never reaches the stack. The command therefore starts
out "done" and its first `redo()` — the one `QUndoStack.push` runs — does nothing;
later redos replay the operation's planned patch with `session.apply_redo`. A redo
without an undo in between is a no-op, so redo() is safe to run twice.

Commands only talk to the session; the views refresh from its change notices.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from orgdesk.domain.document import Document
from orgdesk.domain.messages import fill_template
from orgdesk.domain.operations import Operation, UpdateEntity
from orgdesk.domain.patch import Patch, PatchBuilder
from orgdesk.domain.rules import MessageError
from orgdesk.store.session import EditSession
from orgdesk.ui.busy import wait_cursor

BIG_PATCH = 20_000  # changed rows; undoing or redoing that many takes a second or more
RENAME_UNIT_ID = 1001  # QUndoCommand.id() of a one-field edit (a rename, a 编制); consecutive ones merge

ErrorHandler = Callable[[MessageError], None]


def operation_text(operation: Operation) -> str:
    """The undo-menu text of an operation, in the UI language."""
    return fill_template(QCoreApplication.translate("Operations", operation.label_source()), operation.label_params())


def _renamed_unit(operation: Operation) -> tuple[str, int, str] | None:
    """(kind, id, field) of an edit of one field of one entity: consecutive ones merge."""
    if isinstance(operation, UpdateEntity) and len(operation.changes) == 1:
        return operation.kind, operation.entity_id, next(iter(operation.changes))
    return None


class MergedOperation(Operation):
    """Several committed operations as one (consecutive renames): one patch, one transaction."""

    def __init__(self, operations: list[Operation]) -> None:
        super().__init__()
        self.operations = operations
        self._label_source = operations[0].label_source()
        patches = [op.patch for op in operations]
        assert all(patch is not None for patch in patches), "merge only operations that ran"
        self._patch = Patch.merge([patch for patch in patches if patch is not None])

    def label_source(self) -> str:
        return self._label_source

    def label_params(self) -> dict[str, object]:
        # From the first name to the last: "Rename “新部门” to “大客户室”" after several renames.
        params = dict(self.operations[0].label_params())
        if "new" in params:
            params["new"] = self.operations[-1].label_params()["new"]
        return params

    def plan(self, b: PatchBuilder) -> None:  # pragma: no cover - the patch exists from the start
        raise NotImplementedError

    def prepare(self, doc: Document) -> Patch:
        assert self._patch is not None
        return self._patch


class OperationCommand(QUndoCommand):
    """One domain operation that the session has already executed (see the module text)."""

    def __init__(self, session: EditSession, operation: Operation, on_error: ErrorHandler | None = None) -> None:
        super().__init__(operation_text(operation))
        self.session = session
        self.operation = operation
        self._on_error = on_error
        self._done = True  # the controller executed it before the push

    def redo(self) -> None:
        if self._done:
            return
        self._run(self.session.apply_redo)

    def undo(self) -> None:
        if not self._done:
            return
        self._run(self.session.apply_undo)

    def _run(self, step: Callable[[Operation], None]) -> None:
        patch = self.operation.patch
        try:
            with wait_cursor(patch is not None and len(patch.changes) >= BIG_PATCH):
                step(self.operation)
        except MessageError as error:  # RuleViolation (StaleEdit) or DocumentError
            # The document no longer matches this step (e.g. the file changed): drop the
            # step from the history instead of leaving a stack that disagrees with the file.
            self.setObsolete(True)
            if self._on_error is not None:
                self._on_error(error)
            return
        self._done = not self._done

    def id(self) -> int:
        return RENAME_UNIT_ID if self._unit_renamed() is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, OperationCommand) or other.session is not self.session:
            return False
        edited = _renamed_unit(other.operation)
        if edited is None or edited != self._unit_renamed():
            return False
        previous = self.operation.operations if isinstance(self.operation, MergedOperation) else [self.operation]
        self.operation = MergedOperation([*previous, other.operation])
        self.setText(operation_text(self.operation))
        patch = self.operation.patch
        self.setObsolete(patch is not None and patch.is_empty())  # renamed back: no step at all
        return True

    def _unit_renamed(self) -> tuple[str, int, str] | None:
        if isinstance(self.operation, MergedOperation):
            return _renamed_unit(self.operation.operations[0])
        return _renamed_unit(self.operation)
