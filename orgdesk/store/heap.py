"""Keeping Python's cyclic garbage collector off the big, long-lived document.

A 10,000-unit document is some 300 MB of entity objects that live as long as the session and
form no reference cycles worth collecting. Left alone, the collector rescans them all in each
full collection, which an edit's few thousand new tuples trigger now and then: 100–150 ms
pauses in the middle of a drag. So the store reads a document with the collector paused; the
window, once a document is open, moves what is loaded out of the collector's sight
(`gc.freeze`), and so every table read later, and back in when the document closes.

The tuning lives here and is called from two places only: the store's reading of a document
and the window's opening and closing of one.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


class _Settled:
    """Whether an open document is kept out of the collector's sight (the window's, not the CLI's)."""

    active = False


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic collector while many objects that form no cycles are made."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def settle_loaded() -> None:
    """Everything alive now (the loaded document) is left out of later collections, and so is
    each table read later on."""
    _Settled.active = True
    gc.freeze()


def release_loaded() -> None:
    """A closed document's objects become collectable again."""
    _Settled.active = False
    gc.unfreeze()


def table_loaded() -> None:
    """The store read a table on first use: out of sight with the rest of the open document."""
    if _Settled.active:
        gc.freeze()
