"""Counting the scenario copies the database makes itself (INSERT … SELECT), for store and team tests."""

from __future__ import annotations

from typing import Any

import pytest

from orgdesk.store import copy_sql


def count_sql_copies(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gets one entry for every copy the database makes from now on."""
    made: list[int] = []
    real = copy_sql.copy_rows

    def counting(*args: Any) -> Any:
        made.append(1)
        return real(*args)

    monkeypatch.setattr("orgdesk.store.patch_writer.copy_rows", counting)
    return made
