"""Columns an imported roster carries beyond OrgDesk's fields are kept on the person, post or unit."""

from __future__ import annotations

from pathlib import Path
from typing import cast

import pytest

from orgdesk.domain import operations as ops
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Person
from orgdesk.domain.extra import extra_fields, with_extra_fields
from orgdesk.domain.rules import RuleViolation


def _person(document: Document) -> Person:
    return cast(Person, next(iter(document.all("person"))))


def test_kept_columns_round_trip_in_their_order(sample: Document) -> None:
    person = with_extra_fields(_person(sample), {"籍贯": "广东广州", "职称": "工程师", "工会会员": "", "Ｘ列": "䶮"})
    assert list(extra_fields(person).items()) == [("籍贯", "广东广州"), ("职称", "工程师"), ("Ｘ列", "䶮")]
    ops.UpdateEntity("person", person.id, {"extra": person.extra}).apply(sample)
    assert extra_fields(sample.get("person", person.id)) == extra_fields(person)  # type: ignore[arg-type]


def test_roster_fields_of_a_person_are_kept_as_text(sample: Document) -> None:
    person = _person(sample)
    changes = {"employment_type": "劳务派遣", "id_number": "44010619900101123X", "political_status": "中共党员"}
    ops.UpdateEntity("person", person.id, changes).apply(sample)
    kept = cast(Person, sample.get("person", person.id))
    assert (kept.employment_type, kept.id_number, kept.political_status) == (
        "劳务派遣",
        "44010619900101123X",
        "中共党员",
    )


@pytest.mark.parametrize("damaged", ["{not json", "[1, 2]", '{"籍贯": 3}', '{"a\\u0000b": "x"}'])
def test_damaged_kept_columns_are_refused(sample: Document, damaged: str) -> None:
    person = _person(sample)
    with pytest.raises(RuleViolation) as refused:
        ops.UpdateEntity("person", person.id, {"extra": damaged}).apply(sample)
    assert "other columns" in refused.value.template


def test_a_bulk_insert_checks_kept_columns_too(sample: Document) -> None:
    person = Person(id=990001, code="X1", name="新人", extra='{"籍贯": 3}')
    with pytest.raises(RuleViolation):
        ops.BulkInsert([person]).apply(sample)


def test_kept_columns_of_units_and_posts_are_copied_with_a_scenario(tmp_path: Path) -> None:
    from orgdesk.domain.entities import Position, Unit
    from orgdesk.domain.sample import sample_document
    from orgdesk.store.session import EditSession
    from orgdesk.store.store import Store

    document = sample_document()
    scenario = document.current_scenario()
    assert scenario is not None
    unit = next(u for u in document.units_of_scenario(scenario.id) if u.parent_id is not None)
    post = document.positions_of(unit.id)[0]
    path = tmp_path / "kept.orgdesk"
    Store.create(path, document).close()
    session = EditSession.open(str(path))
    try:
        session.execute(ops.UpdateEntity("unit", unit.id, {"extra": '{"成本中心":"C-001"}'}))
        session.execute(ops.UpdateEntity("position", post.id, {"extra": '{"岗位序列":"管理"}'}))
        copy = ops.CopyScenario(scenario.id, "方案甲")
        session.execute(copy)
        assert copy.scenario_id is not None
        copied = [u for u in session.document.units_of_scenario(copy.scenario_id) if u.origin_id == unit.id]
    finally:
        session.close()
    reopened = EditSession.open(str(path))
    try:
        (twin,) = [u for u in reopened.document.units_of_scenario(copy.scenario_id) if u.origin_id == unit.id]
        assert extra_fields(cast(Unit, twin)) == {"成本中心": "C-001"} and copied
        twin_post = next(p for p in reopened.document.positions_of(twin.id) if p.origin_id == post.id)
        assert extra_fields(cast(Position, twin_post)) == {"岗位序列": "管理"}
    finally:
        reopened.close()
