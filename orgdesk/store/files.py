"""Checks on a file before OrgDesk trusts it, and the errors a planner sees.

All checks read the file without changing it: the header bytes first, then a
read-only SQLite connection. Only a file that passes is ever opened for writing.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
import tempfile
from dataclasses import dataclass
from pathlib import Path

from orgdesk.domain.rules import QT_TRANSLATE_NOOP, MessageError
from orgdesk.store.file_format import APPLICATION_ID, HEADER_SIZE, SCHEMA_VERSION, SQLITE_MAGIC

STORE = "Store"

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
IN_USE = QT_TRANSLATE_NOOP("Store", "“{path}” is being saved by another program right now; try again in a moment.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Store", "“{path}” is read-only (or its folder is); copy it somewhere writable to edit it."
)
EXISTS = QT_TRANSLATE_NOOP("Store", "“{path}” already exists; choose another name.")
WRITE_FAILED = QT_TRANSLATE_NOOP(
    "Store", "Could not save to “{path}”: {reason}. The document is as it was after the last saved edit."
)
CANNOT_CREATE = QT_TRANSLATE_NOOP("Store", "Could not create “{path}”: {reason}.")
UNFINISHED_SAVE_READ_ONLY = QT_TRANSLATE_NOOP(
    "Store",
    "“{path}” holds a save that was cut off (by a crash or a power cut); OrgDesk can undo the unfinished "
    "part only where it may write. Make the file and its folder writable, or copy “{path}” together with "
    "“{journal}” to a writable folder, and open it again.",
)


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
    if _has_journal(path):
        _finish_cut_off_save(path, shown)
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


def journal_of(path: Path) -> Path:
    """SQLite's rollback journal of a document: the pages a save is replacing, until it commits."""
    return path.with_name(path.name + "-journal")


JOURNAL_MAGIC = bytes.fromhex("d9d505f920a163d7")  # a journal that may hold pages to put back


def _has_journal(path: Path) -> bool:
    """A rollback journal with a live header beside the file (a zeroed or empty one is left over
    harmlessly and SQLite ignores it)."""
    try:
        with journal_of(path).open("rb") as journal:
            return journal.read(len(JOURNAL_MAGIC)) == JOURNAL_MAGIC
    except OSError:
        return False


def _finish_cut_off_save(path: Path, shown: str) -> None:
    """Undo a save that was cut off (a crash inside a commit leaves SQLite's "hot" journal).

    A read-only connection, which the checks use, cannot roll a hot journal back and refuses the
    file. So a copy of the file and its journal is rolled back first and checked as any document
    is (header, integrity, schema); only if that copy passes is the original opened for writing,
    which makes SQLite roll it back the same way. Nothing in the file is executed meanwhile."""
    journal = journal_of(path)
    with tempfile.TemporaryDirectory(prefix="orgdesk-recover-") as folder:
        copy = Path(folder) / "document.orgdesk"
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(journal, journal_of(copy))
        except FileNotFoundError:  # the writer finished meanwhile: nothing to finish
            return
        except OSError as error:
            raise DocumentError(UNREADABLE, path=shown, reason=error.strerror or str(error)) from error
        _roll_back(copy, shown)
        journal_of(copy).unlink(missing_ok=True)  # what is left was not hot: SQLite ignores it
        try:
            inspect_file(copy)
        except DocumentError as error:  # report it against the user's file
            raise DocumentError(error.template, **{**error.params, "path": shown}) from error
    if not is_writable(path) or not os.access(journal, os.W_OK):
        raise DocumentError(UNFINISHED_SAVE_READ_ONLY, path=shown, journal=str(journal))
    _roll_back(path, shown)


def _roll_back(path: Path, shown: str) -> None:
    """Open `path` for writing and read its schema: SQLite rolls a hot journal back on first read
    (waiting for a live writer instead, whose journal is not hot)."""
    try:
        connection = sqlite3.connect(path, timeout=10)
    except sqlite3.Error as error:
        raise DocumentError(CORRUPT, path=shown, reason=str(error)) from error
    try:
        _harden(connection)
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as error:
        raise _read_error(error, shown) from error
    finally:
        connection.close()


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
            raise DocumentError(CORRUPT, path=shown, reason=_first_line(result[0] if result else "no answer"))
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "unit" not in tables or "alembic_version" not in tables:
            raise DocumentError(NOT_ORGDESK, path=shown)
        _check_schema(connection, shown)
    except (sqlite3.Error, UnicodeDecodeError) as error:
        raise _read_error(error, shown) from error
    finally:
        connection.close()


def _first_line(reason: object) -> str:
    """A one-line reason (SQLite's integrity report spans lines)."""
    lines = [line.strip(" *") for line in str(reason).splitlines() if line.strip(" *")]
    return lines[0] if lines else str(reason)


def _read_error(error: Exception, shown: str) -> DocumentError:
    if isinstance(error, sqlite3.OperationalError) and "locked" in str(error):
        return DocumentError(IN_USE, path=shown)
    return DocumentError(CORRUPT, path=shown, reason=_first_line(error))


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
