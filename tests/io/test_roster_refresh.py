"""The monthly roster refresh: next month's 花名册 into the organisation it describes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import cast

from openpyxl import load_workbook

from orgdesk.domain.analysis import check_invariants
from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Person, Position
from orgdesk.domain.extra import extra_fields
from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import, read_source
from orgdesk.io.workbook.writer import write_workbook
from tests.cli.test_cli import orgdesk
from tests.io.hr_sheets import write_roster_xlsx


def _plan(document: Document, path: Path, **options: object):  # type: ignore[no-untyped-def]
    scenario = document.current_scenario()
    assert scenario is not None
    return plan_import(document, scenario.id, read_source(path), ImportOptions(**options))  # type: ignore[arg-type]


def _people(document: Document) -> dict[str, Person]:
    return {p.name: p for p in cast(list[Person], list(document.all("person")))}


def _post_of(document: Document, name: str) -> str:
    person = _people(document)[name]
    (assignment,) = [a for a in document.assignments_of_person(person.id) if a.kind == "primary"]
    post = cast(Position, document.get("position", assignment.position_id))
    return f"{document.unit(post.unit_id).name}/{post.title}"


def _next_month(path: Path, target: Path) -> Path:
    """November's roster edited as December's: 刘洋 moves (to a P6 post), 赵敏 leaves, 新员工 joins, 孙磊 becomes
    劳务派遣, the 光缆班 线务员 are graded O4, and a new 网络部 › 传输室 › 管道班 appears."""
    book = load_workbook(path)
    sheet = book["花名册"]
    header = [cell.value for cell in sheet[3]]
    column = {name: header.index(name) + 1 for name in header if name}
    rows = {sheet.cell(r, column["姓名"]).value: r for r in range(4, sheet.max_row + 1)}
    sheet.cell(rows["刘洋"], column["二级部门"], "人力资源室")
    sheet.cell(rows["刘洋"], column["岗位"], "薪酬专员")
    sheet.cell(rows["刘洋"], column["岗级"], "P6")
    sheet.delete_rows(rows["赵敏"])
    rows = {sheet.cell(r, column["姓名"]).value: r for r in range(4, sheet.max_row + 1)}
    sheet.cell(rows["孙磊"], column["用工性质"], "劳务派遣")
    for name in ("郑龑", "孙磊", "钱䶮"):
        sheet.cell(rows[name], column["岗级"], "O4")
    sheet.append([23, "网络部", "传输室", "管道班", "线务员", "新员工", "10023", "男", "440106199912121234", "合同制"])
    book.save(target)
    return target


def test_next_months_roster_lists_the_changes_and_applies_them_as_one_edit(tmp_path: Path) -> None:
    november = write_roster_xlsx(tmp_path / "11月花名册.xlsx")
    document = empty_document("某市分公司")
    _plan(document, november).operation().apply(document)
    units, people = document.count("unit"), document.count("person")
    before = document.snapshot()

    december = _next_month(november, tmp_path / "12月花名册.xlsx")
    plan = _plan(document, december, update=True)
    assert plan.rejected() == [], [p.text("en") for p in plan.rejected()]
    changes = plan.changes
    assert changes["joined"] == ["新员工 → 网络部/传输室/管道班/线务员"]
    assert changes["left"] == ["赵敏 (综合部/人力资源室/薪酬专员)"]
    assert changes["moved"] == ["刘洋: 综合部/办公室/文秘 → 综合部/人力资源室/薪酬专员"]
    assert changes["employment_changed"] == ["孙磊: 外包 → 劳务派遣"]
    assert changes["grade_changed"] == ["网络部/传输室/光缆班/线务员: O3 → O4"], "all its holders' rows say O4"
    assert changes["new_units"] == ["网络部/传输室/管道班"]
    assert changes["new_posts"] == ["网络部/传输室/管道班/线务员"]

    operation = plan.operation()
    operation.apply(document)
    assert check_invariants(document) == []
    assert document.count("unit") == units + 1 and document.count("person") == people + 1
    assert _post_of(document, "刘洋") == "人力资源室/薪酬专员"
    zhao = _people(document)["赵敏"]
    assert document.assignments_of_person(zhao.id) == [] and extra_fields(zhao)["在职状态"] == "离职"
    assert _people(document)["孙磊"].employment_type == "劳务派遣"
    operation.revert(document)
    assert document.snapshot() == before, "one undo step takes the whole refresh back"


def test_an_unchanged_roster_changes_nothing(tmp_path: Path) -> None:
    november = write_roster_xlsx(tmp_path / "花名册.xlsx")
    document = empty_document("某市分公司")
    _plan(document, november).operation().apply(document)
    plan = _plan(document, november, update=True)
    assert all(not items for items in plan.changes.values()), plan.changes
    assert plan.entities == [] and plan.deletions == []


def test_leavers_can_be_removed_and_our_own_export_refreshes_too(tmp_path: Path) -> None:
    november = write_roster_xlsx(tmp_path / "花名册.xlsx")
    document = empty_document("某市分公司")
    _plan(document, november).operation().apply(document)
    scenario = document.current_scenario()
    assert scenario is not None
    exported = tmp_path / "导出.xlsx"
    write_workbook(document, scenario.id, exported)
    book = load_workbook(exported)
    roster = book["花名册"]
    names = [cell.value for cell in roster["C"]]
    roster.delete_rows(names.index("赵敏") + 1)
    book.save(exported)
    plan = _plan(document, exported, update=True, leavers="remove")
    assert plan.changes["left"] == ["赵敏 (综合部/人力资源室/薪酬专员)"] and plan.changes["moved"] == []
    plan.operation().apply(document)
    assert "赵敏" not in _people(document)


def test_the_command_line_shows_the_changes_and_dry_run_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "org.orgdesk"
    assert orgdesk("new", str(path)).returncode == 0
    november = write_roster_xlsx(tmp_path / "11月.xlsx")
    assert orgdesk("import", str(path), "--from", str(november)).returncode == 0
    december = _next_month(november, tmp_path / "12月.xlsx")
    before = path.read_bytes()
    dry = orgdesk("import", str(path), "--from", str(december), "--update", "--dry-run", lang="zh_CN")
    assert dry.returncode == 0, dry.stderr
    assert "离职" in dry.stdout or "Left" in dry.stdout or "赵敏" in dry.stdout
    assert "刘洋: 综合部/办公室/文秘 → 综合部/人力资源室/薪酬专员" in dry.stdout
    assert path.read_bytes() == before
    done = orgdesk("import", str(path), "--from", str(december), "--update")
    assert done.returncode == 0, done.stderr
    info = json.loads(orgdesk("info", str(path), "--json").stdout)
    assert info["people"] == 23


def test_a_leavers_grade_is_no_change_of_the_posts_grade(tmp_path: Path) -> None:
    november = tmp_path / "11.csv"
    november.write_text("部门,岗位,姓名,工号,岗级\n工程部,设计师,甲,1,P5\n工程部,设计师,乙,2,O4\n", encoding="utf-8")
    december = tmp_path / "12.csv"
    december.write_text("部门,岗位,姓名,工号,岗级\n工程部,设计师,乙,2,O4\n", encoding="utf-8")
    document = empty_document("公司")
    _plan(document, november).operation().apply(document)
    plan = _plan(document, december, update=True)
    assert plan.changes["grade_changed"] == [] and plan.changes["left"] == ["甲 (工程部/设计师)"]


def test_a_staffing_table_is_no_roster_to_update_with_and_a_stranger_roster_is_flagged(tmp_path: Path) -> None:
    import pytest

    from orgdesk.io import SpreadsheetImportError
    from tests.io.hr_sheets import write_staffing_xlsx

    document = empty_document("某市分公司")
    _plan(document, write_roster_xlsx(tmp_path / "花名册.xlsx")).operation().apply(document)
    with pytest.raises(SpreadsheetImportError) as refused:
        _plan(document, write_staffing_xlsx(tmp_path / "定编表.xlsx"), update=True)
    assert refused.value.template.startswith("Sheet “{sheet}” has no column of names")
    stranger = tmp_path / "other.csv"
    stranger.write_text("部门,岗位,姓名,工号\n别的部门,员工,外人,X1\n", encoding="utf-8")
    plan = _plan(document, stranger, update=True)
    assert any("Nobody on the roster" in p.text("en") for p in plan.problems)


def test_a_joiner_on_a_full_post_is_noted(tmp_path: Path) -> None:
    november = tmp_path / "11.csv"
    november.write_text("部门,岗位,姓名,工号\n财务部,会计,甲,1\n", encoding="utf-8")
    december = tmp_path / "12.csv"
    december.write_text("部门,岗位,姓名,工号\n财务部,会计,甲,1\n财务部,会计,乙,2\n", encoding="utf-8")
    document = empty_document("公司")
    _plan(document, november).operation().apply(document)
    plan = _plan(document, december, update=True)
    assert plan.changes["joined"] == ["乙 → 财务部/会计"]
    assert any("2 holders" in p.text("en") and "(编制) of 1" in p.text("en") for p in plan.problems)
