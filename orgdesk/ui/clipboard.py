"""Copy, cut and paste of a unit's subtree through the system clipboard (Ctrl+C / Ctrl+X / Ctrl+V).

The clipboard carries the copy as JSON under OrgDesk's own MIME type, plus an indented
list of names as plain text, so a subtree copied in one document (or one OrgDesk window)
pastes into another, and into a mail as text.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData, QObject, Signal
from PySide6.QtGui import QGuiApplication

from orgdesk.domain.operations.clipboard import MIME_TYPE, CutUnit, PasteSubtree, copy_as_text, copy_subtree
from orgdesk.ui.editing import EditController, subtree_contents

MAX_BYTES = 64 * 1024 * 1024  # a copy larger than this is no subtree of ours


class UnitClipboard(QObject):
    changed = Signal()  # the clipboard's content changed: Paste may have become (un)available

    def __init__(self, edits: EditController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edits = edits
        QGuiApplication.clipboard().dataChanged.connect(self.changed)

    def can_copy(self, unit_id: int | None) -> bool:
        return self.edits.unit(unit_id) is not None

    def can_paste(self, target_id: int | None) -> bool:
        data = QGuiApplication.clipboard().mimeData()
        return self.edits.can_add_child(target_id) and data is not None and data.hasFormat(MIME_TYPE)

    def copy(self, unit_id: int | None) -> bool:
        unit = self.edits.unit(unit_id)
        session = self.edits.session
        if unit is None or session is None:
            return False
        data = copy_subtree(session.document, unit.id)
        mime = QMimeData()
        mime.setData(MIME_TYPE, QByteArray(json.dumps(data, ensure_ascii=False).encode("utf-8")))
        mime.setText(copy_as_text(data))
        QGuiApplication.clipboard().setMimeData(mime)
        return True

    def cut(self, unit_id: int | None) -> bool:
        """Copy, then delete (undoable); people lose those posts, so ask first when there are any."""
        unit = self.edits.unit(unit_id)
        session = self.edits.session
        if unit is None or session is None or not self.edits.can_delete(unit.id):
            return False
        people = subtree_contents(session.document, unit).people
        if people:
            question = self.tr(
                "Cut “{name}”? The {people} people holding its posts are not copied: after pasting, "
                "the posts are vacant. You can undo this."
            ).format(name=unit.name, people=people)
            if not self.edits.context.interaction.confirm(self.tr("Cut unit"), question, self.tr("Cut")):
                return False
        self.copy(unit.id)
        if not self.edits.run_edit(CutUnit(unit.id)):
            return False
        assert unit.parent_id is not None
        self.edits.show_unit.emit(unit.parent_id)
        return True

    def paste(self, target_id: int | None) -> bool:
        """Paste the copied units as the last children of the target unit."""
        if not self.edits.can_add_child(target_id):
            return False
        assert target_id is not None
        mime = QGuiApplication.clipboard().mimeData()
        raw = bytes(mime.data(MIME_TYPE).data()) if mime is not None and mime.hasFormat(MIME_TYPE) else b""
        try:
            data = json.loads(raw.decode("utf-8")) if 0 < len(raw) <= MAX_BYTES else None
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
            data = None  # PasteSubtree refuses it with a message
        operation = PasteSubtree(target_id, data)
        if not self.edits.run_edit(operation):
            return False
        if operation.top_unit_id is not None:
            self.edits.show_unit.emit(operation.top_unit_id)
        return True
