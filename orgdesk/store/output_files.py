"""Files OrgDesk writes (exports, new documents, copies): checked, then written under a temporary
name and renamed over the target only when complete.

The temporary file is created exclusively (O_EXCL) with an unpredictable name in the target's
folder, so nothing planted there (a symlink at a guessable "OUT.partial") can redirect the write.
A target must be a new name or a regular file: a folder, a FIFO or a device is refused (as root,
renaming over /dev/null would replace it). An export never replaces an OrgDesk document (a typo
such as `export a.orgdesk --xlsx a.orgdesk` must not destroy the document), nor the document read.
"""

from __future__ import annotations

import os
import stat
import struct
import tempfile
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path

from orgdesk.domain.rules import QT_TRANSLATE_NOOP
from orgdesk.store.file_format import APPLICATION_ID, HEADER_SIZE, SQLITE_MAGIC
from orgdesk.store.files import DocumentError

NOT_A_FILE_TARGET = QT_TRANSLATE_NOOP(
    "Store", "“{path}” is not a file OrgDesk can write (it is a folder, a device or a pipe); choose a file name."
)
DOCUMENT_TARGET = QT_TRANSLATE_NOOP(
    "Store", "“{path}” is an OrgDesk document; OrgDesk never writes an export over a document. Choose another name."
)
SAME_AS_INPUT = QT_TRANSLATE_NOOP(
    "Store", "“{path}” is the document being read; choose another name for what is written."
)
NAMED_TWICE = QT_TRANSLATE_NOOP("Store", "“{path}” is named for two outputs; give each its own file.")
CANNOT_WRITE_TARGET = QT_TRANSLATE_NOOP("Store", "Could not write “{path}”: {reason}.")
PARTIAL_SUFFIX = ".partial"


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


_FILE_MODE = 0o666 & ~_umask()  # what a plain open() would give a new file


def is_orgdesk_document(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError:
        return False
    return (
        len(header) == HEADER_SIZE
        and header.startswith(SQLITE_MAGIC)
        and struct.unpack(">I", header[68:72])[0] == APPLICATION_ID
    )


def same_file(first: Path, second: Path) -> bool:
    """Both names lead to one file: the same path, or the same inode (a hard link or a symlink)."""
    if first.absolute() == second.absolute():  # also when it does not exist yet
        return True
    try:
        return os.path.samefile(first, second)
    except OSError:
        return False


def check_target(path: Path, *, inputs: Iterable[Path] = (), replace_document: bool = False) -> None:
    """Raise DocumentError unless `path` may be written: a new name, or a regular file that is not
    one of `inputs` (nor, unless `replace_document`, an OrgDesk document)."""
    path = Path(path)
    shown = str(path)
    for source in inputs:
        if same_file(path, Path(source)):
            raise DocumentError(SAME_AS_INPUT, path=shown)
    if not replace_document and _sidecar_of_document(path):  # existing or not: it would be applied to it
        raise DocumentError(DOCUMENT_TARGET, path=shown)
    try:
        mode = os.stat(path).st_mode  # through a symlink: what would be written is what counts
    except FileNotFoundError:
        return
    except OSError as error:
        raise DocumentError(CANNOT_WRITE_TARGET, path=shown, reason=error.strerror or str(error)) from error
    if not stat.S_ISREG(mode):
        raise DocumentError(NOT_A_FILE_TARGET, path=shown)
    if not replace_document and is_orgdesk_document(path):
        raise DocumentError(DOCUMENT_TARGET, path=shown)


SIDECARS = ("-journal", "-wal", "-shm")  # SQLite's files beside a document


def _sidecar_of_document(path: Path) -> bool:
    """`path` is the journal (or WAL) of an OrgDesk document: writing it would damage the document."""
    name = path.name
    return any(name.endswith(tail) and is_orgdesk_document(path.with_name(name[: -len(tail)])) for tail in SIDECARS)


def check_targets(paths: Iterable[Path], *, inputs: Iterable[Path] = ()) -> None:
    """`check_target` for several outputs of one command, none named twice."""
    sources = list(inputs)
    seen: list[Path] = []
    for path in map(Path, paths):
        if any(same_file(path, earlier) for earlier in seen):
            raise DocumentError(NAMED_TWICE, path=str(path))
        check_target(path, inputs=sources)
        seen.append(path)


def reserve_partial(path: Path) -> Path:
    """A new, empty, exclusively created file beside `path`, with an unpredictable name."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX, dir=folder)
    partial = Path(name)
    try:
        os.close(descriptor)
        with suppress(OSError):
            os.chmod(partial, _FILE_MODE)  # mkstemp makes it private (0600); an export is an ordinary file
    except BaseException:  # a signal between making the file and handing it over: nothing is left behind
        discard(partial)
        raise
    return partial


def publish(partial: Path, path: Path, *, replace_document: bool = False) -> None:
    """Rename the complete `partial` over `path`, checked once more (it may have changed meanwhile)."""
    check_target(path, replace_document=replace_document)
    if replace_document:  # the replaced document's journal must not be applied to the new one
        for tail in SIDECARS:
            with suppress(FileNotFoundError):
                path.with_name(path.name + tail).unlink()
    os.replace(partial, path)


def discard(partial: Path) -> None:
    with suppress(OSError):
        partial.unlink(missing_ok=True)
