"""Search over a scenario: substring, case-insensitive, scoped to the scenario, refreshed after edits."""

from __future__ import annotations

from orgdesk.domain.operations import AddUnit, UpdateEntity
from orgdesk.domain.sample import sample_document
from orgdesk.domain.search import HitKind, search


def test_search_is_scoped_to_the_scenario_and_follows_edits() -> None:
    document = sample_document()
    current = document.current_scenario()
    other = document.scenario_named("前后端型")
    assert current is not None and other is not None
    assert search(document, current.id, "政企客户部")[0].kind == HitKind.UNIT
    assert all(document.unit(h.unit_id).scenario_id == other.id for h in search(document, other.id, "客户"))
    root = document.root(current.id)
    assert root is not None
    add = AddUnit(current.id, root.id, "Data Office")
    add.apply(document)
    assert [h.text for h in search(document, current.id, "data office")] == ["Data Office"]
    assert add.unit_id is not None
    UpdateEntity("unit", add.unit_id, {"name": "数据办"}).apply(document)
    assert search(document, current.id, "data office") == []
    assert search(document, current.id, "  ") == []


def test_duty_hits_point_to_the_unit_of_the_post_that_owns_them() -> None:
    document = sample_document()
    current = document.current_scenario()
    assert current is not None
    hits = [h for h in search(document, current.id, "开通及时率") if h.kind == HitKind.DUTY]
    assert hits
    for hit in hits:
        assert document.unit(hit.unit_id).scenario_id == current.id
        assert "开通及时率" in hit.text
