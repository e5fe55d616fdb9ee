"""Import of other people's sheets: tree shapes, header detection, real files, bad rows."""

from __future__ import annotations

import time
from pathlib import Path
from typing import cast

import pytest

from orgdesk.domain.analysis import check_invariants
from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Position, Unit
from orgdesk.io.importing.plan import ImportPlan
from orgdesk.io.importing.spreadsheet import ImportOptions, detect, plan_import, read_source

REALDATA = Path(__file__).parents[1] / "data" / "realdata"


def _import(path: Path, **options: object) -> tuple[Document, ImportPlan]:
    document = empty_document("某公司")
    scenario = document.current_scenario()
    assert scenario is not None
    plan = plan_import(document, scenario.id, read_source(path), ImportOptions(**options))  # type: ignore[arg-type]
    plan.operation().apply(document)
    assert check_invariants(document) == []
    return document, plan


def _tree(document: Document) -> list[str]:
    scenario = document.current_scenario()
    assert scenario is not None
    root = document.root(scenario.id)
    assert root is not None
    return ["  " * document.depth(u) + u.name for u in document.subtree(root)]


def _csv(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "org.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_id_and_parent_id_build_the_tree_and_codes_stay_text(tmp_path: Path) -> None:
    text = "部门编号,上级部门编号,部门名称,类型\n001,,总部,公司\n0101,001,市场部,部门\n0102,001,财务部,部门\n"
    path = _csv(tmp_path, text)
    document, plan = _import(path)
    assert plan.mode == "units" and plan.problems == []
    assert _tree(document) == ["总部", "  市场部", "  财务部"]
    market = next(u for u in cast(list[Unit], list(document.all("unit"))) if u.name == "市场部")
    assert market.code == "0101"


def test_path_column_with_a_chosen_separator_creates_missing_levels(tmp_path: Path) -> None:
    path = _csv(tmp_path, "组织路径,编制\n营销中心>大客户部,5\n营销中心>大客户部>一组,3\n综合部,2\n")
    document, _plan = _import(path, path_sep=">")
    assert _tree(document) == ["某公司", "  营销中心", "    大客户部", "      一组", "  综合部"]
    posts = cast(list[Position], list(document.all("position")))
    assert sorted(p.headcount for p in posts) == [2, 3, 5]


def test_level_column_in_row_order_and_a_level_gap_is_rejected(tmp_path: Path) -> None:
    path = _csv(tmp_path, "层级,名称\n1,集团\n2,甲公司\n3,甲一部\n2,乙公司\n4,跳级部\n")
    document, plan = _import(path)
    assert _tree(document) == ["集团", "  甲公司", "    甲一部", "  乙公司"]
    assert [(p.row, p.rejected) for p in plan.problems] == [(6, True)]
    assert "level" in plan.problems[0].text("en")


def test_parent_name_column_and_several_roots_go_under_the_organisation_root(tmp_path: Path) -> None:
    path = _csv(tmp_path, "单位名称,上级单位\n北区,\n北一,北区\n南区,\n")
    document, _plan = _import(path)
    assert _tree(document) == ["某公司", "  北区", "    北一", "  南区"]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_csv_encodings_excel_and_wps_save(tmp_path: Path, encoding: str) -> None:
    path = _csv(tmp_path, "机构编码,上级机构编码,机构名称\n1,,总公司\n2,1,分公司\n", encoding)
    document, _plan = _import(path)
    assert _tree(document) == ["总公司", "  分公司"]


def test_bad_rows_are_reported_with_row_numbers_and_skipped(tmp_path: Path) -> None:
    text = "id,parentId,name\n1,,Top\n2,1,A\n2,1,Again\n3,9,Orphan\n4,5,Loop1\n5,4,Loop2\n6,5,Below\n7,1,\n"
    document, plan = _import(_csv(tmp_path, text))
    reasons = {p.row: p.text("en") for p in plan.problems}
    assert sorted(reasons) == [4, 5, 6, 7, 8, 9]
    assert "already used in row 3" in reasons[4]
    assert "“9” is not in the sheet" in reasons[5]
    assert "cycle" in reasons[6] and "cycle" in reasons[7]
    assert "row 7" in reasons[8]
    assert "no name" in reasons[9]
    assert _tree(document) == ["Top", "  A"]


def test_a_cycle_through_thousands_of_rows_is_rejected_in_linear_time(tmp_path: Path) -> None:
    # Each row's parent is the next row and the last row's parent is the first: one big cycle,
    # and a long chain hanging below it. Walking up from every row took minutes at 20,000 rows.
    rows = 20_000
    lines = ["id,parentId,name", "0,,Top"]
    lines += [f"{n},{n % rows + 1},U{n}" for n in range(1, rows + 1)]
    lines += [f"{n},{n - 1 if n > rows + 1 else 1},C{n}" for n in range(rows + 1, 2 * rows + 1)]
    started = time.perf_counter()
    document, plan = _import(_csv(tmp_path, "\n".join(lines)))
    assert time.perf_counter() - started < 10
    reasons = [p.text("en") for p in plan.problems]
    assert len(reasons) == 2 * rows
    assert sum("cycle" in reason for reason in reasons) == rows
    assert _tree(document) == ["Top"]


def test_header_below_title_rows_is_found_and_map_overrides(tmp_path: Path) -> None:
    text = "某公司组织架构表,,\n制表日期 2025-01-01,,\n编号,上级,部门\nA,,总部\nB,A,研发\n"
    path = _csv(tmp_path, text)
    document = empty_document("x")
    scenario = document.current_scenario()
    assert scenario is not None
    source = read_source(path)
    _sheet, mapping, _mode = detect(source, ImportOptions(overrides={"parent": "上级", "name": "部门"}))
    assert mapping.header_row == 2 and mapping.columns["parent"] == 1 and mapping.columns["name"] == 2
    document, _plan = _import(path, overrides={"parent": "上级", "name": "部门"})
    assert _tree(document) == ["总部", "  研发"]


def test_roster_rows_by_department_path_fill_posts_with_people(tmp_path: Path) -> None:
    text = "工号,姓名,部门,岗位\n001,张三,市场部/一组,经理\n002,李四,市场部/一组,专员\n003,王五,市场部/一组,专员\n"
    document, _plan = _import(_csv(tmp_path, text), overrides={"path": "部门"})
    assert _tree(document) == ["市场部", "  一组"]  # one top unit: it takes the blank top's place
    posts = {p.title: p.headcount for p in cast(list[Position], list(document.all("position")))}
    assert posts == {"经理": 1, "专员": 2}
    assert document.count("person") == 3 and document.count("assignment") == 3


def test_d3_org_chart_people_become_posts_with_reports_to_grouped_by_department() -> None:
    document, plan = _import(REALDATA / "org-chart__misc-data.csv")
    assert plan.mode == "posts" and plan.rejected() == []
    assert document.count("position") == 107 and document.count("person") == 107
    posts = cast(list[Position], list(document.all("position")))
    tops = [p for p in posts if p.reports_to_id is None]
    assert len(tops) == 1
    king = document.person(document.assignments_of_position(tops[0].id)[0].person_id)
    assert king.name == "Steven"
    units = {u.name for u in cast(list[Unit], list(document.all("unit")))}
    assert {"Executive", "Shipping", "Sales", "IT"} <= units


def test_d3_org_chart_demo_data_deep_string_ids_and_trimmed_names() -> None:
    document, plan = _import(REALDATA / "org-chart__data.csv")
    assert plan.rejected() == []
    assert document.count("position") == 1516
    posts = cast(list[Position], list(document.all("position")))
    assert all(p.title == p.title.strip() for p in posts)
    people = [document.person(a.person_id) for p in posts[:50] for a in document.assignments_of_position(p.id)]
    assert all(person.name == person.name.strip() for person in people)
    by_id = {p.id: p for p in posts}

    def depth(post: Position) -> int:
        return 0 if post.reports_to_id is None else 1 + depth(by_id[post.reports_to_id])

    assert max(depth(p) for p in posts) == 9  # as SOURCES.md says


def test_maxkey_template_header_on_row_three_and_numeric_codes() -> None:
    document, plan = _import(REALDATA / "MaxKey__Orgs_Import_Template.xlsx")
    assert plan.rejected() == []
    assert _tree(document) == ["MaxKey", "  人力资源部"]
    unit = next(u for u in cast(list[Unit], list(document.all("unit"))) if u.name == "人力资源部")
    assert unit.code == "1000001"
