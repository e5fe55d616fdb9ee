"""The roster workbook as an independent reader (python-calamine) and openpyxl see it."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from orgdesk.domain.builder import DocumentBuilder
from orgdesk.domain.document import Document
from orgdesk.io import ExportError
from orgdesk.io.workbook.writer import write_workbook
from orgdesk.io.workbook.xlsx_stream import column_letter


def _written(document: Document, tmp_path: Path, language: str = "zh_CN") -> Path:
    scenario = document.current_scenario()
    assert scenario is not None
    path = tmp_path / "roster.xlsx"
    write_workbook(document, scenario.id, path, language=language)
    return path


def test_six_sheets_with_headers_in_each_language(sample: Document, tmp_path: Path) -> None:
    book = CalamineWorkbook.from_path(str(_written(sample, tmp_path)))
    assert book.sheet_names == ["组织架构", "定编表", "岗位", "花名册", "岗位职责", "考核指标"]
    roster = book.get_sheet_by_name("花名册").to_python()
    assert roster[0][0].startswith("某电信分公司 花名册（现行架构，"), "a title: organisation, sheet, scenario, date"
    assert roster[1][:12] == [
        "序号", "工号", "姓名", "性别", "出生日期", "身份证号", "用工性质", "学历", "参加工作时间", "入职日期",
        "政治面貌", "部门",
    ]  # fmt: skip
    assert {"岗位", "岗级", "直接上级", "兼职岗位", "代理岗位"} <= set(roster[1])
    english = CalamineWorkbook.from_path(str(_written(sample, tmp_path, "en")))
    assert english.sheet_names == ["Structure", "Establishment", "Posts", "Roster", "Duties", "KPIs"]


def test_structure_rows_in_tree_order_with_outline_levels_and_subtree_totals(sample: Document, tmp_path: Path) -> None:
    path = _written(sample, tmp_path)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("组织架构").to_python()
    scenario = sample.current_scenario()
    assert scenario is not None
    root = sample.root(scenario.id)
    assert root is not None
    assert [row[1] for row in rows[2:]] == [u.name for u in sample.subtree(root)]
    assert rows[2][0] == "1" and rows[3][0] == "1.1"
    assert rows[2][10] == sum(r[7] for r in rows[2:])  # the top's subtree headcount is everyone's sum
    sheet = openpyxl.load_workbook(path)["组织架构"]
    assert sheet.freeze_panes == "A3" and sheet.auto_filter.ref.startswith("A2:N")
    assert sheet["A1"].font.b and sheet["A1"].font.sz == 14 and sheet["A2"].font.b
    assert sheet.row_dimensions[4].outline_level == 1 and sheet["B4"].alignment.indent == 1
    assert sheet.column_dimensions["B"].width >= 10


def test_formula_like_text_stays_text_codes_stay_text_dates_are_dates(tmp_path: Path) -> None:
    builder = DocumentBuilder("公司")
    scenario = builder.add_scenario("现行", is_current=True)
    root = builder.add_unit(scenario, None, "=1+1", code="000123")
    post = builder.add_position(root, "@岗位", code="-5")
    person = builder.add_person("007", "+王", birth_date=date(1980, 2, 29), notes='=HYPERLINK("http://x")')
    builder.assign(person, post)
    path = _written(builder.document, tmp_path)
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            assert b"<f>" not in archive.read(name)
    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("花名册").to_python()
    notes = rows[1].index("备注")
    assert rows[2][1] == "007" and rows[2][2] == "+王" and rows[2][notes] == '=HYPERLINK("http://x")'
    assert rows[2][4] == date(1980, 2, 29) or rows[2][4] == datetime(1980, 2, 29)
    structure = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("组织架构").to_python()
    assert structure[2][1] == "=1+1" and structure[2][2] == "000123"


def test_progress_is_reported_and_a_cancel_leaves_no_file(sample: Document, tmp_path: Path) -> None:
    from orgdesk.io.workbook import writer as xlsx_export

    seen: list[tuple[int, int]] = []
    scenario = sample.current_scenario()
    assert scenario is not None
    write_workbook(sample, scenario.id, tmp_path / "a.xlsx", progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1]

    def cancel(done: int, total: int) -> None:
        raise KeyboardInterrupt

    original = xlsx_export.REPORT_EVERY
    xlsx_export.REPORT_EVERY = 5
    try:
        with pytest.raises(KeyboardInterrupt):
            write_workbook(sample, scenario.id, tmp_path / "b.xlsx", progress=cancel)
    finally:
        xlsx_export.REPORT_EVERY = original
    assert list(tmp_path.glob("b.xlsx*")) == []


def test_an_unwritable_place_gives_a_message(sample: Document, tmp_path: Path) -> None:
    scenario = sample.current_scenario()
    assert scenario is not None
    with pytest.raises(ExportError) as caught:
        write_workbook(sample, scenario.id, tmp_path / "missing" / "x.xlsx")
    assert "Cannot write" in caught.value.english()


def test_column_letters() -> None:
    assert [column_letter(i) for i in (0, 25, 26, 701, 702)] == ["A", "Z", "AA", "ZZ", "AAA"]
