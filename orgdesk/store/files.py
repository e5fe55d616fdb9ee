"""Checks on a file before OrgDesk trusts it, and the errors a planner sees.

All checks read the file without changing it: the header bytes first, then a
read-only SQLite connection. Only a file that passes is ever opened for writing.
"""

from __future__ import annotations

import os
import sqlite3
import struct
from dataclasses import dataclass
from pathlib import Path

from orgdesk.domain.rules import QT_TRANSLATE_NOOP, MessageError

STORE = "Store"
# "ODSK" — PRAGMA application_id marks OrgDesk documents (see sqlite.org/fileformat).
APPLICATION_ID = 0x4F44534B
# PRAGMA user_version: the schema generation; bumped with every migration.
SCHEMA_VERSION = 5
SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100

MISSING_FILE = QT_TRANSLATE_NOOP("Store", "The file “{path}” does not exist.")
NOT_A_FILE = QT_TRANSLATE_NOOP("Store", "“{path}” is a folder, not an OrgDesk document.")
UNREADABLE = QT_TRANSLATE_NOOP("Store", "The file “{path}” cannot be read: {reason}.")
NOT_SQLITE = QT_TRANSLATE_NOOP("Store", "“{path}” is not an OrgDesk document (it is not a database file).")
NOT_ORGDESK = QT_TRANSLATE_NOOP(
    "Store", "“{path}” is a database, but not an OrgDesk document; OrgDesk did not change it."
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "Store",
    "“{path}” was written by a newer OrgDesk (format {found}; this version reads up to {supported}). "
    "Please update OrgDesk to open it.",
)
CORRUPT = QT_TRANSLATE_NOOP(
    "Store", "“{path}” is damaged or incomplete ({reason}); OrgDesk did not change it. Try a backup copy."
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Store", "“{path}” is read-only (or its folder is); copy it somewhere writable to edit it."
)
EXISTS = QT_TRANSLATE_NOOP("Store", "“{path}” already exists; choose another name.")
WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Store", "Could not save to “{path}”: {reason}. The document is as it was after the last saved edit."
)
CANNOT_CREATE = QT_TRANSLATE_NOOP("Store", "Could not create “{path}”: {reason}.")


class DocumentError(MessageError):
    """A file OrgDesk cannot (or must not) open or write; the message says why and what to do."""

    context = "Store"


@dataclass(frozen=True)
class FileFacts:
    """What the header of a valid OrgDesk file says."""

    schema_version: int
    writable: bool


def inspect_file(path: Path) -> FileFacts:
    """Check that `path` is an intact OrgDesk document this version can read.

    Raises DocumentError otherwise. Never writes to the file.
    """
    shown = str(path)
    if not path.exists():
        raise DocumentError(MISSING_FILE, path=shown)
    if not path.is_file():
        raise DocumentError(NOT_A_FILE, path=shown)
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
        size = path.stat().st_size
    except OSError as error:
        raise DocumentError(UNREADABLE, path=shown, reason=error.strerror or str(error)) from error
    if len(header) < HEADER_SIZE or not header.startswith(SQLITE_MAGIC):
        raise DocumentError(NOT_SQLITE, path=shown)
    user_version, _, application_id = struct.unpack(">III", header[60:72])
    if application_id != APPLICATION_ID:
        raise DocumentError(NOT_ORGDESK, path=shown)
    if user_version > SCHEMA_VERSION:
        raise DocumentError(TOO_NEW, path=shown, found=user_version, supported=SCHEMA_VERSION)
    _check_size(header, size, shown)
    _check_integrity(path, shown)
    return FileFacts(schema_version=user_version, writable=is_writable(path))


def _check_size(header: bytes, size: int, shown: str) -> None:
    """A file shorter than the page count in its header was cut off (a failed copy or download)."""
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", header[28:32])
    change_counter, valid_for = struct.unpack(">I", header[24:28])[0], struct.unpack(">I", header[92:96])[0]
    if change_counter == valid_for and page_count and size < page_count * page_size:
        raise DocumentError(CORRUPT, path=shown, reason="truncated")
    if page_size < 512 or size % page_size:
        raise DocumentError(CORRUPT, path=shown, reason="truncated")


def _check_integrity(path: Path, shown: str) -> None:
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as error:
        raise DocumentError(CORRUPT, path=shown, reason=str(error)) from error
    try:
        _harden(connection)
        result = connection.execute("PRAGMA quick_check(1)").fetchone()
        if result is None or result[0] != "ok":
            raise DocumentError(CORRUPT, path=shown, reason=str(result[0] if result else "no answer"))
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "unit" not in tables or "alembic_version" not in tables:
            raise DocumentError(NOT_ORGDESK, path=shown)
        _check_schema(connection, shown)
    except (sqlite3.Error, UnicodeDecodeError) as error:
        raise DocumentError(CORRUPT, path=shown, reason=str(error)) from error
    finally:
        connection.close()


def _harden(connection: sqlite3.Connection) -> None:
    """Settings for reading a file from someone else (sqlite.org/security.html)."""
    connection.execute("PRAGMA trusted_schema=OFF")  # no functions with side effects from the schema
    connection.execute("PRAGMA cell_size_check=ON")  # damaged pages are errors, not wild reads
    connection.execute("PRAGMA mmap_size=0")  # a damaged file cannot be mapped into memory
    # Damaged text (in check results, names or SQL) must read as damaged, not crash the check.
    connection.text_factory = lambda raw: raw.decode("utf-8", errors="replace")


def _check_schema(connection: sqlite3.Connection, shown: str) -> None:
    """Refuse a file whose schema is not the one OrgDesk creates (triggers, views, odd tables)."""
    from orgdesk.store.schema_check import NEWER, check_schema, known_revisions

    difference = check_schema(connection)
    if difference is None:
        return
    if difference.template == NEWER:
        raise DocumentError(TOO_NEW, path=shown, found=difference.what, supported=known_revisions()[0])
    raise DocumentError(difference.template, path=shown, what=difference.what)


def is_writable(path: Path) -> bool:
    """SQLite writes a journal beside the file, so the folder must be writable too."""
    return os.access(path, os.W_OK) and os.access(path.resolve().parent, os.W_OK)
