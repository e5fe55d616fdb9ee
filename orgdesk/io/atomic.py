"""Writing an export completely or not at all.

Every exporter writes to "<name>.partial" beside the target and renames it over the target only
when the file is complete, so a cancelled or failed export never leaves a half-written file (nor
destroys the previous good one).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from orgdesk.io import ExportError

PARTIAL = ".partial"


def partial_path(path: Path) -> Path:
    return path.with_name(path.name + PARTIAL)


@contextmanager
def written_atomically(path: Path) -> Iterator[Path]:
    """Yield the temporary path to write; rename it to `path` if the block ends normally,
    delete it if the block raised (OSError, a cancel, anything)."""
    partial = partial_path(Path(path))
    try:
        yield partial
        partial.replace(path)
    except BaseException:
        partial.unlink(missing_ok=True)
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
