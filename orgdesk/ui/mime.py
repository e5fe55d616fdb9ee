"""What the panels' drags carry: a post (to move it to another unit or place) or a person
(to assign them to a post).

The payload is JSON with the entity's id and a token of the document it came from, so a
drag from another open document is refused instead of acting on whatever has that id here.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QByteArray, QMimeData

from orgdesk.domain.document import Document
from orgdesk.domain.entities import Person, Position

POSITION_MIME_TYPE = "application/x-orgdesk-position"  # {"document": token, "position": id}
PERSON_MIME_TYPE = "application/x-orgdesk-person"  # {"document": token, "person": id}


def document_token(document: Document) -> int:
    """Tells the open documents of this process apart (a drag between windows is refused)."""
    return id(document)


def _encode(mime_type: str, document: Document, key: str, entity_id: int) -> QMimeData:
    data = QMimeData()
    payload = json.dumps({"document": document_token(document), key: entity_id})
    data.setData(mime_type, QByteArray(payload.encode("utf-8")))
    return data


def _decode(mime_type: str, document: Document | None, key: str, data: QMimeData | None) -> int | None:
    if data is None or document is None or not data.hasFormat(mime_type):
        return None
    try:
        payload = json.loads(bytes(data.data(mime_type).data()).decode("utf-8"))
        token, entity_id = int(payload["document"]), int(payload[key])
    except (ValueError, KeyError, TypeError):
        return None
    return entity_id if token == document_token(document) else None


def position_mime(document: Document, position_id: int) -> QMimeData:
    return _encode(POSITION_MIME_TYPE, document, "position", position_id)


def person_mime(document: Document, person_id: int) -> QMimeData:
    return _encode(PERSON_MIME_TYPE, document, "person", person_id)


def dragged_position(document: Document | None, data: QMimeData | None) -> Position | None:
    """The post a drag carries, if it is a post of `document`."""
    position_id = _decode(POSITION_MIME_TYPE, document, "position", data)
    found = document.get("position", position_id) if document is not None else None
    return found if isinstance(found, Position) else None


def dragged_person(document: Document | None, data: QMimeData | None) -> Person | None:
    person_id = _decode(PERSON_MIME_TYPE, document, "person", data)
    found = document.get("person", person_id) if document is not None else None
    return found if isinstance(found, Person) else None
