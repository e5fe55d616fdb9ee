"""Fuzzing the spreadsheet importer: mutated real files (tests/data/realdata) and hostile
ones. Each ends in an import or a clear error within a bound; on an error the target
document (the file, through the real store) is unchanged."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdesk.domain.analysis import check_invariants
from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.rules import MessageError
from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import, read_source, refusal
from orgdesk.store.session import EditSession
from orgdesk.store.store import Store
from tests.reliability.conftest import Figure
from tests.reliability.hostile_files import HOSTILE
from tests.reliability.random_edits import digest, scaled

REALDATA = Path(__file__).resolve().parents[1] / "data" / "realdata"
REAL_FILES = sorted(p for p in REALDATA.iterdir() if p.suffix in (".xlsx", ".csv", ".json"))
BOUND_SECONDS = 30.0


@pytest.fixture(scope="module")
def scratch() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="orgdesk-fuzz-import-"))
    yield folder
    shutil.rmtree(folder)


def _plan_or_refuse(document: Document, path: Path) -> str:
    """Plan an import into `document` (in memory); 'planned' or 'refused', nothing else."""
    scenario = document.current_scenario()
    assert scenario is not None
    before = digest(document.snapshot())
    try:
        plan = plan_import(document, scenario.id, read_source(path), ImportOptions(language="en"))
    except MessageError as error:
        assert "{" not in str(error)
        return "refused"
    finally:
        assert digest(document.snapshot()) == before, "planning changed the document"
    operation = plan.operation()
    try:
        operation.apply(document)
    except MessageError:
        return "refused"
    assert check_invariants(document) == []
    operation.revert(document)
    return "planned"


MUTATION = st.lists(st.tuples(st.integers(0, 1 << 24), st.integers(0, 255)), min_size=1, max_size=12)


@pytest.mark.parametrize("original", REAL_FILES, ids=lambda p: p.name)
def test_the_importer_on_mutated_real_files(original: Path, scratch: Path, figure: Figure) -> None:
    data = original.read_bytes()
    target = empty_document("模糊测试")
    outcomes = Counter[str]()

    @settings(
        max_examples=scaled(40, 1_000),
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    @given(mutations=MUTATION, cut=st.one_of(st.none(), st.integers(0, 1 << 24)))
    def fuzz(mutations: list[tuple[int, int]], cut: int | None) -> None:
        mutated = bytearray(data)
        for offset, value in mutations:
            mutated[offset % len(mutated)] = value
        if cut is not None:
            del mutated[cut % len(mutated) :]
        path = scratch / f"mutated{original.suffix}"
        path.write_bytes(bytes(mutated))
        started = time.monotonic()
        outcomes[_plan_or_refuse(target, path)] += 1
        assert time.monotonic() - started < BOUND_SECONDS

    fuzz()
    figure(
        f"fuzz: {sum(outcomes.values())} inputs tried on the importer (mutated {original.name}), 0 failures "
        f"({outcomes['planned']} imported, {outcomes['refused']} refused with a clear message)"
    )


def _file_digest(path: Path) -> str:
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    with Store.open(path, readonly=True) as store:
        return digest(store.load(lazy=False).snapshot())


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_the_importer_on_hostile_files(name: str, sample_file: Path, tmp_path: Path, figure: Figure) -> None:
    """As `orgdesk import` does it: read, plan, refuse rejected rows, commit one edit."""
    suffix, make = HOSTILE[name]
    source = tmp_path / f"hostile{suffix}"
    make(source)
    before = _file_digest(sample_file)
    session = EditSession(Store.open(sample_file))
    started = time.monotonic()
    outcome = "imported"
    try:
        scenario = session.document.current_scenario()
        assert scenario is not None
        plan = plan_import(session.document, scenario.id, read_source(source), ImportOptions(language="en"))
        if plan.rejected():
            raise refusal(plan, "en")
        session.execute(plan.operation())
    except MessageError as error:
        outcome = "refused"
        assert "{" not in str(error)
        assert _file_digest(sample_file) == before, "a refused import changed the document"
    finally:
        session.close()
    seconds = time.monotonic() - started
    assert seconds < BOUND_SECONDS, f"{name}: {seconds:.1f} s"
    assert check_invariants(Store.open(sample_file).load(lazy=False)) == []
    kept = "document unchanged" if outcome == "refused" else "one undoable edit, rules hold"
    figure(f"fuzz: hostile import '{name}': {outcome} in {seconds:.2f} s, {kept}")
