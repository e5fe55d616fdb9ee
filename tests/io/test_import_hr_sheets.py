"""Rosters and staffing tables as HR offices keep them import with no mapping at all."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path
from typing import cast

import pytest

from orgdesk.domain.analysis import check_invariants
from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Gender, Person, Position, Unit
from orgdesk.domain.extra import extra_fields
from orgdesk.io.importing.plan import ImportPlan
from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import, read_source
from tests.io.hr_sheets import (
    ROSTER_PEOPLE,
    STAFFING,
    convert_with_libreoffice,
    write_hr_system_csv,
    write_roster_xlsx,
    write_staffing_xlsx,
)


def _import(path: Path, document: Document | None = None, **options: object) -> tuple[Document, ImportPlan]:
    document = document or empty_document("某市分公司")
    scenario = document.current_scenario()
    assert scenario is not None
    plan = plan_import(document, scenario.id, read_source(path), ImportOptions(**options))  # type: ignore[arg-type]
    assert plan.rejected() == [], [p.text("en") for p in plan.rejected()]
    plan.operation().apply(document)
    assert check_invariants(document) == []
    return document, plan


def _tree(document: Document) -> list[str]:
    scenario = document.current_scenario()
    assert scenario is not None
    root = document.root(scenario.id)
    assert root is not None
    return ["  " * document.depth(u) + u.name for u in document.subtree(root)]


def _posts(document: Document, unit_name: str) -> dict[str, Position]:
    unit = next(u for u in cast(list[Unit], list(document.all("unit"))) if u.name == unit_name)
    return {p.title: p for p in document.positions_of(unit.id)}


def _people(document: Document) -> dict[str, Person]:
    return {p.name: p for p in cast(list[Person], list(document.all("person")))}


ROSTER_TREE = [
    "某市分公司",
    "  综合部",
    "    办公室",
    "    人力资源室",
    "  网络部",
    "    传输室",
    "      光缆班",
    "    无线室",
    "  市场部",
    "    政企客户中心",
]


def _check_roster(document: Document) -> None:
    assert _tree(document) == ROSTER_TREE
    assert Counter(u.name for u in cast(list[Unit], list(document.all("unit"))))["网络部"] == 1
    people = _people(document)
    assert len(people) == len(ROSTER_PEOPLE) == document.count("assignment")
    office = _posts(document, "办公室")
    assert office["文秘"].headcount == 2 and office["主任"].headcount == 1, "编制: the holders of the post"
    assert len(_posts(document, "光缆班")["线务员"].headcount * "x") == 3
    assert _posts(document, "传输室")["主任"].grade == "M4"
    assert _posts(document, "综合部").keys() == {"总经理", "副总经理"}, "a blank 二级部门: the row is in 综合部"
    li = people["李红"]
    assert (li.code, li.gender, li.employment_type) == ("10002", Gender.FEMALE, "合同制")
    assert li.id_number == "44010619750202224X", "a final X survives"
    assert people["许诺"].employment_type == "退休返聘" and people["许诺"].hire_date == date(2024, 1, 1)
    assert extra_fields(people["王建国"]) == {"籍贯": "广东广州", "职称": "高级经济师"}
    assert "钱䶮" in people


def test_a_roster_with_title_rows_and_level_columns_imports_without_mapping(tmp_path: Path) -> None:
    document, plan = _import(write_roster_xlsx(tmp_path / "花名册.xlsx"))
    _check_roster(document)
    # 黄强's 身份证号 was typed as a number: Excel (and openpyxl) keep 15 digits, and the import says so.
    assert [(p.row, p.params["column"]) for p in plan.problems] == [(11, "身份证号")]


def test_the_same_roster_saved_by_excel_97_imports_the_same(tmp_path: Path) -> None:
    xls = convert_with_libreoffice(write_roster_xlsx(tmp_path / "花名册.xlsx"), "xls", tmp_path / "xls")
    document, _plan = _import(xls)
    assert _tree(document) == ROSTER_TREE
    people = _people(document)
    assert len(people) == len(ROSTER_PEOPLE)
    assert people["李红"].id_number == "44010619750202224X"
    assert people["王建国"].hire_date == date(1995, 7, 1)


def test_an_hr_system_csv_in_gb18030_with_full_paths(tmp_path: Path) -> None:
    document, plan = _import(write_hr_system_csv(tmp_path / "export.csv"))
    assert _tree(document) == [
        "某市分公司",
        "  网络运维中心",
        "    传输室",
        "      光缆班",
        "  客户服务中心",
    ], "the first element of every path is the top unit itself"
    people = _people(document)
    deng = people["邓䶮"]
    assert (deng.code, deng.employment_type, deng.political_status) == ("A0004", "劳务派遣", "共青团员")
    assert deng.birth_date == date(1995, 3, 20) and deng.work_start_date == date(2016, 3, 1)
    assert deng.phone == "13800000004" and people["马丽"].id_number == "44010619881102222X"
    cable = _posts(document, "光缆班")
    assert cable["线务员"].headcount == 2 and cable["线务员"].grade == "O3"
    assert plan.problems == []


def test_a_staffing_table_with_merged_departments_and_totals_rows(tmp_path: Path) -> None:
    document, plan = _import(write_staffing_xlsx(tmp_path / "定编表.xlsx"))
    assert _tree(document) == ["某市分公司", "  综合部", "  网络部", "  市场部"]
    for unit, posts in STAFFING:
        found = _posts(document, unit)
        assert {title: (p.grade, p.headcount) for title, p in found.items()} == {
            title: (grade, planned) for title, grade, planned, _staffed, _note in posts
        }
    assert extra_fields(_posts(document, "综合部")["文秘"]) == {"在岗": "1", "备注": "缺1人"}
    skipped = [p for p in plan.problems if not p.rejected]
    assert len(skipped) == 4 and all("totals row" in p.text("en") for p in skipped), "3 小计 and 1 合计"
    assert document.count("person") == 0


def test_a_roster_imported_into_the_organisation_it_describes_finds_its_units(tmp_path: Path) -> None:
    path = write_roster_xlsx(tmp_path / "花名册.xlsx")
    document, _plan = _import(path)
    units_before = document.count("unit")
    refreshed = tmp_path / "新员工.csv"
    refreshed.write_text("一级部门,二级部门,岗位,姓名,工号\n网络部,传输室,传输工程师,新人甲,20001\n", encoding="utf-8")
    _import(refreshed, document)
    assert document.count("unit") == units_before, "网络部 › 传输室 found, not made again"
    assert "新人甲" in _people(document)


@pytest.mark.parametrize(
    ("text", "separator"),
    [
        ("总部/营销中心/一部", "/"),
        ("总部 > 营销中心 > 一部", ">"),
        ("总部＞营销中心＞一部", "＞"),
        ("总部|营销中心|一部", "|"),
    ],
)
def test_the_path_separator_is_the_one_the_column_uses(tmp_path: Path, text: str, separator: str) -> None:
    path = tmp_path / "paths.csv"
    path.write_text(f"部门路径,岗位,姓名\n{text},客户经理,甲\n", encoding="utf-8")
    document, _plan = _import(path, empty_document("总部"))
    assert _tree(document) == ["总部", "  营销中心", "    一部"]


def test_a_path_and_levels_that_disagree_are_refused_naming_both(tmp_path: Path) -> None:
    path = tmp_path / "both.csv"
    path.write_text("部门全路径,一级部门,岗位,姓名\n公司/网络部,市场部,经理,甲\n", encoding="utf-8")
    document = empty_document("公司")
    scenario = document.current_scenario()
    assert scenario is not None
    plan = plan_import(document, scenario.id, read_source(path), ImportOptions())
    assert len(plan.rejected()) == 1
    text = plan.rejected()[0].text("zh_CN")
    assert "部门全路径" in text and "市场部" in text


def test_more_holders_than_the_establishment_is_noted(tmp_path: Path) -> None:
    path = tmp_path / "over.csv"
    path.write_text("部门,岗位,编制,姓名\n网络部,线务员,1,甲\n网络部,线务员,,乙\n", encoding="utf-8")
    document, plan = _import(path)
    assert _posts(document, "网络部")["线务员"].headcount == 1
    assert any("2 holders" in p.text("en") for p in plan.problems)


@pytest.mark.parametrize("suffix", ["ods", "et"])
def test_the_roster_saved_as_opendocument_or_wps_imports_the_same(tmp_path: Path, suffix: str) -> None:
    converted = convert_with_libreoffice(write_roster_xlsx(tmp_path / "花名册.xlsx"), suffix, tmp_path / suffix)
    document, _plan = _import(converted)
    assert _tree(document) == ROSTER_TREE
    assert _people(document)["李红"].id_number == "44010619750202224X"


def test_a_department_column_with_a_unit_name_and_a_section_column_below_it(tmp_path: Path) -> None:
    path = tmp_path / "sub.csv"
    rows = [
        "所属部门,部门名称,岗位,姓名,工号",
        "财务部,会计科,科长,甲,1",
        "财务部,资金科,科长,乙,2",
        "财务部,,部长,丙,3",
        "人事部,,部长,丁,4",
    ]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    document, _plan = _import(path)
    assert _tree(document) == ["某市分公司", "  财务部", "    会计科", "    资金科", "  人事部"]
    assert _posts(document, "会计科")["科长"].headcount == 1 and _posts(document, "资金科")["科长"].headcount == 1
    staffing = tmp_path / "科室.csv"
    lines = ["部门,科室,岗位,编制", "生产部,一车间,操作工,20", "生产部,二车间,操作工,18", "质量部,,质检员,4"]
    staffing.write_text("\n".join(lines) + "\n", encoding="utf-8")
    document, _plan = _import(staffing)
    assert _posts(document, "一车间")["操作工"].headcount == 20 and _posts(document, "二车间")["操作工"].headcount == 18


def test_levels_inside_a_longer_path_agree(tmp_path: Path) -> None:
    path = tmp_path / "both.csv"
    path.write_text("部门全路径,一级部门,岗位,姓名\n公司/销售部/华北组,销售部,经理,甲\n", encoding="utf-8")
    document, _plan = _import(path, empty_document("公司"))
    assert _tree(document) == ["公司", "  销售部", "    华北组"]


def test_the_same_roster_imported_again_adds_nothing(tmp_path: Path) -> None:
    path = write_roster_xlsx(tmp_path / "花名册.xlsx")
    document, _plan = _import(path)
    scenario = document.current_scenario()
    assert scenario is not None
    again = plan_import(document, scenario.id, read_source(path), ImportOptions())
    assert again.entities == [] and again.updates == [], again.entities[:3]


def test_one_employee_number_on_two_rows_is_a_concurrent_post_and_said_so(tmp_path: Path) -> None:
    path = tmp_path / "two.csv"
    path.write_text("部门,岗位,姓名,工号\n网络部,主任,李四,H003\n市场部,顾问,李四,H003\n", encoding="utf-8")
    document, plan = _import(path)
    li = _people(document)["李四"]
    assert sorted(a.kind for a in document.assignments_of_person(li.id)) == ["concurrent", "primary"]
    assert any("H003" in p.text("en") and "concurrent" in p.text("en") for p in plan.problems)
