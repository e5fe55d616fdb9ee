"""Our roster workbook after someone edited it in Excel: deleted columns, rows that point
nowhere, blank names, numbers typed as text. The import keeps what it can and says why
it left each other row out."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from orgdesk.domain.analysis import check_invariants
from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Kpi, Person, Position
from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import, read_source
from orgdesk.io.workbook.writer import write_workbook


def _exported(sample: Document, path: Path) -> Path:
    scenario = sample.current_scenario()
    assert scenario is not None
    write_workbook(sample, scenario.id, path, language="zh_CN")
    return path


def _column(sheet: object, header: str) -> int:
    for cell in sheet[2]:  # type: ignore[index]  (row 1 is the sheet's title)
        if cell.value == header:
            return int(cell.column)
    raise AssertionError(header)


def test_an_edited_workbook_keeps_the_good_rows_and_names_the_bad_ones(sample: Document, tmp_path: Path) -> None:
    path = _exported(sample, tmp_path / "edited.xlsx")
    book = openpyxl.load_workbook(path)
    roster, posts, duties, kpis = book["花名册"], book["岗位"], book["岗位职责"], book["考核指标"]
    roster.delete_cols(_column(roster, "备注"))  # a column the import reads, deleted
    posts.cell(3, _column(posts, "编制"), "3")  # a number typed as text (row 1: title, row 2: header)
    posts.append(["9.9-1", "", "", "孤岗"])  # its unit does not exist
    posts.append(["1-99", "", "", ""])  # no title
    post_ref = _column(roster, "岗位层级编号") - 1
    roster.append([None, "", ""] + [None] * (post_ref - 3) + ["1-1"])  # no name
    roster.append([None, "E-NEW", "新人"] + [None] * (post_ref - 3) + ["9.9-9"])  # a post that does not exist
    duties.append(["", "7.7.7", 1, 1, "", "无主职责"])  # an owner that does not exist
    kpis.append(["", "1", 1, "", "没有名称的指标"])  # no KPI name
    kpis.append(["", "1", 2, "权重写成文字", "", "", "", "12.5"])
    roster.append([99])  # filled only in a column the import does not read: still a row, without a name
    book.save(path)

    target = empty_document("空")
    scenario = target.current_scenario()
    assert scenario is not None
    plan = plan_import(target, scenario.id, read_source(path), ImportOptions())
    reasons = {(problem.sheet, problem.row): problem.text("en") for problem in plan.problems}
    last = {name: book[name].max_row for name in ("岗位", "花名册", "岗位职责", "考核指标")}
    assert "“9.9-1” names no unit or post" in reasons[("岗位", last["岗位"] - 1)]
    assert "no name" in reasons[("岗位", last["岗位"])]
    assert "no name" in reasons[("花名册", last["花名册"] - 2)]
    assert "“9.9-9” names no unit or post" in reasons[("花名册", last["花名册"] - 1)]
    assert "no name" in reasons[("花名册", last["花名册"])]
    assert "“7.7.7” names no unit or post" in reasons[("岗位职责", last["岗位职责"])]
    assert "no name" in reasons[("考核指标", last["考核指标"] - 1)]
    assert len(plan.problems) == 7

    plan.operation().apply(target)
    assert check_invariants(target) == []
    first_post = min((e for e in plan.entities if isinstance(e, Position)), key=lambda p: (p.unit_id, p.sort_order))
    assert first_post.headcount == 3
    assert all(person.notes == "" for person in plan.entities if isinstance(person, Person))
    assert any(person.code == "E-NEW" for person in plan.entities if isinstance(person, Person))
    weights = {kpi.name: kpi.weight for kpi in plan.entities if isinstance(kpi, Kpi)}
    assert weights["权重写成文字"] == 12.5
