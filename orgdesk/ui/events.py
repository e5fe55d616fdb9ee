"""One channel for what happens to the open document, as Qt signals every view connects itself to.

`changed(notice)` follows each committed change (an edit, an undo, another planner's edit polled in);
`session_replaced(session)` follows the opening of another document (or None: none). A view connects in its
constructor and is disconnected by Qt when it is deleted: no view keeps its own subscription to a
session, and a window replaced by a language switch stops hearing news with no guard of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from orgdesk.store.session import ChangeNotice, EditSession


class DocumentEvents(QObject):
    changed = Signal(object)  # ChangeNotice
    session_replaced = Signal(object)  # EditSession | None

    def __init__(self) -> None:
        super().__init__()
        self._session: EditSession | None = None

    def follow(self, session: EditSession | None) -> None:
        """Hear `session`'s change notices from now on (and no other's)."""
        if session is self._session:
            return
        if self._session is not None:
            self._session.unsubscribe(self._relay)
        self._session = session
        if session is not None:
            session.subscribe(self._relay)
        self.session_replaced.emit(session)

    def _relay(self, notice: ChangeNotice) -> None:
        self.changed.emit(notice)
