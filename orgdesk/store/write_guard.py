"""What a planner is told when a commit fails: the disk is full, the disk failed, the file
or its folder turned read-only, or another program holds the file.

SQLite rolls a failed transaction back, and the session changes the document in memory
only after a commit succeeded, so in every case the document (on disk and on screen) is
as of the last good commit; each message says so and what to do next.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.store.files import WRITE_FAILED, DocumentError

DISK_FULL = QT_TRANSLATE_NOOP(
    "Store",
    "Could not save to “{path}”: the disk is full. Your last edit was not saved; everything before it is. "
    "Free some space (or save a copy elsewhere with Save As), then make the edit again.",
)
DISK_ERROR = QT_TRANSLATE_NOOP(
    "Store",
    "Could not save to “{path}”: the disk reported an error ({reason}; was a USB drive or network share removed?). "
    "Your last edit was not saved; everything before it is. Check the drive, then make the edit again.",
)
BECAME_READ_ONLY = QT_TRANSLATE_NOOP(
    "Store",
    "Could not save to “{path}”: the file or its folder is now read-only. Your last edit was not saved; "
    "everything before it is. Make the folder writable again, or save a copy elsewhere with Save As.",
)
FILE_BUSY = QT_TRANSLATE_NOOP(
    "Store",
    "Could not save to “{path}”: another program is holding the file. Your last edit was not saved; "
    "everything before it is. Close the other program (or wait a moment), then make the edit again.",
)

# SQLite's primary result codes (sqlite.org/rescode.html) and the words of its messages,
# for errors raised without a code (an OSError, or a message built by hand).
_BY_CODE = {
    "SQLITE_FULL": DISK_FULL,
    "SQLITE_IOERR": DISK_ERROR,
    "SQLITE_READONLY": BECAME_READ_ONLY,
    "SQLITE_CANTOPEN": BECAME_READ_ONLY,
    "SQLITE_PERM": BECAME_READ_ONLY,
    "SQLITE_BUSY": FILE_BUSY,
    "SQLITE_LOCKED": FILE_BUSY,
}
_BY_WORDS = (
    ("disk is full", DISK_FULL),
    ("no space left", DISK_FULL),
    ("disk i/o error", DISK_ERROR),
    ("input/output error", DISK_ERROR),
    ("readonly", BECAME_READ_ONLY),
    ("read-only", BECAME_READ_ONLY),
    ("unable to open database file", BECAME_READ_ONLY),
    ("permission denied", BECAME_READ_ONLY),
    ("database is locked", FILE_BUSY),
)


def write_error(error: BaseException, location: str, reason: str) -> DocumentError:
    """The message for a failed commit of the document at `location`."""
    original = error.orig if isinstance(error, DBAPIError) else error
    name = str(getattr(original, "sqlite_errorname", "") or "")
    template = _BY_CODE.get("_".join(name.split("_")[:2]))  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    if template is None:
        words = str(original).lower()
        template = next((found for key, found in _BY_WORDS if key in words), None)
    if template is None:
        return DocumentError(WRITE_FAILED, path=location, reason=reason)
    return DocumentError(template, path=location, reason=reason)
