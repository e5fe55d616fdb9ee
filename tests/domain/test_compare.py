"""Comparing scenarios: the BPR models of the seed text, and each kind of change."""

from __future__ import annotations

from typing import Any, cast

import pytest

from orgdesk.domain import operations as ops
from orgdesk.domain.compare import ChangeKind, DiffEntry, DiffReport, compare_scenarios
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Duty, Kpi, OwnerKind, Scenario, Unit
from orgdesk.domain.operations import CopyScenario
from orgdesk.domain.progress import Cancelled


def _scenario(doc: Document, name: str) -> Scenario:
    scenario = doc.scenario_named(name)
    assert scenario is not None
    return scenario


def _unit(doc: Document, scenario: Scenario, path: str) -> Unit:
    unit = doc.root(scenario.id)
    for name in path.split("/"):
        unit = next(u for u in doc.children_of(cast(Unit, unit)) if u.name == name)
    return cast(Unit, unit)


def _duty(doc: Document, unit: Unit, text: str) -> Duty:
    return next(d for d in doc.duties_of(OwnerKind.UNIT, unit.id) if d.text == text)


def _entries(report: DiffReport, kind: str, change: ChangeKind) -> list[DiffEntry]:
    return [e for e in report.of_kind(kind) if e.change == change]


def _messages(report: DiffReport, kind: str, change: ChangeKind) -> list[str]:
    return [e.english() for e in _entries(report, kind, change)]


def _copy(doc: Document, source: str, name: str) -> Scenario:
    CopyScenario(_scenario(doc, source).id, name).apply(doc)
    return _scenario(doc, name)


# ----- the BPR models of the seed text ------------------------------------------------------
def test_product_led_to_front_back_merges_the_scattered_key_account_units(sample: Document) -> None:
    """将分布在各单元的大客户合并为大客户部: the product-led model has a 大客户 group under each of
    语音, 网元出租 and 数据; the front/back model one 大客户 (部) under the 营销中心."""
    before, after = _scenario(sample, "产品主导型"), _scenario(sample, "前后端型")
    report = compare_scenarios(sample, before.id, after.id)
    merged = _entries(report, "unit", ChangeKind.MERGED)
    assert len(merged) == 1
    assert merged[0].english() == (
        "3 units merged into “营销中心/大客户”: 语音/销售/大客户、网元出租/大客户、数据/大客户"
    )
    assert sample.unit(merged[0].after[0]).name == "大客户"
    assert {sample.unit(i).name for i in merged[0].before} == {"大客户"}
    assert "Unit “营销中心” added under “某电信分公司”" in _messages(report, "unit", ChangeKind.ADDED)
    assert "Unit “商业客户” moved from “语音/销售” to “营销中心”" in _messages(report, "unit", ChangeKind.MOVED)
    rows = {row.name: row for row in report.totals}
    assert (rows["营销中心"].before.units, rows["营销中心"].after.units, rows["营销中心"].delta.units) == (0, 10, 10)
    assert rows["语音"].after.units == 0 and rows["语音"].delta.posts == -7
    assert rows["某电信分公司"].is_total and rows["某电信分公司"].delta.units == -4


def test_customer_led_to_front_back_moves_the_key_account_department_into_the_marketing_centre(
    sample: Document,
) -> None:
    report = compare_scenarios(sample, _scenario(sample, "客户主导型").id, _scenario(sample, "前后端型").id)
    assert "Unit “大客户” moved from “某电信分公司” to “营销中心”" in _messages(report, "unit", ChangeKind.MOVED)


