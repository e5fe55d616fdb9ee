"""Export a document to the roster workbook, import it into an empty document: same content."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from orgdesk.domain.analysis import check_invariants
from orgdesk.domain.builder import DocumentBuilder, empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import OwnerKind
from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import, read_source
from orgdesk.io.workbook.writer import write_workbook
from tests.io.compare import scenario_content


def _round_trip(document: Document, scenario_id: int, path: Path, language: str) -> Document:
    write_workbook(document, scenario_id, path, language=language)
    target = empty_document("空")
    scenario = target.current_scenario()
    assert scenario is not None
    plan = plan_import(target, scenario.id, read_source(path), ImportOptions())
    assert plan.mode == "workbook"
    assert plan.problems == []
    plan.operation().apply(target)
    assert check_invariants(target) == []
    return target


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_scenario_of_the_sample_comes_back_field_by_field(
    sample: Document, tmp_path: Path, language: str
) -> None:
    for scenario in sample.scenarios():
        target = _round_trip(sample, scenario.id, tmp_path / f"{scenario.id}.xlsx", language)
        current = target.current_scenario()
        assert current is not None
        assert scenario_content(target, current.id) == scenario_content(sample, scenario.id)


def _tricky_document() -> Document:
    """Repeated names, formula-like text, text codes of digits, dates, empty people, deep tree."""
    builder = DocumentBuilder("某公司")
    types = builder.add_default_unit_types()
    scenario = builder.add_scenario("现行架构", is_current=True)
    root = builder.add_unit(scenario, None, "某公司", type_id=types["公司"].id, code="0001")
    first = builder.add_unit(scenario, root, "综合部", code="=1+1", description="@行政\n后勤")
    second = builder.add_unit(scenario, root, "综合部", short_name="-综合")  # same name, other unit
    deep = first
    for level in range(9):
        deep = builder.add_unit(scenario, deep, f"第{level}组")
    boss = builder.add_position(root, "总经理", code="0100", is_manager=True, grade="+M6")
    clerk = builder.add_position(first, "专员", headcount=3, category="专业")
    twin = builder.add_position(first, "专员", headcount=1)  # two posts with one title
    builder.set_reports_to(clerk, boss)
    builder.set_reports_to(twin, boss)
    builder.add_position(second, "空岗", headcount=0)
    king = builder.add_person("000123", "王=SUM(A1)", gender="M", birth_date=date(1970, 1, 2), phone="+8613800000000")
    builder.assign(king, boss, start_date=date(2020, 5, 1))
    builder.assign(king, twin, kind="acting")
    builder.add_person("", "无岗人员", notes='=HYPERLINK("x")')
    builder.add_person("", "同名", email="a@example.com")
    builder.add_person("", "同名", email="b@example.com")
    builder.add_duty(OwnerKind.UNIT, first.id, "负责综合事务", heading="综合")
    builder.add_duty(OwnerKind.UNIT, first.id, "子项", level=2)
    builder.add_duty(OwnerKind.POSITION, boss.id, "=全面负责")
    builder.add_kpi(
        OwnerKind.POSITION, boss.id, "利润", weight=62.5, target="≥100万", period="quarter", direction="target"
    )
    builder.add_kpi(OwnerKind.UNIT, second.id, "满意度")
    return builder.document


def test_repeated_names_formula_text_codes_and_dates_survive(tmp_path: Path) -> None:
    source = _tricky_document()
    scenario = source.current_scenario()
    assert scenario is not None
    target = _round_trip(source, scenario.id, tmp_path / "tricky.xlsx", "zh_CN")
    current = target.current_scenario()
    assert current is not None
    assert scenario_content(target, current.id) == scenario_content(source, scenario.id)


def test_the_comparison_notices_a_changed_field(sample: Document) -> None:
    scenario = sample.current_scenario()
    assert scenario is not None
    before = scenario_content(sample, scenario.id)
    assert len(before["units"]) > 3 and before["held"] and before["duties"] and before["kpis"]
    person = next(iter(sample.tables["person"].values()))
    sample.put("person", person.id, person._replace(phone="0"))
    assert scenario_content(sample, scenario.id) != before
