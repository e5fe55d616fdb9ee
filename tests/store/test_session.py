"""Editing a file: every edit is committed when made; undo/redo reach the file too."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy.exc import OperationalError

from orgdesk.domain import operations as ops
from orgdesk.domain.entities import Unit
from orgdesk.domain.rules import RuleViolation
from orgdesk.store.files import DocumentError
from orgdesk.store.session import ChangeNotice, EditSession
from orgdesk.store.store import Store


def _reload(path: Path) -> dict[str, Any]:
    with Store.open(path, readonly=True) as store:
        return store.load().snapshot()


def _session(path: Path) -> EditSession:
    return EditSession(Store.open(path))


def _market(session: EditSession) -> Unit:
    return next(cast(Unit, u) for u in session.document.all("unit") if cast(Unit, u).name == "市场部")


def test_each_edit_is_in_the_file_as_soon_as_it_is_made(sample_file: Path) -> None:
    session = _session(sample_file)
    market = _market(session)
    session.execute(ops.UpdateEntity("unit", market.id, {"name": "市场营销部"}))
    add = ops.AddPosition(market.id, "数据分析师", headcount=2)
    session.execute(add)
    # Read by a second, independent connection while the first is still open.
    on_disk = _reload(sample_file)
    assert on_disk["unit"][market.id].name == "市场营销部"
    assert on_disk["position"][add.position_id].title == "数据分析师"
    assert on_disk == session.document.snapshot()
    session.close()


def test_undo_and_redo_are_committed_too(sample_file: Path) -> None:
    session = _session(sample_file)
    start = session.document.snapshot()
    market = _market(session)
    session.execute(ops.DeleteUnit(market.id))
    deleted = session.document.snapshot()
    assert _reload(sample_file) == deleted
    session.undo()
    assert _reload(sample_file) == start
    session.redo()
    assert _reload(sample_file) == deleted
    session.close()


def test_listeners_hear_what_changed_and_who_started_it(sample_file: Path) -> None:
    session = _session(sample_file)
    heard: list[ChangeNotice] = []
    session.subscribe(heard.append)
    market = _market(session)
    session.execute(ops.UpdateEntity("unit", market.id, {"name": "市场营销部"}))
    session.undo()
    assert [n.source for n in heard] == ["edit", "undo"]
    assert heard[0].patch.ids("unit") == {market.id}
    session.close()


def test_a_refused_edit_touches_neither_memory_nor_file(sample_file: Path) -> None:
    session = _session(sample_file)
    before = session.document.snapshot()
    market = _market(session)
    with pytest.raises(RuleViolation):
        session.execute(ops.UpdateEntity("unit", market.id, {"name": ""}))
    assert session.document.snapshot() == before == _reload(sample_file)
    session.close()


@pytest.mark.parametrize("beside_from", [0, 10**9], ids=["rows-on-a-second-thread", "rows-on-this-thread"])
def test_a_failed_write_leaves_the_document_as_of_the_last_good_commit(
    sample_file: Path, monkeypatch: pytest.MonkeyPatch, beside_from: int
) -> None:
    monkeypatch.setattr("orgdesk.store.store.WRITE_BESIDE_FROM", beside_from)
    session = _session(sample_file)
    market = _market(session)
    session.execute(ops.UpdateEntity("unit", market.id, {"name": "市场营销部"}))
    good = session.document.snapshot()
    real_write = __import__("orgdesk.store.patch_writer", fromlist=["write_patch"]).write_patch

    def half_then_fail(connection: Any, patch: Any) -> None:
        real_write(connection, patch)  # the rows are written, then the disk fails
        raise OperationalError("UPDATE", {}, Exception("disk I/O error"))

    monkeypatch.setattr("orgdesk.store.patch_writer.write_patch", half_then_fail)
    with pytest.raises(DocumentError, match="disk I/O error"):
        session.execute(ops.DeleteUnit(market.id))
    assert session.document.snapshot() == good
    assert _reload(sample_file) == good
    monkeypatch.undo()
    session.execute(ops.DeleteUnit(market.id))  # the session still works afterwards
    assert _reload(sample_file) == session.document.snapshot()
    session.close()


def test_reading_a_read_only_store_and_writing_it_is_refused(sample_file: Path) -> None:
    session = EditSession(Store.open(sample_file, readonly=True))
    with pytest.raises(DocumentError, match="read-only"):
        session.execute(ops.UpdateEntity("unit", _market(session).id, {"name": "X"}))
    session.close()


def test_the_figures_read_in_sql_equal_those_counted_in_the_domain(sample_file: Path) -> None:
    from orgdesk.domain.analysis import own_staffing, post_count, subtree_staffing
    from orgdesk.domain.sample import sample_document

    counted = sample_document()
    with Store.open(sample_file) as store:
        opened = store.load()
        assert opened.unit_summary is not None, "posts are not read to show the first figures"
        for scenario in counted.scenarios():
            assert own_staffing(opened, scenario.id) == own_staffing(counted, scenario.id)
            assert subtree_staffing(opened, scenario.id) == subtree_staffing(counted, scenario.id)
            for unit in counted.units_of_scenario(scenario.id):
                assert post_count(opened, unit.id) == post_count(counted, unit.id)
        # The first change to a post drops the summary; the figures then come from the posts.
        post = next(iter(opened.tables["position"].values()))
        opened.put("position", post.id, post._replace(headcount=post.headcount + 5))
        assert opened.unit_summary is None
        unit_id = post.unit_id
        scenario_id = opened.unit(unit_id).scenario_id
        before = own_staffing(counted, scenario_id)[unit_id]
        assert own_staffing(opened, scenario_id)[unit_id].headcount == before.headcount + 5


def test_the_manager_names_read_in_sql_equal_those_found_in_the_domain(sample_file: Path) -> None:
    from orgdesk.domain.analysis import unit_managers
    from orgdesk.domain.entities import Person
    from orgdesk.domain.sample import sample_document

    counted = unit_managers(sample_document())
    assert len(counted) > 5, "the sample has managers"
    with Store.open(sample_file) as store:
        opened = store.load()
        assert ("unit_managers", None) in opened.derived, "read with the units, not from the posts"
        assert unit_managers(opened) == counted
        # Renaming a manager drops the names read in SQL; they then come from the people.
        unit_id, name = next(iter(counted.items()))
        person = next(p for p in opened.tables["person"].values() if isinstance(p, Person) and p.name == name)
        opened.put("person", person.id, person._replace(name="新名字"))
        assert ("unit_managers", None) not in opened.derived
        assert unit_managers(opened)[unit_id] == "新名字"


def test_tables_read_later_equal_a_full_load(sample_file: Path) -> None:
    with Store.open(sample_file) as store:
        lazy, eager = store.load(), store.load(lazy=False)
        assert lazy.snapshot() == eager.snapshot()
