"""History text is data: an action template or parameter read from a document is never handed to
str.format, so a crafted history row neither eats memory nor shows Python internals."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from orgdesk.domain.messages import fill_template, shown_text
from tests.cli.test_cli import orgdesk

HOSTILE_ACTIONS = [
    ("{0:>999999999}", {}),  # a 1 GB padding
    ("{name:>999999999}", {"name": "x"}),
    ("{x.__class__.__subclasses__}", {"x": "a"}),
    ("{x[0]}{x!r}", {"x": "abc"}),
    ("Rename “{old}” to “{new}”", {"old": "市场部", "new": "\x1b[31m红\u202e部" + "长" * 10_000}),
    ("{unbalanced", {}),
    ("重命名" * 10_000, {}),
]


def test_only_plain_named_fields_are_filled() -> None:
    renamed = fill_template("Rename “{old}” to “{new}”", {"old": "市场部", "new": "营销部"})
    assert renamed == "Rename “市场部” to “营销部”"
    assert fill_template("{0:>999999999}", {}) == "{0:>999999999}"
    assert fill_template("{x.__class__}", {"x": 1}) == "{x.__class__}"
    assert fill_template("{missing}", {}) == "{missing}"
    long = fill_template("{v}", {"v": "长" * 10_000})
    assert len(long) < 400 and long.endswith("…")
    assert shown_text("a\x1b[31mb\u202ec\x00") == "a[31mbc"


@pytest.fixture
def hostile_history(tmp_path: Path) -> Path:
    path = tmp_path / "history.orgdesk"
    assert orgdesk("new", str(path), "--sample").returncode == 0
    with sqlite3.connect(path) as connection:
        top = connection.execute("SELECT max(id) FROM history").fetchone()[0] or 0
        for offset, (action, params) in enumerate(HOSTILE_ACTIONS, start=1):
            connection.execute(
                "INSERT INTO history (id, at, author, client, action, action_params, source) VALUES (?,?,?,?,?,?,?)",
                (top + offset, "2026-01-01T00:00:00+00:00", "攻击者", "x", action, json.dumps(params), "edit"),
            )
    return path


def test_orgdesk_history_shows_crafted_rows_as_text(hostile_history: Path, tmp_path: Path) -> None:
    for extra in ((), ("--json",), ("--xlsx", str(tmp_path / "h.xlsx"))):
        result = orgdesk("history", str(hostile_history), *extra)
        assert result.returncode == 0, result.stderr
        output = result.stdout
        assert "built-in method" not in output and "__subclasses__>" not in output
        assert "\x1b" not in output and "\u202e" not in output
        assert len(output) < 1_000_000
    plain = orgdesk("history", str(hostile_history)).stdout
    assert "{0:>999999999}" in plain and "{x.__class__.__subclasses__}" in plain
    assert "Rename “市场部” to “[31m红部" in plain
