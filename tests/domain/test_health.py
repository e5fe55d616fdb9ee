"""The health check (体检) on the sample: planted overlaps and gaps, KPI suggestions, structure."""

from __future__ import annotations

from dataclasses import replace
from typing import cast

import pytest

from orgdesk.domain import operations as ops
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind, Position, Scenario, Unit
from orgdesk.domain.health import Check, Finding, HealthSettings, ItemRef, Severity, run_health_check
from orgdesk.domain.health.kpi_suggestions import KpiFix, accept_all, indicators
from orgdesk.domain.health.post_codes import new_codes
from orgdesk.domain.progress import Cancelled

PLANTED = "负责全市通信管线资源的统一规划与调度，组织编制管线建设年度计划。"


def _current(doc: Document) -> Scenario:
    scenario = doc.current_scenario()
    assert scenario is not None
    return scenario


def _unit(doc: Document, name: str) -> Unit:
    return next(u for u in doc.units_of_scenario(_current(doc).id) if u.name == name)


def _post(doc: Document, unit: str, title: str) -> Position:
    return next(p for p in doc.positions_of(_unit(doc, unit).id) if p.title == title)


def _check(doc: Document, check: Check, **settings: object) -> list[Finding]:
    chosen = replace(HealthSettings(), checks=frozenset({check}), **settings)  # type: ignore[arg-type]
    return run_health_check(doc, _current(doc).id, chosen).findings


def _add_duty(doc: Document, owner_kind: str, owner_id: int, text: str) -> int:
    operation = ops.AddDuty(owner_kind, owner_id, text=text)
    operation.apply(doc)
    return cast(int, operation.item_id)


# ----- duty overlaps ---------------------------------------------------------------------------
def test_a_planted_duplicated_duty_is_one_overlap_finding(sample: Document) -> None:
    first = _add_duty(sample, "unit", _unit(sample, "市场部").id, PLANTED)
    second = _add_duty(sample, "unit", _unit(sample, "政企客户部").id, PLANTED.replace("组织编制", "编制"))
    findings = [f for f in _check(sample, Check.DUTY_OVERLAP) if ItemRef("duty", first) in f.items]
    assert len(findings) == 1
    assert set(findings[0].items) == {ItemRef("duty", first), ItemRef("duty", second)}
    assert findings[0].severity == Severity.WARNING
    assert findings[0].params["owners"] == "市场部、政企客户部"


def test_one_duty_copied_into_five_departments_is_one_finding_not_ten(sample: Document) -> None:
    departments = ["市场部", "政企客户部", "公众客户部", "客户服务部", "10000号运营中心"]
    planted = {_add_duty(sample, "unit", _unit(sample, name).id, PLANTED) for name in departments}
    findings = [f for f in _check(sample, Check.DUTY_OVERLAP) if planted & {i.id for i in f.items}]
    assert len(findings) == 1 and findings[0].params["count"] == 5
    assert {i.id for i in findings[0].items} == planted


def test_a_department_duty_handed_down_to_its_own_post_is_not_an_overlap(sample: Document) -> None:
    market = _unit(sample, "市场部")
    planted = {
        _add_duty(sample, "unit", market.id, PLANTED),
        _add_duty(sample, "position", _post(sample, "市场部", "市场规划").id, PLANTED),
    }
    assert not [f for f in _check(sample, Check.DUTY_OVERLAP) if planted & {i.id for i in f.items}]


def test_two_posts_sharing_several_duties_are_one_finding_and_boilerplate_is_ignored(sample: Document) -> None:
    findings = _check(sample, Check.DUTY_OVERLAP)
    sales = [f for f in findings if f.params["owners"] == "政企客户部/销售经理、公众客户部/销售经理"]
    assert len(sales) == 1 and sales[0].params["duties"] == 5
    boiler = [
        _add_duty(sample, "unit", _unit(sample, n).id, "完成领导交办的其他工作。") for n in ("市场部", "政企客户部")
    ]
    assert not [f for f in _check(sample, Check.DUTY_OVERLAP) if ItemRef("duty", boiler[0]) in f.items]


# ----- duty gaps --------------------------------------------------------------------------------
def test_a_planted_uncovered_department_duty_is_found(sample: Document) -> None:
    market = _unit(sample, "市场部")
    uncovered = _add_duty(sample, "unit", market.id, "负责应急通信保障车辆的调度和维护。")
    covered = _add_duty(sample, "unit", market.id, "组织开展商务合作伙伴的引入评估。")
    _add_duty(sample, "position", _post(sample, "市场部", "商务拓展管理").id, "开展商务合作伙伴引入的评估工作。")
    gaps = _check(sample, Check.DUTY_GAP)
    found = [f for f in gaps if ItemRef("duty", uncovered) in f.items]
    assert len(found) == 1
    assert found[0].english().startswith("No post of “市场部” covers its duty “负责应急通信保障车辆的调度和维护。”")
    assert ItemRef("unit", market.id) in found[0].items
    assert not [f for f in gaps if ItemRef("duty", covered) in f.items]


