"""Writing an export completely or not at all, and only where it may be written.

Every exporter writes to a temporary file beside the target (created exclusively, with an
unpredictable name: orgdesk.store.output_files) and renames it over the target only when the file is
complete, so a cancelled or failed export never leaves a half-written file (nor destroys the previous
good one). The target is checked first: a folder, a device, a pipe or an OrgDesk document is refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from orgdesk.io import ExportError
from orgdesk.store.output_files import check_target, discard, publish, reserve_partial


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """Check `path`, then yield the temporary path to write; rename it to `path` if the block ends
    normally, delete it if the block raised (OSError, a cancel, anything)."""
    path = Path(path)
    check_target(path)
    partial: Path | None = None
    try:  # reserved inside: a SIGTERM right after the file is made still removes it
        partial = reserve_partial(path)
        yield partial
        publish(partial, path)
    except BaseException:
        if partial is not None:
            discard(partial)
        raise


@contextmanager
def exported_atomically(path: Path, cannot_write: str) -> Iterator[Path]:
    """`written_atomically`, with a failure to write reported as `ExportError(cannot_write)`:
    a message in the user's language naming the file and the system's reason."""
    try:
        with written_atomically(path) as partial:
            yield partial
    except OSError as error:
        raise ExportError(cannot_write, path=str(path), reason=error.strerror or str(error)) from error