def test_billing_centralised_into_a_billing_centre_and_key_accounts_renamed_as_in_the_seed(sample: Document) -> None:
    """将计费帐务从各客户群分管转变为计费帐务中心统一管理; 大客户 becomes the 大客户部."""
    plan = _copy(sample, "前后端型", "计费集中")
    centre_op = ops.AddUnit(plan.id, _unit(sample, plan, "营销中心").id, "计费帐务中心")
    centre_op.apply(sample)
    centre = sample.unit(cast(int, centre_op.unit_id))
    public = _unit(sample, plan, "营销中心/公众客户")
    ops.MoveDuty(_duty(sample, public, "窗口收费稽核").id, "unit", centre.id).apply(sample)
    invoices = _duty(sample, public, "表单、发票管理")
    ops.MoveDuty(invoices.id, "unit", centre.id).apply(sample)
    ops.UpdateEntity("duty", invoices.id, {"text": "表单、发票的统一管理"}).apply(sample)
    ops.AddDuty("unit", centre.id, text="帐务质检、出帐").apply(sample)
    ops.UpdateEntity("unit", _unit(sample, plan, "营销中心/大客户").id, {"name": "大客户部"}).apply(sample)

    report = compare_scenarios(sample, _scenario(sample, "前后端型").id, plan.id)
    assert _messages(report, "unit", ChangeKind.ADDED) == ["Unit “计费帐务中心” added under “营销中心”"]
    assert _messages(report, "unit", ChangeKind.RENAMED) == ["Unit “大客户” renamed to “大客户部”"]
    assert sorted(_messages(report, "duty", ChangeKind.MOVED)) == [
        "Duty moved from “营销中心/公众客户” to “营销中心/计费帐务中心” and reworded: 表单、发票的统一管理",
        "Duty moved from “营销中心/公众客户” to “营销中心/计费帐务中心”: 窗口收费稽核",
    ]
    assert _messages(report, "duty", ChangeKind.ADDED) == ["Duty added to “营销中心/计费帐务中心”: 帐务质检、出帐"]
    assert not _entries(report, "duty", ChangeKind.REMOVED)
    rows = {row.name: row for row in report.totals}
    assert rows["营销中心"].delta.units == 1


def test_scenarios_imported_separately_match_by_names_and_similar_duty_texts(sample: Document) -> None:
    plan = _copy(sample, "前后端型", "导入方案")
    for kind in ("unit", "position", "duty", "kpi"):  # as if the plan had been imported from a workbook
        for entity in list(sample.all(kind)):
            if getattr(entity, "origin_id", None) is not None:
                sample.put(kind, entity.id, cast(Any, entity)._replace(origin_id=None))
    public = _unit(sample, plan, "营销中心/公众客户")
    ops.MoveDuty(_duty(sample, public, "窗口收费稽核").id, "unit", _unit(sample, plan, "营销中心").id).apply(sample)
    ops.UpdateEntity("unit", _unit(sample, plan, "营销中心/大客户").id, {"name": "大客户部"}).apply(sample)
    report = compare_scenarios(sample, _scenario(sample, "前后端型").id, plan.id)
    assert _messages(report, "unit", ChangeKind.RENAMED) == ["Unit “大客户” renamed to “大客户部”"]
    assert _messages(report, "duty", ChangeKind.MOVED) == [
        "Duty moved from “营销中心/公众客户” to “营销中心”: 窗口收费稽核"
    ]
    assert len(report.entries) == 2  # the sub-units of the renamed 大客户部 still match


