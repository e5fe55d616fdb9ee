"""The comparison's 对照表 workbook and meeting PDF, read back with openpyxl, python-calamine and poppler."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
from python_calamine import CalamineWorkbook

from orgdesk.domain.compare import DiffReport, compare_scenarios
from orgdesk.domain.document import Document
from orgdesk.io.reports.compare_pdf import write_compare_pdf
from orgdesk.io.reports.compare_xlsx import write_compare_workbook
from orgdesk.layout.compare_chart import ADDED_COLOUR, REMOVED_COLOUR, fade
from orgdesk.layout.style import rgb
from tests.external_tools import require
from tests.io import pdf_tools


def _report(doc: Document, before: str, after: str) -> DiffReport:
    ids = {s.name: s.id for s in doc.scenarios()}
    return compare_scenarios(doc, ids[before], ids[after])


def test_workbook_has_totals_with_numbers_and_every_change(tmp_path: Path, sample: Document) -> None:
    report = _report(sample, "现行架构", "前后端型")
    path = tmp_path / "对照表.xlsx"
    write_compare_workbook(sample, report, path, "en")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Totals", "Changes"]
    totals = list(book["Totals"].iter_rows(values_only=True))
    assert totals[0][0] == "Comparison “现行架构” → “前后端型”"
    assert totals[1][:4] == ("Top-level unit", "Units before", "Units after", "Units change")
    whole = totals[-1]
    assert whole[0] == "Whole organisation: 某电信分公司" and whole[1:4] == (6, 19, 13)
    assert len(totals) == 2 + len(report.totals)
    changes = list(book["Changes"].iter_rows(values_only=True))
    assert changes[0] == ("Item", "Change", "Description")
    assert len(changes) == 1 + len(report.entries)
    assert ("Units", "added", "Unit “大客户” added under “营销中心”") in changes
    assert not list(tmp_path.glob("*.partial"))


def test_workbook_in_chinese_reads_back_in_calamine_and_text_is_never_a_formula(
    tmp_path: Path, sample: Document
) -> None:
    scenario = sample.scenario_named("前后端型")
    assert scenario is not None
    unit = next(u for u in sample.units_of_scenario(scenario.id) if u.name == "IT")
    sample.put("unit", unit.id, unit._replace(name="=1+1"))
    path = tmp_path / "zh.xlsx"
    write_compare_workbook(sample, _report(sample, "现行架构", "前后端型"), path, "zh_CN")
    workbook = CalamineWorkbook.from_path(str(path))
    assert len(workbook.sheet_names) == 2
    rows = workbook.get_sheet_by_index(1).to_python()
    assert any("=1+1" in str(row[2]) for row in rows[1:])
    formulas = openpyxl.load_workbook(path)
    assert all(cell.data_type != "f" for sheet in formulas for row in sheet.iter_rows() for cell in row)


def test_pdf_has_title_totals_coloured_chart_and_change_list(tmp_path: Path, sample: Document) -> None:
    report = _report(sample, "现行架构", "前后端型")
    path = tmp_path / "对照.pdf"
    assert write_compare_pdf(sample, report, path, "en") == []
    pdf_tools.qpdf_check(path)
    text = pdf_tools.text(path)
    assert "Comparison of scenarios" in text and "“现行架构” → “前后端型”" in text
    assert "Totals per top-level unit" in text and "6 → 19 (+13)" in text
    assert "Chart of “前后端型”" in text and "Removed (faded)" in text
    assert "Unit “政企客户部” removed (it was under “某电信分公司”)" in text
    assert all(font["emb"] == "yes" for font in pdf_tools.fonts(path))
    sizes = pdf_tools.page_sizes(path)
    assert sizes[0][0] > sizes[0][1]  # landscape
    # The chart page draws its boxes (viewers find every shape) in the change colours.
    rendered = subprocess.run(
        [require("pdftoppm"), "-png", "-r", "40", "-f", "2", "-l", "2", str(path), str(tmp_path / "chart")],
        capture_output=True,
        text=True,
        check=True,
    )
    assert rendered.stderr == ""
    image = pdf_tools.render(path, page=2, dpi=60)
    colours = {pixel for _count, pixel in image.getcolors(1 << 20) or []}
    assert _near(colours, rgb(ADDED_COLOUR)) and _near(colours, rgb(fade(REMOVED_COLOUR)))


def _near(colours: set[tuple[int, int, int]], wanted: tuple[int, int, int]) -> bool:
    return any(sum(abs(a - b) for a, b in zip(colour, wanted, strict=True)) < 24 for colour in colours)


def test_pdf_of_identical_scenarios_says_no_differences(tmp_path: Path, sample: Document) -> None:
    path = tmp_path / "same.pdf"
    write_compare_pdf(sample, _report(sample, "现行架构", "现行架构"), path, "en")
    assert pdf_tools.text(path).count("No differences.") == 2
