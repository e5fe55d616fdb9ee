"""Writing an export completely or not at all.

Every exporter writes to "<name>.partial" beside the target and renames it over the target only
when the file is complete, so a cancelled or failed export never leaves a half-written file (nor
destroys the previous good one).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

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
