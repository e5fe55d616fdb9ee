"""Keeping Python's cyclic garbage collector off the big, long-lived document.

A 10,000-unit document is some 300 MB of entity objects that live as long as the session and
form no reference cycles worth collecting. Left alone, the collector rescans them all in each
full collection, which an edit's few thousand new tuples trigger now and then: 100–150 ms
pauses in the middle of a drag. Loading pauses the collector; once the document is loaded it
is moved out of the collector's sight (`gc.freeze`), and back in when the session closes.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause the cyclic collector while many objects that form no cycles are made or dropped."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def settle_loaded() -> None:
    """Everything alive now (the loaded document) is left out of later collections."""
    gc.freeze()


def release_loaded() -> None:
    """A closed document's objects become collectable again."""
    gc.unfreeze()
