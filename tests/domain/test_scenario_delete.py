"""Deleting a scenario: everything it holds goes, people stay, undo restores it exactly."""

from __future__ import annotations

import pytest

from orgdesk.domain.analysis import check_invariants
from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.document import Document
from orgdesk.domain.operations import CopyScenario, DeleteScenario
from orgdesk.domain.rules import LAST_SCENARIO, RuleViolation


def _scenario_id(doc: Document, name: str) -> int:
    scenario = doc.scenario_named(name)
    assert scenario is not None
    return scenario.id


def test_delete_removes_units_posts_duties_kpis_relations_and_holders_but_not_people(sample: Document) -> None:
    copy = CopyScenario(_scenario_id(sample, "现行架构"), "方案A")
    copy.apply(sample)
    before = sample.snapshot()
    people = sample.count("person")
    scenario_id = _scenario_id(sample, "方案A")
    units = {u.id for u in sample.units_of_scenario(scenario_id)}
    posts = {p.id for p in sample.all("position") if p.unit_id in units}  # type: ignore[attr-defined]

    operation = DeleteScenario(scenario_id)
    operation.apply(sample)

    assert operation.label() == "Delete scenario “方案A”"
    assert sample.scenario_named("方案A") is None
    assert not any(sample.get("unit", unit_id) for unit_id in units)
    assert not any(a.position_id in posts for a in sample.all("assignment"))  # type: ignore[attr-defined]
    owners = units | posts
    assert not any(d.owner_id in owners for d in sample.all("duty"))  # type: ignore[attr-defined]
    assert not any(k.owner_id in owners for k in sample.all("kpi"))  # type: ignore[attr-defined]
    assert sample.relations_of_scenario(scenario_id) == []
    assert sample.count("person") == people
    assert [s.sort_order for s in sample.scenarios()] == list(range(len(sample.scenarios())))
    assert check_invariants(sample) == []

    operation.revert(sample)
    assert sample.snapshot() == before
    operation.apply(sample)  # redo plans nothing new: the same patch
    assert sample.scenario_named("方案A") is None


def test_deleting_the_current_scenario_makes_the_first_other_one_current_and_undo_restores_it(
    sample: Document,
) -> None:
    current = _scenario_id(sample, "现行架构")
    operation = DeleteScenario(current)
    operation.apply(sample)
    now = sample.current_scenario()
    assert now is not None and now.name == "前后端型"
    operation.revert(sample)
    restored = sample.current_scenario()
    assert restored is not None and restored.id == current
    assert [s.name for s in sample.scenarios()] == ["现行架构", "前后端型", "产品主导型", "客户主导型"]


def test_the_last_scenario_cannot_be_deleted() -> None:
    builder = DocumentBuilder("一个方案")
    only = builder.add_scenario("现行架构", is_current=True)
    builder.add_unit(only, None, "总部")
    doc = builder.document
    before = doc.snapshot()
    with pytest.raises(RuleViolation) as refused:
        DeleteScenario(only.id).apply(doc)
    assert refused.value.template == LAST_SCENARIO
    assert doc.snapshot() == before
