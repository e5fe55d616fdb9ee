"""Documents whose tables contradict each other (edited outside OrgDesk, damaged) are refused when
opened, with one line naming the first problem, by every command and the window; deep trees are
refused at import and edit past the documented limit."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from orgdesk.domain.depth import MAX_DEPTH
from orgdesk.domain.entities import Unit
from orgdesk.domain.operations import AddUnit, MoveUnit
from orgdesk.domain.rules import RuleViolation
from orgdesk.domain.sample import sample_document
from orgdesk.store.files import DocumentError
from orgdesk.store.store import Store
from tests.cli.test_cli import orgdesk

Tamper = Callable[[sqlite3.Connection], None]


def _ids(connection: sqlite3.Connection, query: str) -> list[int]:
    return [row[0] for row in connection.execute(query)]


def _own_parent(c: sqlite3.Connection) -> None:
    c.execute("UPDATE unit SET parent_id = id WHERE id = (SELECT max(id) FROM unit WHERE parent_id IS NOT NULL)")


def _two_unit_loop(c: sqlite3.Connection) -> None:
    first, second = _ids(c, "SELECT id FROM unit WHERE parent_id IS NOT NULL ORDER BY id LIMIT 2")
    c.execute("UPDATE unit SET parent_id = ? WHERE id = ?", (second, first))
    c.execute("UPDATE unit SET parent_id = ? WHERE id = ?", (first, second))


def _loop_through_the_top(c: sqlite3.Connection) -> None:
    child = _ids(c, "SELECT u.id FROM unit u JOIN unit r ON u.parent_id = r.id WHERE r.parent_id IS NULL LIMIT 1")[0]
    c.execute("UPDATE unit SET parent_id = ? WHERE parent_id IS NULL AND scenario_id = "
              "(SELECT scenario_id FROM unit WHERE id = ?)", (child, child))  # fmt: skip


def _parent_in_another_scenario(c: sqlite3.Connection) -> None:
    other = _ids(c, "SELECT id FROM unit WHERE scenario_id = (SELECT max(scenario_id) FROM unit) LIMIT 1")[0]
    c.execute("UPDATE unit SET parent_id = ? WHERE id = (SELECT min(id) FROM unit WHERE parent_id IS NOT NULL "
              "AND scenario_id = (SELECT min(scenario_id) FROM unit))", (other,))  # fmt: skip


DEFECTS: dict[str, tuple[Tamper, str]] = {
    "a unit that is its own parent": (_own_parent, "loop"),
    "a two-unit loop": (_two_unit_loop, "loop"),
    "a loop through the top unit": (_loop_through_the_top, "loop"),
    "a parent in another scenario": (_parent_in_another_scenario, "another scenario"),
    "an assignment of a missing person": (
        lambda c: c.execute("UPDATE assignment SET person_id = 999999 WHERE id = (SELECT min(id) FROM assignment)"),
        "person 999999",
    ),
    "a post of a missing unit": (
        lambda c: c.execute("UPDATE position SET unit_id = 999999 WHERE id = (SELECT min(id) FROM position)"),
        "unit 999999",
    ),
    "a duty of a missing post": (
        lambda c: c.execute("UPDATE duty SET owner_kind = 'position', owner_id = 888888 WHERE id = 1"),
        "refers to position 888888",
    ),
    "a KPI of a missing unit": (
        lambda c: c.execute("UPDATE kpi SET owner_kind = 'unit', owner_id = 777777 WHERE id = 1"),
        "refers to unit 777777",
    ),
    "a BLOB name": (lambda c: c.execute("UPDATE unit SET name = x'00ff' WHERE id = 1"), "name of unit 1"),
    "text in sort_order": (lambda c: c.execute("UPDATE unit SET sort_order = 'abc' WHERE id = 2"), "sort_order"),
    "an infinite headcount": (
        lambda c: c.execute("UPDATE position SET headcount = 9e999 WHERE id = (SELECT min(id) FROM position)"),
        "headcount",
    ),
    "text in a KPI weight": (
        lambda c: c.execute("UPDATE kpi SET weight = 'heavy' WHERE id = (SELECT min(id) FROM kpi)"),
        "weight",
    ),
    "two scenarios of one name": (
        lambda c: c.execute("UPDATE scenario SET name = (SELECT name FROM scenario WHERE id = 1) WHERE id = 2"),
        "both named",
    ),
    "a reporting loop": (
        lambda c: c.execute("UPDATE position SET reports_to_id = id WHERE id = (SELECT min(id) FROM position)"),
        "reports to itself",
    ),
}


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sound") / "sample.orgdesk"
    Store.create(path, sample_document()).close()
    return path


def _tampered(sample_file: Path, tmp_path: Path, tamper: Tamper) -> Path:
    path = tmp_path / "tampered.orgdesk"
    path.write_bytes(sample_file.read_bytes())
    with sqlite3.connect(path) as connection:
        tamper(connection)
    return path


@pytest.mark.parametrize("name", sorted(DEFECTS))
def test_an_inconsistent_document_is_refused_by_every_command(name: str, sample_file: Path, tmp_path: Path) -> None:
    tamper, words = DEFECTS[name]
    path = _tampered(sample_file, tmp_path, tamper)
    before = path.read_bytes()
    with pytest.raises(DocumentError) as refused, Store.open(path, readonly=True) as store:
        store.load(lazy=False)  # links and loops are found when it opens, wrong values as tables are read
    assert words in str(refused.value), str(refused.value)
    commands = [
        ("info", str(path)),
        ("check", str(path)),
        ("diff", str(path), "--from", "现行架构", "--to", "前后端型"),
        ("export", str(path), "--xlsx", str(tmp_path / "out.xlsx")),
    ]
    for command in commands:
        result = orgdesk(*command)
        assert result.returncode == 2, (command, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "cannot be opened" in lines[0], lines
    assert path.read_bytes() == before


def test_undecodable_text_is_refused_without_quoting_its_bytes(sample_file: Path, tmp_path: Path) -> None:
    braces = "x'7bfffefd7b7d7b7d7b7d7b7d7b7d7b7d7b7d7b7d7b7d7b7d'"
    path = _tampered(sample_file, tmp_path, lambda c: c.execute(f"UPDATE unit SET name = CAST({braces} AS TEXT)"))
    with pytest.raises(DocumentError) as refused, Store.open(path, readonly=True) as store:
        store.load(lazy=False)
    message = str(refused.value)
    assert "is damaged" in message and "'name'" in message
    assert "{" not in message and "\ufffd" not in message, "the damaged bytes are not quoted"


def test_the_sound_sample_passes(sample_file: Path) -> None:
    with Store.open(sample_file, readonly=True) as store:
        assert store.load(lazy=False).count("unit") > 0


def _chain(levels: int) -> str:
    lines = ["部门编号,上级部门编号,部门名称"] + [f"{n},{n - 1 if n > 1 else ''},第{n}级" for n in range(1, levels + 1)]
    return "\n".join(lines) + "\n"


def test_an_import_past_the_depth_limit_is_refused_with_a_message(tmp_path: Path) -> None:
    document = tmp_path / "o.orgdesk"
    assert orgdesk("new", str(document)).returncode == 0
    sheet = tmp_path / "chain.csv"
    for levels in (2000, 100_000):
        sheet.write_text(_chain(levels), encoding="utf-8")
        result = orgdesk("import", str(document), "--from", str(sheet))
        assert result.returncode == 2, result.stderr
        assert f"at most {MAX_DEPTH} levels" in result.stderr
    sheet.write_text(_chain(MAX_DEPTH - 1), encoding="utf-8")  # under the blank top unit: exactly the limit
    assert orgdesk("import", str(document), "--from", str(sheet)).returncode == 0
    for command in (
        ("info", str(document)),
        ("check", str(document)),
        ("export", str(document), "--xlsx", str(tmp_path / "x.xlsx")),
    ):
        assert orgdesk(*command).returncode == 0


def test_an_edit_past_the_depth_limit_is_refused() -> None:
    document = sample_document()
    scenario = document.current_scenario()
    assert scenario is not None
    root = document.root(scenario.id)
    assert root is not None
    parent = root
    for level in range(2, MAX_DEPTH + 1):
        operation = AddUnit(scenario.id, parent.id, f"第{level}级")
        operation.apply(document)
        parent = document.get("unit", operation.unit_id)  # type: ignore[assignment]
    with pytest.raises(RuleViolation, match=f"at most {MAX_DEPTH} levels"):
        AddUnit(scenario.id, parent.id, "太深").apply(document)
    branch = next(u for u in document.children_of(root) if isinstance(u, Unit) and u.name != "第2级")
    with pytest.raises(RuleViolation, match=f"at most {MAX_DEPTH} levels"):
        MoveUnit(branch.id, parent.id).apply(document)
