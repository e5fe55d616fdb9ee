"""Edit operations: the rules they enforce and exact apply/revert."""

from __future__ import annotations

from typing import cast

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orgdesk.domain import operations as ops
from orgdesk.domain.analysis import check_invariants, subtree_staffing
from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Unit
from orgdesk.domain.rules import RuleViolation, StaleEdit


def _unit(doc: Document, name: str) -> Unit:
    return next(cast(Unit, u) for u in doc.all("unit") if cast(Unit, u).name == name)


def _current(doc: Document) -> int:
    scenario = doc.current_scenario()
    assert scenario is not None
    return scenario.id


def test_moving_a_unit_under_its_own_descendant_is_refused_with_the_reason(sample: Document) -> None:
    sid = _current(sample)
    market = _unit(sample, "市场部")
    child = ops.AddUnit(sid, market.id, "市场规划组")
    child.apply(sample)
    before = sample.snapshot()
    with pytest.raises(RuleViolation) as refused:
        ops.MoveUnit(market.id, cast(int, child.unit_id)).apply(sample)
    assert "市场规划组" in str(refused.value) and "subtree" in str(refused.value)
    assert sample.snapshot() == before


def test_a_scenario_has_one_root(sample: Document) -> None:
    with pytest.raises(RuleViolation, match="already has a top unit"):
        ops.AddUnit(_current(sample), None, "第二个总部").apply(sample)
    root = sample.root(_current(sample))
    assert root is not None
    with pytest.raises(RuleViolation, match="cannot be deleted"):
        ops.DeleteUnit(root.id).apply(sample)


def test_deleting_a_department_takes_its_subtree_and_revert_restores_it_exactly(sample: Document) -> None:
    before = sample.snapshot()
    gov = _unit(sample, "政企客户部")
    ops.AddUnit(_current(sample), gov.id, "行业一组").apply(sample)
    after_add = sample.snapshot()
    delete = ops.DeleteUnit(gov.id)
    delete.apply(sample)
    assert all(cast(Unit, u).name not in ("政企客户部", "行业一组") for u in sample.all("unit"))
    gov_posts = [p for p in before["position"].values() if getattr(p, "unit_id", None) == gov.id]
    assert gov_posts and all(p.id not in sample.tables["position"] for p in gov_posts)
    assert not sample.duties_of(OwnerKind.UNIT, gov.id)
    siblings = sample.children_of(cast(Unit, sample.root(_current(sample))))
    assert [u.sort_order for u in siblings] == list(range(len(siblings)))
    delete.revert(sample)
    assert sample.snapshot() == after_add
    assert check_invariants(sample) == []


def test_reorder_keeps_dense_sibling_order(sample: Document) -> None:
    root = cast(Unit, sample.root(_current(sample)))
    last = sample.children_of(root)[-1]
    ops.MoveUnit(last.id, root.id, 0).apply(sample)
    names = [u.name for u in sample.children_of(root)]
    assert names[0] == "10000号运营中心"
    assert [u.sort_order for u in sample.children_of(root)] == list(range(5))


def test_moving_a_department_moves_its_headcount_with_it(sample: Document) -> None:
    sid = _current(sample)
    service, call_centre = _unit(sample, "客户服务部"), _unit(sample, "10000号运营中心")
    totals_before = subtree_staffing(sample, sid)
    ops.MoveUnit(call_centre.id, service.id).apply(sample)
    totals_after = subtree_staffing(sample, sid)
    expected = totals_before[service.id] + totals_before[call_centre.id]
    assert totals_after[service.id] == expected
    root = cast(Unit, sample.root(sid))
    assert totals_after[root.id] == totals_before[root.id]


def test_field_rules_refuse_bad_values_in_clear_words(sample: Document) -> None:
    post = sample.positions_of(_unit(sample, "市场部").id)[0]
    with pytest.raises(RuleViolation, match="zero or more"):
        ops.UpdateEntity("position", post.id, {"headcount": -1}).apply(sample)
    with pytest.raises(RuleViolation, match="must not be empty"):
        ops.UpdateEntity("unit", _unit(sample, "市场部").id, {"name": "  "}).apply(sample)
    with pytest.raises(RuleViolation, match="cannot be changed this way"):
        ops.UpdateEntity("unit", _unit(sample, "市场部").id, {"parent_id": None}).apply(sample)
    kpi = next(iter(sample.tables["kpi"].values()))
    with pytest.raises(RuleViolation, match="between 0 and 100"):
        ops.UpdateEntity("kpi", kpi.id, {"weight": 150}).apply(sample)
    person = next(iter(sample.tables["person"].values()))
    with pytest.raises(RuleViolation, match="already used"):
        ops.AddPerson("新人", code=person.code).apply(sample)


def test_reports_to_cannot_make_a_loop(sample: Document) -> None:
    gm = next(p for p in sample.all("position") if p.title == "总经理")
    manager = next(p for p in sample.all("position") if p.title == "市场部经理")
    assert manager.reports_to_id == gm.id
    with pytest.raises(RuleViolation, match="already reports to it"):
        ops.UpdateEntity("position", gm.id, {"reports_to_id": manager.id}).apply(sample)


