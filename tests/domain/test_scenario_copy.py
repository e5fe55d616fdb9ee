"""Copying a scenario: a deep copy that remembers its origins, undone exactly; rename, current."""

from __future__ import annotations

from typing import cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdesk.domain import operations as ops
from orgdesk.domain.analysis import check_invariants
from orgdesk.domain.builder import empty_document
from orgdesk.domain.compare import compare_scenarios
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, Duty, Kpi, OwnerKind, Position, Scenario, Unit
from orgdesk.domain.operations import CopyScenario, RenameScenario, SetCurrentScenario
from orgdesk.domain.rules import RuleViolation
from tests.domain.test_operations import _random_operation


def _scenario(doc: Document, name: str) -> Scenario:
    scenario = doc.scenario_named(name)
    assert scenario is not None
    return scenario


def _posts(doc: Document, scenario_id: int) -> list[Position]:
    return [p for u in doc.units_of_scenario(scenario_id) for p in doc.positions_of(u.id)]


def test_a_copy_has_every_unit_post_duty_kpi_relation_and_holder_with_its_origin(sample: Document) -> None:
    source = _scenario(sample, "现行架构")
    operation = CopyScenario(source.id, "方案A")
    operation.apply(sample)
    assert operation.label() == "Copy scenario “现行架构” as “方案A”"
    copy = _scenario(sample, "方案A")
    assert copy.origin_id == source.id and not copy.is_current
    assert check_invariants(sample) == []

    units = {cast(int, u.origin_id): u for u in sample.units_of_scenario(copy.id)}
    originals = {u.id: u for u in sample.units_of_scenario(source.id)}
    assert set(units) == set(originals)
    for origin_id, unit in units.items():
        original = originals[origin_id]
        assert (unit.name, unit.code, unit.type_id, unit.sort_order) == (
            original.name,
            original.code,
            original.type_id,
            original.sort_order,
        )
        parent = units[original.parent_id].id if original.parent_id is not None else None
        assert unit.parent_id == parent

    posts = {cast(int, p.origin_id): p for p in _posts(sample, copy.id)}
    assert len(posts) == len(_posts(sample, source.id)) == 45
    for origin_id, post in posts.items():
        source_post = sample.position(origin_id)
        assert post.title == source_post.title and post.headcount == source_post.headcount
        expected_boss = posts[source_post.reports_to_id].id if source_post.reports_to_id else None
        assert post.reports_to_id == expected_boss
        holders = sorted(a.person_id for a in sample.assignments_of_position(source_post.id))
        assert sorted(a.person_id for a in sample.assignments_of_position(post.id)) == holders
        assert [d.text for d in sample.duties_of(OwnerKind.POSITION, post.id)] == [
            d.text for d in sample.duties_of(OwnerKind.POSITION, source_post.id)
        ]
        for duty in sample.duties_of(OwnerKind.POSITION, post.id):
            assert cast(Duty, sample.get("duty", cast(int, duty.origin_id))).owner_id == source_post.id
        for kpi in sample.kpis_of(OwnerKind.POSITION, post.id):
            assert cast(Kpi, sample.get("kpi", cast(int, kpi.origin_id))).owner_id == source_post.id
    relations = sample.relations_of_scenario(copy.id)
    assert [r.label for r in relations] == [r.label for r in sample.relations_of_scenario(source.id)]
    assert all(r.from_id in {u.id for u in units.values()} for r in relations)


def test_people_keep_their_identity_and_follow_the_copied_posts(sample: Document) -> None:
    source = _scenario(sample, "现行架构")
    people_before = dict(sample.tables["person"])
    CopyScenario(source.id, "方案A").apply(sample)
    assert sample.tables["person"] == people_before

    def held(scenario: Scenario) -> list[tuple[int, str]]:
        posts = {p.id for p in _posts(sample, scenario.id)}
        found = [cast(Assignment, a) for a in sample.all("assignment") if cast(Assignment, a).position_id in posts]
        return sorted((a.person_id, a.kind) for a in found)

    assert held(_scenario(sample, "方案A")) == held(source)
    assert len(held(source)) == 22


def test_undo_of_a_copy_restores_the_document_and_redo_gives_the_same_ids(sample: Document) -> None:
    before = sample.snapshot()
    operation = CopyScenario(_scenario(sample, "前后端型").id, "方案B")
    operation.apply(sample)
    after = sample.snapshot()
    operation.revert(sample)
    assert sample.snapshot() == before
    operation.apply(sample)
    assert sample.snapshot() == after


def test_a_copy_needs_a_new_non_empty_name(sample: Document) -> None:
    source = _scenario(sample, "现行架构").id
    before = sample.snapshot()
    with pytest.raises(RuleViolation, match="already exists"):
        CopyScenario(source, "前后端型").apply(sample)
    with pytest.raises(RuleViolation, match="must not be empty"):
        CopyScenario(source, "  ").apply(sample)
    assert sample.snapshot() == before


def test_rename_refuses_a_taken_name_and_set_current_moves_the_mark(sample: Document) -> None:
    current = _scenario(sample, "现行架构")
    with pytest.raises(RuleViolation, match="already exists"):
        RenameScenario(current.id, "前后端型").apply(sample)
    rename = RenameScenario(current.id, "现状")
    rename.apply(sample)
    assert rename.label() == "Rename scenario “现行架构” to “现状”"
    make_current = SetCurrentScenario(_scenario(sample, "客户主导型").id)
    make_current.apply(sample)
    assert make_current.label() == "Make “客户主导型” the current scenario"
    assert [s.name for s in sample.scenarios() if s.is_current] == ["客户主导型"]
    make_current.revert(sample)
    assert [s.name for s in sample.scenarios() if s.is_current] == ["现状"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_document_copied_then_compared_shows_no_change_and_undo_restores_it(data: st.DataObject) -> None:
    doc = empty_document("测试")
    scenario = doc.current_scenario()
    assert scenario is not None
    root = cast(Unit, doc.root(scenario.id))
    ops.AddUnit(scenario.id, root.id, "甲部").apply(doc)
    ops.AddPerson("张三", code="E1").apply(doc)
    for _ in range(data.draw(st.integers(1, 20))):
        try:
            _random_operation(doc, data).apply(doc)
        except RuleViolation:
            continue
    before = doc.snapshot()
    copy = CopyScenario(scenario.id, "副本")
    copy.apply(doc)
    assert copy.scenario_id is not None
    assert compare_scenarios(doc, scenario.id, copy.scenario_id).is_empty()
    assert compare_scenarios(doc, copy.scenario_id, scenario.id).is_empty()
    copy.revert(doc)
    assert doc.snapshot() == before
