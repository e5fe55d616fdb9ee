"""The exported 花名册 as HR prints it: one row per person (兼职/代理 in their own columns), the roster
fields and the columns a sheet brought along, a title row, printed landscape one page wide with the
header on every page; and it comes back in."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import cast

import openpyxl
from python_calamine import CalamineWorkbook

from orgdesk.domain.builder import empty_document
from orgdesk.domain.document import Document
from orgdesk.domain.entities import Assignment, Person
from orgdesk.domain.extra import extra_fields
from orgdesk.io.importing.spreadsheet import ImportOptions, plan_import, read_source
from orgdesk.io.workbook.writer import write_workbook
from tests.external_tools import require
from tests.io.hr_sheets import ROSTER_PEOPLE, convert_with_libreoffice, write_roster_xlsx


def _import(path: Path) -> Document:
    document = empty_document("某市分公司")
    scenario = document.current_scenario()
    assert scenario is not None
    plan = plan_import(document, scenario.id, read_source(path), ImportOptions())
    assert plan.rejected() == []
    plan.operation().apply(document)
    return document


def _export(document: Document, path: Path, language: str = "zh_CN") -> Path:
    scenario = document.current_scenario()
    assert scenario is not None
    write_workbook(document, scenario.id, path, language=language)
    return path


def _roster(path: Path) -> list[list[object]]:
    return CalamineWorkbook.from_path(str(path)).get_sheet_by_name("花名册").to_python()


def test_one_row_per_person_with_concurrent_and_acting_posts_in_their_own_columns(
    sample: Document, tmp_path: Path
) -> None:
    rows = _roster(_export(sample, tmp_path / "sample.xlsx"))
    header, body = rows[1], rows[2:]
    people = sample.count("person")
    assignments = cast(list[Assignment], list(sample.all("assignment")))
    assert len(assignments) > people, "the sample has people with two posts"
    assert len(body) == people, "one row per person, not one per assignment"
    concurrent = header.index("兼职岗位")
    assert sum(1 for row in body if row[concurrent]) == sum(1 for a in assignments if a.kind == "concurrent")


def test_kept_columns_and_roster_fields_go_out_and_come_back(tmp_path: Path) -> None:
    imported = _import(write_roster_xlsx(tmp_path / "花名册.xlsx"))
    exported = _export(imported, tmp_path / "导出.xlsx")
    rows = _roster(exported)
    header = rows[1]
    assert header[-2:] == ["籍贯", "职称"], "the kept columns under their own headers, after ours"
    wang = next(row for row in rows[2:] if row[2] == "王建国")
    assert wang[header.index("身份证号")] == "440106197001011234"
    assert wang[header.index("用工性质")] == "合同制" and wang[header.index("籍贯")] == "广东广州"

    back = _import(exported)
    people = {p.name: p for p in cast(list[Person], list(back.all("person")))}
    assert len(people) == len(ROSTER_PEOPLE)
    li = people["李红"]
    assert (li.id_number, li.employment_type, li.code) == ("44010619750202224X", "合同制", "10002")
    assert extra_fields(people["王建国"]) == {"籍贯": "广东广州", "职称": "高级经济师"}
    assert back.count("assignment") == imported.count("assignment")


def test_every_sheet_has_a_title_and_prints_landscape_one_page_wide_with_the_header_repeated(
    sample: Document, tmp_path: Path
) -> None:
    book = openpyxl.load_workbook(_export(sample, tmp_path / "print.xlsx", "en"))
    for sheet in book.worksheets:
        assert str(sheet["A1"].value).startswith("某电信分公司 — "), sheet.title
        assert sheet.page_setup.orientation == "landscape"
        assert sheet.page_setup.fitToWidth == 1 and sheet.page_setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$2:$2", sheet.title
        assert sheet.freeze_panes == "A3"


def test_libreoffice_prints_the_roster_one_page_wide(tmp_path: Path) -> None:
    document = empty_document("某市分公司")
    scenario = document.current_scenario()
    assert scenario is not None
    csv = tmp_path / "many.csv"
    lines = ["一级部门,二级部门,岗位,姓名,工号,身份证号,用工性质,备注"]
    lines += [f"网络部,维护{n % 7}班,线务员,员工{n:03},{20000 + n},44010619900101{n:04},合同制,长期" for n in range(90)]
    csv.write_text("\n".join(lines), encoding="utf-8")
    document = _import(csv)
    workbook = _export(document, tmp_path / "花名册导出.xlsx")
    book = openpyxl.load_workbook(workbook)
    roster = book["花名册"]
    letters = {cell.value: cell.column_letter for cell in roster[2]}
    assert roster.column_dimensions[letters["电话"]].hidden, "nobody has a phone: the column is out of the way"
    assert not roster.column_dimensions[letters["姓名"]].hidden and not roster.column_dimensions[letters["备注"]].hidden
    for name in book.sheetnames:
        if name != "花名册":
            del book[name]
    book.save(workbook)
    pdf = convert_with_libreoffice(workbook, "pdf", tmp_path / "pdf")
    pages = int(
        next(
            line.split()[-1]
            for line in subprocess.run(
                [require("pdfinfo"), str(pdf)], capture_output=True, text=True, check=True
            ).stdout.splitlines()
            if line.startswith("Pages:")
        )
    )
    assert pages >= 2, "90 people need more than one landscape page"
    for page in range(1, pages + 1):
        text = subprocess.run(
            [require("pdftotext"), "-f", str(page), "-l", str(page), "-layout", str(pdf), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "序号" in text and "备注" in text, f"page {page}: the whole header, first to last column"