def test_deleting_a_post_clears_reporting_lines_and_assignments(sample: Document) -> None:
    manager = next(p for p in sample.all("position") if p.title == "政企客户部经理")
    reports = sample.reports_of(manager.id)
    assert reports
    before = sample.snapshot()
    delete = ops.DeletePosition(manager.id)
    delete.apply(sample)
    assert all(sample.position(r.id).reports_to_id is None for r in reports)
    assert not sample.assignments_of_position(manager.id)
    delete.revert(sample)
    assert sample.snapshot() == before


def test_redo_of_an_applied_edit_is_refused_as_stale_not_doubled(sample: Document) -> None:
    add = ops.AddUnit(_current(sample), _unit(sample, "市场部").id, "新组")
    add.apply(sample)
    with pytest.raises(StaleEdit):
        add.apply(sample)
    assert sum(1 for u in sample.all("unit") if cast(Unit, u).name == "新组") == 1


def test_composite_is_one_undoable_edit(sample: Document) -> None:
    before = sample.snapshot()
    market = _unit(sample, "市场部")
    macro = ops.Composite(
        [ops.AddUnit(_current(sample), market.id, "A组"), ops.UpdateEntity("unit", market.id, {"name": "市场营销部"})],
    )
    macro.apply(sample)
    assert sample.unit(market.id).name == "市场营销部"
    macro.revert(sample)
    assert sample.snapshot() == before


# ----- property tests: random edit sequences ------------------------------------------
def _random_operation(doc: Document, data: st.DataObject) -> ops.Operation:
    sid = _current(doc)
    units = sorted(doc.units_of_scenario(sid), key=lambda u: u.id)
    positions = sorted((p for u in units for p in doc.positions_of(u.id)), key=lambda p: p.id)
    people = sorted(doc.tables["person"])
    duties = sorted(doc.tables["duty"])
    unit = data.draw(st.sampled_from(units))
    choice = data.draw(st.integers(0, 11))
    index = data.draw(st.one_of(st.none(), st.integers(0, 5)))
    name = data.draw(st.text(alphabet="部门组中心甲乙丙 ", min_size=0, max_size=4))
    if choice == 0:
        return ops.AddUnit(sid, unit.id, name, index)
    if choice == 1:
        return ops.MoveUnit(unit.id, data.draw(st.sampled_from(units)).id, index)
    if choice == 2:
        return ops.DeleteUnit(unit.id)
    if choice == 3:
        return ops.UpdateEntity("unit", unit.id, {"name": name})
    if choice == 4:
        return ops.AddPosition(unit.id, name, index, headcount=data.draw(st.integers(-1, 3)))
    if choice == 5 and positions:
        return ops.DeletePosition(data.draw(st.sampled_from(positions)).id)
    if choice == 6 and positions:
        return ops.MovePosition(data.draw(st.sampled_from(positions)).id, unit.id, index)
    if choice == 7:
        return ops.AddDuty("unit", unit.id, index, text=name)
    if choice == 8 and duties:
        return ops.MoveDuty(data.draw(st.sampled_from(duties)), "unit", unit.id, index)
    if choice == 9 and duties:
        return ops.DeleteDuty(data.draw(st.sampled_from(duties)))
    if choice == 10 and positions and people:
        return ops.AddAssignment(data.draw(st.sampled_from(people)), data.draw(st.sampled_from(positions)).id)
    if choice == 11 and people:
        return ops.DeletePerson(data.draw(st.sampled_from(people)))
    return ops.AddKpi("unit", unit.id, name=name or "指标", weight=data.draw(st.integers(-5, 120)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_random_edits_then_revert_all_restore_the_start_and_reapply_gives_the_end(data: st.DataObject) -> None:
    doc = empty_document("测试")
    sid = _current(doc)
    root = cast(Unit, doc.root(sid))
    ops.AddUnit(sid, root.id, "甲部").apply(doc)
    ops.AddPerson("张三", code="E1").apply(doc)
    start = doc.snapshot()
    applied: list[ops.Operation] = []
    for _ in range(data.draw(st.integers(1, 25))):
        operation = _random_operation(doc, data)
        before = doc.snapshot()
        try:
            operation.apply(doc)
        except RuleViolation:
            assert doc.snapshot() == before  # a refused edit changes nothing
            continue
        assert check_invariants(doc) == []
        applied.append(operation)
    end = doc.snapshot()
    for operation in reversed(applied):
        operation.revert(doc)
    assert doc.snapshot() == start
    for operation in applied:
        operation.apply(doc)
    assert doc.snapshot() == end


def test_new_ids_never_collide_after_updating_an_old_entity(sample: Document) -> None:
    duty = min(sample.tables["duty"].values(), key=lambda d: d.id)
    ops.UpdateEntity("duty", duty.id, {"text": "改写的职责"}).apply(sample)  # an update of the lowest id
    add = ops.AddDuty("unit", duty.owner_id, text="新职责")
    add.apply(sample)
    assert add.item_id is not None and add.item_id > max(i for i in sample.tables["duty"] if i != add.item_id)
