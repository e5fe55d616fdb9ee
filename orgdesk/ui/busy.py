"""The wait cursor for work that holds the GUI thread for a noticeable moment."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


@contextmanager
def wait_cursor(active: bool = True) -> Iterator[None]:
    """Show the wait cursor while the block runs (nothing when `active` is False)."""
    if not active:
        yield
        return
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