def test_units_whose_posts_have_no_duties_are_one_finding_each(sample: Document) -> None:
    front_back = cast(Scenario, sample.scenario_named("前后端型"))
    gaps = run_health_check(sample, front_back.id, HealthSettings(checks=frozenset({Check.DUTY_GAP}))).findings
    assert "“营销中心/呼叫中心” has 11 duties but none of its posts has any; divide the duties among the posts." in [
        f.english() for f in gaps
    ]


def test_missing_duties_and_kpis_and_kpi_weights(sample: Document) -> None:
    market = _unit(sample, "市场部")
    ops.UpdateEntity("kpi", sample.kpis_of(OwnerKind.UNIT, market.id)[0].id, {"weight": 10.0}).apply(sample)
    weights = _check(sample, Check.KPI_WEIGHTS)
    assert [f.english() for f in weights] == [
        "The KPI weights of “市场部” add up to 70 %, not 100 %; adjust the weights."
    ]
    assert weights[0].items[0] == ItemRef("unit", market.id)
    no_duties = [f.english() for f in _check(sample, Check.MISSING_DUTIES)]
    assert "1 posts of “市场部” have no duties: 市场部经理." in no_duties
    no_kpis = [f for f in _check(sample, Check.MISSING_KPIS) if f.params["unit"] == "市场部"]
    assert len(no_kpis) == 1 and no_kpis[0].params["count"] == 13


def test_kpis_that_no_duty_mentions(sample: Document) -> None:
    loose = [f.english() for f in _check(sample, Check.KPI_WITHOUT_DUTY)]
    assert any(
        m.startswith("No duty of “10000号运营中心” mentions the KPIs “人工服务15秒接通率”、“一次问题解决率”;")
        for m in loose
    )
    market = _unit(sample, "市场部")
    assert not [f for f in _check(sample, Check.KPI_WITHOUT_DUTY) if ItemRef("unit", market.id) in f.items]


# ----- KPI suggestions ----------------------------------------------------------------------------
def test_indicators_are_read_from_duty_statements() -> None:
    assert indicators("承担业务一站服务开通及时率、账务结算率指标。") == ["业务一站服务开通及时率", "账务结算率"]
    assert indicators("负责本地网范围内政企客户营销服务和客户关系发展工作，承担渠道满意度指标考核。") == ["渠道满意度"]
    assert indicators("承担所负责行业客户年度业务收入指标和任务考核。") == ["行业客户年度业务收入"]
    assert indicators("负责本地网政企客户体系的预算执行，承担预算目标任务及其指标考核。") == []
    assert indicators("制订客户维系目标和考核指标并落实考核。") == []


def test_kpi_suggestions_for_one_stop_service_include_its_two_indicators_and_accepting_is_undoable(
    sample: Document,
) -> None:
    one_stop = _post(sample, "政企客户部", "一站服务")
    assert not [f for f in _check(sample, Check.KPI_SUGGESTION) if ItemRef("position", one_stop.id) in f.items]
    for kpi in sample.kpis_of(OwnerKind.POSITION, one_stop.id):
        ops.DeleteKpi(kpi.id).apply(sample)
    findings = [f for f in _check(sample, Check.KPI_SUGGESTION) if ItemRef("position", one_stop.id) in f.items]
    assert len(findings) == 1 and findings[0].severity == Severity.SUGGESTION
    fix = findings[0].fix
    assert isinstance(fix, KpiFix)
    names = [s.name for s in fix.suggestions]
    assert any("开通及时率" in n for n in names) and any("账务结算率" in n for n in names)
    before = sample.snapshot()
    operation = fix.operation()
    operation.apply(sample)
    assert operation.label() == "Add 2 suggested KPIs"
    added = sample.kpis_of(OwnerKind.POSITION, one_stop.id)
    assert [k.name for k in added] == names and all(k.measure_unit == "%" for k in added)
    assert not [f for f in _check(sample, Check.KPI_SUGGESTION) if ItemRef("position", one_stop.id) in f.items]
    operation.revert(sample)
    assert sample.snapshot() == before


def test_accepting_all_suggestions_is_one_edit(sample: Document) -> None:
    findings = _check(sample, Check.KPI_SUGGESTION)
    before = sample.snapshot()
    operation = accept_all(findings)
    operation.apply(sample)
    assert sample.count("kpi") == len(before["kpi"]) + sum(len(cast(KpiFix, f.fix).suggestions) for f in findings)
    operation.revert(sample)
    assert sample.snapshot() == before


