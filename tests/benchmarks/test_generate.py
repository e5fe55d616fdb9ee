"""The benchmark scaffolding: the synthetic organisation generator and the runner (no timings)."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

from orgdesk.domain.analysis import check_invariants, max_depth
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Person, Position
from orgdesk.store.store import Store
from tests.benchmark_scripts import BENCHMARKS, load_benchmark_script
from tests.external_tools import require


def _load(name: str) -> ModuleType:
    return load_benchmark_script(name)


generate = _load("generate")


@pytest.fixture(scope="module")
def small() -> Document:
    return generate.generate_document(300, seed=7)


@pytest.fixture(scope="module")
def big() -> Document:
    return generate.generate_document(2000, seed=3)


def _scenario_id(doc: Document) -> int:
    scenario = doc.current_scenario()
    assert scenario is not None and scenario.name == "现行架构"
    return scenario.id


def test_exact_unit_count(small: Document) -> None:
    assert small.count("unit") == 300
    assert len(small.scenarios()) == 1
    assert len(small.roots(_scenario_id(small))) == 1


@pytest.mark.parametrize("units", [1, 3, 11, 57, 1000])
def test_exact_unit_count_for_other_sizes(units: int) -> None:
    assert generate.generate_document(units, seed=units).count("unit") == units


def test_depth_for_a_big_enough_organisation(big: Document) -> None:
    assert 5 <= max_depth(big, _scenario_id(big)) <= 8


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_depth_for_other_seeds(seed: int) -> None:
    doc = generate.generate_document(500, seed=seed)
    assert 5 <= max_depth(doc, _scenario_id(doc)) <= 8


@pytest.mark.parametrize("fixture", ["small", "big"])
def test_two_to_twelve_children_and_unique_sibling_names(fixture: str, request: pytest.FixtureRequest) -> None:
    doc: Document = request.getfixturevalue(fixture)
    for unit in doc.all("unit"):
        children = doc.children_of(unit)  # type: ignore[arg-type]
        if children:
            assert 2 <= len(children) <= 12, unit
        names = [child.name for child in children]
        assert len(names) == len(set(names)), names
    assert check_invariants(doc) == []


def test_people_posts_and_the_rest(big: Document) -> None:
    people: list[Person] = list(big.all("person"))  # type: ignore[arg-type]
    codes = Counter(p.code for p in people)
    assert len(codes) == len(people), codes.most_common(3)
    assert all(p.gender in ("M", "F") and p.birth_date and p.hire_date and p.hire_date > p.birth_date for p in people)
    positions: list[Position] = list(big.all("position"))  # type: ignore[arg-type]
    units = big.count("unit")
    assert 2.5 * units <= len(positions) <= 3.5 * units
    assert all(1 <= p.headcount <= 4 for p in positions)
    managers = [p for p in positions if p.is_manager]
    assert len(managers) == units and len({p.unit_id for p in managers}) == units
    manager_of = {p.unit_id: p.id for p in managers}
    for position in positions:
        unit = big.unit(position.unit_id)
        if not position.is_manager:
            assert position.reports_to_id == manager_of[unit.id]
        elif unit.parent_id is not None:
            assert position.reports_to_id == manager_of[unit.parent_id]
        else:
            assert position.reports_to_id is None
    headcount = sum(p.headcount for p in positions)
    filled = sum(1 for a in big.all("assignment") if a.kind == "primary")  # type: ignore[union-attr]
    assert 0.8 <= filled / headcount <= 0.9
    assert 4 * units <= big.count("duty") <= 6 * units
    assert units <= big.count("kpi") <= 2 * units
    assert big.count("relation") > 0


def test_deterministic_for_a_seed() -> None:
    first = generate.generate_document(150, seed=11).snapshot()
    assert first == generate.generate_document(150, seed=11).snapshot()
    assert first != generate.generate_document(150, seed=12).snapshot()


def test_round_trip_through_the_store(small: Document, tmp_path: Path) -> None:
    path = tmp_path / "合成.orgdesk"
    Store.create(path, small).close()
    with Store.open(path, readonly=True) as store:
        loaded = store.load()
    assert loaded.snapshot() == small.snapshot()


def test_generate_command_line(tmp_path: Path) -> None:
    path = tmp_path / "g.orgdesk"
    completed = subprocess.run(
        [sys.executable, str(BENCHMARKS / "generate.py"), "--units", "40", str(path), "--seed", "2"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "40 units" in completed.stdout and len(completed.stdout.strip().splitlines()) == 1
    with Store.open(path, readonly=True) as store:
        assert store.load().count("unit") == 40


def test_runner_prints_json_with_the_metrics(tmp_path: Path) -> None:
    require("dot")  # the Graphviz comparison (dot_pdf_200_s); the test command installs graphviz
    completed = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "run.py"),
            "--sizes",
            "200",
            "--json",
            "--repeat",
            "1",
            "--out",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    values = json.loads(completed.stdout)
    for key in ("create_200_s", "open_200_s", "info_200_s", "rss_open_200_mb", "calibration_s"):
        assert key in values, values
    assert all(isinstance(v, (int, float)) and v > 0 for k, v in values.items() if k != "rss_open_200_mb")
    if sys.platform != "win32":
        assert values["rss_open_200_mb"] > 0
