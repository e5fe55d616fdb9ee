"""Checking one field's value as it is typed, with the same rules an edit would meet.

The properties panel asks here before it commits, so the message beside a field is the
very message the edit would be refused with: the check plans an UpdateFields edit on the
document without applying it (planning reads the document, it never changes it).
"""

from __future__ import annotations

from orgdesk.domain.document import Document
from orgdesk.domain.operations import UpdateEntity
from orgdesk.domain.rules import MessageError


def field_error(document: Document, kind: str, entity_id: int, field: str, value: object) -> MessageError | None:
    """Why setting `field` of the entity to `value` would be refused, or None if it is fine."""
    try:
        UpdateEntity(kind, entity_id, {field: value}).prepare(document)
    except MessageError as error:
        return error
    return None


def changed(document: Document, kind: str, entity_id: int, field: str, value: object) -> bool:
    """Whether `value` differs from what the document holds (no edit, no undo step otherwise)."""
    entity = document.get(kind, entity_id)
    return entity is not None and getattr(entity, field) != value