# ----- writing --------------------------------------------------------------------------------
def test_vague_openings_and_a_bare_responsible_are_suggestions(sample: Document) -> None:
    messages = [f.english() for f in _check(sample, Check.WRITING)]
    assert any(m.startswith("“参与跨域重大项目销售和服务支持。” opens with “参与”") for m in messages)
    assert any(m.startswith("“负责卡类管控工作。” says only “负责…”") for m in messages)
    assert not any("负责组织落实各项销售策略" in m for m in messages)
    twice = [_add_duty(sample, "unit", _unit(sample, n).id, "协助做好宣传。") for n in ("市场部", "政企客户部")]
    same = [f for f in _check(sample, Check.WRITING) if ItemRef("duty", twice[0]) in f.items]
    assert len(same) == 1 and ItemRef("duty", twice[1]) in same[0].items


# ----- structure --------------------------------------------------------------------------------
def test_structure_findings(sample: Document) -> None:
    scenario = _current(sample)
    market = _unit(sample, "市场部")
    empty = ops.AddUnit(scenario.id, market.id, "新组")
    empty.apply(sample)
    ops.AddUnit(scenario.id, market.id, "新组").apply(sample)
    manager = _post(sample, "市场部", "市场部经理")
    ops.UpdateEntity("position", manager.id, {"is_manager": False}).apply(sample)
    messages = {f.english() for f in run_health_check(sample, scenario.id).findings}
    assert "“市场部/新组” has neither posts nor sub-units; add posts or delete the unit." in messages
    assert "2 units under “市场部” are named “新组”; rename them." in messages
    assert "“市场部” has no manager post; mark one of its posts as the manager." in messages
    assert "“公众客户部/公众客户部经理” has 16 direct reports, more than 15; add a level or a deputy." in messages
    deep = _check(sample, Check.DEPTH, depth_max=1)
    assert [f.params["unit"] for f in deep] == ["市场部/新组", "市场部/新组"]


def test_overstaffing_and_vacancies(sample: Document) -> None:
    planner = _post(sample, "市场部", "市场规划")
    ops.UpdateEntity("position", planner.id, {"headcount": 0}).apply(sample)
    findings = [f for f in _check(sample, Check.STAFFING) if f.params["unit"] == "市场部"]
    assert [(f.severity, f.params["count"]) for f in findings] == [(Severity.WARNING, 1), (Severity.INFO, 16)]
    assert findings[0].params["posts"] == "市场规划 1"


def test_post_codes_missing_or_duplicated_get_generated_codes_by_the_rule(sample: Document) -> None:
    market = _unit(sample, "市场部")
    added = ops.AddPosition(market.id, "数据分析师", category="营销")
    added.apply(sample)
    copy_code = _post(sample, "政企客户部", "营销分析")
    ops.UpdateEntity("position", copy_code.id, {"code": "SC-01"}).apply(sample)
    findings = _check(sample, Check.POST_CODE)
    missing = next(f for f in findings if f.params.get("unit") == "市场部")
    duplicate = next(f for f in findings if f.params.get("code") == "SC-01")
    assert duplicate.severity == Severity.ERROR and duplicate.params["count"] == 2
    assert missing.fix is not None and duplicate.fix is not None
    missing.fix.operation().apply(sample)
    assert sample.position(cast(int, added.position_id)).code == "D01-营销01"
    duplicate.fix.operation().apply(sample)
    assert copy_code.category == "营销" and sample.position(copy_code.id).code == "D02-营销01"
    assert not _check(sample, Check.POST_CODE)


def test_generated_codes_skip_used_ones_and_borrow_the_parent_code() -> None:
    from orgdesk.domain.builder import DocumentBuilder

    builder = DocumentBuilder("测试")
    scenario = builder.add_scenario("现行", "", True)
    top = builder.add_unit(scenario, None, "公司", code="F")
    group = builder.add_unit(scenario, top, "一组")
    first = builder.add_position(group, "组长", code="F01-02")
    second = builder.add_position(group, "组员")
    third = builder.add_position(group, "组员")
    codes = new_codes(builder.document, [first, second, third])
    assert codes == {first.id: "F01-01", second.id: "F01-02", third.id: "F01-03"}


def test_progress_and_cancel(sample: Document) -> None:
    seen: list[int] = []

    def record(done: int, total: int) -> bool:
        seen.append(done)
        return True

    run_health_check(sample, _current(sample).id, progress=record)
    assert seen[-1] == 1000 and seen == sorted(seen) and len(seen) > 5
    with pytest.raises(Cancelled):
        run_health_check(sample, _current(sample).id, progress=lambda done, total: done < 500)
