"""The bundled sample organisation matches the seed text it was taken from."""

from __future__ import annotations

from collections import Counter
from typing import cast

import pytest

from orgdesk.domain.analysis import check_invariants
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Kpi, OwnerKind, Unit
from orgdesk.domain.sample import load_sample_data

# department -> (posts listed in the text, department duties (level 1, level 2), duties of its posts)
# counted by reading resources/sample's source, the seed text telecom-departments-duties.txt
FROM_THE_TEXT = {
    "市场部": (15, (6, 0), 68),
    "政企客户部": (9, (7, 0), 51),
    "公众客户部": (10, (13, 0), 42),
    "客户服务部": (5, (20, 8), 21),
    "10000号运营中心": (0, (4, 0), 0),
}
GOV_POSTS = ["营销分析", "营销策划", "行业经理", "客户经理", "销售经理", "售前支持", "项目经理", "一站服务", "商务经理"]


def _unit(doc: Document, name: str, scenario_id: int) -> Unit:
    return next(u for u in doc.units_of_scenario(scenario_id) if u.name == name)


def test_current_structure_has_the_five_departments_in_order(sample: Document) -> None:
    scenario = sample.current_scenario()
    assert scenario is not None and scenario.name == "现行架构"
    root = cast(Unit, sample.root(scenario.id))
    assert root.name == "某电信分公司"
    assert cast(object, sample.unit_type(root.type_id)).name == "分公司"  # type: ignore[attr-defined]
    assert [p.title for p in sample.positions_of(root.id)] == ["总经理"]
    assert [u.name for u in sample.children_of(root)] == list(FROM_THE_TEXT)


@pytest.mark.parametrize("department", list(FROM_THE_TEXT))
def test_every_post_and_numbered_duty_of_the_text_is_there(sample: Document, department: str) -> None:
    posts, (level1, level2), post_duties = FROM_THE_TEXT[department]
    scenario_id = cast(int, sample.current_scenario().id)
    unit = _unit(sample, department, scenario_id)
    positions = sample.positions_of(unit.id)
    managers = [p for p in positions if p.is_manager]
    assert len(managers) == 1 and positions[0].is_manager
    assert len(positions) == posts + 1
    levels = Counter(d.level for d in sample.duties_of(OwnerKind.UNIT, unit.id))
    assert (levels[1], levels[2]) == (level1, level2)
    listed = [p for p in positions if not p.is_manager]
    assert sum(len(sample.duties_of(OwnerKind.POSITION, p.id)) for p in listed) == post_duties
    assert all(sample.duties_of(OwnerKind.POSITION, p.id) for p in listed)
    assert sample.kpis_of(OwnerKind.UNIT, unit.id), "every department has KPIs"


def test_government_customer_posts_and_indicator_kpis(sample: Document) -> None:
    scenario_id = cast(int, sample.current_scenario().id)
    gov = _unit(sample, "政企客户部", scenario_id)
    posts = sample.positions_of(gov.id)
    assert [p.title for p in posts[1:]] == GOV_POSTS
    one_stop = next(p for p in posts if p.title == "一站服务")
    names = [k.name for k in sample.kpis_of(OwnerKind.POSITION, one_stop.id)]
    assert "一站服务开通及时率" in names and "账务结算率" in names
    duties = sample.duties_of(OwnerKind.POSITION, one_stop.id)
    assert duties[0].text.startswith("承担业务一站服务开通及时率、账务结算率指标")


def test_duty_texts_are_clean(sample: Document) -> None:
    for duty in sample.all("duty"):
        text = duty.text
        assert "~" not in text and text.strip() == text and text
        assert not text[0].isdigit() or text.startswith("10000号") or text.startswith("1000")


def test_kpi_weights_of_each_owner_total_100(sample: Document) -> None:
    totals: Counter[tuple[str, int]] = Counter()
    for kpi in sample.all("kpi"):
        kpi = cast(Kpi, kpi)
        totals[(kpi.owner_kind, kpi.owner_id)] += kpi.weight or 0
    assert totals and all(abs(total - 100) < 1e-6 for total in totals.values())


def test_the_roster_is_not_empty_and_the_people_are_fictional(sample: Document) -> None:
    assert sample.count("person") >= 16
    assert all("虚构" in p.notes for p in sample.all("person"))
    kinds = Counter(a.kind for a in sample.all("assignment"))
    assert kinds["primary"] > 10 and kinds["concurrent"] >= 1 and kinds["acting"] >= 1
    vacant = [p for p in sample.all("position") if not sample.assignments_of_position(p.id)]
    assert vacant, "some posts are vacant"


def test_the_three_organisation_models_are_further_scenarios(sample: Document) -> None:
    names = [s.name for s in sample.scenarios()]
    assert names == ["现行架构", "前后端型", "产品主导型", "客户主导型"]
    for scenario in sample.scenarios()[1:]:
        root = sample.root(scenario.id)
        assert root is not None
        children = {u.name for u in sample.children_of(root)}
        assert {"人力资源", "财务、计费", "IT"} <= children, scenario.name
        assert scenario.description, "pros and cons from the text"
    front_back = cast(int, sample.scenario_named("前后端型").id)
    assert {"营销中心", "网络中心"} <= {u.name for u in sample.units_of_scenario(front_back)}
    assert check_invariants(sample) == []


def test_the_sample_source_is_readable_json() -> None:
    data = load_sample_data()
    assert data["format"] == "orgdesk-sample/1"
    assert next(s["name"] for s in data["scenarios"]) == "现行架构"


def test_the_sample_holds_exactly_the_duties_the_parser_reads_from_the_seed_text(sample: Document) -> None:
    """Every numbered duty of the seed text is on its department or post, word for word."""
    from orgdesk.domain.duty_text import parse_duties
    from tests.domain.test_duty_text import SEED_FILE, seed_sections

    scenario_id = cast(int, sample.current_scenario().id)
    checked = 0
    for section in seed_sections(SEED_FILE.read_text(encoding="utf-8")):
        department = _unit(sample, section.department, scenario_id)
        items = parse_duties(section.text)
        if section.title.endswith("主要职责"):
            owner = (OwnerKind.UNIT, department.id)
            expected = [(item.level, item.text) for item in items if item.level > 0]
        else:
            post = next(p for p in sample.positions_of(department.id) if p.title == section.title)
            owner = (OwnerKind.POSITION, post.id)
            expected = [(item.level - 1, item.text) for item in items if item.level > 1]
        duties = [(d.level, d.text) for d in sample.duties_of(*owner)]
        assert duties == expected, section.title
        checked += len(expected)
    assert checked == 240  # every numbered line of the text except the 39 post headings