# ----- each kind of change ------------------------------------------------------------------
def test_posts_people_duties_and_kpis_changes_are_listed_with_their_ids(sample: Document) -> None:
    source = _scenario(sample, "现行架构")
    plan = _copy(sample, "现行架构", "方案A")
    market = _unit(sample, plan, "市场部")
    customers = _unit(sample, plan, "政企客户部")
    posts = sample.positions_of(market.id)
    planner = next(p for p in posts if p.title == "市场规划")
    ops.UpdateEntity("position", planner.id, {"headcount": 3}).apply(sample)
    brand = next(p for p in posts if p.title == "品牌与宣传管理")
    ops.MovePosition(brand.id, customers.id).apply(sample)
    holder = sample.assignments_of_position(planner.id)[0]
    ops.DeleteAssignment(holder.id).apply(sample)
    target = next(p for p in sample.positions_of(customers.id) if p.title == "销售经理")
    ops.AddAssignment(holder.person_id, target.id).apply(sample)
    duty = sample.duties_of(OwnerKind.UNIT, market.id)[0]
    ops.UpdateEntity("duty", duty.id, {"text": duty.text.replace("负责", "牵头负责")}).apply(sample)
    kpi = sample.kpis_of(OwnerKind.UNIT, market.id)[0]
    ops.UpdateEntity("kpi", kpi.id, {"target": "≥105%", "weight": 45.0}).apply(sample)
    ops.AddKpi("unit", market.id, name="品牌知名度").apply(sample)
    added = ops.AddPosition(market.id, "数据分析师", headcount=2)
    added.apply(sample)

    report = compare_scenarios(sample, source.id, plan.id)
    assert _messages(report, "position", ChangeKind.CHANGED) == ["Post “市场规划” in “市场部”: headcount 1 → 3"]
    assert _messages(report, "position", ChangeKind.MOVED) == [
        "Post “品牌与宣传管理” moved from “市场部” to “政企客户部”"
    ]
    assert _messages(report, "position", ChangeKind.ADDED) == ["Post “数据分析师” added in “市场部”"]
    assert _entries(report, "position", ChangeKind.ADDED)[0].after == (added.position_id,)
    person = sample.person(holder.person_id).name
    assert _messages(report, "person", ChangeKind.CHANGED) == [
        f"{person} moves from “市场部/市场规划” to “政企客户部/销售经理”"
    ]
    reworded = _entries(report, "duty", ChangeKind.CHANGED)
    assert len(reworded) == 1 and reworded[0].after == (duty.id,)
    assert cast(Duty, sample.get("duty", reworded[0].before[0])).text == duty.text
    changed_kpi = _entries(report, "kpi", ChangeKind.CHANGED)
    assert [e.params["fields"] for e in changed_kpi] == [("target", "weight")]
    assert cast(Kpi, sample.get("kpi", changed_kpi[0].before[0])).name == kpi.name
    assert _messages(report, "kpi", ChangeKind.ADDED) == ["KPI “品牌知名度” added to “市场部”"]
    assert not _entries(report, "unit", ChangeKind.ADDED) and not _entries(report, "unit", ChangeKind.REMOVED)


def test_chart_colours_say_which_units_were_added_moved_changed_and_removed(sample: Document) -> None:
    plan = _copy(sample, "前后端型", "方案C")
    centre = _unit(sample, plan, "营销中心")
    yellow_pages = _unit(sample, plan, "营销中心/黄页号簿公司")
    ops.MoveUnit(yellow_pages.id, cast(Unit, sample.root(plan.id)).id).apply(sample)
    ops.UpdateEntity("unit", _unit(sample, plan, "网络中心").id, {"name": "网络运营中心"}).apply(sample)
    ops.DeleteUnit(_unit(sample, plan, "县局").id).apply(sample)
    new_unit = ops.AddUnit(plan.id, centre.id, "增值业务中心")
    new_unit.apply(sample)
    report = compare_scenarios(sample, _scenario(sample, "前后端型").id, plan.id)
    removed, after = report.unit_colours()
    assert after == {
        yellow_pages.id: ChangeKind.MOVED,
        _unit(sample, plan, "网络运营中心").id: ChangeKind.CHANGED,
        new_unit.unit_id: ChangeKind.ADDED,
    }
    assert [sample.unit(i).name for i in removed] == ["县局"]


def test_progress_is_reported_and_a_false_answer_cancels(sample: Document) -> None:
    before, after = _scenario(sample, "产品主导型").id, _scenario(sample, "前后端型").id
    seen: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    compare_scenarios(sample, before, after, progress=record)
    assert seen[-1] == (1000, 1000) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    with pytest.raises(Cancelled):
        compare_scenarios(sample, before, after, progress=lambda done, total: done < 300)


def test_a_post_is_matched_by_its_code_when_its_title_changed(sample: Document) -> None:
    plan = _copy(sample, "现行架构", "方案D")
    post = next(p for p in sample.positions_of(_unit(sample, plan, "市场部").id) if p.code == "SC-05")
    sample.put("position", post.id, post._replace(origin_id=None))
    ops.UpdateEntity("position", post.id, {"title": "品牌管理"}).apply(sample)
    report = compare_scenarios(sample, _scenario(sample, "现行架构").id, plan.id)
    assert _messages(report, "position", ChangeKind.RENAMED) == [
        "Post “品牌与宣传管理” in “市场部” renamed to “品牌管理”"
    ]
