"""An editing session: the document in memory, its file, undo/redo and change notices.

This is the one place where an operation meets the file: the patch is written first,
and only a committed patch changes the document in memory, so memory and file never
disagree. The GUI's QUndoStack and the CLI both go through `execute`, `undo`, `redo`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from orgdesk.domain.document import Document
from orgdesk.domain.operations import Operation
from orgdesk.domain.patch import Patch, PatchBuilder, check_patch, put_patch
from orgdesk.store.heap import no_cycle_collection
from orgdesk.store.history import Action, Entry
from orgdesk.store.store import Store
from orgdesk.store.versions import ConflictError


@dataclass(frozen=True)
class ChangeNotice:
    """What changed and who started it; views refresh only what concerns them."""

    patch: Patch
    source: str  # "edit", "undo", "redo", "remote" (another client's committed operation)
    operation: Operation


Listener = Callable[[ChangeNotice], None]


class EditSession:
    def __init__(self, store: Store, document: Document | None = None) -> None:
        self.store = store
        self.document = document if document is not None else store.load()
        self.done: list[Operation] = []
        self.undone: list[Operation] = []
        self._listeners: list[Listener] = []

    @classmethod
    def open(cls, location: str, *, readonly: bool = False, migrate: bool = False) -> EditSession:
        """A file path or a server URL (see server.open_location)."""
        from orgdesk.store.server import open_location

        return cls(open_location(location, readonly=readonly, migrate=migrate))

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def execute(self, operation: Operation) -> Patch:
        """Check, commit and apply one edit (RuleViolation/DocumentError leave all as it was)."""
        patch, fresh = self._plan(operation)
        try:
            self._commit(patch, operation, "edit", operation.store_shortcut() if fresh else None, fresh)
        except ConflictError as error:
            if not error.new_ids_only:
                raise
            # Another planner's new rows took these ids first; the document is refreshed now,
            # so planning the same edit again numbers its new rows after theirs.
            operation.forget_plan()  # its cached plan is void
            patch, fresh = self._plan(operation)
            self._commit(patch, operation, "edit", operation.store_shortcut(), fresh)
        self.done.append(operation)
        self.undone.clear()
        return patch

    def _plan(self, operation: Operation) -> tuple[Patch, bool]:
        """The operation's patch, and whether it was planned just now on this very document (only
        then is its check against the document needless, and may the store take its shortcut)."""
        fresh = operation.patch is None
        return operation.prepare(self.document), fresh

    def undo(self) -> Operation | None:
        if not self.done:
            return None
        operation = self.done[-1]
        self.apply_undo(operation)
        self.undone.append(self.done.pop())
        return operation

    def redo(self) -> Operation | None:
        if not self.undone:
            return None
        operation = self.undone[-1]
        self.apply_redo(operation)
        self.done.append(self.undone.pop())
        return operation

    def apply_undo(self, operation: Operation) -> None:
        """Undo a given operation (the GUI's QUndoStack keeps its own order)."""
        assert operation.patch is not None
        self._commit(operation.patch.inverse(), operation, "undo")

    def apply_redo(self, operation: Operation) -> None:
        patch = operation.prepare(self.document)
        self._commit(patch, operation, "redo")

    def _commit(
        self, patch: Patch, operation: Operation, source: str, shortcut: object | None = None, fresh: bool = False
    ) -> None:
        """`shortcut`: see Store.write; `fresh`: the patch was planned on this document just now."""
        # A big edit (a scenario copy, an import) makes hundreds of thousands of objects and no
        # cycles: the collector would rescan them again and again while they are written.
        with no_cycle_collection():
            if not fresh:
                check_patch(self.document, patch)  # also reads any table the patch touches not read yet
            else:  # planned on this very document a moment ago: its before values are the document's
                for kind in patch.kinds():
                    self.document.count(kind)  # read a lazily read table now, before the commit
            action = Action(operation.label_source(), operation.label_params(), source)
            applied = False

            def apply() -> None:  # while the store writes the rows
                nonlocal applied
                put_patch(self.document, patch)
                applied = True

            try:
                self.store.write(patch, action, shortcut, meanwhile=apply)
            except BaseException as error:
                if applied:  # not committed: the document goes back to what the file holds
                    put_patch(self.document, patch.inverse())
                if isinstance(error, ConflictError):
                    self.refresh()  # show what the other planner saved, then report the refusal
                raise
            if not applied:
                put_patch(self.document, patch)
        self._notify(ChangeNotice(patch, source, operation))

    def _notify(self, notice: ChangeNotice) -> None:
        for listener in list(self._listeners):
            listener(notice)

    def refresh(self) -> int:
        """Apply the operations other clients committed since this one was current; each is
        announced like an edit (source "remote"), so views refresh only what it changed.
        Returns how many there were. Own undo steps stay possible unless they touch the same rows."""
        entries = self.store.news()
        for entry in entries:
            patch = entry.patch()
            # Put the after values as committed (their before values are what the other client saw).
            put_patch(self.document, patch)
            self._notify(ChangeNotice(patch, "remote", RemoteOperation(entry)))
        return len(entries)

    def close(self) -> None:
        self.store.close()


class RemoteOperation(Operation):
    """Another client's committed operation, as seen by this one (never undone from here)."""

    def __init__(self, entry: Entry) -> None:
        super().__init__()
        self.entry = entry
        self._patch = entry.patch()

    def plan(self, b: PatchBuilder) -> None:
        raise NotImplementedError("a remote operation is already committed")

    def label_source(self) -> str:
        return self.entry.action

    def label_params(self) -> dict[str, object]:
        return dict(self.entry.action_params)
